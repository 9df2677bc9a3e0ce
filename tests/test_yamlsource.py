"""The first loading stage: bytes -> plain data and positions, or diagnostics."""

from __future__ import annotations

import itertools
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path as FsPath
from typing import Any
from unittest import mock

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from game.scenario import codes, yamlsource
from game.scenario.diagnostics import Diagnostic
from game.scenario.yamlsource import MAX_BYTES, Path, Pos, SourceDoc, load_yaml

FILE = "scenarios/test.yaml"


@pytest.fixture(params=["libyaml", "python"])
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with libyaml's parser and with PyYAML's pure-Python one."""
    if request.param == "libyaml":
        if not yaml.__with_libyaml__:
            pytest.skip("PyYAML was built without libyaml")
        monkeypatch.setattr(yamlsource, "_LOADER", yaml.CSafeLoader)
    else:
        monkeypatch.setattr(yamlsource, "_LOADER", yaml.SafeLoader)
    return str(request.param)


def load(text: str | bytes) -> tuple[SourceDoc | None, list[Diagnostic]]:
    source = text.encode("utf-8") if isinstance(text, str) else text
    return load_yaml(source, FILE)


def load_ok(text: str) -> SourceDoc:
    doc, diagnostics = load(text)
    assert diagnostics == []
    assert doc is not None
    return doc


def only(diagnostics: list[Diagnostic]) -> Diagnostic:
    assert len(diagnostics) == 1, [d.format() for d in diagnostics]
    return diagnostics[0]


def where(d: Diagnostic) -> tuple[str, int, int]:
    return d.code, d.line, d.column


# --- positions ---------------------------------------------------------------

SAMPLE = """\
format: 1
id: "mini"
title: 'Een casus'
text: |
  Over drie weken.
summary: >
  Gevouwen
  tekst.
languages:
  - nl
  - "en"
nodes:
  intake: {speaker: sanne, next: team}
"""


def test_positions_of_keys_and_values(loader: str) -> None:
    doc = load_ok(SAMPLE)
    assert doc.data == {
        "format": 1,
        "id": "mini",
        "title": "Een casus",
        "text": "Over drie weken.\n",
        "summary": "Gevouwen tekst.\n",
        "languages": ["nl", "en"],
        "nodes": {"intake": {"speaker": "sanne", "next": "team"}},
    }
    assert doc.key_pos[("format",)] == Pos(1, 1)
    assert doc.value_pos[("format",)] == Pos(1, 9)
    assert doc.value_pos[("id",)] == Pos(2, 5, '"')
    assert doc.value_pos[("title",)] == Pos(3, 8, "'")
    assert doc.value_pos[("text",)] == Pos(4, 7, "|")
    assert doc.value_pos[("summary",)] == Pos(6, 10, ">")
    assert doc.key_pos[("languages",)] == Pos(9, 1)
    assert doc.value_pos[("languages", 0)] == Pos(10, 5)
    assert doc.value_pos[("languages", 1)] == Pos(11, 5, '"')
    assert doc.key_pos[("nodes", "intake")] == Pos(13, 3)
    assert doc.value_pos[("nodes", "intake")] == Pos(13, 11)
    assert doc.key_pos[("nodes", "intake", "next")] == Pos(13, 28)
    assert doc.value_pos[("nodes", "intake", "next")] == Pos(13, 34)
    assert doc.value_pos[()] == Pos(1, 1)


def test_dict_keys_keep_written_order() -> None:
    doc = load_ok("zeta: 1\nalpha: 2\nmid: 3\n")
    assert list(doc.data) == ["zeta", "alpha", "mid"]


def test_value_position_is_where_the_text_starts_after_anchor_and_tag(loader: str) -> None:
    doc = load_ok("a: &x !!str 12\nb: !!str &y 'q'\nc: &z\n  hello\n")
    assert doc.data == {"a": "12", "b": "q", "c": "hello"}
    assert doc.value_pos[("a",)] == Pos(1, 13)
    assert doc.value_pos[("b",)] == Pos(2, 13, "'")
    assert doc.value_pos[("c",)] == Pos(4, 3)


def test_alias_positions_point_where_the_values_are_written(loader: str) -> None:
    doc = load_ok("base: &b {x: 1, y: [2]}\nother: *b\n")
    assert doc.data == {"base": {"x": 1, "y": [2]}, "other": {"x": 1, "y": [2]}}
    assert doc.value_pos[("other",)] == Pos(2, 8)
    assert doc.key_pos[("other", "x")] == Pos(1, 11)
    assert doc.value_pos[("other", "y", 0)] == Pos(1, 21)


def test_aliased_values_are_copies_not_shared_objects() -> None:
    doc = load_ok("base: &b {x: [1]}\nother: *b\n")
    doc.data["other"]["x"].append(2)
    assert doc.data["base"] == {"x": [1]}


def test_pos_returns_exact_positions() -> None:
    doc = load_ok(SAMPLE)
    assert doc.pos(("title",)) == Pos(3, 8, "'")
    assert doc.pos(("title",), key=True) == Pos(3, 1)


def test_pos_falls_back_to_the_nearest_ancestor() -> None:
    doc = load_ok(SAMPLE)
    # A missing key: the line that names its mapping.
    assert doc.pos(("nodes", "intake", "text")) == Pos(13, 3)
    assert doc.pos(("nodes", "intake", "text"), key=True) == Pos(13, 3)
    assert doc.pos(("languages", 7, "deep")) == Pos(9, 1)
    assert doc.pos(("nowhere", 1, 2)) == Pos(1, 1)
    assert doc.pos(()) == Pos(1, 1)


def test_pos_never_raises() -> None:
    doc = load_ok("a: 1\n")
    assert doc.pos((["unhashable"],)) == Pos(1, 1)  # type: ignore[arg-type]
    empty = SourceDoc({}, {}, {})
    assert empty.pos(("a",)) == Pos(1, 1)


# --- scalars -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("12", 12),
        ("-3", -3),
        ("1_000", 1000),
        ("0x1f", 31),
        ("0b101", 5),
        # PyYAML keeps YAML 1.1: a leading zero is octal, a:b is base 60.
        ("010", 8),
        ("1:30", 90),
        ("1.5", 1.5),
        ("-.inf", float("-inf")),
        ("1.0e+3", 1000.0),
        ("1e3", "1e3"),  # YAML 1.1 floats need a dot
        # YAML 1.1 booleans, as PyYAML resolves them: 'yes' and 'no' too.
        ("yes", True),
        ("No", False),
        ("on", True),
        ("true", True),
        ("FALSE", False),
        ("y", "y"),
        ("~", None),
        ("null", None),
        ("", None),
        ("2024-01-01", "2024-01-01"),  # dates stay text
        ("=", "="),
        ("<<", "<<"),
        ("'12'", "12"),
        ('"yes"', "yes"),
        ("!!str 12", "12"),
        ("! 12", 12),  # PyYAML resolves '!' like no tag (the spec says: a string)
        ("!!int 12", 12),
        ("!!float 3", 3.0),
        ("!!bool yes", True),
        ("!!null ~", None),
        ("!!timestamp 2024-01-01", "2024-01-01"),
        ("1234567890123456789012345678901", "1234567890123456789012345678901"),
        ("0b_", "0b_"),
        ("._", "._"),
    ],
)
def test_scalars_resolve_as_pyyaml_resolves_them(written: str, value: Any) -> None:
    doc = load_ok(f"v: {written}\n")
    assert doc.data["v"] == value
    assert type(doc.data["v"]) is type(value)


def test_nan_is_a_float() -> None:
    value = load_ok("v: .nan\n").data["v"]
    assert isinstance(value, float)
    assert value != value


def test_scalar_keys_become_their_written_text(loader: str) -> None:
    doc = load_ok("1: a\ntrue: b\n~: c\n1.5: d\n'q': e\n")
    assert doc.data == {"1": "a", "true": "b", "~": "c", "1.5": "d", "q": "e"}
    assert all(isinstance(key, str) for key in doc.data)


def test_a_scalar_alias_can_be_a_key() -> None:
    doc = load_ok("names: [&k intake]\n*k : 1\n")
    assert doc.data == {"names": ["intake"], "intake": 1}


def test_an_anchor_reused_a_few_times_is_fine() -> None:
    doc = load_ok("t: &t {nl: Hoi, en: Hi}\na: *t\nb: *t\nc: [*t, *t]\n")
    assert doc.data["c"] == [{"nl": "Hoi", "en": "Hi"}] * 2


def test_a_byte_order_mark_is_fine() -> None:
    doc, diagnostics = load(b"\xef\xbb\xbfa: 1\n")
    assert diagnostics == []
    assert doc is not None
    assert doc.data == {"a": 1}
    assert doc.key_pos[("a",)] == Pos(1, 1)


def test_one_document_ended_with_dots_is_one_document() -> None:
    assert load_ok("a: 1\n...\n").data == {"a": 1}


# --- errors, each with its code and position ------------------------------------

FATAL_CASES = [
    # (source, code, line, column)
    ("a: b: c\n", codes.YAML_SYNTAX, 1, 5),
    ("a: [1, 2\n", codes.YAML_SYNTAX, 2, 1),
    ("a: 'open\n", codes.YAML_SYNTAX, 2, 1),
    ("a:\n  b: 1\n c: 2\n", codes.YAML_SYNTAX, 3, 2),
    ("a: *nowhere\n", codes.YAML_SYNTAX, 1, 4),
    ("a: &x 1\nb: &x 2\n", codes.YAML_SYNTAX, 2, 4),
    ("a: ok\nb: x\x07y\n", codes.YAML_SYNTAX, 2, 5),
    ("", codes.EMPTY_DOCUMENT, 1, 1),
    ("   \n\n", codes.EMPTY_DOCUMENT, 1, 1),
    ("# only a comment\n# and another\n", codes.EMPTY_DOCUMENT, 1, 1),
    ("# intro\n---\n", codes.EMPTY_DOCUMENT, 2, 1),
    ("- a\n- b\n", codes.NOT_A_MAPPING, 1, 1),
    ("\njust text\n", codes.NOT_A_MAPPING, 2, 1),
    ("null\n", codes.NOT_A_MAPPING, 1, 1),
    ("a: &a [1, *a]\n", codes.ALIAS_EXPLOSION, 1, 11),
    ("a: &m\n  b: *m\n", codes.ALIAS_EXPLOSION, 2, 6),
    ("a: 1\n---\nb: 2\n", codes.MULTIPLE_DOCUMENTS, 2, 1),
    ("a: 1\n--- \n", codes.MULTIPLE_DOCUMENTS, 2, 1),
]


@pytest.mark.parametrize(("source", "code", "line", "column"), FATAL_CASES)
def test_fatal_errors_name_code_and_position(
    loader: str, source: str, code: str, line: int, column: int
) -> None:
    doc, diagnostics = load(source)
    assert doc is None
    d = only(diagnostics)
    assert where(d) == (code, line, column)
    assert d.file == FILE
    assert d.severity == "error"


RECOVERABLE_CASES = [
    # (source, code, line, column, message part)
    ("a: 1\nc: 2\na: 3\n", codes.DUPLICATE_KEY, 3, 1, "duplicate key 'a' (first at line 1)"),
    ("? [a, b]\n: 1\nc: 2\n", codes.WRONG_TYPE, 1, 3, "a key must be a plain name"),
    ("{a: 1}: x\nc: 2\n", codes.WRONG_TYPE, 1, 1, "a key must be a plain name"),
    ("m: &m {a: 1}\n*m : x\nc: 2\n", codes.WRONG_TYPE, 2, 1, "a key must be a plain name"),
    ("b: &b {x: 1}\n<<: *b\nc: 2\n", codes.WRONG_TYPE, 2, 1, "merge keys ('<<') are not supported"),
    ("a: !!int abc\nc: 2\n", codes.WRONG_TYPE, 1, 4, "'abc' is not a valid !!int"),
    ("a: !!map x\nc: 2\n", codes.WRONG_TYPE, 1, 4, "tag '!!map'"),
    ("a: !!str {x: 1}\nc: 2\n", codes.WRONG_TYPE, 1, 4, "tag '!!str'"),
    ("a: &q !custom x\nc: 2\n", codes.UNSAFE_TAG, 1, 7, "tag '!custom' is not allowed"),
]


@pytest.mark.parametrize(("source", "code", "line", "column", "part"), RECOVERABLE_CASES)
def test_errors_that_keep_the_document_usable(
    loader: str, source: str, code: str, line: int, column: int, part: str
) -> None:
    doc, diagnostics = load(source)
    d = only(diagnostics)
    assert where(d) == (code, line, column)
    assert part in d.message
    assert d.file == FILE
    assert doc is not None
    assert doc.data["c"] == 2


def test_duplicate_key_keeps_the_first_value_and_its_positions() -> None:
    doc, diagnostics = load("n:\n  a: first\n  b: 0\n  a: {deep: second}\n")
    assert where(only(diagnostics)) == (codes.DUPLICATE_KEY, 4, 3)
    assert doc is not None
    assert doc.data == {"n": {"a": "first", "b": 0}}
    assert doc.value_pos[("n", "a")] == Pos(2, 6)
    assert ("n", "a", "deep") not in doc.key_pos


def test_duplicate_keys_are_found_in_every_mapping() -> None:
    _, diagnostics = load("a: [{x: 1, x: 2}]\nb: {y: 1, y: 1}\n")
    assert [where(d) for d in diagnostics] == [
        (codes.DUPLICATE_KEY, 1, 12),
        (codes.DUPLICATE_KEY, 2, 11),
    ]


def test_a_syntax_error_with_a_tab_says_to_indent_with_spaces(loader: str) -> None:
    for source in ("a:\n\tb: 1\n", "a: 1\n\tb: 2\n"):
        doc, diagnostics = load(source)
        d = only(diagnostics)
        assert doc is None
        assert where(d) == (codes.YAML_SYNTAX, 2, 1)
        assert "found a tab; indent with spaces" in d.message


def test_a_syntax_error_message_is_readable() -> None:
    d = only(load("a: [1, 2\n")[1])
    assert d.message.startswith("YAML syntax error: ")
    assert "line 1, column 4" in d.message  # where the unclosed list starts
    assert "\n" not in d.message


def test_not_utf8_names_line_and_column_of_the_first_bad_byte() -> None:
    doc, diagnostics = load(b"a: 1\nb: caf\xe9\nc: \xff\n")
    assert doc is None
    d = only(diagnostics)
    assert where(d) == (codes.NOT_UTF8, 2, 7)
    assert "UTF-8" in d.message


def test_not_utf8_counts_columns_in_characters() -> None:
    d = only(load("a: héé ".encode() + b"\xc3(\n")[1])
    assert where(d) == (codes.NOT_UTF8, 1, 8)


def test_utf16_is_refused_as_not_utf8() -> None:
    d = only(load("a: 1\n".encode("utf-16"))[1])
    assert where(d) == (codes.NOT_UTF8, 1, 1)


def test_a_file_over_two_megabytes_is_refused_without_parsing() -> None:
    source = b"a: " + b"x" * (3 * 1024 * 1024)
    doc, diagnostics = load(source)
    assert doc is None
    d = only(diagnostics)
    assert where(d) == (codes.FILE_TOO_LARGE, 1, 1)
    assert d.message == "file is 3.0 MB; a scenario may be at most 2 MB"


def test_a_file_of_exactly_two_megabytes_is_read() -> None:
    source = b"a: " + b"x" * (MAX_BYTES - 3)
    doc, diagnostics = load(source)
    assert diagnostics == []
    assert doc is not None


def test_too_many_values_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlsource, "MAX_VALUES", 10)
    source = "a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n"
    doc, diagnostics = load(source)
    assert doc is None
    # The root, the key and the list count too: the eleventh value is '8'.
    assert where(only(diagnostics)) == (codes.FILE_TOO_LARGE, 1, source.index("8") + 1)


# --- tags ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("a: !!python/object/apply:os.system ['echo hi']\n", "!!python/object/apply:os.system"),
        ("a: !!python/name:os.system ''\n", "!!python/name:os.system"),
        (
            "a: !!python/object:collections.OrderedDict {x: 1}\n",
            "!!python/object:collections.OrderedDict",
        ),
        ("a: !custom x\n", "!custom"),
        ("a: !!binary aGk=\n", "!!binary"),
        ("a: !!set {x, y}\n", "!!set"),
        ("a: !!omap [x: 1]\n", "!!omap"),
        ("a: !<tag:example.com,2000:app/x> 1\n", "tag:example.com,2000:app/x"),
        (
            "%TAG ! tag:yaml.org,2002:python/\n---\na: !name:os.system x\n",
            "!!python/name:os.system",
        ),
    ],
)
def test_non_standard_tags_are_refused_and_named(loader: str, source: str, shown: str) -> None:
    _, diagnostics = load(source)
    d = only(diagnostics)
    assert d.code == codes.UNSAFE_TAG
    assert d.message == f"tag '{shown}' is not allowed; scenarios use plain YAML"
    assert (d.line, d.column) == (source.count("\n"), 4)


def test_python_tags_never_run_code(
    monkeypatch: pytest.MonkeyPatch, tmp_path: FsPath, loader: str
) -> None:
    calls: list[object] = []
    monkeypatch.setattr(os, "system", lambda *args: calls.append(args))
    monkeypatch.setattr(subprocess, "Popen", lambda *args, **kwargs: calls.append(args))
    marker = tmp_path / "ran"
    source = (
        "a: !!python/object/apply:os.system ['echo hi']\n"
        f"b: !!python/object/apply:builtins.exec [\"open({str(marker)!r}, 'w')\"]\n"
        "c: !!python/name:os.system\n"
        "root: &r !!python/object/new:os.system [echo hi]\n"
    )
    doc, diagnostics = load(source)
    assert calls == []
    assert not marker.exists()
    assert [d.code for d in diagnostics] == [codes.UNSAFE_TAG] * 4
    assert [d.line for d in diagnostics] == [1, 2, 3, 4]
    # Nothing was constructed: what remains is the plain data as written.
    assert doc is not None
    assert doc.data["a"] == ["echo hi"]
    assert doc.data["c"] == ""


# --- aliases and nesting ---------------------------------------------------------


def billion_laughs(levels: int = 9) -> str:
    names = "abcdefghijklmnopqrstuvwxyz"[:levels]
    lines = [f"{names[0]}: &{names[0]} [{', '.join(['lol'] * 9)}]"]
    for previous, name in itertools.pairwise(names):
        lines.append(f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_quickly(loader: str) -> None:
    started = time.perf_counter()
    doc, diagnostics = load(billion_laughs())
    elapsed = time.perf_counter() - started
    assert doc is None
    d = only(diagnostics)
    assert d.code == codes.ALIAS_EXPLOSION
    assert d.message.startswith("aliases expand to more than 100,000 values; ")
    # The first alias that goes over the budget: the first '*e' on line 6.
    assert (d.line, d.column) == (6, 8)
    print(f"billion laughs refused in {elapsed * 1000:.0f} ms")  # measured, not asserted


def test_alias_budget_counts_whole_subtrees(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlsource, "MAX_ALIAS_VALUES", 20)
    source = "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: *a\nc: *a\n"  # 11 values per use
    doc, diagnostics = load(source)
    assert doc is None
    assert where(only(diagnostics)) == (codes.ALIAS_EXPLOSION, 3, 4)


def test_deep_nesting_inside_a_mapping_is_refused(loader: str) -> None:
    source = "a: " + "[" * 10_000 + "]" * 10_000 + "\n"
    doc, diagnostics = load(source)
    assert doc is None
    # The root mapping is level 1, so the 100th '[' is level 101.
    assert where(only(diagnostics)) == (codes.NESTED_TOO_DEEP, 1, 103)


@pytest.mark.parametrize(
    "source",
    [
        "[" * 10_000 + "]" * 10_000,
        "a:\n" + "- " * 10_000 + "x\n",
        "a: " + "{a: " * 10_000 + "1" + "}" * 10_000,
        # Fits in 2 MB and makes libyaml's recursive composer crash the
        # interpreter; events are read without recursion.
        "a: " + "[" * 1_000_000 + "]" * 1_000_000,
    ],
    ids=["root-list", "block", "flow-map", "million"],
)
def test_deep_nesting_never_crashes(loader: str, source: str) -> None:
    doc, diagnostics = load(source)
    assert doc is None
    assert only(diagnostics).code in {codes.NESTED_TOO_DEEP, codes.NOT_A_MAPPING}


def test_nesting_of_one_hundred_levels_is_allowed() -> None:
    doc = load_ok("a: " + "[" * 99 + "]" * 99 + "\n")
    value = doc.data["a"]
    for _ in range(98):
        value = value[0]
    assert value == []


def test_an_alias_that_makes_the_nesting_too_deep_is_refused() -> None:
    deep = "[" * 60 + "]" * 60
    source = f"a: &d {deep}\nb: {'[' * 50}*d{']' * 50}\n"
    doc, diagnostics = load(source)
    assert doc is None
    assert where(only(diagnostics)) == (codes.NESTED_TOO_DEEP, 2, 54)


# --- properties ----------------------------------------------------------------


def _all_paths(data: Any, here: Path = ()) -> Iterator[Path]:
    yield here
    if isinstance(data, dict):
        for key, item in data.items():
            yield from _all_paths(item, (*here, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from _all_paths(item, (*here, index))


def _check_diagnostics(diagnostics: list[Diagnostic]) -> None:
    for d in diagnostics:
        assert d.file == FILE
        assert d.line >= 1
        assert d.column >= 1
        assert d.code.startswith("DB")
        assert "internal error" not in d.message


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_data_or_diagnostics(text: str) -> None:
    doc, diagnostics = load_yaml(text.encode("utf-8", "surrogatepass"), FILE)
    _check_diagnostics(diagnostics)
    assert doc is not None or diagnostics


YAML_ISH = st.text(alphabet="ab1:- \n\t[]{}&*!#'\"|>?,.%<~=\\", max_size=80)


@settings(max_examples=1000, deadline=None)
@given(YAML_ISH)
def test_yaml_like_text_gives_data_or_diagnostics_with_both_parsers(text: str) -> None:
    for parser in (yaml.CSafeLoader, yaml.SafeLoader):
        with mock.patch.object(yamlsource, "_LOADER", parser):
            doc, diagnostics = load_yaml(text.encode("utf-8"), FILE)
        _check_diagnostics(diagnostics)
        assert doc is not None or diagnostics
        if doc is not None:
            assert isinstance(doc.data, dict)
            assert all(path in doc.value_pos for path in _all_paths(doc.data))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_data_or_diagnostics(source: bytes) -> None:
    doc, diagnostics = load_yaml(source, FILE)
    _check_diagnostics(diagnostics)
    assert doc is not None or diagnostics


# With allow_unicode, PyYAML's dumper writes NEL, LS and PS unescaped in
# quoted scalars, where YAML 1.1 reads them as line breaks: PyYAML does not
# round-trip them itself, so they are left out here.
YAML_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x85\u2028\u2029"),
    max_size=12,
)
YAML_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False)
    | YAML_TEXT
)
YAML_VALUES = st.recursive(
    YAML_SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(YAML_TEXT, children, max_size=4)
    ),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(YAML_TEXT, YAML_VALUES, max_size=6), st.booleans(), st.booleans())
def test_dumped_structures_round_trip(data: dict[str, Any], flow: bool, unicode: bool) -> None:
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=unicode, sort_keys=False)
    doc, diagnostics = load_yaml(text.encode("utf-8"), FILE)
    assert diagnostics == []
    assert doc is not None
    assert doc.data == data
    assert doc.data == yaml.load(text, Loader=yaml.SafeLoader)
    for path in _all_paths(data):
        assert path in doc.value_pos
        if path:
            assert path in doc.key_pos or isinstance(path[-1], int)
