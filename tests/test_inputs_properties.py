"""Property tests per input surface (issue 14): whatever comes in, a message or a result,
never an exception, a hang or a file read outside its folder. A few hundred examples each;
the crash handler is strict in the tests (conftest), so reaching it fails the example."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from game.authoring.strings import StringsError, TextEntry, export_csv, read_csv
from game.cli import main
from game.cli.play import _parse_choices, _parse_overrides
from game.engine import EngineError, Session, StateError
from game.log.reader import parse_log
from game.paths import SCENARIOS_DIR
from game.plaintext import TerminalStream
from game.scenario.loader import load_file
from game.terminal.player import EXIT_OK, EXIT_STOPPED, TerminalPlayer
from game.ui.catalog import Catalog
from game.ui.saves import parse_save
from game.ui.settings import TEXT_SPEEDS, load_settings
from tests.inputs import case_text, png_header
from tests.trainer.playlogs import VOORBEELD_PATHS, play_in_process

SOME = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEWER = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

VOORBEELD = load_file(SCENARIOS_DIR / "voorbeeld.yaml")
assert VOORBEELD.scenario is not None

# JSON values of every kind, including the ones the review used: NaN, huge and deep numbers,
# NUL, lone surrogates, very long strings.
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([10**400, -(10**4000), 2**63, 1e18, 1e300]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["\0", "\ud800", "x" * 5000, "../../etc/passwd", "/dev/zero", "intake"]),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


def mutated(base: dict, keys: list[str]) -> st.SearchStrategy[dict]:
    """``base`` with some of its fields (dotted paths) replaced by anything."""

    def apply(changes: dict[str, object]) -> dict:
        data = json.loads(json.dumps(base))
        for dotted, value in changes.items():
            target = data
            *parents, last = dotted.split(".")
            for part in parents:
                target = target.setdefault(part, {}) if isinstance(target, dict) else {}
            if isinstance(target, dict):
                target[last] = value
        return data

    return st.dictionaries(st.sampled_from(keys), json_values, max_size=4).map(apply)


# -- saves -------------------------------------------------------------------------------------


def _real_save() -> dict:
    from game.ui.saves import SaveRecord

    session = Session.begin(VOORBEELD.scenario, "Ann")
    while session.can_advance:
        session.advance()
    session.choose(1)
    record = SaveRecord(
        str(SCENARIOS_DIR / "voorbeeld.yaml"),
        VOORBEELD.scenario.sha256 or "",
        "nl",
        "solo",
        "Ann",
        session.state,
        "Voorbeeld",
        1_700_000_000.0,
    )
    return json.loads(record.to_json())


SAVE = _real_save()
SAVE_KEYS = [
    "format",
    "scenario_file",
    "sha256",
    "lang",
    "mode",
    "player",
    "title",
    "saved_at",
    "finished",
    "state",
    "state.format",
    "state.scenario",
    "state.node",
    "state.values",
    "state.values.wait_days",
    "state.values.safety",
    "state.visits",
    "state.once_taken",
    "state.path",
    "state.trail",
    "state.player",
    "state.origin",
    "state.origin.node",
    "state.origin.overrides",
]


@SOME
@given(mutated(SAVE, SAVE_KEYS))
@example({**SAVE, "saved_at": float("nan")})
@example({**SAVE, "saved_at": 10**400})
def test_any_save_is_read_or_refused_and_a_read_one_resumes_or_says_why(data: dict) -> None:
    from game.ui.flow import describe_save

    text = json.dumps(data, allow_nan=True)
    try:
        record = parse_save(text)
    except StateError:
        return
    describe_save(record, "nl")  # the title screen draws this at every start
    try:
        session = Session.resume(VOORBEELD.scenario, record.state)
    except EngineError:
        return  # "no longer fits": the window offers a fresh start
    session.undo()  # undo never raises after resume
    session.view("nl")
    session.score()


@SOME
@given(st.binary(max_size=300))
def test_any_bytes_as_a_save_file_are_a_problem_not_an_exception(data: bytes) -> None:
    from game.ui.saves import SaveProblem, SaveRecord, read_save

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.json"
        path.write_bytes(data)
        assert isinstance(read_save(path), SaveProblem | SaveRecord)


# -- settings ----------------------------------------------------------------------------------


@SOME
@given(
    st.one_of(
        st.binary(max_size=200),
        mutated(
            {"format": 1, "text_speed": "fast", "player": "Ann"},
            [
                "format",
                "text_speed",
                "text_size",
                "high_contrast",
                "fullscreen",
                "language",
                "player",
                "mode",
                "extra",
            ],
        ).map(lambda d: json.dumps(d, allow_nan=True).encode()),
    )
)
def test_any_settings_file_gives_valid_settings(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_bytes(data)
        settings_, message = load_settings(path)
    assert settings_.text_speed in TEXT_SPEEDS
    assert len(settings_.player) <= 40 and settings_.player.isprintable()
    assert message in (None, "settings.partly", "settings.unreadable")


# -- session logs through the report -----------------------------------------------------------


def _real_log() -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        play_in_process("voorbeeld", VOORBEELD_PATHS["beleid"], Path(folder), player="Ann")
        (log,) = Path(folder).glob("*.jsonl")
        return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


LOG = _real_log()
RECORD_KEYS = [
    "type",
    "format",
    "id",
    "scenario",
    "player",
    "started_at",
    "at",
    "node",
    "choice",
    "meters",
    "meters.wait_days",
    "delta",
    "flags",
    "ending",
    "outcome",
    "breakthrough",
    "score",
    "wait_days",
    "client_score",
    "tallies",
    "scenario_path",
    "resumed_path",
]


@FEWER
@given(
    st.lists(st.tuples(st.integers(0, len(LOG) - 1), mutated({}, RECORD_KEYS)), max_size=4),
    st.sampled_from([b"", b"\xef\xbb\xbf"]),
)
def test_any_damaged_log_gives_a_report(changes: list, bom: bytes) -> None:
    from game.trainer.build import build_report
    from game.trainer.csvout import report_csv
    from game.trainer.report_page import report_html
    from game.trainer.xapi import report_statements, statements_json

    records = [dict(r) for r in LOG]
    for index, patch in changes:
        records[index].update(patch)
    data = bom + "\n".join(json.dumps(r, allow_nan=True) for r in records).encode(
        "utf-8", "surrogatepass"
    )
    assert parse_log(data, Path("x.jsonl")) is not None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "log.jsonl"
        path.write_bytes(data)
        report = build_report([folder])
        report_html(report).encode("utf-8")
        report_csv(report).encode("utf-8")
        statements = report_statements(report)
        statements_json(statements).encode("utf-8")
        ids = [s["id"] for s in statements]
        assert len(ids) == len(set(ids))


# -- the strings CSV, both ways ----------------------------------------------------------------

cell_texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40).filter(
    lambda t: "\r" not in t
)


@SOME
@given(
    st.lists(st.tuples(cell_texts, cell_texts), min_size=1, max_size=5),
    st.sampled_from([",", ";", "\t"]),
)
@example([("=cmd|' /C calc'!A0", "+1"), ("-2", "@SUM(A1)"), ("'=x", "''-y")], ",")
def test_export_is_inert_in_a_spreadsheet_and_reads_back_exactly(rows, sep) -> None:
    entries = [
        TextEntry(f"nodes.n{i}.text", ("nodes", f"n{i}", "text"), {"nl": nl, "en": en})
        for i, (nl, en) in enumerate(rows)
    ]
    table = export_csv(entries, ("nl", "en"), "probe", sep)
    for record in csv.reader(io.StringIO(table.decode("utf-8-sig"), newline=""), delimiter=sep):
        for cell in record[1:3]:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    read = read_csv(table, ("nl", "en"), "probe", [e.id for e in entries])
    for entry in entries:
        assert read[entry.id].cells == {k: v.replace("\r\n", "\n") for k, v in entry.value.items()}


@SOME
@given(st.binary(max_size=400))
@example(b"text_id,nl,en,scenario\n")
@example(b"\xef\xbb\xbftext_id;nl;en;scenario\nnodes.a.text;=1;;probe\n")
def test_any_table_is_read_or_refused_with_a_message(data: bytes) -> None:
    try:
        read_csv(data, ("nl", "en"), "probe", ["nodes.a.text"])
    except StringsError as err:
        assert str(err)


# -- --choices, --set and typed answers --------------------------------------------------------

PROBE_FOLDER = tempfile.TemporaryDirectory()  # removed when the tests end
PROBE_FILE = Path(PROBE_FOLDER.name) / "probe.yaml"
PROBE_FILE.write_text(case_text(), encoding="utf-8")
argument_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["²", "٣", "1" * 4301, "--5", "+1", "1,,2", ",", "intake.1", "-0"]),
)


def quietly(argv: list[str]) -> int:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    assert "Traceback" not in err.getvalue()
    return code


@FEWER
@given(argument_text.filter(lambda t: "\0" not in t))
def test_any_choices_argument_is_played_or_refused(text: str) -> None:
    assert _parse_choices(text) is None or isinstance(_parse_choices(text), list)
    assert quietly(["play", str(PROBE_FILE), f"--choices={text}", "--no-log"]) in (0, 2, 3)


@SOME
@given(st.lists(argument_text.map(lambda v: f"wait_days={v}"), max_size=3))
def test_any_set_argument_is_a_value_or_a_message(items: list[str]) -> None:
    parsed = _parse_overrides(items)
    if isinstance(parsed, dict):
        assert all(isinstance(v, bool) or abs(v) <= 10**9 for v in parsed.values())


@FEWER
@given(st.lists(argument_text, max_size=6))
def test_any_typed_answers_end_in_a_result(lines: list[str]) -> None:
    answers = iter([line.replace("\n", " ") + "\n" for line in lines])
    session = Session.begin(load_file(PROBE_FILE).scenario, "Ann")
    out = io.StringIO()
    player = TerminalPlayer(session, "nl", out, lambda: next(answers, ""))
    assert player.run().exit_code in (EXIT_OK, EXIT_STOPPED)


# -- terminal output under ASCII and Latin-1 ---------------------------------------------------


@SOME
@given(st.text(max_size=80), st.sampled_from(["ascii", "latin-1", "cp1252", "utf-8"]))
@example("Cliënt · €5 … ‘x’\x1b]0;t\x07\u202e", "ascii")
def test_terminal_output_never_fails_and_carries_no_control_character(text, encoding) -> None:
    raw = io.BytesIO()
    inner = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
    stream = TerminalStream(inner)
    stream.write(text)
    stream.flush()
    shown = raw.getvalue().decode(encoding)
    unsafe = ("Cc", "Cf", "Cs", "Zl", "Zp")
    assert not [c for c in shown if c not in "\n\t" and unicodedata.category(c) in unsafe]


# -- asset paths with links --------------------------------------------------------------------

LINK_CASE = """\
format: 1
id: plaatje
title: Plaatje
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {{name: Sanne, role: client}}
places:
  room: {{name: Kamer, background: {path}}}
nodes:
  intake:
    place: room
    speaker: sanne
    text: Ik moet mijn kamer uit.
    choices:
      - {{text: Ik help je., goto: end}}
  end:
    text: Sanne heeft een huis.
    ending: {{title: Klaar, outcome: good}}
"""

link_steps = st.lists(st.sampled_from(["in", "out", "up", "a", "b"]), min_size=1, max_size=4)


@FEWER
@given(link_steps, st.booleans(), st.booleans())
def test_an_asset_is_used_only_when_its_real_path_is_inside(steps, target_inside, via_link):
    from game.imageinfo import image_problem

    with tempfile.TemporaryDirectory() as root_name:
        root = Path(root_name)
        case_dir, outside = root / "case", root / "outside"
        for folder in (case_dir, outside):
            (folder / "a" / "b").mkdir(parents=True)
        png = png_header(16, 16)
        target = (case_dir if target_inside else outside) / "a" / "b" / "pic.png"
        target.write_bytes(png)
        rel_parts = [s for s in steps if s in ("a", "b")] or ["a"]
        rel = "/".join([*rel_parts, "pic.png"])
        spot = case_dir.joinpath(*rel_parts) / "pic.png"
        if spot != target:
            spot.parent.mkdir(parents=True, exist_ok=True)
            if spot.exists():
                spot.unlink()
            if via_link:
                spot.symlink_to(target)
            else:
                spot.write_bytes(png)
        if "up" in steps:  # a folder link on the way
            (case_dir / "up").symlink_to(outside if "out" in steps else case_dir / "a")
            rel = "up/" + rel
        (case_dir / "c.yaml").write_text(LINK_CASE.format(path=rel))
        result = load_file(case_dir / "c.yaml")
        codes = {d.code for d in result.diagnostics}
        real = os.path.realpath(case_dir / rel)
        inside = Path(real).is_relative_to(os.path.realpath(case_dir))
        exists = Path(real).is_file()
        if not exists:
            assert "DB602" in codes
        elif inside:
            assert "DB605" not in codes and result.ok
            assert result.scenario.places["room"].background == real
            assert image_problem(real) is None
        else:
            assert "DB605" in codes and not result.ok


# -- the title screen over generated case files ------------------------------------------------

KEYS = ["format", "id", "title", "summary", "languages", "client", "nodes", "start"]
case_values = st.one_of(
    json_scalars.filter(lambda v: not isinstance(v, float)),
    st.dictionaries(st.sampled_from(["nl", "en", "x"]), st.text(max_size=20), max_size=3),
    st.lists(st.sampled_from(["nl", "en", "", "\0", "x" * 50]), max_size=3),
)


@FEWER
@given(st.lists(st.dictionaries(st.sampled_from(KEYS), case_values, max_size=6), max_size=4))
def test_the_title_screen_reads_any_folder_of_cases(documents: list[dict]) -> None:
    from game.ui.theme import Theme

    theme = Theme()
    with tempfile.TemporaryDirectory() as folder:
        for index, doc in enumerate(documents):
            try:
                text = yaml.safe_dump(doc, allow_unicode=True)
            except yaml.YAMLError:
                assume(False)
            Path(folder, f"c{index}.yaml").write_text(case_text() if not doc else text)
        catalog = Catalog.scan(Path(folder))
        for entry in catalog.entries:
            for lang in ("nl", "en"):
                title, summary = entry.title(lang), entry.summary(lang)
                assert len(title) <= 120 and len(summary) <= 1000
                assert "\0" not in title + summary
                theme.render(title, "label_bold", (0, 0, 0))
                theme.wrap(summary, "small", 600)
            catalog.check_now(entry)
            entry.title("nl")


@pytest.fixture(autouse=True, scope="module")
def _fonts():
    import pygame

    pygame.font.init()
    yield
