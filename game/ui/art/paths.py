"""Where the art's files live: the game's packaged assets (see game/paths.py)."""

from __future__ import annotations

from game.paths import ASSETS_DIR, FONTS_DIR

__all__ = ["ASSETS_DIR", "FONTS_DIR"]
