"""A list of pre-wrapped rows shown a screenful at a time (history, diagnostics).

Rows are never cut: the view shows whole rows from ``offset`` while they fit,
and the keys, the wheel and the scrollbar move it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.art.palette import GRID
from game.ui.theme import RGB, Theme
from game.ui.widgets import TextBox

Rect = pygame.Rect


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    role: str
    tone: str = "ink"  # a palette field name
    indent: int = 0
    space_before: int = 0


def wrap_rows(
    theme: Theme,
    text: str,
    role: str,
    width: int,
    tone: str = "ink",
    indent: int = 0,
    space_before: int = 0,
) -> list[Row]:
    lines = theme.wrap(text, role, width - indent)
    return [
        Row(line, role, tone, indent, space_before if i == 0 else 0) for i, line in enumerate(lines)
    ]


def row_height(theme: Theme, row: Row) -> int:
    return row.space_before + theme.lh(row.role)


@dataclass
class ScrollView:
    rows: list[Row]
    rect: Rect
    offset: int = 0

    def end_of(self, theme: Theme, start: int) -> int:
        """Index after the last row that fits when showing from ``start``."""
        used = 0
        index = start
        while index < len(self.rows):
            height = row_height(theme, self.rows[index]) - (
                self.rows[index].space_before if index == start else 0
            )
            if used + height > self.rect.height:
                break
            used += height
            index += 1
        return max(index, min(start + 1, len(self.rows)))

    def max_offset(self, theme: Theme) -> int:
        start = len(self.rows)
        used = 0
        while start > 0:
            height = theme.lh(self.rows[start - 1].role) + (
                self.rows[start].space_before if start < len(self.rows) else 0
            )
            if used + height > self.rect.height:
                break
            used += height
            start -= 1
        return min(start, max(0, len(self.rows) - 1))

    def scroll(self, theme: Theme, delta: int) -> None:
        self.offset = max(0, min(self.max_offset(theme), self.offset + delta))

    def page(self, theme: Theme, direction: int) -> None:
        shown = self.end_of(theme, self.offset) - self.offset
        self.scroll(theme, direction * max(1, shown - 1))

    def to_end(self, theme: Theme) -> None:
        self.offset = self.max_offset(theme)

    def boxes(self, theme: Theme) -> list[TextBox]:
        """Each visible row in its box, for the fit tests."""
        out = []
        y = self.rect.y
        for index in range(self.offset, self.end_of(theme, self.offset)):
            row = self.rows[index]
            y += row.space_before if index != self.offset else 0
            box = Rect(
                self.rect.x + row.indent, y, self.rect.width - row.indent, theme.lh(row.role)
            )
            out.append(TextBox(box, (row.text,), row.role))
            y += theme.lh(row.role)
        return out


def draw_scroll(surface: pygame.Surface, view: ScrollView, theme: Theme) -> None:
    pal = theme.pal
    for box, index in zip(view.boxes(theme), range(view.offset, len(view.rows)), strict=False):
        row = view.rows[index]
        color: RGB = getattr(pal, row.tone)
        nudge = (theme.lh(row.role) - theme.font(row.role).get_linesize()) // 2
        if row.text:
            surface.blit(theme.render(row.text, row.role, color), (box.rect.x, box.rect.y + nudge))
    _scrollbar(surface, view, theme)


def _scrollbar(surface: pygame.Surface, view: ScrollView, theme: Theme) -> None:
    total = len(view.rows)
    shown = view.end_of(theme, view.offset) - view.offset
    if total == 0 or shown >= total:
        return
    track = Rect(view.rect.right + 2 * GRID, view.rect.y, GRID, view.rect.height)
    pygame.draw.rect(surface, theme.pal.meter_track, track, border_radius=GRID // 2)
    height = max(3 * GRID, round(track.height * shown / total))
    top = track.y + round((track.height - height) * view.offset / max(1, total - shown))
    pygame.draw.rect(
        surface, theme.pal.accent, Rect(track.x, top, GRID, height), border_radius=GRID // 2
    )


def position_text(view: ScrollView, theme: Theme) -> tuple[int, int, int]:
    """(first shown, last shown, total), counting from 1."""
    end = view.end_of(theme, view.offset)
    return view.offset + 1, end, len(view.rows)


def scroll_key(view: ScrollView, theme: Theme, name: str) -> bool:
    """Move the view for a navigation key; False when the key is not one."""
    moves = {"up": -1, "down": 1}
    if name in moves:
        view.scroll(theme, moves[name])
    elif name in ("pageup", "pagedown"):
        view.page(theme, -1 if name == "pageup" else 1)
    elif name == "home":
        view.offset = 0
    elif name == "end":
        view.to_end(theme)
    else:
        return False
    return True
