"""Where people live: a living room, a kitchen table, a small bedroom, a new studio flat."""

from __future__ import annotations

import random

from game.ui.art.color import darken, lighten, mute
from game.ui.art.scenes.kit import (
    ACCENTS,
    DESIGN_H,
    FLOOR,
    INK_SHAPE,
    METAL,
    PAPER,
    WALLS,
    WHITE,
    WOOD,
    ScenePen,
    chair,
    curtains,
    drawing,
    frame_art,
    lamp_glow,
    mug,
    plant,
    quiet,
    room,
    sunbeam,
    wall_sheet,
    window,
)

# ---------------------------------------------------------------- living room


def living_room(pen: ScenePen, width: float, rng: random.Random) -> None:
    """A lived-in living room: a sofa with a blanket, a floor lamp, a television, photos."""
    wall = rng.choice(WALLS)
    room(pen, width, wall, (178, 146, 112))
    curtained_window(pen, width * 0.5, 150, 220, 230, rng)
    _photo_wall(pen, width * 0.1, 200, rng)
    _floor_lamp(pen, width * 0.005)
    rug(pen, width * 0.4, FLOOR + 100, width * 0.3, 56, rng)
    _sofa(pen, width * 0.08, rng)
    _coffee_table(pen, width * 0.44, rng)
    _tv_cabinet(pen, width * 0.76, rng)
    plant(pen, width * 0.965, FLOOR + 30, 160, rng)


def curtained_window(pen: ScenePen, x: float, y: float, w: float, h: float,
                     rng: random.Random) -> None:
    window(pen, x, y, w, h, rng, blinds=False)
    curtains(pen, x, y, w, h, mute(rng.choice(ACCENTS), (236, 230, 220), 0.35))


def rug(pen: ScenePen, cx: float, cy: float, rx: float, ry: float, rng: random.Random) -> None:
    color = mute(rng.choice(ACCENTS), (200, 190, 180), 0.4)
    pen.ellipse(color, cx, cy, rx, ry)
    pen.ellipse(lighten(color, 0.12), cx, cy, rx * 0.8, ry * 0.72)


def _photo_wall(pen: ScenePen, x: float, y: float, rng: random.Random) -> None:
    """Family photos in frames: people as simple shapes on a coloured ground."""
    for i, (dx, dy, w, h) in enumerate(((0, 0, 90, 70), (104, 10, 70, 90), (40, 86, 110, 70))):
        px, py = x + dx, y + dy
        pen.rect(darken(WOOD, 0.25), px - 5, py - 5, w + 10, h + 10, radius=2)
        ground = quiet(ACCENTS[(i + rng.randrange(6)) % 6], 0.3)
        pen.rect(ground, px, py, w, h)
        for k in range(1 + i % 2 + 1):
            cx = px + w * (0.3 + 0.35 * k) if i != 1 else px + w / 2
            pen.circle((236, 206, 180), cx, py + h * 0.42, h * 0.12)
            pen.rect(quiet(rng.choice(ACCENTS), 0.1), cx - h * 0.16, py + h * 0.58, h * 0.32,
                     h * 0.42, radius=4)
            if i == 1:
                break


def _floor_lamp(pen: ScenePen, x: float) -> None:
    lamp_glow(pen, x + 40, 250, 120)
    pen.rect(INK_SHAPE, x + 37, 270, 6, FLOOR - 250)
    pen.ellipse(INK_SHAPE, x + 40, FLOOR + 22, 26, 7)
    pen.poly((240, 224, 190), [(x + 10, 270), (x + 70, 270), (x + 58, 220), (x + 22, 220)])


def _sofa(pen: ScenePen, x: float, rng: random.Random) -> None:
    """A three-seat sofa, cushions and a folded blanket over one arm."""
    cloth = mute(rng.choice(((110, 130, 150), (150, 110, 100), (120, 140, 110), (170, 150, 120))),
                 (200, 190, 180), 0.2)
    w = 460.0
    pen.rect(darken(cloth, 0.12), x, 380, w, 150, radius=26)  # back
    pen.rect(cloth, x + 30, 440, w - 60, 70, radius=14)  # seat cushions
    for i in range(1, 3):
        pen.rect(darken(cloth, 0.1), x + 30 + (w - 60) * i / 3 - 2, 444, 4, 62)
    for side in (x - 14, x + w - 40):
        pen.rect(lighten(cloth, 0.06), side, 420, 54, 120, radius=20)  # arms
    pen.rect(darken(cloth, 0.25), x + 10, 530, w - 20, 14, radius=4)
    for lx in (x + 24, x + w - 34):
        pen.rect(darken(WOOD, 0.3), lx, 544, 10, 20)
    for i, color in enumerate(rng.sample(ACCENTS, 2)):
        pen.rect(quiet(color, 0.2), x + 60 + i * 250, 400, 96, 70, radius=18)
    blanket = quiet(rng.choice(ACCENTS), 0.15)
    pen.rect(blanket, x + w - 46, 400, 64, 110, radius=10)
    for k in range(3):
        pen.rect(lighten(blanket, 0.2), x + w - 46, 416 + k * 30, 64, 6)


def _coffee_table(pen: ScenePen, x: float, rng: random.Random) -> None:
    top = 560.0
    pen.rect(lighten(WOOD, 0.1), x, top, 230, 18, radius=6)
    for lx in (x + 16, x + 200):
        pen.rect(darken(WOOD, 0.2), lx, top + 18, 12, 50)
    mug(pen, x + 40, top, rng.choice(ACCENTS))
    pen.rect(quiet(rng.choice(ACCENTS), 0.2), x + 110, top - 10, 80, 10, radius=2)  # a magazine
    pen.ellipse((236, 220, 190), x + 190, top - 6, 22, 6)


def _tv_cabinet(pen: ScenePen, x: float, rng: random.Random) -> None:
    top = 460.0
    pen.rect(WOOD, x - 20, top, 200, FLOOR - top + 20, radius=4)
    pen.rect(darken(WOOD, 0.12), x - 10, top + 14, 86, 50, radius=3)
    pen.rect(darken(WOOD, 0.12), x + 84, top + 14, 86, 50, radius=3)
    pen.rect((40, 44, 52), x - 10, top - 120, 180, 110, radius=6)
    pen.rect((70, 84, 100), x - 4, top - 114, 168, 98, radius=4)
    pen.stroke((100, 116, 134), [(x + 10, top - 100), (x + 60, top - 40)], 4)
    pen.rect((40, 44, 52), x + 70, top - 10, 40, 10)
    pen.circle(rng.choice(ACCENTS), x + 140, top - 4, 4)


# ---------------------------------------------------------------- kitchen


def kitchen(pen: ScenePen, width: float, rng: random.Random) -> None:
    """A family kitchen: a fridge with drawings, units along the wall, a table with letters."""
    wall = rng.choice(WALLS)
    room(pen, width, wall, (190, 170, 150))
    _fridge(pen, width * 0.04, rng)
    _kitchen_units(pen, width * 0.24, width * 0.5, rng)
    window(pen, width * 0.34, 150, 190, 150, rng, blinds=False)
    _wall_calendar(pen, width * 0.8, 210)
    _kitchen_table(pen, width, rng)


def _fridge(pen: ScenePen, x: float, rng: random.Random) -> None:
    """A tall fridge, children's drawings held on by magnets."""
    w, top = 190.0, 150.0
    body = (236, 238, 236)
    pen.rect(darken(body, 0.1), x, top, w, FLOOR - top + 20, radius=12)
    pen.rect(body, x + 4, top + 4, w - 8, 150, radius=10)
    pen.rect(body, x + 4, top + 160, w - 8, FLOOR - top - 146, radius=10)
    pen.rect(METAL, x + w - 26, top + 100, 8, 44, radius=3)
    pen.rect(METAL, x + w - 26, top + 176, 8, 60, radius=3)
    drawing(pen, x + 20, top + 40, 78, 64, rng)
    drawing(pen, x + 92, top + 56, 72, 60, rng)
    pen.rect(PAPER, x + 34, top + 176, 60, 80)  # a school timetable
    pen.sign(x + 34, top + 176, 60, 80)
    for i in range(5):
        pen.rect((200, 196, 188), x + 40, top + 188 + i * 12, 48, 3)
    for mx, my in ((x + 58, top + 42), (x + 128, top + 58), (x + 64, top + 178)):
        pen.circle(rng.choice(ACCENTS), mx, my, 6)


def _kitchen_units(pen: ScenePen, x: float, w: float, rng: random.Random) -> None:
    """Upper cupboards, a worktop with a sink and a kettle, doors below."""
    front = quiet(rng.choice(((150, 180, 170), (170, 160, 196), (200, 170, 130), (120, 150, 180))),
                  0.15)
    top = 400.0
    pen.rect(darken(front, 0.1), x, 60, w, 80, radius=4)
    for i in range(4):
        pen.rect(front, x + 4 + i * w / 4, 64, w / 4 - 8, 72, radius=3)
        pen.rect(METAL, x + w / 8 + i * w / 4 - 12, 124, 24, 4, radius=2)
    pen.rect((222, 214, 200), x, 312, w, top - 312)  # the tiled splashback
    for i in range(int(w // 40) + 1):
        pen.rect(darken((222, 214, 200), 0.05), x + i * 40, 312, 2, top - 312)
    pen.rect(darken((222, 214, 200), 0.05), x, 356, w, 2)
    pen.rect((120, 112, 104), x - 6, top, w + 12, 16, radius=3)
    for i in range(int(w // 110)):
        pen.rect(front, x + 6 + i * 110, top + 20, 100, FLOOR - top - 10, radius=3)
        pen.rect(METAL, x + 46 + i * 110, top + 34, 20, 4, radius=2)
    pen.rect(METAL, x + w * 0.46, top - 6, 110, 8, radius=3)  # the sink and its tap
    tap = x + w * 0.5
    pen.stroke(METAL, [(tap, top - 6), (tap, top - 50), (tap + 26, top - 50), (tap + 26, top - 38)],
               5)
    kettle = rng.choice(ACCENTS)
    kx = x + w * 0.8
    pen.poly(kettle, [(kx, top), (kx + 6, top - 46), (kx + 40, top - 46), (kx + 46, top)])
    pen.rect(darken(kettle, 0.25), kx + 12, top - 56, 22, 10, radius=4)
    pen.stroke(darken(kettle, 0.2), [(kx + 42, top - 40), (kx + 58, top - 30), (kx + 44, top - 10)],
               4)
    pen.poly(kettle, [(kx + 4, top - 34), (kx - 14, top - 44), (kx - 10, top - 38),
                      (kx + 4, top - 26)])  # the spout
    pen.rect((200, 190, 170), x + w * 0.12, top - 26, 60, 26, radius=4)  # a bread bin


def _wall_calendar(pen: ScenePen, x: float, y: float) -> None:
    """A family calendar with a few days marked."""
    w, h = 120.0, 150.0
    wall_sheet(pen, x, y, w, h, (200, 110, 100), 30)
    for row in range(5):
        for col in range(5):
            cx, cy = x + 12 + col * 22, y + 44 + row * 20
            pen.rect((214, 210, 200), cx, cy, 16, 12, radius=2)
    pen.frame((200, 70, 70), x + 32, y + 82, 20, 16, 2, radius=3)
    pen.frame((70, 110, 180), x + 76, y + 102, 20, 16, 2, radius=3)


def _kitchen_table(pen: ScenePen, width: float, rng: random.Random) -> None:
    """The kitchen table in front: chairs, a fruit bowl and a stack of unopened letters."""
    seat = quiet(rng.choice(ACCENTS), 0.2)
    chair(pen, width * 0.36, 520, seat, facing=1)
    chair(pen, width * 0.9, 520, seat, facing=-1)
    top = 540.0
    x, w = width * 0.38, width * 0.48
    pen.rect(lighten(WOOD, 0.12), x, top, w, 22, radius=5)
    pen.rect(darken(WOOD, 0.05), x + 8, top + 22, w - 16, 10)
    for lx in (x + 20, x + w - 36):
        pen.rect(darken(WOOD, 0.2), lx, top + 32, 14, DESIGN_H - top)
    _letters(pen, x + w * 0.1, top)
    pen.ellipse(darken((230, 220, 200), 0.1), x + w * 0.7, top - 4, 56, 10)
    for i, color in enumerate(((230, 80, 70), (240, 190, 60), (120, 170, 80))):
        pen.circle(color, x + w * 0.7 - 26 + i * 24, top - 18 - (i % 2) * 6, 14)
    mug(pen, x + w * 0.48, top, rng.choice(ACCENTS))


def _letters(pen: ScenePen, x: float, top: float) -> None:
    """A pile of envelopes, some with an address window, the top one with a red stamp."""
    colors = (PAPER, (232, 236, 240), (236, 224, 200), PAPER, (240, 236, 226))
    for i in range(9):
        ex = x + (i * 17) % 34 - 6
        ey = top - 7 - i * 6
        pen.rect(darken(colors[i % len(colors)], 0.12), ex - 1, ey - 1, 112, 8, radius=1)
        pen.rect(colors[i % len(colors)], ex, ey, 110, 6, radius=1)
    y = top - 70
    pen.rect(darken(PAPER, 0.15), x + 2, y - 2, 118, 24, radius=2)
    pen.rect(PAPER, x + 4, y, 114, 20, radius=2)
    pen.rect((206, 220, 230), x + 16, y + 6, 44, 9)
    pen.rect((200, 70, 70), x + 94, y + 3, 16, 12)


# ---------------------------------------------------------------- bedroom with boxes


def bedroom(pen: ScenePen, width: float, rng: random.Random) -> None:
    """A small borrowed bedroom: a mattress, a lamp, and moving boxes, one with a cot in it."""
    wall = rng.choice(WALLS)
    room(pen, width, wall, (184, 156, 124))
    for i in range(int(width // 44) + 1):
        pen.rect(darken(wall, 0.035), i * 44 + 18, 26, 8, FLOOR - 40)
    curtained_window(pen, width * 0.54, 150, 200, 220, rng)
    frame_art(pen, width * 0.36, 210, 110, 84, rng)
    rug(pen, width * 0.6, FLOOR + 110, width * 0.26, 60, rng)
    _boxes(pen, width * 0.03, rng)
    _folding_table(pen, width * 0.32, rng)
    _mattress(pen, width * 0.46, min(420, width * 0.33), rng)
    _side_table(pen, width * 0.46 + min(420, width * 0.33) + 70, rng)


def _folding_table(pen: ScenePen, x: float, rng: random.Random) -> None:
    """A small folding table with two mugs: where the talk at the kitchen table happens."""
    top = 476.0
    pen.rect(lighten(WOOD, 0.15), x, top, 150, 14, radius=4)
    for a, b in ((x + 20, x + 120), (x + 120, x + 20)):
        pen.stroke(darken(WOOD, 0.25), [(a, top + 14), (b, FLOOR + 36)], 5)
    mug(pen, x + 30, top, rng.choice(ACCENTS))
    mug(pen, x + 94, top, rng.choice(ACCENTS))


def _mattress(pen: ScenePen, x: float, w: float, rng: random.Random) -> None:
    """A mattress on the floor against the wall: a pillow, a rumpled duvet."""
    top = 476.0
    pen.rect((236, 232, 224), x, top, w, 70, radius=14)
    pen.rect(darken((236, 232, 224), 0.08), x, top + 50, w, 20, radius=8)
    pen.rect((246, 246, 250), x + 16, top - 22, 110, 42, radius=18)
    duvet = mute(rng.choice(ACCENTS), (220, 220, 220), 0.2)
    pen.poly(duvet, [(x + 120, top - 8), (x + w * 0.6, top - 18), (x + w - 6, top - 4),
                     (x + w + 4, top + 56), (x + 110, top + 58)])
    pen.stroke(lighten(duvet, 0.2), [(x + 150, top + 10), (x + w * 0.6, top + 2),
                                     (x + w - 20, top + 16)], 5)


def _side_table(pen: ScenePen, x: float, rng: random.Random) -> None:
    pen.rect(WOOD, x - 40, 450, 80, 100, radius=4)
    pen.rect(darken(WOOD, 0.12), x - 32, 470, 64, 30, radius=3)
    pen.circle(darken(WOOD, 0.3), x, 485, 3)
    lamp_glow(pen, x, 380, 110)
    pen.rect(INK_SHAPE, x - 4, 396, 8, 54)
    pen.rect(darken(INK_SHAPE, 0.1), x - 20, 444, 40, 8, radius=3)
    shade = rng.choice(((238, 214, 170), (226, 206, 188), (214, 226, 214)))
    pen.poly(shade, [(x - 22, 350), (x + 22, 350), (x + 38, 398), (x - 38, 398)])


def _boxes(pen: ScenePen, x: float, rng: random.Random) -> None:
    """Moving boxes stacked high against the wall, and the flat box of a cot beside them."""
    stack = [(x, FLOOR + 40, 180, 130), (x + 14, FLOOR - 90, 150, 104),
             (x + 30, FLOOR - 194, 120, 86), (x + 170, FLOOR + 60, 120, 96)]
    _cot_box(pen, x + 196)
    for bx, by, bw, bh in stack:
        _moving_box(pen, bx, by - bh, bw, bh)
    bx, by, bw = stack[2][0], stack[2][1] - stack[2][3], stack[2][2]
    pen.poly(darken((200, 164, 118), 0.05), [(bx, by), (bx - 22, by - 30), (bx + bw * 0.4, by - 34),
                                             (bx + bw * 0.5, by)])  # an open flap
    pen.rect(rng.choice(ACCENTS), bx + bw * 0.55, by - 24, 40, 26, radius=4)  # a jumper on top


def _moving_box(pen: ScenePen, x: float, top: float, w: float, h: float) -> None:
    card, tape = (200, 164, 118), (222, 196, 150)
    pen.rect(darken(card, 0.1), x, top, w, h, radius=3)
    pen.rect(card, x + 3, top + 3, w - 6, h - 6, radius=2)
    pen.rect(tape, x + w / 2 - 10, top, 20, h * 0.45)
    pen.rect(tape, x + w * 0.1, top + h * 0.5, w * 0.4, h * 0.2, radius=2)
    pen.stroke(darken(card, 0.35), [(x + w * 0.14, top + h * 0.6), (x + w * 0.4, top + h * 0.6)],
               2.5)


def _cot_box(pen: ScenePen, x: float) -> None:
    """A flat box leaning on the wall, a picture of a cot printed on it: not built yet."""
    card = (212, 178, 132)
    top = 300.0
    pen.poly(darken(card, 0.15), [(x + 10, top), (x + 130, top - 6), (x + 136, FLOOR + 40),
                                  (x, FLOOR + 44)])
    pen.poly(card, [(x + 16, top + 4), (x + 126, top - 2), (x + 130, FLOOR + 36),
                    (x + 6, FLOOR + 40)])
    pen.rect(WHITE, x + 26, top + 40, 90, 80, radius=4)
    cot = (150, 120, 90)
    pen.rect(cot, x + 34, top + 64, 74, 6)
    pen.rect(cot, x + 34, top + 100, 74, 6)
    for i in range(6):
        pen.rect(cot, x + 38 + i * 13, top + 64, 3, 42)
    pen.rect(cot, x + 34, top + 54, 6, 60)
    pen.rect(cot, x + 102, top + 54, 6, 60)


# ---------------------------------------------------------------- studio flat


def studio_flat(pen: ScenePen, width: float, rng: random.Random) -> None:
    """A small new studio: a kitchenette, a big sunny window, a made bed and a baby's cot."""
    wall = (244, 238, 226)
    room(pen, width, wall, (206, 180, 146))
    for i in range(int(width // 70) + 1):  # light new floorboards
        pen.rect(darken((206, 180, 146), 0.05), i * 70 + 20, FLOOR + 6, 3, DESIGN_H)
    _kitchenette(pen, width * 0.02, rng)
    _sunny_window(pen, width * 0.42, 130, 300, 280, rng)
    _shower_door(pen, width * 0.3)
    frame_art(pen, width * 0.8, 220, 120, 90, rng)
    rug(pen, width * 0.62, FLOOR + 120, width * 0.22, 50, rng)
    _new_bed(pen, width * 0.68, rng)
    plant(pen, width * 0.42 + 30, 130 + 280 + 8, 90, rng, pot=(226, 222, 212))
    _cot(pen, width * 0.5, rng)


def _kitchenette(pen: ScenePen, x: float, rng: random.Random) -> None:
    """A one-metre kitchen block: a cupboard, two hot plates, a sink, a kettle."""
    w, top = 300.0, 420.0
    front = quiet(rng.choice(((176, 200, 190), (220, 214, 200), (190, 200, 220))), 0.05)
    pen.rect(darken(front, 0.08), x, 190, w, 86, radius=4)
    pen.rect(front, x + 4, 194, w / 2 - 6, 78, radius=3)
    pen.rect(front, x + w / 2 + 2, 194, w / 2 - 6, 78, radius=3)
    pen.rect((236, 234, 228), x, 300, w, top - 300)
    for i in range(int(w // 30) + 1):
        pen.rect(darken((236, 234, 228), 0.04), x + i * 30, 300, 2, top - 300)
    pen.rect((96, 96, 100), x - 4, top, w + 8, 16, radius=3)
    for i in range(2):
        pen.ellipse((40, 40, 44), x + 50 + i * 60, top + 2, 24, 5)
    pen.rect(METAL, x + 170, top - 4, 90, 8, radius=3)
    pen.stroke(METAL, [(x + 215, top - 4), (x + 215, top - 44), (x + 237, top - 44)], 5)
    pen.rect(front, x + 4, top + 20, w / 2 - 6, FLOOR - top - 12, radius=3)
    pen.rect(front, x + w / 2 + 2, top + 20, w / 2 - 6, FLOOR - top - 12, radius=3)
    kettle = rng.choice(ACCENTS)
    pen.rect(kettle, x + 120, top - 44, 36, 44, radius=8)
    mug(pen, x + 30, top, lighten(kettle, 0.2))


def _sunny_window(pen: ScenePen, x: float, y: float, w: float, h: float,
                  rng: random.Random) -> None:
    """The south-facing window: a clear sky, and sun falling across the floor."""
    window(pen, x, y, w, h, rng, blinds=False)
    pen.circle((255, 240, 190), x + w * 0.8, y + h * 0.2, 22)
    sunbeam(pen, (x, y + h), (x + w, y + h), 160, FLOOR + 150)
    pen.poly((255, 244, 206, 60), [(x + w * 0.1, FLOOR + 10), (x + w * 1.1, FLOOR + 10),
                                   (x + w * 1.35, FLOOR + 140), (x + w * 0.3, FLOOR + 140)])


def _shower_door(pen: ScenePen, x: float) -> None:
    """The door to the shower: frosted glass in a white frame."""
    top = 200.0
    pen.rect(darken(WHITE, 0.1), x - 6, top - 6, 112, FLOOR - top + 6, radius=3)
    pen.rect(WHITE, x, top, 100, FLOOR - top, radius=2)
    pen.rect((214, 228, 234), x + 16, top + 20, 68, 200, radius=3)
    pen.stroke((236, 244, 248), [(x + 26, top + 80), (x + 60, top + 30)], 4)
    pen.rect(METAL, x + 80, top + 250, 14, 6, radius=2)


def _new_bed(pen: ScenePen, x: float, rng: random.Random) -> None:
    """A new bed, neatly made, with a crisp duvet and two pillows."""
    w, top = 390.0, 430.0
    frame = (220, 200, 170)
    pen.rect(darken(frame, 0.1), x + w - 24, 330, 24, FLOOR - 310, radius=6)
    pen.rect(WHITE, x, top, w - 20, 56, radius=10)
    for i in range(2):
        pen.rect((250, 250, 252), x + w - 150 + i * 60, top - 34, 56, 40, radius=14)
    duvet = quiet(rng.choice(((140, 180, 200), (200, 170, 160), (170, 196, 160))), 0.05)
    pen.rect(duvet, x, top - 6, w - 170, 68, radius=12)
    pen.rect(lighten(duvet, 0.3), x, top + 14, w - 170, 8)
    pen.rect(frame, x - 10, top + 56, w - 6, 22, radius=5)
    for lx in (x, x + w - 40):
        pen.rect(darken(frame, 0.2), lx, top + 78, 12, FLOOR + 30 - top - 78)


def _cot(pen: ScenePen, x: float, rng: random.Random) -> None:
    """A baby's cot, built and ready, a mobile hanging over it."""
    w, top = 170.0, 430.0
    wood = (236, 226, 210)
    pen.rect(darken(wood, 0.1), x, top, 10, FLOOR - top + 30)
    pen.rect(darken(wood, 0.1), x + w - 10, top, 10, FLOOR - top + 30)
    pen.rect(quiet(rng.choice(ACCENTS), 0.3), x + 10, top + 60, w - 20, 40, radius=4)
    for i in range(9):
        pen.rect(wood, x + 16 + i * 17.5, top + 8, 6, 100)
    pen.rect(wood, x, top, w, 10, radius=3)
    pen.rect(wood, x, top + 104, w, 10, radius=3)
    arm = x + w - 14
    pen.stroke(darken(wood, 0.3), [(arm, top), (arm, top - 90), (x + w / 2, top - 90)], 3)
    for i, color in enumerate(((240, 190, 80), (130, 180, 220), (230, 140, 140))):
        hx = x + w / 2 - 30 + i * 30
        pen.stroke(darken(wood, 0.3), [(hx, top - 90), (hx, top - 60 - (i % 2) * 10)], 1.5)
        pen.circle(color, hx, top - 54 - (i % 2) * 10, 8)


