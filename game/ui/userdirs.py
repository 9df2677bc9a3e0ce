"""Where the window keeps the player's settings and saved games.

platformdirs gives the usual folder on each system (on Linux
``~/.config/Doorbraak`` and ``~/.local/share/Doorbraak``). Tests and
benchmarks set ``DOORBRAAK_USER_DIR`` so they never touch a player's files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Doorbraak"
ENV_OVERRIDE = "DOORBRAAK_USER_DIR"


@dataclass(frozen=True, slots=True)
class UserDirs:
    config: Path  # settings.json
    data: Path  # saves/
    logs: Path | None = None  # session logs; None: the trainer tools' default folder

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def saves(self) -> Path:
        return self.data / "saves"

    @property
    def log_dir(self) -> Path:
        """Where session logs go: ours under an override, else where the terminal writes them."""
        if self.logs is not None:
            return self.logs
        from game.trainer.logdir import default_log_dir

        return default_log_dir()

    @staticmethod
    def under(root: Path) -> UserDirs:
        return UserDirs(root / "config", root / "data", root / "logs")

    @staticmethod
    def default() -> UserDirs:
        override = os.environ.get(ENV_OVERRIDE)
        if override:
            return UserDirs.under(Path(override))
        import platformdirs

        return UserDirs(
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        )


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file, so a crash never leaves half a file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
