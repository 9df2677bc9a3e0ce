"""Wrapping and paging text (pure: the caller passes a measuring function).

Text is never clipped: it wraps at word boundaries, a word wider than the
box is broken between characters, and what does not fit one box is paged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Measure = Callable[[str], int]


def wrap(text: str, measure: Measure, width: int) -> list[str]:
    """Lines of ``text`` that each measure at most ``width`` (paragraphs kept)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, measure, width))
    return lines


def wrap_items(text: str, measure: Measure, width: int, sep: str = "·") -> list[str]:
    """Lines of a list like "H: history · Esc: menu": as many whole items a line as fit.

    An item is split over lines only when it is wider than a line by itself,
    so a key is never left at the end of one line with what it does on the next.
    """
    lines: list[str] = []
    joiner = f"  {sep}  "
    for item in (part.strip() for part in text.split(sep)):
        if not item:
            continue
        if lines and measure(f"{lines[-1]}{joiner}{item}") <= width:
            lines[-1] = f"{lines[-1]}{joiner}{item}"
        elif measure(item) <= width:
            lines.append(item)
        else:
            lines += wrap(item, measure, width)
    return lines or [""]


def _wrap_paragraph(paragraph: str, measure: Measure, width: int) -> list[str]:
    words = paragraph.split()
    if not words:
        return [""]
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if measure(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        pieces = _break_word(word, measure, width)
        lines.extend(pieces[:-1])
        current = pieces[-1]
    lines.append(current)
    return lines


BREAK_AFTER = "/\\-_."  # a file path or a long name breaks after one of these if it can


def _break_word(word: str, measure: Measure, width: int) -> list[str]:
    """A word too wide for the box: cut after a "/", "-", "_" or "." where one fits
    (a file path stays readable), else between characters (at least one per line)."""
    pieces: list[str] = []
    while measure(word) > width:
        cut = _fits(word, measure, width)
        soft = max((i + 1 for i in range(cut) if word[i] in BREAK_AFTER), default=0)
        if soft >= cut // 2:  # not a tiny first piece
            cut = soft
        pieces.append(word[:cut])
        word = word[cut:]
    pieces.append(word)
    return pieces


def _fits(word: str, measure: Measure, width: int) -> int:
    """How many leading characters of ``word`` fit ``width`` (at least one)."""
    count = 1
    while count < len(word) and measure(word[: count + 1]) <= width:
        count += 1
    return count


def paginate(lines: Sequence[str], per_page: int) -> list[list[str]]:
    """Split lines into pages of at most ``per_page`` lines (at least one page)."""
    per_page = max(1, per_page)
    pages = [list(lines[i : i + per_page]) for i in range(0, len(lines), per_page)]
    return pages or [[]]
