"""The pieces every scene is built from: the room, windows, plants, lamps, signs.

Scenes are laid out in a design space 720 units high and as wide as the
aspect asks (1280 at 16:9, where a unit is a pixel of the game's logical
screen). Two bands of that screen are mostly covered while a person speaks,
and scenes are composed around them:

- the HUD along the top: nothing that reads as information (a number, a
  sign, a clock, a poster) starts above ``INFO_TOP``, so it is never half
  hidden behind a HUD card at any text size (``ScenePen.sign`` records such
  details so a test can hold every scene to that);
- the dialogue card on the right two thirds below the name plate: what
  tells the place at a glance stands in the left column (``LEFT_COLUMN``),
  above the portrait's head, or high enough in the middle to show above it.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

import pygame

from game.ui.art.color import RGB, darken, lighten, mix, mute
from game.ui.art.fonts import load_font
from game.ui.art.shapes import Pen, Point, leaf, rounded_rect

DESIGN_H = 720
FLOOR = 540.0
INFO_TOP = 184.0  # the lowest the HUD reaches at the largest text size is 168
LEFT_COLUMN = 384.0  # the part left of the dialogue card, at 16:9

WALLS: tuple[RGB, ...] = ((228, 219, 202), (208, 216, 202), (214, 221, 226), (232, 214, 202),
                          (222, 222, 208))
ACCENTS: tuple[RGB, ...] = ((118, 168, 162), (222, 184, 104), (220, 140, 118), (130, 160, 200),
                            (166, 134, 168), (150, 180, 120))
GREENS: tuple[RGB, ...] = ((112, 152, 108), (88, 130, 98), (140, 172, 116))
WOOD: RGB = (190, 150, 110)
WHITE: RGB = (246, 243, 236)
FRAME: RGB = (236, 232, 224)
INK_SHAPE: RGB = (74, 88, 112)
METAL: RGB = (168, 174, 182)
PAPER: RGB = (250, 248, 242)


class ScenePen(Pen):
    """A pen that also notes where the scene draws information-like details."""

    def __init__(self, surface: pygame.Surface, scale: float) -> None:
        super().__init__(surface, scale)
        self.signs: list[tuple[float, float, float, float]] = []

    def sign(self, x: float, y: float, w: float, h: float) -> None:
        """Note a detail that reads as information: it must stay clear of the HUD."""
        self.signs.append((x, y, w, h))


# ---------------------------------------------------------------- walls and floors


def room(pen: Pen, width: float, wall: RGB, floor: RGB) -> None:
    """A back wall with a ceiling edge and a skirting, and a floor with a little depth."""
    pen.rect(wall, 0, 0, width, FLOOR)
    pen.rect(lighten(wall, 0.12), 0, 0, width, 26)
    pen.rect(darken(wall, 0.06), 0, FLOOR - 14, width, 14)
    pen.rect(floor, 0, FLOOR, width, DESIGN_H - FLOOR)
    pen.rect(darken(floor, 0.06), 0, FLOOR, width, 6)
    for i in range(1, 5):
        y = FLOOR + i * i * 12
        pen.rect(darken(floor, 0.04), 0, y, width, 2)


def tiled_floor(pen: Pen, width: float, color: RGB, tile: float = 80) -> None:
    """Square tiles or linoleum squares, seen from a little above."""
    pen.rect(color, 0, FLOOR, width, DESIGN_H - FLOOR)
    pen.rect(darken(color, 0.08), 0, FLOOR, width, 5)
    line = darken(color, 0.06)
    for i in range(1, 5):
        pen.rect(line, 0, FLOOR + i * i * 11, width, 2)
    for i in range(int(width // tile) + 2):
        x = i * tile
        pen.stroke(line, [(x, FLOOR + 5), (x + (x - width / 2) * 0.35, DESIGN_H)], 2)


def wainscot(pen: Pen, width: float, top: float, color: RGB) -> None:
    """Wooden panelling on the lower part of the wall, with a rail on top."""
    pen.rect(color, 0, top, width, FLOOR - top)
    pen.rect(lighten(color, 0.15), 0, top - 8, width, 10)
    step = 150.0
    for i in range(int(width // step) + 1):
        x = 20 + i * step
        pen.frame(darken(color, 0.12), x, top + 20, step - 40, FLOOR - top - 44, 3, radius=3)


def ceiling_lights(pen: Pen, width: float, color: RGB = (250, 248, 240)) -> None:
    """Flat light panels along the ceiling edge."""
    for i in range(int(width // 320) + 1):
        pen.rect(color, 60 + i * 320, 0, 200, 14, radius=4)


# ---------------------------------------------------------------- windows and sky


def sky(pen: Pen, x: float, y: float, w: float, h: float) -> None:
    top, low = (196, 220, 232), (236, 232, 220)
    bands = 8
    for i in range(bands):
        pen.rect(mix(top, low, i / (bands - 1)), x, y + h * i / bands, w, h / bands + 1)


def window(pen: Pen, x: float, y: float, w: float, h: float, rng: random.Random,
           blinds: bool = True) -> None:
    pen.rect(darken(FRAME, 0.08), x - 10, y - 10, w + 20, h + 20, radius=4)
    pen.rect(FRAME, x - 8, y - 8, w + 16, h + 16, radius=4)
    sky(pen, x, y, w, h)
    cloud(pen, x + w * rng.uniform(0.2, 0.6), y + h * 0.25, w * 0.12)
    rooftops(pen, x, y + h * 0.62, w, h * 0.38, rng)
    pen.rect(FRAME, x + w / 2 - 5, y, 10, h)
    pen.rect(FRAME, x, y + h * 0.42, w, 9)
    pen.rect(lighten(FRAME, 0.3), x - 22, y + h + 8, w + 44, 14, radius=3)
    if blinds:
        for i in range(9):
            pen.rect(lighten(FRAME, 0.2) if i % 2 else FRAME, x, y + i * 9, w, 9)
        pen.rect(darken(FRAME, 0.12), x, y + 81, w, 4)


def cloud(pen: Pen, cx: float, cy: float, r: float) -> None:
    for dx, dy, k in ((0, 0, 1.0), (-0.9, 0.25, 0.7), (0.9, 0.25, 0.75), (0.3, -0.35, 0.7)):
        pen.circle((250, 250, 248), cx + dx * r, cy + dy * r, r * k)


def rooftops(pen: Pen, x: float, y: float, w: float, h: float, rng: random.Random,
             color: RGB = (184, 196, 208)) -> None:
    cursor = x
    while cursor < x + w:
        bw = min(rng.uniform(0.14, 0.24) * w, x + w - cursor)
        top = y + rng.uniform(0.0, 0.4) * h
        pen.rect(color, cursor, top, bw, y + h - top)
        if bw > 20:
            peak = [(cursor, top), (cursor + bw / 2, top - rng.uniform(10, 24)), (cursor + bw, top)]
            pen.poly(color, peak)
        cursor += bw
    pen.rect(darken(color, 0.05), x, y + h * 0.8, w, h * 0.2)


def curtains(pen: Pen, x: float, y: float, w: float, h: float, cloth: RGB) -> None:
    """A curtain rail over a window and a curtain drawn aside at each end."""
    pen.rect(INK_SHAPE, x - 60, y - 30, w + 120, 6, radius=3)
    for side_x in (x - 60, x + w - 10):
        pen.rect(cloth, side_x, y - 26, 70, h + 60, radius=6)
        for i in range(3):
            pen.rect(darken(cloth, 0.08), side_x + 12 + i * 20, y - 20, 5, h + 50, radius=2)


def sunbeam(pen: Pen, top_left: Point, top_right: Point, spread: float, floor: float) -> None:
    """Warm light falling from a window onto the floor."""
    (x1, y1), (x2, y2) = top_left, top_right
    pen.poly((255, 244, 206, 70), [(x1, y1), (x2, y2), (x2 + spread, floor), (x1 + spread, floor)])


# ---------------------------------------------------------------- furniture and things


def plant(pen: Pen, x: float, base: float, size: float, rng: random.Random,
          pot: RGB = (198, 126, 96)) -> None:
    """A potted plant standing with its pot's bottom at base."""
    pot_w, pot_h = size * 0.5, size * 0.42
    greens = rng.sample(GREENS, 2)
    for i in range(9):
        angle = -90 + (i - 4) * 19 + rng.uniform(-6, 6)
        length = size * rng.uniform(0.55, 0.85)
        pen.poly(greens[i % 2], leaf((x, base - pot_h), angle, length, size * 0.11))
    pen.poly(pot, [(x - pot_w / 2, base - pot_h), (x + pot_w / 2, base - pot_h),
                   (x + pot_w * 0.38, base), (x - pot_w * 0.38, base)])
    pen.rect(darken(pot, 0.12), x - pot_w / 2 - 2, base - pot_h, pot_w + 4, pot_h * 0.16)


def frame_art(pen: Pen, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """A framed abstract print: circles and blocks, no message."""
    pen.rect(darken(WOOD, 0.2), x - 6, y - 6, w + 12, h + 12, radius=2)
    pen.rect(WHITE, x, y, w, h)
    colors = rng.sample(ACCENTS, 3)
    pen.circle(colors[0], x + w * 0.35, y + h * 0.45, h * 0.26)
    pen.rect(colors[1], x + w * 0.5, y + h * 0.3, w * 0.32, h * 0.5)
    pen.poly(colors[2], [(x + w * 0.15, y + h * 0.85), (x + w * 0.45, y + h * 0.55),
                         (x + w * 0.7, y + h * 0.85)])


def clock(pen: ScenePen, cx: float, cy: float, r: float) -> None:
    pen.sign(cx - r - 4, cy - r - 4, 2 * r + 8, 2 * r + 8)
    pen.circle(INK_SHAPE, cx, cy, r + 4)
    pen.circle(WHITE, cx, cy, r)
    for i in range(12):
        a = math.radians(i * 30)
        pen.circle(INK_SHAPE, cx + math.cos(a) * r * 0.8, cy + math.sin(a) * r * 0.8, 1.6)
    pen.stroke(INK_SHAPE, [(cx, cy), (cx + r * 0.45, cy - r * 0.2)], 3)
    pen.stroke(INK_SHAPE, [(cx, cy), (cx - r * 0.1, cy - r * 0.7)], 2.2)


def lamp_glow(pen: Pen, cx: float, cy: float, r: float) -> None:
    for k, alpha in ((1.0, 26), (0.7, 30), (0.4, 40)):
        pen.circle((255, 236, 190, alpha), cx, cy, r * k)


def pendant(pen: Pen, x: float, y: float) -> None:
    """A lamp hanging from the ceiling on a cord."""
    pen.stroke(INK_SHAPE, [(x, 0), (x, y - 30)], 2)
    lamp_glow(pen, x, y + 10, 90)
    pen.poly(INK_SHAPE, [(x - 14, y - 30), (x + 14, y - 30), (x + 44, y), (x - 44, y)])
    pen.ellipse((255, 238, 200), x, y, 30, 6)


def text(pen: Pen, words: str, size: float, color: RGB, at: Point) -> None:
    font = load_font(max(6, round(size * pen.scale)), bold=True)
    pen.surface.blit(font.render(words, True, color), pen.px(*at))


def chair(pen: Pen, x: float, seat_y: float, color: RGB, facing: int = 0) -> None:
    """A simple chair seen from the front (facing 0) or from the side (-1 / 1)."""
    leg = darken(color, 0.35)
    if facing == 0:
        pen.rect(darken(color, 0.1), x - 36, seat_y - 80, 72, 76, radius=14)
        pen.rect(color, x - 40, seat_y - 8, 80, 18, radius=7)
        for lx in (x - 32, x + 26):
            pen.rect(leg, lx, seat_y + 10, 6, FLOOR + 30 - seat_y)
        return
    back_x = x - facing * 30
    pen.rect(darken(color, 0.1), back_x - 7, seat_y - 78, 14, 84, radius=6)
    pen.rect(color, x - 34, seat_y - 6, 68, 16, radius=6)
    for lx in (x - 28, x + 22):
        pen.rect(leg, lx, seat_y + 10, 6, FLOOR + 30 - seat_y)


def table(pen: Pen, x: float, top: float, w: float, color: RGB = WOOD,
          legs: bool = True) -> None:
    """A plain table: a top with an edge, and two legs."""
    pen.rect(lighten(color, 0.18), x, top, w, 20, radius=5)
    pen.rect(darken(color, 0.06), x + 6, top + 20, w - 12, 8)
    if legs:
        for lx in (x + 18, x + w - 30):
            pen.rect(darken(color, 0.2), lx, top + 28, 12, FLOOR + 40 - top)


def mug(pen: Pen, x: float, base: float, color: RGB) -> None:
    pen.rect(color, x, base - 30, 22, 30, radius=4)
    pen.frame(color, x + 17, base - 25, 12, 15, 3, radius=5)


def papers(pen: Pen, x: float, base: float, count: int, w: float = 70) -> None:
    """A small stack of paper on a table top."""
    for i in range(count):
        pen.rect(darken(PAPER, 0.03 * (i % 3)), x + (i % 2) * 4, base - 5 - i * 5, w, 5)


def wall_sheet(pen: ScenePen, x: float, y: float, w: float, h: float, head: RGB,
               head_h: float) -> None:
    """A sheet of paper on the wall with a coloured head band (a notice, a chart, a calendar)."""
    pen.sign(x, y, w, h)
    pen.rect(darken(PAPER, 0.12), x - 2, y - 2, w + 4, h + 4, radius=2)
    pen.rect(PAPER, x, y, w, h)
    pen.rect(head, x, y, w, head_h)


def poster(pen: ScenePen, x: float, y: float, w: float, h: float, tint: RGB,
           lines: int = 3) -> None:
    """A sheet on the wall with a coloured head and a few grey text lines."""
    wall_sheet(pen, x, y, w, h, tint, h * 0.3)
    for i in range(lines):
        pen.rect((200, 196, 188), x + w * 0.12, y + h * (0.42 + i * 0.16), w * (0.76 - 0.12 * i), 4)


def drawing(pen: ScenePen, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """A child's drawing: a sun, a house or a person in bright crayon on white paper."""
    pen.sign(x, y, w, h)
    pen.rect(darken(PAPER, 0.1), x - 2, y - 2, w + 4, h + 4)
    pen.rect(PAPER, x, y, w, h)
    crayons = ((232, 84, 76), (70, 130, 210), (250, 190, 40), (80, 170, 90), (170, 90, 190))
    subject = rng.randrange(3)
    a, b = rng.sample(crayons, 2)
    if subject == 0:  # sun over grass
        pen.circle((250, 190, 40), x + w * 0.7, y + h * 0.3, w * 0.14)
        pen.rect((80, 170, 90), x + w * 0.05, y + h * 0.78, w * 0.9, h * 0.12)
        pen.stroke(a, [(x + w * 0.2, y + h * 0.78), (x + w * 0.25, y + h * 0.5)], 2.5)
        pen.circle(a, x + w * 0.25, y + h * 0.45, w * 0.07)
    elif subject == 1:  # a house
        pen.rect(a, x + w * 0.25, y + h * 0.45, w * 0.5, h * 0.4)
        pen.poly(b, [(x + w * 0.18, y + h * 0.47), (x + w * 0.5, y + h * 0.18),
                     (x + w * 0.82, y + h * 0.47)])
        pen.rect(PAPER, x + w * 0.43, y + h * 0.62, w * 0.14, h * 0.23)
    else:  # two people holding hands
        for px, color in ((0.32, a), (0.66, b)):
            cx = x + w * px
            pen.circle(color, cx, y + h * 0.3, w * 0.08)
            pen.stroke(color, [(cx, y + h * 0.38), (cx, y + h * 0.66)], 3)
            pen.stroke(color, [(cx - w * 0.1, y + h * 0.9), (cx, y + h * 0.66),
                               (cx + w * 0.1, y + h * 0.9)], 3)
        pen.stroke(a, [(x + w * 0.32, y + h * 0.5), (x + w * 0.66, y + h * 0.5)], 2.5)


def shelf_of_books(pen: Pen, x: float, y: float, w: float, rng: random.Random,
                   height: float = 60) -> None:
    """One shelf board with a row of book spines standing on it."""
    cursor = x + 6
    while cursor < x + w - 24:
        bw = rng.uniform(12, 22)
        bh = height - rng.uniform(4, 20)
        pen.rect(rng.choice(ACCENTS), cursor, y - bh, bw, bh, radius=2)
        cursor += bw + rng.uniform(1, 3)
    pen.rect(darken(WOOD, 0.1), x, y, w, 8, radius=2)


def quiet(color: RGB, amount: float = 0.3) -> RGB:
    """A scene colour pulled toward the warm paper, so the art stays calm."""
    return mute(color, (236, 230, 220), amount)


def polyline_box(points: Sequence[Point]) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)


def soft_rect(pen: Pen, color: RGB, x: float, y: float, w: float, h: float, r: float) -> None:
    """A rounded rectangle drawn as a polygon (cleaner corners at small sizes)."""
    pen.poly(color, rounded_rect(x, y, w, h, r))
