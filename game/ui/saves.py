"""Saved games: one autosave per scenario, as JSON in the user's data folder.

A save holds what is needed to check it still fits before resuming: the
scenario file's path and sha256, the language, mode and player, and the
engine's ``SessionState``. A save that cannot be read is reported, never
deleted; the player may set it aside (it is renamed, not removed).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from game.engine import SessionState, StateError
from game.fileio import PRIVATE_MODE, write_atomic

SAVE_FORMAT = 1
ASIDE_SUFFIX = ".aside"


@dataclass(frozen=True, slots=True)
class SaveRecord:
    scenario_file: str
    sha256: str
    lang: str
    mode: str
    player: str
    state: SessionState
    title: str = ""  # the scenario's title when saved, shown even if the file is gone
    saved_at: float = 0.0
    finished: bool = False

    def to_json(self) -> str:
        data = {
            "format": SAVE_FORMAT,
            "scenario_file": self.scenario_file,
            "sha256": self.sha256,
            "lang": self.lang,
            "mode": self.mode,
            "player": self.player,
            "title": self.title,
            "saved_at": self.saved_at,
            "finished": self.finished,
            "state": self.state.to_dict(),
        }
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)

    def stamped(self) -> SaveRecord:
        return replace(self, saved_at=time.time())

    @property
    def key(self) -> str:
        """The case this save belongs to: its id, plus the file's identity for a copy."""
        from game.ui.casekey import case_key

        return case_key(self.state.scenario, self.scenario_file)


@dataclass(frozen=True, slots=True)
class SaveProblem:
    """A save file that cannot be used; ``detail`` says why, for the player."""

    path: Path
    detail: str


def parse_save(text: str) -> SaveRecord:
    """Read a save; raises StateError with a plain message when it is not one."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as err:
        raise StateError(f"the file is not valid JSON ({err})") from None
    if not isinstance(data, dict):
        raise StateError("the file is not a saved game")
    if data.get("format") != SAVE_FORMAT:
        raise StateError(f"unknown save format {data.get('format')!r}")
    strings = ("scenario_file", "sha256", "lang", "mode", "player", "title")
    if not all(isinstance(data.get(key), str) for key in strings):
        raise StateError("the saved game misses the scenario, language, mode or player")
    saved_at = data.get("saved_at", 0.0)
    if not isinstance(saved_at, int | float) or isinstance(saved_at, bool):
        raise StateError("the saved game has no valid time")
    return SaveRecord(
        state=SessionState.from_dict(data.get("state")),
        saved_at=float(saved_at),
        finished=data.get("finished") is True,
        **{key: data[key] for key in strings},
    )


def read_save(path: Path) -> SaveRecord | SaveProblem:
    try:
        return parse_save(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        return SaveProblem(path, f"cannot read the file ({err})")
    except StateError as err:
        return SaveProblem(path, str(err))


@dataclass(frozen=True, slots=True)
class SaveStore:
    folder: Path

    def file_for(self, key: str) -> Path:
        """The autosave of a case, by its key (``game.ui.casekey``)."""
        return self.folder / f"{key}.json"

    def write(self, record: SaveRecord) -> bool:
        """Write the autosave for the record's case; False if the disk refused."""
        try:
            write_atomic(self.file_for(record.key), record.to_json(), mode=PRIVATE_MODE)
        except OSError:
            return False
        return True

    def files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(self.folder.glob("*.json"))

    def read(self, key: str) -> SaveRecord | SaveProblem | None:
        path = self.file_for(key)
        return read_save(path) if path.is_file() else None

    def latest(self) -> SaveRecord | SaveProblem | None:
        """The newest unfinished save, or a problem with the newest file that cannot be read."""
        found: list[tuple[float, Any]] = []
        for path in self.files():
            item = read_save(path)
            if isinstance(item, SaveRecord):
                if not item.finished:
                    found.append((item.saved_at, item))
            else:
                found.append((_mtime(path), item))
        return max(found, key=lambda pair: pair[0])[1] if found else None

    def set_aside(self, path: Path) -> Path:
        """Rename a save so it is no longer offered; it stays on disk for the player."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.stem}-{stamp}{ASIDE_SUFFIX}")
        path.rename(target)
        return target


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
