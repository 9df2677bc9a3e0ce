"""The game's typeface: Atkinson Hyperlegible, shipped in assets/fonts/.

Designed by the Braille Institute for low-vision readers, it keeps look-alike
letters apart (I l 1, O 0), which helps on a projector and for trainees who
read Dutch as a second language. Licence: SIL OFL 1.1 (assets/fonts/OFL.txt).

We never fall back to another font: a missing file or a font without the
Dutch characters raises FontError, so a broken install is loud, not tofu.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pygame

from game.paths import FONTS_DIR, DamagedInstall

# Every character Dutch text needs beyond ASCII, plus the typographic marks
# the scenarios use (curly quotes, dashes, ellipsis, euro, minus for "−10").
DUTCH_CHARACTERS = "ëéèêïíóöüúàáäçĲĳ‘’“”–—…€−·×"
# The digraph ĳ is rare in modern text (people type "ij"), so it is not required.
REQUIRED_CHARACTERS = "".join(ch for ch in DUTCH_CHARACTERS if ch not in "Ĳĳ")

FONT_FILES = {
    (False, False): "AtkinsonHyperlegible-Regular.ttf",
    (True, False): "AtkinsonHyperlegible-Bold.ttf",
    (False, True): "AtkinsonHyperlegible-Italic.ttf",
}

# Type scale on the 8 px grid: line heights are multiples of 8.
TEXT_SIZES = (24, 28, 32)  # body text: normal, large, extra large (settings)
LINE_HEIGHTS = {24: 32, 28: 40, 32: 40}
CAPTION_SIZE = 18
LABEL_SIZE = 20
HEADING_SIZE = 32
TITLE_SIZE = 56

_NOT_A_CHARACTER = "\ue000"  # private use: no font maps it, so it shows .notdef


class FontError(DamagedInstall):
    """The bundled font is missing, unreadable or lacks characters the game needs."""


def font_path(bold: bool = False, italic: bool = False) -> Path:
    return FONTS_DIR / FONT_FILES[(bold, italic and not bold)]


def has_glyph(font: pygame.font.Font, ch: str) -> bool:
    """True when the font draws ch itself rather than its missing-glyph box."""
    if font.metrics(ch)[0] is None:
        return False
    drawn = font.render(ch, True, (0, 0, 0), (255, 255, 255))
    missing = font.render(_NOT_A_CHARACTER, True, (0, 0, 0), (255, 255, 255))
    if drawn.get_width() == 0:
        return False
    if drawn.get_size() != missing.get_size():
        return True
    return pygame.image.tobytes(drawn, "RGB") != pygame.image.tobytes(missing, "RGB")


def missing_characters(font: pygame.font.Font, text: str = REQUIRED_CHARACTERS) -> str:
    return "".join(ch for ch in text if not has_glyph(font, ch))


@lru_cache(maxsize=64)
def load_font(size: int, bold: bool = False, italic: bool = False) -> pygame.font.Font:
    """The game font at a pixel size, cached per (size, bold, italic)."""
    if not pygame.font.get_init():
        pygame.font.init()
    path = font_path(bold, italic)
    if not path.is_file():
        raise FontError(path)
    try:
        font = pygame.font.Font(path, size)
    except (OSError, pygame.error) as err:
        raise FontError(path, f"cannot be read ({err})") from None
    missing = missing_characters(font)
    if missing:
        raise FontError(path, f"lacks characters: {missing}")
    return font


def line_height(size: int) -> int:
    """Line pitch on the 8 px grid for a body size."""
    return LINE_HEIGHTS.get(size, -(-round(size * 1.35) // 8) * 8)
