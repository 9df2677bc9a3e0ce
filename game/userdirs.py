"""The player's own folder: settings, saved games, session logs and the author's own cases.

One name (``doorbraak``) for every client: the window, the terminal player and
the trainer tools. platformdirs gives the usual place on each system:

- Linux: ``~/.config/doorbraak/settings.json`` and ``~/.local/share/doorbraak/``
  (``saves/``, ``logs/``, ``scenarios/``);
- macOS: ``~/Library/Application Support/doorbraak/``;
- Windows: ``%LOCALAPPDATA%\\doorbraak\\``.

``DOORBRAAK_USER_DIR=/some/folder`` keeps everything under one folder instead
(``config/``, ``data/``, ``logs/``, ``scenarios/``); the tests and benchmarks
do this. ``DOORBRAAK_LOG_DIR`` (or ``play --log-dir``) moves only the logs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

APP_NAME = "doorbraak"
# Before version 0.2 the window used "Doorbraak" for settings and saves while
# the logs went to "doorbraak": two sibling folders on case-sensitive systems.
LEGACY_APP_NAME = "Doorbraak"
USER_DIR_ENV = "DOORBRAAK_USER_DIR"
LOG_DIR_ENV = "DOORBRAAK_LOG_DIR"


@dataclass(frozen=True, slots=True)
class UserDirs:
    config: Path  # settings.json
    data: Path  # saves/
    logs: Path  # session logs (and the debriefs saved beside them)
    scenarios: Path  # the author's own cases: ``new`` writes there, the title screen shows them

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def saves(self) -> Path:
        return self.data / "saves"

    @property
    def log_dir(self) -> Path:
        return self.logs

    @staticmethod
    def under(root: Path) -> UserDirs:
        return UserDirs(root / "config", root / "data", root / "logs", root / "scenarios")

    @staticmethod
    def default() -> UserDirs:
        """The player's folders, with ``DOORBRAAK_USER_DIR`` and ``DOORBRAAK_LOG_DIR`` applied."""
        dirs = UserDirs.default_without_log_dir()
        logs = os.environ.get(LOG_DIR_ENV)  # the more specific setting wins
        return replace(dirs, logs=Path(logs).expanduser()) if logs else dirs

    @staticmethod
    def default_without_log_dir() -> UserDirs:
        """The player's own folders, ``DOORBRAAK_USER_DIR`` applied, logs in their own."""
        override = os.environ.get(USER_DIR_ENV)
        if override:
            return UserDirs.under(Path(override).expanduser())
        dirs = _platform_dirs()
        _adopt_legacy_folders(dirs)
        return dirs


def _platform_dirs() -> UserDirs:
    import platformdirs

    data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return UserDirs(
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        data,
        data / "logs",
        data / "scenarios",
    )


def _adopt_legacy_folders(dirs: UserDirs) -> None:
    """Move settings and saves from the old ``Doorbraak`` folders, once, losing nothing.

    Only when the new folder does not exist yet: a folder the player already
    uses is never mixed with an old one. On systems that ignore case the two
    names are one folder and there is nothing to do.
    """
    import platformdirs

    old_data = Path(platformdirs.user_data_dir(LEGACY_APP_NAME, appauthor=False))
    pairs = (
        (Path(platformdirs.user_config_dir(LEGACY_APP_NAME, appauthor=False)), dirs.config),
        # The new data folder often exists already (the logs went there).
        (old_data / "saves", dirs.saves),
    )
    for old, new in pairs:
        try:
            if old == new or not old.is_dir() or new.exists():
                continue
            new.parent.mkdir(parents=True, exist_ok=True)
            os.rename(old, new)
        except OSError:
            continue  # the old folder stays where it is; the game starts with a new one
