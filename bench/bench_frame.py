"""Benchmark: frame time of the dialogue screen at 1280 x 720 (SDL's dummy video driver).

Run:  .venv/bin/python bench/bench_frame.py [--frames 2000] [--rounds 3] [--scenario PATH]

A frame here is what the loop does when something moves: take the queued
events, update the screen (typewriter, change labels) and draw it, then hand
the surface to the display. Three states are timed:

- ``reading``: the typewriter is revealing the text;
- ``choices``: all text shown, the choices visible, the pointer moving over them;
- ``changes``: just after a choice, with the "+14 dagen" labels and bars animating.

``present`` times ``display.flip`` alone: with ``pygame.SCALED`` and the dummy
driver SDL's software renderer copies the frame, about half of each frame's time.

Goal (docs/performance.md): median under 2 ms, 99th percentile under 8 ms.
Wall-clock times on a shared machine vary: each state runs ``--rounds`` times
and the round with the lowest 99th percentile is reported.
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

import pygame  # noqa: E402

from game.paths import SCENARIOS_DIR  # noqa: E402
from game.ui.app import App  # noqa: E402
from game.ui.commands import Key, PointerMove  # noqa: E402
from game.ui.flow import open_scenario, show_title  # noqa: E402
from game.ui.screens.dialogue import DialogueScreen  # noqa: E402
from game.userdirs import UserDirs  # noqa: E402

DT = 1 / 60


def frame(app: App) -> int:
    """One animating pass of the loop, timed in nanoseconds."""
    app.invalidate()  # the loop draws when something moves; draw every pass here
    start = time.perf_counter_ns()
    app.step(wait=False)
    return time.perf_counter_ns() - start


def reading(app: App, dialogue: DialogueScreen, count: int) -> list[int]:
    times = []
    for _ in range(count):
        if dialogue.page_done:
            dialogue.reading.shown = 0.0  # type again: keep the typewriter busy
        times.append(frame(app))
    return times


def choices(app: App, dialogue: DialogueScreen, count: int) -> list[int]:
    while not dialogue.choices_visible:
        dialogue.go_on()
    boxes = [b.rect for b in dialogue.visible_boxes()]
    times = []
    for index in range(count):
        dialogue.handle(PointerMove(boxes[index % len(boxes)].center))
        times.append(frame(app))
    return times


def changes(app: App, dialogue: DialogueScreen, count: int) -> list[int]:
    times = []
    for index in range(count):
        if index % 120 == 0:  # a fresh set of change labels every two seconds
            dialogue.fx.changed(
                [c for c in _fake_changes(dialogue)],
                {"wait_days": "+14 dagen", "safety": "−10 veiligheid"},
            )
        times.append(frame(app))
    return times


def _fake_changes(dialogue: DialogueScreen):  # type: ignore[no-untyped-def]
    from game.ui.fx import Change

    return [Change("wait_days", 3, 17), Change("safety", 50, 40)]


def present(count: int) -> list[int]:
    """Only handing the finished frame to SDL (``display.flip``), for comparison."""
    times = []
    for _ in range(count):
        start = time.perf_counter_ns()
        pygame.display.flip()
        times.append(time.perf_counter_ns() - start)
    return times


def _p99(times: list[int]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.99 * len(ordered)))] / 1e6


def summary(name: str, times: list[int]) -> str:
    median = statistics.median(times) / 1e6
    return f"{name:8s}  median {median:6.3f} ms   p99 {_p99(times):6.3f} ms"


def private_copy(path: Path) -> Path:
    """A copy of the scenario: authors editing the original must not reload it mid-run."""
    folder = Path(tempfile.mkdtemp(prefix="doorbraak-bench-"))
    return Path(shutil.copy(path, folder / path.name))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3, help="report the steadiest round")
    parser.add_argument("--scenario", default=str(SCENARIOS_DIR / "sanne.yaml"))
    args = parser.parse_args()
    clock = [0.0]
    app = App(UserDirs.default(), clock=lambda: clock[0])
    app.open_window()
    show_title(app)
    open_scenario(app, private_copy(Path(args.scenario)))
    while app.jobs.running:  # the case loads in the background; the loop starts it
        app.jobs.wait_all()
        app.step(wait=False)
    dialogue = app.top
    assert isinstance(dialogue, DialogueScreen), "the scenario did not open"
    app.dispatch(Key("space"))

    def tick() -> None:
        clock[0] += DT

    original = app.step

    def step(wait: bool = False) -> None:
        tick()
        original(wait)

    app.step = step  # type: ignore[method-assign]
    for _ in range(120):  # warm the caches (fonts, portraits, backdrops)
        frame(app)
    sdl = ".".join(map(str, pygame.get_sdl_version()))
    print(
        f"pygame-ce {pygame.version.ver}, SDL {sdl}, driver {pygame.display.get_driver()}, "
        f"{args.frames} frames x {args.rounds} rounds, {Path(args.scenario).name}"
    )
    for name, run in (("reading", reading), ("choices", choices), ("changes", changes)):
        rounds = [run(app, dialogue, args.frames) for _ in range(args.rounds)]
        print(summary(name, min(rounds, key=_p99)))
    print(summary("present", present(args.frames)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
