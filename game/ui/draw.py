"""Drawing primitives on the palette and grid: panels, bars, rings, text blocks."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import pygame

from game.ui.art.palette import BORDER, RADIUS, RADIUS_LARGE
from game.ui.theme import RGB, Theme

Rect = pygame.Rect


def shadow(surface: pygame.Surface, rect: Rect, theme: Theme, radius: int = RADIUS_LARGE) -> None:
    color = theme.pal.shadow
    if color[3] == 0:
        return
    surface.blit(_shadow_layer(rect.width, rect.height, radius, color), (rect.x - 2, rect.y + 2))


@lru_cache(maxsize=128)
def _shadow_layer(width: int, height: int, radius: int, color: tuple[int, ...]) -> pygame.Surface:
    """A soft shadow: two stacked translucent rounded rects, cached per size."""
    layer = pygame.Surface((width + 8, height + 8), pygame.SRCALPHA)
    soft = (*color[:3], color[3] // 2)
    pygame.draw.rect(layer, soft, layer.get_rect(), border_radius=radius + 4)
    pygame.draw.rect(layer, soft, layer.get_rect().inflate(-4, -4), border_radius=radius + 2)
    return layer


def panel(
    surface: pygame.Surface,
    rect: Rect,
    theme: Theme,
    fill: RGB | None = None,
    radius: int = RADIUS_LARGE,
    edge: RGB | None = None,
    with_shadow: bool = True,
) -> None:
    pal = theme.pal
    if with_shadow:
        shadow(surface, rect, theme, radius)
    pygame.draw.rect(surface, fill or pal.panel, rect, border_radius=radius)
    pygame.draw.rect(surface, edge or pal.panel_edge, rect, width=BORDER, border_radius=radius)


def focus_ring(surface: pygame.Surface, rect: Rect, theme: Theme, radius: int = RADIUS) -> None:
    pygame.draw.rect(
        surface, theme.pal.focus, rect.inflate(8, 8), width=3, border_radius=radius + 4
    )


def bar(
    surface: pygame.Surface,
    rect: Rect,
    fraction: float,
    color: RGB,
    theme: Theme,
) -> None:
    """A rounded meter bar, ``fraction`` (0..1) filled."""
    radius = rect.height // 2
    pygame.draw.rect(surface, theme.pal.meter_track, rect, border_radius=radius)
    fraction = min(1.0, max(0.0, fraction))
    if fraction > 0:
        width = max(rect.height, round(rect.width * fraction))
        pygame.draw.rect(
            surface, color, Rect(rect.x, rect.y, width, rect.height), border_radius=radius
        )
    if theme.pal.high_contrast:
        pygame.draw.rect(surface, theme.pal.ink, rect, width=1, border_radius=radius)


def lines(
    surface: pygame.Surface,
    theme: Theme,
    texts: Sequence[str],
    role: str,
    color: RGB,
    pos: tuple[int, int],
) -> int:
    """Blit lines top-down from ``pos``; returns the y below the last line."""
    x, y = pos
    pitch = theme.lh(role)
    offset = (pitch - theme.font(role).get_linesize()) // 2
    for text in texts:
        if text:
            surface.blit(theme.render(text, role, color), (x, y + offset))
        y += pitch
    return y


def text_block_size(theme: Theme, texts: Sequence[str], role: str) -> tuple[int, int]:
    width = max((theme.width(t, role) for t in texts), default=0)
    return width, len(texts) * theme.lh(role)


def centered(surface: pygame.Surface, image: pygame.Surface, rect: Rect) -> None:
    surface.blit(image, image.get_rect(center=rect.center))


def calendar_icon(surface: pygame.Surface, rect: Rect, color: RGB, paper: RGB) -> None:
    """A small tear-off calendar: the client's days, drawn not typed."""
    body = rect.inflate(-2, -2)
    pygame.draw.rect(surface, paper, body, border_radius=4)
    pygame.draw.rect(surface, color, body, width=2, border_radius=4)
    top = Rect(body.x, body.y, body.width, max(4, body.height // 3))
    pygame.draw.rect(surface, color, top, border_top_left_radius=4, border_top_right_radius=4)
    for fx in (0.3, 0.7):
        x = body.x + round(body.width * fx)
        pygame.draw.line(surface, color, (x, body.y - 3), (x, body.y + 3), 3)
    for row in range(2):
        for col in range(3):
            cx = body.x + round(body.width * (0.25 + 0.25 * col))
            cy = top.bottom + round((body.bottom - top.bottom) * (0.33 + 0.34 * row))
            pygame.draw.circle(surface, color, (cx, cy), 2)


def shield_icon(surface: pygame.Surface, rect: Rect, color: RGB) -> None:
    """A small shield for the player's professional safety."""
    x, y, w, h = rect.inflate(-4, -2)
    points = [
        (x + w // 2, y),
        (x + w, y + h // 5),
        (x + w, y + h // 2),
        (x + w // 2, y + h),
        (x, y + h // 2),
        (x, y + h // 5),
    ]
    pygame.draw.polygon(surface, color, points)
