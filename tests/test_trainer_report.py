"""The `report` command over logs of real playthroughs: content, bad input, exit codes."""

from __future__ import annotations

import csv
import io
import json
import shlex
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from game.engine import Session
from game.log.reader import read_log
from game.paths import SCENARIOS_DIR
from game.scenario.loader import load_file
from game.trainer import LOG_DIR_ENV, debrief_for_session, personal_debrief_html
from game.trainer.build import build_report
from tests.trainer.playlogs import (
    EVIL,
    ROOT,
    VOORBEELD_PATHS,
    env_for,
    only_log,
    play_in_process,
    play_subprocess,
    run_cli,
)

PLAYERS = ["Ann", "Bob <script>alert(1)</script>", 'Cee "><img src=x onerror=alert(1)>', "=1+1"]


@pytest.fixture(autouse=True)
def _never_the_user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "default-logs"))


@pytest.fixture(scope="module")
def workshop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder as a trainer has it after a workshop: real logs, and some damaged ones."""
    folder = tmp_path_factory.mktemp("workshop")
    for player, path in zip(PLAYERS, VOORBEELD_PATHS.values(), strict=True):
        done = play_subprocess("voorbeeld", path, folder, player=player)
        assert done.returncode == 0, done.stderr
    for path in (VOORBEELD_PATHS["te_laat"], VOORBEELD_PATHS["gered_alleen"]):
        assert play_in_process("voorbeeld", path, folder, player="Dirk")[0] == 0
    for path in ("toegeven", "vragen"):
        assert play_in_process(str(EVIL), path, folder, player="Eve <script>x</script>")[0] == 0
    return folder


@pytest.fixture(scope="module")
def damaged(workshop: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The workshop's logs plus one of each kind of damage."""
    folder = tmp_path_factory.mktemp("damaged")
    for log in workshop.glob("*.jsonl"):
        shutil.copy(log, folder)
    good = sorted(workshop.glob("*voorbeeld*.jsonl"))[0]
    lines = good.read_bytes().splitlines(keepends=True)
    (folder / "cut.jsonl").write_bytes(b"".join(lines[:3]) + lines[3][:20])
    (folder / "corrupt.jsonl").write_bytes(lines[0] + b"{not json\n" + b"".join(lines[1:]))
    start = json.loads(lines[0])
    (folder / "unknown.jsonl").write_text(
        json.dumps({**start, "scenario": "bestaat_niet", "scenario_path": None}) + "\n"
    )
    other = {**start, "scenario_sha256": "0" * 64, "scenario_version": "0.9"}
    (folder / "oldversion.jsonl").write_bytes(
        json.dumps(other).encode() + b"\n" + b"".join(lines[1:])
    )
    (folder / "garbage.jsonl").write_bytes(b"\x00\xff garbage\n[1, 2]\n")
    (folder / "empty.jsonl").write_bytes(b"")
    return folder


# -- what the report says ---------------------------------------------------------------


def test_the_report_counts_what_the_room_did(workshop: Path) -> None:
    report = build_report([workshop], "nl", use_analysis=False)
    assert report.problems == [] and report.notes == []
    groups = {g.scenario.id: g for g in report.groups}
    assert set(groups) == {"voorbeeld", "evil"}
    voorbeeld = groups["voorbeeld"]
    assert voorbeeld.plays == voorbeeld.finished == 6
    assert voorbeeld.endings == {"beleid": 1, "woning": 1, "te_laat": 2, "gered_alleen": 2}
    assert voorbeeld.outcomes == {"good": 2, "bad": 2, "mixed": 2}
    criteria, precedent = voorbeeld.routines["criteria"], voorbeeld.routines["precedent"]
    assert (criteria.met, criteria.comply, criteria.defer) == (6, 2, 0)
    assert criteria.days_gave_in == [14, 14]  # 'accepteren' adds 14 days
    assert (precedent.met, precedent.comply, precedent.defer) == (6, 0, 4)
    assert precedent.days_gave_in == [21] * 4
    taken = {c: n.taken for c, n in voorbeeld.nodes["collega"].choices.items()}
    assert taken == {"accepteren": 2, "doorvragen": 2, "stiekem": 2}
    assert sorted(voorbeeld.scores) == sorted(
        e.score for log in voorbeeld.logs if (e := log.end) is not None
    )


def test_the_html_report_has_every_section(workshop: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    code, stdout, _ = run_cli("report", str(workshop), "-o", str(out))
    assert code == 0 and str(out) in stdout
    page = out.read_text(encoding="utf-8")
    for heading in ("Oefencasus: de eerste week", "Hoe het afliep", "Uitkomst",
                    "Hoe ver kwam de doorbraak?", "Spreiding van de eindstand",
                    "Routines: waar gaf de groep toe?", "Keuzes per moment", "Deelnemers",
                    "Zo lees je dit verslag"):  # fmt: skip
        assert heading in page, heading
    assert page.count('<section class="scenario') == 2
    assert page.count("<svg") >= 2 * 6  # endings, outcomes, levels, three histograms
    assert "Je begint bij haar nood." in page  # feedback of a choice
    assert "Persoonlijke nabespreking" not in page  # only for a single log


def test_english_report(workshop: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert run_cli("report", str(workshop), "-o", str(out), "--lang", "en")[0] == 0
    page = out.read_text(encoding="utf-8")
    assert "Practice case: the first week" in page and "How it ended" in page
    assert '<html lang="en">' in page


def test_the_report_is_self_contained(workshop: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    run_cli("report", str(workshop), "-o", str(out))
    page = out.read_text(encoding="utf-8")
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page and "<link" not in page and "@import" not in page
    assert "@media print" in page and "size: A4" in page


# -- untrusted input ---------------------------------------------------------------------

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "nav", "section",
    "div", "p", "span", "b", "i", "small", "h1", "h2", "h3", "h4", "ol", "ul", "li", "a",
    "figure", "figcaption", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td",
    "svg", "g", "rect", "line", "polyline", "circle", "text",
}  # fmt: skip


class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.bad_attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.bad_attrs.append((name, value))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_text_from_logs_or_scenarios_becomes_markup(
    damaged: Path, tmp_path: Path, lang: str
) -> None:
    out = tmp_path / "report.html"
    code, _, _ = run_cli("report", str(damaged), "-o", str(out), "--lang", lang)
    assert code == 0
    page = out.read_text(encoding="utf-8")
    parser = _Markup()
    parser.feed(page)
    assert set(parser.tags) <= ALLOWED_TAGS, set(parser.tags) - ALLOWED_TAGS
    assert parser.bad_attrs == []
    assert parser.tags.count("style") == 1 and parser.tags.count("title") >= 1
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "Bob &lt;script&gt;alert(1)&lt;/script&gt;" in page  # shown, as text
    assert "&lt;script&gt;alert(&#x27;titel&#x27;)" in page or lang == "en"
    assert "&lt;/title&gt;&lt;script&gt;alert(3)" in page


def test_damaged_logs_are_skipped_and_said(damaged: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    code, _, err = run_cli("report", str(damaged), "-o", str(out))
    assert code == 0
    report = build_report([damaged], "nl", use_analysis=False)
    codes = {(Path(p.file).name, p.code) for p in report.problems}
    assert ("cut.jsonl", "truncated") in codes
    assert ("corrupt.jsonl", "bad_json") in codes
    assert ("unknown.jsonl", "unknown_scenario") in codes
    assert ("garbage.jsonl", "no_start") in codes and ("empty.jsonl", "no_start") in codes
    assert {(Path(n.file).name, n.code) for n in report.notes} == {
        ("oldversion.jsonl", "other_version")
    }
    # The damaged but readable logs still count: 8 good + cut + corrupt + old version.
    assert len(report.logs) == 11
    for name in ("cut.jsonl", "corrupt.jsonl", "unknown.jsonl", "garbage.jsonl"):
        assert name in err
    page = out.read_text(encoding="utf-8")
    assert "Wat is overgeslagen" in page and "bestaat_niet" in page
    assert "andere versie" in page


def test_a_changed_scenario_is_used_by_id_and_flagged(tmp_path: Path) -> None:
    edited = tmp_path / "voorbeeld.yaml"
    edited.write_bytes((SCENARIOS_DIR / "voorbeeld.yaml").read_bytes() + b"# edited\n")
    logs = tmp_path / "logs"
    assert play_in_process(str(edited), "1,1,1", logs)[0] == 0
    report = build_report([logs], "nl", use_analysis=False)
    assert [n.code for n in report.notes] == ["other_version"]
    assert report.groups[0].scenario.source == str((SCENARIOS_DIR / "voorbeeld.yaml").resolve())
    assert report.groups[0].other_version == 1


def test_a_log_pointing_at_a_device_is_not_read(tmp_path: Path) -> None:
    log = tmp_path / "dev.jsonl"
    start = {"type": "start", "format": 1, "scenario": "nergens", "scenario_path": "/dev/zero"}
    log.write_text(json.dumps(start) + "\n")
    report = build_report([log], "nl")
    assert [p.code for p in report.problems] == ["unknown_scenario"]


# -- CSV ----------------------------------------------------------------------------------


def test_csv_has_one_row_per_playthrough(workshop: Path, tmp_path: Path) -> None:
    target = tmp_path / "plays.csv"
    assert run_cli("report", str(workshop), "--csv", str(target))[0] == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == len(list(workshop.glob("*.jsonl"))) == 8
    for row in rows:
        log = read_log(workshop / row["file"]).log
        assert log is not None and log.end is not None
        assert int(row["score"]) == log.end.score and row["ending"] == log.end.ending
        assert row["path"].split() == log.path_ids
    names = {row["player"] for row in rows}
    assert "'=1+1" in names and "=1+1" not in names  # never a spreadsheet formula


# -- exit codes -----------------------------------------------------------------------------


def test_input_problems_exit_with_2(tmp_path: Path, workshop: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    out = str(tmp_path / "r.html")
    assert run_cli("report", str(empty), "-o", out)[0] == 2
    assert run_cli("report", str(tmp_path / "missing"), "-o", out)[0] == 2
    assert run_cli("report", str(workshop))[0] == 2  # nowhere to write
    unwritable = str(tmp_path / "no" / "such" / "dir" / "r.html")
    code, _, err = run_cli("report", str(workshop), "-o", unwritable)
    assert code == 2 and "cannot write" in err
    assert run_cli("report", str(workshop), "--xapi", out, "--xapi-base", "not an iri")[0] == 2
    with pytest.raises(SystemExit) as exit_info:
        run_cli("report", str(workshop), "-o", out, "--lang", "fr")
    assert exit_info.value.code == 2
    assert not Path(out).exists()


def test_only_bad_logs_is_an_input_problem(damaged: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    for name in ("garbage.jsonl", "unknown.jsonl", "empty.jsonl"):
        shutil.copy(damaged / name, folder)
    code, _, err = run_cli("report", str(folder), "-o", str(tmp_path / "r.html"))
    assert code == 2 and "no usable session logs" in err


# -- the personal debrief ---------------------------------------------------------------------


def test_one_log_gives_a_personal_debrief(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    play_in_process("voorbeeld", VOORBEELD_PATHS["te_laat"], logs, player="Ann")
    out = tmp_path / "debrief.html"
    assert run_cli("report", str(only_log(logs)), "-o", str(out))[0] == 0
    page = out.read_text(encoding="utf-8")
    assert "Persoonlijke nabespreking" in page and "Je twee meters" in page
    assert page.count('class="decision"') == 3
    # The analyser is someone else's module: name whichever source was used, never none.
    assert "jouw keuze" in page
    assert "analyse van de casus" in page or "uitgespeelde logs" in page
    assert page.index('id="debrief"') < page.index('id="s-voorbeeld"')  # the person first


def test_without_the_analyser_ranges_come_from_other_logs(workshop: Path, tmp_path: Path) -> None:
    report = build_report([workshop], "nl", debrief=True, use_analysis=False)
    assert report.debrief is not None
    ranges = report.debrief.ranges
    assert ranges.source == "logs" and ranges.compared == 6  # the logs of the same scenario
    first = report.debrief.decisions[0]
    assert [a.chosen for a in first.alternatives].count(True) == 1
    scores = [log.end.score for log in report.logs if log.end and "accepteren" in log.path_ids]
    accept = ranges.get("accepteren")
    assert accept is not None and (accept.worst, accept.best) == (min(scores), max(scores))


def test_the_debrief_knows_which_choices_were_open(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    play_in_process("voorbeeld", VOORBEELD_PATHS["gered_alleen"], logs)
    report = build_report([only_log(logs)], "nl", use_analysis=False)
    assert report.debrief is not None
    teamleider = report.debrief.decisions[2]
    open_ = {a.choice_id: a.available for a in teamleider.alternatives}
    assert open_ == {"bespreekbaar": False, "hardheid": True, "wachten": True}
    closed = next(a for a in teamleider.alternatives if a.choice_id == "bespreekbaar")
    assert closed.reason == "Je hebt nog niemand in het team achter je staan."
    assert teamleider.gave_in and teamleider.delta_wait == 21


def test_the_window_api_gives_the_same_debrief_as_the_log(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    play_in_process("voorbeeld", VOORBEELD_PATHS["beleid"], logs, player="Robin")
    page = personal_debrief_html(only_log(logs))
    assert page.startswith("<!DOCTYPE html>") and "Robin" in page and "<script" not in page
    scenario = load_file(SCENARIOS_DIR / "voorbeeld.yaml").scenario
    assert scenario is not None
    session = Session.begin(scenario, "Robin")
    for choice in VOORBEELD_PATHS["beleid"].split(","):
        while session.can_advance:
            session.advance()
        session.choose(choice)
    from_session = debrief_for_session(session, "nl", use_analysis=False)
    from_log = build_report([only_log(logs)], "nl", use_analysis=False).debrief
    assert from_log is not None
    assert from_session.points == from_log.points
    assert [d.chosen for d in from_session.decisions] == [d.chosen for d in from_log.decisions]
    assert from_session.log.end == from_log.log.end or (
        from_session.log.end is not None
        and from_log.log.end is not None
        and from_session.log.end.score == from_log.log.end.score
    )


def test_a_bad_log_gives_a_plain_error_for_the_window(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("nonsense\n")
    with pytest.raises(ValueError, match="no debrief"):
        personal_debrief_html(bad)


def test_the_printed_command_writes_the_debrief(tmp_path: Path) -> None:
    done = play_subprocess("voorbeeld", VOORBEELD_PATHS["woning"], tmp_path)
    line = next(line for line in done.stdout.splitlines() if " report " in line)
    command = shlex.split(line.split(": ", 1)[1])
    ran = subprocess.run(command, cwd=ROOT, env=env_for(tmp_path), capture_output=True, timeout=60)
    assert ran.returncode == 0, ran.stderr
    assert only_log(tmp_path).with_suffix(".html").is_file()


@pytest.mark.skipif(sys.platform == "win32", reason="reads the game from a pipe")
def test_the_interactive_player_writes_the_debrief_when_asked(tmp_path: Path) -> None:
    cmd = [sys.executable, "main.py", "play", "voorbeeld", "--text", "--log-dir", str(tmp_path)]
    done = subprocess.run(
        cmd, cwd=ROOT, env=env_for(tmp_path), input="1\n2\n3\nd\n", capture_output=True,
        text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    page = only_log(tmp_path).with_suffix(".html")
    assert page.is_file() and str(page) in done.stdout
    assert "Persoonlijke nabespreking" in page.read_text(encoding="utf-8")
