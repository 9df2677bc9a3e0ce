"""Best and worst final score reachable after each choice, for the personal debrief.

Two sources: the analyser (``game.analysis``), which explores the scenario
itself, and, where it is missing or fails, the finished logs of other
players (what those who took a choice actually got). The report names the
source it used, because the two mean different things.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from game.engine.model import Scenario
from game.log.reader import PlayLog

Source = Literal["analysis", "analysis_sample", "logs"]

# The bulk search explores even the big shipped cases completely in about 1.5 s;
# where it cannot (a stuck state, a cycle), the state-by-state search gets enough
# for a small scenario and samples a big one (the analyser says so and the report
# repeats it), so that a debrief never waits long.
ANALYSIS_BULK_MAX_STATES = 1_000_000
ANALYSIS_MAX_STATES = 20_000
ANALYSIS_PLAYTHROUGHS = 1_000


@dataclass(frozen=True, slots=True)
class ScoreRange:
    worst: int
    best: int
    count: int | None = None  # playthroughs behind it (logs only)


@dataclass
class Ranges:
    source: Source
    compared: int = 0  # logs used (source "logs")
    by_choice: dict[str, ScoreRange] = field(default_factory=dict)
    # The best score the case allows (from the analyser; None from logs, which
    # only show what players got): shown beside the player's own.
    best: int | None = None

    def get(self, choice_id: str) -> ScoreRange | None:
        return self.by_choice.get(choice_id)


def from_logs(logs: Iterable[PlayLog]) -> Ranges:
    seen: dict[str, list[int]] = {}
    used = 0
    for log in logs:
        if log.end is None:
            continue
        used += 1
        for choice in set(log.path_ids):
            seen.setdefault(choice, []).append(log.end.score)
    ranges = {c: ScoreRange(min(s), max(s), len(s)) for c, s in seen.items()}
    return Ranges("logs", used, ranges)


def from_analysis(scenario: Scenario) -> Ranges | None:
    """The analyser's per-choice ranges, or None when it is not there or cannot help."""
    try:
        from game.analysis import analyse

        analysis = analyse(
            scenario,
            max_states=ANALYSIS_MAX_STATES,
            playthroughs=ANALYSIS_PLAYTHROUGHS,
            bulk_max_states=ANALYSIS_BULK_MAX_STATES,
        )
    except Exception:  # a newer or broken analyser must not break a debrief
        return None
    ranges: dict[str, ScoreRange] = {}
    for result in getattr(analysis, "choices", ()):
        score = getattr(result, "score", None)
        if score is not None:
            ranges[result.id] = ScoreRange(int(score[0]), int(score[1]))
    if not ranges:
        return None
    from game.analysis import best_score

    source: Source = "analysis" if analysis.complete else "analysis_sample"
    return Ranges(source, 0, ranges, best_score(analysis))


def best_ranges(scenario: Scenario, logs: Iterable[PlayLog]) -> Ranges:
    return from_analysis(scenario) or from_logs(logs)
