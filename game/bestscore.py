"""The best score a case allows, beside the player's: from the analyser, cached, in the background.

The analyser explores every way to play a case (``game.analysis``); the
highest final score it finds is what the ending screen, the terminal and the
debrief show as "beste haalbare score". A big case takes a second or two, so:

- the result is cached per scenario (the sha256 of its file) in the user
  folder, ``<data>/cache/best-score/<sha256>.json``, together with the game's
  version (a newer game may score differently);
- ``BestScoreJob`` starts the work in a background thread as soon as a case
  is loaded, so nothing waits on it; the ending asks for the result.

Past the analyser's state limit the best score is the highest the sample saw
(``complete`` False): a lower bound, and the game says so.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from game import __version__
from game.engine.model import Scenario
from game.userdirs import UserDirs

CACHE_FOLDER = "best-score"


@dataclass(frozen=True, slots=True)
class BestScore:
    score: int
    complete: bool  # False: the best a sample saw, so the real best may be higher
    endings: tuple[str, ...]  # the endings where it is reached


def cache_file(dirs: UserDirs, sha256: str) -> Path:
    return dirs.data / "cache" / CACHE_FOLDER / f"{sha256}.json"


def cached(scenario: Scenario, dirs: UserDirs) -> BestScore | None:
    """The cached best score of this exact scenario file and game version, if any."""
    if not scenario.sha256:
        return None
    try:
        data = json.loads(cache_file(dirs, scenario.sha256).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # none yet, or a damaged file: compute it again
    if not isinstance(data, dict) or data.get("game") != __version__:
        return None
    score, complete, endings = data.get("score"), data.get("complete"), data.get("endings")
    if not isinstance(score, int) or not isinstance(complete, bool):
        return None
    if not isinstance(endings, list) or not all(isinstance(e, str) for e in endings):
        return None
    return BestScore(score, complete, tuple(endings))


def store(scenario: Scenario, dirs: UserDirs, best: BestScore) -> None:
    """Remember ``best``; a folder that cannot be written only means no cache."""
    if not scenario.sha256:
        return
    data = {
        "game": __version__,
        "scenario": scenario.id,
        "score": best.score,
        "complete": best.complete,
        "endings": list(best.endings),
    }
    target = cache_file(dirs, scenario.sha256)
    # Replaced in one step, so a reader never sees half a file; not fsynced: a cache
    # lost in a crash is computed again, and a player's disk need not wait for it.
    temp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(temp, target)
    except OSError:
        temp.unlink(missing_ok=True)


def compute(scenario: Scenario) -> BestScore | None:
    """The analyser's best score (None when no ending can be reached)."""
    from game.analysis import analyse, best_score

    analysis = analyse(scenario)
    best = best_score(analysis)
    if best is None:
        return None
    endings = tuple(e.node for e in analysis.endings if e.score is not None and e.score[1] == best)
    return BestScore(best, analysis.complete, endings)


def best_for(scenario: Scenario, dirs: UserDirs | None = None) -> BestScore | None:
    """From the cache, or computed now and cached."""
    dirs = dirs or UserDirs.default()
    found = cached(scenario, dirs)
    if found is not None:
        return found
    found = compute(scenario)
    if found is not None:
        store(scenario, dirs, found)
    return found


class BestScoreJob:
    """The best score of one case, worked out in a background thread.

    ``result(wait)`` returns it once known, waiting at most ``wait`` seconds;
    None when it is not known yet (or cannot be known: the analysis failed).
    With ``process`` the analyser runs in a helper process (``python -m
    game.bestscore``) and the thread only waits for it: the window's frames
    must not share the interpreter lock with seconds of pure-Python search.
    """

    def __init__(
        self, scenario: Scenario, dirs: UserDirs | None = None, *, process: bool = False
    ) -> None:
        self._scenario = scenario
        self._dirs = dirs
        self._process = process and scenario.source is not None and bool(scenario.sha256)
        self._result: BestScore | None = None
        self._done = threading.Event()
        found = cached(scenario, dirs or UserDirs.default())
        if found is not None:
            self._result = found
            self._done.set()
            return
        self._thread = threading.Thread(target=self._run, name="best-score", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            if self._process:
                self._result = self._in_a_process()
            else:
                self._result = best_for(self._scenario, self._dirs)
        except Exception:  # an analyser problem must never reach the player's game
            self._result = None
        finally:
            self._done.set()

    def _in_a_process(self) -> BestScore | None:
        import subprocess
        import sys

        dirs = self._dirs or UserDirs.default()
        source, sha256 = self._scenario.source, self._scenario.sha256
        assert source is not None and sha256  # checked in __init__
        argv = [sys.executable, "-m", "game.bestscore", source, sha256, str(dirs.data)]
        subprocess.run(argv, capture_output=True, timeout=600, check=False)
        return cached(self._scenario, dirs)  # the helper stored it there

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def result(self, wait: float = 0.0) -> BestScore | None:
        self._done.wait(wait)
        return self._result


_SHARED: dict[tuple[str, str], BestScoreJob] = {}
_SHARED_LOCK = threading.Lock()


def shared_job(scenario: Scenario, dirs: UserDirs, *, process: bool = False) -> BestScoreJob:
    """One job per case file and user folder in this process: a case played again, or
    the many games of one window, never work the same best score out twice."""
    if not scenario.sha256:
        return BestScoreJob(scenario, dirs, process=process)
    key = (scenario.sha256, str(dirs.data))
    with _SHARED_LOCK:
        job = _SHARED.get(key)
        if job is None:
            job = _SHARED[key] = BestScoreJob(scenario, dirs, process=process)
        return job


def main(argv: list[str]) -> int:
    """``python -m game.bestscore FILE SHA256 DATA_DIR``: work out and cache the best score
    of the case in FILE, if it still is the version with SHA256 (the window's helper)."""
    if len(argv) != 3:
        print("usage: python -m game.bestscore FILE SHA256 DATA_DIR", file=sys.stderr)
        return 2
    from game.scenario.loader import load_file

    scenario = load_file(Path(argv[0])).scenario
    if scenario is None or scenario.sha256 != argv[1]:
        return 1  # changed since the window loaded it: nothing to cache
    data = Path(argv[2])
    best_for(scenario, UserDirs(data, data, data / "logs", data / "scenarios"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
