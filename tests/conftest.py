"""Every test runs with its own log and user folders, never the player's real ones."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Session logs, saves and settings go to a fresh temporary folder (subprocesses inherit it)."""
    monkeypatch.setenv("DOORBRAAK_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
    monkeypatch.setenv("DOORBRAAK_USER_DIR", str(tmp_path_factory.mktemp("user")))
    monkeypatch.delenv("DOORBRAAK_NO_LOG", raising=False)


@pytest.fixture(autouse=True)
def crash_handler_fails_the_test(monkeypatch: pytest.MonkeyPatch):
    """No input may reach the last line of defence (game.crash): with this set it raises
    again, so the test fails with the real error (subprocesses inherit it too)."""
    monkeypatch.setenv("DOORBRAAK_CRASH_STRICT", "1")
