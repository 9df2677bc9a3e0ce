"""The personal debrief at the end of a web game, built from the trainer package's sections.

The stored log records are read with the same reader as a log file
(``parse_records``), so the debrief here is the one ``report --debrief``
makes from the exported JSONL. The score ranges per choice come from the
analyser, once per case, in the server's worker process (``game.web.worker``:
in the server itself it would stall every trainee's move meanwhile); the
server starts it for every case at start-up, and a debrief asked for before
it is done waits for it.
"""

from __future__ import annotations

import concurrent.futures
import threading
from pathlib import Path
from typing import Any

from game.engine.model import Scenario
from game.log.reader import PlayLog, parse_records
from game.trainer.debrief import Debrief, build_debrief
from game.trainer.ranges import Ranges, from_analysis, from_logs
from game.web.worker import Worker


def analyse_file(path: str, sha256: str | None) -> Ranges | None:
    """In the worker: load the case from its file and analyse it (None if the file changed)."""
    from game.scenario.loader import load_file

    scenario = load_file(path).scenario
    if scenario is None or scenario.sha256 != sha256:
        return None
    return from_analysis(scenario)


class RangeCache:
    """Each case's per-choice score ranges, computed once (in a worker) and shared by all."""

    def __init__(self, worker: Worker, analyse: bool = True) -> None:
        self.analyse = analyse
        self._worker = worker
        self._futures: dict[str, concurrent.futures.Future[Ranges | None]] = {}
        self._guard = threading.Lock()

    def _future(self, scenario: Scenario) -> concurrent.futures.Future[Ranges | None]:
        key = f"{scenario.id}\x1f{scenario.sha256}"
        with self._guard:
            found = self._futures.get(key)
            if found is None:
                if scenario.source is None:  # built in memory: analyse it here
                    found = concurrent.futures.Future()
                    found.set_result(from_analysis(scenario))
                else:
                    found = self._worker.submit(analyse_file, scenario.source, scenario.sha256)
                self._futures[key] = found
        return found

    def analysed(self, scenario: Scenario) -> Ranges | None:
        if not self.analyse:
            return None
        try:
            return self._future(scenario).result(timeout=120)
        except Exception:  # a crashed or stuck worker: the debrief uses the logs instead
            return None

    def warm(self, scenarios: list[Scenario]) -> None:
        """Start the analysis of every case in the worker; returns at once."""
        if self.analyse:
            for scenario in scenarios:
                self._future(scenario)

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
