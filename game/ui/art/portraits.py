"""Head-and-shoulders portraits in a flat editorial style.

Who is drawn comes from ``people``: the author's ``look`` for the character,
completed from role and seed, resolved for the whole cast so that no two
people of a case share a face. The mood only moves brows, eyes and mouth and
adds one small cue (a drop of sweat, a tear, folded arms).

Drawn in a 200 x 240 design space at 2-4x the final size, then smoothly
scaled; the parts live in ``figure`` (face, hair, body).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pygame

from game.ui.art.figure import body, face, hair
from game.ui.art.figure.face import MOOD_FACES, Mood
from game.ui.art.figure.kit import DESIGN_H, DESIGN_W
from game.ui.art.people import ROLES, Look, PersonSpec, resolve_look
from game.ui.art.shapes import Pen, display_format
from game.ui.images import load_image

MOODS = tuple(MOOD_FACES)
MOOD_ALIASES = {
    "neutraal": "neutral", "calm": "neutral", "kalm": "neutral",
    "bezorgd": "worried", "ongerust": "worried", "anxious": "worried", "nerveus": "worried",
    "geirriteerd": "annoyed", "geïrriteerd": "annoyed", "geergerd": "annoyed",
    "geërgerd": "annoyed", "irritated": "annoyed",
    "defensief": "defensive", "afwerend": "defensive", "stubborn": "defensive",
    "opgelucht": "relieved",
    "blij": "happy", "vrolijk": "happy", "glad": "happy", "pleased": "happy",
    "verdrietig": "sad", "droevig": "sad", "upset": "sad",
    "boos": "angry", "kwaad": "angry", "furious": "angry",
    "verrast": "surprised", "verbaasd": "surprised", "shocked": "surprised",
    "nadenkend": "thoughtful", "pensive": "thoughtful", "twijfel": "thoughtful",
    "doubtful": "thoughtful", "moe": "tired", "uitgeput": "tired", "exhausted": "tired",
    "hoopvol": "hopeful",
}

__all__ = ["MOODS", "ROLES", "canonical_mood", "draw_portrait", "load_portrait", "look_for"]


def canonical_mood(mood: str | None) -> str:
    """The mood we draw for an author's word; unknown words are neutral."""
    key = (mood or "").strip().lower()
    key = MOOD_ALIASES.get(key, key)
    return key if key in MOOD_FACES else "neutral"


def look_for(character_id: str, role: str, color: str | None = None,
             look: dict[str, str | bool] | None = None, seed: str = "") -> Look:
    """One character's look on its own (a cast is resolved with ``people.cast_looks``)."""
    return resolve_look(PersonSpec.of(character_id, role, color, look), seed)


# ---------------------------------------------------------------- public API


def draw_portrait(look: Look, mood: str, size: tuple[int, int]) -> pygame.Surface:
    """A person's bust on a transparent background, cached; treat it as read-only."""
    return _portrait(look, canonical_mood(mood), (int(size[0]), int(size[1])))


@lru_cache(maxsize=96)
def _portrait(look: Look, mood: str, size: tuple[int, int]) -> pygame.Surface:
    # Whole-number powers of two: smoothscale loses a little alpha at other ratios.
    supersample = 4 if size[0] * size[1] <= 40_000 else 2
    canvas = pygame.Surface((size[0] * supersample, size[1] * supersample), pygame.SRCALPHA)
    scale = min(canvas.get_width() / DESIGN_W, canvas.get_height() / DESIGN_H)
    origin = ((canvas.get_width() - DESIGN_W * scale) / 2, canvas.get_height() - DESIGN_H * scale)
    draw_person(Pen(canvas, scale, origin), look, MOOD_FACES[mood])
    return display_format(_with_shadow(pygame.transform.smoothscale(canvas, size)), alpha=True)


def draw_person(pen: Pen, look: Look, mood: Mood) -> None:
    """Back to front: hair behind, neck, clothes, arms, head, face, hair in front."""
    if look.headscarf:
        hair.draw_scarf_back(pen, look)
    else:
        hair.draw_back_hair(pen, look)
    body.draw_neck(pen, look)
    body.draw_outfit(pen, look)
    body.draw_belly(pen, look)
    if mood.cue == "arms":
        body.draw_crossed_arms(pen, look)
    if not look.headscarf:
        hair.draw_side_strands(pen, look)
        if not hair.hides_ears(look):
            body.draw_ears(pen, look)
    body.draw_head(pen, look)
    hair.draw_beard(pen, look)
    hair.clear_mouth(pen, look)
    face.draw_face(pen, look, mood)
    hair.draw_moustache(pen, look)
    if look.headscarf:
        hair.draw_scarf_front(pen, look)
    else:
        hair.draw_front_hair(pen, look)
    if look.glasses:
        face.draw_glasses(pen, look)
    face.draw_cue(pen, look, mood)


def load_portrait(path: str | Path, size: tuple[int, int]) -> pygame.Surface | None:
    """An author's portrait image fitted into size (bottom-centred), or None on any error."""
    try:
        resolved = Path(path).resolve()
        stamp = resolved.stat().st_mtime_ns
    except (OSError, TypeError, ValueError):
        return None
    return _load_portrait(str(resolved), stamp, (int(size[0]), int(size[1])))


@lru_cache(maxsize=64)
def _load_portrait(path: str, _stamp: int, size: tuple[int, int]) -> pygame.Surface | None:
    try:
        image = load_image(path)  # header and pixel budget first (game.ui.images)
        if image is None:
            return None
        scale = min(size[0] / image.get_width(), size[1] / image.get_height())
        fitted = (max(1, round(image.get_width() * scale)),
                  max(1, round(image.get_height() * scale)))
        image = pygame.transform.smoothscale(image.convert_alpha() if _has_display()
                                             else image, fitted)
    except (pygame.error, OSError, ValueError, ZeroDivisionError):
        return None
    out = pygame.Surface(size, pygame.SRCALPHA)
    out.blit(image, ((size[0] - fitted[0]) // 2, size[1] - fitted[1]))
    return out


def _has_display() -> bool:
    return pygame.display.get_init() and pygame.display.get_surface() is not None


def _with_shadow(image: pygame.Surface) -> pygame.Surface:
    """Lay a soft, offset shadow of the silhouette under the drawing."""
    small = pygame.transform.smoothscale(
        image, (max(1, image.get_width() // 4), max(1, image.get_height() // 4)))
    small.fill((0, 0, 0, 255), special_flags=pygame.BLEND_RGBA_MULT)  # keep only the alpha
    small.fill((29, 43, 74, 0), special_flags=pygame.BLEND_RGBA_ADD)  # ink-blue shadow
    small.fill((255, 255, 255, 64), special_flags=pygame.BLEND_RGBA_MULT)  # faint
    soft = pygame.transform.smoothscale(pygame.transform.gaussian_blur(small, 2), image.get_size())
    out = pygame.Surface(image.get_size(), pygame.SRCALPHA)
    offset = max(1, round(image.get_width() * 0.025))
    out.blit(soft, (offset, offset // 2))
    out.blit(image, (0, 0))
    return out
