"""The settings of one server: where its data lives, which database, which cases, its secrets.

Defaults: the data folder is ``web/`` in the player's user data folder
(``game.userdirs``), with the SQLite database ``doorbraak.sqlite3`` there.
The cookie secret and the trainer's token are made once and kept in that
folder (readable by its owner only), so signed cookies and the trainer's
link survive a restart. Delete ``trainer-token`` to get a new link.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from game.userdirs import UserDirs
from game.web.db import sqlite_url

SECRET_FILE = "secret.key"
TOKEN_FILE = "trainer-token"
DATABASE_FILE = "doorbraak.sqlite3"
DEFAULT_KEEP_DAYS = 30
MAX_BODY = 16 * 1024  # every form of the player fits in a fraction of this


def default_data_dir() -> Path:
    return UserDirs.default().data / "web"


@dataclass(frozen=True)
class ServeConfig:
    data_dir: Path
    database_url: str
    scenario_dirs: tuple[Path, ...]
    secret: bytes
    trainer_token: str
    keep_days: int = DEFAULT_KEEP_DAYS
    max_body: int = MAX_BODY
    warm_art: bool = True  # draw every portrait in the background at start-up
    analyse: bool = True  # the debrief's score ranges from the analyser (else from logs)
    best_score: bool = True  # the best score each case allows, on the ending (analyser)

    @property
    def art_cache(self) -> Path:
        return self.data_dir / "cache" / "art"

    @staticmethod
    def make(
        data_dir: Path | None = None,
        database_url: str | None = None,
        scenario_dirs: tuple[Path, ...] | None = None,
        keep_days: int = DEFAULT_KEEP_DAYS,
        warm_art: bool = True,
        analyse: bool = True,
        best_score: bool = True,
    ) -> ServeConfig:
        """The config for a data folder, creating the folder and its secrets when new.

        Without ``scenario_dirs``: the shipped cases and the author's own folder,
        as on the window's title screen.
        """
        from game.scenario.loader import scenario_folders

        folder = (data_dir or default_data_dir()).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        return ServeConfig(
            data_dir=folder,
            database_url=database_url or sqlite_url(folder / DATABASE_FILE),
            scenario_dirs=scenario_dirs if scenario_dirs is not None else scenario_folders(),
            secret=_kept(folder / SECRET_FILE, lambda: secrets.token_hex(32)).encode(),
            trainer_token=_kept(folder / TOKEN_FILE, lambda: secrets.token_urlsafe(18)),
            keep_days=keep_days,
            warm_art=warm_art,
            analyse=analyse,
            best_score=best_score,
        )


def _kept(path: Path, make: Callable[[], str]) -> str:
    """The secret in ``path``, made (owner-only) the first time."""
    try:
        value = path.read_text(encoding="ascii").strip()
        if len(value) >= 16:
            return value
    except (OSError, UnicodeDecodeError):
        pass
    value = make()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(value + "\n")
    return value
