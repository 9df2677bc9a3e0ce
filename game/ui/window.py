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


class Window:
    def __init__(self, fullscreen: bool = False) -> None:
        with warnings.catch_warnings():
            # The dummy driver (tests) has no GPU renderer; SDL falls back to software.
            warnings.simplefilter("ignore")
            self.surface = pygame.display.set_mode(SCREEN_SIZE, pygame.SCALED | pygame.RESIZABLE)
        pygame.display.set_caption("Doorbraak")
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
