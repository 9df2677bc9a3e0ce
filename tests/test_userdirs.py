"""One user folder for every client, and files that are replaced whole or not at all."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from game import fileio
from game.userdirs import LOG_DIR_ENV, USER_DIR_ENV, UserDirs


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No overrides: platformdirs decides, inside a throw-away home."""
    monkeypatch.delenv(USER_DIR_ENV)
    monkeypatch.delenv(LOG_DIR_ENV)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    return tmp_path


def test_every_kind_of_file_goes_under_one_name(xdg: Path) -> None:
    dirs = UserDirs.default()
    assert dirs.settings_file == xdg / "config" / "doorbraak" / "settings.json"
    assert dirs.saves == xdg / "share" / "doorbraak" / "saves"
    assert dirs.log_dir == xdg / "share" / "doorbraak" / "logs"
    assert dirs.scenarios == xdg / "share" / "doorbraak" / "scenarios"


def test_the_user_dir_variable_keeps_everything_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(LOG_DIR_ENV)
    monkeypatch.setenv(USER_DIR_ENV, str(tmp_path))
    dirs = UserDirs.default()
    assert {dirs.config, dirs.data, dirs.log_dir, dirs.scenarios} == {
        tmp_path / "config",
        tmp_path / "data",
        tmp_path / "logs",
        tmp_path / "scenarios",
    }


def test_the_log_dir_variable_moves_only_the_logs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(USER_DIR_ENV, str(tmp_path / "user"))
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "workshop"))
    dirs = UserDirs.default()
    assert dirs.log_dir == tmp_path / "workshop"
    assert dirs.saves == tmp_path / "user" / "data" / "saves"


def test_settings_and_saves_move_from_the_old_capitalised_folders(xdg: Path) -> None:
    old_config = xdg / "config" / "Doorbraak"
    old_saves = xdg / "share" / "Doorbraak" / "saves"
    old_config.mkdir(parents=True)
    old_saves.mkdir(parents=True)
    (old_config / "settings.json").write_text('{"player": "Anna"}', encoding="utf-8")
    (old_saves / "sanne.json").write_text("{}", encoding="utf-8")
    # The logs were already written under the new name: that folder exists.
    (xdg / "share" / "doorbraak" / "logs").mkdir(parents=True)
    dirs = UserDirs.default()
    assert dirs.settings_file.read_text(encoding="utf-8") == '{"player": "Anna"}'
    assert (dirs.saves / "sanne.json").is_file()
    assert not old_config.exists() and not old_saves.exists()


def test_an_old_folder_never_overwrites_one_in_use(xdg: Path) -> None:
    old_config = xdg / "config" / "Doorbraak"
    old_config.mkdir(parents=True)
    (old_config / "settings.json").write_text("old", encoding="utf-8")
    new_config = xdg / "config" / "doorbraak"
    new_config.mkdir(parents=True)
    (new_config / "settings.json").write_text("new", encoding="utf-8")
    dirs = UserDirs.default()
    assert dirs.settings_file.read_text(encoding="utf-8") == "new"
    assert (old_config / "settings.json").read_text(encoding="utf-8") == "old"


def test_write_atomic_replaces_the_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "save.json"
    target.write_text("old", encoding="utf-8")
    fileio.write_atomic(target, "new", mode=fileio.PRIVATE_MODE)
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["save.json"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) & 0o077 == 0


def test_two_writers_never_share_a_temporary_file(tmp_path: Path) -> None:
    """Two windows on one case: every read sees one writer's whole file."""
    target = tmp_path / "sanne.json"
    texts = {name: name * 20_000 for name in ("a", "b")}
    seen: set[str] = set()
    stop = threading.Event()

    def write(text: str) -> None:
        for _ in range(60):
            fileio.write_atomic(target, text)

    def read() -> None:
        while not stop.is_set():
            if target.exists():
                seen.add(target.read_text(encoding="utf-8"))

    reader = threading.Thread(target=read)
    reader.start()
    writers = [threading.Thread(target=write, args=(t,)) for t in texts.values()]
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    stop.set()
    reader.join()
    assert seen <= set(texts.values())
    assert [p.name for p in tmp_path.iterdir()] == ["sanne.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old", encoding="utf-8")

    def refuse(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        fileio.write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
