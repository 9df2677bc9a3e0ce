"""Pure layout and hit-testing: rectangles from sizes, no drawing, no window.

Tests call these directly. Everything is in the 1280 x 720 logical space;
the window scales that space to whatever size it has.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pygame

from game.ui.art.palette import GRID, MARGIN, PORTRAIT_SIZE, SCREEN_SIZE

Rect = pygame.Rect
Point = tuple[int, int]

WIDTH, HEIGHT = SCREEN_SIZE
SCREEN = Rect(0, 0, WIDTH, HEIGHT)
HUD_TOP = 3 * GRID
CARD_LEFT = MARGIN + PORTRAIT_SIZE[0] + 5 * GRID  # 392: right of the portrait
CARD_RIGHT = WIDTH - MARGIN
CARD_BOTTOM = HEIGHT - MARGIN
CARD_PAD = 3 * GRID
CHOICE_GAP = GRID + GRID // 2
BLOCK_GAP = 2 * GRID


def hit(rects: Sequence[Rect], pos: Point) -> int | None:
    """Index of the first rectangle containing ``pos``."""
    for index, rect in enumerate(rects):
        if rect.collidepoint(pos):
            return index
    return None


def stack(x: int, y: int, width: int, heights: Sequence[int], gap: int) -> list[Rect]:
    """Rectangles of the given heights stacked downwards from (x, y)."""
    rects = []
    for height in heights:
        rects.append(Rect(x, y, width, height))
        y += height + gap
    return rects


def stack_up(x: int, bottom: int, width: int, heights: Sequence[int], gap: int) -> list[Rect]:
    """Stacked downwards, ending at ``bottom``."""
    total = sum(heights) + gap * max(0, len(heights) - 1)
    return stack(x, bottom - total, width, heights, gap)


def row(y: int, height: int, widths: Sequence[int], gap: int, right: int) -> list[Rect]:
    """Rectangles side by side, the last one ending at ``right``."""
    x = right - sum(widths) - gap * max(0, len(widths) - 1)
    rects = []
    for width in widths:
        rects.append(Rect(x, y, width, height))
        x += width + gap
    return rects


def overlaps(rects: Sequence[Rect]) -> list[tuple[int, int]]:
    """Pairs of indices of rectangles that overlap (for the layout tests)."""
    return [
        (i, j)
        for i in range(len(rects))
        for j in range(i + 1, len(rects))
        if rects[i].colliderect(rects[j])
    ]


# -- the HUD -----------------------------------------------------------------------


def hud_rows(widths: Sequence[int], height: int, area: Rect, gap: int) -> list[Rect]:
    """Meter cards right-aligned in ``area``, wrapping to a new row when a row is full."""
    rects: list[Rect] = []
    rows: list[list[int]] = [[]]
    used = 0
    for width in widths:
        need = width if not rows[-1] else used + gap + width
        if rows[-1] and need > area.width:
            rows.append([])
            used = 0
            need = width
        rows[-1].append(width)
        used = need
    for index, row_widths in enumerate(rows):
        y = area.y + index * (height + gap)
        rects.extend(row(y, height, row_widths, gap, area.right))
    return rects


def hud_bottom(rects: Sequence[Rect]) -> int:
    return max((r.bottom for r in rects), default=HUD_TOP)


# -- the dialogue card ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PagePlan:
    """How one node's text and choices are spread over pages of the dialogue card.

    ``text_pages`` are (first line, end line) slices of the wrapped text; the
    last text page is shown together with the choices. When the choices do
    not fit at once they are shown in groups (``choice_groups``) with a pager.
    ``height`` is the tallest page's content, so the card keeps one size.
    """

    text_pages: tuple[tuple[int, int], ...]
    choice_groups: tuple[tuple[int, ...], ...]
    height: int


def plan_pages(
    line_count: int,
    line_height: int,
    choice_heights: Sequence[int],
    available: int,
    pager_height: int,
) -> PagePlan:
    """Spread ``line_count`` text lines and the choices over pages of ``available`` height."""
    per_page = max(1, available // line_height)
    if not choice_heights:
        pages = _slices(0, line_count, per_page) or ((0, 0),)
        return PagePlan(pages, (), min(line_count, per_page) * line_height)
    groups = group_choices(choice_heights, available, pager_height, CHOICE_GAP)
    pager = pager_height + CHOICE_GAP if len(groups) > 1 else 0
    group_h = max(_group_height(choice_heights, g) for g in groups) + pager
    room = available - group_h - BLOCK_GAP
    tail = min(line_count, max(0, room // line_height))
    body = _slices(0, line_count - tail, per_page)
    pages = (*body, (line_count - tail, line_count))
    text_h = max((end - start) * line_height for start, end in body) if body else 0
    last_h = tail * line_height + (BLOCK_GAP if tail else 0) + group_h
    return PagePlan(pages, groups, max(text_h, last_h))


def _slices(start: int, end: int, per_page: int) -> tuple[tuple[int, int], ...]:
    return tuple((i, min(end, i + per_page)) for i in range(start, end, per_page))


def _group_height(heights: Sequence[int], group: Sequence[int]) -> int:
    return sum(heights[i] for i in group) + CHOICE_GAP * max(0, len(group) - 1)


def group_choices(
    heights: Sequence[int], available: int, pager_height: int, gap: int
) -> tuple[tuple[int, ...], ...]:
    """All choices in one group if they fit, else groups that fit above a pager row."""
    total = sum(heights) + gap * max(0, len(heights) - 1)
    if total <= available:
        return (tuple(range(len(heights))),)
    room = available - pager_height - gap
    groups: list[list[int]] = [[]]
    used = 0
    for index, height in enumerate(heights):
        need = height if not groups[-1] else used + gap + height
        if groups[-1] and need > room:
            groups.append([])
            need = height
        groups[-1].append(index)
        used = need
    return tuple(tuple(g) for g in groups)


def card_rect(height: int, top_limit: int) -> Rect:
    """The dialogue card, anchored at the bottom right, as tall as its content needs."""
    top = max(top_limit, CARD_BOTTOM - height)
    return Rect(CARD_LEFT, top, CARD_RIGHT - CARD_LEFT, CARD_BOTTOM - top)


def portrait_rect() -> Rect:
    width, height = PORTRAIT_SIZE
    return Rect(MARGIN + GRID, HEIGHT - height, width, height)
