"""Fonts, colours and cached text surfaces for one text size and contrast setting.

Every screen asks the theme for text by role ("body", "small", "heading", ...)
so that the three text sizes change all of them together. Rendering is
memoised: drawing the same words again costs a blit, not a render.

Every text on its way to the font passes ``game.plaintext.font_text`` here,
the one place: a NUL or another control character makes pygame's font raise,
and a text longer than any surface can hold makes SDL fail.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.plaintext import font_text
from game.ui.art.fonts import load_font
from game.ui.art.palette import Palette, palette
from game.ui.text import wrap, wrap_items

RGB = tuple[int, int, int]

# role -> (point size at text size 0, 1, 2), bold, italic
ROLES: dict[str, tuple[tuple[int, int, int], bool, bool]] = {
    "body": ((24, 28, 32), False, False),
    "body_bold": ((24, 28, 32), True, False),
    "body_italic": ((24, 28, 32), False, True),
    "small": ((18, 20, 22), False, False),
    "small_bold": ((18, 20, 22), True, False),
    "small_italic": ((18, 20, 22), False, True),
    "label": ((20, 22, 24), False, False),
    "label_bold": ((20, 22, 24), True, False),
    "heading": ((32, 36, 40), True, False),
    "display": ((64, 68, 72), True, False),
}
CACHE_LIMIT = 3000


def line_pitch(size: int) -> int:
    """Line height: 1.3 times the size, rounded up to the 4 px half-grid."""
    return math.ceil(size * 1.3 / 4) * 4


@dataclass(frozen=True, slots=True)
class ThemeKey:
    step: int
    high_contrast: bool


class Theme:
    def __init__(self, step: int = 0, high_contrast: bool = False) -> None:
        self.key = ThemeKey(step, high_contrast)
        self.step = step
        self.pal: Palette = palette(high_contrast)
        self._renders: dict[tuple[str, str, RGB], pygame.Surface] = {}
        self._wraps: dict[tuple[str, str, int], list[str]] = {}

    def size(self, role: str) -> int:
        return ROLES[role][0][self.step]

    def font(self, role: str) -> pygame.font.Font:
        sizes, bold, italic = ROLES[role]
        return load_font(sizes[self.step], bold, italic)

    def lh(self, role: str) -> int:
        return line_pitch(self.size(role))

    def width(self, text: str, role: str) -> int:
        return self.font(role).size(_one_line(text))[0]

    def render(self, text: str, role: str, color: RGB) -> pygame.Surface:
        key = (text, role, color)
        surface = self._renders.get(key)
        if surface is None:
            if len(self._renders) > CACHE_LIMIT:
                self._renders.clear()
            surface = self.font(role).render(_one_line(text), True, color)
            self._renders[key] = surface
        return surface

    def wrap(self, text: str, role: str, width: int) -> list[str]:
        key = (text, role, width)
        lines = self._wraps.get(key)
        if lines is None:
            if len(self._wraps) > CACHE_LIMIT:
                self._wraps.clear()
            measure = self._measure(role)
            lines = wrap(font_text(text, WRAP_LIMIT), measure, width)
            self._wraps[key] = lines
        return lines

    def wrap_items(self, text: str, role: str, width: int) -> list[str]:
        """``wrap`` for a "·"-separated list of hints: items are kept whole on a line."""
        return wrap_items(font_text(text, WRAP_LIMIT), self._measure(role), width)

    def _measure(self, role: str) -> Callable[[str], int]:
        font = self.font(role)
        return lambda s: font.size(_one_line(s))[0]


# A text to wrap is paged, so it may be long; beyond this it is cut (the loader
# keeps a case's texts far shorter, see game.scenario.limits).
WRAP_LIMIT = 50_000


def _one_line(text: str) -> str:
    """What one font call may be given: no line break, nothing the font refuses."""
    return font_text(text).replace("\n", " ")

    def block_height(self, text: str, role: str, width: int) -> int:
        return len(self.wrap(text, role, width)) * self.lh(role)
