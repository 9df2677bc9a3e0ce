"""Where session logs go when no folder is given: the player's one user folder."""

from __future__ import annotations

import os
from pathlib import Path

from game.userdirs import LOG_DIR_ENV, UserDirs

__all__ = ["LOG_DIR_ENV", "NO_LOG_ENV", "configure", "default_log_dir", "logging_enabled"]


def default_log_dir() -> Path:
    """``$DOORBRAAK_LOG_DIR`` if set, else ``logs/`` in the user folder (see game.userdirs)."""
    return UserDirs.default().log_dir


# Set by `play --no-log`, so that the window (a separate module) logs nothing either.
NO_LOG_ENV = "DOORBRAAK_NO_LOG"


def logging_enabled() -> bool:
    return os.environ.get(NO_LOG_ENV, "") in ("", "0")


def configure(log_dir: str | None, no_log: bool) -> None:
    """Pass ``--log-dir``/``--no-log`` on to every client in this process (the window too)."""
    if log_dir:
        os.environ[LOG_DIR_ENV] = log_dir
    if no_log:
        os.environ[NO_LOG_ENV] = "1"
