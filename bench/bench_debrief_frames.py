"""Benchmark: the window's frames while "Nabespreking opslaan" writes the debrief.

Run:  .venv/bin/python bench/bench_debrief_frames.py [--scenario PATH] [--runs 3] [--thread]

It plays the case to an ending in the window (SDL's dummy driver, a session
log in a throw-away folder), presses "save the debrief" and then runs the
loop as the game does, drawing every pass (the busy sign moves), until the
page is written. It reports the longest pass, the 99th percentile and how
long the save took. ``--thread`` writes the page in a thread of the window's
own process instead of the helper process, to show why the game does not:
the analysis holds Python's interpreter lock and frames wait for it.

Goal (docs/performance.md): no frame longer than 50 ms during the save.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("DOORBRAAK_USER_DIR", tempfile.mkdtemp(prefix="doorbraak-bench-"))

from game.paths import SCENARIOS_DIR  # noqa: E402
from game.ui.app import App  # noqa: E402
from game.ui.flow import open_scenario, show_title  # noqa: E402
from game.ui.screens.dialogue import DialogueScreen  # noqa: E402
from game.ui.screens.ending import EndingScreen  # noqa: E402
from game.userdirs import UserDirs  # noqa: E402


def to_ending(app: App, path: Path) -> EndingScreen:
    open_scenario(app, path)
    while app.jobs.running:
        app.jobs.wait_all()
        app.step(wait=False)
    dialogue = app.top
    assert isinstance(dialogue, DialogueScreen), "the scenario did not open"
    play = dialogue.play
    turn = 0
    while not play.session.over:
        if play.session.can_advance:
            play.advance()
        else:
            options = [o for o in play.session.options() if o.available]
            play.choose(options[turn % len(options)].choice.id)
            turn += 1
    ending = EndingScreen(app, play)
    app.push(ending)
    return ending


def save_and_time(app: App, ending: EndingScreen, in_thread: bool) -> tuple[list[float], float]:
    if in_thread:
        from game.trainer.offer import write_debrief_next_to

        assert ending.play.logger is not None
        log, lang = ending.play.logger.path, ending.play.lang
        app.start_job(lambda: write_debrief_next_to(log, lang), lambda job: None, "busy.debrief")
    else:
        ending.save_page()
    passes = []
    start = time.perf_counter()
    while app.jobs.running:
        app.invalidate()
        before = time.perf_counter()
        app.step(wait=False)
        passes.append(time.perf_counter() - before)
        time.sleep(1 / 60)  # the loop's pace while it animates
    total = time.perf_counter() - start
    while len(app.stack) > 1 and not isinstance(app.top, EndingScreen):
        app.pop()  # the "saved" message
    return passes, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default=str(SCENARIOS_DIR / "sanne.yaml"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--thread", action="store_true", help="write the page in a thread")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="doorbraak-bench-"))
    path = Path(shutil.copy(args.scenario, folder / Path(args.scenario).name))
    app = App(UserDirs.default())
    app.open_window()
    show_title(app)
    ending = to_ending(app, path)
    how = "a thread of the window's process" if args.thread else "a helper process"
    print(f"{path.name}, the debrief written by {how}, {args.runs} runs")
    worst = []
    for run in range(args.runs):
        passes, total = save_and_time(app, ending, args.thread)
        ordered = sorted(passes)
        p99 = ordered[min(len(ordered) - 1, round(0.99 * len(ordered)))]
        worst.append(max(passes))
        print(
            f"run {run + 1}: save {total:5.2f} s, {len(passes)} frames, "
            f"median {statistics.median(passes) * 1e3:5.2f} ms, p99 {p99 * 1e3:6.2f} ms, "
            f"longest {max(passes) * 1e3:7.2f} ms"
        )
    print(f"longest frame over all runs: {max(worst) * 1e3:.1f} ms (goal < 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
