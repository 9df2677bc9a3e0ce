"""Helpers for the trainer tests: real playthroughs that write real session logs."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from game.cli import main

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
EVIL = HERE / "evil.yaml"

# Paths through scenarios/voorbeeld.yaml with known endings (see tests/plans/voorbeeld).
VOORBEELD_PATHS = {
    "beleid": "luisteren,doorvragen,bespreekbaar",
    "te_laat": "formulier,accepteren,wachten",
    "gered_alleen": "1,3,2",
    "woning": "2,2,hardheid",
}


def env_for(log_dir: Path) -> dict[str, str]:
    """The environment of a child game: logs go to ``log_dir``, never the user's folder."""
    env = dict(os.environ)
    env["DOORBRAAK_LOG_DIR"] = str(log_dir)
    env.pop("DOORBRAAK_NO_LOG", None)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def play_subprocess(
    scenario: str, choices: str, log_dir: Path, *extra: str, player: str = "Robin"
) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, str(ROOT / "main.py"), "play", scenario, "--text", "--choices", choices]
    cmd += ["--player", player, "--log-dir", str(log_dir), "--json", *extra]
    return subprocess.run(
        cmd, cwd=ROOT, env=env_for(log_dir), capture_output=True, text=True, timeout=60
    )


def play_in_process(
    scenario: str, choices: str, log_dir: Path, *extra: str, player: str = "Robin"
) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = ["play", scenario, "--text", "--choices", choices, "--player", player]
    argv += ["--log-dir", str(log_dir), "--json", *extra]
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def only_log(folder: Path) -> Path:
    logs = sorted(folder.glob("*.jsonl"))
    assert len(logs) == 1, logs
    return logs[0]


def last_json(stdout: str) -> dict[str, object]:
    return json.loads(stdout.strip().splitlines()[-1])
