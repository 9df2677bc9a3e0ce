"""Facilitator mode, measuring: the panels a trainer puts on the wall (pure, no drawing).

A *sheet* is a centred panel of paragraphs (the routine, the feedback) that
pages when it does not fit; the *vote sheet* is one row per choice with the
hands typed in and their share. Everything is measured at the projector's
text size, so it wraps and pages and is never cut off.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.art.palette import BAR_HEIGHT, GRID, GUTTER, MARGIN
from game.ui.layout import HEIGHT, WIDTH
from game.ui.theme import Theme
from game.ui.widgets import TextBox

Rect = pygame.Rect
PAD = 3 * GRID
PARA_GAP = 2 * GRID
PANEL_WIDTH = WIDTH - 2 * MARGIN - 8 * GRID  # 1152: wide, for a projector


def timer_strip(theme: Theme) -> Rect:
    """Where the discussion timer sits: top centre, above every panel."""
    height = theme.lh("heading") + GRID
    width = 2 * (theme.width("Bespreektijd 00:00", "heading") // 2) + 4 * GRID
    return Rect((WIDTH - width) // 2, 2 * GRID, width, height)


def panel_area(theme: Theme) -> Rect:
    """The room a panel may take: under the timer strip, inside the screen margins."""
    top = timer_strip(theme).bottom + GRID
    return Rect((WIDTH - PANEL_WIDTH) // 2, top, PANEL_WIDTH, HEIGHT - 2 * GRID - top)


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph of a sheet: its text, font role, tone ("ink", "soft", "accent") and
    the gap above it."""

    text: str
    role: str
    tone: str = "ink"
    gap: int = PARA_GAP
    bullet: bool = False  # a list item: "•" in front, the lines hang under the text
    keep: bool = False  # a label: on the same page as the first line of the next paragraph


@dataclass(frozen=True, slots=True)
class Line:
    box: TextBox
    tone: str


@dataclass(frozen=True, slots=True)
class Page:
    rect: Rect
    lines: tuple[Line, ...]
    hint: TextBox


@dataclass(frozen=True, slots=True)
class Sheet:
    pages: tuple[Page, ...]

    @property
    def last(self) -> int:
        return len(self.pages) - 1

    def boxes(self, page: int) -> list[TextBox]:
        chosen = self.pages[min(page, self.last)]
        return [line.box for line in chosen.lines] + [chosen.hint]


def build_sheet(theme: Theme, paras: list[Para], hints: list[str], part: str) -> Sheet:
    """Paragraphs paged into panels. ``hints`` holds the key line for "more pages follow"
    and the one for the last page; ``part`` ("Part {n} of {total}") goes in front of
    both when there is more than one page."""
    area = panel_area(theme)
    inner = area.width - 2 * PAD
    small = theme.lh("small")
    hint_h = max(len(theme.wrap_items(f"{part} · {h}", "small", inner)) for h in hints)
    hint_h *= theme.lh("small")
    room = area.height - 2 * PAD - PARA_GAP - hint_h
    pages: list[list[tuple[str, str, str, int, int]]] = [[]]  # (line, role, tone, x, y)
    y = 0
    paras = [para for para in paras if para.text]
    for number, para in enumerate(paras):
        pitch = theme.lh(para.role)
        after = paras[number + 1] if para.keep and number + 1 < len(paras) else None
        if after is not None and pages[-1]:  # the label and what it labels, together
            need = y + para.gap + pitch + after.gap + theme.lh(after.role)
            if need > room:
                pages.append([])
                y = 0
        indent = theme.width("• ", para.role) if para.bullet else 0
        for index, text in enumerate(theme.wrap(para.text, para.role, inner - indent)):
            top = y + (para.gap if index == 0 and pages[-1] else 0)
            if top + pitch > room and pages[-1]:
                pages.append([])
                top = 0
            if para.bullet and index == 0:
                pages[-1].append(("•", para.role, para.tone, 0, top))
            pages[-1].append((text, para.role, para.tone, indent, top))
            y = top + pitch
    built = []
    for number, content in enumerate(pages):
        hint_text = hints[1] if number == len(pages) - 1 else hints[0]
        if len(pages) > 1:
            hint_text = f"{part.format(n=number + 1, total=len(pages))} · {hint_text}"
        hint_lines = tuple(theme.wrap_items(hint_text, "small", inner))
        used = max((top + theme.lh(role) for _, role, _, _, top in content), default=0)
        height = 2 * PAD + used + PARA_GAP + len(hint_lines) * small
        rect = Rect(area.x, area.y + max(0, (area.height - height) // 2), area.width, height)
        lines = tuple(
            Line(
                TextBox(
                    Rect(rect.x + PAD + x, rect.y + PAD + top, inner - x, theme.lh(role)),
                    (text,),
                    role,
                ),
                tone,
            )
            for text, role, tone, x, top in content
        )
        hint_top = rect.bottom - PAD - len(hint_lines) * small
        hint_box = TextBox(
            Rect(rect.x + PAD, hint_top, inner, len(hint_lines) * small), hint_lines, "small"
        )
        built.append(Page(rect, lines, hint_box))
    return Sheet(tuple(built))


# -- the vote -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VoteRow:
    index: int  # into the vote's choices
    rect: Rect
    badge: Rect  # the choice's number
    text: TextBox
    bar: Rect  # the share of the hands
    field: Rect  # the hands typed in
    share: Rect  # "40%"


@dataclass(frozen=True, slots=True)
class VotePage:
    rect: Rect
    heading: TextBox
    rows: tuple[VoteRow, ...]
    hint: TextBox


@dataclass(frozen=True, slots=True)
class VoteSheet:
    pages: tuple[VotePage, ...]

    def page_of(self, index: int) -> int:
        for number, page in enumerate(self.pages):
            if any(row.index == index for row in page.rows):
                return number
        return 0


def build_vote(theme: Theme, heading: str, choices: list[str], hint: str) -> VoteSheet:
    """One row per choice (number, text, share bar, hands field, percentage), paged."""
    area = panel_area(theme)
    inner = area.width - 2 * PAD
    badge_w = theme.width("9", "heading") + 3 * GRID
    field_w = theme.width("000", "heading") + 4 * GRID
    share_w = theme.width("100%", "body_bold") + GRID
    text_w = inner - badge_w - field_w - share_w - 3 * GUTTER
    heading_lines = tuple(theme.wrap(heading, "heading", inner))
    heading_h = len(heading_lines) * theme.lh("heading")
    hint_lines = tuple(theme.wrap_items(hint, "small", inner))
    hint_h = len(hint_lines) * theme.lh("small")
    room = area.height - 2 * PAD - heading_h - hint_h - 2 * PARA_GAP
    field_h = theme.lh("heading") + GRID
    measured = []
    for text in choices:
        lines = tuple(theme.wrap(text, "body", text_w))
        height = max(field_h, len(lines) * theme.lh("body") + GRID + BAR_HEIGHT)
        measured.append((lines, height))
    groups: list[list[int]] = [[]]
    used = 0
    for index, (_, height) in enumerate(measured):
        extra = height + (GUTTER if groups[-1] else 0)
        if groups[-1] and used + extra > room:
            groups.append([])
            used, extra = 0, height
        groups[-1].append(index)
        used += extra
    pages = []
    for group in groups:
        rows_h = sum(measured[i][1] for i in group) + GUTTER * (len(group) - 1)
        height = 2 * PAD + heading_h + PARA_GAP + rows_h + PARA_GAP + hint_h
        rect = Rect(area.x, area.y + max(0, (area.height - height) // 2), area.width, height)
        x, y = rect.x + PAD, rect.y + PAD
        head = TextBox(Rect(x, y, inner, heading_h), heading_lines, "heading")
        y += heading_h + PARA_GAP
        rows = []
        for index in group:
            lines, row_h = measured[index]
            text_h = len(lines) * theme.lh("body")
            text_x = x + badge_w + GUTTER
            field_x = text_x + text_w + GUTTER
            rows.append(
                VoteRow(
                    index=index,
                    rect=Rect(x, y, inner, row_h),
                    badge=Rect(x, y, badge_w, field_h),
                    text=TextBox(Rect(text_x, y, text_w, text_h), lines, "body"),
                    bar=Rect(text_x, y + text_h + GRID // 2, text_w, BAR_HEIGHT),
                    field=Rect(field_x, y, field_w, field_h),
                    share=Rect(field_x + field_w + GUTTER, y, share_w, field_h),
                )
            )
            y += row_h + GUTTER
        hint_box = TextBox(Rect(x, rect.bottom - PAD - hint_h, inner, hint_h), hint_lines, "small")
        pages.append(VotePage(rect, head, tuple(rows), hint_box))
    return VoteSheet(tuple(pages))
