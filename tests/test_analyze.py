"""The analyser: golden JSON on small hand-checked scenarios, the CLI contract, the text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from game.analysis import analyse, to_json
from game.paths import ROOT_DIR
from game.scenario.loader import load_file, scenario_files

MAIN = str(ROOT_DIR / "main.py")
MINI = ROOT_DIR / "tests" / "plans" / "mini.yaml"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, MAIN, *args],
        capture_output=True,
        text=True,
        cwd=ROOT_DIR,
        timeout=120,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_mini_scenario_ranges() -> None:
    result = load_file(MINI)
    assert result.scenario is not None
    data = to_json(analyse(result.scenario))
    assert data["complete"] is True
    assert data["endings"]["street"]["score"] == [40, 40]
    assert data["endings"]["housed"]["wait_days"] == [5, 5]


def test_cli_json_and_exit_codes() -> None:
    proc = run("analyze", str(MINI), "--json")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["scenario"] == "mini"
    assert run("analyze", "no/such/file.yaml").returncode == 2


@pytest.mark.parametrize("path", scenario_files(ROOT_DIR / "scenarios"), ids=lambda p: p.stem)
def test_every_shipped_scenario_analyses(path: Path) -> None:
    result = load_file(path)
    assert result.scenario is not None
    data = to_json(analyse(result.scenario, max_states=200_000, playthroughs=200))
    assert set(data) >= {"scenario", "complete", "states", "endings", "choices", "stuck"}
