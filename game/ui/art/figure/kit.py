"""Geometry shared by every part of a portrait: the design space, the head's outline, shading.

A portrait is drawn in a 200 x 240 design space: the head centred at
(100, 100), the shoulders from y = 170 down to the bottom edge.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pygame

from game.ui.art.color import RGB, darken, mix
from game.ui.art.people import Look
from game.ui.art.shapes import Pen, Point

DESIGN_W, DESIGN_H = 200, 240
HEAD_X, HEAD_Y = 100.0, 100.0
BODY_TOP = 170.0


def shade(color: RGB, amount: float = 0.14) -> RGB:
    """A colour in shadow: darker and a touch warmer, as skin and cloth are."""
    return darken(mix(color, (120, 40, 60), 0.08), amount)


def head_outline(look: Look, grow: float = 0.0, steps: int = 64) -> list[Point]:
    rx, ry = look.head_rx + grow, look.head_ry + grow
    points = []
    for i in range(steps):
        t = 2 * math.pi * i / steps
        narrow = 1 - look.jaw * max(0.0, math.sin(t)) ** 2
        points.append((HEAD_X + rx * math.cos(t) * narrow, HEAD_Y + ry * math.sin(t)))
    return points


def neck_width(look: Look) -> float:
    return look.head_rx * (0.46 if look.presentation == "man" else 0.4)


def crescent(pen: Pen, outline: Sequence[Point], color: RGB, shift: Point) -> None:
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


def capsule(a: Point, b: Point, radius: float, steps: int = 10) -> list[Point]:
    """A rounded bar from a to b (an arm, a strap) as one polygon."""
    (ax, ay), (bx, by) = a, b
    angle = math.atan2(by - ay, bx - ax)
    points: list[Point] = []
    for cx, cy, start in ((bx, by, angle - math.pi / 2), (ax, ay, angle + math.pi / 2)):
        for i in range(steps + 1):
            t = start + math.pi * i / steps
            points.append((cx + radius * math.cos(t), cy + radius * math.sin(t)))
    return points
