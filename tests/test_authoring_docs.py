"""The authoring guides (docs/authoring.md, docs/authoring.en.md) only show what works.

- Every ```yaml block that is a complete scenario (it has ``format: 1``)
  loads with no error and no warning.
- Every other ```yaml block is a fragment: it is merged into a small base
  scenario (its top-level mappings added to the base's), and the result must
  load without errors (warnings are fine: a fragment leaves things unused).
- Every ``python main.py ...`` command in a shell block parses with the real
  command line, so no option in the guide is misspelt or gone.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from game.cli import build_parser
from game.paths import DOCS_DIR
from game.scenario.loader import load_bytes
from game.scenario.yamlsource import load_yaml

DOCS = [DOCS_DIR / "authoring.md", DOCS_DIR / "authoring.en.md"]
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
MERGED = ("meters", "characters", "places", "routines", "responses", "nodes")

BASE = """\
format: 1
id: doc_base
title: "Base"
languages: [nl, en]
client: sanne
deadline_days: 30
start: intake
meters:
  steun: {start: 0, min: 0, max: 3}
  support: {start: 0, min: 0, max: 3}
flags: [gebeld, besproken, called, discussed]
characters:
  sanne: {name: Sanne, role: client}
  joost: {name: Joost, role: colleague}
  marieke: {name: Marieke, role: manager}
places:
  kantoor: {name: "Kantoor"}
  office: {name: "Office"}
nodes:
  intake:
    text: "Begin."
    next: einde
  einde:
    text: "Einde."
    ending: {title: "Einde", outcome: good}
  end:
    text: "The end."
    ending: {title: "The end", outcome: good}
"""


def _blocks(doc: Path, kind: str) -> list[tuple[int, str]]:
    text = doc.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        if match.group(1) == kind:
            line = text.count("\n", 0, match.start()) + 1
            found.append((line, match.group(2)))
    return found


def _is_complete(block: str) -> bool:
    return re.search(r"^format: 1\s*$", block, re.MULTILINE) is not None


def _only_comments(block: str) -> bool:
    return all(not line.strip() or line.lstrip().startswith("#") for line in block.splitlines())


def _yaml_cases() -> list[Any]:
    cases = []
    for doc in DOCS:
        for line, block in _blocks(doc, "yaml"):
            cases.append(pytest.param(doc, line, block, id=f"{doc.name}:{line}"))
    return cases


def _merge(base: dict[str, Any], fragment: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in fragment.items():
        if key in MERGED and isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = {**base[key], **value}
        else:
            merged[key] = value
    return merged


@pytest.mark.parametrize(("doc", "line", "block"), _yaml_cases())
def test_yaml_block_is_valid(doc: Path, line: int, block: str) -> None:
    where = f"{doc.name}:{line}"
    if _only_comments(block):
        assert "yaml-language-server: $schema=" in block, where
        return
    if _is_complete(block):
        result = load_bytes(block.encode("utf-8"), where)
        assert result.ok, [d.format() for d in result.diagnostics]
        assert result.diagnostics == [], [d.format() for d in result.diagnostics]
        return
    fragment, diagnostics = load_yaml(block.encode("utf-8"), where)
    assert fragment is not None and not diagnostics, [d.format() for d in diagnostics]
    assert isinstance(fragment.data, dict), f"{where}: a fragment is a mapping"
    base, _ = load_yaml(BASE.encode("utf-8"), "base")
    assert base is not None
    merged = _merge(base.data, fragment.data)
    text = yaml.safe_dump(merged, allow_unicode=True, sort_keys=False)
    result = load_bytes(text.encode("utf-8"), where)
    assert result.ok, [d.format() for d in result.errors]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_each_guide_has_complete_examples(doc: Path) -> None:
    complete = [block for _, block in _blocks(doc, "yaml") if _is_complete(block)]
    assert len(complete) >= 2


def _commands() -> list[Any]:
    cases = []
    for doc in DOCS:
        for line, block in _blocks(doc, "sh"):
            for offset, command in enumerate(block.splitlines()):
                if command.startswith("python main.py "):
                    where = f"{doc.name}:{line + offset + 1}"
                    cases.append(pytest.param(command, id=where))
    return cases


@pytest.mark.parametrize("command", _commands())
def test_commands_in_the_guides_parse(command: str) -> None:
    argv = shlex.split(command)[2:]
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:  # argparse's way of saying "unknown option"
        pytest.fail(f"'{command}' does not parse (exit {stop.code})")
    assert args.command == argv[0]


def test_the_guides_link_each_other_and_existing_pages() -> None:
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        other = "authoring.en.md" if doc.name == "authoring.md" else "authoring.md"
        assert f"]({other})" in text
        for target in re.findall(r"\]\(([\w.-]+\.md)\)", text):
            if target != "analyze.md":  # written by the analyser's engineer
                assert (doc.parent / target).is_file(), f"{doc.name} links to missing {target}"
