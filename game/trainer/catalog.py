"""Finding the scenario a log was made with, to show its texts in the report.

A log stores ids, the scenario's sha256 and the path it was played from.
One reference scenario is used per scenario id, so that every log of a
workshop is counted against the same nodes and choices; logs made with a
different version are kept (ids are stable, rule 7) and flagged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from game.engine.model import Scenario
from game.fileio import is_folder, is_regular_file
from game.log.reader import PlayLog, is_id
from game.scenario.loader import SCENARIO_SUFFIXES, load_file, scenario_files, scenario_folders


@dataclass
class ScenarioCatalog:
    """Scenarios by id: given files first, then the scenario folders, then paths in logs."""

    given: Iterable[Path] = ()
    folders: tuple[Path, ...] = field(default_factory=scenario_folders)
    _by_id: dict[str, Scenario | None] = field(default_factory=dict)
    _loaded: dict[Path, Scenario | None] = field(default_factory=dict)
    _folder_indexed: bool = False

    def __post_init__(self) -> None:
        for path in self.given:
            scenario = self._load(Path(path))
            if scenario is not None:
                self._by_id.setdefault(scenario.id, scenario)

    def for_log(self, log: PlayLog) -> Scenario | None:
        if log.scenario not in self._by_id:
            self._by_id[log.scenario] = self._find(log)
        return self._by_id[log.scenario]

    def _find(self, log: PlayLog) -> Scenario | None:
        if is_id(log.scenario):
            for folder in self.folders:
                for suffix in SCENARIO_SUFFIXES:
                    found = self._load(folder / (log.scenario + suffix))
                    if found is not None and found.id == log.scenario:
                        return found
        found = self._from_recorded_path(log)
        return found if found is not None else self._search_folder(log.scenario)

    def _from_recorded_path(self, log: PlayLog) -> Scenario | None:
        if not log.scenario_path:
            return None
        path = Path(log.scenario_path)
        # Only regular YAML files: a log must not make us read a device or a pipe.
        if path.suffix not in SCENARIO_SUFFIXES:
            return None
        scenario = self._load(path)
        return scenario if scenario is not None and scenario.id == log.scenario else None

    def _search_folder(self, scenario_id: str) -> Scenario | None:
        """A file whose name is not its id: index the folders once."""
        if not self._folder_indexed:
            self._folder_indexed = True
            for folder in self.folders:
                for path in scenario_files(folder) if is_folder(folder) else []:
                    scenario = self._load(path)
                    if scenario is not None:
                        self._by_id.setdefault(scenario.id, scenario)
        return self._by_id.get(scenario_id)

    def _load(self, path: Path) -> Scenario | None:
        try:
            key = path.resolve()
        except (OSError, RuntimeError, ValueError):  # RuntimeError: a loop of links
            return None
        regular = is_regular_file(key)
        if key not in self._loaded:
            result = load_file(key) if regular else None
            self._loaded[key] = result.scenario if result is not None and result.ok else None
        return self._loaded[key]


def same_version(log: PlayLog, scenario: Scenario) -> bool:
    """True when the log was made with exactly this file (or cannot tell: an old log)."""
    if log.scenario_sha256 is None or scenario.sha256 is None:
        return log.scenario_version == scenario.version
    return log.scenario_sha256 == scenario.sha256


def version_note(log: PlayLog, scenario: Scenario) -> str:
    """A short description of the two versions for the 'other version' problem."""
    was = log.scenario_version or (log.scenario_sha256 or "?")[:12]
    now = scenario.version or (scenario.sha256 or "?")[:12]
    if was == now:
        was, now = (log.scenario_sha256 or "?")[:12], (scenario.sha256 or "?")[:12]
    return f"{was} → {now}"
