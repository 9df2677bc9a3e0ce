"""Care and school: a maternity ward, a midwife's practice, a room in a school."""

from __future__ import annotations

import random

from game.ui.art.color import RGB, darken, lighten
from game.ui.art.scenes.kit import (
    ACCENTS,
    FLOOR,
    FRAME,
    INK_SHAPE,
    METAL,
    PAPER,
    WHITE,
    WOOD,
    ScenePen,
    chair,
    drawing,
    papers,
    plant,
    quiet,
    rooftops,
    room,
    shelf_of_books,
    sky,
    table,
    text,
    tiled_floor,
    wall_sheet,
    window,
)
from game.ui.art.shapes import polygon_ellipse, quad

MINT: RGB = (212, 230, 222)
HOSPITAL_BLUE: RGB = (150, 186, 206)

# ---------------------------------------------------------------- maternity ward


def hospital_ward(pen: ScenePen, width: float, rng: random.Random) -> None:
    """A room on a maternity ward: a hospital bed, a drip, a monitor, a see-through cot."""
    wall = rng.choice((MINT, (214, 226, 232), (222, 230, 220)))
    room(pen, width, wall, (196, 200, 196))
    tiled_floor(pen, width, (204, 208, 202), 120)
    pen.rect(lighten(wall, 0.25), 0, 330, width, 14)  # the bumper rail along the wall
    pen.rect(darken(wall, 0.08), 0, 344, width, 3)
    window(pen, width * 0.66, 150, width * 0.17, 200, rng)
    _privacy_curtain(pen, width * 0.015, rng)
    _wall_monitor(pen, width * 0.13, 200)
    _bed_head_panel(pen, width * 0.27, 214)
    _drip_stand(pen, width * 0.26)
    _hospital_bed(pen, width * 0.3, rng)
    _bassinet(pen, width * 0.68)
    _visitor_chair(pen, width * 0.9, rng)


def _privacy_curtain(pen: ScenePen, x: float, rng: random.Random) -> None:
    """The curtain on its ceiling rail, pulled back against the wall."""
    cloth = quiet(rng.choice(((150, 190, 200), (190, 170, 200), (170, 200, 170))), 0.2)
    pen.rect(METAL, 0, 60, x + 520, 8, radius=3)
    pen.rect(cloth, x, 68, 110, FLOOR - 40, radius=8)
    for i in range(4):
        pen.rect(darken(cloth, 0.08), x + 12 + i * 24, 74, 6, FLOOR - 56, radius=3)
    pen.rect(lighten(cloth, 0.3), x, 68, 110, 26, radius=4)  # the mesh band on top


def _wall_monitor(pen: ScenePen, x: float, y: float) -> None:
    """A vital-signs monitor on a wall arm: a heart line, a pulse and a saturation figure."""
    w, h = 130.0, 96.0
    pen.sign(x, y, w, h)
    pen.rect(METAL, x + w / 2 - 6, y + h, 12, 40)
    pen.rect((60, 64, 72), x, y, w, h, radius=8)
    pen.rect((24, 32, 38), x + 7, y + 7, w - 14, h - 14, radius=5)
    line = [(x + 14, y + 40), (x + 34, y + 40), (x + 40, y + 26), (x + 46, y + 54),
            (x + 52, y + 40), (x + 84, y + 40), (x + 90, y + 26), (x + 96, y + 54),
            (x + 102, y + 40), (x + 116, y + 40)]
    pen.stroke((110, 220, 140), line, 2.4)
    pen.rect((250, 200, 90), x + 16, y + 64, 30, 12, radius=2)
    pen.rect((120, 200, 240), x + 56, y + 64, 24, 12, radius=2)
    pen.circle((240, 110, 110), x + 106, y + 70, 5)


def _bed_head_panel(pen: ScenePen, x: float, y: float) -> None:
    """The wall rail above a hospital bed: a reading light, gas outlets and sockets."""
    w = 300.0
    pen.rect((232, 234, 236), x, y, w, 56, radius=6)
    pen.rect(darken((232, 234, 236), 0.1), x, y + 48, w, 8, radius=3)
    pen.rect((252, 246, 220), x + 20, y + 10, 90, 16, radius=6)
    for i, color in enumerate(((90, 150, 90), (240, 240, 240), (230, 190, 70))):
        cx = x + 150 + i * 34
        pen.circle(darken(color, 0.25), cx, y + 24, 11)
        pen.circle(color, cx, y + 24, 8)
    for i in range(2):
        pen.rect(WHITE, x + 252 + i * 22, y + 14, 16, 20, radius=3)


def _hospital_bed(pen: ScenePen, x: float, rng: random.Random) -> None:
    """A hospital bed with its back rest raised, a side rail, wheels and a white sheet."""
    frame, dark = (214, 218, 224), (120, 128, 140)
    w, top = 400.0, 430.0
    pen.rect(dark, x, top - 160, 16, 210, radius=6)  # the headboard
    pen.rect(lighten(dark, 0.35), x + 3, top - 154, 10, 196, radius=4)
    pen.rect(dark, x + w - 18, top - 70, 16, 120, radius=6)  # the foot board
    # the mattress: a raised back rest, then flat to the foot
    pen.poly((236, 238, 240), [(x + 16, top - 4), (x + 52, top - 118), (x + 86, top - 106),
                               (x + 70, top - 4)])
    pen.rect((236, 238, 240), x + 16, top - 16, w - 36, 34, radius=8)
    pen.poly(WHITE, [(x + 50, top - 110), (x + 84, top - 100), (x + 74, top - 64),
                     (x + 40, top - 74)])  # the pillow
    blanket = quiet(rng.choice(((150, 186, 206), (206, 170, 180), (180, 200, 170))), 0.1)
    pen.rect(blanket, x + 120, top - 24, w - 140, 44, radius=12)
    pen.rect(lighten(blanket, 0.25), x + 120, top - 24, 30, 44, radius=10)
    pen.rect(WHITE, x + 70, top - 18, 56, 36, radius=8)  # the sheet folded over
    # the side rail, the frame, the wheels
    pen.frame(frame, x + 60, top - 2, 200, 34, 5, radius=6)
    pen.rect(dark, x + 8, top + 22, w - 16, 14, radius=5)
    pen.rect(frame, x + 30, top + 36, w - 60, 8, radius=3)
    for lx in (x + 40, x + w - 60):
        pen.rect(dark, lx, top + 36, 12, FLOOR - top - 16)
        pen.circle((60, 64, 72), lx + 6, FLOOR + 30, 12)
        pen.circle(METAL, lx + 6, FLOOR + 30, 5)


def _drip_stand(pen: ScenePen, x: float) -> None:
    """A drip on a wheeled stand: a bag of fluid and a line to the bed."""
    pen.rect(METAL, x - 3, 210, 6, FLOOR - 160)
    pen.rect(METAL, x - 30, 214, 60, 5, radius=2)
    for dx in (-34, -12, 12, 34):
        pen.stroke((110, 116, 126), [(x, FLOOR + 50), (x + dx, FLOOR + 62)], 4)
    bag = [(x - 22, 226), (x + 2, 226), (x + 6, 290), (x - 10, 304), (x - 26, 290)]
    pen.poly((226, 238, 244), bag)
    pen.poly((196, 222, 236), [(x - 22, 262), (x + 4, 262), (x + 6, 290), (x - 10, 304),
                               (x - 26, 290)])
    pen.stroke((200, 210, 220), quad((x - 10, 304), (x + 10, 400), (x + 90, 410), 12), 2)


def _bassinet(pen: ScenePen, x: float) -> None:
    """The see-through cot on a trolley next to the bed, a small blanket inside."""
    w, top = 160.0, 398.0
    pen.rect(METAL, x + 14, top + 66, 10, FLOOR - top - 40)
    pen.rect(METAL, x + w - 24, top + 66, 10, FLOOR - top - 40)
    pen.rect(darken(METAL, 0.1), x + 4, top + 120, w - 8, 10, radius=4)
    for lx in (x + 19, x + w - 19):
        pen.circle((60, 64, 72), lx, FLOOR + 30, 10)
    pen.rect((206, 226, 236), x, top, w, 70, radius=10)
    pen.rect((226, 240, 246, 200), x + 6, top + 6, w - 12, 58, radius=8)
    pen.rect((246, 210, 220), x + 30, top + 22, w - 60, 30, radius=10)  # a pink blanket
    pen.circle((244, 222, 204), x + 42, top + 30, 12)
    pen.rect(PAPER, x + w - 50, top + 8, 34, 20, radius=3)  # the name card


def _visitor_chair(pen: ScenePen, x: float, rng: random.Random) -> None:
    seat = quiet(rng.choice(ACCENTS), 0.2)
    chair(pen, x, 470, seat)
    pen.rect(darken(seat, 0.1), x - 50, 420, 12, 60, radius=5)
    pen.rect(darken(seat, 0.1), x + 38, 420, 12, 60, radius=5)


# ---------------------------------------------------------------- midwife's practice


def midwife_practice(pen: ScenePen, width: float, rng: random.Random) -> None:
    """A midwife's consulting room: a pregnancy poster, a couch, a scan screen, a baby scale."""
    wall = quiet(rng.choice(((238, 222, 214), (226, 228, 214), (230, 220, 230))), 0.05)
    room(pen, width, wall, (194, 176, 156))
    _pregnancy_poster(pen, width * 0.05, 198, rng)
    _growth_chart(pen, width * 0.18, 198)
    window(pen, width * 0.72, 150, width * 0.16, 200, rng)
    _wall_cabinet(pen, width * 0.36, 206, rng)
    _examination_couch(pen, width * 0.34, rng)
    _scan_cart(pen, width * 0.62)
    _baby_scale(pen, width * 0.04)
    plant(pen, width * 0.93, FLOOR + 40, 180, rng)


def _pregnancy_poster(pen: ScenePen, x: float, y: float, rng: random.Random) -> None:
    """A poster of a pregnant woman in profile, a hand under her round belly."""
    w, h = 124.0, 176.0
    pen.sign(x, y, w, h)
    tint = rng.choice(((244, 220, 210), (214, 232, 228), (236, 228, 242)))
    pen.rect(darken(PAPER, 0.12), x - 3, y - 3, w + 6, h + 6, radius=3)
    pen.rect(tint, x, y, w, h)
    body = rng.choice(((196, 112, 118), (90, 130, 160), (120, 150, 110)))
    cx = x + w * 0.4
    pen.circle(body, cx, y + 30, 15)  # head
    pen.circle(body, cx - 13, y + 24, 8)  # a bun of hair
    pen.rect(body, cx - 6, y + 42, 12, 10)  # neck
    pen.poly(body, [(cx - 14, y + 50), (cx + 12, y + 50), (cx + 16, y + 78), (cx + 10, y + 84),
                    (cx - 12, y + 84)])  # chest
    pen.ellipse(body, cx + 14, y + 102, 32, 30)  # the belly
    pen.poly(body, [(cx - 14, y + 80), (cx + 10, y + 80), (cx + 12, y + 126), (cx + 8, y + 166),
                    (cx - 10, y + 166), (cx - 16, y + 120)])  # hips and legs
    pen.circle(lighten(body, 0.55), cx + 18, y + 102, 17)  # the baby, curled up
    pen.circle(lighten(body, 0.35), cx + 24, y + 94, 7)
    pen.stroke(darken(body, 0.15), [(cx - 4, y + 58), (cx + 2, y + 92), (cx + 26, y + 128)], 6)
    pen.rect(PAPER, x + 10, y + h - 12, w - 20, 5, radius=2)


def _growth_chart(pen: ScenePen, x: float, y: float) -> None:
    """A chart of the weeks of pregnancy: a row of growing circles."""
    w, h = 110.0, 120.0
    wall_sheet(pen, x, y, w, h, (130, 170, 190), 22)
    for i in range(4):
        r = 5 + i * 4
        pen.circle((236, 160, 150), x + 16 + i * 26, y + 70, r)
    for i in range(3):
        pen.rect((200, 196, 188), x + 12, y + 96 + i * 8, w - 30 - i * 14, 3)


def _wall_cabinet(pen: ScenePen, x: float, y: float, rng: random.Random) -> None:
    """A white cabinet over a small sink, a box of gloves and a dispenser beside it."""
    w = 230.0
    pen.rect(darken(WHITE, 0.08), x, y, w, 90, radius=4)
    pen.rect(WHITE, x + 4, y + 4, w / 2 - 6, 82, radius=3)
    pen.rect(WHITE, x + w / 2 + 2, y + 4, w / 2 - 6, 82, radius=3)
    pen.rect(METAL, x + w / 2 - 12, y + 40, 4, 18)
    pen.rect(METAL, x + w / 2 + 8, y + 40, 4, 18)
    pen.rect(quiet(rng.choice(ACCENTS), 0.2), x + w + 20, y + 30, 44, 30, radius=4)
    pen.rect((250, 250, 250), x + w + 20, y + 70, 30, 60, radius=6)
    pen.rect(METAL, x + w + 30, y + 130, 10, 8)


def _examination_couch(pen: ScenePen, x: float, rng: random.Random) -> None:
    """A treatment couch with a roll of paper over it, its head end raised."""
    vinyl = quiet(rng.choice(((110, 150, 170), (150, 120, 150), (110, 150, 120))), 0.1)
    w, top = 420.0, 430.0
    pen.poly(darken(vinyl, 0.1), [(x, top), (x + 30, top - 110), (x + 90, top - 110),
                                  (x + 110, top)])
    pen.rect(vinyl, x, top, w, 34, radius=10)
    pen.rect(PAPER, x + 70, top - 4, w - 110, 16, radius=4)  # the paper strip
    pen.ellipse(PAPER, x + w - 24, top + 10, 14, 18)  # the roll at the foot
    pen.rect((230, 230, 232), x + 30, top + 34, w - 60, 28, radius=4)
    for lx in (x + 40, x + w - 60):
        pen.rect((150, 156, 166), lx, top + 62, 20, FLOOR - top - 30)
    pen.rect((196, 200, 206), x + 130, top + 80, 120, 36, radius=5)  # the step


def _scan_cart(pen: ScenePen, x: float) -> None:
    """An ultrasound cart: a screen showing a small grey baby, a probe on its hook."""
    pen.sign(x - 10, 260, 170, 120)
    body = (214, 218, 224)
    pen.rect(darken(body, 0.1), x + 50, 370, 60, FLOOR - 350, radius=6)
    pen.rect(body, x + 20, 380, 120, 30, radius=6)
    pen.rect(INK_SHAPE, x + 70, 370, 20, 14)
    pen.rect((50, 54, 62), x - 10, 260, 170, 112, radius=8)
    pen.rect((22, 24, 30), x - 2, 268, 154, 96, radius=5)
    arc = polygon_ellipse(x + 75, 272, 70, 86, 50, 130, 16)
    pen.poly((60, 64, 70), [(x + 75, 272), *arc])
    pen.circle((170, 170, 176), x + 64, 320, 14)  # the baby's head
    pen.ellipse((150, 150, 156), x + 92, 334, 22, 12)
    for wx in (x + 40, x + 120):
        pen.circle((60, 64, 72), wx, FLOOR + 24, 11)
    pen.rect((60, 64, 72), x + 30, FLOOR + 10, 100, 10, radius=4)
    pen.stroke((90, 96, 104), quad((x + 140, 390), (x + 180, 440), (x + 150, 470), 10), 3)


def _baby_scale(pen: ScenePen, x: float) -> None:
    """A baby scale with its curved tray, on a low cabinet."""
    top = 430.0
    pen.rect(WOOD, x, top, 180, FLOOR - top + 30, radius=4)
    pen.rect(darken(WOOD, 0.1), x + 10, top + 20, 160, 40, radius=3)
    pen.rect((236, 238, 240), x + 30, top - 26, 120, 26, radius=6)
    pen.sign(x + 70, top - 22, 40, 16)
    pen.rect((40, 60, 70), x + 70, top - 22, 40, 16, radius=3)
    tray = [*polygon_ellipse(x + 90, top - 44, 80, 24, 0, 180, 16)]
    pen.poly((226, 240, 246), [(x + 10, top - 44), *tray, (x + 170, top - 44)])
    pen.rect(lighten((226, 240, 246), 0.2), x + 10, top - 48, 160, 8, radius=4)


# ---------------------------------------------------------------- school


def school(pen: ScenePen, width: float, rng: random.Random) -> None:
    """A room in a primary school: children's drawings, a board, a view of the playground."""
    wall = quiet(rng.choice(((232, 224, 200), (214, 226, 220), (230, 216, 206))), 0.05)
    room(pen, width, wall, (174, 150, 124))
    _alphabet_strip(pen, width, 194)
    for i in range(3):
        drawing(pen, width * 0.03 + i * 104, 240, 88, 70, rng)
    for i in range(2):
        drawing(pen, width * 0.05 + i * 124, 324, 96, 76, rng)
    _board(pen, width * 0.34, 238, width * 0.26, 170)
    _playground_window(pen, width * 0.66, 238, width * 0.24, 200, rng)
    _low_shelf(pen, width * 0.03, rng)
    _coat_pegs(pen, width * 0.955, rng)
    seat = quiet(rng.choice(ACCENTS), 0.1)
    table(pen, width * 0.42, 470, width * 0.34)
    chair(pen, width * 0.4, 500, seat, facing=1)
    chair(pen, width * 0.78, 500, seat, facing=-1)
    papers(pen, width * 0.5, 470, 3, 80)


def _alphabet_strip(pen: ScenePen, width: float, y: float) -> None:
    """A row of letter cards along the top of the wall, as in every Dutch classroom."""
    colors = ((214, 74, 66), (60, 116, 196), (220, 160, 30), (60, 150, 80), (150, 80, 170))
    count = int((width - 20) // 62)
    pen.sign(10, y, count * 62, 40)
    for i in range(count):
        x = 14 + i * 62
        pen.rect(PAPER, x, y, 52, 38, radius=3)
        letter = chr(ord("a") + i % 26)
        text(pen, letter.upper() + letter, 24, colors[i % len(colors)], (x + 7, y + 4))


def _board(pen: ScenePen, x: float, y: float, w: float, h: float) -> None:
    """A green board in a wooden frame, a sum and a few words in chalk."""
    pen.sign(x - 8, y - 8, w + 16, h + 16)
    pen.rect(darken(WOOD, 0.2), x - 8, y - 8, w + 16, h + 16, radius=3)
    green = (58, 96, 78)
    pen.rect(green, x, y, w, h)
    chalk = (232, 236, 228)
    pen.stroke(chalk, [(x + 24, y + 40), (x + 40, y + 28), (x + 40, y + 60)], 3)
    pen.stroke(chalk, [(x + 56, y + 44), (x + 76, y + 44)], 3)
    pen.stroke(chalk, [(x + 66, y + 34), (x + 66, y + 54)], 3)
    pen.stroke(chalk, quad((x + 90, y + 32), (x + 112, y + 28), (x + 96, y + 60), 8), 3)
    pen.stroke(chalk, [(x + 96, y + 60), (x + 116, y + 60)], 3)
    for row in range(3):
        y0 = y + 92 + row * 24
        pen.stroke(chalk, [(x + 24, y0), (x + 24 + w * (0.6 - 0.12 * row), y0 + 2)], 2.4)
    pen.rect(darken(WOOD, 0.1), x, y + h + 8, w, 8)
    pen.rect(chalk, x + 20, y + h + 2, 18, 6, radius=2)


def _playground_window(pen: ScenePen, x: float, y: float, w: float, h: float,
                       rng: random.Random) -> None:
    """A window onto the playground: a climbing frame, a tree, a fence."""
    pen.rect(darken(FRAME, 0.08), x - 10, y - 10, w + 20, h + 20, radius=4)
    pen.rect(FRAME, x - 8, y - 8, w + 16, h + 16, radius=4)
    sky(pen, x, y, w, h)
    rooftops(pen, x, y + h * 0.4, w, h * 0.3, rng, color=(196, 206, 214))
    pen.rect((150, 186, 120), x, y + h * 0.66, w, h * 0.34)
    pen.rect((200, 180, 150), x, y + h * 0.82, w, h * 0.18)
    red, blue = (214, 90, 80), (80, 130, 200)
    fx = x + w * 0.08
    pen.stroke(red, [(fx, y + h * 0.92), (fx + 20, y + h * 0.5), (fx + 40, y + h * 0.92)], 4)
    pen.stroke(red, [(fx + 60, y + h * 0.92), (fx + 80, y + h * 0.5), (fx + 100, y + h * 0.92)],
               4)
    pen.stroke(blue, [(fx + 20, y + h * 0.5), (fx + 80, y + h * 0.5)], 5)
    pen.stroke(blue, [(fx + 80, y + h * 0.5), (fx + 118, y + h * 0.9)], 6)  # a slide
    pen.circle((110, 150, 100), x + w * 0.82, y + h * 0.5, 30)
    pen.rect((122, 96, 76), x + w * 0.82 - 4, y + h * 0.55, 8, h * 0.3)
    pen.rect(FRAME, x + w / 2 - 4, y, 8, h)
    pen.rect(lighten(FRAME, 0.3), x - 22, y + h + 8, w + 44, 14, radius=3)


def _low_shelf(pen: ScenePen, x: float, rng: random.Random) -> None:
    """A low bookshelf with picture books and a globe on top."""
    top = 430.0
    pen.rect(darken(WOOD, 0.05), x, top, 330, FLOOR - top + 20, radius=4)
    shelf_of_books(pen, x + 10, top + 60, 310, rng, 50)
    shelf_of_books(pen, x + 10, top + 118, 310, rng, 50)
    cx = x + 280
    pen.rect(darken(WOOD, 0.3), cx - 16, top - 10, 32, 10, radius=3)
    pen.rect(darken(WOOD, 0.3), cx - 3, top - 30, 6, 22)
    pen.circle((110, 170, 210), cx, top - 64, 38)
    pen.poly((130, 180, 110), [(cx - 20, top - 86), (cx + 6, top - 92), (cx + 14, top - 70),
                               (cx - 4, top - 56), (cx - 24, top - 66)])
    pen.poly((130, 180, 110), [(cx + 10, top - 50), (cx + 28, top - 58), (cx + 26, top - 40)])
    pen.stroke(darken(WOOD, 0.3), polygon_ellipse(cx, top - 64, 44, 44, 120, 300, 16), 3)


def _coat_pegs(pen: ScenePen, x: float, rng: random.Random) -> None:
    """A row of low coat pegs, a small backpack hanging from one."""
    pen.rect(WOOD, x - 60, 330, 120, 12, radius=4)
    for i in range(3):
        pen.circle(INK_SHAPE, x - 40 + i * 40, 352, 5)
    bag = rng.choice(((220, 90, 80), (70, 130, 200), (240, 180, 60)))
    pen.rect(bag, x - 28, 356, 56, 70, radius=14)
    pen.rect(darken(bag, 0.15), x - 20, 390, 40, 26, radius=6)

