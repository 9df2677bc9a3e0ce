"""Opening the game window, kept apart so that other commands never import pygame."""

from __future__ import annotations


def open_window(scenario_file: str | None, lang: str | None, player: str | None = None) -> int:
    from game.ui.app import run_app

    return run_app(scenario_file=scenario_file, lang=lang, player=player)
