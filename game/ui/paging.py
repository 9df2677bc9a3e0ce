"""Spreading a node's text and choices over pages of the dialogue card (pure: no pygame).

Pages break between sentences. A sentence longer than a page breaks between
words, and the page ends with "…" so the reader knows it goes on. Pages are
balanced, so no page holds a lone line while the text would fit otherwise.
The last page shows the end of the text with the choices: the player always
sees what they answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Wrap = Callable[[str], list[str]]  # text -> its lines at the card's width
CONTINUED = " …"
CHOICE_GAP = 8
BLOCK_GAP = 16

# A sentence ends at . ! ? or … (with closing quotes or brackets after it) before a space,
# unless a lower-case letter follows ("bijv. een", "o.a. de": see _split_sentences).
_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+")


@dataclass(frozen=True, slots=True)
class Piece:
    """A sentence (or the part of one that fits a page), and what comes before it."""

    text: str
    before: str = " "  # " " within a paragraph, "\n" (or more) for a new one


def sentences(text: str) -> list[Piece]:
    """The text's sentences, each with the space or line breaks that came before it."""
    pieces: list[Piece] = []
    breaks = 0
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            breaks += 1
            continue
        for index, sentence in enumerate(_split_sentences(paragraph.strip())):
            before = "\n" * (breaks + 1) if index == 0 and pieces else " "
            pieces.append(Piece(sentence, before if pieces else ""))
        breaks = 0
    return pieces


def _split_sentences(paragraph: str) -> list[str]:
    out, start = [], 0
    for match in _END.finditer(paragraph):
        following = paragraph[match.end() : match.end() + 1]
        if following and following.islower():
            continue  # an abbreviation: "bijv. een", "o.a. de"
        out.append(paragraph[start : match.end()].strip())
        start = match.end()
    rest = paragraph[start:].strip()
    if rest:
        out.append(rest)
    return out


def joined(pieces: Sequence[Piece]) -> str:
    """The text of pieces shown together on one page."""
    return "".join((p.before if i else "") + p.text for i, p in enumerate(pieces))


# -- pages of text --------------------------------------------------------------------


def text_pages(pieces: Sequence[Piece], wrap: Wrap, per_page: int) -> list[tuple[str, ...]]:
    """Pages of at most ``per_page`` lines, broken between sentences, balanced."""
    if not pieces:
        return []
    fitted = fit_pieces(pieces, wrap, per_page)
    groups = _greedy(fitted, wrap, per_page)
    groups = _balance(groups, wrap, per_page)
    return [tuple(wrap(joined(group))) for group in groups]


def fit_pieces(pieces: Sequence[Piece], wrap: Wrap, per_page: int) -> list[Piece]:
    """Every piece at most a page long: a longer sentence is cut between words, and its
    parts but the last end with "…"."""
    out: list[Piece] = []
    for piece in pieces:
        rest = piece
        while len(wrap(rest.text)) > per_page:
            head, tail = _cut_from_front(rest.text, wrap, per_page)
            if not tail:
                break
            out.append(Piece(head + CONTINUED, rest.before))
            rest = Piece(tail, "\n")  # the next part starts the next page
        out.append(rest)
    return out


def _cut_from_front(text: str, wrap: Wrap, lines: int) -> tuple[str, str]:
    """The most words of ``text`` that fit ``lines`` lines with "…" after them, and the rest."""
    words = text.split()
    low, high = 1, len(words) - 1  # at least one word on each side
    best = 1
    while low <= high:
        middle = (low + high) // 2
        if len(wrap(" ".join(words[:middle]) + CONTINUED)) <= lines:
            best, low = middle, middle + 1
        else:
            high = middle - 1
    return " ".join(words[:best]), " ".join(words[best:])


def _cut_from_back(text: str, wrap: Wrap, lines: int) -> tuple[str, str] | None:
    """The fewest leading words to drop so that the rest (after "…") fits ``lines`` lines:
    (the dropped part, the rest); None when not even one word fits."""
    words = text.split()
    if lines < 1 or len(words) < 2:
        return None
    low, high, best = 1, len(words) - 1, None
    while low <= high:
        middle = (low + high) // 2
        if len(wrap("… " + " ".join(words[middle:]))) <= lines:
            best, high = middle, middle - 1
        else:
            low = middle + 1
    if best is None:
        return None
    return " ".join(words[:best]), " ".join(words[best:])


def _greedy(pieces: list[Piece], wrap: Wrap, per_page: int) -> list[list[Piece]]:
    groups: list[list[Piece]] = [[]]
    for piece in pieces:
        candidate = [*groups[-1], piece]
        starts_page = piece.before == "\n" and groups[-1] and groups[-1][-1].text.endswith("…")
        if groups[-1] and (starts_page or len(wrap(joined(candidate))) > per_page):
            groups.append([piece])
        else:
            groups[-1] = candidate
    return groups


def _balance(groups: list[list[Piece]], wrap: Wrap, per_page: int) -> list[list[Piece]]:
    """Move sentences forward from fuller pages while that makes the pages more even (a
    lone line on the last page takes a sentence from the page before it)."""
    for _ in range(4 * len(groups)):
        moved = False
        for index in range(len(groups) - 1, 0, -1):
            before, after = groups[index - 1], groups[index]
            if len(before) < 2 or before[-1].text.endswith("…"):
                continue
            now_a, now_b = _lines(before, wrap), _lines(after, wrap)
            moved_a, moved_b = _lines(before[:-1], wrap), _lines([before[-1], *after], wrap)
            if moved_b <= per_page and max(moved_a, moved_b) < max(now_a, now_b):
                groups[index - 1], groups[index] = before[:-1], [before[-1], *after]
                moved = True
        if not moved:
            break
    return groups


def _lines(pieces: Sequence[Piece], wrap: Wrap) -> int:
    return len(wrap(joined(pieces))) if pieces else 0


# -- the whole node: text pages, then the last page with the choices ----------------------


@dataclass(frozen=True, slots=True)
class NodePlan:
    """``pages``: each page's lines; the last one is shown with the choices, which come in
    ``choice_groups`` (more than one: with a pager). ``height``: the tallest page's
    content, so the card keeps one size through the node."""

    pages: tuple[tuple[str, ...], ...]
    choice_groups: tuple[tuple[int, ...], ...]
    height: int


def plan_node(
    text: str,
    wrap: Wrap,
    line_height: int,
    choice_heights: Sequence[int],
    available: int,
    pager_height: int,
) -> NodePlan:
    """In order of preference: the text and all choices on one page; a short text whole,
    with the choices in groups; earlier pages of text, then the end of the text (at least
    its last sentence, or the last part of it) with all choices, or with groups of them."""
    pieces = sentences(text)
    per_page = max(1, available // line_height)
    if not choice_heights:
        pages = text_pages(pieces, wrap, per_page) or [()]
        return NodePlan(tuple(pages), (), max(len(p) for p in pages) * line_height)
    lines = wrap(joined(pieces)) if pieces else []
    text_h = len(lines) * line_height
    one = (tuple(range(len(choice_heights))),)
    one_h = groups_height(choice_heights, one, pager_height)
    if text_h + _gap(lines) + one_h <= available:
        return NodePlan((tuple(lines),), one, text_h + _gap(lines) + one_h)
    grouped = group_choices(choice_heights, available, pager_height, CHOICE_GAP)
    grouped_h = groups_height(choice_heights, grouped, pager_height)
    room = available - text_h - BLOCK_GAP
    whole_plan = None
    if 0 < text_h <= available * 3 // 5 and max(choice_heights) + pager_height + CHOICE_GAP <= room:
        whole = group_choices(choice_heights, room, pager_height, CHOICE_GAP)
        height = text_h + BLOCK_GAP + groups_height(choice_heights, whole, pager_height)
        whole_plan = NodePlan((tuple(lines),), whole, height)
        if len(whole) <= len(grouped):  # the whole text costs no extra choice pages
            return whole_plan
    # Fewer choices at a time leave room for the end of the text: two lines' worth at least.
    forced = group_choices(
        choice_heights, available - BLOCK_GAP - 2 * line_height, pager_height, CHOICE_GAP
    )
    for groups in (one, grouped, forced):
        group_h = groups_height(choice_heights, groups, pager_height)
        tail_room = (available - group_h - BLOCK_GAP) // line_height
        split = _with_tail(pieces, wrap, per_page, tail_room)
        if split is not None:
            if whole_plan is not None and any(len(page) < 2 for page in split[0]):
                return whole_plan  # a lone line on a page of its own: rather page the choices
            return _plan(split, groups, group_h, line_height)
    # Not even the last words fit beside the choices: the text alone, then the choices.
    pages = text_pages(pieces, wrap, per_page)
    return _plan((pages, ()), grouped, grouped_h, line_height)


def _with_tail(
    pieces: list[Piece], wrap: Wrap, per_page: int, tail_room: int
) -> tuple[list[tuple[str, ...]], tuple[str, ...]] | None:
    """(the pages before, the last page's lines) with the end of the text in ``tail_room``
    lines; None when not even the last sentence's last words fit there."""
    if tail_room < 1 or not pieces:
        return None if pieces else ([], ())
    count = 0
    while count < len(pieces) and _lines(pieces[len(pieces) - count - 1 :], wrap) <= tail_room:
        count += 1
    if count == 0:  # the last sentence is too long: its last words come with the choices
        last = pieces[-1]
        cut = _cut_from_back(last.text, wrap, tail_room)
        if cut is None:
            return None
        head, rest = cut
        body = [*pieces[:-1], Piece(head + CONTINUED, last.before)]
        return text_pages(body, wrap, per_page), tuple(wrap("… " + rest))
    body, tail = pieces[: len(pieces) - count], pieces[len(pieces) - count :]
    # A lone line on the page before the choices: give it more of the text, if it can.
    while len(tail) > 1 and body and _lines(body, wrap) < 2:
        body, tail = [*body, tail[0]], tail[1:]
    return text_pages(body, wrap, per_page), tuple(wrap(joined(tail)))


def _plan(
    split: tuple[list[tuple[str, ...]], tuple[str, ...]],
    groups: tuple[tuple[int, ...], ...],
    group_h: int,
    line_height: int,
) -> NodePlan:
    before, tail = split
    pages = (*before, tail)
    text_h = max((len(p) * line_height for p in before), default=0)
    last_h = len(tail) * line_height + _gap(tail) + group_h
    return NodePlan(tuple(pages), groups, max(text_h, last_h))


def _gap(lines: Sequence[str]) -> int:
    return BLOCK_GAP if lines else 0


def groups_height(
    heights: Sequence[int], groups: tuple[tuple[int, ...], ...], pager_height: int
) -> int:
    pager = pager_height + CHOICE_GAP if len(groups) > 1 else 0
    return max(_group_height(heights, g) for g in groups) + pager


def _group_height(heights: Sequence[int], group: Sequence[int]) -> int:
    return sum(heights[i] for i in group) + CHOICE_GAP * max(0, len(group) - 1)


def group_choices(
    heights: Sequence[int], available: int, pager_height: int, gap: int
) -> tuple[tuple[int, ...], ...]:
    """All choices in one group if they fit, else groups that fit above a pager row."""
    total = sum(heights) + gap * max(0, len(heights) - 1)
    if total <= available:
        return (tuple(range(len(heights))),)
    room = available - pager_height - gap
    groups: list[list[int]] = [[]]
    used = 0
    for index, height in enumerate(heights):
        need = height if not groups[-1] else used + gap + height
        if groups[-1] and need > room:
            groups.append([])
            need = height
        groups[-1].append(index)
        used = need
    return tuple(tuple(g) for g in groups)
