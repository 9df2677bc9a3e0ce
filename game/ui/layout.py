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
HUD_TOP = 2 * GRID
CARD_LEFT = MARGIN + PORTRAIT_SIZE[0] + 5 * GRID  # 392: right of the portrait
CARD_RIGHT = WIDTH - MARGIN
WIDE_CARD_LEFT = MARGIN  # large text with many choices: the card takes the portrait's place
CARD_BOTTOM = HEIGHT - 2 * GRID
CARD_PAD = 3 * GRID
CHOICE_GAP = GRID
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


def place_chips(anchors: Sequence[Rect], sizes: Sequence[tuple[int, int]], gap: int) -> list[Rect]:
    """Labels centred under their anchors, moved down a row where they would overlap."""
    placed: list[Rect] = []
    for anchor, (width, height) in zip(anchors, sizes, strict=True):
        chip = Rect(0, 0, width, height)
        chip.midtop = (anchor.centerx, anchor.bottom + gap)
        chip.left = max(gap, min(chip.left, WIDTH - gap - width))
        while any(chip.colliderect(other.inflate(gap, gap)) for other in placed):
            chip.y += height + gap // 2
        placed.append(chip)
    return placed


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
    """Spread ``line_count`` text lines and the choices over pages of ``available`` height.

    In order of preference: the text and all choices on one page; all choices
    with the last lines of the text (earlier lines on pages before); the whole
    text with the choices in groups; the text's last lines with choice groups.
    The player compares options best when they are all in view, and always sees
    at least the end of what they are answering.
    """
    per_page = max(1, available // line_height)
    if not choice_heights:
        pages = _slices(0, line_count, per_page) or ((0, 0),)
        return PagePlan(pages, (), min(line_count, per_page) * line_height)
    text_h = line_count * line_height
    one_group = (tuple(range(len(choice_heights))),)
    all_h = _groups_height(choice_heights, one_group, pager_height)
    if text_h + BLOCK_GAP + all_h <= available:
        return PagePlan(((0, line_count),), one_group, text_h + BLOCK_GAP + all_h)
    tail = (available - all_h - BLOCK_GAP) // line_height
    if tail >= min(2, line_count):
        return _with_tail(line_count, line_height, per_page, one_group, all_h, tail)
    groups = group_choices(choice_heights, available, pager_height, CHOICE_GAP)
    group_h = _groups_height(choice_heights, groups, pager_height)
    tail = max(0, (available - group_h - BLOCK_GAP) // line_height)
    paged = _with_tail(line_count, line_height, per_page, groups, group_h, tail)
    room = available - text_h - BLOCK_GAP
    if 0 < text_h <= available * 3 // 5 and max(choice_heights) + pager_height + CHOICE_GAP <= room:
        whole = group_choices(choice_heights, room, pager_height, CHOICE_GAP)
        if len(whole) <= len(groups):  # the whole text costs no extra choice pages
            height = text_h + BLOCK_GAP + _groups_height(choice_heights, whole, pager_height)
            return PagePlan(((0, line_count),), whole, height)
    return paged


def _with_tail(
    line_count: int,
    line_height: int,
    per_page: int,
    groups: tuple[tuple[int, ...], ...],
    group_h: int,
    tail: int,
) -> PagePlan:
    """Text paged; its last ``tail`` lines share the final page with the choices."""
    tail = min(line_count, tail)
    body = _slices(0, line_count - tail, per_page)
    pages = (*body, (line_count - tail, line_count))
    text_h = max((end - start) * line_height for start, end in body) if body else 0
    last_h = tail * line_height + (BLOCK_GAP if tail else 0) + group_h
    return PagePlan(pages, groups, max(text_h, last_h))


def _groups_height(
    heights: Sequence[int], groups: tuple[tuple[int, ...], ...], pager_height: int
) -> int:
    pager = pager_height + CHOICE_GAP if len(groups) > 1 else 0
    return max(_group_height(heights, g) for g in groups) + pager


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


def card_rect(height: int, top_limit: int, left: int = CARD_LEFT) -> Rect:
    """The dialogue card, anchored at the bottom right, as tall as its content needs."""
    top = max(top_limit, CARD_BOTTOM - height)
    return Rect(left, top, CARD_RIGHT - left, CARD_BOTTOM - top)


def portrait_rect() -> Rect:
    width, height = PORTRAIT_SIZE
    return Rect(MARGIN + GRID, HEIGHT - height, width, height)
