"""Where each value of a YAML text is written: character spans, styles and columns.

``strings import`` changes texts by splicing new scalars into the original
text at these spans, so every other byte of the file stays as it was. (A
full round-trip dump, even ruamel.yaml's, rewrites layout it does not model:
measured with ruamel.yaml 0.19, it joins a flow mapping written over two
lines, turns ``[ nl, en ]`` into ``[nl, en]``, re-indents ``- `` items and
squeezes the spaces before a comment.)

The tree mirrors the document as written (no merge keys resolved, aliases
kept as aliases); the caller only asks for paths it knows from the loader's
data and treats a path it cannot find as "not editable here".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, Protocol

import yaml
from yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
    SequenceEndEvent,
)

Kind = Literal["scalar", "mapping", "sequence", "alias"]
PathItem = str | int


class _Mark(Protocol):
    """A place in the text (0-based), as PyYAML's marks give it."""

    @property
    def index(self) -> int: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...


@dataclass(slots=True)
class Span:
    kind: Kind
    start: int  # character index of the first character
    end: int  # character index after the last one (block scalars: after trailing blank lines)
    line: int  # 0-based, of ``start``
    column: int  # 0-based, of ``start``
    in_flow: bool  # inside a flow collection ({...} or [...])
    style: str | None = None  # scalars: None (plain), "'", '"', "|", ">"
    value: str = ""  # scalars: the value as read
    anchor: str | None = None
    flow: bool = False  # collections: written as {...} / [...]
    keys: list[Span] = field(default_factory=list)  # mappings: the keys, in order
    items: list[Span] = field(default_factory=list)  # mapping values or sequence items

    def get(self, key: PathItem) -> Span | None:
        if self.kind == "sequence" and isinstance(key, int):
            return self.items[key] if 0 <= key < len(self.items) else None
        if self.kind == "mapping" and isinstance(key, str):
            for k, v in zip(self.keys, self.items, strict=True):
                if k.kind == "scalar" and k.value == key:
                    return v
        return None

    def key_of(self, key: str) -> Span | None:
        for k in self.keys:
            if k.kind == "scalar" and k.value == key:
                return k
        return None

    def find(self, path: tuple[PathItem, ...]) -> Span | None:
        here: Span | None = self
        for item in path:
            if here is None:
                return None
            here = here.get(item)
        return here


def parse_spans(text: str) -> Span:
    """The span tree of ``text`` (one document, already known to be valid YAML)."""
    # The pure-Python parser: its marks count characters by definition.
    events = yaml.parse(text, Loader=yaml.SafeLoader)
    return _Composer(events).root()


class _Composer:
    def __init__(self, events: Iterable[Event]) -> None:
        self.events = iter(events)
        self.stack: list[tuple[Span, bool]] = []  # (collection, expecting a key)
        self.top: Span | None = None

    def root(self) -> Span:
        for event in self.events:
            self._feed(event)
        if self.top is None:
            raise ValueError("empty document")
        return self.top

    def _feed(self, event: Event) -> None:
        if isinstance(event, ScalarEvent):
            self._add(self._span("scalar", event, style=event.style, value=event.value))
        elif isinstance(event, AliasEvent):
            self._add(self._span("alias", event))
        elif isinstance(event, CollectionStartEvent):
            kind: Kind = "mapping" if isinstance(event, MappingStartEvent) else "sequence"
            span = self._span(kind, event, flow=bool(event.flow_style))
            self._add(span)
            self.stack.append((span, True))
        elif isinstance(event, (MappingEndEvent, SequenceEndEvent)):
            span, _ = self.stack.pop()
            span.end = _marks(event)[1].index

    def _span(
        self,
        kind: Kind,
        event: NodeEvent,
        *,
        style: str | None = None,
        value: str = "",
        flow: bool = False,
    ) -> Span:
        start, end = _marks(event)
        in_flow = any(parent.flow for parent, _ in self.stack)
        anchor = event.anchor if kind != "alias" else None
        return Span(
            kind,
            start.index,
            end.index,
            start.line,
            start.column,
            in_flow,
            style=style,
            value=value,
            anchor=anchor,
            flow=flow,
        )

    def _add(self, span: Span) -> None:
        if not self.stack:
            self.top = span
            return
        parent, expect_key = self.stack[-1]
        if parent.kind == "sequence":
            parent.items.append(span)
            return
        if expect_key:
            parent.keys.append(span)
        else:
            parent.items.append(span)
        self.stack[-1] = (parent, not expect_key)


def _marks(event: Event) -> tuple[_Mark, _Mark]:
    """Where an event starts and ends; the parser marks every event it gives."""
    start, end = event.start_mark, event.end_mark
    assert start is not None and end is not None
    return start, end


def block_body_end(text: str, span: Span) -> int:
    """For a block scalar: the index after the line break of its last non-blank line.

    The parser's span also covers the blank lines after the scalar; those
    belong to the layout, not to the text, and are kept when it is replaced.
    """
    body = text[span.start : span.end]
    stripped = body.rstrip(" \t\r\n")
    end = span.start + len(stripped)
    newline = text.find("\n", end, span.end)
    return newline + 1 if newline >= 0 else span.end


def line_end(text: str, index: int) -> int:
    """The index of the line break ending the line that holds ``index`` (or the text's end)."""
    found = text.find("\n", index)
    if found < 0:
        return len(text)
    return found - 1 if found > 0 and text[found - 1] == "\r" else found
