"""Where professionals work: an office, an open-plan floor, a meeting room, a consulting room."""

from __future__ import annotations

import random

from game.ui.art.color import darken, lighten, mute
from game.ui.art.scenes.kit import (
    ACCENTS,
    DESIGN_H,
    FLOOR,
    FRAME,
    INK_SHAPE,
    METAL,
    PAPER,
    WALLS,
    WHITE,
    WOOD,
    ScenePen,
    ceiling_lights,
    clock,
    frame_art,
    mug,
    papers,
    pendant,
    plant,
    quiet,
    room,
    window,
)
from game.ui.art.shapes import polygon_ellipse

# ---------------------------------------------------------------- office


def office(pen: ScenePen, width: float, rng: random.Random) -> None:
    """One person's office: a bookcase, a pinboard, a desk with a screen, a window."""
    room(pen, width, rng.choice(WALLS), (196, 176, 150))
    window(pen, width * 0.56, 96, width * 0.28, 300, rng)
    bookcase(pen, width * 0.05, 150, min(250, width * 0.2), rng)
    pinboard(pen, width * 0.29, 196, min(230, width * 0.19), 150, rng)
    clock(pen, width * 0.505, 236, 26)
    desk(pen, width * 0.24, width * 0.52, rng)
    plant(pen, width * 0.92, FLOOR + 30, 190, rng)


def bookcase(pen: ScenePen, x: float, y: float, w: float, rng: random.Random) -> None:
    h = FLOOR - y
    pen.rect(darken(WOOD, 0.1), x, y, w, h, radius=3)
    shelf_h = (h - 20) / 3
    for row in range(3):
        top = y + 10 + row * shelf_h
        pen.rect(darken(WOOD, 0.28), x + 10, top, w - 20, shelf_h - 10)
        cursor = x + 14
        while cursor < x + w - 40:
            bw = rng.uniform(16, 26)
            bh = shelf_h - 10 - rng.uniform(6, 22)
            pen.rect(rng.choice(ACCENTS), cursor, top + shelf_h - 10 - bh, bw, bh, radius=2)
            pen.rect(WHITE, cursor + bw * 0.25, top + shelf_h - 10 - bh * 0.55, bw * 0.5, 10)
            cursor += bw + rng.uniform(1, 4)
        pen.rect(WOOD, x + 6, top + shelf_h - 10, w - 12, 8)


def pinboard(pen: ScenePen, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    pen.sign(x - 6, y - 6, w + 12, h + 12)
    pen.rect(darken(WOOD, 0.15), x - 6, y - 6, w + 12, h + 12, radius=3)
    pen.rect((214, 182, 134), x, y, w, h)
    pen.rect(WHITE, x + w * 0.08, y + h * 0.12, w * 0.3, h * 0.72)
    for i in range(5):
        pen.rect((200, 196, 186), x + w * 0.12, y + h * (0.24 + i * 0.11), w * 0.22, 4)
    for i in range(4):
        nx = x + w * (0.46 + (i % 2) * 0.26) + rng.uniform(-6, 6)
        ny = y + h * (0.12 + (i // 2) * 0.44) + rng.uniform(-4, 4)
        pen.rect(rng.choice(ACCENTS[1:4]), nx, ny, w * 0.2, w * 0.2)
        pen.circle((196, 70, 70), nx + w * 0.1, ny + 5, 3.5)


def monitor(pen: ScenePen, cx: float, base: float, w: float = 210, h: float = 132) -> None:
    """A computer screen on a foot, standing on a desk top at base."""
    screen = (150, 178, 200)
    pen.rect(INK_SHAPE, cx - 12, base - 40, 24, 42)
    pen.rect(darken(INK_SHAPE, 0.1), cx - w * 0.19, base - 6, w * 0.38, 8, radius=3)
    pen.rect(INK_SHAPE, cx - w / 2, base - 38 - h, w, h, radius=8)
    pen.rect(screen, cx - w / 2 + 9, base - 29 - h, w - 18, h - 20, radius=4)
    pen.rect(lighten(screen, 0.3), cx - w / 2 + 25, base - 13 - h, w * 0.43, 10, radius=3)
    pen.rect(lighten(screen, 0.3), cx - w / 2 + 25, base + 7 - h, w * 0.67, 8, radius=3)


def desk(pen: ScenePen, x: float, w: float, rng: random.Random) -> None:
    top = 470.0
    monitor(pen, x + w * 0.52, top)
    mug(pen, x + w * 0.12, top, rng.choice(ACCENTS))
    papers(pen, x + w * 0.78, top, 3, 90)
    pen.rect(lighten(WOOD, 0.1), x, top, w, 22, radius=4)
    pen.rect(darken(WOOD, 0.08), x + 16, top + 22, w - 32, DESIGN_H - top)


# ---------------------------------------------------------------- open-plan office


def office_floor(pen: ScenePen, width: float, rng: random.Random) -> None:
    """An open-plan office: a team board, tall windows, rows of desks with screens."""
    room(pen, width, rng.choice(WALLS), (186, 178, 166))
    ceiling_lights(pen, width)
    team_board(pen, width * 0.03, 200, min(300, width * 0.24), 150, rng)
    for fx in (0.36, 0.68):
        if width * fx + 300 <= width:
            window(pen, width * fx, 120, 300, 240, rng, blinds=False)
    _back_row(pen, width, rng)
    _front_desks(pen, width, rng)
    plant(pen, width * 0.965, FLOOR + 50, 200, rng, pot=(226, 222, 212))


def team_board(pen: ScenePen, x: float, y: float, w: float, h: float,
               rng: random.Random) -> None:
    """A whiteboard in three columns of sticky notes: the team's work in progress."""
    pen.sign(x - 6, y - 6, w + 12, h + 12)
    pen.rect((168, 172, 178), x - 6, y - 6, w + 12, h + 12, radius=4)
    pen.rect(WHITE, x, y, w, h)
    notes = ((250, 214, 110), (170, 214, 240), (244, 170, 170), (180, 220, 160))
    col_w = w / 3
    for col in range(3):
        cx = x + col * col_w
        if col:
            pen.rect((210, 212, 216), cx - 1, y + 8, 2, h - 16)
        pen.rect(INK_SHAPE, cx + 12, y + 10, col_w * 0.5, 5, radius=2)
        for k in range(3 - col + rng.randrange(2)):
            nx = cx + 10 + (k % 2) * col_w * 0.44
            ny = y + 26 + (k // 2) * 44 + rng.uniform(-3, 3)
            pen.rect(rng.choice(notes), nx, ny, col_w * 0.38, 36, radius=2)


def _back_row(pen: ScenePen, width: float, rng: random.Random) -> None:
    """Desks along the far wall: small screens behind low fabric partitions."""
    top = 430.0
    panel = quiet(rng.choice(ACCENTS), 0.45)
    pen.rect(lighten(WOOD, 0.12), 0, top, width, 12, radius=3)
    pen.rect(darken(WOOD, 0.1), 0, top + 12, width, FLOOR - top - 12)
    cursor = 24.0
    while cursor + 150 < width:
        monitor(pen, cursor + 75, top, 84, 52)
        pen.rect(darken(panel, 0.08), cursor, top + 12, 150, 40, radius=6)
        pen.rect(panel, cursor + 4, top + 16, 142, 32, radius=5)
        cursor += 170


def _front_desks(pen: ScenePen, width: float, rng: random.Random) -> None:
    """The nearest desks, each with a screen, a mug and papers, a chair pushed back."""
    top = 570.0
    seat = quiet(rng.choice(ACCENTS), 0.2)
    for fx in (0.06, 0.54):
        x, w = width * fx, width * 0.4
        monitor(pen, x + w * 0.55, top, 176, 108)
        mug(pen, x + w * 0.86, top, rng.choice(ACCENTS))
        papers(pen, x + w * 0.06, top, 4, 74)
        pen.rect(lighten(WOOD, 0.14), x, top, w, 20, radius=4)
        pen.rect(darken(WOOD, 0.04), x + 10, top + 20, w - 20, DESIGN_H - top)
        _office_chair(pen, x + w * 0.22, seat)


def _office_chair(pen: ScenePen, x: float, color: tuple[int, int, int]) -> None:
    """An office chair seen from behind: its back, its arm rests."""
    pen.rect(darken(color, 0.12), x - 46, 500, 92, 130, radius=22)
    pen.rect(color, x - 40, 506, 80, 118, radius=18)
    pen.rect(darken(color, 0.3), x - 6, 630, 12, 90)


# ---------------------------------------------------------------- meeting room


def meeting_room(pen: ScenePen, width: float, rng: random.Random) -> None:
    """A team's meeting room: a flip-over, a whiteboard, lamps over a long table."""
    room(pen, width, rng.choice(WALLS), (178, 168, 156))
    whiteboard(pen, width * 0.34, 196, width * 0.3, 190, rng)
    frame_art(pen, width * 0.72, 200, 170, 120, rng)
    plant(pen, width * 0.93, FLOOR + 20, 230, rng, pot=(226, 222, 212))
    for fx in (0.42, 0.62, 0.82):
        if fx < 0.7 or width > 1000:
            pendant(pen, width * fx, 150)
    meeting_table(pen, width, rng)
    flip_over(pen, width * 0.05, rng)


def whiteboard(pen: ScenePen, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    pen.sign(x - 8, y - 8, w + 16, h + 16)
    pen.rect((168, 172, 178), x - 8, y - 8, w + 16, h + 16, radius=4)
    pen.rect(WHITE, x, y, w, h)
    pen.rect((168, 172, 178), x + w * 0.2, y + h + 8, w * 0.6, 8, radius=3)
    markers = ((70, 110, 170), (190, 80, 80), (60, 130, 100))
    for row in range(4):
        points = [(x + 24 + i * w * 0.06, y + 34 + row * 32 + rng.uniform(-4, 4))
                  for i in range(8)]
        pen.stroke(markers[row % 3], points[: 4 + row % 4], 2.4)
    pen.stroke(markers[0], polygon_ellipse(x + w * 0.74, y + h * 0.34, w * 0.12, h * 0.16, 0,
                                           360, 30), 2.4)
    for i in range(3):
        pen.rect(ACCENTS[1 + i], x + w * (0.62 + i * 0.11), y + h * 0.66, w * 0.09, w * 0.09)


def flip_over(pen: ScenePen, x: float, rng: random.Random) -> None:
    """A flip chart on a tripod, one question written on it in marker."""
    top, w, h = 200.0, 190.0, 240.0
    leg = (120, 124, 132)
    pen.stroke(leg, [(x + w * 0.2, top + h - 10), (x + w * 0.02, FLOOR + 60)], 7)
    pen.stroke(leg, [(x + w * 0.8, top + h - 10), (x + w * 0.98, FLOOR + 60)], 7)
    pen.stroke(leg, [(x + w * 0.5, top + h - 10), (x + w * 0.5, FLOOR + 40)], 6)
    pen.sign(x, top, w, h)
    pen.rect(darken(PAPER, 0.14), x - 4, top - 4, w + 8, h + 8, radius=3)
    pen.rect(PAPER, x, top, w, h)
    pen.rect(INK_SHAPE, x - 8, top - 10, w + 16, 12, radius=4)
    marker = rng.choice(((52, 90, 160), (180, 60, 60), (40, 120, 90)))
    for row in range(4):
        length = w * (0.72 - 0.12 * (row % 3))
        y = top + 38 + row * 30
        pen.stroke(marker, [(x + 20, y), (x + 20 + length * 0.5, y - 3), (x + 20 + length, y + 1)],
                   3)
    pen.stroke(marker, polygon_ellipse(x + w * 0.5, top + h * 0.8, 22, 16, 0, 360, 24), 3)
    pen.rect(darken(PAPER, 0.08), x, top + h - 6, w, 6)


def meeting_table(pen: ScenePen, width: float, rng: random.Random) -> None:
    chair_color = mute(rng.choice(ACCENTS), (200, 200, 200), 0.2)
    for fx in (0.26, 0.44, 0.62, 0.8):
        pen.rect(darken(chair_color, 0.1), width * fx - 55, 380, 110, 120, radius=26)
        pen.rect(chair_color, width * fx - 49, 386, 98, 96, radius=22)
    top = 470.0
    pen.rect(lighten(WOOD, 0.18), width * 0.2, top, width * 0.72, 24, radius=6)
    pen.rect(darken(WOOD, 0.05), width * 0.22, top + 24, width * 0.68, 12)
    for fx in (0.25, 0.86):
        pen.rect(darken(WOOD, 0.2), width * fx, top + 36, 16, FLOOR + 40 - top - 36)
    glass = (214, 230, 236, 170)
    pen.rect(glass, width * 0.52, top - 70, 40, 70, radius=8)
    pen.rect((180, 206, 220, 200), width * 0.52 + 4, top - 40, 32, 38, radius=6)
    for fx in (0.4, 0.6, 0.7):
        pen.rect(WHITE, width * fx, top - 26, 24, 26, radius=4)
    pen.rect(INK_SHAPE, width * 0.28, top - 8, 120, 8, radius=2)
    pen.poly(darken(INK_SHAPE, 0.1), [(width * 0.28 + 10, top - 8), (width * 0.28 + 110, top - 8),
                                      (width * 0.28 + 100, top - 80),
                                      (width * 0.28 + 20, top - 80)])


# ---------------------------------------------------------------- consulting room


def consulting_room(pen: ScenePen, width: float, rng: random.Random) -> None:
    """A small consulting room: a round table for two or three, tissues, a leaflet rack."""
    wall = rng.choice(WALLS)
    room(pen, width, wall, (190, 170, 146))
    window(pen, width * 0.6, 150, width * 0.2, 220, rng)
    leaflet_rack(pen, width * 0.05, 210, rng)
    frame_art(pen, width * 0.34, 210, 150, 110, rng)
    clock(pen, width * 0.25, 230, 24)
    coat_hooks(pen, width * 0.92, 230, rng)
    rug_color = quiet(rng.choice(ACCENTS), 0.45)
    pen.ellipse(rug_color, width * 0.5, FLOOR + 60, width * 0.25, 40)
    seat = quiet(rng.choice(ACCENTS), 0.25)
    armchair(pen, width * 0.3, seat)
    armchair(pen, width * 0.7, seat, facing=-1)
    _round_table(pen, width * 0.5, 440, rng)
    plant(pen, width * 0.87, FLOOR + 40, 170, rng)


def leaflet_rack(pen: ScenePen, x: float, y: float, rng: random.Random) -> None:
    """A wall rack of folders: three rows of pockets with colourful leaflets."""
    w, h = 170.0, 230.0
    pen.sign(x, y, w, h)
    pen.rect(darken(METAL, 0.1), x, y, w, h, radius=4)
    pen.rect(lighten(METAL, 0.35), x + 6, y + 6, w - 12, h - 12, radius=3)
    for row in range(3):
        top = y + 14 + row * 72
        for col in range(3):
            lx = x + 14 + col * 50
            color = rng.choice(ACCENTS)
            pen.rect(color, lx, top, 42, 56, radius=2)
            pen.rect(PAPER, lx + 6, top + 24, 30, 4)
            pen.rect(PAPER, lx + 6, top + 32, 22, 4)
        pen.rect((214, 226, 232, 200), x + 10, top + 30, w - 20, 34, radius=2)


def armchair(pen: ScenePen, x: float, color: tuple[int, int, int], facing: int = 1) -> None:
    """A small upholstered chair turned toward the table (facing 1: to the right)."""
    back_x = x - facing * 46
    pen.rect(darken(color, 0.12), back_x - 16, 380, 32, 130, radius=14)
    pen.rect(color, x - 50, 452, 100, 44, radius=14)
    pen.rect(darken(color, 0.06), x - 50, 480, 100, 20, radius=8)
    for lx in (x - 40, x + 32):
        pen.rect(darken(WOOD, 0.3), lx, 498, 8, FLOOR + 34 - 498)


def coat_hooks(pen: ScenePen, x: float, y: float, rng: random.Random) -> None:
    pen.rect(darken(WOOD, 0.1), x - 60, y, 120, 14, radius=4)
    coat = quiet(rng.choice(ACCENTS), 0.35)
    for i, hx in enumerate((x - 35, x + 30)):
        pen.circle(INK_SHAPE, hx, y + 18, 5)
        if i == 0:
            pen.poly(coat, [(hx - 16, y + 20), (hx + 16, y + 20), (hx + 30, y + 190),
                            (hx - 30, y + 190)])
            pen.rect(darken(coat, 0.1), hx - 3, y + 24, 6, 160)


def _round_table(pen: ScenePen, cx: float, top: float, rng: random.Random) -> None:
    pen.rect(darken(WOOD, 0.2), cx - 8, top + 20, 16, FLOOR + 30 - top)
    pen.ellipse(darken(WOOD, 0.2), cx, FLOOR + 32, 60, 10)
    pen.ellipse(darken(WOOD, 0.05), cx, top + 12, 160, 20)
    pen.ellipse(lighten(WOOD, 0.15), cx, top + 4, 160, 18)
    # a box of tissues, a jug of water and two glasses
    pen.rect(quiet(rng.choice(ACCENTS), 0.2), cx - 120, top - 26, 56, 28, radius=4)
    pen.poly(WHITE, [(cx - 102, top - 26), (cx - 92, top - 46), (cx - 80, top - 26)])
    pen.rect((214, 230, 236, 180), cx + 20, top - 64, 36, 64, radius=8)
    pen.rect((180, 206, 220, 210), cx + 24, top - 36, 28, 34, radius=6)
    for gx in (cx - 30, cx + 76):
        pen.rect((220, 234, 240, 190), gx, top - 30, 18, 30, radius=4)
    pen.rect(FRAME, cx - 56, top - 6, 40, 6)
