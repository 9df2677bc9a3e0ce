"""A small pen that draws in design units onto a supersampled surface.

Portraits and backdrops are drawn at two or three times their final size and
smoothly scaled down: pygame's primitives are not anti-aliased, and this gives
clean edges everywhere for the price of one smoothscale.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

import pygame

from game.ui.art.color import RGB, RGBA

Point = tuple[float, float]
Color = RGB | RGBA


class Pen:
    """Draws shapes given in design units; scale and origin map them to pixels."""

    def __init__(self, surface: pygame.Surface, scale: float, origin: Point = (0, 0)) -> None:
        self.surface = surface
        self.scale = scale
        self.origin = origin

    def px(self, x: float, y: float) -> tuple[int, int]:
        return round(self.origin[0] + x * self.scale), round(self.origin[1] + y * self.scale)

    def length(self, value: float) -> int:
        return max(1, round(value * self.scale))

    def rect_px(self, x: float, y: float, w: float, h: float) -> pygame.Rect:
        left, top = self.px(x, y)
        right, bottom = self.px(x + w, y + h)
        return pygame.Rect(left, top, max(1, right - left), max(1, bottom - top))

    def rect(self, color: Color, x: float, y: float, w: float, h: float, radius: float = 0) -> None:
        if len(color) == 4:
            self._alpha(
                lambda s, r: pygame.draw.rect(s, color, r, 0, self._radius(radius)),
                self.rect_px(x, y, w, h),
            )
            return
        pygame.draw.rect(self.surface, color, self.rect_px(x, y, w, h), 0, self._radius(radius))

    def frame(
        self, color: RGB, x: float, y: float, w: float, h: float, width: float, radius: float = 0
    ) -> None:
        pygame.draw.rect(
            self.surface, color, self.rect_px(x, y, w, h), self.length(width), self._radius(radius)
        )

    def ellipse(self, color: Color, cx: float, cy: float, rx: float, ry: float) -> None:
        box = self.rect_px(cx - rx, cy - ry, 2 * rx, 2 * ry)
        if len(color) == 4:
            self._alpha(lambda s, r: pygame.draw.ellipse(s, color, r), box)
            return
        pygame.draw.ellipse(self.surface, color, box)

    def circle(self, color: Color, cx: float, cy: float, r: float) -> None:
        self.ellipse(color, cx, cy, r, r)

    def poly(self, color: Color, points: Sequence[Point]) -> None:
        pts = [self.px(x, y) for x, y in points]
        if len(pts) < 3:
            return
        if len(color) == 4:
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            box = pygame.Rect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)
            local = [(x - box.x, y - box.y) for x, y in pts]
            self._alpha(lambda s, _r: pygame.draw.polygon(s, color, local), box)
            return
        pygame.draw.polygon(self.surface, color, pts)

    def stroke(self, color: RGB, points: Sequence[Point], width: float) -> None:
        """A thick polyline with round joints and caps."""
        pts = [self.px(x, y) for x, y in points]
        w = self.length(width)
        if len(pts) > 1:
            pygame.draw.lines(self.surface, color, False, pts, w)
        for p in pts:
            pygame.draw.circle(self.surface, color, p, w / 2)

    def _radius(self, radius: float) -> int:
        return round(radius * self.scale) if radius else -1

    def _alpha(
        self, draw: Callable[[pygame.Surface, pygame.Rect], object], box: pygame.Rect
    ) -> None:
        """Draw a translucent shape through a temporary surface the size of its box.

        ``draw`` gets the layer and the box in the layer's coordinates.
        """
        if box.width <= 0 or box.height <= 0:
            return
        layer = pygame.Surface(box.size, pygame.SRCALPHA)
        draw(layer, pygame.Rect(0, 0, *box.size))
        self.surface.blit(layer, box.topleft)


def quad(p0: Point, p1: Point, p2: Point, steps: int = 12) -> list[Point]:
    """Points along a quadratic Bézier curve."""
    out = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        out.append((a * p0[0] + b * p1[0] + c * p2[0], a * p0[1] + b * p1[1] + c * p2[1]))
    return out


def smooth(points: Sequence[Point], steps: int = 6) -> list[Point]:
    """A Catmull-Rom curve through the points (open, passes every point)."""
    if len(points) < 3:
        return list(points)
    pts = [points[0], *points, points[-1]]
    out: list[Point] = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(steps):
            t = s / steps
            out.append(_catmull(p0, p1, p2, p3, t))
    out.append(points[-1])
    return out


def _catmull(p0: Point, p1: Point, p2: Point, p3: Point, t: float) -> Point:
    t2, t3 = t * t, t * t * t
    return tuple(  # type: ignore[return-value]
        0.5
        * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3)
        for a, b, c, d in zip(p0, p1, p2, p3, strict=True)
    )


def leaf(base: Point, angle_deg: float, length: float, width: float) -> list[Point]:
    """A pointed leaf shape from its base along a direction."""
    a = math.radians(angle_deg)
    dx, dy = math.cos(a), math.sin(a)
    nx, ny = -dy, dx
    tip = (base[0] + dx * length, base[1] + dy * length)
    side1 = [
        (
            base[0] + dx * length * t + nx * width * math.sin(math.pi * t),
            base[1] + dy * length * t + ny * width * math.sin(math.pi * t),
        )
        for t in _steps(10)
    ]
    side2 = [
        (
            base[0] + dx * length * t - nx * width * math.sin(math.pi * t),
            base[1] + dy * length * t - ny * width * math.sin(math.pi * t),
        )
        for t in reversed(_steps(10))
    ]
    return [*side1, tip, *side2]


def _steps(n: int) -> list[float]:
    return [i / n for i in range(n)]


def polygon_ellipse(
    cx: float, cy: float, rx: float, ry: float, start: float = 0, end: float = 360, steps: int = 48
) -> list[Point]:
    """Points on an ellipse between two angles (degrees, clockwise on screen)."""
    out = []
    for i in range(steps + 1):
        t = math.radians(start + (end - start) * i / steps)
        out.append((cx + rx * math.cos(t), cy + ry * math.sin(t)))
    return out


def finish(surface: pygame.Surface, size: tuple[int, int], alpha: bool) -> pygame.Surface:
    """Scale a supersampled drawing to its final size, in the display's format if any."""
    out = surface if surface.get_size() == size else pygame.transform.smoothscale(surface, size)
    return display_format(out, alpha)


def display_format(surface: pygame.Surface, alpha: bool) -> pygame.Surface:
    """Convert to the window's pixel format when there is a window: blits get much faster."""
    if pygame.display.get_init() and pygame.display.get_surface() is not None:
        return surface.convert_alpha() if alpha else surface.convert()
    return surface


def offsets(points: Iterable[Point], dx: float, dy: float) -> list[Point]:
    return [(x + dx, y + dy) for x, y in points]


def rounded_rect(x: float, y: float, w: float, h: float, r: float, steps: int = 8) -> list[Point]:
    """A rounded rectangle as a polygon (so it can be shaded like any outline)."""
    r = min(r, w / 2, h / 2)
    corners = (
        (x + w - r, y + r, 270),
        (x + w - r, y + h - r, 0),
        (x + r, y + h - r, 90),
        (x + r, y + r, 180),
    )
    points: list[Point] = []
    for cx, cy, start in corners:
        points.extend(polygon_ellipse(cx, cy, r, r, start, start + 90, steps))
    return points
