"""The catalogue of diagnostics (Yarn Spinner's habit): one entry per code, each
with a failing example that really reports its code, and docs/diagnostics.md
generated from it and kept up to date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.scenario import catalogue
from game.scenario.catalogue import DOCS_FILE, ENTRIES, REGENERATE, Entry, all_codes, run_example
from game.scenario.diagnostics import Diagnostic


def _id(entry: Entry) -> str:
    return entry.code


def test_every_code_has_exactly_one_entry() -> None:
    listed = [entry.code for entry in ENTRIES]
    assert len(listed) == len(set(listed)), "a code has two entries"
    assert sorted(listed) == all_codes()


def test_entries_are_in_code_order() -> None:
    assert [entry.code for entry in ENTRIES] == all_codes()


def test_codes_are_found_in_codes_py() -> None:
    # Guards all_codes() itself: the groups of codes.py are all there.
    codes = all_codes()
    for prefix in ("DB0", "DB1", "DB2", "DB3", "DB4", "DB5", "DB6", "DB7", "DB8"):
        assert any(code.startswith(prefix) for code in codes), prefix


@pytest.mark.parametrize("entry", ENTRIES, ids=_id)
def test_entry_is_complete(entry: Entry) -> None:
    assert entry.severity in ("error", "warning")
    assert entry.title and len(entry.title) <= 60 and "\n" not in entry.title
    sentences = re.findall(r"[.!?](?:\s|$)", entry.explanation)
    assert 2 <= len(sentences) <= 4, "explain in two or three sentences"
    assert entry.code not in entry.also
    if not isinstance(entry.example, str):
        assert entry.example_note, "an example that is not text needs a note saying what it is"


@pytest.mark.parametrize("entry", ENTRIES, ids=_id)
def test_example_reports_its_code(entry: Entry) -> None:
    diagnostics = run_example(entry)
    mine = [d for d in diagnostics if d.code == entry.code]
    assert mine, f"{entry.code}'s example reports {_lines(diagnostics) or 'nothing'}"
    assert all(d.severity == entry.severity for d in mine), _lines(mine)
    assert all(d.file == catalogue.EXAMPLE_FILE for d in diagnostics)


@pytest.mark.parametrize("entry", [e for e in ENTRIES if isinstance(e.example, str)], ids=_id)
def test_text_example_reports_only_its_code(entry: Entry) -> None:
    allowed = {entry.code, *entry.also}
    others = [d for d in run_example(entry) if d.code not in allowed]
    assert not others, f"{entry.code}'s example also reports:\n{_lines(others)}"


def test_unreadable_example_is_a_missing_file() -> None:
    (entry,) = [e for e in ENTRIES if e.example is None]
    assert entry.code == "DB001"
    (diagnostic,) = run_example(entry)
    assert (diagnostic.line, diagnostic.column) == (1, 1)


def test_docs_are_up_to_date() -> None:
    current = DOCS_FILE.read_text(encoding="utf-8") if DOCS_FILE.is_file() else ""
    assert current == catalogue.render(), (
        f"{DOCS_FILE.relative_to(DOCS_FILE.parents[1])} is out of date; "
        f"regenerate it with: {REGENERATE}"
    )


def test_docs_show_every_code_with_its_message() -> None:
    text = catalogue.render()
    for entry in ENTRIES:
        assert f"### {entry.code}: {entry.title}" in text
        for diagnostic in run_example(entry):
            assert diagnostic.format() in text


def test_index_links_resolve_to_headings() -> None:
    text = catalogue.render()
    anchors = {catalogue._anchor(h) for h in re.findall(r"^#{1,3} (.+)$", text, re.MULTILINE)}
    links = re.findall(r"\]\(#([^)]+)\)", text)
    assert len(links) == len(ENTRIES)
    assert set(links) <= anchors


def test_main_writes_and_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "diagnostics.md"
    assert catalogue.main(["--check", "-o", str(target)]) == 1
    assert REGENERATE in capsys.readouterr().err
    assert catalogue.main(["-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == catalogue.render()
    assert catalogue.main(["--check", "-o", str(target)]) == 0


def _lines(diagnostics: list[Diagnostic]) -> str:
    return "\n".join(d.format() for d in diagnostics)
