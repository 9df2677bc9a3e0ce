"""Hostile scenario files are refused with a message; nothing in them is ever executed."""

from __future__ import annotations

import builtins
import os
from pathlib import Path

import pytest

from game.scenario.loader import load_bytes, load_file

VALID_HEAD = """format: 1
id: evil
title: Evil
client: c
deadline_days: 5
start: a
characters: {c: {name: C, role: client}}
"""


def codes_of(source: bytes | str) -> list[str]:
    data = source.encode() if isinstance(source, str) else source
    result = load_bytes(data, "evil.yaml", Path("."))
    assert result.scenario is None
    assert all(d.file == "evil.yaml" and d.line >= 1 and d.column >= 1 for d in result.errors)
    return [d.code for d in result.errors]


@pytest.fixture
def no_side_effects(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record any attempt to run a command or import a module by name."""
    calls: list[str] = []
    monkeypatch.setattr(os, "system", lambda *a: calls.append(f"system{a}") or 0)
    real_import = builtins.__import__

    def watched(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name in ("subprocess", "ctypes"):
            calls.append(f"import {name}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", watched)
    return calls


def test_python_tags_are_refused(no_side_effects: list[str]) -> None:
    doc = VALID_HEAD + "nodes:\n  a: !!python/object/apply:os.system ['echo pwned']\n"
    assert codes_of(doc) == ["DB007"]
    assert no_side_effects == []


def test_an_expression_cannot_import(no_side_effects: list[str]) -> None:
    doc = VALID_HEAD + (
        "nodes:\n  a:\n    text: A\n    choices:\n"
        "      - {text: x, if: \"__import__('os').system('echo pwned')\", goto: b}\n"
        "  b: {text: B, ending: {title: B, outcome: good}}\n"
    )
    assert codes_of(doc)[0] in {"DB501", "DB502"}
    assert no_side_effects == []


@pytest.mark.parametrize(
    "path",
    ["../secret.png", "/etc/passwd", "a/../../b.png", "C:\\\\windows\\\\x.png", "..\\\\up.png"],
)
def test_asset_paths_cannot_leave_the_folder(path: str) -> None:
    doc = VALID_HEAD.replace(
        "{name: C, role: client}", f'{{name: C, role: client, portrait: "{path}"}}'
    )
    doc += "nodes:\n  a: {text: A, speaker: c, ending: {title: A, outcome: good}}\n"
    assert codes_of(doc) == ["DB601"]


def test_alias_bomb_is_refused() -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 9)}]")
    assert "DB008" in codes_of("\n".join(lines) + "\n")


def test_a_three_megabyte_file_is_refused_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# " + b"x" * (3 * 1024 * 1024) + b"\n")
    result = load_file(big)
    assert [d.code for d in result.diagnostics] == ["DB003"]
    assert "at most 2 MB" in result.diagnostics[0].message
