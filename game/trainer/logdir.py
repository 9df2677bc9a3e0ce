"""Where session logs go when no folder is given."""

from __future__ import annotations

import os
from pathlib import Path

# Tests and shared workshop machines point this at another folder.
LOG_DIR_ENV = "DOORBRAAK_LOG_DIR"


def default_log_dir() -> Path:
    """``$DOORBRAAK_LOG_DIR`` if set, else the user's data folder ``doorbraak/logs``."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path("doorbraak", appauthor=False) / "logs"


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
