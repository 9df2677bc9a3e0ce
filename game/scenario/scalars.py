"""Where character N of a parsed YAML scalar stands in the source.

A message about an expression or a ``{name}`` in a text points at the
offending character. For a one-line plain scalar that is its column plus
the offset; block scalars, folded lines, escapes and doubled quotes move
characters around, so this walks the source the way YAML reads it.
"""

from __future__ import annotations

from collections.abc import Sequence

# Source characters an escape takes in a double-quoted scalar, after the backslash.
_ESCAPE_WIDTH = {"x": 2, "u": 4, "U": 8}


def locate(
    lines: Sequence[str], line: int, column: int, style: str, offset: int
) -> tuple[int, int]:
    """The 1-based (line, column) of parsed character ``offset`` of the scalar at (line, column)."""
    if style in ("|", ">"):
        return _locate_block(lines, line, offset, folded=style == ">")
    return _locate_flow(lines, line - 1, column - 1, style, offset)


def _locate_flow(
    lines: Sequence[str], row: int, col: int, style: str, offset: int
) -> tuple[int, int]:
    if style in ('"', "'"):
        col += 1  # the opening quote
    produced = 0
    while row < len(lines):
        text = lines[row]
        escaped_break = style == '"' and text.endswith("\\")
        end = len(text) - 1 if escaped_break else len(text)
        while col < end:
            if produced >= offset:
                return row + 1, col + 1
            col += _source_width(text, col, style)
            produced += 1
        if produced >= offset:
            return row + 1, col + 1
        row, col, empty = _next_content_line(lines, row)
        # Folding: one line break becomes a space; each empty line keeps a newline.
        produced += 0 if escaped_break else max(1, empty)
    return len(lines), 1


def _source_width(text: str, col: int, style: str) -> int:
    """How many source characters make the next parsed character."""
    char = text[col]
    if style == '"' and char == "\\" and col + 1 < len(text):
        return 2 + _ESCAPE_WIDTH.get(text[col + 1], 0)
    if style == "'" and char == "'" and text[col + 1 : col + 2] == "'":
        return 2
    return 1


def _next_content_line(lines: Sequence[str], row: int) -> tuple[int, int, int]:
    """Skip to the next line with content; the count of empty lines between is the newlines kept."""
    empty = 0
    row += 1
    while row < len(lines) and not lines[row].strip():
        empty += 1
        row += 1
    text = lines[row] if row < len(lines) else ""
    return row, len(text) - len(text.lstrip(" \t")), empty


def _locate_block(lines: Sequence[str], line: int, offset: int, *, folded: bool) -> tuple[int, int]:
    row = line  # the header (| or >) is on ``line``; content starts on the next line (index line)
    content = [r for r in range(row, len(lines)) if lines[r].strip()]
    if not content:
        return line, 1
    indent = len(lines[content[0]]) - len(lines[content[0]].lstrip(" "))
    produced = 0
    previous_blank = False
    for r in range(row, len(lines)):
        text = lines[r]
        if text.strip() and len(text) - len(text.lstrip(" ")) < indent:
            break  # the scalar ended
        body = text[indent:] if text.strip() else ""
        if offset < produced + len(body):
            return r + 1, indent + (offset - produced) + 1
        produced += len(body)
        # A folded break between two text lines becomes a space; a blank line keeps its newline.
        if not (folded and not body and not previous_blank and r > row):
            produced += 1
        previous_blank = not body
    return content[-1] + 1, 1
