"""What several commands share: finding and loading a scenario, printing diagnostics."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from game.engine.model import Scenario
from game.scenario.diagnostics import Diagnostic
from game.scenario.loader import LoadResult, known_scenario_ids, load_file, resolve_scenario

EXIT_USAGE = 2


def fail(message: str) -> int:
    print(f"doorbraak: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def shown(text: str, limit: int = 80) -> str:
    """An argument as a message repeats it: one line, not longer than ``limit``."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_diagnostics(diagnostics: Iterable[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        print(diagnostic.format(), file=sys.stderr)


def load_scenario_arg(arg: str) -> LoadResult | None:
    """Load SCENARIO (a path or an id in scenarios/); print why not and return None on failure."""
    path = resolve_scenario(arg)
    if path is None:
        from game.paths import check_shipped_cases

        check_shipped_cases()
        ids = ", ".join(known_scenario_ids()) or "none"
        fail(f"no scenario file or id '{shown(arg)}' (scenarios here: {ids})")
        return None
    result = load_file(path)
    if not result.ok:
        print_diagnostics(result.diagnostics)
        fail(f"'{path}' has errors; fix them first (see `doorbraak validate {path}`)")
        return None
    return result


def check_language(scenario: Scenario, lang: str | None) -> str | None:
    """The language to use (default: the scenario's first); None after printing why not."""
    chosen = lang or scenario.default_language
    if chosen not in scenario.languages:
        fail(
            f"scenario '{scenario.id}' has no language '{chosen}' "
            f"(it has: {', '.join(scenario.languages)})"
        )
        return None
    return chosen
