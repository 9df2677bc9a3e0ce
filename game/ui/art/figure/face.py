"""The face: eyes, brows, nose and mouth set by the mood, lines of age, glasses, small cues."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.art.color import RGB, darken, mix, relative_luminance, with_alpha
from game.ui.art.figure.kit import HEAD_X, HEAD_Y, shade
from game.ui.art.people import Look
from game.ui.art.shapes import Pen, Point, quad, smooth

EYE_COLOR: RGB = (40, 32, 30)
TEAR_COLOR: RGB = (130, 190, 230)


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


def eye_centers(look: Look, face: Mood) -> list[Point]:
    dx, dy = face.look
    y = HEAD_Y + look.head_ry * 0.1 + dy
    return [(HEAD_X - look.head_rx * 0.4 + dx, y), (HEAD_X + look.head_rx * 0.4 + dx, y)]


def draw_face(pen: Pen, look: Look, face: Mood) -> None:
    draw_cheeks(pen, look, face)
    draw_age_lines(pen, look)
    for index, center in enumerate(eye_centers(look, face)):
        side = -1 if index == 0 else 1
        draw_eye(pen, look, face, center, side)
        draw_brow(pen, look, face, center, side)
    draw_nose(pen, look)
    lip = mix(darken(look.skin, 0.5), (150, 40, 56), 0.45 if look.presentation == "woman" else 0.3)
    MOUTH_DRAWERS[face.mouth](pen, look, face, lip)


def draw_cheeks(pen: Pen, look: Look, face: Mood) -> None:
    alpha = 150 if face.flush else face.blush
    if not alpha:
        return
    tint = mix(look.skin, (230, 80, 80) if face.flush else (240, 120, 120), 0.6)
    for side in (-1, 1):
        pen.ellipse(with_alpha(tint, alpha), HEAD_X + side * look.head_rx * 0.58,
                    HEAD_Y + look.head_ry * 0.38, 7, 4.2)


def draw_age_lines(pen: Pen, look: Look) -> None:
    """Fine lines that say middle age or older: beside the mouth, at the eyes, on the brow."""
    if look.age not in ("middle", "older"):
        return
    line = shade(look.skin, 0.2)
    y = HEAD_Y + look.head_ry * 0.1
    for side in (-1, 1):  # from the nose's wings toward the mouth's corners
        x = HEAD_X + side * 9
        pen.stroke(line, quad((x, y + 13), (x + side * 4, y + 21), (x + side * 2, y + 27), 6), 1.2)
    if look.age != "older":
        return
    for side in (-1, 1):  # crow's feet at the outer corners of the eyes
        ex = HEAD_X + side * (look.head_rx * 0.4 + 9)
        pen.stroke(line, [(ex, y - 1), (ex + side * 4, y - 3)], 1.1)
        pen.stroke(line, [(ex, y + 2), (ex + side * 4, y + 3)], 1.1)
    for k in range(2):  # two soft lines across the forehead
        fy = HEAD_Y - look.head_ry * 0.42 + k * 5
        pen.stroke(line, quad((HEAD_X - 12, fy), (HEAD_X, fy - 2), (HEAD_X + 12, fy), 6), 1.0)


def draw_eye(pen: Pen, look: Look, face: Mood, center: Point, side: int) -> None:
    x, y = center
    if face.eyes == "smile_closed":
        pen.stroke(EYE_COLOR, quad((x - 5, y + 1.5), (x, y - 5), (x + 5, y + 1.5), 8), 2.4)
        return
    if face.eyes == "rest_closed":
        pen.stroke(EYE_COLOR, quad((x - 5, y), (x, y + 4), (x + 5, y), 8), 2.2)
        return
    scale = face.eye_scale * (1.12 if look.age == "child" else 1.0)
    rx, ry = 4.3 * scale, 5.6 * scale
    if relative_luminance(look.skin) < 0.2:  # on darker skin the eye needs its white to read
        pen.ellipse(mix(look.skin, (250, 246, 240), 0.8), x, y + 0.4, rx + 2.4, ry + 0.6)
    pen.ellipse(EYE_COLOR, x, y, rx, ry)
    pen.circle((255, 255, 255), x + 1.4, y - 1.8, 1.4 * scale)
    draw_lid(pen, look, face, center, side, rx, ry)
    if look.presentation == "woman":  # a flick of lashes at the outer corner
        pen.stroke(EYE_COLOR, [(x + side * (rx - 0.5), y - ry * 0.45),
                               (x + side * (rx + 3.2), y - ry * 0.9)], 1.5)


def draw_lid(pen: Pen, look: Look, face: Mood, center: Point, side: int, rx: float,
             ry: float) -> None:
    inner, outer = face.lid_inner, face.lid_outer
    if look.age == "older":  # older eyelids rest a little lower
        inner, outer = inner + 0.12, outer + 0.16
    if max(inner, outer) <= 0.02:
        return
    x, y = center
    top = y - ry - 1.5
    inner_x, outer_x = x - side * (rx + 1.5), x + side * (rx + 1.5)
    inner_y = y - ry + 2 * ry * inner
    outer_y = y - ry + 2 * ry * outer
    pen.poly(look.skin, [(inner_x, top), (outer_x, top), (outer_x, outer_y), (inner_x, inner_y)])
    if max(inner, outer) > 0.2:
        pen.stroke(shade(look.skin, 0.45), [(inner_x + side * 1, inner_y),
                                            (outer_x - side * 1, outer_y)], 1.4)


def draw_brow(pen: Pen, look: Look, face: Mood, center: Point, side: int) -> None:
    x, y = center
    base = y - 11 - face.brow_raise - (face.brow_asym if side == 1 else 0) + face.look[1] * 0.5
    inner = (x - side * 5.5, base - face.brow_inner)
    outer = (x + side * 6.5, base + 1.2)
    arch = 2.8 if look.presentation == "woman" else 1.4
    middle = ((inner[0] + outer[0]) / 2, min(inner[1], outer[1]) - arch)
    hair = look.hair
    color = darken(hair, 0.25) if sum(hair) < 450 else mix(hair, (90, 70, 60), 0.5)
    pen.stroke(color, quad(inner, middle, outer, 8), look.brow_width)


def draw_nose(pen: Pen, look: Look) -> None:
    y = HEAD_Y + look.head_ry * 0.1
    pen.stroke(shade(look.skin, 0.2), quad((HEAD_X + 1.5, y + 7), (HEAD_X + 5, y + 16),
                                           (HEAD_X - 1.5, y + 16.5), 8), 2.0)


def mouth_center(look: Look) -> Point:
    return HEAD_X, HEAD_Y + look.head_ry * 0.58


def _mouth_line(pen: Pen, look: Look, face: Mood, lip: RGB) -> None:
    x, y = mouth_center(look)
    half = face.mouth_width / 2
    pen.stroke(lip, quad((x - half, y), (x, y + face.mouth_curve * 9), (x + half, y), 10), 2.2)
    if look.presentation == "woman" and face.mouth in ("smile", "frown"):
        lower = y + 2.6 + face.mouth_curve * 5
        pen.stroke(mix(lip, look.skin, 0.45), quad((x - half * 0.5, lower - 0.4), (x, lower + 1.6),
                                                   (x + half * 0.5, lower - 0.4), 8), 2.0)


def _mouth_pressed(pen: Pen, look: Look, face: Mood, lip: RGB) -> None:
    x, y = mouth_center(look)
    half = face.mouth_width / 2
    bend = face.mouth_curve * 4
    pen.stroke(lip, [(x - half, y + bend), (x - half * 0.5, y), (x + half, y - 0.8)], 2.2)


def _mouth_wavy(pen: Pen, look: Look, face: Mood, lip: RGB) -> None:
    x, y = mouth_center(look)
    half = face.mouth_width / 2
    pen.stroke(lip, smooth([(x - half, y + 1.5), (x - half / 3, y - 1.2), (x + half / 3, y + 1.2),
                            (x + half, y - 1.0)], 6), 2.1)


def _mouth_grin(pen: Pen, look: Look, face: Mood, lip: RGB) -> None:
    x, y = mouth_center(look)
    half = face.mouth_width / 2
    upper = quad((x - half, y - 1), (x, y + 2), (x + half, y - 1), 12)
    lower = quad((x + half, y - 1), (x, y + 15), (x - half, y - 1), 12)
    pen.poly((110, 36, 48), upper + lower)
    teeth_low = quad((x + half * 0.8, y + 1), (x, y + 6), (x - half * 0.8, y + 1), 10)
    pen.poly((255, 255, 255), quad((x - half * 0.85, y - 0.2), (x, y + 2.6),
                                   (x + half * 0.85, y - 0.2), 10) + teeth_low)
    pen.ellipse((220, 110, 120), x, y + 8.5, half * 0.45, 2.4)


def _mouth_open_frown(pen: Pen, look: Look, face: Mood, lip: RGB) -> None:
    x, y = mouth_center(look)
    half = face.mouth_width / 2
    upper = quad((x - half, y + 4), (x, y - 5), (x + half, y + 4), 12)
    lower = quad((x + half, y + 4), (x, y + 7), (x - half, y + 4), 12)
    pen.poly((110, 36, 48), upper + lower)
    teeth = quad((x - half * 0.7, y + 1.5), (x, y - 3), (x + half * 0.7, y + 1.5), 10)
    pen.poly((255, 255, 255), [*teeth, (x + half * 0.55, y + 2.5), (x - half * 0.55, y + 2.5)])


def _mouth_o(pen: Pen, look: Look, face: Mood, lip: RGB) -> None:
    x, y = mouth_center(look)
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


def draw_glasses(pen: Pen, look: Look) -> None:
    centers = eye_centers(look, MOOD_FACES["neutral"])
    for x, y in centers:
        pen.ellipse((255, 255, 255, 40), x, y, 9.5, 8)
        if look.glasses == "round":
            pygame.draw.ellipse(pen.surface, look.frame, pen.rect_px(x - 9.5, y - 8, 19, 16),
                                pen.length(1.7))
        else:
            pen.frame(look.frame, x - 10, y - 7.5, 20, 15, 1.7, radius=4)
    (lx, ly), (rx, ry) = centers
    pen.stroke(look.frame, quad((lx + 9, ly - 1), (HEAD_X, ly - 4), (rx - 9, ry - 1), 6), 1.7)
    for x, y in centers:  # the arms, running back to the ears
        side = -1 if x < HEAD_X else 1
        pen.stroke(look.frame, [(x + side * 9.5, y - 2), (HEAD_X + side * look.head_rx, y - 3)],
                   1.6)


def draw_cue(pen: Pen, look: Look, face: Mood) -> None:
    if face.cue == "sweat":
        x, y = HEAD_X + look.head_rx * 0.78, HEAD_Y - look.head_ry * 0.42
        _drop(pen, x, y, 3.6)
    elif face.cue == "tear":
        (x, y) = eye_centers(look, face)[1]
        _drop(pen, x + 2.5, y + 11, 2.8)


def _drop(pen: Pen, x: float, y: float, r: float) -> None:
    pen.poly(TEAR_COLOR, [(x, y - r * 2.3), (x + r, y), (x - r, y)])
    pen.circle(TEAR_COLOR, x, y, r)
    pen.circle((240, 248, 255), x - r * 0.35, y - r * 0.1, r * 0.3)
