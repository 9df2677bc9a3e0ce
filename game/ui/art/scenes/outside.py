"""Outside: a street of Dutch row houses, the walkway along a block of flats, and the
quiet neutral backdrop for a place the game cannot name."""

from __future__ import annotations

import math
import random

import pygame

from game.ui.art.color import RGB, darken, lighten, mix, mute
from game.ui.art.palette import palette
from game.ui.art.scenes.kit import (
    ACCENTS,
    DESIGN_H,
    FLOOR,
    GREENS,
    INK_SHAPE,
    METAL,
    WALLS,
    WHITE,
    WOOD,
    ScenePen,
    cloud,
    plant,
    quiet,
    rooftops,
    room,
    sky,
    text,
)
from game.ui.art.shapes import quad, rounded_rect

STREET_LEVEL = 560.0
BRICKS: tuple[RGB, ...] = ((178, 108, 88), (160, 96, 80), (196, 146, 104), (150, 124, 112),
                           (200, 168, 128), (140, 104, 92))

# ---------------------------------------------------------------- street


def street(pen: ScenePen, width: float, rng: random.Random) -> None:
    """A Dutch street: gabled row houses, a tree, a lamp post, a bicycle, a bus stop."""
    sky(pen, 0, 0, width, STREET_LEVEL)
    cloud(pen, width * rng.uniform(0.1, 0.3), 90, 34)
    cloud(pen, width * rng.uniform(0.55, 0.8), 60, 26)
    _row_houses(pen, width, rng)
    pen.rect((206, 202, 194), 0, STREET_LEVEL, width, 56)
    for i in range(int(width // 64) + 1):
        pen.rect((192, 188, 180), i * 64, STREET_LEVEL, 2, 56)
    pen.rect((176, 172, 166), 0, STREET_LEVEL + 56, width, 8)
    pen.rect((140, 142, 146), 0, STREET_LEVEL + 64, width, DESIGN_H)
    for i in range(int(width // 160) + 1):
        pen.rect((226, 226, 220), i * 160 + 40, 680, 80, 8, radius=3)
    _tree(pen, width * 0.38, rng)
    _lamp_post(pen, width * 0.12)
    bicycle(pen, width * 0.45, STREET_LEVEL + 40)
    _bus_stop(pen, width * 0.7)


def _row_houses(pen: ScenePen, width: float, rng: random.Random) -> None:
    cursor = -rng.uniform(0, 60)
    while cursor < width:
        w = rng.uniform(150, 200)
        _house(pen, cursor, w, rng.uniform(280, 360), rng)
        cursor += w


def _house(pen: ScenePen, x: float, w: float, h: float, rng: random.Random) -> None:
    brick = mute(rng.choice(BRICKS), (220, 214, 204), 0.25)
    top = STREET_LEVEL - h
    pen.rect(brick, x, top, w, h)
    _gable(pen, x, top, w, brick, rng.choice(("step", "bell", "point", "flat")))
    floors = 3 if h > 320 else 2
    floor_h = (h - 20) / floors
    for f in range(floors):
        y = top + 20 + f * floor_h
        for i in range(2):
            wx = x + w * (0.14 + i * 0.46)
            if f == floors - 1 and i == 0:
                _door(pen, wx, y, w * 0.3, STREET_LEVEL - y, brick)
                continue
            _house_window(pen, wx, y + 10, w * 0.3, floor_h - 34)
    pen.rect(darken(brick, 0.12), x + w - 3, top, 3, h)


def _gable(pen: ScenePen, x: float, top: float, w: float, brick: RGB, shape: str) -> None:
    cap = lighten(brick, 0.5)
    if shape == "step":
        for i in range(3):
            inset = w * 0.12 * (i + 1)
            pen.rect(brick, x + inset, top - 26 * (i + 1), w - 2 * inset, 27)
            pen.rect(cap, x + inset - 4, top - 26 * (i + 1), w - 2 * inset + 8, 6)
    elif shape == "bell":
        curve = quad((x + w * 0.15, top), (x + w * 0.2, top - 70), (x + w * 0.5, top - 80), 10)
        right = [(2 * (x + w / 2) - px, py) for px, py in reversed(curve)]
        pen.poly(brick, [(x, top + 1), *curve, *right, (x + w, top + 1)])
        pen.circle(cap, x + w / 2, top - 82, 8)
    elif shape == "point":
        pen.poly(brick, [(x, top + 1), (x + w / 2, top - 70), (x + w, top + 1)])
        pen.stroke(cap, [(x, top), (x + w / 2, top - 70), (x + w, top)], 6)
    else:
        pen.rect(cap, x - 4, top - 10, w + 8, 12)


def _house_window(pen: ScenePen, x: float, y: float, w: float, h: float) -> None:
    pen.rect(WHITE, x - 5, y - 5, w + 10, h + 10, radius=2)
    pen.rect((170, 190, 204), x, y, w, h)
    pen.rect((196, 212, 222), x, y, w, h * 0.35)
    pen.rect(WHITE, x + w / 2 - 2, y, 4, h)
    pen.rect(WHITE, x, y + h * 0.35, w, 4)


def _door(pen: ScenePen, x: float, y: float, w: float, h: float, brick: RGB) -> None:
    color = mute((70, 96, 90), brick, 0.2)
    pen.rect(WHITE, x - 5, y + 5, w + 10, h - 5, radius=2)
    pen.rect(color, x, y + 30, w, h - 30)
    pen.rect((190, 206, 214), x, y + 10, w, 16)
    pen.circle((214, 190, 120), x + w * 0.8, y + h * 0.6, 3.5)


def _tree(pen: ScenePen, x: float, rng: random.Random) -> None:
    pen.rect((122, 96, 76), x - 10, STREET_LEVEL - 180, 20, 200, radius=6)
    for i in range(6):
        a = i / 6 * math.tau
        pen.circle(GREENS[i % 3], x + math.cos(a) * 46, STREET_LEVEL - 250 + math.sin(a) * 34,
                   rng.uniform(44, 56))
    pen.circle(GREENS[2], x, STREET_LEVEL - 256, 52)


def _lamp_post(pen: ScenePen, x: float) -> None:
    pen.rect(INK_SHAPE, x - 5, STREET_LEVEL - 300, 10, 330)
    pen.stroke(INK_SHAPE, quad((x, STREET_LEVEL - 298), (x, STREET_LEVEL - 330),
                               (x + 40, STREET_LEVEL - 320), 8), 8)
    pen.poly(INK_SHAPE, [(x + 28, STREET_LEVEL - 324), (x + 62, STREET_LEVEL - 324),
                         (x + 54, STREET_LEVEL - 308), (x + 36, STREET_LEVEL - 308)])


def bicycle(pen: ScenePen, x: float, ground: float, frame: RGB = (52, 104, 130)) -> None:
    r = 30.0
    back, front = (x - 48, ground - r), (x + 48, ground - r)
    for cx, cy in (back, front):
        pygame.draw.circle(pen.surface, INK_SHAPE, pen.px(cx, cy), pen.length(r), pen.length(5))
    seat, bar = (x - 14, ground - r - 48), (x + 34, ground - r - 54)
    pen.stroke(frame, [back, (x, ground - r), seat, back], 5)
    pen.stroke(frame, [(x, ground - r), (x + 30, ground - r - 44), front], 5)
    pen.stroke(frame, [seat, (x + 30, ground - r - 44)], 5)
    pen.stroke(INK_SHAPE, [(x + 30, ground - r - 44), bar, (x + 22, ground - r - 58)], 5)
    pen.rect(INK_SHAPE, seat[0] - 12, seat[1] - 8, 24, 7, radius=3)


def _bus_stop(pen: ScenePen, x: float) -> None:
    top, w = STREET_LEVEL - 250, 240.0
    pen.rect((214, 232, 238, 150), x, top + 16, w, 214)
    pen.rect((180, 200, 214, 170), x + w - 70, top + 40, 56, 120, radius=3)
    for px in (x, x + w - 8):
        pen.rect(INK_SHAPE, px, top, 8, 250)
    pen.rect(INK_SHAPE, x - 10, top - 6, w + 20, 20, radius=4)
    pen.rect(darken(WOOD, 0.1), x + 30, STREET_LEVEL - 70, 130, 12, radius=4)
    for px in (x + 44, x + 140):
        pen.rect(INK_SHAPE, px, STREET_LEVEL - 58, 6, 58)
    pole_x = x + w + 60
    pen.rect((150, 154, 160), pole_x - 5, top - 20, 10, 270)
    pen.sign(pole_x - 36, top - 70, 72, 72)
    pen.rect((44, 92, 150), pole_x - 36, top - 70, 72, 72, radius=10)
    _bus_icon(pen, pole_x, top - 34)


def _bus_icon(pen: ScenePen, cx: float, cy: float) -> None:
    pen.rect(WHITE, cx - 22, cy - 22, 44, 38, radius=7)
    pen.rect((44, 92, 150), cx - 17, cy - 16, 34, 14, radius=3)
    pen.circle((44, 92, 150), cx - 12, cy + 8, 3.5)
    pen.circle((44, 92, 150), cx + 12, cy + 8, 3.5)
    pen.rect(WHITE, cx - 18, cy + 14, 8, 8, radius=2)
    pen.rect(WHITE, cx + 10, cy + 14, 8, 8, radius=2)


# ---------------------------------------------------------------- gallery walkway


def walkway(pen: ScenePen, width: float, rng: random.Random) -> None:
    """The open walkway along a block of flats: front doors, a railing, the city beyond."""
    concrete = (206, 204, 198)
    wall = quiet(rng.choice(((214, 196, 170), (200, 190, 180), (190, 196, 200))), 0.05)
    sky(pen, 0, 0, width, FLOOR)
    rooftops(pen, 0, 250, width, 150, rng, color=(190, 200, 210))
    _far_block(pen, width * 0.7, rng)
    pen.rect(darken(concrete, 0.12), 0, 0, width, 70)  # the walkway above, seen from below
    pen.rect(concrete, 0, 60, width, 16)
    for i in range(int(width // 420) + 1):
        pen.rect((252, 248, 226), 180 + i * 420, 70, 70, 10, radius=3)
    doors = min(3, int(width * 0.66 // 270))
    pen.rect(wall, 0, 76, 270 * doors + 20, FLOOR - 76)
    first = rng.randrange(6, 48) * 2
    for i in range(doors):
        _front_door(pen, 20 + i * 270, rng, number=first + i * 2)
    pen.rect(darken(wall, 0.15), 270 * doors + 14, 76, 8, FLOOR - 76)
    pen.rect(concrete, 0, FLOOR, width, DESIGN_H - FLOOR)  # the walkway floor
    pen.rect(darken(concrete, 0.08), 0, FLOOR, width, 6)
    for i in range(int(width // 160) + 1):
        pen.rect(darken(concrete, 0.05), i * 160, FLOOR + 6, 3, DESIGN_H)
    _railing(pen, 270 * doors + 22, width)


def _front_door(pen: ScenePen, x: float, rng: random.Random, number: int) -> None:
    """A flat's front door with its number, a kitchen window beside it, a mat and a pot."""
    top = 230.0
    color = quiet(rng.choice(((60, 100, 140), (150, 70, 60), (70, 120, 90), (200, 160, 70))), 0.1)
    pen.rect(darken(WHITE, 0.1), x - 6, top - 6, 108, FLOOR - top + 6, radius=2)
    pen.rect(color, x, top, 96, FLOOR - top)
    pen.rect((200, 216, 226), x + 22, top + 20, 52, 80, radius=3)
    pen.rect(METAL, x + 74, top + 160, 14, 6, radius=2)
    pen.rect(METAL, x + 30, top + 200, 36, 8, radius=2)  # the letter box
    pen.sign(x + 20, top - 46, 56, 30)
    pen.rect(WHITE, x + 20, top - 46, 56, 30, radius=4)
    text(pen, str(number), 20, INK_SHAPE, (x + 27, top - 43))
    pen.rect(WHITE, x + 130, 230, 110, 90, radius=2)  # the kitchen window
    pen.rect((180, 198, 210), x + 136, 236, 98, 78)
    pen.rect(quiet(rng.choice(ACCENTS), 0.3), x + 136, 236, 98, 22)
    pen.rect(WHITE, x + 184, 236, 4, 78)
    pen.rect(darken((120, 110, 96), 0.1), x - 4, FLOOR - 8, 104, 12, radius=3)  # the mat
    if rng.random() < 0.6:
        plant(pen, x + 190, FLOOR + 6, 100, rng)


def _railing(pen: ScenePen, x: float, width: float) -> None:
    """The balustrade at the open end of the walkway, the view between its bars."""
    top = 420.0
    pen.rect(METAL, x, top, width - x, 10, radius=3)
    for bx in range(int(x) + 10, int(width), 26):
        pen.rect(darken(METAL, 0.1), bx, top + 10, 5, FLOOR - top - 10)
    pen.rect(darken((206, 204, 198), 0.1), x, FLOOR - 14, width - x, 14)


def _far_block(pen: ScenePen, x: float, rng: random.Random) -> None:
    """Another block of flats across the way, its own walkways as white bands."""
    w, top = 340.0, 190.0
    body = (200, 186, 170)
    pen.rect(body, x, top, w, FLOOR - top)
    for row in range(6):
        y = top + 20 + row * 52
        pen.rect(lighten(body, 0.3), x, y + 30, w, 8)
        for col in range(6):
            pen.rect(quiet(rng.choice(((150, 170, 190), (170, 186, 200))), 0.1),
                     x + 14 + col * 54, y, 36, 26)


# ---------------------------------------------------------------- neutral


def neutral(pen: ScenePen, width: float, rng: random.Random) -> None:
    """No recognisable place: a quiet editorial interior of arches and light."""
    paper = palette(False).paper
    wall = mix(rng.choice(WALLS), paper, 0.45)
    room(pen, width, wall, mix((196, 176, 150), paper, 0.35))
    colors = [mute(c, paper, 0.45) for c in rng.sample(ACCENTS, 3)]
    arch_x = width * rng.uniform(0.12, 0.22)
    pen.poly(colors[0], rounded_rect(arch_x, 150, 230, FLOOR - 150 + 30, 115))
    pen.circle(colors[1], width * rng.uniform(0.62, 0.72), 230, 120)
    pen.poly((255, 250, 236, 90), [(width * 0.42, 60), (width * 0.56, 60), (width * 0.66, FLOOR),
                                   (width * 0.5, FLOOR)])
    pen.rect(darken(wall, 0.08), width * 0.55, 380, 240, 14, radius=4)
    pen.rect(colors[2], width * 0.58, 330, 60, 50, radius=6)
    pen.circle(lighten(colors[1], 0.2), width * 0.67, 352, 26)
    plant(pen, arch_x + 115, FLOOR + 30, 220, rng, pot=lighten(colors[2], 0.2))
