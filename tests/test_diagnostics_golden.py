"""Golden diagnostics, generated from the folder tests/diagnostics/ (black's habit).

Every ``<name>.yaml`` there is a broken scenario, a mistake an author really
makes, and ``<name>.expected`` beside it lists every diagnostic the loader
must report for it, one per line, in the loader's order:

    <severity> <code> <line>:<column>

The positions were checked by hand against the file: they point at the
offending key or value, and inside a condition or a text at the offending
character. Lines starting with '#' are comments; ``# xfail: <why>`` marks a
known loader bug, so the case fails loudly (strict) once the bug is fixed and
the marker can go.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.scenario.loader import load_file

FOLDER = Path(__file__).parent / "diagnostics"
CASES = sorted(FOLDER.glob("*.yaml"))
XFAIL = "# xfail:"


def _expected(case: Path) -> tuple[list[str], str | None]:
    lines, xfail = [], None
    for raw in case.with_suffix(".expected").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith(XFAIL):
            xfail = line[len(XFAIL) :].strip()
        elif line and not line.startswith("#"):
            lines.append(" ".join(line.split()))
    return lines, xfail


def _params() -> list[object]:
    params = []
    for case in CASES:
        _, xfail = _expected(case)
        marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
        params.append(pytest.param(case, id=case.stem, marks=marks))
    return params


def test_there_are_cases() -> None:
    assert len(CASES) >= 25


def test_every_case_has_its_expected_file() -> None:
    missing = [c.name for c in CASES if not c.with_suffix(".expected").is_file()]
    orphans = [e.name for e in FOLDER.glob("*.expected") if not e.with_suffix(".yaml").is_file()]
    assert not missing, f"no .expected file for {missing}"
    assert not orphans, f"no .yaml file for {orphans}"


@pytest.mark.parametrize("case", _params())
def test_diagnostics(case: Path) -> None:
    expected, _ = _expected(case)
    result = load_file(case)
    actual = [f"{d.severity} {d.code} {d.line}:{d.column}" for d in result.diagnostics]
    messages = "\n".join(d.format() for d in result.diagnostics)
    assert actual == expected, f"{case.name} reports:\n{messages}"
    assert all(d.file == str(case) for d in result.diagnostics)
