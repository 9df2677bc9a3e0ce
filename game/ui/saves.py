"""Saved games: one autosave per scenario, as JSON in the user's data folder.

A save holds what is needed to check it still fits before resuming: the
scenario file's path and sha256, the language, mode and player, and the
engine's ``SessionState``. A save that cannot be read is reported, never
deleted; the player may set it aside (it is renamed, not removed).
"""

from __future__ import annotations

import json
import time
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from game.engine import SessionState, StateError
from game.fileio import (
    PRIVATE_MODE,
    InputError,
    is_folder,
    is_regular_file,
    read_input,
    set_aside_name,
    write_atomic,
)
from game.numbers import STORED_LIMIT, usable_epoch

SAVE_FORMAT = 1
ASIDE_SUFFIX = ".aside"
# A save holds the path and the trail of one game: a few kB, a long one some 100 kB.
MAX_SAVE_BYTES = 8 * 1024 * 1024
# How long each text of a save may be, and what else it must hold to be used.
_TEXT_LIMITS = {
    "scenario_file": 4096,
    "sha256": 64,
    "lang": 35,
    "mode": 20,
    "player": 200,
    "title": 2000,
}
_STATE_TEXTS = 100_000  # ids in the path and the trail together


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
    strings = tuple(_TEXT_LIMITS)
    if not all(isinstance(data.get(key), str) for key in strings):
        raise StateError("the saved game misses the scenario, language, mode or player")
    for key, limit in _TEXT_LIMITS.items():
        if len(data[key]) > limit or not _plain(data[key]):
            raise StateError(f"the saved game's '{key}' is damaged")
    saved_at = usable_epoch(data.get("saved_at", 0.0))
    if saved_at is None:  # NaN, 1e18, 400 digits: time.localtime could not show it
        raise StateError("the saved game has no valid time")
    state = SessionState.from_dict(data.get("state"))
    _check_state_sizes(state)
    return SaveRecord(
        state=state,
        saved_at=saved_at,
        finished=data.get("finished") is True,
        **{key: data[key] for key in strings},
    )


def _plain(text: str) -> bool:
    """No control characters or surrogates: such a text was never written by the game."""
    return text.isprintable() or not any(unicodedata.category(c) in ("Cc", "Cs") for c in text)


def _check_state_sizes(state: SessionState) -> None:
    """Numbers and texts of a size the game can show and replay (a hand-edited save may not)."""
    numbers = [*state.values.values(), *state.visits.values()]
    if state.origin is not None:
        numbers += list(state.origin.overrides.values())
    if any(not -STORED_LIMIT <= int(n) <= STORED_LIMIT for n in numbers):
        raise StateError("the saved game has a number too large for any case")
    ids = [state.scenario, state.node, *state.path, *state.trail, *state.once_taken]
    if len(ids) > _STATE_TEXTS or any(len(i) > 200 or not _plain(i) for i in ids):
        raise StateError("the saved game names a node or choice that no case can have")
    if len(state.player) > 200 or not _plain(state.player):
        raise StateError("the saved game's player name is damaged")


def read_save(path: Path) -> SaveRecord | SaveProblem:
    """The save in ``path``, or what is wrong with it (never an exception, never a hang)."""
    try:
        data = read_input(path, MAX_SAVE_BYTES)
    except InputError as err:
        return SaveProblem(path, f"cannot read the file ({err.reason})")
    try:
        return parse_save(data.decode("utf-8"))
    except UnicodeDecodeError:
        return SaveProblem(path, "cannot read the file (it is not UTF-8 text)")
    except StateError as err:
        return SaveProblem(path, str(err))


@dataclass(frozen=True, slots=True)
class SaveStore:
    folder: Path

    def file_for(self, scenario_id: str) -> Path:
        # The loader keeps scenario ids short (DB109); a longer one from elsewhere
        # still gets a name the file system takes.
        return self.folder / f"{scenario_id[:200]}.json"

    def write(self, record: SaveRecord) -> bool:
        """Write the autosave for the record's scenario; False if the disk refused."""
        try:
            write_atomic(self.file_for(record.state.scenario), record.to_json(), mode=PRIVATE_MODE)
        except OSError:
            return False
        return True

    def files(self) -> list[Path]:
        if not is_folder(self.folder):
            return []
        try:
            return sorted(self.folder.glob("*.json"))
        except OSError:
            return []

    def read(self, scenario_id: str) -> SaveRecord | SaveProblem | None:
        """The save for a case, a problem when something unreadable has its name, else None."""
        path = self.file_for(scenario_id)
        if is_regular_file(path) or _something_there(path):
            return read_save(path)
        return None

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
        target = set_aside_name(path, stamp, ASIDE_SUFFIX)
        path.rename(target)
        return target


def _something_there(path: Path) -> bool:
    """A pipe, a device or a folder where the save should be: reported, not skipped."""
    try:
        return path.exists() or path.is_symlink()
    except (OSError, ValueError):
        return False


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
