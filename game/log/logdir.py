"""Where session logs go when no folder is given: the player's one user folder."""

from __future__ import annotations

import os
from pathlib import Path

from game.userdirs import LOG_DIR_ENV, UserDirs

__all__ = [
    "LOG_DIR_ENV",
    "NO_LOG_ENV",
    "configure",
    "default_log_dir",
    "is_own_log_dir",
    "logging_enabled",
]


def default_log_dir() -> Path:
    """``$DOORBRAAK_LOG_DIR`` if set, else ``logs/`` in the user folder (see game.userdirs)."""
    return UserDirs.default().log_dir


def is_own_log_dir(folder: Path) -> bool:
    """Is ``folder`` the player's own log folder (not one a trainer chose with
    ``--log-dir`` or ``DOORBRAAK_LOG_DIR`` to collect the room's logs)?

    Logs there are the player's alone; in a folder chosen to collect a room's
    logs they keep the folder's usual permissions, so that the trainer can read them.
    """
    own = UserDirs.default_without_log_dir().logs
    try:
        return folder.resolve() == own.resolve()
    except (OSError, RuntimeError):  # a loop of links: not a folder we know
        return False


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
