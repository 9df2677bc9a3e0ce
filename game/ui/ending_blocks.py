"""The parts of the ending screen as blocks that measure, place and draw themselves.

The ending flows its blocks into two columns per page, so at any text size
everything fits: what does not fit a column moves to the next one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pygame

from game.ui import draw
from game.ui.art.palette import GRID, RADIUS
from game.ui.theme import RGB, Theme
from game.ui.widgets import TextBox

Rect = pygame.Rect
LEVELS = ("none", "incident", "policy", "system")
PLOT_H = 12 * GRID


class Block:
    span = False  # True: takes the page's full width, above the columns

    def height(self, theme: Theme, width: int) -> int:
        raise NotImplementedError

    def boxes(self, theme: Theme, rect: Rect) -> list[TextBox]:
        return []

    def draw(self, surface: pygame.Surface, theme: Theme, rect: Rect) -> None:
        raise NotImplementedError


@dataclass
class Break(Block):
    """Start a new column (``page=False``) or a new page."""

    page: bool = False

    def height(self, theme: Theme, width: int) -> int:
        return 0

    def draw(self, surface: pygame.Surface, theme: Theme, rect: Rect) -> None:
        return None


@dataclass
class Text(Block):
    text: str
    role: str
    tone: str = "ink"
    after: int = GRID

    def lines(self, theme: Theme, width: int) -> tuple[str, ...]:
        return tuple(theme.wrap(self.text, self.role, width))

    def height(self, theme: Theme, width: int) -> int:
        return len(self.lines(theme, width)) * theme.lh(self.role) + self.after

    def boxes(self, theme: Theme, rect: Rect) -> list[TextBox]:
        lines = self.lines(theme, rect.width)
        return [
            TextBox(
                Rect(rect.x, rect.y, rect.width, len(lines) * theme.lh(self.role)), lines, self.role
            )
        ]

    def draw(self, surface: pygame.Surface, theme: Theme, rect: Rect) -> None:
        draw.lines(
            surface,
            theme,
            self.lines(theme, rect.width),
            self.role,
            getattr(theme.pal, self.tone),
            rect.topleft,
        )


@dataclass
class Outcome(Block):
    """A coloured dot and the outcome in words."""

    text: str
    outcome: str

    def _lines(self, theme: Theme, width: int) -> tuple[str, ...]:
        return tuple(theme.wrap(self.text, "label_bold", width - 4 * GRID))

    def height(self, theme: Theme, width: int) -> int:
        return len(self._lines(theme, width)) * theme.lh("label_bold") + 2 * GRID

    def boxes(self, theme: Theme, rect: Rect) -> list[TextBox]:
        lines = self._lines(theme, rect.width)
        return [
            TextBox(
                Rect(
                    rect.x + 4 * GRID,
                    rect.y,
                    rect.width - 4 * GRID,
                    len(lines) * theme.lh("label_bold"),
                ),
                lines,
                "label_bold",
            )
        ]

    def draw(self, surface: pygame.Surface, theme: Theme, rect: Rect) -> None:
        color = theme.pal.outcome_color(self.outcome)
        pygame.draw.circle(
            surface, color, (rect.x + GRID + 4, rect.y + theme.lh("label_bold") // 2), GRID + 2
        )
        draw.lines(
            surface,
            theme,
            self._lines(theme, rect.width),
            "label_bold",
            color,
            (rect.x + 4 * GRID, rect.y),
        )


@dataclass
class Ladder(Block):
    """Four steps from no breakthrough to the system, as a track with a dot per step: the
    steps up to the one reached are filled, and only that one is named in bold. It is a
    picture of how far you came, not a row of buttons; "none" is marked only when it is
    where you ended."""

    labels: tuple[str, ...]
    reached: int
    caption: str

    DOT_ROW = 3 * GRID  # the track and its dots, above the labels

    def _cells(self, rect: Rect) -> list[Rect]:
        width = (rect.width - 3 * GRID) // 4
        return [Rect(rect.x + i * (width + GRID), rect.y, width, 0) for i in range(4)]

    def _cell_lines(self, theme: Theme, width: int) -> list[tuple[str, ...]]:
        return [tuple(theme.wrap(label, "small_bold", width - GRID)) for label in self.labels]

    def _cell_h(self, theme: Theme, width: int) -> int:
        cell_w = (width - 3 * GRID) // 4
        rows = max(len(lines) for lines in self._cell_lines(theme, cell_w))
        return self.DOT_ROW + rows * theme.lh("small_bold") + GRID

    def _caption(self, theme: Theme, width: int) -> tuple[str, ...]:
        return tuple(theme.wrap(self.caption, "small", width))

    def height(self, theme: Theme, width: int) -> int:
        return (
            self._cell_h(theme, width)
            + GRID
            + len(self._caption(theme, width)) * theme.lh("small")
            + 2 * GRID
        )

    def boxes(self, theme: Theme, rect: Rect) -> list[TextBox]:
        height = self._cell_h(theme, rect.width)
        cells = self._cells(rect)
        out = []
        for cell, lines in zip(cells, self._cell_lines(theme, cells[0].width), strict=True):
            top = cell.y + self.DOT_ROW
            out.append(
                TextBox(
                    Rect(cell.x + GRID // 2, top, cell.width - GRID, height - self.DOT_ROW - GRID),
                    lines,
                    "small_bold",
                )
            )
        caption = self._caption(theme, rect.width)
        out.append(
            TextBox(
                Rect(rect.x, rect.y + height + GRID, rect.width, len(caption) * theme.lh("small")),
                caption,
                "small",
            )
        )
        return out

    def draw(self, surface: pygame.Surface, theme: Theme, rect: Rect) -> None:
        pal = theme.pal
        boxes = self.boxes(theme, rect)
        cells = self._cells(rect)
        y = rect.y + self.DOT_ROW // 2
        first, last = cells[0].centerx, cells[-1].centerx
        pygame.draw.line(surface, pal.meter_track, (first, y), (last, y), GRID // 2)
        if self.reached > 0:
            reach = cells[self.reached].centerx
            pygame.draw.line(surface, pal.accent, (cells[1].centerx, y), (reach, y), GRID // 2)
        for index, (cell, box) in enumerate(zip(cells, boxes, strict=False)):
            here = index == self.reached
            lit = here or 0 < index <= self.reached
            radius = GRID + GRID // 2 if here else GRID
            color = (pal.bad if index == 0 else pal.accent) if lit else pal.meter_track
            pygame.draw.circle(surface, color, (cell.centerx, y), radius)
            if here:
                pygame.draw.circle(surface, pal.ink, (cell.centerx, y), radius, width=2)
            ink = pal.ink if here else pal.ink_soft
            top = box.rect.y
            for line in box.lines:
                image = theme.render(line, "small_bold" if here else "small", ink)
                surface.blit(image, image.get_rect(centerx=cell.centerx, top=top))
                top += theme.lh("small_bold")
        caption = boxes[-1]
        draw.lines(surface, theme, caption.lines, "small", pal.ink_soft, caption.rect.topleft)


@dataclass
class ScorePart(Block):
    title: str
    points: int
    explain: str
    color: RGB

    def _title(self, theme: Theme, width: int) -> tuple[str, ...]:
        return tuple(theme.wrap(self.title, "label_bold", width))

    def _explain(self, theme: Theme, width: int) -> tuple[str, ...]:
        return tuple(theme.wrap(self.explain, "small", width))

    def height(self, theme: Theme, width: int) -> int:
        return (
            len(self._title(theme, width)) * theme.lh("label_bold")
            + GRID
            + GRID
            + len(self._explain(theme, width)) * theme.lh("small")
            + 2 * GRID
        )

    def boxes(self, theme: Theme, rect: Rect) -> list[TextBox]:
        title = self._title(theme, rect.width)
        explain = self._explain(theme, rect.width)
        top = rect.y + len(title) * theme.lh("label_bold") + 2 * GRID
        return [
            TextBox(
                Rect(rect.x, rect.y, rect.width, len(title) * theme.lh("label_bold")),
                title,
                "label_bold",
            ),
            TextBox(
                Rect(rect.x, top, rect.width, len(explain) * theme.lh("small")), explain, "small"
            ),
        ]

    def draw(self, surface: pygame.Surface, theme: Theme, rect: Rect) -> None:
        title, explain = self.boxes(theme, rect)
        draw.lines(surface, theme, title.lines, "label_bold", theme.pal.ink, title.rect.topleft)
        draw.bar(
            surface,
            Rect(rect.x, title.rect.bottom + GRID // 2, rect.width, GRID),
            self.points / 100,
            self.color,
            theme,
        )
        draw.lines(surface, theme, explain.lines, "small", theme.pal.ink_soft, explain.rect.topleft)


@dataclass
class BigScore(Block):
    caption: str
    score: int
    of: str

    def height(self, theme: Theme, width: int) -> int:
        return theme.lh("small_bold") + theme.lh("display") + GRID

    def boxes(self, theme: Theme, rect: Rect) -> list[TextBox]:
        number_w = theme.width(str(self.score), "display") + 2 * GRID
        top = rect.y + theme.lh("small_bold")
        return [
            TextBox(
                Rect(rect.x, rect.y, rect.width, theme.lh("small_bold")),
                (self.caption,),
                "small_bold",
            ),
            TextBox(
                Rect(rect.x, top, number_w, theme.lh("display")), (str(self.score),), "display"
            ),
            TextBox(
                Rect(
                    rect.x + number_w,
                    top + theme.lh("display") - theme.lh("label") - GRID,
                    rect.width - number_w,
                    theme.lh("label"),
                ),
                (self.of,),
                "label",
            ),
        ]

    def draw(self, surface: pygame.Surface, theme: Theme, rect: Rect) -> None:
        pal = theme.pal
        caption, number, of = self.boxes(theme, rect)
        draw.lines(surface, theme, caption.lines, "small_bold", pal.ink_soft, caption.rect.topleft)
        draw.lines(surface, theme, number.lines, "display", pal.accent, number.rect.topleft)
        draw.lines(surface, theme, of.lines, "label", pal.ink_soft, of.rect.topleft)


@dataclass
class Chart(Block):
    """A small line chart of one meter over the playthrough."""

    title: str
    values: Sequence[int]
    low: int
    high: int
    color: RGB
    marker: int | None = None  # a dashed reference line (the deadline)
    marker_label: str = ""
    ends: tuple[str, str] = ("", "")

    def height(self, theme: Theme, width: int) -> int:
        return (
            len(theme.wrap(self.title, "small_bold", width - 6 * GRID)) * theme.lh("small_bold")
            + PLOT_H
            + theme.lh("small")
            + 2 * GRID
        )

    def _plot(self, theme: Theme, rect: Rect) -> Rect:
        top = (
            rect.y
            + len(theme.wrap(self.title, "small_bold", rect.width - 6 * GRID))
            * theme.lh("small_bold")
            + GRID
        )
        return Rect(rect.x + GRID, top, rect.width - 6 * GRID, PLOT_H)

    def boxes(self, theme: Theme, rect: Rect) -> list[TextBox]:
        title = tuple(theme.wrap(self.title, "small_bold", rect.width - 6 * GRID))
        plot = self._plot(theme, rect)
        out = [
            TextBox(
                Rect(rect.x, rect.y, rect.width - 6 * GRID, len(title) * theme.lh("small_bold")),
                title,
                "small_bold",
            )
        ]
        half = plot.width // 2
        for index, text in enumerate(self.ends):
            out.append(
                TextBox(
                    Rect(plot.x + index * half, plot.bottom + GRID // 2, half, theme.lh("small")),
                    (text,),
                    "small",
                )
            )
        return out

    def _y(self, plot: Rect, value: float) -> int:
        span = max(1, self.high - self.low)
        return round(plot.bottom - (value - self.low) / span * plot.height)

    def draw(self, surface: pygame.Surface, theme: Theme, rect: Rect) -> None:
        pal = theme.pal
        boxes = self.boxes(theme, rect)
        draw.lines(
            surface, theme, boxes[0].lines, "small_bold", pal.ink_soft, boxes[0].rect.topleft
        )
        plot = self._plot(theme, rect)
        pygame.draw.rect(surface, pal.paper, plot.inflate(GRID, GRID), border_radius=RADIUS)
        pygame.draw.line(surface, pal.panel_edge, plot.bottomleft, plot.bottomright, 2)
        if self.marker is not None:
            y = self._y(plot, self.marker)
            self._dashed(surface, plot, y, pal.bad)
            label = theme.render(self.marker_label, "small", pal.bad)
            above = y - label.get_height() - 2
            surface.blit(label, (plot.x + GRID, above if above >= plot.y - GRID else y + 4))
        points = self._points(plot)
        if len(points) > 1:
            pygame.draw.lines(surface, self.color, False, points, 3)
        for point in points:
            pygame.draw.circle(surface, self.color, point, 4)
        last = theme.render(str(self.values[-1]) if self.values else "", "small_bold", self.color)
        if points:
            surface.blit(last, (plot.right + GRID, points[-1][1] - last.get_height() // 2))
        left, right = boxes[1], boxes[2]
        draw.lines(surface, theme, left.lines, "small", pal.ink_soft, left.rect.topleft)
        image = theme.render(right.lines[0], "small", pal.ink_soft)
        surface.blit(image, (plot.right - image.get_width(), right.rect.y))

    def _points(self, plot: Rect) -> list[tuple[int, int]]:
        count = len(self.values)
        if count == 0:
            return []
        step = plot.width / max(1, count - 1)
        return [(round(plot.x + i * step), self._y(plot, v)) for i, v in enumerate(self.values)]

    @staticmethod
    def _dashed(surface: pygame.Surface, plot: Rect, y: int, color: RGB) -> None:
        for x in range(plot.x, plot.right, 2 * GRID):
            pygame.draw.line(surface, color, (x, y), (min(plot.right, x + GRID), y), 2)


@dataclass
class Debrief(Block):
    """One routine met: who said it, the routine, the answer chosen and what it did."""

    rows: list[tuple[str, str, str]]  # (text, role, tone)

    def _wrapped(self, theme: Theme, width: int) -> list[tuple[tuple[str, ...], str, str]]:
        inner = width - 3 * GRID
        return [
            (tuple(theme.wrap(text, role, inner)), role, tone) for text, role, tone in self.rows
        ]

    def height(self, theme: Theme, width: int) -> int:
        wrapped = self._wrapped(theme, width)
        return sum(len(lines) * theme.lh(role) for lines, role, _ in wrapped) + 4 * GRID

    def boxes(self, theme: Theme, rect: Rect) -> list[TextBox]:
        out = []
        y = rect.y + GRID
        for lines, role, _ in self._wrapped(theme, rect.width):
            height = len(lines) * theme.lh(role)
            out.append(
                TextBox(Rect(rect.x + 2 * GRID, y, rect.width - 3 * GRID, height), lines, role)
            )
            y += height
        return out

    def draw(self, surface: pygame.Surface, theme: Theme, rect: Rect) -> None:
        pal = theme.pal
        height = self.height(theme, rect.width) - 2 * GRID
        pygame.draw.rect(
            surface, pal.accent, Rect(rect.x, rect.y + GRID, 4, height - GRID), border_radius=2
        )
        for box, (_, _, tone) in zip(
            self.boxes(theme, rect), self._wrapped(theme, rect.width), strict=True
        ):
            draw.lines(surface, theme, box.lines, box.role, getattr(pal, tone), box.rect.topleft)


@dataclass
class Row(Block):
    """Two blocks side by side across the page (``share``: the left one's part of the width)."""

    left: Block
    right: Block
    gap: int = 5 * GRID  # the same gap as between the columns below, so edges line up
    span = True

    def _rects(self, theme: Theme, rect: Rect) -> tuple[Rect, Rect]:
        left_w = (rect.width - self.gap) // 2
        right_w = rect.width - self.gap - left_w
        left = Rect(rect.x, rect.y, left_w, self.left.height(theme, left_w))
        right = Rect(rect.right - right_w, rect.y, right_w, self.right.height(theme, right_w))
        return left, right

    def height(self, theme: Theme, width: int) -> int:
        left, right = self._rects(theme, Rect(0, 0, width, 0))
        return max(left.height, right.height)

    def boxes(self, theme: Theme, rect: Rect) -> list[TextBox]:
        left, right = self._rects(theme, rect)
        return self.left.boxes(theme, left) + self.right.boxes(theme, right)

    def draw(self, surface: pygame.Surface, theme: Theme, rect: Rect) -> None:
        left, right = self._rects(theme, rect)
        self.left.draw(surface, theme, left)
        self.right.draw(surface, theme, right)


@dataclass
class Stack(Block):
    """Blocks one under the other, used as one (e.g. inside a Row)."""

    parts: list[Block]

    def _rects(self, theme: Theme, rect: Rect) -> list[Rect]:
        out, y = [], rect.y
        for part in self.parts:
            height = part.height(theme, rect.width)
            out.append(Rect(rect.x, y, rect.width, height))
            y += height
        return out

    def height(self, theme: Theme, width: int) -> int:
        return sum(part.height(theme, width) for part in self.parts)

    def boxes(self, theme: Theme, rect: Rect) -> list[TextBox]:
        return [
            box
            for part, r in zip(self.parts, self._rects(theme, rect), strict=True)
            for box in part.boxes(theme, r)
        ]

    def draw(self, surface: pygame.Surface, theme: Theme, rect: Rect) -> None:
        for part, r in zip(self.parts, self._rects(theme, rect), strict=True):
            part.draw(surface, theme, r)


Placed = list[tuple[Block, Rect]]


def flow_blocks(blocks: Sequence[Block], theme: Theme, frame: Rect, gap: int) -> list[Placed]:
    """Pages of placed blocks in two columns; ``span`` blocks take the full width.

    A block that does not fit what is left of its column moves to the next
    column, and after the second column to a new page: text is paged, never cut.
    """
    width = (frame.width - gap) // 2
    xs = (frame.x, frame.x + width + gap)
    pages: list[Placed] = [[]]
    ys = [frame.y, frame.y]
    column = 0

    def new_page() -> None:
        pages.append([])
        ys[0] = ys[1] = frame.y

    for block in blocks:
        if isinstance(block, Break):
            if block.page or column == 1:
                new_page()
                column = 0
            else:
                column = 1
            continue
        if block.span:
            y = max(ys)
            height = block.height(theme, frame.width)
            if y + height > frame.bottom and y > frame.y:
                new_page()
                y = frame.y
            pages[-1].append((block, Rect(frame.x, y, frame.width, height)))
            ys[0] = ys[1] = y + height
            column = 0
            continue
        height = block.height(theme, width)
        if ys[column] + height > frame.bottom and ys[column] > frame.y:
            if column == 0:
                column = 1
            else:
                new_page()
                column = 0
        pages[-1].append((block, Rect(xs[column], ys[column], width, height)))
        ys[column] += height
    return [page for page in pages if page] or [[]]
