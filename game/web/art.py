"""The game's own portraits as PNG files for the browser: drawn once, then cached.

The window's art module draws every portrait (``game.ui.scenery.portrait``:
the author's image if the case has one, else the procedural bust); the
server asks it once per character, mood and size with SDL's dummy video
driver, keeps the PNG in memory and in ``cache/art`` in the data folder.
The cache key holds a fingerprint of the art code, so a redrawn portrait
never comes from an old file.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
from functools import cache
from pathlib import Path

from game.engine.model import Scenario
from game.paths import PACKAGE_DIR

PORTRAIT_SIZE = (240, 288)  # drawn at 1.5x the 160 x 192 CSS pixels the page shows
_ART_SOURCES = ("ui/art", "ui/scenery.py")


@cache
def art_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in _ART_SOURCES:
        path = PACKAGE_DIR / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


class Portraits:
    def __init__(self, cache_dir: Path | None) -> None:
        self.cache_dir = cache_dir
        self._memory: dict[str, bytes] = {}
        self._lock = threading.Lock()  # pygame drawing is not for two threads at once

    def png(self, scenario: Scenario, character_id: str, mood: str) -> bytes | None:
        """The PNG of a character in a mood, or None if the case has no such character."""
        character = scenario.characters.get(character_id)
        if character is None:
            return None
        key = hashlib.sha256(
            "\x1f".join(
                (
                    scenario.id,
                    scenario.sha256 or "",
                    character_id,
                    mood,
                    str(PORTRAIT_SIZE),
                    art_fingerprint(),
                )
            ).encode()
        ).hexdigest()[:32]
        found = self._memory.get(key)
        if found is not None:
            return found
        with self._lock:
            found = self._memory.get(key) or self._from_disk(key)
            if found is None:
                found = _draw(scenario, character_id, mood)
                self._to_disk(key, found)
            self._memory[key] = found
        return found

    def _from_disk(self, key: str) -> bytes | None:
        if self.cache_dir is None:
            return None
        try:
            return (self.cache_dir / f"{key}.png").read_bytes()
        except OSError:
            return None

    def _to_disk(self, key: str, data: bytes) -> None:
        if self.cache_dir is None:
            return
        from game.fileio import write_atomic

        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            write_atomic(self.cache_dir / f"{key}.png", data)
        except OSError:
            pass  # a read-only data folder only costs a redraw after a restart

    def warm(self, scenarios: list[Scenario]) -> None:
        """Draw every portrait the cases use (in the background at start-up)."""
        for scenario in scenarios:
            seen = set()
            for node in scenario.nodes.values():
                if node.speaker and (node.speaker, node.mood) not in seen:
                    seen.add((node.speaker, node.mood))
                    self.png(scenario, node.speaker, node.mood or "neutral")


def _draw(scenario: Scenario, character_id: str, mood: str) -> bytes:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from game.ui.scenery import portrait

    # With the scenario, the whole cast is drawn together (no two share a face),
    # exactly as the window draws them.
    surface = portrait(scenario.characters[character_id], mood, PORTRAIT_SIZE, scenario)
    buffer = io.BytesIO()
    pygame.image.save(surface, buffer, "portrait.png")
    return buffer.getvalue()
