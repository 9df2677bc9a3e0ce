"""Save slots beside the autosave: three the player fills from the pause menu, and the
quick save (F5; F9 loads it). A slot holds the same record as the autosave (see
``game.ui.saves``) and may hold a game of any case."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.fileio import PRIVATE_MODE, write_atomic
from game.ui.saves import SaveProblem, SaveRecord, read_save

SLOTS = ("1", "2", "3")
QUICK = "quick"


@dataclass(frozen=True, slots=True)
class SlotStore:
    folder: Path

    def file_for(self, slot: str) -> Path:
        return self.folder / f"{slot}.json"

    def write(self, slot: str, record: SaveRecord) -> bool:
        try:
            write_atomic(self.file_for(slot), record.stamped().to_json(), mode=PRIVATE_MODE)
        except OSError:
            return False
        return True

    def read(self, slot: str) -> SaveRecord | SaveProblem | None:
        path = self.file_for(slot)
        return read_save(path) if path.is_file() else None
