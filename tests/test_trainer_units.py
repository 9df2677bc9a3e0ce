"""The trainer tools' small parts: reader edge cases, charts, escaping, definitions."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from game.engine import Session, SessionState
from game.engine.model import Scenario
from game.log.logformat import parse_timestamp, timestamp
from game.log.reader import PlayLog, is_id, parse_log, read_log
from game.paths import SCENARIOS_DIR
from game.scenario.loader import load_file
from game.trainer import LOG_DIR_ENV, SessionLogger
from game.trainer.aggregate import gave_in, median, summarise
from game.trainer.build import build_report
from game.trainer.csvout import _text as csv_text
from game.trainer.debrief import build_debrief
from game.trainer.htmlkit import Html, esc, number, signed, tag
from game.trainer.ranges import from_logs
from game.trainer.svg import Panel, bins, histogram, line_panels, nice_step

START = {"type": "start", "format": 1, "scenario": "voorbeeld", "player": "A", "lang": "nl"}


@pytest.fixture(autouse=True)
def _never_the_user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "default-logs"))


@pytest.fixture(scope="module")
def voorbeeld() -> Scenario:
    scenario = load_file(SCENARIOS_DIR / "voorbeeld.yaml").scenario
    assert scenario is not None
    return scenario


def _parse(*lines: object, raw: bytes = b"") -> tuple[PlayLog | None, list[str]]:
    data = b"".join(json.dumps(line).encode() + b"\n" for line in lines) + raw
    result = parse_log(data, Path("t.jsonl"))
    return result.log, [p.code for p in result.problems]


def _choice(node: str, choice: str, **extra: object) -> dict[str, object]:
    return {"type": "choice", "node": node, "choice": choice, "meters": {"wait_days": 1},
            **extra}  # fmt: skip


# -- the reader ---------------------------------------------------------------------------


def test_records_of_the_wrong_shape_are_skipped_one_by_one() -> None:
    log, problems = _parse(
        START,
        _choice("intake_vraag", "luisteren"),
        _choice("collega", "<script>"),  # not an id
        _choice("collega", "doorvragen", meters={"wait_days": "3"}),  # not a number
        _choice("collega", "doorvragen", meters={"wait_days": True}),  # a bool is not a number
        _choice("collega", "doorvragen", response=["x"]),  # unhashable where an id belongs
        {"type": "end", "ending": "beleid", "outcome": "great", "breakthrough": "none"},
        {"type": "surprise"},
        [1, 2, 3],
    )
    assert log is not None and log.path_ids == ["luisteren"]
    assert problems == ["bad_record"] * 5 + ["unknown_type", "not_record"]


def test_what_cannot_start_a_log() -> None:
    assert _parse(_choice("a", "b"))[1] == ["no_start"]
    assert _parse({**START, "scenario": "../../etc"})[1] == ["bad_record", "no_start"]
    log, problems = _parse({**START, "format": 2}, _choice("a", "b"))
    assert log is None and problems == ["newer_format"]
    assert _parse(raw=b"\xff\xfe\n")[1] == ["not_utf8", "no_start"]
    assert _parse(raw=b"[" * 100_000 + b"\n")[1] == ["bad_json", "no_start"]


def test_undo_after_end_and_a_second_start() -> None:
    log, problems = _parse(
        START,
        _choice("n", "a"),
        {"type": "undo", "choice": "zzz"},  # not the last choice
        {"type": "end", "ending": "e", "outcome": "good", "breakthrough": "policy",
         "wait_days": 3, "safety": 50, "client_score": 90, "safety_score": 50, "score": 77},
        _choice("n", "b"),  # after the end without an undo
        START,
    )  # fmt: skip
    assert problems == ["bad_undo", "after_end", "extra_start"]
    assert log is not None and log.end is not None and log.end.score == 77


def test_a_facilitator_undo_after_the_ending_reopens_the_game() -> None:
    end = {"type": "end", "ending": "e", "outcome": "bad", "breakthrough": "none", "wait_days": 3}
    end |= {"safety": 50, "client_score": 90, "safety_score": 50, "score": 70}
    log, problems = _parse(START, _choice("n", "a"), end, {"type": "undo", "choice": "a"})
    assert log is not None and problems == [] and log.end is None and log.steps == []


def test_long_names_and_control_characters_are_tamed() -> None:
    log, _ = _parse({**START, "player": "x" * 5000 + "\x1b[31m\n"})
    assert log is not None and len(log.player) <= 200 and "\x1b" not in log.player


def test_a_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    with big.open("wb") as stream:
        stream.truncate(25 * 1024 * 1024)  # sparse: costs no disk
    result = read_log(big)
    assert result.log is None and [p.code for p in result.problems] == ["too_large"]


def test_ids_with_unhashable_values_are_just_invalid() -> None:
    assert not is_id(["a"]) and not is_id({"a": 1}) and not is_id(None)
    assert is_id("collega") and is_id("intake_vraag.1") and not is_id("Collega")


def test_timestamps_round_trip_and_bad_ones_are_none() -> None:
    moment = datetime(2026, 11, 23, 11, 31, 3, 123000, tzinfo=UTC)
    assert timestamp(moment) == "2026-11-23T11:31:03.123Z"
    assert parse_timestamp(timestamp(moment)) == moment
    assert parse_timestamp("yesterday") is None and parse_timestamp(12) is None


# -- definitions ------------------------------------------------------------------------------


def test_gave_in_is_comply_or_defer_against_a_routine(tmp_path: Path, voorbeeld: Scenario) -> None:
    session = Session.begin(voorbeeld, "A")
    with SessionLogger.attach(session, lang="nl", log_dir=tmp_path) as logger:
        session.advance()
        session.choose("formulier")  # defer, but no routine: not giving in
        session.choose("accepteren")  # comply against 'criteria'
        session.choose("wachten")  # defer against 'precedent'
    log = read_log(logger.path).log
    assert log is not None
    assert [gave_in(step) for step in log.steps] == [False, True, True]
    summary = summarise(voorbeeld, [log])
    assert summary.routines["criteria"].days_gave_in == [14]
    assert summary.routines["precedent"].days_gave_in == [21]


def _finished_log(voorbeeld: Scenario, folder: Path, choices: list[str]) -> PlayLog:
    session = Session.begin(voorbeeld, "A")
    with SessionLogger.attach(session, lang="nl", log_dir=folder) as logger:
        for choice in choices:
            while session.can_advance:
                session.advance()
            session.choose(choice)
        while not session.over:
            session.advance()
    log = read_log(logger.path).log
    assert log is not None and log.end is not None
    return log


def test_what_giving_in_cost_is_counted_at_the_end(tmp_path: Path, voorbeeld: Scenario) -> None:
    """Issue 12: the days the client waited when the game ended, not only over the step."""
    # intake +2, luisteren +1, accepteren +14, wachten +21: 38 days (past the deadline)
    gave_in = _finished_log(voorbeeld, tmp_path / "a", ["luisteren", "accepteren", "wachten"])
    # intake +2, luisteren +1, doorvragen +1, bespreekbaar +2: 6 days
    countered = _finished_log(
        voorbeeld, tmp_path / "b", ["luisteren", "doorvragen", "bespreekbaar"]
    )
    assert (gave_in.end.wait_days, countered.end.wait_days) == (38, 6)  # type: ignore[union-attr]
    summary = summarise(voorbeeld, [gave_in, countered])
    criteria, precedent = summary.routines["criteria"], summary.routines["precedent"]
    assert (criteria.end_gave_in, criteria.end_other) == ([38], [6])
    assert (precedent.end_gave_in, precedent.end_other) == ([38], [6])
    assert criteria.days_gave_in == [14] and criteria.days_other == [1]  # over the step only


def test_a_continued_saved_game_is_debriefed_from_where_it_began(
    tmp_path: Path, voorbeeld: Scenario
) -> None:
    first = Session.begin(voorbeeld, "A")
    first.advance()
    first.choose("luisteren")
    saved = SessionState.from_json(first.state.to_json())
    session = Session.resume(voorbeeld, saved)
    with SessionLogger.attach(session, lang="nl", log_dir=tmp_path) as logger:
        session.choose("doorvragen")
        session.choose("hardheid")
        while session.can_advance:
            session.advance()
    log = read_log(logger.path).log
    assert log is not None and log.resumed_path == ["luisteren"]
    debrief = build_debrief(log, voorbeeld, "nl", from_logs([log]))
    teamleider = debrief.decisions[1]
    # Replayed from the saved path: 'bespreekbaar' was open (steun was raised by 'doorvragen').
    assert {a.choice_id: a.available for a in teamleider.alternatives}["bespreekbaar"] is True


def test_median_and_numbers() -> None:
    assert median([]) is None and median([3, 1, 2]) == 2 and median([1, 2, 3, 4]) == 2.5
    assert number(2.5, "nl") == "2,5" and number(2.5, "en") == "2.5" and number(None, "nl") == "–"
    assert signed(3, "nl") == "+3" and signed(-1.5, "nl") == "−1,5"


# -- escaping -----------------------------------------------------------------------------------


def test_everything_that_is_not_markup_is_escaped() -> None:
    assert esc('<a href="x">') == "&lt;a href=&quot;x&quot;&gt;"
    assert tag("p", "<b>", title='"><script>') == (
        '<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;</p>'
    )
    assert tag("p", [Html("<b>ok</b>"), "<i>"]) == "<p><b>ok</b>&lt;i&gt;</p>"
    assert esc(esc("<")) == "&lt;"  # never twice


def test_spreadsheet_formulas_become_text() -> None:
    for dangerous in ('=HYPERLINK("x")', "+1", "-1", "@SUM(A1)", "\tx"):
        assert csv_text(dangerous).startswith("'")
    assert csv_text("Ann") == "Ann"


# -- charts ---------------------------------------------------------------------------------------


def test_bins_are_nice_and_hold_every_value() -> None:
    assert nice_step(100, 10) == 10 and nice_step(60, 10) == 10 and nice_step(3, 4) == 1
    assert bins(0, 100)[-1] == (90, 100) and len(bins(0, 100)) == 10
    assert bins(-10, 75)[0] == (-10, 0)
    chart = histogram([0, 5, 100, 250], 0, 100, "t <script>")
    assert "&lt;script&gt;" in chart and "<script" not in chart
    assert chart.count("<rect") == 3  # 0 and 5 share a bin; 250 widened the axis


def test_line_chart_has_a_point_per_step() -> None:
    chart = line_panels([Panel("w", [0, 3, 30], 0, 30, "#000", (30, "deadline"))], ["a", "b", "c"],
                        "t")  # fmt: skip
    assert chart.count("<circle") == 3 and "deadline" in chart


def test_a_report_of_an_unfinished_game_has_no_ending_but_a_debrief(
    tmp_path: Path, voorbeeld
) -> None:
    session = Session.begin(voorbeeld, "A")
    with SessionLogger.attach(session, lang="nl", log_dir=tmp_path) as logger:
        session.advance()
        session.choose("luisteren")
    report = build_report([logger.path], "nl", use_analysis=False)
    assert report.debrief is not None and not report.debrief.finished
    assert report.groups[0].finished == 0 and report.groups[0].plays == 1


def test_the_debrief_ranges_of_a_big_case_are_exact_not_sampled() -> None:
    """The bulk search explores the biggest shipped case completely, so the debrief
    shows the analyser's exact best and worst score per choice."""
    from game.analysis import analyse
    from game.trainer.ranges import from_analysis

    scenario = load_file(SCENARIOS_DIR / "familie_visser.yaml").scenario
    assert scenario is not None
    ranges = from_analysis(scenario)
    assert ranges is not None and ranges.source == "analysis"
    exact = {c.id: c.score for c in analyse(scenario).choices if c.score is not None}
    assert {cid: (r.worst, r.best) for cid, r in ranges.by_choice.items()} == exact
