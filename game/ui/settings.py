"""The player's settings: read leniently, written atomically, never a crash.

A missing file gives the defaults silently; a file that cannot be read, or
holds a wrong value, gives the defaults for what is wrong plus a message key
that the title screen shows once.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from game.fileio import PRIVATE_MODE, InputError, read_input, set_aside_name, write_atomic
from game.i18n import DEFAULT_LANGUAGE, UI_LANGUAGES
from game.plaintext import typed_text

SETTINGS_FORMAT = 1
TEXT_SPEEDS = ("slow", "normal", "fast", "instant")
CHARS_PER_SECOND = {"slow": 25.0, "normal": 50.0, "fast": 110.0, "instant": float("inf")}
TEXT_SIZES = (0, 1, 2)  # normal, large, extra large (see game.ui.theme)
MODES = ("solo", "facilitator")
PLAYER_LIMIT = 40
MAX_SETTINGS_BYTES = 64 * 1024  # a real settings file is a few hundred bytes
ASIDE_SUFFIX = ".aside"


@dataclass(frozen=True, slots=True)
class Settings:
    text_speed: str = "normal"
    text_size: int = 0
    high_contrast: bool = False
    fullscreen: bool = False
    language: str = DEFAULT_LANGUAGE
    player: str = ""  # remembered so a trainee types their name once
    mode: str = "solo"

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @property
    def chars_per_second(self) -> float:
        return CHARS_PER_SECOND[self.text_speed]


_CHECKS: dict[str, Any] = {
    "text_speed": lambda v: v in TEXT_SPEEDS,
    "text_size": lambda v: type(v) is int and v in TEXT_SIZES,
    "high_contrast": lambda v: isinstance(v, bool),
    "fullscreen": lambda v: isinstance(v, bool),
    "language": lambda v: v in UI_LANGUAGES,
    # As the name field would have typed it: one line of visible characters.
    "player": lambda v: isinstance(v, str) and typed_text(v, PLAYER_LIMIT) == v.strip(),
    "mode": lambda v: v in MODES,
}


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The settings in ``path`` and, when something was wrong, a message key for the player."""
    try:
        raw = read_input(path, MAX_SETTINGS_BYTES).decode("utf-8")
    except InputError as err:
        return Settings(), None if err.not_found else "settings.unreadable"
    except UnicodeDecodeError:
        return Settings(), "settings.unreadable"
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return Settings(), "settings.unreadable"
    if not isinstance(data, dict):
        return Settings(), "settings.unreadable"
    return settings_from_dict(data)


def settings_from_dict(data: dict[str, Any]) -> tuple[Settings, str | None]:
    good = {key: data[key] for key, ok in _CHECKS.items() if key in data and ok(data[key])}
    known = set(_CHECKS) | {"format"}
    bad = [key for key in _CHECKS if key in data and key not in good]
    message = "settings.partly" if bad or set(data) - known else None
    return Settings(**good), message


def set_aside(path: Path) -> Path | None:
    """Rename a settings file that cannot be read, so it is kept and never written over."""
    try:
        target = set_aside_name(path, time.strftime("%Y%m%d-%H%M%S"), ASIDE_SUFFIX)
        path.rename(target)
    except OSError:
        return None
    return target


def save_settings(path: Path, settings: Settings) -> bool:
    """Write the settings; False when the folder is not writable (the game goes on)."""
    data = {"format": SETTINGS_FORMAT, **asdict(settings)}
    try:
        write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n", mode=PRIVATE_MODE)
    except OSError:
        return False
    return True
