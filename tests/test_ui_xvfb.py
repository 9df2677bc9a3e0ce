"""The real program under a real X server, with real key presses (Xvfb and xdotool).

``python main.py`` starts on a fresh X display. Keys typed with xdotool go
through X and SDL as a trainer's keyboard would: the title screen (into
facilitator mode), Sanne's first vote with the hands typed in, T for the timer.
Then the session log must hold the hands. This is the path the tests that post
SDL events cannot see (SDL's text input switched off by the title screen once
made every vote count 0 hands).

The keys to reach the first vote are worked out first by playing the same
case in this process (dummy video driver), so the test follows the case when
its text changes. With ``xwd`` installed, screenshots of the X screen go to
out/screens/ (xvfb_*.png) for a person to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.paths import SCENARIOS_DIR, SOURCE_DIR
from game.ui import facilitator
from game.ui.screens.dialogue import DialogueScreen
from game.ui.settings import Settings, save_settings
from game.userdirs import UserDirs
from tests.ui.harness import OUT, make_app, press, step

MAIN = str(SOURCE_DIR / "main.py")
SANNE = SCENARIOS_DIR / "sanne.yaml"
KEY_DELAY_MS = 200
X_KEYS = {"space": "space", "enter": "Return", "tab": "Tab", "right": "Right", "escape": "Escape"}


def free_displays() -> Iterator[int]:
    """Display numbers nobody uses now (no lock file, no socket)."""
    for number in range(140, 400):
        lock, socket = Path(f"/tmp/.X{number}-lock"), Path(f"/tmp/.X11-unix/X{number}")
        if not lock.exists() and not socket.exists():
            yield number


def start_xvfb() -> tuple[subprocess.Popen[bytes], int]:
    """A private Xvfb on a free display; another program may take a number first, so a few
    are tried."""
    for number, _ in zip(free_displays(), range(5), strict=False):
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while server.poll() is None and time.monotonic() < deadline:
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                return server, number
            time.sleep(0.05)
        stop(server)
    raise AssertionError("Xvfb did not start on any free display")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture
def x_display() -> Iterator[str]:
    """A private Xvfb, stopped after the test (by its own process)."""
    server, number = start_xvfb()
    try:
        yield f":{number}"
    finally:
        stop(server)


def keys_to_first_vote(tmp_path: Path) -> list[str]:
    """Play Sanne in facilitator mode in this process and note the keys up to the vote."""
    facilitator.install()
    try:
        app = make_app(
            tmp_path / "plan", settings=Settings(text_speed="instant", mode="facilitator")
        )
        from game.ui.flow import open_scenario

        open_scenario(app, SANNE)
        step(app)
        dialogue = app.top
        assert isinstance(dialogue, DialogueScreen)
        [overlay] = dialogue.overlays
        keys: list[str] = []
        while overlay.phase != "vote":  # type: ignore[attr-defined]
            assert len(keys) < 200, "no vote reached"
            key = "enter" if overlay.phase == "routine" else "space"  # type: ignore[attr-defined]
            press(app, key)
            keys.append(key)
        return keys
    finally:
        facilitator.uninstall()


def xdotool(display: str, *args: str) -> None:
    env = {**os.environ, "DISPLAY": display}
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=30, capture_output=True)


def x_keys(display: str, *names: str) -> None:
    """Real key presses through X (xdotool's XTEST), one after the other."""
    xdotool(display, "key", "--delay", str(KEY_DELAY_MS), *(X_KEYS.get(n, n) for n in names))


def screenshot(display: str, name: str) -> None:
    """The X screen as a PNG (xwd, when installed; only for people to look at)."""
    if shutil.which("xwd") is None:
        return
    done = subprocess.run(
        ["xwd", "-root", "-silent"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        timeout=30,
        check=False,
    )
    if done.returncode == 0:
        OUT.mkdir(parents=True, exist_ok=True)
        pygame.image.save(xwd_image(done.stdout), OUT / f"{name}.png")


def xwd_image(data: bytes) -> pygame.Surface:
    """A 24/32-bit ZPixmap XWD dump (what xwd writes for Xvfb's screen) as a surface."""
    fields = [int.from_bytes(data[i : i + 4], "big") for i in range(0, 100, 4)]
    header, width, height = fields[0], fields[4], fields[5]
    bytes_per_line, colors = fields[12], fields[19]
    start = header + 12 * colors
    rows = [
        data[start + y * bytes_per_line : start + y * bytes_per_line + 4 * width]
        for y in range(height)
    ]
    pixels = bytearray(b"".join(rows))
    pixels[3::4] = b"\xff" * (width * height)  # X leaves the fourth byte 0: opaque it
    return pygame.image.frombuffer(bytes(pixels), (width, height), "BGRA").copy()


def wait_for(check, timeout: float, what: str):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def log_records(log_dir: Path) -> list[dict]:  # type: ignore[type-arg]
    logs = sorted(log_dir.glob("*.jsonl"))
    if not logs:
        return []
    return [json.loads(line) for line in logs[-1].read_text(encoding="utf-8").splitlines() if line]


def test_a_facilitator_vote_with_real_key_presses_reaches_the_session_log(
    tmp_path: Path, x_display: str
):
    keys = keys_to_first_vote(tmp_path)
    user = tmp_path / "user"
    dirs = UserDirs.under(user)
    # A trainee's settings from an earlier day: text at once, the case played last.
    save_settings(
        dirs.settings_file,
        Settings(text_speed="instant", language="nl", last_case=str(SANNE.resolve())),
    )
    env = {k: v for k, v in os.environ.items() if k not in ("SDL_VIDEODRIVER", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=x_display, DOORBRAAK_USER_DIR=str(user), DOORBRAAK_LOG_DIR=str(dirs.logs))
    game = subprocess.Popen(
        [sys.executable, MAIN],
        cwd=SOURCE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        window = wait_for(lambda: _window(x_display, game.pid), 60, "the game window")
        xdotool(x_display, "windowfocus", "--sync", window)
        time.sleep(2.0)  # the first frame, and the title's check of the cases
        screenshot(x_display, "xvfb_title")
        # The title: Start has the focus; Shift+Tab to "how you play", Right: with a
        # facilitator; Tab back to Start and Enter.
        x_keys(x_display, "shift+Tab", "Right", "Tab", "Return")
        wait_for(lambda: log_records(dirs.logs), 60, "the session log of the game")
        time.sleep(1.0)  # the case is open and drawn
        start = log_records(dirs.logs)[0]
        assert start["mode"] == "facilitator" and start["scenario"] == "sanne"
        x_keys(x_display, *keys)
        time.sleep(0.5)
        x_keys(x_display, "t")  # the discussion timer
        x_keys(x_display, "1", "2", "Tab", "7")  # 12 hands for the first choice, 7 for the next
        time.sleep(0.5)
        screenshot(x_display, "xvfb_vote_counted")
        x_keys(x_display, "Return")  # the tally
        time.sleep(0.5)
        screenshot(x_display, "xvfb_vote_result")
        x_keys(x_display, "Return")  # play the choice with the most hands
        votes = wait_for(
            lambda: [r for r in log_records(dirs.logs) if r["type"] == "vote"], 30, "the vote"
        )
        time.sleep(0.5)
        screenshot(x_display, "xvfb_feedback")
        [vote] = votes
        assert sorted(vote["tallies"].values(), reverse=True)[:2] == [12, 7]
        first = max(vote["tallies"], key=vote["tallies"].get)
        assert vote["chosen"] == first
        choices = [r for r in log_records(dirs.logs) if r["type"] == "choice"]
        assert choices and choices[-1]["choice"] == first
        assert game.poll() is None, "the game stopped"
    finally:
        game.terminate()
        try:
            _, err = game.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            game.kill()
            _, err = game.communicate()
        # Shown by pytest when the test fails: what the game said and what it logged.
        print("game stderr:", err.decode("utf-8", "replace")[-4000:])
        print("log records:", [r.get("type") for r in log_records(dirs.logs)])
        print("keys to the vote:", keys)
    assert b"Traceback" not in err, err.decode("utf-8", "replace")


def _window(display: str, pid: int) -> str | None:
    """The game's window, by its process id (SDL sets _NET_WM_PID)."""
    done = subprocess.run(
        ["xdotool", "search", "--pid", str(pid)],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    ids = done.stdout.split()
    return ids[0] if ids else None
