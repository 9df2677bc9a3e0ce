"""The busy sign: the window is working on something (loading a case, writing the debrief).

Shown only after a short moment, so quick work does not flash a panel; it
veils the screen, says what is happening and moves, so the player sees the
game is alive and that presses wait until it is done.
"""

from __future__ import annotations

import pygame

from game.ui import draw
from game.ui.art.palette import GRID
from game.ui.layout import HEIGHT, WIDTH
from game.ui.panel import draw_scrim
from game.ui.strings import t
from game.ui.theme import Theme
from game.ui.widgets import TextBox

Rect = pygame.Rect
SHOW_AFTER = 0.2  # seconds: quicker work shows nothing
PAD = 4 * GRID
DOTS = 3


def busy_boxes(theme: Theme, lang: str, key: str) -> tuple[Rect, TextBox, TextBox, Rect]:
    """The panel, its two lines (what happens, that presses wait) and the row of dots."""
    width = min(WIDTH - 8 * GRID, 720)
    inner = width - 2 * PAD
    title = tuple(theme.wrap(t(key, lang), "heading", inner))
    note = tuple(theme.wrap(t("busy.wait", lang), "label", inner))
    dots_h = 3 * GRID
    height = (
        2 * PAD
        + len(title) * theme.lh("heading")
        + GRID
        + len(note) * theme.lh("label")
        + 2 * GRID
        + dots_h
    )
    rect = Rect((WIDTH - width) // 2, (HEIGHT - height) // 2, width, height)
    x, y = rect.x + PAD, rect.y + PAD
    title_box = TextBox(Rect(x, y, inner, len(title) * theme.lh("heading")), title, "heading")
    y = title_box.rect.bottom + GRID
    note_box = TextBox(Rect(x, y, inner, len(note) * theme.lh("label")), note, "label")
    dots = Rect(x, note_box.rect.bottom + 2 * GRID, inner, dots_h)
    return rect, title_box, note_box, dots


def draw_busy(surface: pygame.Surface, theme: Theme, lang: str, key: str, age: float) -> None:
    if age < SHOW_AFTER:
        return
    pal = theme.pal
    draw_scrim(surface, theme)
    rect, title, note, dots = busy_boxes(theme, lang, key)
    draw.panel(surface, rect, theme)
    draw.lines(surface, theme, title.lines, "heading", pal.ink, title.rect.topleft)
    draw.lines(surface, theme, note.lines, "label", pal.ink_soft, note.rect.topleft)
    radius = dots.height // 3
    lit = int(age * 4) % DOTS  # a light that walks along the dots, four steps a second
    for index in range(DOTS):
        center = (dots.x + radius + index * 4 * radius, dots.centery)
        color = pal.accent if index == lit else pal.meter_track
        pygame.draw.circle(surface, color, center, radius)
