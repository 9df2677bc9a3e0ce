"""Opening the game window, kept apart so that other commands never import pygame."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.engine.state import Origin

NO_SCREEN = (
    "doorbraak: error: no screen found to open the game window on "
    "(geen scherm gevonden).\n"
    "Play in the terminal instead, e.g.: python main.py play sanne --text\n"
)


def open_window(
    scenario_file: str | None,
    lang: str | None,
    player: str | None = None,
    mode: str | None = None,
    origin: Origin | None = None,
    broken: bool = False,
) -> int:
    """The game window (on a case, in a mode, from a node); ``broken``: the case has errors,
    shown on the error screen, and the exit code stays 2 unless a game was played."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    if not _has_screen(pygame):
        sys.stderr.write(NO_SCREEN)
        return 2
    from game.ui.app import run_app

    code = run_app(scenario_file=scenario_file, lang=lang, player=player, mode=mode, origin=origin)
    return 2 if broken and code == 0 and not _played() else code


def _played() -> bool:
    from game.ui.app import games_started

    return games_started() > 0


def _has_screen(pygame) -> bool:  # type: ignore[no-untyped-def]
    """False when SDL fell back to its invisible driver without being asked to."""
    if os.environ.get("SDL_VIDEODRIVER"):
        return True  # chosen on purpose (tests use "dummy")
    try:
        pygame.display.init()
    except pygame.error:
        return False
    driver = pygame.display.get_driver()
    pygame.display.quit()
    return driver not in ("offscreen", "dummy")
