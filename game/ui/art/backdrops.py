"""Calm, flat backdrops for the kinds of place a scenario visits.

Drawn at run time rather than shipped as PNGs: a drawing costs tens of
milliseconds once (then it is cached), fits any window size and aspect
without rescaling blur, varies a little per place (the seed), and keeps
binary files out of the repository. Scenes are laid out in a design space
720 units high and as wide as the aspect asks (see ``scenes.kit``), drawn at
twice the size and smoothly scaled down, then hazed toward the paper colour
so that text and portraits on top stay the loudest thing on screen.

Which scene a place gets: its author's ``scene`` when there is one, or else
a guess from the place's id and name (``place_words.place_kind``).
"""

from __future__ import annotations

import hashlib
import math
import random
from functools import lru_cache
from pathlib import Path

import pygame

from game.ui.art.palette import palette
from game.ui.art.place_words import NEUTRAL, place_kind
from game.ui.art.scenes import SCENE_KINDS, ScenePen, scene
from game.ui.art.scenes.kit import DESIGN_H
from game.ui.art.shapes import finish
from game.ui.images import load_image

SUPERSAMPLE = 2
HAZE = 0.14  # share of paper colour laid over the scene

__all__ = ["SCENE_KINDS", "draw_backdrop", "load_backdrop", "place_kind", "scene_for",
           "scene_signs"]


# ---------------------------------------------------------------- public API


def scene_for(place_id: str, name: str = "", scene: str | None = None) -> str:
    """The scene to draw for a place: the author's choice, else a guess from id and name."""
    if scene in SCENE_KINDS:
        return scene
    return place_kind(place_id, name)


def draw_backdrop(kind: str, size: tuple[int, int], seed: str = "") -> pygame.Surface:
    """A backdrop of a kind of place, cached by (kind, size, seed); treat it as read-only."""
    kind = kind if kind in SCENE_KINDS else NEUTRAL
    return _backdrop(kind, (max(1, int(size[0])), max(1, int(size[1]))), seed)


def scene_signs(kind: str, size: tuple[int, int] = (1280, 720),
                seed: str = "") -> list[pygame.Rect]:
    """Where a scene draws details that read as information, in pixels of ``size``."""
    pen, _ = _draw(kind if kind in SCENE_KINDS else NEUTRAL, size, seed, supersample=1)
    scale = size[1] / DESIGN_H
    return [pygame.Rect(round(x * scale), round(y * scale), math.ceil(w * scale),
                        math.ceil(h * scale)) for x, y, w, h in pen.signs]


@lru_cache(maxsize=24)
def _backdrop(kind: str, size: tuple[int, int], seed: str) -> pygame.Surface:
    _, canvas = _draw(kind, size, seed, SUPERSAMPLE)
    out = pygame.transform.smoothscale(canvas, size)
    haze = pygame.Surface(size)
    haze.fill(palette(False).paper)
    haze.set_alpha(round(255 * HAZE))
    out.blit(haze, (0, 0))
    return finish(out, size, alpha=False)


def _draw(kind: str, size: tuple[int, int], seed: str,
          supersample: int) -> tuple[ScenePen, pygame.Surface]:
    canvas = pygame.Surface((size[0] * supersample, size[1] * supersample))
    pen = ScenePen(canvas, canvas.get_height() / DESIGN_H)
    width = DESIGN_H * size[0] / size[1]
    scene(kind)(pen, width, _rng(kind, seed))
    return pen, canvas


def load_backdrop(path: str | Path, size: tuple[int, int]) -> pygame.Surface | None:
    """An author's background image scaled to cover size (centre crop), or None on any error."""
    try:
        resolved = Path(path).resolve()
        stamp = resolved.stat().st_mtime_ns
    except (OSError, TypeError, ValueError):
        return None
    return _load_backdrop(str(resolved), stamp, (int(size[0]), int(size[1])))


@lru_cache(maxsize=8)
def _load_backdrop(path: str, _stamp: int, size: tuple[int, int]) -> pygame.Surface | None:
    try:
        image = load_image(path)  # header and pixel budget first (game.ui.images)
        if image is None:
            return None
        scale = max(size[0] / image.get_width(), size[1] / image.get_height())
        scaled = pygame.transform.smoothscale(
            _truecolor(image),
            (math.ceil(image.get_width() * scale), math.ceil(image.get_height() * scale)))
    except (pygame.error, OSError, ValueError, ZeroDivisionError):
        return None
    out = pygame.Surface(size)
    out.blit(scaled, ((size[0] - scaled.get_width()) // 2, (size[1] - scaled.get_height()) // 2))
    return finish(out, size, alpha=False)


def _truecolor(image: pygame.Surface) -> pygame.Surface:
    """smoothscale needs 24 or 32 bits per pixel; palette images are copied up."""
    if image.get_bitsize() >= 24:
        return image
    out = pygame.Surface(image.get_size(), pygame.SRCALPHA)
    out.blit(image, (0, 0))
    return out


def _rng(kind: str, seed: str) -> random.Random:
    digest = hashlib.sha256(f"backdrop\x1f{kind}\x1f{seed}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))
