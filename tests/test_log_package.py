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
