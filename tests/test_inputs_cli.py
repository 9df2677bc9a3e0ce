"""The command line under hostile input (issue 14, F04/F07/F09/F10): no escape reaches the
terminal, numbers are read by our rules, loops end, odd encodings print, and the crash
handler (the last line of defence) writes a report instead of a traceback."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from game.cli import main
from game.crash import EXIT_CRASH
from game.plaintext import font_text, terminal_text, typed_text
from tests.inputs import case_text, doorbraak, no_traceback, within_seconds

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;ZXZpbA==\x07"
BIDI = "\u202eevil\u202c"


def write_case(tmp_path: Path, **fields: str) -> Path:
    path = tmp_path / f"{fields.get('id', 'probe')[:40]}.yaml"
    path.write_text(case_text(**fields), encoding="utf-8")
    return path


def assert_plain(text: str) -> None:
    for bad in ("\x1b", "\x07", "\u202e", "\u202c", "\x00"):
        assert bad not in text, repr(text)


# -- F04: escapes --------------------------------------------------------------------------


def test_the_terminal_cleaner_drops_control_and_format_characters() -> None:
    assert terminal_text(f"a{ESCAPES}b\n\tc{BIDI}") == "a]0;pwned[2J]52;c;ZXZpbA==b\n\tcevil"
    assert font_text("Ev\0il\td\ud800") == "Evil d\ufffd"
    assert typed_text(" Ann\udcff\n", 40) == "Ann\ufffd"


def test_play_text_sends_no_escape_from_the_player_name_or_a_case(tmp_path, capsys) -> None:
    case = write_case(tmp_path, text=f'"Hallo {{player}}, {BIDI}"')
    code = main(["play", str(case), "--choices", "1", "--no-log", "--player", ESCAPES + "Ann"])
    assert code == 0
    out, err = capsys.readouterr()
    assert "Hallo ]0;pwned" in out  # the name stays readable, only the escapes are gone
    assert_plain(out)
    assert_plain(err)


def test_a_case_with_an_escape_in_a_text_is_refused_and_the_message_shows_it(
    tmp_path, capsys
) -> None:
    case = write_case(tmp_path, text='"Hallo \\e]0;pwned\\a"')
    assert main(["validate", str(case)]) == 1
    assert main(["play", str(case), "--text", "--no-log"]) == 2
    err = capsys.readouterr().err
    assert "[DB209]" in err and "U+001B, escape" in err
    assert_plain(err)


def test_validate_shows_a_bad_placeholder_without_sending_it(tmp_path, capsys) -> None:
    case = write_case(tmp_path, text='"Hallo {\\u202e}"')
    assert main(["validate", str(case)]) == 1
    err = capsys.readouterr().err
    assert "[DB207]" in err and "\\u202e" in err
    assert_plain(err)


def test_analyze_and_graph_print_no_format_character(tmp_path, capsys) -> None:
    case = write_case(tmp_path, title=f'"Titel {BIDI}"', text=f'"Tekst {BIDI}"')
    assert main(["analyze", str(case)]) == 0
    assert main(["graph", str(case)]) == 0
    assert main(["graph", str(case), "--format", "dot", "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert "Titel evil" in out and "digraph" in out
    assert_plain(out + err)
    assert not Path("-").exists()  # `-o -` is standard output, not a file named '-'


# -- F10: numbers people type ---------------------------------------------------------------


@pytest.mark.parametrize("item", ["²", "٣", "1" * 4301, "-1", "+1", "1_0", " "])
def test_choices_that_are_not_ascii_numbers_are_a_message(tmp_path, capsys, item) -> None:
    case = write_case(tmp_path)
    assert main(["play", str(case), "--choices", item, "--no-log"]) == 2
    err = capsys.readouterr().err
    assert "doorbraak: error: --choices" in err and "Traceback" not in err


@pytest.mark.parametrize("value", ["²", "--5", "1" * 4301, "1e3", "0x10", "10000000000", "∞"])
def test_set_values_are_read_by_our_rules(tmp_path, capsys, value) -> None:
    case = write_case(tmp_path)
    assert main(["play", str(case), "--text", "--set", f"wait_days={value}", "--no-log"]) == 2
    assert "--set wait_days: give a whole number" in capsys.readouterr().err


def test_set_takes_a_sign_and_digits(tmp_path, capsys) -> None:
    case = write_case(tmp_path)
    code = main(["play", str(case), "--json", "--choices", "1", "--set", "safety=+7", "--no-log"])
    assert code == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["safety"] == 7


def test_typed_answers_that_are_not_numbers_ask_again(tmp_path, monkeypatch, capsys) -> None:
    import io

    case = write_case(tmp_path)
    answers = "²\n" + "1" * 5000 + "\n٣\n1\n\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(answers))
    assert main(["play", str(case), "--text", "--no-log"]) == 0
    out = capsys.readouterr().out
    assert out.count("Dat begrijp ik niet") == 3 and "Einde: Klaar" in out


def test_a_player_name_that_is_not_utf8_is_logged_and_shown(tmp_path: Path) -> None:
    case = write_case(tmp_path)
    done = doorbraak(
        "play",
        str(case),
        "--choices",
        "1",
        "--log-dir",
        str(tmp_path / "logs"),
        "--player",
        "Ann\udcff",  # what Python makes of the byte 0xff in argv
    )
    no_traceback(done)
    assert done.returncode == 0
    (log,) = (tmp_path / "logs").glob("*.jsonl")
    start = json.loads(log.read_text(encoding="utf-8").splitlines()[0])
    assert start["player"] == "Ann\ufffd"


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1252"])
def test_play_prints_under_any_terminal_encoding(encoding: str) -> None:
    done = doorbraak(
        "play",
        "sanne",
        "--text",
        "--no-log",
        "--lang",
        "nl",
        env={"PYTHONIOENCODING": encoding},
        input="1\n1\n1\n1\n1\n1\n1\n1\n1\n1\nq\n",
    )
    no_traceback(done)
    out = done.stdout.decode(encoding)
    assert "Casus:" in out and "Jouw keuze" in out
    if encoding == "ascii":
        assert "clint" not in out  # ë became e, not nothing: 'cliënt' reads as 'client'


# -- F07 and F09: cases that loop, or hold numbers and texts too large -------------------------

LOOP = """\
format: 1
id: loop
title: Rondje
client: sanne
deadline_days: 30
start: a
characters:
  sanne: {name: Sanne, role: client}
nodes:
  a:
    text: Het loket stuurt je door.
    next: b
  b:
    text: Het andere loket stuurt je terug.
    next:
      - {if: wait_days > 5, goto: end}
      - {goto: a}
  end:
    text: Klaar.
    ending: {title: Klaar, outcome: good}
"""


def test_a_next_loop_without_a_way_out_is_an_error(tmp_path: Path, capsys) -> None:
    case = tmp_path / "loop.yaml"
    case.write_text(LOOP.replace("      - {if: wait_days > 5, goto: end}\n", ""))
    assert main(["validate", str(case)]) == 1
    assert "[DB305]" in capsys.readouterr().err


def test_a_loop_whose_way_out_never_opens_stops_play_with_a_message(tmp_path, capsys) -> None:
    case = tmp_path / "loop.yaml"
    case.write_text(LOOP)
    with within_seconds(60):
        assert main(["play", str(case), "--json", "--no-log"]) == 3
    out = capsys.readouterr().out
    assert "gaat het verhaal steeds rond zonder keuze" in out
    assert json.loads(out.splitlines()[-1])["ending"] is None  # --json still prints its line


@pytest.mark.parametrize(
    ("snippet", "code"),
    [
        ('effects: {wait_days: "=' + "9" * 5000 + '"}', "DB110"),
        ('effects: {wait_days: "=' + "9" * 4000 + '"}', "DB110"),
        ("effects: {wait_days: 5000000000}", "DB110"),
    ],
    ids=["set-5000-digits", "set-4000-digits", "add-5e9"],
)
def test_numbers_too_large_are_diagnostics_in_every_command(tmp_path, capsys, snippet, code):
    case = tmp_path / "big.yaml"
    case.write_text(case_text().replace("    text: Ik moet", f"    {snippet}\n    text: Ik moet"))
    for command in (["validate"], ["play", "--text"], ["analyze"], ["graph"]):
        main([command[0], str(case), *command[1:]])
        assert f"[{code}]" in capsys.readouterr().err


def test_weights_that_add_up_to_infinity_are_refused(tmp_path: Path, capsys) -> None:
    case = tmp_path / "w.yaml"
    case.write_text(case_text() + "scoring: {weights: {client: 1.0e+308, safety: 1.0e+308}}\n")
    assert main(["validate", str(case)]) == 1
    assert capsys.readouterr().err.count("[DB110]") == 2


def test_an_id_too_long_for_a_file_name_is_refused(tmp_path: Path, capsys) -> None:
    case = write_case(tmp_path, id="a" * 300)
    assert main(["validate", str(case)]) == 1
    assert "[DB109]" in capsys.readouterr().err


def test_a_nul_and_a_huge_title_are_refused(tmp_path: Path, capsys) -> None:
    nul = write_case(tmp_path, id="nul", title='"Ev\\0il"')
    huge = write_case(tmp_path, id="huge", title="x" * 2_000_000)
    assert main(["validate", str(nul), str(huge)]) == 1
    err = capsys.readouterr().err
    assert "[DB209]" in err and "[DB210]" in err


# -- F06: outputs that would destroy inputs -------------------------------------------------------


def test_graph_strings_and_schema_never_write_over_the_case_or_a_device(tmp_path, capsys) -> None:
    case = write_case(tmp_path)
    before = case.read_bytes()
    assert main(["graph", str(case), "-o", str(case)]) == 2
    assert main(["strings", "export", str(case), "-o", str(case)]) == 2
    assert main(["schema", "-o", "/dev/null"]) == 2
    assert case.read_bytes() == before
    err = capsys.readouterr().err
    assert err.count("one of the files this command reads") == 2
    assert "this is a device, not a file" in err
    assert Path("/dev/null").is_char_device()


def test_graph_does_not_create_missing_folders(tmp_path: Path) -> None:
    case = write_case(tmp_path)
    assert main(["graph", str(case), "-o", str(tmp_path / "no" / "such" / "g.mmd")]) == 2
    assert not (tmp_path / "no").exists()


# -- F13: CSV injection in strings export ----------------------------------------------------------


def test_strings_export_writes_formulas_as_text_and_import_reads_them_back(tmp_path, capsys):
    texts = ["=cmd|' /C calc'!A0", "+1", "-10 veiligheid", "@SUM(A1)", "'=al een apostrof"]
    case = tmp_path / "f.yaml"
    body = case_text().replace(
        "      - {text: Ik help je., goto: end}",
        "\n".join(f"      - {{text: {json.dumps(t)}, goto: end}}" for t in texts),
    )
    case.write_text(body, encoding="utf-8")
    table = tmp_path / "t.csv"
    assert main(["strings", "export", str(case), "-o", str(table)]) == 0
    cells = table.read_text(encoding="utf-8-sig")
    for text in texts:
        assert f"'{text}" in cells
    assert "\n=" not in cells and ",=" not in cells and ",+" not in cells and ",@" not in cells
    before = case.read_bytes()
    assert main(["strings", "import", str(case), str(table)]) == 0
    assert "no text differs" in capsys.readouterr().out
    assert case.read_bytes() == before


# -- the last line of defence -------------------------------------------------------------


def test_a_bug_gives_a_short_message_and_a_crash_report(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.delenv("DOORBRAAK_CRASH_STRICT")
    import game.cli.validate as validate

    def broken(args: object) -> int:
        raise RuntimeError("a bug in the game")

    monkeypatch.setattr(validate, "run", broken)
    assert main(["validate", "x"]) == EXIT_CRASH
    err = capsys.readouterr().err
    assert "Traceback" not in err and "a bug, not your input" in err
    report = Path(err.split("The details are in ")[1].split(";")[0])
    text = report.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: a bug in the game" in text
    assert report.parent.name == "crash-reports"


def test_in_the_tests_the_crash_handler_raises_instead(monkeypatch) -> None:
    import game.cli.validate as validate

    def broken(args: object) -> int:
        raise RuntimeError("a bug in the game")

    monkeypatch.setattr(validate, "run", broken)
    with pytest.raises(RuntimeError, match="a bug in the game"):
        main(["validate", "x"])


# -- the review's minor notes ------------------------------------------------------------------


def test_an_asset_path_too_long_for_the_file_system_is_a_missing_asset(tmp_path, capsys) -> None:
    case = tmp_path / "a.yaml"
    text = case_text().replace(
        "nodes:\n", f"places:\n  room: {{name: Kamer, background: {'x' * 300}.png}}\nnodes:\n", 1
    )
    case.write_text(
        text.replace("    speaker: sanne\n", "    place: room\n    speaker: sanne\n", 1)
    )
    assert main(["validate", str(tmp_path)]) == 0  # a folder: the other files are checked too
    assert "[DB602]" in capsys.readouterr().err


def test_analyze_refuses_an_endless_sample_and_play_an_empty_log_folder(tmp_path, capsys) -> None:
    case = write_case(tmp_path)
    assert main(["analyze", str(case), "--samples", "100000000"]) == 2
    assert main(["analyze", str(case), "--max-states", "10000000000"]) == 2
    assert main(["play", str(case), "--choices", "1", "--log-dir", ""]) == 2
    err = capsys.readouterr().err
    assert "--samples needs a whole number from 1 to" in err and "--log-dir needs a folder" in err
    assert not list(Path.cwd().glob("*.jsonl"))


def test_setting_aside_twice_in_one_second_keeps_both(tmp_path: Path) -> None:
    from game.ui.saves import SaveStore

    store = SaveStore(tmp_path)
    first = tmp_path / "rich.json"
    first.write_text("one")
    moved_one = store.set_aside(first)
    first.write_text("two")
    moved_two = store.set_aside(first)
    assert moved_one != moved_two
    assert {moved_one.read_text(), moved_two.read_text()} == {"one", "two"}


def test_piped_answers_that_are_not_utf8_are_asked_again() -> None:
    done = doorbraak(
        "play",
        "voorbeeld",
        "--text",
        "--no-log",
        env={"LANG": "en_US.UTF-8", "LC_ALL": "", "PYTHONIOENCODING": "utf-8:strict"},
        input=None,
        stdin_bytes=b"\xff\xfe\n1\n",
    )
    no_traceback(done)
    assert done.returncode == 3
    assert done.stdout.decode("utf-8").count("Dat begrijp ik niet") == 1
