"""Calm, flat backdrops for the kinds of place a scenario visits.

Drawn at run time rather than shipped as PNGs: a drawing costs tens of
milliseconds once (then it is cached), fits any window size and aspect
without rescaling blur, varies a little per place (the seed), and keeps
binary files out of the repository. Scenes are laid out in a design space
720 units high and as wide as the aspect asks, drawn at twice the size and
smoothly scaled down, then hazed toward the paper colour so that text and
portraits on top stay the loudest thing on screen.
"""

from __future__ import annotations

import hashlib
import math
import random
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pygame

from game.ui.art.color import RGB, darken, lighten, mix, mute
from game.ui.art.fonts import load_font
from game.ui.art.palette import palette
from game.ui.art.shapes import Pen, Point, finish, leaf, polygon_ellipse, quad, rounded_rect
from game.ui.images import load_image

DESIGN_H = 720
FLOOR = 540.0
SUPERSAMPLE = 2
HAZE = 0.14  # share of paper colour laid over the scene

BACKDROP_KINDS = ("office", "meeting_room", "counter", "street", "home", "default")

# Checked in this order: the more specific kinds first ("spreekkamer" is a
# meeting room, not a home, although it contains "kamer"). Words match inside
# Dutch compounds ("wijkteamkantoor"), so none may be a common fragment.
PLACE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("meeting_room", ("spreekkamer", "vergader", "overleg", "meeting", "intervisie", "zaal",
                      "tafel", "table", "doorbraak", "breakthrough", "praktijk", "practice",
                      "verloskund", "midwife", "kliniek", "clinic", "ziekenhuis", "hospital",
                      "kraam", "maternity", "consult", "rechtbank", "court")),
    ("counter", ("balie", "loket", "counter", "corporatie", "woningbouw", "housing association",
                 "gemeentehuis", "stadhuis", "town hall", "city hall", "reception", "receptie",
                 "wachtkamer", "waiting", "front desk", "intake desk", "service desk")),
    ("office", ("kantoor", "office", "wijkteam", "neighbourhood team", "bureau", "desk",
                "werkplek", "workplace")),
    ("street", ("straat", "street", "buiten", "bushalte", "halte", "bus stop", "outside",
                "plein", "square", "park", "stoep", "galerij", "walkway", "road")),
    ("home", ("kamer", "huis", "woning", "thuis", "home", "room", "flat", "appartement",
              "apartment", "studio", "opvang", "shelter", "slaap", "keuken", "kitchen")),
)

WALLS: tuple[RGB, ...] = ((228, 219, 202), (208, 216, 202), (214, 221, 226), (232, 214, 202),
                          (222, 222, 208))
ACCENTS: tuple[RGB, ...] = ((118, 168, 162), (222, 184, 104), (220, 140, 118), (130, 160, 200),
                            (166, 134, 168), (150, 180, 120))
GREENS: tuple[RGB, ...] = ((112, 152, 108), (88, 130, 98), (140, 172, 116))
WOOD: RGB = (190, 150, 110)
WHITE: RGB = (246, 243, 236)
FRAME: RGB = (236, 232, 224)
INK_SHAPE: RGB = (74, 88, 112)


# ---------------------------------------------------------------- public API


def place_kind(place_id: str, name: str = "") -> str:
    """Guess the kind of backdrop from a place's id and name (Dutch or English).

    The id is read first: authors often name the kind there ("office_manager")
    while the name describes the building ("Gemeentehuis, kamer van de manager").
    """
    for text in (place_id, name):
        kind = _kind_in(_normalise(text))
        if kind:
            return kind
    return "default"


def _kind_in(text: str) -> str | None:
    for kind, words in PLACE_WORDS:
        if any(word in text for word in words):
            return kind
    return None


def _normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("_", " ").replace("-", " ").split())


def draw_backdrop(kind: str, size: tuple[int, int], seed: str = "") -> pygame.Surface:
    """A backdrop of a kind of place, cached by (kind, size, seed); treat it as read-only."""
    kind = kind if kind in SCENES else "default"
    return _backdrop(kind, (max(1, int(size[0])), max(1, int(size[1]))), seed)


@lru_cache(maxsize=24)
def _backdrop(kind: str, size: tuple[int, int], seed: str) -> pygame.Surface:
    canvas = pygame.Surface((size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE))
    pen = Pen(canvas, canvas.get_height() / DESIGN_H)
    width = DESIGN_H * size[0] / size[1]
    SCENES[kind](pen, width, _rng(kind, seed))
    out = pygame.transform.smoothscale(canvas, size)
    haze = pygame.Surface(size)
    haze.fill(palette(False).paper)
    haze.set_alpha(round(255 * HAZE))
    out.blit(haze, (0, 0))
    return finish(out, size, alpha=False)


def load_backdrop(path: str | Path, size: tuple[int, int]) -> pygame.Surface | None:
    """An author's background image scaled to cover size (centre crop), or None on any error."""
    try:
        resolved = Path(path).resolve()
        stamp = resolved.stat().st_mtime_ns
    except (OSError, TypeError, ValueError):
        return None
    return _load_backdrop(str(resolved), stamp, (int(size[0]), int(size[1])))


@lru_cache(maxsize=8)
def _load_backdrop(path: str, _stamp: int, size: tuple[int, int]) -> pygame.Surface | None:
    try:
        image = load_image(path)
        if image is None:
            return None
        scale = max(size[0] / image.get_width(), size[1] / image.get_height())
        scaled = pygame.transform.smoothscale(
            _truecolor(image),
            (math.ceil(image.get_width() * scale), math.ceil(image.get_height() * scale)))
    except (pygame.error, OSError, ValueError, ZeroDivisionError):
        return None
    out = pygame.Surface(size)
    out.blit(scaled, ((size[0] - scaled.get_width()) // 2, (size[1] - scaled.get_height()) // 2))
    return finish(out, size, alpha=False)


def _truecolor(image: pygame.Surface) -> pygame.Surface:
    """smoothscale needs 24 or 32 bits per pixel; palette images are copied up."""
    if image.get_bitsize() >= 24:
        return image
    out = pygame.Surface(image.get_size(), pygame.SRCALPHA)
    out.blit(image, (0, 0))
    return out


def _rng(kind: str, seed: str) -> random.Random:
    digest = hashlib.sha256(f"backdrop\x1f{kind}\x1f{seed}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


# ---------------------------------------------------------------- shared pieces


def _room(pen: Pen, width: float, wall: RGB, floor: RGB) -> None:
    pen.rect(wall, 0, 0, width, FLOOR)
    pen.rect(lighten(wall, 0.12), 0, 0, width, 26)
    pen.rect(darken(wall, 0.06), 0, FLOOR - 14, width, 14)
    pen.rect(floor, 0, FLOOR, width, DESIGN_H - FLOOR)
    pen.rect(darken(floor, 0.06), 0, FLOOR, width, 6)
    for i in range(1, 5):
        y = FLOOR + i * i * 12
        pen.rect(darken(floor, 0.04), 0, y, width, 2)


def _sky(pen: Pen, x: float, y: float, w: float, h: float) -> None:
    top, low = (196, 220, 232), (236, 232, 220)
    bands = 8
    for i in range(bands):
        pen.rect(mix(top, low, i / (bands - 1)), x, y + h * i / bands, w, h / bands + 1)


def _window(pen: Pen, x: float, y: float, w: float, h: float, rng: random.Random,
            blinds: bool = True) -> None:
    pen.rect(darken(FRAME, 0.08), x - 10, y - 10, w + 20, h + 20, radius=4)
    pen.rect(FRAME, x - 8, y - 8, w + 16, h + 16, radius=4)
    _sky(pen, x, y, w, h)
    _cloud(pen, x + w * rng.uniform(0.2, 0.6), y + h * 0.25, w * 0.12)
    _rooftops(pen, x, y + h * 0.62, w, h * 0.38, rng)
    pen.rect(FRAME, x + w / 2 - 5, y, 10, h)
    pen.rect(FRAME, x, y + h * 0.42, w, 9)
    pen.rect(lighten(FRAME, 0.3), x - 22, y + h + 8, w + 44, 14, radius=3)
    if blinds:
        for i in range(9):
            pen.rect(lighten(FRAME, 0.2) if i % 2 else FRAME, x, y + i * 9, w, 9)
        pen.rect(darken(FRAME, 0.12), x, y + 81, w, 4)


def _cloud(pen: Pen, cx: float, cy: float, r: float) -> None:
    for dx, dy, k in ((0, 0, 1.0), (-0.9, 0.25, 0.7), (0.9, 0.25, 0.75), (0.3, -0.35, 0.7)):
        pen.circle((250, 250, 248), cx + dx * r, cy + dy * r, r * k)


def _rooftops(pen: Pen, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    color = (184, 196, 208)
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


def _plant(pen: Pen, x: float, base: float, size: float, rng: random.Random,
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


def _frame_art(pen: Pen, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    pen.rect(darken(WOOD, 0.2), x - 6, y - 6, w + 12, h + 12, radius=2)
    pen.rect(WHITE, x, y, w, h)
    colors = rng.sample(ACCENTS, 3)
    pen.circle(colors[0], x + w * 0.35, y + h * 0.45, h * 0.26)
    pen.rect(colors[1], x + w * 0.5, y + h * 0.3, w * 0.32, h * 0.5)
    pen.poly(colors[2], [(x + w * 0.15, y + h * 0.85), (x + w * 0.45, y + h * 0.55),
                         (x + w * 0.7, y + h * 0.85)])


def _clock(pen: Pen, cx: float, cy: float, r: float) -> None:
    pen.circle(INK_SHAPE, cx, cy, r + 4)
    pen.circle(WHITE, cx, cy, r)
    for i in range(12):
        a = math.radians(i * 30)
        pen.circle(INK_SHAPE, cx + math.cos(a) * r * 0.8, cy + math.sin(a) * r * 0.8, 1.6)
    pen.stroke(INK_SHAPE, [(cx, cy), (cx + r * 0.45, cy - r * 0.2)], 3)
    pen.stroke(INK_SHAPE, [(cx, cy), (cx - r * 0.1, cy - r * 0.7)], 2.2)


def _lamp_glow(pen: Pen, cx: float, cy: float, r: float) -> None:
    for k, alpha in ((1.0, 26), (0.7, 30), (0.4, 40)):
        pen.circle((255, 236, 190, alpha), cx, cy, r * k)


# ---------------------------------------------------------------- office


def _office(pen: Pen, width: float, rng: random.Random) -> None:
    wall = rng.choice(WALLS)
    _room(pen, width, wall, (196, 176, 150))
    _window(pen, width * 0.56, 96, width * 0.28, 300, rng)
    _bookcase(pen, width * 0.05, 150, min(250, width * 0.2), rng)
    _pinboard(pen, width * 0.29, 150, min(230, width * 0.19), 150, rng)
    _clock(pen, width * 0.47, 118, 26)
    _desk(pen, width * 0.24, width * 0.52, rng)
    _plant(pen, width * 0.92, FLOOR + 30, 190, rng)


def _bookcase(pen: Pen, x: float, y: float, w: float, rng: random.Random) -> None:
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
            color = rng.choice(ACCENTS)
            pen.rect(color, cursor, top + shelf_h - 10 - bh, bw, bh, radius=2)
            pen.rect(WHITE, cursor + bw * 0.25, top + shelf_h - 10 - bh * 0.55, bw * 0.5, 10)
            cursor += bw + rng.uniform(1, 4)
        pen.rect(WOOD, x + 6, top + shelf_h - 10, w - 12, 8)


def _pinboard(pen: Pen, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
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


def _desk(pen: Pen, x: float, w: float, rng: random.Random) -> None:
    top = 470.0
    mx = x + w * 0.52
    pen.rect(INK_SHAPE, mx - 12, top - 40, 24, 42)
    pen.rect(darken(INK_SHAPE, 0.1), mx - 40, top - 6, 80, 8, radius=3)
    pen.rect(INK_SHAPE, mx - 105, top - 170, 210, 132, radius=8)
    pen.rect((150, 178, 200), mx - 96, top - 161, 192, 112, radius=4)
    pen.rect(lighten((150, 178, 200), 0.3), mx - 80, top - 145, 90, 10, radius=3)
    pen.rect(lighten((150, 178, 200), 0.3), mx - 80, top - 125, 140, 8, radius=3)
    mug = rng.choice(ACCENTS)
    pen.rect(mug, x + w * 0.12, top - 44, 30, 44, radius=5)
    pen.frame(mug, x + w * 0.12 + 24, top - 36, 16, 20, 4, radius=6)
    for i in range(3):
        pen.rect(darken(WHITE, 0.03 * i), x + w * 0.78 + i * 3, top - 12 - i * 7, 90, 7)
    pen.rect(lighten(WOOD, 0.1), x, top, w, 22, radius=4)
    pen.rect(darken(WOOD, 0.08), x + 16, top + 22, w - 32, DESIGN_H - top)


# ---------------------------------------------------------------- meeting room


def _meeting_room(pen: Pen, width: float, rng: random.Random) -> None:
    wall = rng.choice(WALLS)
    _room(pen, width, wall, (178, 168, 156))
    _whiteboard(pen, width * 0.08, 120, width * 0.36, 230, rng)
    _frame_art(pen, width * 0.58, 140, 180, 130, rng)
    _plant(pen, width * 0.9, FLOOR + 20, 230, rng, pot=(226, 222, 212))
    for i, fx in enumerate((0.3, 0.55, 0.8)):
        if i < 2 or width > 1000:
            _pendant(pen, width * fx, 150)
    _meeting_table(pen, width, rng)


def _whiteboard(pen: Pen, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    pen.rect((168, 172, 178), x - 8, y - 8, w + 16, h + 16, radius=4)
    pen.rect(WHITE, x, y, w, h)
    pen.rect((168, 172, 178), x + w * 0.2, y + h + 8, w * 0.6, 8, radius=3)
    markers = ((70, 110, 170), (190, 80, 80), (60, 130, 100))
    for row in range(4):
        points = []
        for i in range(8):
            points.append((x + 24 + i * w * 0.06, y + 40 + row * 36 + rng.uniform(-4, 4)))
        pen.stroke(markers[row % 3], points[: 4 + row % 4], 2.4)
    pen.stroke(markers[0], polygon_ellipse(x + w * 0.72, y + h * 0.36, w * 0.12, h * 0.16, 0,
                                           360, 30), 2.4)
    for i in range(3):
        pen.rect(ACCENTS[1 + i], x + w * (0.62 + i * 0.11), y + h * 0.66, w * 0.09, w * 0.09)


def _pendant(pen: Pen, x: float, y: float) -> None:
    pen.stroke(INK_SHAPE, [(x, 0), (x, y - 30)], 2)
    _lamp_glow(pen, x, y + 10, 90)
    pen.poly(INK_SHAPE, [(x - 14, y - 30), (x + 14, y - 30), (x + 44, y), (x - 44, y)])
    pen.ellipse((255, 238, 200), x, y, 30, 6)


def _meeting_table(pen: Pen, width: float, rng: random.Random) -> None:
    chair = mute(rng.choice(ACCENTS), (200, 200, 200), 0.2)
    for fx in (0.22, 0.4, 0.6, 0.78):
        pen.rect(darken(chair, 0.1), width * fx - 55, 380, 110, 120, radius=26)
        pen.rect(chair, width * fx - 49, 386, 98, 96, radius=22)
    top = 470.0
    pen.rect(lighten(WOOD, 0.18), width * 0.1, top, width * 0.8, 24, radius=6)
    pen.rect(darken(WOOD, 0.05), width * 0.12, top + 24, width * 0.76, 12)
    glass = (214, 230, 236, 170)
    pen.rect(glass, width * 0.46, top - 70, 40, 70, radius=8)
    pen.rect((180, 206, 220, 200), width * 0.46 + 4, top - 40, 32, 38, radius=6)
    for fx in (0.34, 0.56, 0.66):
        pen.rect(WHITE, width * fx, top - 26, 24, 26, radius=4)
    pen.rect(INK_SHAPE, width * 0.24, top - 8, 120, 8, radius=2)
    pen.poly(darken(INK_SHAPE, 0.1), [(width * 0.24 + 10, top - 8), (width * 0.24 + 110, top - 8),
                                      (width * 0.24 + 100, top - 80),
                                      (width * 0.24 + 20, top - 80)])


# ---------------------------------------------------------------- counter


def _counter(pen: Pen, width: float, rng: random.Random) -> None:
    wall = rng.choice(WALLS)
    _room(pen, width, wall, (200, 196, 186))
    for i in range(int(width // 320) + 1):
        pen.rect((250, 248, 240), 60 + i * 320, 0, 200, 14, radius=4)
    _number_display(pen, width * 0.025, 56, rng)
    _house_poster(pen, width * 0.8, 130, rng)
    _service_desks(pen, width, rng)
    _ticket_machine(pen, width * 0.06, rng)


def _number_display(pen: Pen, x: float, y: float, rng: random.Random) -> None:
    w, h = 200.0, 92.0
    pen.rect((58, 64, 76), x, y, w, h, radius=10)
    pen.rect((34, 38, 46), x + 8, y + 8, w - 16, h - 16, radius=6)
    number = f"{rng.choice('ABC')}{rng.randrange(12, 99):03d}"
    _text(pen, number, 40, (255, 184, 84), (x + 20, y + 20))
    _text(pen, f"{rng.randrange(1, 4)}", 40, (150, 220, 160), (x + w - 46, y + 20))
    pen.poly((150, 220, 160), [(x + w - 70, y + 37), (x + w - 56, y + 46), (x + w - 70, y + 55)])


def _text(pen: Pen, text: str, size: float, color: RGB, at: Point) -> None:
    font = load_font(max(6, round(size * pen.scale)), bold=True)
    pen.surface.blit(font.render(text, True, color), pen.px(*at))


def _house_poster(pen: Pen, x: float, y: float, rng: random.Random) -> None:
    w, h = 140.0, 180.0
    color = rng.choice(ACCENTS)
    pen.rect(darken(WHITE, 0.1), x - 5, y - 5, w + 10, h + 10, radius=3)
    pen.rect(lighten(color, 0.55), x, y, w, h)
    pen.poly(color, [(x + w * 0.2, y + h * 0.45), (x + w * 0.5, y + h * 0.2),
                     (x + w * 0.8, y + h * 0.45)])
    pen.rect(color, x + w * 0.27, y + h * 0.45, w * 0.46, h * 0.3)
    pen.rect(lighten(color, 0.55), x + w * 0.44, y + h * 0.56, w * 0.12, h * 0.19)
    pen.rect(darken(color, 0.2), x + w * 0.2, y + h * 0.84, w * 0.6, 6, radius=3)


def _service_desks(pen: Pen, width: float, rng: random.Random) -> None:
    top, front = 370.0, 392.0
    positions = [width * f for f in (0.26, 0.44, 0.62)]
    for i, cx in enumerate(positions, start=1):
        pen.circle(INK_SHAPE, cx, 96, 24)
        _text(pen, str(i), 30, WHITE, (cx - 8, 77))
        pen.rect(darken(INK_SHAPE, 0.1), cx + 10, top - 92, 90, 62, radius=4)
        pen.rect(INK_SHAPE, cx + 48, top - 30, 14, 30)
        pen.rect((200, 220, 228, 110), cx - 95, 190, 190, top - 190)
        pen.stroke((236, 244, 248), [(cx - 70, 230), (cx - 30, 190)], 5)
        pen.stroke((236, 244, 248), [(cx - 56, 262), (cx + 2, 204)], 3)
        pen.rect((168, 176, 184), cx - 97, 186, 6, top - 186)
        pen.rect((168, 176, 184), cx + 91, 186, 6, top - 186)
    panel = mute(rng.choice(((176, 136, 100), (150, 160, 140), (120, 140, 150))), WOOD, 0.2)
    pen.rect(lighten(WOOD, 0.3), width * 0.12, top, width * 0.62, front - top, radius=4)
    pen.rect(panel, width * 0.13, front, width * 0.6, DESIGN_H - front)
    for i in range(1, 10):
        pen.rect(darken(panel, 0.06), width * (0.13 + 0.6 * i / 10) - 1, front, 3,
                 DESIGN_H - front)
    pen.rect(darken(panel, 0.12), width * 0.13, front, width * 0.6, 8)
    _waiting_chairs(pen, width * 0.755, rng)
    _plant(pen, width * 0.97, FLOOR + 40, 180, rng, pot=(226, 222, 212))


def _waiting_chairs(pen: Pen, x: float, rng: random.Random) -> None:
    seat = mute(rng.choice(ACCENTS), (210, 210, 210), 0.15)
    for i in range(3):
        sx = x + i * 70
        pen.rect(darken(seat, 0.08), sx, 450, 64, 76, radius=14)
        pen.rect(seat, sx - 3, 518, 70, 20, radius=8)
        pen.rect((150, 154, 160), sx + 6, 538, 6, 50)
        pen.rect((150, 154, 160), sx + 52, 538, 6, 50)


def _ticket_machine(pen: Pen, x: float, rng: random.Random) -> None:
    body = (206, 210, 216)
    pen.rect(darken(body, 0.1), x + 10, 330, 100, DESIGN_H - 330, radius=12)
    pen.rect(body, x + 14, 334, 92, DESIGN_H - 338, radius=10)
    pen.rect((40, 46, 58), x + 26, 350, 68, 50, radius=5)
    pen.rect((110, 160, 200), x + 32, 356, 56, 38, radius=3)
    pen.circle((206, 84, 84), x + 60, 432, 12)
    pen.rect((60, 64, 72), x + 36, 460, 48, 6, radius=3)
    pen.rect(WHITE, x + 48, 462, 24, 22 + rng.uniform(0, 6), radius=2)


# ---------------------------------------------------------------- street


STREET_LEVEL = 560.0
BRICKS: tuple[RGB, ...] = ((178, 108, 88), (160, 96, 80), (196, 146, 104), (150, 124, 112),
                           (200, 168, 128), (140, 104, 92))


def _street(pen: Pen, width: float, rng: random.Random) -> None:
    _sky(pen, 0, 0, width, STREET_LEVEL)
    _cloud(pen, width * rng.uniform(0.1, 0.3), 90, 34)
    _cloud(pen, width * rng.uniform(0.55, 0.8), 60, 26)
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
    _bicycle(pen, width * 0.45, STREET_LEVEL + 40)
    _bus_stop(pen, width * 0.7)


def _row_houses(pen: Pen, width: float, rng: random.Random) -> None:
    cursor = -rng.uniform(0, 60)
    while cursor < width:
        w = rng.uniform(150, 200)
        _house(pen, cursor, w, rng.uniform(280, 360), rng)
        cursor += w


def _house(pen: Pen, x: float, w: float, h: float, rng: random.Random) -> None:
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


def _gable(pen: Pen, x: float, top: float, w: float, brick: RGB, shape: str) -> None:
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


def _house_window(pen: Pen, x: float, y: float, w: float, h: float) -> None:
    pen.rect(WHITE, x - 5, y - 5, w + 10, h + 10, radius=2)
    pen.rect((170, 190, 204), x, y, w, h)
    pen.rect((196, 212, 222), x, y, w, h * 0.35)
    pen.rect(WHITE, x + w / 2 - 2, y, 4, h)
    pen.rect(WHITE, x, y + h * 0.35, w, 4)


def _door(pen: Pen, x: float, y: float, w: float, h: float, brick: RGB) -> None:
    color = mute((70, 96, 90), brick, 0.2)
    pen.rect(WHITE, x - 5, y + 5, w + 10, h - 5, radius=2)
    pen.rect(color, x, y + 30, w, h - 30)
    pen.rect((190, 206, 214), x, y + 10, w, 16)
    pen.circle((214, 190, 120), x + w * 0.8, y + h * 0.6, 3.5)


def _tree(pen: Pen, x: float, rng: random.Random) -> None:
    pen.rect((122, 96, 76), x - 10, STREET_LEVEL - 180, 20, 200, radius=6)
    for i in range(6):
        a = i / 6 * math.tau
        pen.circle(GREENS[i % 3], x + math.cos(a) * 46, STREET_LEVEL - 250 + math.sin(a) * 34,
                   rng.uniform(44, 56))
    pen.circle(GREENS[2], x, STREET_LEVEL - 256, 52)


def _lamp_post(pen: Pen, x: float) -> None:
    pen.rect(INK_SHAPE, x - 5, STREET_LEVEL - 300, 10, 330)
    pen.stroke(INK_SHAPE, quad((x, STREET_LEVEL - 298), (x, STREET_LEVEL - 330),
                               (x + 40, STREET_LEVEL - 320), 8), 8)
    pen.poly(INK_SHAPE, [(x + 28, STREET_LEVEL - 324), (x + 62, STREET_LEVEL - 324),
                         (x + 54, STREET_LEVEL - 308), (x + 36, STREET_LEVEL - 308)])


def _bicycle(pen: Pen, x: float, ground: float) -> None:
    frame, r = (52, 104, 130), 30.0
    back, front = (x - 48, ground - r), (x + 48, ground - r)
    for cx, cy in (back, front):
        pygame.draw.circle(pen.surface, INK_SHAPE, pen.px(cx, cy), pen.length(r), pen.length(5))
    seat, bar = (x - 14, ground - r - 48), (x + 34, ground - r - 54)
    pen.stroke(frame, [back, (x, ground - r), seat, back], 5)
    pen.stroke(frame, [(x, ground - r), (x + 30, ground - r - 44), front], 5)
    pen.stroke(frame, [seat, (x + 30, ground - r - 44)], 5)
    pen.stroke(INK_SHAPE, [(x + 30, ground - r - 44), bar, (x + 22, ground - r - 58)], 5)
    pen.rect(INK_SHAPE, seat[0] - 12, seat[1] - 8, 24, 7, radius=3)


def _bus_stop(pen: Pen, x: float) -> None:
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
    pen.rect((44, 92, 150), pole_x - 36, top - 70, 72, 72, radius=10)
    _bus_icon(pen, pole_x, top - 34)


def _bus_icon(pen: Pen, cx: float, cy: float) -> None:
    pen.rect(WHITE, cx - 22, cy - 22, 44, 38, radius=7)
    pen.rect((44, 92, 150), cx - 17, cy - 16, 34, 14, radius=3)
    pen.circle((44, 92, 150), cx - 12, cy + 8, 3.5)
    pen.circle((44, 92, 150), cx + 12, cy + 8, 3.5)
    pen.rect(WHITE, cx - 18, cy + 14, 8, 8, radius=2)
    pen.rect(WHITE, cx + 10, cy + 14, 8, 8, radius=2)


# ---------------------------------------------------------------- home


def _home(pen: Pen, width: float, rng: random.Random) -> None:
    wall = rng.choice(WALLS)
    _room(pen, width, wall, (184, 156, 124))
    for i in range(int(width // 44) + 1):
        pen.rect(darken(wall, 0.035), i * 44 + 18, 26, 8, FLOOR - 40)
    _curtained_window(pen, width * 0.5, 100, 220, 250, rng)
    _frame_art(pen, width * 0.16, 150, 120, 90, rng)
    pen.ellipse(mute(rng.choice(ACCENTS), (200, 190, 180), 0.4), width * 0.5, FLOOR + 110,
                width * 0.26, 60)
    _bed(pen, width * 0.04, min(460, width * 0.36), rng)
    _side_table(pen, width * 0.04 + min(460, width * 0.36) + 70, rng)
    _boxes(pen, width * 0.72, rng)


def _curtained_window(pen: Pen, x: float, y: float, w: float, h: float,
                      rng: random.Random) -> None:
    _window(pen, x, y, w, h, rng, blinds=False)
    cloth = mute(rng.choice(ACCENTS), (236, 230, 220), 0.35)
    pen.rect(INK_SHAPE, x - 60, y - 30, w + 120, 6, radius=3)
    for side_x in (x - 60, x + w - 10):
        pen.rect(cloth, side_x, y - 26, 70, h + 60, radius=6)
        for i in range(3):
            pen.rect(darken(cloth, 0.08), side_x + 12 + i * 20, y - 20, 5, h + 50, radius=2)


def _bed(pen: Pen, x: float, w: float, rng: random.Random) -> None:
    head = darken(WOOD, 0.05)
    pen.rect(head, x, 300, 26, FLOOR - 280, radius=6)
    pen.rect(head, x + w - 16, 400, 20, FLOOR - 380, radius=6)
    pen.rect(WHITE, x + 20, 420, w - 30, 60, radius=10)
    pen.rect((236, 236, 240), x + 34, 388, 110, 46, radius=18)
    blanket = mute(rng.choice(ACCENTS), (220, 220, 220), 0.2)
    pen.rect(blanket, x + 120, 410, w - 124, 100, radius=14)
    pen.rect(lighten(blanket, 0.2), x + 120, 410, 36, 100, radius=12)
    pen.rect(darken(WOOD, 0.2), x + 20, 500, w - 30, 22, radius=4)
    for lx in (x + 30, x + w - 30):
        pen.rect(darken(WOOD, 0.25), lx - 6, 520, 12, 30)


def _side_table(pen: Pen, x: float, rng: random.Random) -> None:
    pen.rect(WOOD, x - 40, 450, 80, 100, radius=4)
    pen.rect(darken(WOOD, 0.12), x - 32, 470, 64, 30, radius=3)
    pen.circle(darken(WOOD, 0.3), x, 485, 3)
    _lamp_glow(pen, x, 380, 110)
    pen.rect(INK_SHAPE, x - 4, 396, 8, 54)
    pen.rect(darken(INK_SHAPE, 0.1), x - 20, 444, 40, 8, radius=3)
    shade = rng.choice(((238, 214, 170), (226, 206, 188), (214, 226, 214)))
    pen.poly(shade, [(x - 22, 350), (x + 22, 350), (x + 38, 398), (x - 38, 398)])


def _boxes(pen: Pen, x: float, rng: random.Random) -> None:
    card, tape = (200, 164, 118), (222, 196, 150)
    stack = [(x, FLOOR + 40, 170, 130), (x + 150, FLOOR + 60, 140, 110),
             (x + 20, FLOOR - 90, 140, 100), (x + 170, FLOOR - 50, 110, 80)]
    for bx, by, bw, bh in sorted(stack, key=lambda b: b[1]):
        top = by - bh
        pen.rect(darken(card, 0.1), bx, top, bw, bh, radius=3)
        pen.rect(card, bx + 3, top + 3, bw - 6, bh - 6, radius=2)
        pen.rect(tape, bx + bw / 2 - 10, top, 20, bh * 0.45)
        pen.rect(tape, bx + bw * 0.1, top + bh * 0.5, bw * 0.4, bh * 0.2, radius=2)
        pen.stroke(darken(card, 0.35), [(bx + bw * 0.14, top + bh * 0.6),
                                        (bx + bw * 0.4, top + bh * 0.6)], 2.5)
    flap = darken(card, 0.05)
    bx, by, bw = stack[2][0], stack[2][1] - stack[2][3], stack[2][2]
    pen.poly(flap, [(bx, by), (bx - 22, by - 30), (bx + bw * 0.4, by - 34), (bx + bw * 0.5, by)])
    pen.rect(rng.choice(ACCENTS), bx + bw * 0.55, by - 24, 40, 26, radius=4)


# ---------------------------------------------------------------- default


def _default(pen: Pen, width: float, rng: random.Random) -> None:
    """No recognisable place: a quiet editorial interior of arches and light."""
    paper = palette(False).paper
    wall = mix(rng.choice(WALLS), paper, 0.45)
    _room(pen, width, wall, mix((196, 176, 150), paper, 0.35))
    colors = [mute(c, paper, 0.45) for c in rng.sample(ACCENTS, 3)]
    arch_x = width * rng.uniform(0.12, 0.22)
    pen.poly(colors[0], rounded_rect(arch_x, 150, 230, FLOOR - 150 + 30, 115))
    pen.circle(colors[1], width * rng.uniform(0.62, 0.72), 230, 120)
    pen.poly((255, 250, 236, 90), [(width * 0.42, 60), (width * 0.56, 60), (width * 0.66, FLOOR),
                                   (width * 0.5, FLOOR)])
    pen.rect(darken(wall, 0.08), width * 0.55, 380, 240, 14, radius=4)
    pen.rect(colors[2], width * 0.58, 330, 60, 50, radius=6)
    pen.circle(lighten(colors[1], 0.2), width * 0.67, 352, 26)
    _plant(pen, arch_x + 115, FLOOR + 30, 220, rng, pot=lighten(colors[2], 0.2))


SCENES: dict[str, Callable[[Pen, float, random.Random], None]] = {
    "office": _office,
    "meeting_room": _meeting_room,
    "counter": _counter,
    "street": _street,
    "home": _home,
    "default": _default,
}
