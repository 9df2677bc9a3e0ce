"""Procedural head-and-shoulders portraits in a flat editorial style.

Everything about a person (skin, face shape, hair, glasses) is seeded from the
character id with SHA-256, so the same id looks the same on every machine and
in every run (Python's own `hash` is salted per process). The outfit is seeded
from id and role and coloured with the scenario's `color`; the mood only moves
brows, eyes and mouth and adds one small cue.

Drawn in a 200 x 240 design space at 2-3x the final size, then smoothly scaled.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pygame

from game.ui.art.color import RGB, darken, hex_to_rgb, lighten, mix, with_alpha
from game.ui.art.shapes import (
    Pen,
    Point,
    display_format,
    polygon_ellipse,
    quad,
    rounded_rect,
    smooth,
)
from game.ui.images import load_image

DESIGN_W, DESIGN_H = 200, 240
HEAD_X, HEAD_Y = 100.0, 100.0
BODY_TOP = 170.0

ROLES = ("client", "colleague", "manager", "director", "partner", "other")
MOODS = ("neutral", "worried", "annoyed", "defensive", "relieved", "happy", "sad", "angry",
         "surprised", "thoughtful", "tired", "hopeful")
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

SKIN_TONES: tuple[RGB, ...] = (
    (248, 220, 200), (240, 200, 172), (232, 186, 150), (214, 160, 120), (196, 138, 98),
    (170, 112, 76), (142, 90, 60), (114, 70, 46), (92, 56, 38), (236, 196, 160),
)
HAIR_COLORS: tuple[RGB, ...] = (
    (34, 28, 26), (58, 40, 30), (92, 60, 38), (132, 88, 52), (168, 96, 52),
    (206, 164, 96), (226, 196, 140), (150, 146, 142), (212, 208, 202),
)
GARMENT_COLORS: tuple[RGB, ...] = (
    (46, 110, 120), (196, 140, 56), (178, 92, 72), (110, 140, 104), (52, 72, 120),
    (122, 84, 124), (200, 120, 120), (84, 104, 124), (160, 120, 64), (58, 108, 84),
    (90, 130, 170), (140, 70, 84),
)
SHIRT_COLORS: tuple[RGB, ...] = ((250, 250, 246), (214, 228, 242), (242, 224, 222), (236, 232, 220))
ACCENT_COLORS: tuple[RGB, ...] = ((196, 64, 70), (40, 90, 150), (214, 160, 40), (60, 130, 110),
                                  (120, 70, 130))
EYE_COLOR: RGB = (40, 32, 30)
TEAR_COLOR: RGB = (130, 190, 230)


@dataclass(frozen=True, slots=True)
class HairStyle:
    hairline: tuple[Point, ...] | None  # right temple -> left temple, in head radii
    volume: float  # how far the hair stands off the skull
    back: str | None  # shape behind the head: long, bob, afro, curly, bun, bald (temples)
    bumps: float = 0.0  # curl amplitude of the outline
    hides_ears: bool = False


HAIR_STYLES: dict[str, HairStyle] = {
    "crop": HairStyle(((1.02, -0.1), (0.8, -0.45), (0.3, -0.6), (-0.3, -0.62), (-0.8, -0.45),
                       (-1.02, -0.1)), 4, None),
    "side_part": HairStyle(((1.02, 0.0), (0.85, -0.35), (0.45, -0.5), (-0.05, -0.6),
                            (-0.35, -0.8), (-0.6, -0.55), (-0.92, -0.3), (-1.02, 0.05)), 5, None),
    "buzz": HairStyle(((1.0, -0.2), (0.7, -0.58), (0.0, -0.7), (-0.7, -0.58), (-1.0, -0.2)),
                      1.5, None),
    "bob": HairStyle(((1.04, 0.3), (0.95, -0.25), (0.5, -0.32), (0.0, -0.34), (-0.5, -0.32),
                      (-0.95, -0.25), (-1.04, 0.3)), 6, "bob", hides_ears=True),
    "long": HairStyle(((1.04, 0.25), (0.9, -0.2), (0.5, -0.55), (0.05, -0.82), (-0.05, -0.82),
                       (-0.5, -0.55), (-0.9, -0.2), (-1.04, 0.25)), 6, "long", hides_ears=True),
    "long_side": HairStyle(((1.04, 0.2), (0.85, -0.3), (0.45, -0.45), (-0.05, -0.55),
                            (-0.35, -0.8), (-0.6, -0.55), (-0.95, -0.2), (-1.04, 0.25)), 6, "long",
                           hides_ears=True),
    "bun": HairStyle(((1.02, 0.0), (0.8, -0.45), (0.3, -0.68), (-0.3, -0.68), (-0.8, -0.45),
                      (-1.02, 0.0)), 3, "bun"),
    "afro": HairStyle(((1.02, -0.1), (0.7, -0.5), (0.0, -0.6), (-0.7, -0.5), (-1.02, -0.1)),
                      10, "afro", bumps=3.0, hides_ears=True),
    "curly": HairStyle(((1.03, 0.1), (0.8, -0.4), (0.3, -0.5), (-0.3, -0.52), (-0.8, -0.4),
                        (-1.03, 0.1)), 7, "curly", bumps=2.2, hides_ears=True),
    "bald": HairStyle(None, 0, "bald"),
}
OUTFITS = {
    "client": ("hoodie", "tshirt", "striped"),
    "colleague": ("cardigan",),
    "manager": ("blazer",),
    "director": ("blazer_tie",),
    "partner": ("scrubs", "polo", "zip_jacket"),
    "other": ("sweater",),
}


@dataclass(frozen=True, slots=True)
class Look:
    skin: RGB
    hair: RGB
    hair_style: str
    head_rx: float
    head_ry: float
    jaw: float  # how much the face narrows toward the chin
    brow_width: float
    glasses: str | None
    frame: RGB
    shoulders: float
    outfit: str
    garment: RGB
    shirt: RGB
    accent: RGB


@dataclass(frozen=True, slots=True)
class Mood:
    brow_raise: float = 0.0  # whole brow up (+) or down (-)
    brow_inner: float = 0.0  # inner ends up (+, worry) or down (-, anger)
    brow_asym: float = 0.0  # right brow higher than left (scepticism)
    lid_inner: float = 0.1  # how far the upper lid covers the eye, inner side 0..1
    lid_outer: float = 0.1
    eyes: str = "open"  # open, smile_closed (happy arcs), rest_closed (relieved)
    eye_scale: float = 1.0
    look: Point = (0.0, 0.0)
    mouth: str = "smile"  # smile, grin, frown, open_frown, wavy, pressed, o
    mouth_curve: float = 0.25
    mouth_width: float = 16.0
    blush: int = 0  # alpha of the cheek colour
    flush: bool = False  # red cheeks of anger
    cue: str | None = None  # sweat, tear, arms


MOOD_FACES: dict[str, Mood] = {
    "neutral": Mood(),
    "worried": Mood(brow_raise=2.5, brow_inner=4.5, lid_inner=0.0, lid_outer=0.05,
                    eye_scale=1.05, mouth="wavy", mouth_width=14, cue="sweat"),
    "annoyed": Mood(brow_raise=-2.5, brow_inner=-3.5, lid_inner=0.42, lid_outer=0.42,
                    look=(2.2, 0.0), mouth="pressed", mouth_curve=-0.2, mouth_width=14),
    "defensive": Mood(brow_raise=-0.5, brow_inner=-1.5, brow_asym=3.0, lid_inner=0.28,
                      lid_outer=0.2, mouth="pressed", mouth_curve=-0.35, mouth_width=12,
                      cue="arms"),
    "relieved": Mood(brow_raise=2.5, brow_inner=1.5, eyes="rest_closed", mouth="smile",
                     mouth_curve=0.55, mouth_width=17, blush=70),
    "happy": Mood(brow_raise=2.5, eyes="smile_closed", mouth="grin", mouth_curve=0.9,
                  mouth_width=20, blush=95),
    "sad": Mood(brow_raise=1.5, brow_inner=5.0, lid_inner=0.15, lid_outer=0.45,
                look=(0.0, 1.5), mouth="frown", mouth_curve=-0.55, mouth_width=14, cue="tear"),
    "angry": Mood(brow_raise=-3.0, brow_inner=-6.0, lid_inner=0.45, lid_outer=0.12,
                  mouth="open_frown", mouth_curve=-0.6, mouth_width=17, flush=True),
    "surprised": Mood(brow_raise=6.0, brow_inner=1.0, lid_inner=0.0, lid_outer=0.0,
                      eye_scale=1.15, mouth="o", mouth_width=9),
    "thoughtful": Mood(brow_raise=1.0, brow_asym=3.5, lid_inner=0.2, lid_outer=0.2,
                       look=(2.0, -1.8), mouth="pressed", mouth_curve=0.1, mouth_width=10),
    "tired": Mood(brow_raise=-0.5, brow_inner=1.5, lid_inner=0.5, lid_outer=0.55,
                  mouth="pressed", mouth_curve=-0.1, mouth_width=12),
    "hopeful": Mood(brow_raise=3.0, brow_inner=2.5, lid_inner=0.0, lid_outer=0.05,
                    look=(0.0, -0.8), mouth="smile", mouth_curve=0.4, mouth_width=14,
                    blush=45),
}


def canonical_mood(mood: str | None) -> str:
    """The mood we draw for an author's word; unknown words are neutral."""
    key = (mood or "").strip().lower()
    key = MOOD_ALIASES.get(key, key)
    return key if key in MOOD_FACES else "neutral"


def _rng(*parts: str) -> random.Random:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _parse_color(color: str | None) -> RGB | None:
    if not color:
        return None
    try:
        return hex_to_rgb(color)
    except ValueError:
        return None


def look_for(character_id: str, role: str, color: str | None) -> Look:
    """Everything about a character's appearance, from its id (and role for the outfit)."""
    person = _rng("person", character_id)
    role = role if role in OUTFITS else "other"
    skin_index = person.randrange(len(SKIN_TONES))
    style = person.choices(list(HAIR_STYLES), weights=(9, 9, 4, 7, 5, 5, 6, 4, 6, 2))[0]
    outfit_rng = _rng("outfit", character_id, role)
    derived = outfit_rng.choice(GARMENT_COLORS)  # drawn even when unused: colour never changes cut
    garment = _parse_color(color) or derived
    return Look(
        skin=SKIN_TONES[skin_index],
        hair=_hair_color(person, skin_index, role),
        hair_style=style,
        head_rx=person.uniform(37, 41),
        head_ry=person.uniform(45, 49),
        jaw=person.uniform(0.08, 0.2),
        brow_width=person.uniform(2.6, 3.6),
        glasses=person.choices([None, "round", "square"], weights=(6, 2, 2))[0],
        frame=person.choice(((44, 40, 46), (120, 70, 50), (70, 90, 130), (150, 40, 60))),
        shoulders=person.uniform(80, 88),
        outfit=outfit_rng.choice(OUTFITS[role]),
        garment=garment,
        shirt=outfit_rng.choice(SHIRT_COLORS),
        accent=_accent_for(outfit_rng, garment),
    )


def _hair_color(person: random.Random, skin_index: int, role: str) -> RGB:
    greying = 0.35 if role in ("manager", "director") else 0.1
    if person.random() < greying:
        return person.choice(HAIR_COLORS[7:])
    dark_skin = SKIN_TONES[skin_index][0] < 180
    return person.choice(HAIR_COLORS[:3] if dark_skin else HAIR_COLORS[:7])


def _accent_for(rng: random.Random, garment: RGB) -> RGB:
    options = sorted(ACCENT_COLORS, key=lambda c: -sum(abs(a - b) for a, b in zip(c, garment,
                                                                                   strict=True)))
    return rng.choice(options[:3])


# ---------------------------------------------------------------- public API


def draw_portrait(character_id: str, role: str, color: str | None, mood: str,
                  size: tuple[int, int]) -> pygame.Surface:
    """A character's bust on a transparent background, cached; treat it as read-only."""
    return _portrait(character_id, role, color, canonical_mood(mood), (int(size[0]), int(size[1])))


@lru_cache(maxsize=96)
def _portrait(character_id: str, role: str, color: str | None, mood: str,
              size: tuple[int, int]) -> pygame.Surface:
    look = look_for(character_id, role, color)
    face = MOOD_FACES[mood]
    # Whole-number powers of two: smoothscale loses a little alpha at other ratios.
    supersample = 4 if size[0] * size[1] <= 40_000 else 2
    canvas = pygame.Surface((size[0] * supersample, size[1] * supersample), pygame.SRCALPHA)
    scale = min(canvas.get_width() / DESIGN_W, canvas.get_height() / DESIGN_H)
    origin = ((canvas.get_width() - DESIGN_W * scale) / 2, canvas.get_height() - DESIGN_H * scale)
    pen = Pen(canvas, scale, origin)
    _draw_person(pen, look, face)
    return display_format(_with_shadow(pygame.transform.smoothscale(canvas, size)), alpha=True)


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
        image = load_image(path)
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


# ---------------------------------------------------------------- the person


def _draw_person(pen: Pen, look: Look, face: Mood) -> None:
    style = HAIR_STYLES[look.hair_style]
    _draw_back_hair(pen, look, style)
    _draw_neck(pen, look)
    OUTFIT_DRAWERS[look.outfit](pen, look)
    if face.cue == "arms":
        _draw_crossed_arms(pen, look)
    if style.back == "long":
        _draw_side_strands(pen, look)
    if not style.hides_ears:
        _draw_ears(pen, look)
    _draw_head(pen, look)
    _draw_face(pen, look, face)
    _draw_front_hair(pen, look, style)
    if look.glasses:
        _draw_glasses(pen, look)
    _draw_cue(pen, look, face)


def _shade(color: RGB, amount: float = 0.14) -> RGB:
    return darken(mix(color, (120, 40, 60), 0.08), amount)


def _head_outline(look: Look, grow: float = 0.0, steps: int = 64) -> list[Point]:
    rx, ry = look.head_rx + grow, look.head_ry + grow
    points = []
    for i in range(steps):
        t = 2 * math.pi * i / steps
        narrow = 1 - look.jaw * max(0.0, math.sin(t)) ** 2
        points.append((HEAD_X + rx * math.cos(t) * narrow, HEAD_Y + ry * math.sin(t)))
    return points


def _crescent(pen: Pen, outline: Sequence[Point], color: RGB, shift: Point) -> None:
    """Shade the right/lower rim of a shape: the shape minus itself shifted to the light."""
    points = [pen.px(x, y) for x, y in outline]
    box = pygame.Rect(min(p[0] for p in points), min(p[1] for p in points), 1, 1)
    box.width = max(p[0] for p in points) - box.x + 1
    box.height = max(p[1] for p in points) - box.y + 1
    layer = pygame.Surface(box.size, pygame.SRCALPHA)
    pygame.draw.polygon(layer, color, [(x - box.x, y - box.y) for x, y in points])
    dx, dy = round(shift[0] * pen.scale), round(shift[1] * pen.scale)
    pygame.draw.polygon(layer, (0, 0, 0, 0), [(x - box.x + dx, y - box.y + dy) for x, y in points])
    pen.surface.blit(layer, box.topleft)


def _draw_neck(pen: Pen, look: Look) -> None:
    width = look.head_rx * 0.42
    pen.rect(look.skin, HEAD_X - width, HEAD_Y + 20, 2 * width, BODY_TOP - HEAD_Y, radius=6)
    # The chin's shadow: the jaw line moved down, kept inside the neck.
    shadow = [(min(HEAD_X + width, max(HEAD_X - width, x)), y + 9) for x, y in _head_outline(look)]
    pen.poly(_shade(look.skin, 0.16), shadow)


def _draw_ears(pen: Pen, look: Look) -> None:
    for side in (-1, 1):
        x = HEAD_X + side * (look.head_rx - 1)
        pen.ellipse(look.skin, x, HEAD_Y + 6, 6.5, 9)
        pen.ellipse(_shade(look.skin, 0.12), x + side * 1.2, HEAD_Y + 6, 3, 5)


def _draw_head(pen: Pen, look: Look) -> None:
    outline = _head_outline(look)
    pen.poly(look.skin, outline)
    _crescent(pen, outline, _shade(look.skin, 0.08), (-5, -3))


# ---------------------------------------------------------------- hair


def _hair_outline(look: Look, style: HairStyle) -> list[Point]:
    assert style.hairline is not None
    right, left = style.hairline[0], style.hairline[-1]
    start = 180 - math.degrees(math.asin(max(-1.0, min(1.0, left[1]))))
    end = 360 + math.degrees(math.asin(max(-1.0, min(1.0, right[1]))))
    rx, ry = look.head_rx + style.volume, look.head_ry + style.volume * 1.2
    top = []
    steps = 40
    for i in range(steps + 1):
        t = math.radians(start + (end - start) * i / steps)
        bump = style.bumps * abs(math.sin(t * 9)) if style.bumps else 0.0
        lift = style.volume * 0.3 * max(0.0, -math.sin(t))
        top.append((HEAD_X + (rx + bump) * math.cos(t),
                    HEAD_Y + (ry + bump) * math.sin(t) - lift))
    line = [(HEAD_X + fx * look.head_rx, HEAD_Y + fy * look.head_ry) for fx, fy in style.hairline]
    return top + smooth(line, 5)


def _draw_front_hair(pen: Pen, look: Look, style: HairStyle) -> None:
    if style.hairline is None:
        return
    color = mix(look.hair, look.skin, 0.35) if look.hair_style == "buzz" else look.hair
    outline = _hair_outline(look, style)
    pen.poly(color, outline)
    shine = lighten(color, 0.18) if sum(color) < 300 else darken(color, 0.08)
    sheen = quad((HEAD_X - look.head_rx * 0.55, HEAD_Y - look.head_ry * 0.78),
                 (HEAD_X - look.head_rx * 0.2, HEAD_Y - look.head_ry * 1.08),
                 (HEAD_X + look.head_rx * 0.25, HEAD_Y - look.head_ry * 0.98), 10)
    if look.hair_style not in ("buzz", "afro", "curly"):
        pen.stroke(shine, sheen, 2.4)


def _draw_bald_sides(pen: Pen, look: Look) -> None:
    """Close-cropped hair at the temples, peeking out from behind the head."""
    for side in (-1, 1):
        x = HEAD_X + side * (look.head_rx - 1)
        pen.ellipse(_shade(look.hair, 0.05), x, HEAD_Y - 6, 4.5, 13)


def _draw_back_hair(pen: Pen, look: Look, style: HairStyle) -> None:
    rx, ry, color = look.head_rx, look.head_ry, _shade(look.hair, 0.12)
    if style.back == "long":
        top = polygon_ellipse(HEAD_X, HEAD_Y - 2, rx + 9, ry + 9, 180, 360, 24)
        pen.poly(color, [*top, (HEAD_X + rx + 14, BODY_TOP + 22), (HEAD_X - rx - 14,
                                                                    BODY_TOP + 22)])
    elif style.back == "bob":
        pen.rect(color, HEAD_X - rx - 9, HEAD_Y - ry - 6, 2 * rx + 18, ry * 1.95, radius=26)
    elif style.back == "afro":
        _bumpy_blob(pen, color, HEAD_X, HEAD_Y - 6, rx * 1.5, ry * 1.25, 4.0)
    elif style.back == "curly":
        _bumpy_blob(pen, color, HEAD_X, HEAD_Y + 4, rx + 13, ry + 10, 3.0)
    elif style.back == "bald":
        _draw_bald_sides(pen, look)
    elif style.back == "bun":
        pen.circle(look.hair, HEAD_X + 4, HEAD_Y - ry - 6, 15)
        pen.circle(lighten(look.hair, 0.1), HEAD_X, HEAD_Y - ry - 10, 5)


def _bumpy_blob(pen: Pen, color: RGB, cx: float, cy: float, rx: float, ry: float,
                bump: float) -> None:
    points = []
    for i in range(120):
        t = 2 * math.pi * i / 120
        r = 1 + bump / rx * abs(math.sin(t * 8))
        points.append((cx + rx * r * math.cos(t), cy + ry * r * math.sin(t)))
    pen.poly(color, points)


def _draw_side_strands(pen: Pen, look: Look) -> None:
    """Long hair falling in front of the shoulders, framing the face."""
    rx = look.head_rx
    for side in (-1, 1):
        def at(dx: float, y: float, side: int = side) -> Point:
            return HEAD_X + side * (rx + dx), y
        outer = smooth([at(7, HEAD_Y - 10), at(10, HEAD_Y + 40), at(12, BODY_TOP + 12),
                        at(6, BODY_TOP + 34)], 6)
        inner = smooth([at(-6, BODY_TOP + 26), at(-9, BODY_TOP + 2), at(-10, HEAD_Y + 30)], 6)
        pen.poly(look.hair, outer + inner)


# ---------------------------------------------------------------- clothes


def _body_outline(look: Look) -> list[Point]:
    w = look.shoulders
    return rounded_rect(HEAD_X - w, BODY_TOP, 2 * w, DESIGN_H - BODY_TOP + 40, 40)


def _body_rect(pen: Pen, look: Look, color: RGB) -> None:
    pen.poly(color, _body_outline(look))
    _body_shade(pen, look, _shade(color, 0.1))


def _body_shade(pen: Pen, look: Look, color: RGB) -> None:
    _crescent(pen, _body_outline(look), color, (-14, 6))


def _neck_hole(pen: Pen, look: Look, depth: float = 8.0, rib: RGB | None = None) -> None:
    """The neck continues as a U into the garment; a rib stitches the edge."""
    width = look.head_rx * 0.42
    arc = polygon_ellipse(HEAD_X, BODY_TOP - 1, width, depth, 0, 180, 16)
    pen.poly(look.skin, arc)
    if rib:
        pen.stroke(rib, polygon_ellipse(HEAD_X, BODY_TOP - 1, width + 1.5, depth + 1.5, 0, 180,
                                        16), 3)


def _neck_width(look: Look) -> float:
    return look.head_rx * 0.42


def _v_neck(pen: Pen, look: Look, depth: float, trim: RGB | None = None) -> None:
    width = _neck_width(look) + 2
    if trim:
        pen.stroke(trim, [(HEAD_X - width - 1, BODY_TOP), (HEAD_X, BODY_TOP + depth + 1.5),
                          (HEAD_X + width + 1, BODY_TOP)], 3.5)
    pen.poly(look.skin, [(HEAD_X - width, BODY_TOP - 4), (HEAD_X + width, BODY_TOP - 4),
                         (HEAD_X, BODY_TOP + depth)])


def _outfit_tshirt(pen: Pen, look: Look) -> None:
    _body_rect(pen, look, look.garment)
    _neck_hole(pen, look, depth=9, rib=darken(look.garment, 0.14))


def _outfit_striped(pen: Pen, look: Look) -> None:
    outline = _body_outline(look)
    pen.poly(look.shirt, outline)
    w = look.shoulders
    for i in range(5):
        pen.rect(look.garment, HEAD_X - w + 6, BODY_TOP + 13 + i * 13, 2 * w - 12, 6)
    _crescent(pen, outline, _shade(look.shirt, 0.12), (-14, 6))
    _neck_hole(pen, look, depth=9, rib=look.garment)


def _outfit_hoodie(pen: Pen, look: Look) -> None:
    _body_rect(pen, look, look.garment)
    hood = _shade(look.garment, 0.16)
    pen.poly(hood, polygon_ellipse(HEAD_X, BODY_TOP - 2, _neck_width(look) + 17, 18, -8, 188, 24))
    _neck_hole(pen, look, depth=8)
    string = lighten(look.garment, 0.6)
    for side in (-1, 1):
        x = HEAD_X + side * 9
        pen.stroke(string, [(x, BODY_TOP + 12), (x + side * 1.5, BODY_TOP + 38)], 2.2)
        pen.rect(string, x + side * 1.5 - 1.6, BODY_TOP + 36, 3.2, 6, radius=1.5)


def _outfit_cardigan(pen: Pen, look: Look) -> None:
    _body_rect(pen, look, look.garment)
    pen.poly(look.shirt, [(HEAD_X - 22, BODY_TOP - 1), (HEAD_X + 22, BODY_TOP - 1),
                          (HEAD_X + 11, DESIGN_H + 1), (HEAD_X - 11, DESIGN_H + 1)])
    _neck_hole(pen, look, depth=8, rib=darken(look.shirt, 0.1))
    edge = _shade(look.garment, 0.18)
    for side in (-1, 1):
        pen.stroke(edge, [(HEAD_X + side * 23, BODY_TOP - 1), (HEAD_X + side * 12, DESIGN_H)], 3.4)
    for i in range(3):
        pen.circle(lighten(look.garment, 0.35), HEAD_X - 19 + i * 2.4, BODY_TOP + 22 + i * 16,
                   2.1)
    _draw_lanyard(pen, look)


def _draw_lanyard(pen: Pen, look: Look) -> None:
    strap, top = look.accent, BODY_TOP - 3
    width = _neck_width(look)
    pen.stroke(strap, [(HEAD_X - width + 2, top), (HEAD_X - 2, BODY_TOP + 32)], 3.2)
    pen.stroke(darken(strap, 0.12), [(HEAD_X + width - 2, top), (HEAD_X + 2, BODY_TOP + 32)], 3.2)
    _badge(pen, look, HEAD_X - 10, BODY_TOP + 32)


def _badge(pen: Pen, look: Look, x: float, y: float) -> None:
    pen.rect((252, 250, 244), x, y, 20, 25, radius=3)
    pen.rect(look.accent, x, y, 20, 6, radius=3)
    pen.rect(look.accent, x, y + 3, 20, 3)
    pen.rect(mix(look.skin, (255, 255, 255), 0.25), x + 3, y + 9, 6, 8, radius=1)
    pen.rect((196, 192, 182), x + 11, y + 10, 6, 2)
    pen.rect((196, 192, 182), x + 11, y + 14, 5, 2)


def _outfit_blazer(pen: Pen, look: Look, tie: bool = False) -> None:
    _body_rect(pen, look, look.garment)
    pen.poly(look.shirt, [(HEAD_X - 24, BODY_TOP - 1), (HEAD_X + 24, BODY_TOP - 1),
                          (HEAD_X, BODY_TOP + 56)])
    if tie:
        _neck_hole(pen, look, depth=5)
        _draw_tie(pen, look)
    else:
        _v_neck(pen, look, 16)
    collar = darken(look.shirt, 0.07)
    width = _neck_width(look)
    for side in (-1, 1):
        pen.poly(collar, [(HEAD_X + side * (width - 1), BODY_TOP - 5),
                          (HEAD_X + side * 3, BODY_TOP + 9), (HEAD_X + side * (width + 1),
                                                              BODY_TOP + 12),
                          (HEAD_X + side * (width + 6), BODY_TOP - 1)])
    _draw_lapels(pen, look)


def _draw_lapels(pen: Pen, look: Look) -> None:
    lapel = _shade(look.garment, 0.22)
    for side in (-1, 1):
        pen.poly(lapel, [(HEAD_X + side * 24, BODY_TOP - 2), (HEAD_X + side * 34, BODY_TOP + 14),
                         (HEAD_X + side * 27, BODY_TOP + 19), (HEAD_X + side * 32, BODY_TOP + 25),
                         (HEAD_X + side * 2, BODY_TOP + 58)])
    pen.circle(darken(look.garment, 0.35), HEAD_X + 1, BODY_TOP + 63, 2.3)


def _draw_tie(pen: Pen, look: Look) -> None:
    knot = darken(look.accent, 0.12)
    pen.poly(knot, [(HEAD_X - 4.5, BODY_TOP + 5), (HEAD_X + 4.5, BODY_TOP + 5),
                    (HEAD_X + 3, BODY_TOP + 12), (HEAD_X - 3, BODY_TOP + 12)])
    pen.poly(look.accent, [(HEAD_X - 3, BODY_TOP + 12), (HEAD_X + 3, BODY_TOP + 12),
                           (HEAD_X + 7, BODY_TOP + 50), (HEAD_X, BODY_TOP + 58),
                           (HEAD_X - 7, BODY_TOP + 50)])


def _outfit_blazer_tie(pen: Pen, look: Look) -> None:
    _outfit_blazer(pen, look, tie=True)


def _outfit_scrubs(pen: Pen, look: Look) -> None:
    _body_rect(pen, look, look.garment)
    _v_neck(pen, look, 26, trim=_shade(look.garment, 0.2))
    pen.frame(_shade(look.garment, 0.16), HEAD_X + 28, BODY_TOP + 34, 26, 24, 1.6, radius=2)
    _clip_badge(pen, look)


def _outfit_polo(pen: Pen, look: Look) -> None:
    _body_rect(pen, look, look.garment)
    _v_neck(pen, look, 14)
    placket = _shade(look.garment, 0.12)
    pen.rect(placket, HEAD_X - 3.5, BODY_TOP + 12, 7, 22, radius=2)
    for i in range(2):
        pen.circle(lighten(look.garment, 0.5), HEAD_X, BODY_TOP + 19 + i * 9, 1.6)
    collar = lighten(look.garment, 0.12)
    width = _neck_width(look)
    for side in (-1, 1):
        pen.poly(collar, [(HEAD_X + side * (width - 1), BODY_TOP - 6),
                          (HEAD_X + side * 3, BODY_TOP + 13),
                          (HEAD_X + side * (width + 9), BODY_TOP + 8),
                          (HEAD_X + side * (width + 8), BODY_TOP - 2)])
    _clip_badge(pen, look)


def _outfit_zip_jacket(pen: Pen, look: Look) -> None:
    _body_rect(pen, look, look.garment)
    _neck_hole(pen, look, depth=6)
    width = _neck_width(look)
    collar = _shade(look.garment, 0.24)
    pen.poly(collar, [(HEAD_X - width - 4, BODY_TOP - 12), (HEAD_X + width + 4, BODY_TOP - 12),
                      (HEAD_X + width + 7, BODY_TOP + 6), (HEAD_X, BODY_TOP + 10),
                      (HEAD_X - width - 7, BODY_TOP + 6)])
    pen.poly(lighten(look.garment, 0.06), [(HEAD_X - width - 1, BODY_TOP - 10),
                                           (HEAD_X + width + 1, BODY_TOP - 10),
                                           (HEAD_X + width + 2, BODY_TOP - 4),
                                           (HEAD_X - width - 2, BODY_TOP - 4)])
    pen.stroke(darken(look.garment, 0.3), [(HEAD_X, BODY_TOP + 10), (HEAD_X, DESIGN_H)], 1.8)
    pen.rect(lighten(look.garment, 0.55), HEAD_X - 1.8, BODY_TOP + 12, 3.6, 8, radius=1.5)
    _clip_badge(pen, look)


def _clip_badge(pen: Pen, look: Look) -> None:
    pen.rect((150, 150, 150), HEAD_X + 39, BODY_TOP + 23, 4, 6, radius=1)
    _badge(pen, look, HEAD_X + 31, BODY_TOP + 27)


def _outfit_sweater(pen: Pen, look: Look) -> None:
    _body_rect(pen, look, look.garment)
    _neck_hole(pen, look, depth=10, rib=darken(look.garment, 0.14))
    width = _neck_width(look)
    for side in (-1, 1):
        pen.poly(look.shirt, [(HEAD_X + side * (width - 2), BODY_TOP - 3),
                              (HEAD_X + side * 2, BODY_TOP + 10),
                              (HEAD_X + side * (width + 1), BODY_TOP + 11),
                              (HEAD_X + side * (width + 4), BODY_TOP + 1)])


OUTFIT_DRAWERS = {
    "tshirt": _outfit_tshirt,
    "striped": _outfit_striped,
    "hoodie": _outfit_hoodie,
    "cardigan": _outfit_cardigan,
    "blazer": _outfit_blazer,
    "blazer_tie": _outfit_blazer_tie,
    "scrubs": _outfit_scrubs,
    "polo": _outfit_polo,
    "zip_jacket": _outfit_zip_jacket,
    "sweater": _outfit_sweater,
}


def _draw_crossed_arms(pen: Pen, look: Look) -> None:
    """Folded arms across the chest: the defensive mood's body cue.

    The far forearm shows only its elbow; the near one crosses over it and
    its hand grips the other arm.
    """
    seam, over = _shade(look.garment, 0.3), lighten(look.garment, 0.06)
    w, top = look.shoulders, BODY_TOP + 30
    pen.poly(_shade(look.garment, 0.16), rounded_rect(HEAD_X + 10, top + 4, w - 6, 30, 15))
    start, end = (HEAD_X - w + 18, top + 26), (HEAD_X + w - 26, top + 10)
    pen.stroke(seam, [(start[0], start[1] + 2.5), (end[0], end[1] + 2.5)], 25)
    pen.stroke(over, [start, end], 24)
    _gripping_hand(pen, look, HEAD_X + w - 26, top + 2)


def _gripping_hand(pen: Pen, look: Look, x: float, y: float) -> None:
    crease = _shade(look.skin, 0.2)
    pen.poly(look.skin, rounded_rect(x - 11, y - 6, 22, 15, 6))
    for i in range(3):
        fx = x - 5 + i * 5
        pen.stroke(crease, [(fx, y + 2), (fx, y + 8)], 1.2)


# ---------------------------------------------------------------- the face


def _eye_centers(look: Look, face: Mood) -> list[Point]:
    dx, dy = face.look
    y = HEAD_Y + look.head_ry * 0.1 + dy
    return [(HEAD_X - look.head_rx * 0.4 + dx, y), (HEAD_X + look.head_rx * 0.4 + dx, y)]


def _draw_face(pen: Pen, look: Look, face: Mood) -> None:
    _draw_cheeks(pen, look, face)
    for index, center in enumerate(_eye_centers(look, face)):
        side = -1 if index == 0 else 1
        _draw_eye(pen, look, face, center, side)
        _draw_brow(pen, look, face, center, side)
    _draw_nose(pen, look)
    _draw_mouth(pen, look, face)


def _draw_cheeks(pen: Pen, look: Look, face: Mood) -> None:
    alpha = 150 if face.flush else face.blush
    if not alpha:
        return
    tint = mix(look.skin, (230, 80, 80) if face.flush else (240, 120, 120), 0.6)
    for side in (-1, 1):
        pen.ellipse(with_alpha(tint, alpha), HEAD_X + side * look.head_rx * 0.58,
                    HEAD_Y + look.head_ry * 0.38, 7, 4.2)


def _draw_eye(pen: Pen, look: Look, face: Mood, center: Point, side: int) -> None:
    x, y = center
    if face.eyes == "smile_closed":
        pen.stroke(EYE_COLOR, quad((x - 5, y + 1.5), (x, y - 5), (x + 5, y + 1.5), 8), 2.4)
        return
    if face.eyes == "rest_closed":
        pen.stroke(EYE_COLOR, quad((x - 5, y), (x, y + 4), (x + 5, y), 8), 2.2)
        return
    rx, ry = 4.3 * face.eye_scale, 5.6 * face.eye_scale
    pen.ellipse(EYE_COLOR, x, y, rx, ry)
    pen.circle((255, 255, 255), x + 1.4, y - 1.8, 1.4 * face.eye_scale)
    _draw_lid(pen, look, face, center, side, rx, ry)


def _draw_lid(pen: Pen, look: Look, face: Mood, center: Point, side: int, rx: float,
              ry: float) -> None:
    if max(face.lid_inner, face.lid_outer) <= 0.02:
        return
    x, y = center
    top = y - ry - 1.5
    inner_x, outer_x = x - side * (rx + 1.5), x + side * (rx + 1.5)
    inner_y = y - ry + 2 * ry * face.lid_inner
    outer_y = y - ry + 2 * ry * face.lid_outer
    pen.poly(look.skin, [(inner_x, top), (outer_x, top), (outer_x, outer_y), (inner_x, inner_y)])
    if max(face.lid_inner, face.lid_outer) > 0.2:
        pen.stroke(_shade(look.skin, 0.45), [(inner_x + side * 1, inner_y),
                                             (outer_x - side * 1, outer_y)], 1.4)


def _draw_brow(pen: Pen, look: Look, face: Mood, center: Point, side: int) -> None:
    x, y = center
    base = y - 11 - face.brow_raise - (face.brow_asym if side == 1 else 0) + face.look[1] * 0.5
    inner = (x - side * 5.5, base - face.brow_inner)
    outer = (x + side * 6.5, base + 1.2)
    middle = ((inner[0] + outer[0]) / 2, min(inner[1], outer[1]) - 2.2)
    color = darken(look.hair, 0.25) if sum(look.hair) < 450 else mix(look.hair, (90, 70, 60), 0.5)
    pen.stroke(color, quad(inner, middle, outer, 8), look.brow_width)


def _draw_nose(pen: Pen, look: Look) -> None:
    y = HEAD_Y + look.head_ry * 0.1
    pen.stroke(_shade(look.skin, 0.2), quad((HEAD_X + 1.5, y + 7), (HEAD_X + 5, y + 16),
                                            (HEAD_X - 1.5, y + 16.5), 8), 2.0)


def _mouth_center(look: Look) -> Point:
    return HEAD_X, HEAD_Y + look.head_ry * 0.58


def _draw_mouth(pen: Pen, look: Look, face: Mood) -> None:
    lip = mix(darken(look.skin, 0.5), (150, 40, 56), 0.35)
    MOUTH_DRAWERS[face.mouth](pen, look, face, lip)


def _mouth_line(pen: Pen, look: Look, face: Mood, lip: RGB) -> None:
    x, y = _mouth_center(look)
    half = face.mouth_width / 2
    pen.stroke(lip, quad((x - half, y), (x, y + face.mouth_curve * 9), (x + half, y), 10), 2.2)


def _mouth_pressed(pen: Pen, look: Look, face: Mood, lip: RGB) -> None:
    x, y = _mouth_center(look)
    half = face.mouth_width / 2
    bend = face.mouth_curve * 4
    pen.stroke(lip, [(x - half, y + bend), (x - half * 0.5, y), (x + half, y - 0.8)], 2.2)


def _mouth_wavy(pen: Pen, look: Look, face: Mood, lip: RGB) -> None:
    x, y = _mouth_center(look)
    half = face.mouth_width / 2
    pen.stroke(lip, smooth([(x - half, y + 1.5), (x - half / 3, y - 1.2), (x + half / 3, y + 1.2),
                            (x + half, y - 1.0)], 6), 2.1)


def _mouth_grin(pen: Pen, look: Look, face: Mood, lip: RGB) -> None:
    x, y = _mouth_center(look)
    half = face.mouth_width / 2
    upper = quad((x - half, y - 1), (x, y + 2), (x + half, y - 1), 12)
    lower = quad((x + half, y - 1), (x, y + 15), (x - half, y - 1), 12)
    pen.poly((110, 36, 48), upper + lower)
    teeth_low = quad((x + half * 0.8, y + 1), (x, y + 6), (x - half * 0.8, y + 1), 10)
    pen.poly((255, 255, 255), quad((x - half * 0.85, y - 0.2), (x, y + 2.6),
                                   (x + half * 0.85, y - 0.2), 10) + teeth_low)
    pen.ellipse((220, 110, 120), x, y + 8.5, half * 0.45, 2.4)


def _mouth_open_frown(pen: Pen, look: Look, face: Mood, lip: RGB) -> None:
    x, y = _mouth_center(look)
    half = face.mouth_width / 2
    upper = quad((x - half, y + 4), (x, y - 5), (x + half, y + 4), 12)
    lower = quad((x + half, y + 4), (x, y + 7), (x - half, y + 4), 12)
    pen.poly((110, 36, 48), upper + lower)
    teeth = quad((x - half * 0.7, y + 1.5), (x, y - 3), (x + half * 0.7, y + 1.5), 10)
    pen.poly((255, 255, 255), [*teeth, (x + half * 0.55, y + 2.5), (x - half * 0.55, y + 2.5)])


def _mouth_o(pen: Pen, look: Look, face: Mood, lip: RGB) -> None:
    x, y = _mouth_center(look)
    pen.ellipse((110, 36, 48), x, y + 2, face.mouth_width / 2 * 0.8, face.mouth_width / 2)


MOUTH_DRAWERS = {
    "smile": _mouth_line,
    "frown": _mouth_line,
    "pressed": _mouth_pressed,
    "wavy": _mouth_wavy,
    "grin": _mouth_grin,
    "open_frown": _mouth_open_frown,
    "o": _mouth_o,
}


def _draw_glasses(pen: Pen, look: Look) -> None:
    centers = _eye_centers(look, MOOD_FACES["neutral"])
    for x, y in centers:
        pen.ellipse((255, 255, 255, 40), x, y, 9.5, 8)
        if look.glasses == "round":
            pygame.draw.ellipse(pen.surface, look.frame, pen.rect_px(x - 9.5, y - 8, 19, 16),
                                pen.length(1.7))
        else:
            pen.frame(look.frame, x - 10, y - 7.5, 20, 15, 1.7, radius=4)
    (lx, ly), (rx, ry) = centers
    pen.stroke(look.frame, quad((lx + 9, ly - 1), (HEAD_X, ly - 4), (rx - 9, ry - 1), 6), 1.7)


def _draw_cue(pen: Pen, look: Look, face: Mood) -> None:
    if face.cue == "sweat":
        x, y = HEAD_X + look.head_rx * 0.78, HEAD_Y - look.head_ry * 0.42
        _drop(pen, x, y, 3.6)
    elif face.cue == "tear":
        (x, y) = _eye_centers(look, face)[1]
        _drop(pen, x + 2.5, y + 11, 2.8)


def _drop(pen: Pen, x: float, y: float, r: float) -> None:
    pen.poly(TEAR_COLOR, [(x, y - r * 2.3), (x + r, y), (x - r, y)])
    pen.circle(TEAR_COLOR, x, y, r)
    pen.circle((240, 248, 255), x - r * 0.35, y - r * 0.1, r * 0.3)


# ---------------------------------------------------------------- soft shadow


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
