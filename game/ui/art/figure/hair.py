"""Hair, beards and headscarves."""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.ui.art.color import RGB, darken, lighten, mix, with_alpha
from game.ui.art.figure.kit import BODY_TOP, HEAD_X, HEAD_Y, head_outline, shade
from game.ui.art.people import Look
from game.ui.art.shapes import Pen, Point, polygon_ellipse, quad, smooth


@dataclass(frozen=True, slots=True)
class HairStyle:
    hairline: tuple[Point, ...] | None  # right temple -> left temple, in head radii
    volume: float  # how far the hair stands off the skull
    back: str | None  # shape behind the head: long, bob, afro, curly, bun, ponytail, bald
    bumps: float = 0.0  # curl amplitude of the outline
    hides_ears: bool = False


HAIR_STYLES: dict[str, HairStyle] = {
    "short": HairStyle(((1.02, -0.1), (0.8, -0.45), (0.3, -0.6), (-0.3, -0.62), (-0.8, -0.45),
                        (-1.02, -0.1)), 4, None),
    "side_part": HairStyle(((1.02, 0.0), (0.85, -0.35), (0.45, -0.5), (-0.05, -0.6),
                            (-0.35, -0.8), (-0.6, -0.55), (-0.92, -0.3), (-1.02, 0.05)), 5, None),
    "buzz": HairStyle(((1.0, -0.2), (0.7, -0.58), (0.0, -0.7), (-0.7, -0.58), (-1.0, -0.2)),
                      1.5, None),
    "bob": HairStyle(((1.04, 0.3), (0.95, -0.25), (0.5, -0.32), (0.0, -0.34), (-0.5, -0.32),
                      (-0.95, -0.25), (-1.04, 0.3)), 6, "bob", hides_ears=True),
    "long": HairStyle(((1.04, 0.25), (0.9, -0.2), (0.5, -0.55), (0.05, -0.82), (-0.05, -0.82),
                       (-0.5, -0.55), (-0.9, -0.2), (-1.04, 0.25)), 6, "long", hides_ears=True),
    "long_parted": HairStyle(((1.04, 0.2), (0.85, -0.3), (0.45, -0.45), (-0.05, -0.55),
                              (-0.35, -0.8), (-0.6, -0.55), (-0.95, -0.2), (-1.04, 0.25)), 6,
                             "long", hides_ears=True),
    "ponytail": HairStyle(((1.02, 0.05), (0.85, -0.4), (0.4, -0.62), (-0.1, -0.7), (-0.55, -0.6),
                           (-0.9, -0.35), (-1.02, 0.05)), 3.5, "ponytail"),
    "bun": HairStyle(((1.02, 0.0), (0.8, -0.45), (0.3, -0.68), (-0.3, -0.68), (-0.8, -0.45),
                      (-1.02, 0.0)), 3, "bun"),
    "afro": HairStyle(((1.02, -0.1), (0.7, -0.5), (0.0, -0.6), (-0.7, -0.5), (-1.02, -0.1)),
                      10, "afro", bumps=3.0, hides_ears=True),
    "curly": HairStyle(((1.03, 0.1), (0.8, -0.4), (0.3, -0.5), (-0.3, -0.52), (-0.8, -0.4),
                        (-1.03, 0.1)), 7, "curly", bumps=2.2, hides_ears=True),
    "bald": HairStyle(None, 0, "bald"),
}


def style_of(look: Look) -> HairStyle:
    return HAIR_STYLES[look.hair_style]


def hides_ears(look: Look) -> bool:
    """Long hair, a bob or an afro covers the ears; a man's cropped curls do not."""
    if look.hair_style == "curly" and look.presentation == "man":
        return False
    return style_of(look).hides_ears


def draw_back_hair(pen: Pen, look: Look) -> None:
    style = style_of(look)
    rx, ry, color = look.head_rx, look.head_ry, shade(look.hair, 0.12)
    if style.back == "long":
        top = polygon_ellipse(HEAD_X, HEAD_Y - 2, rx + 9, ry + 9, 180, 360, 24)
        pen.poly(color, [*top, (HEAD_X + rx + 14, BODY_TOP + 22), (HEAD_X - rx - 14,
                                                                    BODY_TOP + 22)])
    elif style.back == "bob":
        pen.rect(color, HEAD_X - rx - 9, HEAD_Y - ry - 6, 2 * rx + 18, ry * 1.95, radius=26)
    elif style.back == "afro":
        _bumpy_blob(pen, color, HEAD_X, HEAD_Y - 6, rx * 1.5, ry * 1.25, 4.0)
    elif style.back == "curly" and look.presentation == "man":  # cropped curls
        _bumpy_blob(pen, color, HEAD_X, HEAD_Y - 10, rx + 8, ry, 3.0)
    elif style.back == "curly":
        _bumpy_blob(pen, color, HEAD_X, HEAD_Y + 4, rx + 13, ry + 10, 3.0)
    elif style.back == "bald":
        _draw_bald_sides(pen, look)
    elif style.back == "bun":
        pen.circle(look.hair, HEAD_X + 4, HEAD_Y - ry - 6, 15)
        pen.circle(lighten(look.hair, 0.1), HEAD_X, HEAD_Y - ry - 10, 5)
    elif style.back == "ponytail":
        _draw_ponytail(pen, look, color)


def _draw_ponytail(pen: Pen, look: Look, color: RGB) -> None:
    """Hair tied at the back, the tail falling over one shoulder."""
    rx = look.head_rx
    tie = (HEAD_X + rx * 0.75, HEAD_Y - look.head_ry * 0.55)
    tail = smooth([tie, (HEAD_X + rx + 14, HEAD_Y - 10), (HEAD_X + rx + 16, HEAD_Y + 30),
                   (HEAD_X + rx + 8, BODY_TOP + 4)], 6)
    inner = smooth([(HEAD_X + rx - 2, BODY_TOP - 2), (HEAD_X + rx + 2, HEAD_Y + 28),
                    (HEAD_X + rx - 2, HEAD_Y - 6), (tie[0] - 8, tie[1] + 6)], 6)
    pen.poly(color, tail + inner)
    pen.circle(darken(look.hair, 0.3), tie[0] + 2, tie[1] + 2, 4.5)


def _bumpy_blob(pen: Pen, color: RGB, cx: float, cy: float, rx: float, ry: float,
                bump: float) -> None:
    points = []
    for i in range(120):
        t = 2 * math.pi * i / 120
        r = 1 + bump / rx * abs(math.sin(t * 8))
        points.append((cx + rx * r * math.cos(t), cy + ry * r * math.sin(t)))
    pen.poly(color, points)


def _draw_bald_sides(pen: Pen, look: Look) -> None:
    """Close-cropped hair at the temples, peeking out from behind the head."""
    for side in (-1, 1):
        x = HEAD_X + side * (look.head_rx - 1)
        pen.ellipse(shade(look.hair, 0.05), x, HEAD_Y - 6, 4.5, 13)


def draw_side_strands(pen: Pen, look: Look) -> None:
    """Long hair falling in front of the shoulders, framing the face."""
    if style_of(look).back != "long":
        return
    rx = look.head_rx
    for side in (-1, 1):
        def at(dx: float, y: float, side: int = side) -> Point:
            return HEAD_X + side * (rx + dx), y
        outer = smooth([at(7, HEAD_Y - 10), at(10, HEAD_Y + 40), at(12, BODY_TOP + 12),
                        at(6, BODY_TOP + 34)], 6)
        inner = smooth([at(-6, BODY_TOP + 26), at(-9, BODY_TOP + 2), at(-10, HEAD_Y + 30)], 6)
        pen.poly(look.hair, outer + inner)


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


def draw_front_hair(pen: Pen, look: Look) -> None:
    style = style_of(look)
    if style.hairline is None:
        return
    color = mix(look.hair, look.skin, 0.35) if look.hair_style == "buzz" else look.hair
    pen.poly(color, _hair_outline(look, style))
    shine = lighten(color, 0.18) if sum(color) < 300 else darken(color, 0.08)
    sheen = quad((HEAD_X - look.head_rx * 0.55, HEAD_Y - look.head_ry * 0.78),
                 (HEAD_X - look.head_rx * 0.2, HEAD_Y - look.head_ry * 1.08),
                 (HEAD_X + look.head_rx * 0.25, HEAD_Y - look.head_ry * 0.98), 10)
    if look.hair_style not in ("buzz", "afro", "curly"):
        pen.stroke(shine, sheen, 2.4)


# ---------------------------------------------------------------- beards


def draw_beard(pen: Pen, look: Look) -> None:
    """The part of a beard on the jaw and cheeks; the moustache comes after the mouth."""
    color = shade(look.hair, 0.05)
    if look.beard == "stubble":
        pen.poly(with_alpha(mix(color, look.skin, 0.4), 110), _beard_shape(look, 0, 0.5))
    elif look.beard == "short":
        pen.poly(color, _beard_shape(look, 4, 0.5))
    elif look.beard == "full":
        pen.poly(color, _beard_shape(look, 14, 0.44))


def draw_moustache(pen: Pen, look: Look) -> None:
    if look.beard not in ("moustache", "short", "full"):
        return
    color = shade(look.hair, 0.05)
    y = HEAD_Y + look.head_ry * 0.58 - 4
    pen.poly(color, [(HEAD_X - 11, y + 3.5), (HEAD_X - 7, y - 2.5), (HEAD_X, y - 1),
                     (HEAD_X + 7, y - 2.5), (HEAD_X + 11, y + 3.5), (HEAD_X, y + 1.5)])


def _beard_shape(look: Look, depth: float, cheek: float) -> list[Point]:
    """From one sideburn along the jaw (grown by depth below the chin) to the other, and
    back over the cheeks and under the nose."""
    rx, ry = look.head_rx, look.head_ry
    jaw = [(x, y) for x, y in head_outline(look, steps=72) if y >= HEAD_Y]
    grown = [(x, y + depth * ((y - HEAD_Y) / ry) ** 2) for x, y in jaw]
    upper = smooth([(HEAD_X - rx * 0.98, HEAD_Y), (HEAD_X - rx * 0.62, HEAD_Y + ry * cheek),
                    (HEAD_X - rx * 0.2, HEAD_Y + ry * 0.45), (HEAD_X, HEAD_Y + ry * 0.43),
                    (HEAD_X + rx * 0.2, HEAD_Y + ry * 0.45),
                    (HEAD_X + rx * 0.62, HEAD_Y + ry * cheek), (HEAD_X + rx * 0.98, HEAD_Y)], 5)
    return [*grown, *upper]


def clear_mouth(pen: Pen, look: Look) -> None:
    """Skin around the lips, so a beard leaves the mouth readable."""
    if look.beard not in ("short", "full"):
        return
    mouth_y = HEAD_Y + look.head_ry * 0.58
    pen.ellipse(look.skin, HEAD_X, mouth_y + 1.5, 9.5, 4.8)


# ---------------------------------------------------------------- headscarf


def draw_scarf_back(pen: Pen, look: Look) -> None:
    """The scarf behind the head and over the shoulders."""
    rx, ry = look.head_rx, look.head_ry
    cloth = look.scarf
    top = polygon_ellipse(HEAD_X, HEAD_Y - 2, rx + 10, ry + 10, 180, 360, 24)
    pen.poly(shade(cloth, 0.1), [*top, (HEAD_X + rx + 16, BODY_TOP + 6),
                                 (HEAD_X - rx - 16, BODY_TOP + 6)])


def draw_scarf_front(pen: Pen, look: Look) -> None:
    """The scarf framing the face: over the forehead, down the cheeks, draped under the chin."""
    rx, ry = look.head_rx, look.head_ry
    cloth = look.scarf
    crown = polygon_ellipse(HEAD_X, HEAD_Y - 2, rx + 8, ry + 8, 180, 360, 24)
    face_edge = polygon_ellipse(HEAD_X, HEAD_Y + 6, rx * 0.86, ry * 0.9, 0, -180, 24)
    pen.poly(cloth, [*crown, (HEAD_X + rx + 8, HEAD_Y + 10), *face_edge,
                     (HEAD_X - rx - 8, HEAD_Y + 10)])
    drape = [(HEAD_X - rx - 8, HEAD_Y + 6), (HEAD_X - rx * 0.78, HEAD_Y + ry * 0.6),
             (HEAD_X, HEAD_Y + ry + 8), (HEAD_X + rx * 0.78, HEAD_Y + ry * 0.6),
             (HEAD_X + rx + 8, HEAD_Y + 6), (HEAD_X + rx + 18, BODY_TOP + 10),
             (HEAD_X + 20, BODY_TOP + 30), (HEAD_X - 22, BODY_TOP + 28),
             (HEAD_X - rx - 18, BODY_TOP + 8)]
    pen.poly(cloth, drape)
    fold = shade(cloth, 0.18)
    pen.stroke(fold, quad((HEAD_X - rx * 0.7, HEAD_Y + ry * 0.9), (HEAD_X, HEAD_Y + ry + 20),
                          (HEAD_X + rx * 0.9, HEAD_Y + ry * 0.7), 10), 2.2)
    pen.stroke(lighten(cloth, 0.14), quad((HEAD_X - rx * 0.6, HEAD_Y - ry * 0.98),
                                          (HEAD_X, HEAD_Y - ry - 10),
                                          (HEAD_X + rx * 0.5, HEAD_Y - ry * 0.98), 10), 2.4)
