"""A centred panel with a heading, a few paragraphs and a column of buttons.

Pause and message screens are built from it. The panel measures its text at
the current size, so it grows with the text and never clips.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui import draw
from game.ui.art.palette import GRID
from game.ui.layout import HEIGHT, WIDTH
from game.ui.theme import Theme
from game.ui.widgets import Button, Form, TextBox, Widget, button_height, draw_form

Rect = pygame.Rect
PAD = 4 * GRID
GAP = 2 * GRID


@dataclass(frozen=True, slots=True)
class ButtonSpec:
    id: str
    label: str
    sub: str = ""
    kind: str = "secondary"


@dataclass
class MenuPanel:
    rect: Rect
    blocks: list[TextBox]
    form: Form

    def boxes(self, theme: Theme) -> list[TextBox]:
        return self.blocks + self.form.boxes(theme)


def build_panel(
    theme: Theme,
    heading: str,
    paragraphs: list[tuple[str, str]],
    buttons: list[ButtonSpec],
    width: int = 720,
) -> MenuPanel:
    inner = width - 2 * PAD
    texts = [(heading, "heading"), *paragraphs]
    wrapped = [(tuple(theme.wrap(text, role, inner)), role) for text, role in texts if text]
    heights = [len(lines) * theme.lh(role) for lines, role in wrapped]
    button_hs = [button_height(theme, inner, b.label, b.sub) for b in buttons]
    total = sum(heights) + GAP * len(heights) + sum(button_hs) + GRID * (len(buttons) - 1) + 2 * PAD
    rect = Rect((WIDTH - width) // 2, max(2 * GRID, (HEIGHT - total) // 2), width, total)
    y = rect.y + PAD
    blocks = []
    for (lines, role), height in zip(wrapped, heights, strict=True):
        blocks.append(TextBox(Rect(rect.x + PAD, y, inner, height), lines, role))
        y += height + GAP
    items: list[Widget] = []
    for spec, height in zip(buttons, button_hs, strict=True):
        items.append(
            Button(spec.id, Rect(rect.x + PAD, y, inner, height), spec.label, spec.sub, spec.kind)
        )
        y += height + GRID
    return MenuPanel(rect, blocks, Form(items, focus=0 if items else None))


def draw_scrim(surface: pygame.Surface, theme: Theme) -> None:
    veil = _veil(theme.pal.scrim)
    surface.blit(veil, (0, 0))


_VEILS: dict[tuple[int, ...], pygame.Surface] = {}


def _veil(color: tuple[int, ...]) -> pygame.Surface:
    veil = _VEILS.get(color)
    if veil is None:
        veil = pygame.Surface((WIDTH, HEIGHT))
        veil.fill(color[:3])
        veil.set_alpha(color[3])
        _VEILS[color] = veil
    return veil


def draw_panel(surface: pygame.Surface, panel: MenuPanel, theme: Theme) -> None:
    pal = theme.pal
    draw.panel(surface, panel.rect, theme)
    for box in panel.blocks:
        color = pal.ink if box.role in ("heading", "body", "label_bold") else pal.ink_soft
        draw.lines(surface, theme, box.lines, box.role, color, box.rect.topleft)
    draw_form(surface, panel.form, theme)
