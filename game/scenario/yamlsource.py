"""First stage of loading a scenario: bytes -> plain data plus positions, or diagnostics.

The result is plain Python data (dict, list, str, int, float, bool, None; dict
keys in written order) and an index from paths to source positions, so that
every later stage can point an author at a line and column.

Why YAML *events* and not ``yaml.compose``: libyaml's composer (and PyYAML's
pure-Python one) builds the node tree recursively. ``a: [[[[...`` a hundred
thousand levels deep, which fits easily in the 2 MB limit, makes the C
composer overflow the C stack and the interpreter dies with a segmentation
fault (measured with PyYAML 6.0.3); the Python composer raises RecursionError
much earlier. The event parsers of both are iterative. So we read events and
compose ourselves with an explicit stack, which also lets us stop at the first
level too deep, the first alias budget exceeded, the first recursive alias,
without ever holding more than the file describes.

Nothing is ever constructed from a tag: only the standard scalar and
collection tags are accepted, every scalar is converted by the small
functions below, and no PyYAML constructor runs.

Scalars resolve exactly as PyYAML's SafeLoader and CSafeLoader resolve them
(YAML 1.1 rules, same resolver). Authors should know the quirks this keeps:
``yes``/``no``/``on``/``off`` (any case) are booleans, ``010`` is octal 8,
``1:30`` is the base-60 integer 90, ``1_000`` is 1000, ``1e3`` (no dot) is a
string while ``1.0e+3`` is a float, ``! 12`` is the integer 12 (PyYAML treats
the non-specific tag like no tag), and dates such as ``2024-01-01`` are kept
as strings here (PyYAML would make them ``datetime.date``).

Aliases are expanded into copies. The alias's own path gets the alias's
position; the paths inside the copy get the positions where the anchored
values are written, which is where an author has to fix them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import yaml
from yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from game.scenario import codes
from game.scenario.diagnostics import Diagnostic

MAX_BYTES = 2 * 1024 * 1024
# A real scenario reuses an anchor a handful of times; a hundred thousand
# expanded values is far beyond that and still cheap to build.
MAX_ALIAS_VALUES = 100_000
MAX_DEPTH = 100
# Values written in the file (aliases aside). Every value costs a few hundred
# bytes of data and positions: 2 MB of '[1,1,1,...' would take seconds and
# about 300 MB. The largest real scenarios hold a few ten thousand values.
MAX_VALUES = 250_000
# Longer integer literals are useless in a scenario and Python refuses to
# convert more than 4300 digits; such a literal stays a string so that the
# schema layer reports a wrong type at its position.
MAX_INT_CHARS = 30


class _EventParser(Protocol):
    """What is used of a loader: its events. CSafeLoader and SafeLoader both fit."""

    def get_event(self) -> Event | None: ...
    def dispose(self) -> None: ...


class _Mark(Protocol):
    """A place in the text (0-based), as both PyYAML's and libyaml's marks give it."""

    @property
    def index(self) -> int: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...


class _ScalarResolver(Protocol):
    """yaml.resolver.Resolver, whose stub leaves ``resolve`` unannotated."""

    def resolve(
        self, kind: type[yaml.nodes.Node], value: str, implicit: tuple[bool, bool]
    ) -> str: ...


_LoaderClass = Callable[[str], _EventParser]

# CSafeLoader is several times faster; both resolve scalars identically.
_LOADER: _LoaderClass = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader

_STD = "tag:yaml.org,2002:"
_STR = _STD + "str"
_INT = _STD + "int"
_FLOAT = _STD + "float"
_BOOL = _STD + "bool"
_NULL = _STD + "null"
_TIMESTAMP = _STD + "timestamp"
_MERGE = _STD + "merge"
_MAP = _STD + "map"
_SEQ = _STD + "seq"
_SCALAR_TAGS = frozenset({_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP})
_COLLECTION_TAGS = frozenset({_MAP, _SEQ})
_NON_SPECIFIC = (None, "!")
_TRUE_WORDS = frozenset({"yes", "true", "on"})

# The resolver holds no state for scalars; one shared instance is enough.
_RESOLVER: _ScalarResolver = yaml.resolver.Resolver()


@dataclass(frozen=True, slots=True)
class Pos:
    line: int  # 1-based
    column: int  # 1-based
    style: str = ""  # scalar style of a value: "" plain, '"', "'", "|", ">"; "" for keys


Path = tuple[str | int, ...]

_START = Pos(1, 1)


@dataclass
class SourceDoc:
    data: Any
    key_pos: dict[Path, Pos]
    value_pos: dict[Path, Pos]

    def pos(self, path: Path, *, key: bool = False) -> Pos:
        """The best known position for ``path``: exact, else the nearest ancestor.

        For an ancestor the key is preferred: "node 'intake' has no text" reads
        best at the line that names ``intake``.
        """
        try:
            here = tuple(path)
            exact = (self.key_pos, self.value_pos) if key else (self.value_pos, self.key_pos)
            found = _lookup(here, exact)
            while found is None and here:
                here = here[:-1]
                found = _lookup(here, (self.key_pos, self.value_pos))
        except TypeError:  # an unhashable path element: no position is known
            return _START
        return found or _START


def _lookup(path: Path, tables: tuple[dict[Path, Pos], ...]) -> Pos | None:
    for table in tables:
        found = table.get(path)
        if found is not None:
            return found
    return None


def load_yaml(source: bytes, file: str) -> tuple[SourceDoc | None, list[Diagnostic]]:
    """Never raises. Returns (None, [errors]) when the document cannot be used.

    A document is returned together with errors that leave its shape intact
    (a duplicate key, a refused tag, a key that is not a name): later stages
    can then report more problems in one run. Every such error still refuses
    the scenario.
    """
    if len(source) > MAX_BYTES:
        return None, [_too_large(len(source), file)]
    text, problem = _decode(source, file)
    if problem is not None:
        return None, [problem]
    builder = _Builder(text, file)
    try:
        try:
            doc = builder.build()
        except _ParserDepthLimit:
            # libyaml 0.2.6 and later stop at a nesting depth of their own (1,000), with
            # their own words. The pure-Python parser reads the same text up to our
            # limit, so the author gets DB011 at the level that is too deep, whichever
            # libyaml is installed. It stops there: the slower parser reads only that far.
            builder = _Builder(text, file, yaml.SafeLoader)
            doc = builder.build()
    except _Fatal as fatal:
        return None, [*builder.diagnostics, fatal.diagnostic]
    except Exception as error:  # a safety net: a bug here must still be a message
        message = f"internal error while reading YAML ({type(error).__name__}: {error})"
        return None, [*builder.diagnostics, _error(codes.YAML_SYNTAX, message, file, _START)]
    return doc, builder.diagnostics


def _is_depth_limit(error: yaml.YAMLError) -> bool:
    problem = getattr(error, "problem", None) or str(error)
    return "nesting depth" in problem.lower()


# --- bytes to text ---------------------------------------------------------


def _too_large(size: int, file: str) -> Diagnostic:
    megabytes = size / (1024 * 1024)
    limit = MAX_BYTES // (1024 * 1024)
    message = f"file is {megabytes:.1f} MB; a scenario may be at most {limit} MB"
    return _error(codes.FILE_TOO_LARGE, message, file, _START)


def _decode(source: bytes, file: str) -> tuple[str, Diagnostic | None]:
    try:
        text = source.decode("utf-8")
    except UnicodeDecodeError as bad:
        return "", _not_utf8(source, bad.start, file)
    # Editors do not show a BOM, so columns are counted without it.
    return text.removeprefix("\ufeff"), None


def _not_utf8(source: bytes, offset: int, file: str) -> Diagnostic:
    line_start = source.rfind(b"\n", 0, offset) + 1
    before = source[line_start:offset].decode("utf-8").removeprefix("\ufeff")
    line = source.count(b"\n", 0, offset) + 1
    message = (
        f"the file is not UTF-8 (byte 0x{source[offset]:02x} cannot be read); save it as UTF-8"
    )
    return _error(codes.NOT_UTF8, message, file, Pos(line, len(before) + 1))


# --- composing from events -------------------------------------------------


class _Fatal(Exception):
    """Stops reading: the document cannot be used."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


# A position record inside an anchored subtree, kept so an alias can copy the
# positions of what it repeats: (path, is_key, pos, dead_from).
_Record = tuple[Path, bool, Pos, int | None]


@dataclass(slots=True)
class _Anchor:
    value: Any
    text: str | None  # the written text of a scalar (used when aliased as a key)
    path: Path
    pos: Pos
    size: int  # values in the subtree, expanded aliases included
    height: int  # collection levels in the subtree (0 for a scalar)
    first_record: int
    end_record: int


@dataclass(slots=True)
class _Frame:
    """A collection being read.

    ``dead_from`` is None while what is read here ends up in the data; else
    the path length at which it was discarded (a duplicate key's value, a
    merge key's value, a key that is a collection). Dead parts are still read,
    to report their problems and because an anchor inside them may be used.
    """

    container: dict[str, Any] | list[Any]
    path: Path
    pos: Pos
    dead_from: int | None
    anchor: str | None = None
    first_record: int = 0
    size: int = 1
    height: int = 1
    expect_key: bool = True  # mappings: the next node is a key
    entry_key: str = ""  # mappings: the key of the entry whose value comes next
    entry_kept: bool = True  # mappings: whether that value goes into the data
    first_keys: dict[str, Pos] = field(default_factory=dict)


class _ParserDepthLimit(Exception):
    """libyaml refused the nesting with a limit and wording of its own."""


class _Builder:
    def __init__(self, text: str, file: str, loader_class: _LoaderClass | None = None) -> None:
        self.text = text
        self.file = file
        self.loader_class = loader_class or _LOADER
        self.diagnostics: list[Diagnostic] = []
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.key_pos: dict[Path, Pos] = {}
        self.value_pos: dict[Path, Pos] = {}
        self.anchors: dict[str, _Anchor] = {}
        self.open_anchors: dict[str, Pos] = {}
        self.records: list[_Record] = []
        self.expanded = 0
        self.written = 0
        self.loader: _EventParser | None = None

    # Reading events

    def build(self) -> SourceDoc:
        try:
            self.loader = self.loader_class(self.text)  # the Python reader checks the text here
            return self._read_stream()
        except yaml.YAMLError as error:
            if self.loader_class is not yaml.SafeLoader and _is_depth_limit(error):
                raise _ParserDepthLimit from None
            raise _Fatal(self._syntax_error(error)) from None
        finally:
            if self.loader is not None:
                self.loader.dispose()

    def _next(self) -> Event:
        assert self.loader is not None  # build() opens it before reading
        event = self.loader.get_event()
        if event is None:  # never: reading stops at the end of the stream
            raise RuntimeError("the YAML parser has no event left")
        return event

    def _read_stream(self) -> SourceDoc:
        self._next()  # StreamStartEvent
        document = self._next()
        if isinstance(document, StreamEndEvent):
            raise _Fatal(self._empty(_START))
        root = self._next()
        self._check_root(root, self._mark(document))
        self._node(root)
        while self.stack:
            self._node(self._next())
        self._next()  # DocumentEndEvent
        following = self._next()
        if isinstance(following, DocumentStartEvent):
            message = (
                "the file holds more than one YAML document ('---'); a scenario is one document"
            )
            raise _Fatal(self._error(codes.MULTIPLE_DOCUMENTS, message, self._mark(following)))
        return SourceDoc(self.root, self.key_pos, self.value_pos)

    def _check_root(self, event: Event, document: Pos) -> None:
        if isinstance(event, MappingStartEvent | AliasEvent):
            return
        if isinstance(event, ScalarEvent):
            tag = self._scalar_tag(event)
            if event.value == "" and not event.style and event.tag is None:
                raise _Fatal(self._empty(document))
            kind = _describe(_convert(tag, event.value))
        else:  # the only other node a document can start with
            assert isinstance(event, SequenceStartEvent)
            self._collection_tag(event, _SEQ)
            kind = "a list"
        message = (
            f"the document is {kind}, not a mapping; a scenario starts with keys "
            "such as 'format: 1' and 'id: ...'"
        )
        raise _Fatal(self._error(codes.NOT_A_MAPPING, message, self._mark(event)))

    def _empty(self, pos: Pos) -> Diagnostic:
        message = (
            "the document is empty (or only comments); a scenario is a mapping "
            "with keys such as 'format: 1' and 'id: ...'"
        )
        return self._error(codes.EMPTY_DOCUMENT, message, pos)

    def _node(self, event: Event) -> None:
        if isinstance(event, ScalarEvent | CollectionStartEvent):
            self._count_written(event)
        if isinstance(event, ScalarEvent):
            self._scalar(event)
        elif isinstance(event, AliasEvent):
            self._alias(event)
        elif isinstance(event, MappingStartEvent):
            self._start_collection(event, {}, _MAP)
        elif isinstance(event, SequenceStartEvent):
            self._start_collection(event, [], _SEQ)
        elif isinstance(event, MappingEndEvent | SequenceEndEvent):
            self._end_collection()

    def _count_written(self, event: Event) -> None:
        self.written += 1
        if self.written > MAX_VALUES:
            message = f"the file holds more than {MAX_VALUES:,} values; a scenario needs far fewer"
            raise _Fatal(self._error(codes.FILE_TOO_LARGE, message, self._mark(event)))

    # Where the next node goes

    def _is_key_next(self) -> bool:
        if not self.stack:
            return False
        top = self.stack[-1]
        return isinstance(top.container, dict) and top.expect_key

    def _child(self) -> tuple[Path, int | None]:
        """The path of the next node and its dead_from (see _Frame)."""
        if not self.stack:
            return (), None
        top = self.stack[-1]
        if isinstance(top.container, list):
            return (*top.path, len(top.container)), top.dead_from
        if top.expect_key:  # a collection used as a key: never part of the data
            return (*top.path, "?"), _dead(top, len(top.path) + 1)
        dead = top.dead_from if top.entry_kept else _dead(top, len(top.path) + 1)
        return (*top.path, top.entry_key), dead

    def _complete(self, value: Any, size: int, height: int, pos: Pos) -> None:
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        top.size += size
        top.height = max(top.height, height + 1)
        if isinstance(top.container, list):
            top.container.append(value)
        elif top.expect_key:
            self._error_here(codes.WRONG_TYPE, "a key must be a plain name", pos)
            self._begin_entry(top, "", kept=False)
        else:
            if top.entry_kept:
                top.container[top.entry_key] = value
            top.expect_key = True

    def _begin_entry(self, top: _Frame, key: str, *, kept: bool) -> None:
        top.entry_key = key
        top.entry_kept = kept
        top.expect_key = False

    def _record(self, path: Path, is_key: bool, pos: Pos, dead_from: int | None) -> None:
        if dead_from is None:
            (self.key_pos if is_key else self.value_pos)[path] = pos
        if self.open_anchors:
            self.records.append((path, is_key, pos, dead_from))

    # Scalars

    def _scalar(self, event: ScalarEvent) -> None:
        if self._is_key_next():
            self._key_scalar(event)
            return
        path, dead = self._child()
        pos = self._content_pos(event)
        value = _convert(self._scalar_tag(event), event.value)
        self._record(path, False, pos, dead)
        self._anchor_scalar(event, value, path, pos)
        self._complete(value, 1, 0, pos)

    def _key_scalar(self, event: ScalarEvent) -> None:
        top = self.stack[-1]
        pos = self._content_pos(event)
        key_pos = Pos(pos.line, pos.column)
        tag = self._scalar_tag(event)
        self._anchor_scalar(event, _convert(tag, event.value), (*top.path, event.value), key_pos)
        top.size += 1
        if tag == _MERGE:
            self._error_here(codes.WRONG_TYPE, "merge keys ('<<') are not supported", key_pos)
            self._begin_entry(top, event.value, kept=False)
            return
        self._use_key(top, event.value, key_pos)

    def _use_key(self, top: _Frame, key: str, pos: Pos) -> None:
        first = top.first_keys.get(key)
        if first is not None:
            message = f"duplicate key '{_show(key)}' (first at line {first.line})"
            self._error_here(codes.DUPLICATE_KEY, message, pos)
            self._begin_entry(top, key, kept=False)
            return
        top.first_keys[key] = pos
        self._record((*top.path, key), True, pos, top.dead_from)
        self._begin_entry(top, key, kept=True)

    def _scalar_tag(self, event: ScalarEvent) -> str | None:
        """The tag to convert with; None when the text must stay a string."""
        tag = event.tag
        if tag in _NON_SPECIFIC:
            if not event.implicit[0]:  # quoted and block scalars are strings
                return _STR
            return _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag in _COLLECTION_TAGS:
            message = f"tag '{_short_tag(tag)}' does not fit a single value"
            self._error_here(codes.WRONG_TYPE, message, self._tag_pos(event))
            return None
        if tag not in _SCALAR_TAGS:
            self._unsafe_tag(event)
            return None
        return self._checked_explicit_tag(event, tag)

    def _checked_explicit_tag(self, event: ScalarEvent, tag: str) -> str | None:
        if tag == _STR:
            return tag
        # An explicit tag is accepted only for text that would resolve to it
        # anyway (an integer may be tagged !!float): never convert by force.
        plain = _RESOLVER.resolve(yaml.ScalarNode, event.value, (True, False))
        if plain == tag or (tag == _FLOAT and plain == _INT):
            return tag
        message = f"'{_show(event.value)}' is not a valid {_short_tag(tag)}"
        self._error_here(codes.WRONG_TYPE, message, self._tag_pos(event))
        return None

    def _unsafe_tag(self, event: ScalarEvent | CollectionStartEvent) -> None:
        message = f"tag '{_short_tag(event.tag)}' is not allowed; scenarios use plain YAML"
        self._error_here(codes.UNSAFE_TAG, message, self._tag_pos(event))

    # Anchors and aliases

    def _check_new_anchor(self, event: NodeEvent, name: str) -> None:
        first = self.open_anchors.get(name)
        if first is None and name in self.anchors:
            first = self.anchors[name].pos
        if first is not None:
            message = f"anchor '&{_show(name)}' is defined twice (first at line {first.line})"
            raise _Fatal(self._error(codes.YAML_SYNTAX, message, self._mark(event)))

    def _anchor_scalar(self, event: ScalarEvent, value: Any, path: Path, pos: Pos) -> None:
        if event.anchor is None:
            return
        self._check_new_anchor(event, event.anchor)
        end = len(self.records)
        self.anchors[event.anchor] = _Anchor(value, event.value, path, pos, 1, 0, end, end)

    def _alias(self, event: AliasEvent) -> None:
        anchor = self._expand(event)
        pos = self._mark(event)
        if self._is_key_next():
            self._key_alias(anchor, pos)
            return
        path, dead = self._child()
        self._record(path, False, pos, dead)
        self._copy_records(anchor, path, dead)
        self._complete(_copy(anchor.value), anchor.size, anchor.height, pos)

    def _expand(self, event: AliasEvent) -> _Anchor:
        """The anchor an alias names, once the alias is known to be affordable."""
        name = event.anchor
        assert name is not None  # an alias always names its anchor
        pos = self._mark(event)
        if name in self.open_anchors:
            message = f"alias '*{_show(name)}' is used inside its own anchor (a recursive alias)"
            raise _Fatal(self._error(codes.ALIAS_EXPLOSION, message, pos))
        anchor = self.anchors.get(name)
        if anchor is None:
            message = f"alias '*{_show(name)}' names no anchor ('&{_show(name)}' must come first)"
            raise _Fatal(self._error(codes.YAML_SYNTAX, message, pos))
        self.expanded += anchor.size
        if self.expanded > MAX_ALIAS_VALUES:
            message = (
                f"aliases expand to more than {MAX_ALIAS_VALUES:,} values; a scenario "
                "needs far fewer, so this looks like an alias bomb"
            )
            raise _Fatal(self._error(codes.ALIAS_EXPLOSION, message, pos))
        if len(self.stack) + anchor.height > MAX_DEPTH:
            raise _Fatal(self._too_deep(pos))
        return anchor

    def _key_alias(self, anchor: _Anchor, pos: Pos) -> None:
        top = self.stack[-1]
        top.size += anchor.size
        if anchor.text is None:
            self._error_here(codes.WRONG_TYPE, "a key must be a plain name", pos)
            self._begin_entry(top, "", kept=False)
            return
        self._use_key(top, anchor.text, pos)

    def _copy_records(self, anchor: _Anchor, path: Path, dead: int | None) -> None:
        """Give the repeated values the positions where they are written."""
        base = len(anchor.path)
        repeated = self.records[anchor.first_record : anchor.end_record]
        for old_path, is_key, pos, old_dead in repeated:
            new_dead = dead
            if new_dead is None and old_dead is not None and old_dead > base:
                new_dead = old_dead - base + len(path)  # discarded inside the anchor
            self._record((*path, *old_path[base:]), is_key, pos, new_dead)

    # Collections

    def _start_collection(self, event: CollectionStartEvent, container: Any, tag: str) -> None:
        pos = self._mark(event)
        if len(self.stack) >= MAX_DEPTH:
            raise _Fatal(self._too_deep(pos))
        self._collection_tag(event, tag)
        path, dead = self._child()
        self._record(path, False, pos, dead)
        frame = _Frame(container, path, pos, dead)
        if event.anchor is not None:
            self._check_new_anchor(event, event.anchor)
            self.open_anchors[event.anchor] = pos
            frame.anchor = event.anchor
            frame.first_record = len(self.records)
        self.stack.append(frame)

    def _collection_tag(self, event: CollectionStartEvent, tag: str) -> None:
        if event.tag in _NON_SPECIFIC or event.tag == tag:
            return
        if event.tag in _SCALAR_TAGS or event.tag in _COLLECTION_TAGS:
            kind = "a mapping" if tag == _MAP else "a list"
            message = f"tag '{_short_tag(event.tag)}' does not fit {kind}"
            self._error_here(codes.WRONG_TYPE, message, self._tag_pos(event))
            return
        self._unsafe_tag(event)

    def _end_collection(self) -> None:
        frame = self.stack.pop()
        if frame.anchor is not None:
            del self.open_anchors[frame.anchor]
            self.anchors[frame.anchor] = _Anchor(
                frame.container,
                None,
                frame.path,
                frame.pos,
                frame.size,
                frame.height,
                frame.first_record,
                len(self.records),
            )
        self._complete(frame.container, frame.size, frame.height, frame.pos)

    def _too_deep(self, pos: Pos) -> Diagnostic:
        message = f"values are nested more than {MAX_DEPTH} levels deep; a scenario needs far fewer"
        return self._error(codes.NESTED_TOO_DEEP, message, pos)

    # Positions

    def _mark(self, event: Event) -> Pos:
        mark = _start(event)
        return Pos(mark.line + 1, mark.column + 1)

    def _content_pos(self, event: ScalarEvent) -> Pos:
        """Where a scalar's text starts: after its anchor and tag, if any."""
        has_anchor, has_tag = event.anchor is not None, event.tag is not None
        mark = _start(event)
        if not (has_anchor or has_tag):  # the common case, kept cheap
            return Pos(mark.line + 1, mark.column + 1, event.style or "")
        text_start = self._skip_properties(mark, has_anchor, has_tag)
        return Pos(text_start.line, text_start.column, event.style or "")

    def _tag_pos(self, event: NodeEvent) -> Pos:
        return self._skip_properties(_start(event), event.anchor is not None, False)

    def _skip_properties(self, mark: _Mark, anchor: bool, tag: bool) -> Pos:
        """Step over '&anchor' and '!tag' (in either order) from an event's mark.

        An event marks a node where its properties start; the value's text,
        or the tag that is refused, comes further on.
        """
        text = self.text
        index, line, column = mark.index, mark.line + 1, mark.column + 1
        while index < len(text):
            if text[index] == "&" and anchor:
                anchor = False
            elif text[index] == "!" and tag:
                tag = False
            else:
                break
            while index < len(text) and not text[index].isspace():
                index, column = index + 1, column + 1
            index, line, column = _skip_blanks(text, index, line, column)
        return Pos(line, column)

    # Diagnostics

    def _error(self, code: str, message: str, pos: Pos) -> Diagnostic:
        return _error(code, message, self.file, pos)

    def _error_here(self, code: str, message: str, pos: Pos) -> None:
        self.diagnostics.append(self._error(code, message, pos))

    def _syntax_error(self, error: yaml.YAMLError) -> Diagnostic:
        if isinstance(error, yaml.reader.ReaderError):
            return self._reader_error(error)
        if not isinstance(error, yaml.MarkedYAMLError) or error.problem_mark is None:
            first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
            return self._error(codes.YAML_SYNTAX, f"YAML syntax error: {first_line}", _START)
        mark = error.problem_mark
        message = f"YAML syntax error: {error.problem or 'cannot read this'}"
        context_mark = error.context_mark
        # The context helps when it points elsewhere: the bracket or quote
        # that was never closed.
        if error.context and context_mark is not None and context_mark.index != mark.index:
            where = f"line {context_mark.line + 1}, column {context_mark.column + 1}"
            message += f" ({error.context} that starts at {where})"
        if _tab_near(self.text, mark.index, error.problem or ""):
            message += "; found a tab; indent with spaces"
        return self._error(codes.YAML_SYNTAX, message, Pos(mark.line + 1, mark.column + 1))

    def _reader_error(self, error: yaml.reader.ReaderError) -> Diagnostic:
        # libyaml reports a byte offset and the Python reader a character
        # index; the character itself is the same, so find its first place.
        character = chr(error.character) if isinstance(error.character, int) else "\0"
        index = self.text.find(character)
        pos = _index_pos(self.text, index) if index >= 0 else _START
        message = (
            f"character U+{ord(character):04X} is not allowed in YAML; "
            "remove it or write it as an escape in a double-quoted string"
        )
        return self._error(codes.YAML_SYNTAX, message, pos)


def _start(event: Event) -> _Mark:
    """Where an event starts; both parsers mark every event they give."""
    mark = event.start_mark
    assert mark is not None
    return mark


def _dead(top: _Frame, default: int) -> int:
    return top.dead_from if top.dead_from is not None else default


def _skip_blanks(text: str, index: int, line: int, column: int) -> tuple[int, int, int]:
    """Past spaces, line breaks and comments; returns the new index, line, column."""
    while index < len(text) and text[index] in " \t\r\n#":
        if text[index] == "#":
            end = text.find("\n", index)
            end = len(text) if end < 0 else end
            column += end - index
            index = end
            continue
        if text[index] == "\n":
            line, column = line + 1, 0
        index, column = index + 1, column + 1
    return index, line, column


def _tab_near(text: str, index: int, problem: str) -> bool:
    """Whether a syntax error is most likely a tab used for indentation."""
    if "tab" in problem or (index < len(text) and text[index] == "\t"):
        return True
    indent = text[text.rfind("\n", 0, index) + 1 : index]
    return "\t" in indent and indent.strip(" \t") == ""


def _index_pos(text: str, index: int) -> Pos:
    line_start = text.rfind("\n", 0, index) + 1
    return Pos(text.count("\n", 0, index) + 1, index - line_start + 1)


# --- scalar conversion -----------------------------------------------------


def _convert(tag: str | None, text: str) -> Any:
    """Plain data for a scalar; text for str, timestamps and unusable literals."""
    if tag == _INT:
        return _to_int(text)
    if tag == _FLOAT:
        return _to_float(text)
    if tag == _BOOL:
        return text.lower() in _TRUE_WORDS
    if tag == _NULL:
        return None
    return text


def _to_int(text: str) -> int | str:
    """As PyYAML's SafeConstructor (YAML 1.1): 0b binary, 0x hex, 0 octal, a:b base 60."""
    if len(text) > MAX_INT_CHARS:
        return text
    digits = text.replace("_", "")
    sign = -1 if digits[:1] == "-" else 1
    digits = digits.lstrip("+-")
    try:
        if digits.startswith("0b"):
            return sign * int(digits[2:], 2)
        if digits.startswith("0x"):
            return sign * int(digits[2:], 16)
        if ":" in digits:
            return sign * _base60([int(part) for part in digits.split(":")])
        if digits.startswith("0") and digits != "0":
            return sign * int(digits, 8)
        return sign * int(digits)
    except ValueError:  # e.g. '0b_': matches the resolver, holds no digit
        return text


def _to_float(text: str) -> float | str:
    digits = text.replace("_", "").lower()
    sign = -1.0 if digits[:1] == "-" else 1.0
    digits = digits.lstrip("+-")
    try:
        if digits == ".inf":
            return sign * math.inf
        if digits == ".nan":
            return math.nan
        if ":" in digits:
            return sign * _base60([float(part) for part in digits.split(":")])
        return sign * float(digits)
    except ValueError:  # e.g. '._': matches the resolver, holds no digit
        return text


_Number = TypeVar("_Number", int, float)


def _base60(parts: list[_Number]) -> _Number:
    total = parts[0] * 0
    for part in parts:
        total = total * 60 + part
    return total


def _copy(value: Any) -> Any:
    """A fresh copy, so no two places in the data share a mutable object.

    Recursion is safe: depth is bounded by MAX_DEPTH before copying.
    """
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value


# --- small helpers ---------------------------------------------------------


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return "a single text"


def _short_tag(tag: str | None) -> str:
    tag = tag or "!"
    if tag.startswith(_STD):
        tag = "!!" + tag[len(_STD) :]
    return _show(tag)


def _show(text: str | None, limit: int = 60) -> str:
    """Text for a message: one line, visible characters, not too long."""
    text = text or ""
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _error(code: str, message: str, file: str, pos: Pos) -> Diagnostic:
    return Diagnostic("error", code, message, file=file, line=pos.line, column=pos.column)
