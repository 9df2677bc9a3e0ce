"""The cases a trainee can choose from: the same catalogue as the window, flagship first.

Loaded once when the server starts (a case edited later needs a restart, so
that nobody's game changes under their hands). Cases with errors are left
out and named on the server's console; trainees never upload cases.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from game.engine.model import Scenario
from game.scenario.diagnostics import Diagnostic
from game.scenario.loader import load_file, scenario_files

# The case a new trainee should see first, until every case says so itself
# (the window adds an order key to the format; see ``_order``).
FLAGSHIP = "sanne"


@dataclass(frozen=True)
class Case:
    scenario: Scenario
    path: Path

    @property
    def id(self) -> str:
        return self.scenario.id

    def title(self, lang: str) -> str:
        return self.scenario.title.render(lang)

    def summary(self, lang: str) -> str:
        return self.scenario.summary.render(lang) if self.scenario.summary else ""


@dataclass(frozen=True)
class Skipped:
    path: Path
    reason: str


@dataclass
class Cases:
    cases: list[Case] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def get(self, case_id: str) -> Case | None:
        for case in self.cases:
            if case.id == case_id:
                return case
        return None

    def __iter__(self) -> Iterator[Case]:
        return iter(self.cases)

    def __len__(self) -> int:
        return len(self.cases)

    @staticmethod
    def load(folders: Iterable[Path]) -> Cases:
        found = Cases()
        for folder in folders:
            for path in scenario_files(folder) if folder.is_dir() else ():
                result = load_file(path)
                if result.scenario is None:
                    found.skipped.append(Skipped(path, _first_error(result.diagnostics)))
                elif found.get(result.scenario.id) is not None:
                    found.skipped.append(Skipped(path, f"a case '{result.scenario.id}' came first"))
                else:
                    found.cases.append(Case(result.scenario, path))
        found.cases.sort(key=_order)
        return found


def _order(case: Case) -> tuple[int, int, str]:
    # A `featured`/order key in the scenario wins when the format has one;
    # until then the flagship comes first and the rest by title, as on the title screen.
    featured = getattr(case.scenario, "featured", None)
    rank = -int(featured) if isinstance(featured, (int, float)) and featured else 0
    return (rank, 0 if case.id == FLAGSHIP else 1, case.title(case.scenario.default_language))


def _first_error(diagnostics: list[Diagnostic]) -> str:
    for diagnostic in diagnostics:
        if diagnostic.severity == "error":
            return diagnostic.format()
    return "cannot be loaded"
