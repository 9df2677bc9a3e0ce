"""Session logs written by real playthroughs: records, durability, folders, failures."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from game.engine import Session
from game.engine.model import Scenario
from game.log.logformat import log_file_name
from game.log.reader import read_log
from game.paths import SCENARIOS_DIR
from game.scenario.loader import load_file
from game.trainer import LOG_DIR_ENV, SessionLogger, default_log_dir
from game.userdirs import USER_DIR_ENV
from tests.trainer.playlogs import (
    ROOT,
    VOORBEELD_PATHS,
    env_for,
    last_json,
    only_log,
    play_in_process,
    play_subprocess,
    records,
    run_cli,
)

START_FIELDS = {"type", "format", "scenario", "scenario_version", "scenario_sha256", "player",
                "lang", "mode", "started_at"}  # fmt: skip
END_FIELDS = {"type", "at", "ending", "outcome", "breakthrough", "wait_days", "safety",
              "client_score", "safety_score", "score"}  # fmt: skip


@pytest.fixture(autouse=True)
def _never_the_user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "default-logs"))
    monkeypatch.delenv("DOORBRAAK_NO_LOG", raising=False)


@pytest.fixture(scope="module")
def voorbeeld() -> Scenario:
    result = load_file(SCENARIOS_DIR / "voorbeeld.yaml")
    assert result.scenario is not None
    return result.scenario


def test_a_played_game_writes_start_choices_and_end(tmp_path: Path) -> None:
    code, out, _ = play_in_process("voorbeeld", VOORBEELD_PATHS["beleid"], tmp_path)
    assert code == 0
    log = only_log(tmp_path)
    recs = records(log)
    assert [r["type"] for r in recs] == ["start", "choice", "choice", "choice", "end"]
    start, end = recs[0], recs[-1]
    assert start.keys() >= START_FIELDS and start["format"] == 1
    assert start["scenario"] == "voorbeeld" and start["player"] == "Robin"
    assert re.fullmatch(r"[0-9a-f]{64}", str(start["scenario_sha256"]))
    assert end.keys() >= END_FIELDS
    summary = last_json(out)
    for name in ("ending", "outcome", "breakthrough", "wait_days", "safety", "score"):
        assert end[name] == summary[name]
    assert [r["choice"] for r in recs[1:-1]] == summary["path"]


def _play_in_a_process(env: dict[str, str], *extra: str) -> None:
    choices = VOORBEELD_PATHS["beleid"]
    argv = [sys.executable, str(ROOT / "main.py"), "play", "voorbeeld", "--text"]
    done = subprocess.run(
        [*argv, "--choices", choices, "--player", "Robin", *extra],
        env=env, capture_output=True, text=True, timeout=120,
        preexec_fn=lambda: os.umask(0o022),  # the usual umask: files readable by others
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_only_the_player_can_read_a_log_in_their_own_folder(tmp_path: Path) -> None:
    """A log holds a name and every choice: like the saves, not for other users (AVG)."""
    import stat

    env = {k: v for k, v in os.environ.items() if k != LOG_DIR_ENV}
    env["DOORBRAAK_USER_DIR"] = str(tmp_path / "user")
    _play_in_a_process(env)
    mode = stat.S_IMODE(only_log(tmp_path / "user" / "logs").stat().st_mode)
    assert mode == 0o600, oct(mode)


def test_a_folder_chosen_to_collect_the_logs_keeps_them_readable(tmp_path: Path) -> None:
    """--log-dir (a trainer's shared folder): the umask decides, so the trainer reads them."""
    import stat

    env = {**os.environ, "DOORBRAAK_USER_DIR": str(tmp_path / "user")}
    env.pop(LOG_DIR_ENV, None)
    _play_in_a_process(env, "--log-dir", str(tmp_path / "room"))
    mode = stat.S_IMODE(only_log(tmp_path / "room").stat().st_mode)
    assert mode == 0o644, oct(mode)


def test_choice_records_hold_the_meters_after_the_choice(tmp_path: Path) -> None:
    play_in_process("voorbeeld", VOORBEELD_PATHS["beleid"], tmp_path)
    choices = [r for r in records(only_log(tmp_path)) if r["type"] == "choice"]
    # From tests/plans/voorbeeld/best.txt: wait 2 -> 3 -> 4 -> 6, safety 50 -> 50 -> 40 -> 30.
    meters: list[Any] = [c["meters"] for c in choices]
    assert [m["wait_days"] for m in meters] == [3, 4, 6]
    assert [m["safety"] for m in meters] == [50, 40, 30]
    assert choices[1]["delta"] == {"wait_days": 1, "safety": -10, "steun": 1, "vertrouwen_joost": 1}
    assert choices[1]["routine"] == "criteria" and choices[1]["response"] == "probe"
    assert all(c["at"] for c in choices)


def test_the_same_log_from_a_separate_process(tmp_path: Path) -> None:
    done = play_subprocess("voorbeeld", VOORBEELD_PATHS["te_laat"], tmp_path)
    assert done.returncode == 0, done.stderr
    recs = records(only_log(tmp_path))
    assert recs[-1]["ending"] == "te_laat" and last_json(done.stdout)["ending"] == "te_laat"


def test_the_end_of_the_game_offers_the_debrief(tmp_path: Path) -> None:
    done = play_subprocess("voorbeeld", VOORBEELD_PATHS["woning"], tmp_path)
    log = only_log(tmp_path)
    assert str(log) in done.stdout
    command = next(line for line in done.stdout.splitlines() if " report " in line)
    assert str(log.with_suffix(".html")) in command and "main.py" in command


def test_no_log_writes_nothing(tmp_path: Path) -> None:
    code, out, _ = play_in_process("voorbeeld", "1,1,2", tmp_path / "x", "--no-log")
    assert code == 0 and not (tmp_path / "x").exists()
    assert not (tmp_path / "default-logs").exists()
    assert ".jsonl" not in out


def test_without_log_dir_the_env_folder_is_used(tmp_path: Path) -> None:
    target = tmp_path / "from-env"
    cmd = [sys.executable, "main.py", "play", "voorbeeld", "--text", "--choices", "1,1,2"]
    done = subprocess.run(cmd, cwd=ROOT, env=env_for(target), capture_output=True, timeout=60)
    assert done.returncode == 0
    assert len(list(target.glob("*.jsonl"))) == 1


def test_the_default_folder_is_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv(LOG_DIR_ENV)
    monkeypatch.delenv(USER_DIR_ENV)
    folder = default_log_dir()  # only computed, never written here
    assert folder == Path(platformdirs.user_data_dir("doorbraak", appauthor=False)) / "logs"


def test_the_terminal_keeps_its_log_in_the_user_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One folder for every client: DOORBRAAK_USER_DIR is honoured by the terminal too."""
    monkeypatch.delenv(LOG_DIR_ENV)
    monkeypatch.setenv(USER_DIR_ENV, str(tmp_path / "user"))
    code, _, _ = run_cli("play", "voorbeeld", "--text", "--choices", "1,1,2")
    assert code == 0
    assert len(list((tmp_path / "user" / "logs").glob("*.jsonl"))) == 1


def test_an_unwritable_folder_does_not_stop_the_game(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, out, err = play_in_process("voorbeeld", "1,1,2", blocker / "logs")
    assert code == 0 and "playing without a log" in err
    assert last_json(out)["ending"]


def test_file_names_sort_by_start_time_and_never_collide() -> None:
    early = datetime(2026, 1, 2, 3, 4, 5, 6000, tzinfo=UTC)
    late = datetime(2026, 1, 2, 3, 4, 5, 7000, tzinfo=UTC)
    names = {log_file_name("voorbeeld", early) for _ in range(50)}
    assert len(names) == 50
    assert log_file_name("voorbeeld", early, "zzzzzz") < log_file_name("voorbeeld", late, "000000")
    assert log_file_name("../../x y", early, "a").startswith("20260102T030405.006Z_")
    assert "/" not in log_file_name("../../x y", early, "a")


def test_two_games_in_the_same_millisecond_get_two_files(
    tmp_path: Path, voorbeeld: Scenario
) -> None:
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    paths = set()
    for _ in range(5):
        session = Session.begin(voorbeeld, "A")
        with SessionLogger.attach(
            session, lang="nl", log_dir=tmp_path, clock=lambda: moment
        ) as log:
            paths.add(log.path)
    assert len(paths) == 5 and len(list(tmp_path.iterdir())) == 5


def test_every_record_is_fsynced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real(fd))[1])
    play_in_process("voorbeeld", VOORBEELD_PATHS["beleid"], tmp_path)
    # One per record, plus one for the folder entry of the new file.
    assert len(synced) == len(records(only_log(tmp_path))) + 1


def test_undo_and_votes_are_recorded_and_read_back(tmp_path: Path, voorbeeld: Scenario) -> None:
    session = Session.begin(voorbeeld, "Groep")
    logger = SessionLogger.attach(session, mode="facilitator", lang="nl", log_dir=tmp_path)
    session.advance()
    logger.log_vote("intake_vraag", {"luisteren": 7, "formulier": 2}, "luisteren")
    session.choose("luisteren")
    session.choose("accepteren")
    assert session.undo()
    logger.log_vote("collega", {"accepteren": 1, "doorvragen": 9, "stiekem": 0}, "doorvragen")
    session.choose("doorvragen")
    logger.close()
    kinds = [r["type"] for r in records(logger.path)]
    assert kinds == ["start", "vote", "choice", "choice", "undo", "vote", "choice"]
    log = read_log(logger.path).log
    assert log is not None and log.mode == "facilitator"
    assert log.path_ids == ["luisteren", "doorvragen"]
    assert [s.choice for s in log.undone] == ["accepteren"]
    assert log.steps[0].votes == {"luisteren": 7, "formulier": 2}
    assert log.steps[1].votes == {"accepteren": 1, "doorvragen": 9, "stiekem": 0}


def test_a_full_disk_stops_the_log_not_the_game(tmp_path: Path, voorbeeld: Scenario) -> None:
    session = Session.begin(voorbeeld, "A")
    logger = SessionLogger.attach(session, lang="nl", log_dir=tmp_path)

    def full(record: object) -> None:
        raise OSError(28, "No space left on device")

    logger.sink.write = full  # type: ignore[method-assign]
    session.advance()
    session.choose(1)  # must not raise
    assert logger.error is not None and logger.error.errno == 28


def test_random_paths_log_exactly_what_the_engine_did(tmp_path: Path, voorbeeld: Scenario) -> None:
    from game.trainer.simulate import make_logs

    for path in make_logs(voorbeeld, tmp_path, 25, seed=7, undo_chance=0.2):
        result = read_log(path)
        assert result.problems == [] and result.log is not None
        log = result.log
        assert log.end is not None
        # Replaying the kept path with the engine gives the logged ending and score.
        session = Session.begin(voorbeeld, log.player)
        for choice in log.path_ids:
            while session.can_advance:
                session.advance()
            session.choose(choice)
        while session.can_advance:
            session.advance()
        assert session.state.node == log.end.ending
        assert session.score().score == log.end.score


def _wait_for(predicate: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError("timed out")


def _choice_count(folder: Path) -> int:
    logs = list(folder.glob("*.jsonl"))
    if not logs:
        return 0
    return logs[0].read_text(encoding="utf-8").count('"type":"choice"')


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_game_leaves_a_valid_log_up_to_its_last_choice(tmp_path: Path) -> None:
    cmd = [sys.executable, "main.py", "play", "voorbeeld", "--text", "--log-dir", str(tmp_path)]
    game = subprocess.Popen(
        cmd, cwd=ROOT, env=env_for(tmp_path), stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    assert game.stdin is not None
    try:
        for made, answer in enumerate(("1\n", "2\n"), 1):
            game.stdin.write(answer.encode())
            game.stdin.flush()
            _wait_for(lambda made=made: _choice_count(tmp_path) == made)
        game.send_signal(signal.SIGKILL)  # mid-play: the game waits for the third choice
        game.wait(timeout=20)
    finally:
        if game.poll() is None:
            game.kill()
            game.wait(timeout=20)
        game.stdin.close()
    assert game.returncode == -signal.SIGKILL
    log = only_log(tmp_path)
    assert log.read_bytes().endswith(b"\n")
    assert [r["type"] for r in records(log)] == ["start", "choice", "choice"]
    result = read_log(log)
    assert result.problems == [] and result.log is not None
    assert result.log.path_ids == ["luisteren", "doorvragen"] and result.log.end is None


def test_a_log_cut_mid_record_is_read_up_to_the_last_whole_one(tmp_path: Path) -> None:
    play_in_process("voorbeeld", VOORBEELD_PATHS["beleid"], tmp_path)
    log = only_log(tmp_path)
    data = log.read_bytes()
    rng = random.Random(3)
    lines = data.split(b"\n")
    whole = len(b"\n".join(lines[:3])) + 1  # start and two choices
    for cut in {whole + 1, whole + rng.randrange(1, len(lines[3]))}:
        log.write_bytes(data[:cut])
        result = read_log(log)
        assert result.log is not None and result.log.path_ids == ["luisteren", "doorvragen"]
        assert [p.code for p in result.problems] == ["truncated"]
