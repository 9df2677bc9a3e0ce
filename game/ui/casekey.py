"""Which case a save belongs to: its id, and for a copy outside the shipped cases its file.

Two files with the same ``id`` (the shipped Sanne and an author's copy in
/tmp) are two cases for the player: each has its own autosave and its own
record of what was read. The shipped cases keep the plain id as their key,
so saves from before this rule are still found.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from game.paths import SCENARIOS_DIR


def case_key(scenario_id: str, scenario_file: str | Path) -> str:
    """``sanne`` for the shipped file, ``sanne-1a2b3c4d`` for a copy elsewhere."""
    path = Path(scenario_file).resolve()
    try:
        shipped = path.parent == Path(SCENARIOS_DIR).resolve()
    except OSError:
        shipped = False
    if shipped:
        return scenario_id
    digest = hashlib.sha1(str(path).encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
    return f"{scenario_id}-{digest}"
