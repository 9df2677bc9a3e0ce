"""The session-log format lives in game.log; the old game.trainer paths work for one release."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

MOVED = ["logdir", "logformat", "problems", "reader", "writer"]


@pytest.mark.parametrize("name", MOVED)
def test_old_path_is_the_same_module(name: str) -> None:
    old = importlib.import_module(f"game.trainer.{name}")
    new = importlib.import_module(f"game.log.{name}")
    assert old is new


def test_old_path_works_in_a_fresh_interpreter() -> None:
    # ``from game.trainer.reader import ...`` as the very first import: the
    # alias must be in place before Python looks for the submodule file.
    code = "from game.trainer.reader import read_log; print(read_log.__module__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "game.log.reader"


def test_log_package_does_not_import_the_trainer_tools() -> None:
    # The format has one owner; the report side is a client of it, not the other way round.
    code = (
        "import sys, game.log.reader, game.log.writer, game.log.logdir;"
        "print(sorted(m for m in sys.modules if m.startswith('game.trainer')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_start_record_names_the_case_file_even_when_the_working_folder_is_gone(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A server started in a folder that was deleted since must still start games.
    from game.engine import Session
    from game.log.writer import SessionLogger
    from game.paths import SCENARIOS_DIR
    from game.scenario.loader import load_file

    scenario = load_file(SCENARIOS_DIR / "voorbeeld.yaml").scenario
    assert scenario is not None and scenario.source is not None
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    logger = SessionLogger.in_memory(Session.begin(scenario, "Robin"), lang="nl")
    logger.close()
    start = logger.sink.records[0]  # type: ignore[attr-defined]
    assert start["scenario_path"] == str((SCENARIOS_DIR / "voorbeeld.yaml").resolve())
