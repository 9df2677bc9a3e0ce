"""The command line as a contract: exit codes, --json, piped input, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.paths import SOURCE_DIR

MAIN = str(SOURCE_DIR / "main.py")
MINI = "tests/plans/mini.yaml"


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None):
    full_env = dict(os.environ, SDL_VIDEODRIVER="dummy")
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, MAIN, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=SOURCE_DIR,
        timeout=60,
        env=full_env,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout, proc.stdout
    return proc


def test_play_with_choices_prints_the_json_result_last() -> None:
    proc = run("play", MINI, "--choices", "2", "--json")
    assert proc.returncode == 0
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {
        "scenario": "mini",
        "ending": "housed",
        "outcome": "good",
        "breakthrough": "incident",
        "wait_days": 5,
        "safety": 40,
        "client_score": 88,
        "safety_score": 40,
        "score": 64,
        "path": ["team.2"],
        "best_score": 64,
    }


def test_piped_answers_end_each_prompt_line_and_json_stays_last(tmp_path: Path) -> None:
    """Nothing echoes a piped answer: the player finishes the prompt's line itself."""
    proc = run(
        "play", "voorbeeld", "--text", "--json", "--log-dir", str(tmp_path), stdin="1\n" * 40
    )
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    result = json.loads(lines[-1])
    assert result["ending"]
    prompts = [line for line in lines if line.rstrip().endswith(":")]
    assert prompts, "the prompts are lines of their own"
    assert not any(line.startswith(("Jouw keuze", "Typ d")) and "{" in line for line in lines)


def test_choice_ids_work_like_numbers() -> None:
    by_id = run("play", MINI, "--choices", "team.1", "--json")
    by_number = run("play", MINI, "--choices", "1", "--json")
    assert by_id.stdout.splitlines()[-1] == by_number.stdout.splitlines()[-1]
    assert json.loads(by_id.stdout.splitlines()[-1])["path"] == ["team.1"]


def test_running_out_of_choices_exits_3_with_null_ending() -> None:
    proc = run("play", "voorbeeld", "--choices", "1", "--json")
    assert proc.returncode == 3
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["ending"] is None and result["path"] == ["luisteren"]


def test_english_interface_and_text() -> None:
    proc = run("play", MINI, "--choices", "2", "--lang", "en")
    assert "Which criterion exactly?" in proc.stdout
    assert "Outcome: good." in proc.stdout
    assert "Uitkomst" not in proc.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("play", "no/such/file.yaml", "--text"), "no scenario file or id"),
        (("play", "nonexistent_id", "--text"), "scenarios here:"),
        (("play", MINI, "--text", "--lang", "de"), "has no language 'de'"),
        (("play", MINI, "--choices", "9"), "choose a number from 1 to 2"),
        (("play", MINI, "--choices", "1,,2"), "--choices needs"),
        (("play", MINI, "--choices", "x.y"), "not an available choice"),
        (("play", MINI, "--text", "--from", "nowhere"), "no node 'nowhere'"),
        (("play", MINI, "--text", "--set", "safety"), "--set needs NAME=VALUE"),
        (("play", MINI, "--text", "--set", "safety=lots"), "give a whole number"),
        (("play", MINI, "--text", "--set", "bogus=1"), "no meter or flag 'bogus'"),
        (("validate", "no/such/dir"), "no such file, folder or scenario id"),
        (("frobnicate",), "invalid choice"),
        (("play",), "required"),
    ],
)
def test_usage_and_input_problems_exit_2_with_a_message(args: tuple[str, ...], message: str):
    proc = run(*args)
    assert proc.returncode == 2
    assert message in proc.stderr


def test_play_refuses_a_scenario_with_errors(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nid: x\n", encoding="utf-8")
    proc = run("play", str(broken), "--text")
    assert proc.returncode == 2
    assert f"{broken}:1:1: error:" in proc.stderr
    assert "has errors" in proc.stderr


def test_validate_exit_codes(tmp_path: Path) -> None:
    assert run("validate", MINI).returncode == 0
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 2\n", encoding="utf-8")
    proc = run("validate", MINI, str(broken))
    assert proc.returncode == 1
    assert "[DB104]" in proc.stderr
    assert "1 error(s)" in proc.stderr or "error(s)" in proc.stderr


def test_validate_a_folder_checks_every_scenario() -> None:
    proc = run("validate", "tests/plans")
    assert proc.returncode == 0, proc.stderr


def test_interactive_play_reads_piped_input_with_undo_and_quit() -> None:
    proc = run("play", "voorbeeld", "--text", stdin="1\nu\nhello\n2\nq\n")
    assert proc.returncode == 3
    out = proc.stdout
    assert "1. Vertel eerst wat er nu het meest dringend is." in out
    assert "Je laatste keuze is teruggenomen." in out
    assert "Dat begrijp ik niet. Typ een nummer van 1 tot 2" in out
    assert "Gestopt vóór het einde." in out


def test_interactive_play_to_an_ending_through_a_pipe() -> None:
    proc = run("play", MINI, "--text", "--lang", "en", stdin="2\n")
    assert proc.returncode == 0
    assert "Ending: Breakthrough" in proc.stdout
    assert "Score: 64 out of 100." in proc.stdout


def test_end_of_input_stops_cleanly() -> None:
    proc = run("play", MINI, "--text", stdin="")
    assert proc.returncode == 3
    assert "Gestopt vóór het einde." in proc.stdout


def test_terminal_output_is_plain_text_for_screen_readers() -> None:
    proc = run("play", "voorbeeld", "--choices", "luisteren,doorvragen,bespreekbaar")
    assert "\x1b" not in proc.stdout  # no colour or cursor codes
    assert "Sanne wacht nu" in proc.stdout and "Jouw veiligheid:" in proc.stdout
    assert "Gevolg: +1 dag wachten voor Sanne, -10 veiligheid, +1 Steun in het team." in (
        proc.stdout
    )


def test_help_lists_the_commands() -> None:
    proc = run("--help")
    assert proc.returncode == 0
    assert "play" in proc.stdout and "validate" in proc.stdout


def test_without_a_screen_the_window_says_how_to_play_in_the_terminal() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("SDL_VIDEODRIVER", "DISPLAY", "WAYLAND_DISPLAY")
    }
    proc = subprocess.run(
        [sys.executable, MAIN], capture_output=True, text=True, cwd=SOURCE_DIR, timeout=60, env=env
    )
    assert proc.returncode == 2
    assert "play sanne --text" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_terminal_nets_the_changes_of_one_step() -> None:
    """A choice and the node after it may both change safety: one net figure per meter."""
    from game.engine import MeterChanged
    from game.terminal.player import _netted

    changes = [
        MeterChanged("safety", 50, 48, "a.1"),
        MeterChanged("wait_days", 3, 4, "a.1"),
        MeterChanged("safety", 48, 52, "b"),
        MeterChanged("trust", 1, 2, "b"),
        MeterChanged("trust", 2, 1, "c"),
        MeterChanged("told", False, True, "c"),
    ]
    netted = {c.name: (c.old, c.new) for c in _netted(changes)}
    assert netted == {"safety": (50, 52), "wait_days": (3, 4)}
