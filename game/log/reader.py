"""Reading session logs, which are untrusted: every field is checked, nothing is assumed.

A line that cannot be used is skipped with a ``Problem``; a log without a
valid start record is skipped whole. The reader never raises on content.
"""

from __future__ import annotations

import errno
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeGuard

from game.fileio import InputError, is_folder, is_regular_file, read_input
from game.log import logformat as lf
from game.log.problems import Problem
from game.numbers import STORED_LIMIT

MAX_LOG_BYTES = 20 * 1024 * 1024  # a real log is a few kB; refuse before reading more
MAX_TEXT = 200  # player names, ids: longer values are cut, never trusted as markup
# Meters in a log: as large as a valid case can make them (see game.numbers).
MAX_NUMBER = STORED_LIMIT

_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)?$")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def clip(value: str, limit: int = MAX_TEXT) -> str:
    """Untrusted text made safe to print on one line: no control characters, bounded length.

    A lone surrogate (``"\\ud800"`` is valid JSON) becomes U+FFFD: it could not
    be written to a page or a CSV file at all.
    """
    if len(value) > 4 * limit:
        value = value[: 4 * limit]
    value = _UNSAFE.sub(_replacement, value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _replacement(match: re.Match[str]) -> str:
    return "\ufffd" if "\ud800" <= match.group() <= "\udfff" else " "


@dataclass(slots=True)
class Step:
    """One choice that stayed on the path (undone choices are kept apart)."""

    line: int
    at: datetime | None
    node: str
    choice: str
    response: str | None
    routine: str | None
    routine_node: str | None
    meters: dict[str, int]
    flags: dict[str, bool]
    delta: dict[str, int]
    votes: dict[str, int] | None = None  # the room's hands, in facilitator mode


@dataclass(slots=True)
class EndRecord:
    at: datetime | None
    ending: str
    outcome: str
    breakthrough: str
    wait_days: int
    safety: int
    client_score: int
    safety_score: int
    score: int


@dataclass(slots=True)
class PlayLog:
    path: Path
    log_id: str
    scenario: str
    scenario_version: str | None
    scenario_sha256: str | None
    scenario_path: str | None
    player: str
    lang: str
    mode: str
    client: str
    started_at: datetime | None
    start_node: str | None
    start_meters: dict[str, int]
    start_flags: dict[str, bool]
    overrides: dict[str, int | bool] = field(default_factory=dict)
    resumed_path: list[str] = field(default_factory=list)  # choices made before the log began
    steps: list[Step] = field(default_factory=list)
    undone: list[Step] = field(default_factory=list)
    end: EndRecord | None = None
    problems: list[Problem] = field(default_factory=list)
    digest: str = ""  # sha256 of the file: a copy of a log is the same playthrough

    @property
    def finished(self) -> bool:
        return self.end is not None

    @property
    def path_ids(self) -> list[str]:
        return [step.choice for step in self.steps]


@dataclass(slots=True)
class ReadResult:
    log: PlayLog | None
    problems: list[Problem]


# -- finding files ------------------------------------------------------------------


def find_logs(args: Iterable[str | Path]) -> tuple[list[Path], list[Problem]]:
    """Expand files and folders (searched recursively for ``*.jsonl``), in a stable order."""
    found: list[Path] = []
    problems: list[Problem] = []
    for arg in args:
        path = Path(arg)
        if is_folder(path):
            inside = sorted(p for p in _jsonl_below(path) if is_regular_file(p))
            if not inside:
                problems.append(Problem("no_logs_in_dir", clip(str(path))))
            found.extend(inside)
        elif is_regular_file(path):
            found.append(path)
        else:
            problems.append(Problem("not_found", clip(str(path))))
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return unique, problems


def _jsonl_below(folder: Path) -> list[Path]:
    try:
        return list(folder.rglob("*" + lf.SUFFIX))
    except OSError:
        return []


# -- reading one log ------------------------------------------------------------------


def read_log(path: str | Path) -> ReadResult:
    path = Path(path)
    name = clip(str(path), 4096)
    try:
        data = read_input(path, MAX_LOG_BYTES)
    except InputError as err:
        if err.errno == errno.EFBIG:
            return ReadResult(None, [Problem("too_large", name, None, _size(path))])
        return ReadResult(None, [Problem("unreadable", name, None, clip(err.reason))])
    return parse_log(data, path)


def _size(path: Path) -> str:
    try:
        return f"{path.stat().st_size // 1024} kB"
    except OSError:
        return f"> {MAX_LOG_BYTES // 1024} kB"


def parse_log(data: bytes, path: Path) -> ReadResult:
    builder = _Builder(path)
    # An editor may save the log with a byte order mark: the first line is still a record.
    for number, raw, last in _lines(data.removeprefix(b"\xef\xbb\xbf")):
        record = _decode(raw, number, last, builder)
        if record is not None:
            builder.add(number, record)
    result = builder.result()
    if result.log is not None:
        result.log.digest = hashlib.sha256(data).hexdigest()
    return result


def parse_records(records: Iterable[dict[str, Any]], path: Path) -> ReadResult:
    """Records already decoded (an in-memory log): checked exactly like a file's."""
    builder = _Builder(path)
    for number, record in enumerate(records, 1):
        if isinstance(record.get("type"), str):
            builder.add(number, record)
    return builder.result()


def _lines(data: bytes) -> Iterator[tuple[int, bytes, bool]]:
    lines = data.split(b"\n")
    complete_end = data.endswith(b"\n")
    if complete_end:
        lines.pop()
    for index, raw in enumerate(lines):
        is_cut = not complete_end and index == len(lines) - 1
        if raw.strip():
            yield index + 1, raw, is_cut


def _decode(raw: bytes, number: int, cut: bool, builder: _Builder) -> dict[str, Any] | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        builder.problem("truncated" if cut else "not_utf8", number)
        return None
    try:
        record = json.loads(text)
    except (ValueError, RecursionError):
        builder.problem("truncated" if cut else "bad_json", number)
        return None
    if not isinstance(record, dict) or not isinstance(record.get("type"), str):
        builder.problem("not_record", number)
        return None
    return record


class _Builder:
    """Folds records into a ``PlayLog``, replaying undos as the game did."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.log: PlayLog | None = None
        self.problems: list[Problem] = []
        self.pending_votes: dict[str, dict[str, int]] = {}
        self.refused = False  # the start record said "do not read me" (newer format)

    def problem(self, code: str, line: int | None, detail: str = "") -> None:
        self.problems.append(Problem(code, clip(str(self.path), 4096), line, clip(detail)))

    def add(self, number: int, record: dict[str, Any]) -> None:
        kind = record["type"]
        if self.refused:
            return
        if kind == lf.START:
            self._start(number, record)
        elif self.log is None:
            return  # everything before a valid start is reported once, as no_start
        elif kind in _HANDLERS:
            _HANDLERS[kind](self, number, record)
        else:
            self.problem("unknown_type", number, kind)

    def result(self) -> ReadResult:
        if self.log is None:
            if not self.refused:
                self.problem("no_start", None)
            return ReadResult(None, self.problems)
        self.log.problems = self.problems
        return ReadResult(self.log, self.problems)

    # -- one handler per record type --------------------------------------------

    def _start(self, number: int, record: dict[str, Any]) -> None:
        if self.log is not None:
            self.problem("extra_start", number)
            return
        fmt = record.get("format")
        if isinstance(fmt, int) and not isinstance(fmt, bool) and fmt > lf.FORMAT:
            self.refused = True
            self.problem("newer_format", number, str(fmt))
            return
        self.log = _start_log(self.path, record)
        if self.log is None:
            self.problem("bad_record", number, lf.START)

    def _choice(self, number: int, record: dict[str, Any]) -> None:
        assert self.log is not None
        if self.log.end is not None:
            self.problem("after_end", number)
            return
        step = _step(number, record)
        if step is None:
            self.problem("bad_record", number, lf.CHOICE)
            return
        step.votes = self.pending_votes.pop(step.node, None)
        self.log.steps.append(step)

    def _undo(self, number: int, record: dict[str, Any]) -> None:
        assert self.log is not None
        choice = record.get("choice")
        if not self.log.steps or self.log.steps[-1].choice != choice:
            self.problem("bad_undo", number)
            return
        self.log.undone.append(self.log.steps.pop())
        self.log.end = None  # facilitators may undo past an ending to show another one

    def _vote(self, number: int, record: dict[str, Any]) -> None:
        node, tallies = record.get("node"), record.get("tallies")
        if not is_id(node) or not isinstance(tallies, dict):
            self.problem("bad_record", number, lf.VOTE)
            return
        clean = {k: v for k, v in tallies.items() if is_id(k) and _is_count(v)}
        if len(clean) != len(tallies):
            self.problem("bad_record", number, lf.VOTE)
            return
        self.pending_votes[node] = clean

    def _end(self, number: int, record: dict[str, Any]) -> None:
        assert self.log is not None
        end = _end_record(record)
        if end is None:
            self.problem("bad_record", number, lf.END)
            return
        self.log.end = end


_HANDLERS = {
    lf.CHOICE: _Builder._choice,
    lf.UNDO: _Builder._undo,
    lf.VOTE: _Builder._vote,
    lf.END: _Builder._end,
}


# -- field checks ------------------------------------------------------------------------


class _Invalid(ValueError):
    """A field of a record that does not have the form the format says."""


_KNOWN_IDS: set[str] = set()  # a log repeats the same few dozen ids thousands of times


def is_id(value: object) -> TypeGuard[str]:
    if not isinstance(value, str):
        return False  # also keeps lists and dicts (unhashable) out of the set lookup
    if value in _KNOWN_IDS:
        return True
    valid = len(value) <= MAX_TEXT and bool(_ID.match(value))
    if valid and len(_KNOWN_IDS) < 50_000:
        _KNOWN_IDS.add(value)
    return valid


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_NUMBER


def _is_count(value: object) -> bool:
    return _is_int(value) and value >= 0


def _id(value: object) -> str:
    if not is_id(value):
        raise _Invalid
    return value


def _opt_id(value: object) -> str | None:
    return None if value is None else _id(value)


def _ints(value: object) -> dict[str, int]:
    found = _int_map(value)
    if found is None:
        raise _Invalid
    return found


def _opt_text(value: object) -> str | None:
    return clip(value) if isinstance(value, str) else None


def _int_map(value: object) -> dict[str, int] | None:
    if not isinstance(value, dict):
        return None
    if not all(is_id(k) and _is_int(v) for k, v in value.items()):
        return None
    return dict(value)


def _bool_map(value: object) -> dict[str, bool]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if is_id(k) and isinstance(v, bool)}


def _start_log(path: Path, record: dict[str, Any]) -> PlayLog | None:
    scenario = record.get("scenario")
    if not is_id(scenario):
        return None
    sha = record.get("scenario_sha256")
    log_id = record.get("id")
    start_node = record.get("start_node")
    return PlayLog(
        path=path,
        log_id=clip(log_id, 64) if isinstance(log_id, str) and log_id else clip(path.name),
        scenario=scenario,
        scenario_version=_opt_text(record.get("scenario_version")),
        scenario_sha256=sha
        if isinstance(sha, str) and re.fullmatch(r"[0-9a-f]{64}", sha)
        else None,
        scenario_path=_opt_text_long(record.get("scenario_path")),
        player=_opt_text(record.get("player")) or "",
        lang=_opt_text(record.get("lang")) or "nl",
        mode=_opt_text(record.get("mode")) or "solo",
        client=_opt_text(record.get("client")) or "",
        started_at=lf.parse_timestamp(record.get("started_at")),
        start_node=start_node if is_id(start_node) else None,
        start_meters=_int_map(record.get("meters")) or {},
        start_flags=_bool_map(record.get("flags")),
        overrides=_overrides(record.get("overrides")),
        resumed_path=_id_list(record.get("resumed_path")),
    )


def _id_list(value: object) -> list[str]:
    if not isinstance(value, list) or len(value) > 10_000:
        return []
    return [item for item in value if is_id(item)]


def _overrides(value: object) -> dict[str, int | bool]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if is_id(k) and (isinstance(v, bool) or _is_int(v))}


def _opt_text_long(value: object) -> str | None:
    if not isinstance(value, str) or len(value) >= 4096 or _UNSAFE.search(value):
        return None
    return value


def _step(number: int, record: dict[str, Any]) -> Step | None:
    try:
        return Step(
            line=number,
            at=lf.parse_timestamp(record.get("at")),
            node=_id(record.get("node")),
            choice=_id(record.get("choice")),
            response=_opt_id(record.get("response")),
            routine=_opt_id(record.get("routine")),
            routine_node=_opt_id(record.get("routine_node")),
            meters=_ints(record.get("meters")),
            flags=_bool_map(record.get("flags")),
            delta=_ints(record.get("delta") or {}),
        )
    except _Invalid:
        return None


_OUTCOMES = ("good", "mixed", "bad")
_LEVELS = ("none", "incident", "policy", "system")
_SCORE_FIELDS = ("wait_days", "safety", "client_score", "safety_score", "score")


def _end_record(record: dict[str, Any]) -> EndRecord | None:
    ending, outcome, level = record.get("ending"), record.get("outcome"), record.get("breakthrough")
    if not is_id(ending) or outcome not in _OUTCOMES or level not in _LEVELS:
        return None
    if not all(_is_int(record.get(name)) for name in _SCORE_FIELDS):
        return None
    if not all(0 <= record[name] <= 100 for name in ("client_score", "safety_score", "score")):
        return None
    return EndRecord(
        lf.parse_timestamp(record.get("at")),
        ending,
        outcome,
        level,
        *(int(record[name]) for name in _SCORE_FIELDS),
    )
