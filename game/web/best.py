"""The best score each case allows, beside the trainee's own on the ending (issue 12).

The same number as the window and the terminal show (``game.bestscore``):
the analyser's highest final score, cached per case file (its sha256) in
``<data>/cache/best-score/`` of the server's data folder, beside the
portraits. A request never waits for it: the work starts when the server
loads its cases and again (a no-op when known or under way) when a game
starts, in the server's worker process (``game.web.worker``: in a thread of
the server it would hold the interpreter lock for seconds). An ending drawn
before it is known says so, and shows it when the page is opened again.
"""

from __future__ import annotations

import concurrent.futures
import threading
from pathlib import Path
from typing import Literal

from game.bestscore import BestScore, best_for, cached
from game.engine.model import Scenario
from game.engine.state import SessionState
from game.userdirs import UserDirs
from game.web.worker import Worker

BUSY: Literal["busy"] = "busy"
Shown = BestScore | Literal["busy"] | None


def server_dirs(data_dir: Path) -> UserDirs:
    """The server's data folder as ``game.bestscore`` sees it (it reads only ``data``)."""
    return UserDirs(data_dir, data_dir, data_dir / "logs", data_dir / "scenarios")


def best_in_worker(path: str, sha256: str | None, data_dir: str) -> BestScore | None:
    """In the worker: the case's best score from its file (None when the file changed)."""
    from game.scenario.loader import load_file

    scenario = load_file(path).scenario
    if scenario is None or scenario.sha256 != sha256:
        return None
    return best_for(scenario, server_dirs(Path(data_dir)))


def begun_elsewhere(scenario: Scenario, state: SessionState) -> bool:
    """A game begun at another moment or with other values: the case's best score, which is
    that of the case from its start, says nothing about it."""
    origin = state.origin
    return origin is not None and (origin.node != scenario.start or bool(origin.overrides))


class BestScores:
    """Each case's best score, worked out once and shared by every game of the case."""

    def __init__(self, data_dir: Path, worker: Worker, enabled: bool = True) -> None:
        self.enabled = enabled
        self._dirs = server_dirs(data_dir)
        self._worker = worker
        self._known: dict[str, BestScore | None] = {}
        self._pending: dict[str, concurrent.futures.Future[BestScore | None]] = {}
        self._guard = threading.Lock()

    def start(self, scenario: Scenario) -> None:
        """Start working out ``scenario``'s best score unless known or under way; returns
        at once (reading the cache file is the most it does here)."""
        if not self.enabled:
            return
        key = _key(scenario)
        with self._guard:
            if key in self._known or key in self._pending:
                return
            found = cached(scenario, self._dirs)
            if found is not None:
                self._known[key] = found
            elif scenario.source is None:  # built in memory (never served): no file to load
                self._known[key] = None
            else:
                try:
                    self._pending[key] = self._worker.submit(
                        best_in_worker, scenario.source, scenario.sha256, str(self._dirs.data)
                    )
                except Exception:  # a broken worker must never stop a game from starting
                    self._known[key] = None

    def warm(self, scenarios: list[Scenario]) -> None:
        for scenario in scenarios:
            self.start(scenario)

    def shown(self, scenario: Scenario) -> Shown:
        """The best score if known; BUSY while it is worked out; None when there is none
        (switched off, no ending reachable, or the analysis failed)."""
        if not self.enabled:
            return None
        self.start(scenario)  # a game from before a restart: its case may not be under way
        key = _key(scenario)
        with self._guard:
            if key in self._known:
                return self._known[key]
            future = self._pending[key]
            if not future.done():
                return BUSY
            try:
                found = future.result()
            except Exception:  # a crashed worker: the ending shows no best score
                found = None
            self._known[key] = found
            del self._pending[key]
            return found


def _key(scenario: Scenario) -> str:
    return f"{scenario.id}\x1f{scenario.sha256}"
