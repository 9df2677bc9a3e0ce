"""Writing one YAML string in a chosen style: plain, 'single', "double", | literal, > folded.

Each renderer returns None when its style cannot hold the value exactly;
the caller then uses :func:`double_quoted`, which can hold any string. The
caller also re-reads the whole result, so a mistake here is caught before a
file is written.
"""

from __future__ import annotations

from typing import Protocol

import yaml

Style = str | None  # None: plain; "'", '"', "|", ">"


class _ScalarResolver(Protocol):
    """yaml.resolver.Resolver, whose stub leaves ``resolve`` unannotated."""

    def resolve(
        self, kind: type[yaml.nodes.Node], value: str, implicit: tuple[bool, bool]
    ) -> str: ...


_RESOLVER: _ScalarResolver = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_FLOW_INDICATORS = frozenset(",[]{}")
_LINE_BREAKS = frozenset("\r\n\x85\u2028\u2029")
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\0": "\\0",
    "\x07": "\\a",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\x0b": "\\v",
    "\x0c": "\\f",
    "\r": "\\r",
    "\x1b": "\\e",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
}


def printable(ch: str) -> bool:
    """YAML's printable set, minus the line breaks (those need care in every style)."""
    code = ord(ch)
    if ch in "\u2028\u2029":  # YAML reads these two as line breaks
        return False
    return (
        ch == "\t"
        or 0x20 <= code <= 0x7E
        or 0xA0 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def double_quoted(value: str) -> str:
    out = []
    for ch in value:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif printable(ch):
            out.append(ch)
        elif ord(ch) <= 0xFF:
            out.append(f"\\x{ord(ch):02x}")
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return '"' + "".join(out) + '"'


def single_quoted(value: str) -> str | None:
    if any(not printable(ch) or ch == "\t" for ch in value):
        return None
    return "'" + value.replace("'", "''") + "'"


def plain(value: str, in_flow: bool) -> str | None:
    """``value`` unquoted, when YAML reads it back as the same string."""
    if not value or value != value.strip() or value[0] in _INDICATORS:
        return None
    if any(not printable(ch) or ch == "\t" for ch in value):
        return None
    if ": " in value or " #" in value or value.endswith(":"):
        return None
    if in_flow and any(ch in _FLOW_INDICATORS for ch in value):
        return None
    if _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) != _STR_TAG:
        return None  # would read as a number, a boolean, null, ...
    return value


def inline(value: str, style: Style, in_flow: bool) -> str:
    """The value on one line, in ``style`` when it can be, else double-quoted."""
    rendered = None
    if style is None:
        rendered = plain(value, in_flow)
    elif style == "'":
        rendered = single_quoted(value)
    return rendered if rendered is not None else double_quoted(value)


def _chomp(value: str) -> tuple[str, str] | None:
    """(body, indicator) for a block scalar; None when the value ends in two or more breaks."""
    if value.endswith("\n\n"):
        return None
    if value.endswith("\n"):
        return value[:-1], ""
    return value, "-"


def _block_ok(body: str) -> bool:
    # A block scalar finds its indentation from its first line: one that starts
    # with a space, a tab or a break would be misread (libyaml refuses a tab).
    if not body or body.startswith(("\n", " ", "\t")):
        return False
    return all(printable(ch) or ch == "\n" for ch in body) and "\r" not in body


def literal(value: str, indent: int, header: str | None = None) -> str | None:
    """``|`` style: the lines as written. Ends with a line break."""
    chomped = _chomp(value)
    if chomped is None or not _block_ok(chomped[0]):
        return None
    body, indicator = chomped
    lines = body.split("\n")
    if any(line.startswith(" ") and not line.strip() for line in lines):
        return None  # a line of only spaces would be read as indentation
    head = _header("|", indicator, header)
    return head + "\n" + "".join(_indented(line, indent) for line in lines)


def folded(value: str, indent: int, width: int, header: str | None = None) -> str | None:
    """``>`` style: each paragraph wrapped at single spaces, paragraphs apart by a blank line."""
    chomped = _chomp(value)
    if chomped is None or not _block_ok(chomped[0]) or "\t" in chomped[0]:
        return None
    body, indicator = chomped
    lines: list[str] = []
    for number, paragraph in enumerate(body.split("\n")):
        if paragraph != paragraph.strip(" ") or "  " in paragraph:
            return None  # spaces at a fold would change the text
        if number:
            lines.append("")
        lines += _wrap(paragraph, max(width - indent, 20))
    head = _header(">", indicator, header)
    return head + "\n" + "".join(_indented(line, indent) for line in lines)


def _header(kind: str, indicator: str, original: str | None) -> str:
    """Keep the author's header (and its comment) when it says the same thing."""
    if original is not None:
        stripped = original.split("#", 1)[0].strip()
        if stripped == kind + indicator:
            return original.rstrip("\r")
    return kind + indicator


def _indented(line: str, indent: int) -> str:
    return (" " * indent + line if line else "") + "\n"


def _wrap(paragraph: str, width: int) -> list[str]:
    if not paragraph:
        return []
    lines: list[str] = []
    current = ""
    for word in paragraph.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return lines
