"""What a scenario may hold so that every part of the game can save, draw and report it.

Run on the document after the schema (``check_limits``), before the semantic
build, with the same reporter:

- DB109: ids longer than ``MAX_ID`` characters. The scenario id names the
  save file; choice ids go into every log, whose reader takes ids up to 200
  characters (a choice id is ``node.choice``, so two ids and a dot).
- DB110: numbers beyond ``NUMBER_LIMIT`` either way (also ``"=N"`` effects and
  scoring weights): the HUD, the score and the report compute with them,
  and the log reader takes meters up to ``STORED_LIMIT``, far beyond what
  numbers this size can add up to in a playthrough.
- DB209: a NUL or another control character in a string (tab and line
  break aside): the font cannot draw it, a terminal would obey it.
- DB210: texts longer than the screen can hold: ``TITLE_LIMIT`` for the
  case's title and for names, labels and ending titles (one line on a card or
  a badge), ``SUMMARY_LIMIT`` for the summary, ``TEXT_LIMIT`` for the rest
  (a node's text is paged, but a book is not a node).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from game.numbers import NUMBER_LIMIT, STORED_LIMIT
from game.scenario import codes
from game.scenario.report import Reporter
from game.scenario.schema import LANG_PATTERN
from game.scenario.yamlsource import Path, SourceDoc

__all__ = ["NUMBER_LIMIT", "STORED_LIMIT", "check_limits", "set_value"]

MAX_ID = 64
TITLE_LIMIT = 120
SUMMARY_LIMIT = 1000
TEXT_LIMIT = 10_000
# A set effect's digits: more than this cannot be a number within the limit.
_SET_DIGITS = 30

_ID_COLLECTIONS = ("meters", "characters", "places", "nodes", "routines", "responses")
_LABEL_FIELDS = {
    "characters": ("name", "title"),
    "places": ("name",),
    "meters": ("label",),
    "routines": ("label",),
    "responses": ("label",),
}
_ALLOWED_CONTROLS = frozenset("\n\t")
LANGUAGE = re.compile(LANG_PATTERN)


def set_value(text: str) -> int | None:
    """The number of a ``"=N"`` effect, or None when it is beyond the limit (DB110)."""
    digits = text[1:].removeprefix("-")
    if not digits or len(digits) > _SET_DIGITS or not (digits.isascii() and digits.isdigit()):
        return None
    value = int(text[1:])
    return value if -NUMBER_LIMIT <= value <= NUMBER_LIMIT else None


def check_limits(doc: SourceDoc, report: Reporter) -> None:
    data = doc.data
    if not isinstance(data, dict):
        return
    _check_ids(data, report)
    # Most strings are short and printable, most numbers small: the full path of
    # a value is built only when it breaks a rule (a case holds thousands).
    for parent, key, value in _scalars(data):
        if isinstance(value, str):
            if value.isprintable() and len(value) <= TITLE_LIMIT and value[:1] != "=":
                continue
            _check_string((*parent, key), value, report)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            if -NUMBER_LIMIT <= value <= NUMBER_LIMIT:
                continue
            _check_number((*parent, key), value, report)


# -- ids ----------------------------------------------------------------------------------


def _check_ids(data: dict[str, Any], report: Reporter) -> None:
    _check_id(data.get("id"), ("id",), "the scenario's id", report)
    for collection in _ID_COLLECTIONS:
        items = data.get(collection)
        if isinstance(items, dict):
            for key in items:
                if isinstance(key, str) and len(key) > MAX_ID:
                    _too_long_id(key, (collection, key), f"the {collection[:-1]} id", report, True)
    flags = data.get("flags")
    for index, flag in enumerate(flags if isinstance(flags, list) else []):
        _check_id(flag, ("flags", index), "the flag", report)
    nodes = data.get("nodes")
    for nid, node in nodes.items() if isinstance(nodes, dict) else ():
        choices = node.get("choices") if isinstance(node, dict) else None
        for index, choice in enumerate(choices if isinstance(choices, list) else []):
            value = choice.get("id") if isinstance(choice, dict) else None
            if isinstance(value, str):  # "node.choice": each part is an id of its own
                where = ("nodes", nid, "choices", index, "id")
                for part in value.split(".")[:2]:
                    _check_id(part, where, "a part of the choice id", report)


def _check_id(value: Any, path: Path, what: str, report: Reporter) -> None:
    if isinstance(value, str) and len(value) > MAX_ID:
        _too_long_id(value, path, what, report, False)


def _too_long_id(value: str, path: Path, what: str, report: Reporter, key: bool) -> None:
    report.error(
        codes.ID_TOO_LONG,
        f"{what} '{value[:24]}...' is {len(value)} characters long; "
        f"an id may be at most {MAX_ID} (saves and logs are named with ids)",
        path,
        key=key,
    )


# -- numbers ------------------------------------------------------------------------------


def _check_number(path: Path, value: int | float, report: Reporter) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        return  # the schema refuses .inf and .nan where a number is allowed at all
    if abs(value) > NUMBER_LIMIT:
        report.error(codes.NUMBER_TOO_LARGE, _number_message(_short_number(value)), path)


def _number_message(shown: str) -> str:
    return (
        f"the number {shown} is too large; a case's numbers stay within a billion "
        f"({NUMBER_LIMIT}) either way: count in days or points"
    )


def _short_number(value: int | float | str) -> str:
    text = str(value) if not isinstance(value, float) else f"{value:g}"
    return text if len(text) <= 24 else f"{text[:12]}...({len(text)} characters)"


def _is_effect(path: Path) -> bool:
    return len(path) >= 2 and path[-2] == "effects"


# -- strings ------------------------------------------------------------------------------


def _check_string(path: Path, value: str, report: Reporter) -> None:
    if _is_effect(path) and value.startswith("=") and set_value(value) is None:
        if value[1:].removeprefix("-").isdigit():
            report.error(codes.NUMBER_TOO_LARGE, _number_message(_short_number(value[1:])), path)
        return
    bad = _first_control(value)
    if bad is not None:
        report.error(
            codes.CONTROL_CHARACTER,
            f"the text has an invisible control character ({_describe(value[bad])}) "
            "that no screen can show; remove it (between double quotes, a backslash starts "
            "such a character: write \\\\ for a backslash itself)",
            path,
            offset=bad,
        )
    limit, what = _text_limit(path)
    if len(value) > limit:
        report.error(
            codes.TEXT_TOO_LONG,
            f"{what} is {len(value):_} characters long; it may be at most {limit:_}",
            path,
        )


_CONTROL_NAMES = {
    0x00: "NUL",
    0x07: "bell",
    0x08: "backspace",
    0x0B: "vertical tab",
    0x0C: "form feed",
    0x0D: "carriage return",
    0x1B: "escape",
    0x7F: "delete",
}


def _describe(ch: str) -> str:
    code = f"U+{ord(ch):04X}"
    name = _CONTROL_NAMES.get(ord(ch)) or unicodedata.name(ch, "")
    return f"{code}, {name}" if name else code


def _first_control(value: str) -> int | None:
    if value.isprintable():
        return None
    for index, ch in enumerate(value):
        if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in ("Cc", "Cs"):
            return index
    return None


def _text_limit(path: Path) -> tuple[int, str]:
    """How long the string at ``path`` may be, and what to call it."""
    # A text in several languages: {nl: ..., en: ...}; the language key is not the field.
    head = path[:-1] if len(path) > 1 and _is_language_key(path[-1]) else path
    if head == ("title",):
        return TITLE_LIMIT, "the title"
    if head == ("summary",):
        return SUMMARY_LIMIT, "the summary"
    if len(head) == 3 and head[2] in _LABEL_FIELDS.get(str(head[0]), ()):
        return TITLE_LIMIT, f"the {head[2]} of '{head[1]}'"
    if len(head) == 4 and head[0] == "nodes" and head[2:] == ("ending", "title"):
        return TITLE_LIMIT, f"the ending title of '{head[1]}'"
    return TEXT_LIMIT, "the text"


def _is_language_key(item: str | int) -> bool:
    return isinstance(item, str) and LANGUAGE.fullmatch(item) is not None


def _scalars(data: Any) -> Iterator[tuple[Path, str | int, Any]]:
    """(path of the container, key or index, value) of every value that is not a container."""
    stack: list[tuple[Path, Any]] = [((), data)]
    while stack:
        path, item = stack.pop()
        pairs = item.items() if isinstance(item, dict) else enumerate(item)
        for key, value in pairs:
            if isinstance(value, dict | list):
                stack.append(((*path, key), value))
            else:
                yield path, key, value
