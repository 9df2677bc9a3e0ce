"""The personal debrief at the end of a web game, built from the trainer package's sections.

The stored log records are read with the same reader as a log file
(``parse_records``), so the debrief here is the one ``report --debrief``
makes from the exported JSONL. The score ranges per choice come from the
analyser, once per case (the big cases take about a second); the server
starts that in the background, and a debrief asked for before it is done
waits for it.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from game.engine.model import Scenario
from game.log.reader import PlayLog, parse_records
from game.trainer.debrief import Debrief, build_debrief
from game.trainer.ranges import Ranges, from_analysis, from_logs


class RangeCache:
    """Each case's per-choice score ranges, computed once and shared by every trainee."""

    def __init__(self, analyse: bool = True) -> None:
        self.analyse = analyse
        self._ranges: dict[str, Ranges | None] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def _lock(self, key: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(key, threading.Lock())

    def analysed(self, scenario: Scenario) -> Ranges | None:
        if not self.analyse:
            return None
        key = f"{scenario.id}\x1f{scenario.sha256}"
        if key in self._ranges:
            return self._ranges[key]
        with self._lock(key):
            if key not in self._ranges:
                self._ranges[key] = from_analysis(scenario)
        return self._ranges[key]

    def warm(self, scenarios: list[Scenario]) -> None:
        for scenario in scenarios:
            self.analysed(scenario)

    def for_log(self, scenario: Scenario, log: PlayLog) -> Ranges:
        return self.analysed(scenario) or from_logs([log])


def play_log(records: list[dict[str, Any]], game_id: str) -> PlayLog | None:
    return parse_records(records, Path(f"web-{game_id}.jsonl")).log


def debrief_of(
    scenario: Scenario, records: list[dict[str, Any]], game_id: str, lang: str, ranges: RangeCache
) -> Debrief | None:
    log = play_log(records, game_id)
    if log is None:
        return None
    return build_debrief(log, scenario, lang, ranges.for_log(scenario, log))


def sections(debrief: Debrief) -> dict[str, object]:
    """The trainer's debrief pieces the ending page shows, as safe HTML."""
    from game.trainer.debrief_page import decision_block, meters_chart, range_source

    return {
        "chart": meters_chart(debrief),
        "range_source": range_source(debrief),
        "decisions": [decision_block(debrief, d) for d in debrief.decisions],
    }


def document(debrief: Debrief) -> str:
    """The debrief as a page of its own, to download (the same as ``report --debrief``)."""
    from game.trainer.debrief_page import debrief_document

    return debrief_document(debrief)
