"""Benchmark: CPU used while the dialogue screen sits idle (nothing moves).

Run:  .venv/bin/python bench/bench_ui_idle.py [--seconds 20]

Opens Sanne's case in the real loop (``App.step(wait=True)``, as ``run`` does),
lets the typewriter and animations finish, then measures the process's CPU time
over ``--seconds`` of wall time while no input arrives. The loop then blocks in
``pygame.event.wait`` and wakes once a second for the live-reload check.
Goal (docs/performance.md): under 5% of one core.
"""

from __future__ import annotations

import argparse
import os
import shutil
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
from game.ui.commands import Key  # noqa: E402
from game.ui.flow import open_scenario, show_title  # noqa: E402
from game.ui.screens.dialogue import DialogueScreen  # noqa: E402
from game.userdirs import UserDirs  # noqa: E402


def private_copy(path: Path) -> Path:
    """A copy of the scenario: authors editing the original must not reload it mid-run."""
    folder = Path(tempfile.mkdtemp(prefix="doorbraak-bench-"))
    return Path(shutil.copy(path, folder / path.name))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--scenario", default=str(SCENARIOS_DIR / "sanne.yaml"))
    args = parser.parse_args()
    app = App(UserDirs.default())
    app.open_window()
    show_title(app)
    open_scenario(app, private_copy(Path(args.scenario)))
    while app.jobs.running:  # the case loads in the background; the loop starts it
        app.jobs.wait_all()
        app.step(wait=False)
    assert isinstance(app.top, DialogueScreen)
    app.dispatch(Key("space"))  # show the whole text
    settle_until = time.monotonic() + 8  # animations, and the title's scenario check
    while time.monotonic() < settle_until:
        app.step(wait=True)
    frames = app.frames
    wall, cpu = time.monotonic(), time.process_time()
    while time.monotonic() - wall < args.seconds:
        app.step(wait=True)
    wall, cpu = time.monotonic() - wall, time.process_time() - cpu
    print(
        f"idle dialogue screen, {wall:.1f} s: CPU {cpu:.3f} s = {100 * cpu / wall:.2f}% of one "
        f"core; frames drawn while idle: {app.frames - frames}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
