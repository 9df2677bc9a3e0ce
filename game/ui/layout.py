"""Pure layout and hit-testing: rectangles from sizes, no drawing, no window.

Tests call these directly. Everything is in the 1280 x 720 logical space;
the window scales that space to whatever size it has.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.ui.art.palette import GRID, MARGIN, PORTRAIT_SIZE, SCREEN_SIZE
from game.ui.paging import group_choices

__all__ = ["group_choices"]  # the title screen pages its cases with it

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
CHOICE_GAP = GRID  # the same as game.ui.paging's (a test checks)
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


def place_chips(
    anchors: Sequence[Rect], sizes: Sequence[tuple[int, int]], gap: int, top: int
) -> list[Rect]:
    """Labels in one row from ``top``, each centred under its anchor; where two would
    overlap, the left one moves left (the row stays inside the screen's margins)."""
    placed = []
    for anchor, (width, height) in zip(anchors, sizes, strict=True):
        chip = Rect(0, top, width, height)
        chip.centerx = anchor.centerx
        placed.append(chip)
    order = sorted(range(len(placed)), key=lambda i: placed[i].centerx)
    right = WIDTH - gap
    for index in reversed(order):  # from the right: each ends left of the one after it
        chip = placed[index]
        chip.right = min(chip.right, right)
        right = chip.x - gap
    left = gap
    for index in order:  # and none leaves the screen on the left
        chip = placed[index]
        chip.x = max(chip.x, left)
        left = chip.right + gap
    return placed


# -- the dialogue card ------------------------------------------------------------


def card_rect(height: int, top_limit: int, left: int = CARD_LEFT) -> Rect:
    """The dialogue card, anchored at the bottom right, as tall as its content needs."""
    top = max(top_limit, CARD_BOTTOM - height)
    return Rect(left, top, CARD_RIGHT - left, CARD_BOTTOM - top)


def portrait_rect() -> Rect:
    width, height = PORTRAIT_SIZE
    return Rect(MARGIN + GRID, HEIGHT - height, width, height)
