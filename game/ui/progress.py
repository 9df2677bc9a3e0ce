"""What a player has read and which endings they found, per case (for skipping and the
endings overview). A small JSON file per case in the user's data folder; a file that
cannot be read counts as nothing read yet, and is replaced at the next write."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from game.fileio import PRIVATE_MODE, write_atomic

PROGRESS_FORMAT = 1


@dataclass
class Progress:
    seen: set[str] = field(default_factory=set)  # node ids whose text was shown
    endings: set[str] = field(default_factory=set)  # ending node ids reached

    def to_json(self) -> str:
        data = {
            "format": PROGRESS_FORMAT,
            "seen": sorted(self.seen),
            "endings": sorted(self.endings),
        }
        return json.dumps(data, ensure_ascii=False, indent=1)


def _ids(value: object) -> set[str]:
    return {x for x in value if isinstance(x, str)} if isinstance(value, list) else set()


@dataclass
class ProgressStore:
    folder: Path
    _cache: dict[str, Progress] = field(default_factory=dict)

    def file_for(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def get(self, key: str) -> Progress:
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._read(key)
        return found

    def _read(self, key: str) -> Progress:
        try:
            data = json.loads(self.file_for(key).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError):
            return Progress()
        if not isinstance(data, dict) or data.get("format") != PROGRESS_FORMAT:
            return Progress()
        return Progress(_ids(data.get("seen")), _ids(data.get("endings")))

    def mark(self, key: str, node: str, ending: bool = False) -> None:
        """Remember that ``node`` was shown (and, for an ending, that it was found)."""
        progress = self.get(key)
        new = node not in progress.seen or (ending and node not in progress.endings)
        progress.seen.add(node)
        if ending:
            progress.endings.add(node)
        if new:  # a folder that cannot be written: skipping and the overview forget, no more
            with contextlib.suppress(OSError):
                write_atomic(self.file_for(key), progress.to_json(), mode=PRIVATE_MODE)
