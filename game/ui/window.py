"""The OS window: 1280 x 720 logical pixels, scaled with letterboxing by SDL.

``pygame.SCALED`` lets SDL's renderer scale the logical surface to any window
size on the GPU, keep the aspect with black bars, and map mouse positions back
to logical pixels, so every screen works in one coordinate space.
"""

from __future__ import annotations

import os
import warnings

import pygame

from game.ui.art.palette import SCREEN_SIZE


def init_pygame() -> None:
    """Only the parts the window uses: no audio device is opened."""
    os.environ.setdefault("SDL_RENDER_SCALE_QUALITY", "linear")  # smooth, not blocky, scaling
    pygame.display.init()
    pygame.font.init()


def icon(size: int = 64) -> pygame.Surface:
    """The window's icon: a wall with a gap broken through it, in the game's colours."""
    from game.ui.art.palette import palette

    pal = palette(False)
    image = pygame.Surface((size, size), pygame.SRCALPHA)
    pygame.draw.rect(image, pal.accent, image.get_rect(), border_radius=size // 5)
    brick_h, gap = size // 6, size // 16
    for row in range(4):
        y = size // 6 + row * (brick_h + gap)
        shift = 0 if row % 2 else size // 8
        for x in range(-size // 8 + shift, size, size // 4 + gap):
            brick = pygame.Rect(x, y, size // 4, brick_h)
            if abs(brick.centerx - size // 2) > size // 7 or row in (0, 3):
                pygame.draw.rect(image, pal.panel, brick.clip(image.get_rect().inflate(-8, -8)))
    return image


class Window:
    def __init__(self, fullscreen: bool = False) -> None:
        with warnings.catch_warnings():
            # The dummy driver (tests) has no GPU renderer; SDL falls back to software.
            warnings.simplefilter("ignore")
            self.surface = pygame.display.set_mode(SCREEN_SIZE, pygame.SCALED | pygame.RESIZABLE)
        pygame.display.set_caption("Doorbraak")
        pygame.display.set_icon(icon())
        self.fullscreen = False
        self.set_fullscreen(fullscreen)

    def set_fullscreen(self, on: bool) -> None:
        if on == self.fullscreen:
            return
        try:
            pygame.display.toggle_fullscreen()
        except pygame.error:
            return  # some drivers cannot; the window simply stays as it is
        self.fullscreen = on

    def present(self) -> None:
        pygame.display.flip()
