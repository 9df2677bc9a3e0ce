"""Benchmark: from starting the game to the first drawn title screen.

Run:  .venv/bin/python bench/bench_ui_startup.py [--runs 5]

Each run starts a fresh Python process that does what ``python main.py`` does
(import the command line, create the window, build the title screen) and
reports when the first frame has been handed to the display; the clock starts
before the process is launched, so interpreter start-up and imports count.
The scenario check runs in a background thread after the first frame, as in
the game. Goal (docs/performance.md): under 1.5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import sys
sys.path.insert(0, {root!r})
import game.cli  # what main.py imports first
from game.ui.app import App
from game.ui.flow import show_title
from game.userdirs import UserDirs
app = App(UserDirs.default())
app.open_window()
show_title(app)
app.step(wait=True)  # the loop's first pass: draws the title screen
assert app.frames == 1
print("drawn", flush=True)
"""


def one_run(env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(root=str(ROOT))],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "drawn":
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit("the child never drew the title screen")
    child.wait()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("SDL_VIDEODRIVER", "dummy")
    env["DOORBRAAK_USER_DIR"] = tempfile.mkdtemp(prefix="doorbraak-bench-")
    env["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
    one_run(env)  # warm the disk cache, as a second start of the game would be
    times = [one_run(env) for _ in range(args.runs)]
    print(
        f"start to first drawn title screen, {args.runs} runs: "
        f"median {statistics.median(times):.3f} s, worst {max(times):.3f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
