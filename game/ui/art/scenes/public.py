"""Public places: a service counter, a shelter's intake, a town-hall room, a courtroom."""

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
    ceiling_lights,
    lamp_glow,
    plant,
    poster,
    quiet,
    room,
    sky,
    text,
    tiled_floor,
    wainscot,
)

# ---------------------------------------------------------------- service counter


def counter(pen: ScenePen, width: float, rng: random.Random) -> None:
    """A public service counter: numbered desks behind glass, a queue display, a ticket machine.

    The queue display and the desk numbers hang low enough to stay clear of
    the HUD; the ceiling above them is left plain.
    """
    room(pen, width, rng.choice(WALLS), (200, 196, 186))
    ceiling_lights(pen, width)
    _house_poster(pen, width * 0.8, 210, rng)
    _service_desks(pen, width, rng)
    _number_display(pen, width * 0.035, 204, rng)
    _ticket_machine(pen, width * 0.06, rng)


def _number_display(pen: ScenePen, x: float, y: float, rng: random.Random) -> None:
    """The queue screen: the ticket called and the desk to go to."""
    w, h = 200.0, 84.0
    pen.sign(x, y, w, h)
    pen.rect((120, 124, 132), x + 40, y - 26, 6, 26)
    pen.rect((120, 124, 132), x + w - 46, y - 26, 6, 26)
    pen.rect((58, 64, 76), x, y, w, h, radius=10)
    pen.rect((34, 38, 46), x + 8, y + 8, w - 16, h - 16, radius=6)
    number = f"{rng.choice('ABC')}{rng.randrange(12, 99):03d}"
    text(pen, number, 38, (255, 184, 84), (x + 20, y + 17))
    text(pen, f"{rng.randrange(1, 4)}", 38, (150, 220, 160), (x + w - 46, y + 17))
    pen.poly((150, 220, 160), [(x + w - 70, y + 32), (x + w - 56, y + 41), (x + w - 70, y + 50)])


def _house_poster(pen: ScenePen, x: float, y: float, rng: random.Random) -> None:
    w, h = 140.0, 180.0
    pen.sign(x - 5, y - 5, w + 10, h + 10)
    color = rng.choice(ACCENTS)
    pen.rect(darken(WHITE, 0.1), x - 5, y - 5, w + 10, h + 10, radius=3)
    pen.rect(lighten(color, 0.55), x, y, w, h)
    pen.poly(color, [(x + w * 0.2, y + h * 0.45), (x + w * 0.5, y + h * 0.2),
                     (x + w * 0.8, y + h * 0.45)])
    pen.rect(color, x + w * 0.27, y + h * 0.45, w * 0.46, h * 0.3)
    pen.rect(lighten(color, 0.55), x + w * 0.44, y + h * 0.56, w * 0.12, h * 0.19)
    pen.rect(darken(color, 0.2), x + w * 0.2, y + h * 0.84, w * 0.6, 6, radius=3)


def _service_desks(pen: ScenePen, width: float, rng: random.Random) -> None:
    top, front = 370.0, 392.0
    glass_top = 214.0
    for i, cx in enumerate((width * f for f in (0.3, 0.47, 0.64)), start=1):
        pen.rect(darken(INK_SHAPE, 0.1), cx + 10, top - 92, 90, 62, radius=4)
        pen.rect(INK_SHAPE, cx + 48, top - 30, 14, 30)
        pen.rect((200, 220, 228, 110), cx - 95, glass_top, 190, top - glass_top)
        pen.stroke((236, 244, 248), [(cx - 70, glass_top + 40), (cx - 30, glass_top)], 5)
        pen.stroke((236, 244, 248), [(cx - 56, glass_top + 72), (cx + 2, glass_top + 14)], 3)
        pen.rect((168, 176, 184), cx - 97, glass_top - 4, 6, top - glass_top + 4)
        pen.rect((168, 176, 184), cx + 91, glass_top - 4, 6, top - glass_top + 4)
        _desk_number(pen, cx - 62, glass_top + 14, i)
    panel = mute(rng.choice(((176, 136, 100), (150, 160, 140), (120, 140, 150))), WOOD, 0.2)
    left, right = width * 0.17, width * 0.74
    pen.rect(lighten(WOOD, 0.3), left - width * 0.01, top, right - left + width * 0.02, front - top,
             radius=4)
    pen.rect(panel, left, front, right - left, DESIGN_H - front)
    for i in range(1, 10):
        pen.rect(darken(panel, 0.06), left + (right - left) * i / 10 - 1, front, 3,
                 DESIGN_H - front)
    pen.rect(darken(panel, 0.12), left, front, right - left, 8)
    _waiting_chairs(pen, width * 0.765, rng)
    plant(pen, width * 0.975, FLOOR + 40, 180, rng, pot=(226, 222, 212))


def _desk_number(pen: ScenePen, cx: float, y: float, number: int) -> None:
    """A number plate stuck on the desk's glass, like the real ones."""
    pen.sign(cx - 20, y, 40, 40)
    pen.rect(INK_SHAPE, cx - 20, y, 40, 40, radius=6)
    text(pen, str(number), 28, WHITE, (cx - 8, y + 3))


def _waiting_chairs(pen: ScenePen, x: float, rng: random.Random) -> None:
    seat = mute(rng.choice(ACCENTS), (210, 210, 210), 0.15)
    for i in range(3):
        sx = x + i * 70
        pen.rect(darken(seat, 0.08), sx, 450, 64, 76, radius=14)
        pen.rect(seat, sx - 3, 518, 70, 20, radius=8)
        pen.rect((150, 154, 160), sx + 6, 538, 6, 50)
        pen.rect((150, 154, 160), sx + 52, 538, 6, 50)


def _ticket_machine(pen: ScenePen, x: float, rng: random.Random) -> None:
    body = (206, 210, 216)
    pen.rect(darken(body, 0.1), x + 10, 330, 100, DESIGN_H - 330, radius=12)
    pen.rect(body, x + 14, 334, 92, DESIGN_H - 338, radius=10)
    pen.rect((40, 46, 58), x + 26, 350, 68, 50, radius=5)
    pen.rect((110, 160, 200), x + 32, 356, 56, 38, radius=3)
    pen.circle((206, 84, 84), x + 60, 432, 12)
    pen.rect((60, 64, 72), x + 36, 460, 48, 6, radius=3)
    pen.rect(WHITE, x + 48, 462, 24, 22 + rng.uniform(0, 6), radius=2)


# ---------------------------------------------------------------- shelter intake


def shelter_intake(pen: ScenePen, width: float, rng: random.Random) -> None:
    """A night shelter's intake: a hatch in the wall, a bench, lockers, bunk beds through a door."""
    wall = quiet(rng.choice(((214, 206, 184), (200, 210, 196), (220, 204, 190))), 0.1)
    room(pen, width, wall, (176, 170, 158))
    tiled_floor(pen, width, (182, 176, 162), 96)
    pen.rect(darken(wall, 0.08), 0, 300, width, 10)  # a scuffed dado line
    _dorm_doorway(pen, width * 0.05, rng)
    _house_rules(pen, width * 0.29, 206, rng)
    _intake_hatch(pen, width * 0.43, rng)
    _bed_sign(pen, width * 0.43 + 150, 188)
    _lockers(pen, width * 0.74, rng)
    _blanket_shelf(pen, width * 0.9, rng)
    _bench(pen, width * 0.24, rng)


def _dorm_doorway(pen: ScenePen, x: float, rng: random.Random) -> None:
    """An open door onto a dormitory: a bunk bed under a small window."""
    w, top = 230.0, 196.0
    frame = (236, 232, 222)
    pen.rect(darken(frame, 0.1), x - 12, top - 12, w + 24, FLOOR - top + 12, radius=3)
    pen.rect(frame, x - 8, top - 8, w + 16, FLOOR - top + 8, radius=3)
    inside = (196, 204, 210)
    pen.rect(inside, x, top, w, FLOOR - top)
    pen.rect(darken(inside, 0.08), x, FLOOR - 50, w, 50)
    sky(pen, x + w * 0.55, top + 34, 70, 60)
    pen.frame((236, 236, 232), x + w * 0.55, top + 34, 70, 60, 5)
    post = (110, 120, 136)
    blanket = quiet(rng.choice(ACCENTS), 0.15)
    for lx in (x + 24, x + w - 40):
        pen.rect(post, lx, top + 70, 10, FLOOR - top - 60)
    for deck in (top + 130, top + 270):
        pen.rect(post, x + 24, deck + 22, w - 54, 10)
        pen.rect(WHITE, x + 34, deck - 2, w - 74, 26, radius=8)
        pen.rect(blanket, x + 80, deck - 6, w - 120, 30, radius=8)
        pen.rect((238, 238, 242), x + 36, deck - 14, 44, 20, radius=8)
    pen.stroke(post, [(x + w - 40, top + 90), (x + w - 70, top + 270)], 4)
    # the door itself, swung open against the wall
    door = (150, 120, 96)
    pen.poly(door, [(x + w + 8, top - 8), (x + w + 54, top + 14), (x + w + 54, FLOOR - 10),
                    (x + w + 8, FLOOR)])


def _house_rules(pen: ScenePen, x: float, y: float, rng: random.Random) -> None:
    """The house rules on a sheet by the door: a heading and a list of points."""
    tint = rng.choice(((196, 90, 80), (70, 110, 170), (60, 130, 100)))
    poster(pen, x, y, 96, 130, tint, lines=4)
    for i in range(4):
        pen.circle(tint, x + 8, y + 130 * (0.42 + i * 0.16) + 2, 3)


def _intake_hatch(pen: ScenePen, x: float, rng: random.Random) -> None:
    """A small window in the wall with a sliding glass pane, a ledge and a bell."""
    w, top, bottom = 300.0, 250.0, 440.0
    frame = (230, 226, 216)
    pen.rect(darken(frame, 0.12), x - 14, top - 14, w + 28, bottom - top + 28, radius=4)
    pen.rect(frame, x - 10, top - 10, w + 20, bottom - top + 20, radius=4)
    office = (222, 228, 226)
    pen.rect(office, x, top, w, bottom - top)
    # inside: a shelf with binders and a desk lamp
    pen.rect(darken(WOOD, 0.1), x + 20, top + 60, w * 0.5, 8)
    cursor = x + 26
    for _ in range(6):
        bw = rng.uniform(16, 24)
        pen.rect(rng.choice(ACCENTS), cursor, top + 14, bw, 46, radius=2)
        cursor += bw + 3
    lamp_glow(pen, x + w * 0.78, top + 90, 70)
    pen.poly(INK_SHAPE, [(x + w * 0.72, top + 64), (x + w * 0.84, top + 64),
                         (x + w * 0.88, top + 90), (x + w * 0.68, top + 90)])
    pen.rect(INK_SHAPE, x + w * 0.775, top + 90, 6, 70)
    pen.rect((200, 220, 228, 120), x + w * 0.5, top, w * 0.5, bottom - top - 40)
    pen.rect((168, 176, 184), x + w * 0.5 - 3, top, 6, bottom - top - 40)
    pen.stroke((238, 244, 248), [(x + w * 0.6, top + 70), (x + w * 0.7, top + 20)], 4)
    # the ledge, a bell, a clipboard
    pen.rect(lighten(WOOD, 0.2), x - 24, bottom - 40, w + 48, 18, radius=4)
    pen.rect(darken(WOOD, 0.1), x - 16, bottom - 22, w + 32, 10)
    pen.ellipse((214, 180, 90), x + 48, bottom - 46, 20, 10)
    pen.poly((232, 200, 110), [(x + 30, bottom - 46), (x + 66, bottom - 46), (x + 58, bottom - 66),
                               (x + 38, bottom - 66)])
    pen.circle((200, 160, 70), x + 48, bottom - 70, 5)
    pen.rect((150, 120, 90), x + 120, bottom - 74, 58, 34, radius=3)
    pen.rect(PAPER, x + 124, bottom - 70, 50, 30)
    # the wall below the hatch
    pen.rect(darken(frame, 0.05), x - 10, bottom + 10, w + 20, FLOOR - bottom - 10)


def _bed_sign(pen: ScenePen, cx: float, y: float) -> None:
    """A sign with a bed on it: the way to the night's sleeping places."""
    pen.sign(cx - 50, y, 100, 44)
    blue = (44, 92, 150)
    pen.rect(blue, cx - 50, y, 100, 44, radius=6)
    pen.rect(WHITE, cx - 30, y + 22, 60, 8, radius=2)  # the mattress
    pen.rect(WHITE, cx - 34, y + 10, 6, 26, radius=2)  # the headboard
    pen.rect(WHITE, cx + 28, y + 26, 6, 10, radius=2)
    pen.circle(WHITE, cx - 18, y + 16, 6)  # a sleeper's head
    pen.rect(WHITE, cx - 10, y + 14, 36, 8, radius=3)


def _lockers(pen: ScenePen, x: float, rng: random.Random) -> None:
    color = quiet(rng.choice(((120, 150, 170), (150, 170, 130), (180, 150, 120))), 0.2)
    w, top = 176.0, 250.0
    pen.rect(darken(color, 0.15), x, top, w, FLOOR - top)
    for col in range(3):
        for row in range(2):
            lx, ly = x + 6 + col * 57, top + 6 + row * 142
            pen.rect(color, lx, ly, 52, 136, radius=2)
            for s in range(3):
                pen.rect(darken(color, 0.12), lx + 12, ly + 14 + s * 7, 28, 3)
            pen.rect(METAL, lx + 40, ly + 64, 6, 18, radius=2)


def _blanket_shelf(pen: ScenePen, x: float, rng: random.Random) -> None:
    """Folded blankets and towels on an open shelf, ready for the night."""
    w, top = 110.0, 260.0
    pen.rect(darken(WOOD, 0.15), x, top, 8, FLOOR - top)
    pen.rect(darken(WOOD, 0.15), x + w - 8, top, 8, FLOOR - top)
    for shelf in range(3):
        y = top + 40 + shelf * 92
        pen.rect(WOOD, x, y, w, 8)
        for k in range(3):
            color = quiet(rng.choice(ACCENTS), 0.25)
            pen.rect(color, x + 12, y - 18 - k * 18, w - 24, 17, radius=5)
            pen.rect(lighten(color, 0.12), x + 12, y - 18 - k * 18, w - 24, 5, radius=3)


def _bench(pen: ScenePen, x: float, rng: random.Random) -> None:
    """A long wooden bench to wait on, a bag left on it."""
    seat_y = 498.0
    pen.rect(darken(WOOD, 0.1), x - 20, seat_y, 300, 16, radius=4)
    for lx in (x, x + 240):
        pen.rect(darken(WOOD, 0.3), lx, seat_y + 16, 10, FLOOR + 30 - seat_y)
    bag = quiet(rng.choice(((90, 100, 120), (120, 90, 80), (80, 110, 90))), 0.1)
    pen.rect(bag, x + 150, seat_y - 60, 90, 62, radius=14)
    pen.stroke(darken(bag, 0.2), [(x + 168, seat_y - 56), (x + 195, seat_y - 86),
                                  (x + 222, seat_y - 56)], 5)


# ---------------------------------------------------------------- town-hall room


def town_hall_room(pen: ScenePen, width: float, rng: random.Random) -> None:
    """A stately room in a town hall: tall arched windows, panelling, a flag, a long table."""
    wall = quiet(rng.choice(((226, 214, 192), (214, 208, 196), (222, 206, 196))), 0.05)
    room(pen, width, wall, (150, 110, 84))
    for i in range(int(width // 90) + 1):  # a parquet of planks
        pen.rect(darken((150, 110, 84), 0.06), i * 90 + 30, FLOOR + 6, 3, DESIGN_H)
    pen.rect(lighten(wall, 0.1), 0, 26, width, 22)  # a moulded cornice
    pen.rect(darken(wall, 0.1), 0, 48, width, 4)
    wainscot(pen, width, 400, (150, 108, 78))
    for fx in (0.06, 0.4, 0.74):
        if width * fx + 150 < width:
            _arched_window(pen, width * fx, 150, 150, 250)
    _chandelier(pen, width * 0.4 + 75, 190)
    _painting(pen, width * 0.57 + 10, 190, rng)
    _flag(pen, width * 0.245)
    _council_table(pen, width, rng)


def _arched_window(pen: ScenePen, x: float, y: float, w: float, h: float) -> None:
    from game.ui.art.shapes import polygon_ellipse

    frame = (240, 236, 226)
    arch = polygon_ellipse(x + w / 2, y, w / 2 + 12, w / 2 + 12, 180, 360, 24)
    pen.poly(darken(frame, 0.1), [*arch, (x + w + 12, y + h + 12), (x - 12, y + h + 12)])
    glass = polygon_ellipse(x + w / 2, y, w / 2, w / 2, 180, 360, 24)
    pen.poly((206, 224, 232), [*glass, (x + w, y + h), (x, y + h)])
    sky(pen, x, y, w, h)
    for gx in (x + w / 3, x + 2 * w / 3):
        pen.rect(frame, gx - 3, y - w / 2 + 8, 6, h + w / 2 - 8)
    for gy in (y, y + h / 3, y + 2 * h / 3):
        pen.rect(frame, x, gy - 3, w, 6)
    pen.rect(lighten(frame, 0.3), x - 22, y + h + 8, w + 44, 14, radius=3)


def _chandelier(pen: ScenePen, cx: float, y: float) -> None:
    brass = (196, 164, 96)
    pen.stroke(brass, [(cx, 52), (cx, y - 30)], 3)
    lamp_glow(pen, cx, y, 130)
    pen.ellipse(brass, cx, y, 70, 10)
    for dx in (-60, -30, 0, 30, 60):
        pen.rect(brass, cx + dx - 2, y - 26, 4, 26)
        pen.ellipse((255, 240, 200), cx + dx, y - 30, 7, 10)
    pen.stroke(brass, [(cx - 70, y), (cx, y + 30), (cx + 70, y)], 3)


def _painting(pen: ScenePen, x: float, y: float, rng: random.Random) -> None:
    """A portrait in a gilt frame: a dignified figure, no face to read."""
    w, h = 130.0, 160.0
    gilt = (190, 156, 88)
    pen.rect(darken(gilt, 0.2), x - 12, y - 12, w + 24, h + 24, radius=3)
    pen.rect(gilt, x - 8, y - 8, w + 16, h + 16, radius=3)
    pen.rect((96, 80, 64), x, y, w, h)
    coat = rng.choice(((40, 44, 60), (70, 40, 44)))
    pen.poly(coat, [(x + w * 0.15, y + h), (x + w * 0.25, y + h * 0.62),
                    (x + w * 0.75, y + h * 0.62), (x + w * 0.85, y + h)])
    pen.circle((208, 176, 146), x + w / 2, y + h * 0.45, w * 0.16)
    pen.poly((230, 200, 120), [(x + w * 0.4, y + h * 0.64), (x + w * 0.6, y + h * 0.64),
                               (x + w / 2, y + h * 0.82)])  # a chain of office


def _flag(pen: ScenePen, x: float) -> None:
    """The Dutch flag on a pole in a stand: red, white and blue."""
    pole = (196, 164, 96)
    pen.rect(pole, x - 4, 200, 8, FLOOR - 190)
    pen.circle(pole, x, 196, 8)
    pen.ellipse(darken(pole, 0.2), x, FLOOR + 14, 34, 9)
    cloth = [(174, 28, 40), (246, 244, 240), (33, 70, 139)]
    for i, color in enumerate(cloth):
        top = 214 + i * 40
        pen.poly(color, [(x + 4, top), (x + 96, top + 18), (x + 92, top + 58), (x + 4, top + 40)])
    pen.poly(darken((33, 70, 139), 0.2), [(x + 4, 334), (x + 92, 334), (x + 84, 360),
                                          (x + 4, 390)])


def _council_table(pen: ScenePen, width: float, rng: random.Random) -> None:
    """A long table with a green cloth and high-backed chairs behind it."""
    leather = rng.choice(((120, 60, 56), (70, 84, 70), (86, 66, 96)))
    for fx in (0.4, 0.52, 0.64, 0.76, 0.88):
        x = width * fx
        pen.rect(darken(leather, 0.2), x - 42, 356, 84, 124, radius=18)
        pen.rect(leather, x - 36, 364, 72, 108, radius=14)
    top = 470.0
    cloth = (62, 100, 84)
    pen.rect(cloth, width * 0.34, top, width * 0.62, 70, radius=6)
    pen.rect(darken(cloth, 0.15), width * 0.34, top + 56, width * 0.62, 14, radius=4)
    pen.rect(lighten(WOOD, 0.05), width * 0.33, top - 8, width * 0.64, 12, radius=4)
    for fx in (0.42, 0.58, 0.74):
        pen.rect(PAPER, width * fx, top - 14, 60, 6)
        pen.rect((214, 230, 236, 200), width * fx + 70, top - 34, 18, 28, radius=4)
    pen.rect(lighten(WOOD, 0.15), width * 0.66 - 40, top - 34, 80, 26, radius=6)  # name bar


# ---------------------------------------------------------------- courtroom


def courtroom(pen: ScenePen, width: float, rng: random.Random) -> None:
    """A Dutch hearing room: the judge's raised bench under the royal coat of arms."""
    wall = quiet(rng.choice(((232, 226, 214), (226, 224, 218))), 0.05)
    room(pen, width, wall, (170, 136, 106))
    panel = (184, 146, 108)
    pen.rect(panel, 0, 250, width, FLOOR - 250)  # light wooden slats behind the bench
    for i in range(int(width // 24) + 1):
        pen.rect(darken(panel, 0.07), i * 24, 250, 3, FLOOR - 250)
    pen.rect(lighten(panel, 0.2), 0, 244, width, 10)
    _courtroom_lamps(pen, width)
    _coat_of_arms(pen, width * 0.2, 226)
    _judges_bench(pen, width, rng)
    _parties_tables(pen, width, rng)


def _coat_of_arms(pen: ScenePen, cx: float, top: float) -> None:
    """The royal coat of arms over the judge: a crowned blue shield held by two gold lions."""
    gold, blue = (214, 176, 84), (46, 72, 128)
    pen.sign(cx - 80, top - 40, 160, 136)
    pen.poly(gold, [(cx - 34, top - 8), (cx - 26, top - 34), (cx - 12, top - 18), (cx, top - 40),
                    (cx + 12, top - 18), (cx + 26, top - 34), (cx + 34, top - 8)])
    pen.rect(darken(gold, 0.15), cx - 34, top - 10, 68, 8, radius=2)
    shield = [(cx - 38, top + 2), (cx + 38, top + 2), (cx + 38, top + 44), (cx, top + 84),
              (cx - 38, top + 44)]
    pen.poly(darken(gold, 0.25), [(px + (px - cx) * 0.12, py + 3) for px, py in shield])
    pen.poly(blue, shield)
    lion = [(cx - 16, top + 62), (cx - 18, top + 36), (cx - 8, top + 18), (cx + 6, top + 20),
            (cx + 16, top + 12), (cx + 14, top + 32), (cx + 4, top + 38), (cx + 10, top + 62)]
    pen.poly(gold, lion)
    for side in (-1, 1):  # the two lions holding the shield
        x = cx + side * 58
        pen.poly(gold, [(x - 14, top + 86), (x - 12, top + 30), (x - 4, top + 8), (x + 8, top + 4),
                        (x + 12, top + 24), (x + 14, top + 86)])
        pen.stroke(gold, [(x - side * 6, top + 30), (x - side * 22, top + 22)], 7)  # a paw
        pen.circle(darken(gold, 0.18), x + side * 2, top + 2, 15)  # the mane
        pen.circle(gold, x + side * 4, top + 4, 9)
    pen.rect(darken(gold, 0.1), cx - 76, top + 86, 152, 8, radius=3)  # the motto's ribbon


def _courtroom_lamps(pen: ScenePen, width: float) -> None:
    for fx in (0.35, 0.65):
        x = width * fx
        pen.stroke(INK_SHAPE, [(x, 0), (x, 110)], 2)
        lamp_glow(pen, x, 130, 100)
        pen.ellipse((240, 232, 210), x, 124, 40, 14)
        pen.ellipse(darken((240, 232, 210), 0.1), x, 120, 40, 8)


def _judges_bench(pen: ScenePen, width: float, rng: random.Random) -> None:
    """The raised bench: the judge's high chair, the clerk's place, microphones and files."""
    chair_color = (58, 52, 62)
    for cx, high in ((width * 0.2, True), (width * 0.44, False)):
        h = 78 if high else 64
        pen.rect(darken(chair_color, 0.25), cx - 44, 396 - h, 88, h + 20, radius=20)
        pen.rect(chair_color, cx - 38, 402 - h, 76, h + 6, radius=16)
    top = 390.0
    wood = (132, 94, 66)
    left, right = width * 0.04, width * 0.68
    pen.rect(lighten(wood, 0.25), left - 10, top - 12, right - left + 20, 18, radius=4)
    pen.rect(wood, left, top + 6, right - left, 104)
    for i in range(5):
        px = left + 20 + i * (right - left - 40) / 5
        pen.frame(darken(wood, 0.15), px, top + 20, (right - left - 40) / 5 - 14, 76, 3, radius=3)
    step = (150, 118, 92)
    pen.rect(lighten(step, 0.15), left - 30, top + 110, right - left + 60, 12, radius=3)
    pen.rect(step, left - 30, top + 122, right - left + 60, FLOOR - top - 110)
    for x in (width * 0.2 + 50, width * 0.44 + 40):  # microphones on short stalks
        pen.rect(INK_SHAPE, x, top - 44, 5, 34)
        pen.ellipse(INK_SHAPE, x + 2, top - 46, 7, 5)
        pen.rect(INK_SHAPE, x - 10, top - 14, 26, 4)
    pen.rect(PAPER, width * 0.1, top - 18, 86, 8)
    pen.rect(quiet(rng.choice(ACCENTS), 0.1), width * 0.27, top - 26, 60, 16, radius=2)  # a file
    pen.rect((40, 44, 52), width * 0.5, top - 62, 90, 52, radius=4)  # the clerk's screen
    pen.rect((110, 140, 170), width * 0.5 + 5, top - 57, 80, 42, radius=2)


def _parties_tables(pen: ScenePen, width: float, rng: random.Random) -> None:
    """Two low tables facing the bench, each with a chair seen from behind."""
    top = 580.0
    wood = (160, 120, 86)
    for fx in (0.1, 0.56):
        x = width * fx
        pen.rect(lighten(wood, 0.15), x, top, width * 0.32, 18, radius=4)
        pen.rect(darken(wood, 0.1), x + 10, top + 18, width * 0.32 - 20, DESIGN_H - top)
        pen.rect(PAPER, x + 40, top - 6, 70, 6)
    seat = quiet(rng.choice(((88, 96, 112), (96, 80, 90))), 0.1)
    for fx in (0.22, 0.38, 0.7):
        x = width * fx
        pen.rect(darken(seat, 0.15), x - 44, 612, 88, 120, radius=16)
        pen.rect(seat, x - 38, 618, 76, 110, radius=12)
