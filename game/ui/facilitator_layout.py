"""Facilitator mode, measuring: what a trainer puts on the wall (pure, no drawing).

Nothing here covers the line the room talks about. The routine's panel goes
where there is the most room beside the line (above the card, or in the card
under the line); the vote is drawn on the card's own choices (the hands typed
in, at each choice's right, and the share under its text); the feedback after
the vote is a panel over the next node, below the HUD and its timer.
Everything is measured at the projector's text size, wraps and pages, and is
never cut off.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.art.palette import BAR_HEIGHT, GRID, GUTTER, MARGIN
from game.ui.dialogue_layout import ChoiceBox, DialogueLayout
from game.ui.layout import HEIGHT, WIDTH
from game.ui.theme import Theme
from game.ui.widgets import TextBox

Rect = pygame.Rect
PAD = 3 * GRID
PARA_GAP = 2 * GRID
TIMER_PAD = GRID + GRID // 2


# -- the timer, a card in the HUD's row ------------------------------------------------


def timer_width(theme: Theme, caption: str, done: str) -> int:
    """The width of the HUD slot the timer takes (its caption, and the longest value)."""
    value = max(theme.width("00:00", "label_bold"), theme.width(done, "label_bold"))
    return max(theme.width(caption, "small"), value) + 2 * TIMER_PAD


# -- sheets: the routine, the feedback -------------------------------------------------


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


@dataclass(frozen=True, slots=True)
class Sheet:
    pages: tuple[Page, ...]
    panel: bool  # drawn on a panel of its own (the feedback); else in free room

    @property
    def last(self) -> int:
        return len(self.pages) - 1

    def boxes(self, page: int) -> list[TextBox]:
        return [line.box for line in self.pages[min(page, self.last)].lines]


def feedback_area(layout: DialogueLayout) -> Rect:
    """The feedback's panel: over the conversation, under the HUD (the timer stays seen)."""
    top = layout.hud.bottom + 2 * GRID
    width = WIDTH - 2 * MARGIN - 8 * GRID
    return Rect((WIDTH - width) // 2, top, width, HEIGHT - 2 * GRID - top)


def routine_areas(layout: DialogueLayout, footer: int) -> list[Rect]:
    """Free room beside the line: above the card (over the full width down to the portrait,
    or over the card's own column), and in the card under the last page's text (where the
    choices come once the room has talked)."""
    top = layout.chip_band.bottom + GRID
    card_top = (layout.plate.top if layout.plate is not None else layout.card.top) - GRID
    wide_bottom = card_top
    if layout.portrait is not None:
        wide_bottom = min(card_top, layout.portrait.top - GRID)
    card = layout.card
    areas = [
        Rect(MARGIN, top, WIDTH - 2 * MARGIN, wide_bottom - top),
        Rect(card.x, top, card.width, card_top - top),
        layout.panel_area(footer),
    ]
    return [a for a in areas if a.height > 4 * GRID and a.width > 0]


def build_sheet(theme: Theme, paras: list[Para], area: Rect, panel: bool, footer: int = 0) -> Sheet:
    """Paragraphs paged into ``area`` (with padding when on a panel of its own), with
    ``footer`` px kept at each page's bottom (the panel's own key hints)."""
    pad = PAD if panel else 2 * GRID
    inner = area.width - 2 * pad
    below = PARA_GAP + footer if footer else 0
    room = area.height - 2 * pad - below
    pages: list[list[tuple[str, str, str, int, int]]] = [[]]  # (line, role, tone, x, y)
    y = 0
    paras = [para for para in paras if para.text]
    for number, para in enumerate(paras):
        pitch = theme.lh(para.role)
        after = paras[number + 1] if para.keep and number + 1 < len(paras) else None
        if after is not None and pages[-1]:  # the label and what it labels, together
            after_lines = len(theme.wrap(after.text, after.role, inner))
            after_h = after_lines * theme.lh(after.role)
            if after_h > room - pitch - after.gap:
                after_h = theme.lh(after.role)  # too long for one page anyway: its first line
            need = y + para.gap + pitch + after.gap + after_h
            if need > room:
                pages.append([])
                y = 0
        indent = theme.width("• ", para.role) if para.bullet else 0
        wrapped = theme.wrap(para.text, para.role, inner - indent)
        whole = len(wrapped) * pitch
        if pages[-1] and y + para.gap + whole > room and whole <= room:
            pages.append([])  # a paragraph that fits a page is not split over two
            y = 0
        for index, text in enumerate(wrapped):
            top = y + (para.gap if index == 0 and pages[-1] else 0)
            if top + pitch > room and pages[-1]:
                pages.append([])
                top = 0
            if para.bullet and index == 0:
                pages[-1].append(("•", para.role, para.tone, 0, top))
            pages[-1].append((text, para.role, para.tone, indent, top))
            y = top + pitch
    built = []
    for content in pages:
        used = max((top + theme.lh(role) for _, role, _, _, top in content), default=0)
        height = used + 2 * pad + below
        y0 = area.y + (max(0, (area.height - height) // 2) if panel else 0)
        rect = Rect(area.x, y0, area.width, height)
        lines = tuple(
            Line(
                TextBox(
                    Rect(rect.x + pad + x, rect.y + pad + top, inner - x, theme.lh(role)),
                    (text,),
                    role,
                ),
                tone,
            )
            for text, role, tone, x, top in content
        )
        built.append(Page(rect, lines))
    return Sheet(tuple(built), panel)


def best_sheet(theme: Theme, paras: list[Para], areas: list[Rect]) -> Sheet:
    """The sheet in the area where it takes the fewest pages (the first on a tie)."""
    sheets = [build_sheet(theme, paras, area, panel=False) for area in areas]
    return min(sheets, key=lambda sheet: len(sheet.pages))


# -- the vote, on the card's own choices --------------------------------------------------


def vote_reserve(theme: Theme) -> tuple[int, int, int]:
    """(hands field width, share width, the whole column) kept free at each choice's right."""
    field_w = theme.width("000", "heading") + 4 * GRID
    share_w = theme.width("100%", "body_bold") + GRID
    return field_w, share_w, field_w + GUTTER + share_w


def vote_bar() -> int:
    """The room under each choice's text for its share of the hands."""
    return BAR_HEIGHT + GRID


@dataclass(frozen=True, slots=True)
class VoteRow:
    index: int  # into the vote's choices (the available ones)
    box: ChoiceBox  # the card's choice it is drawn on
    field: Rect  # the hands typed in
    share: Rect  # "40%"
    bar: Rect  # the share of the hands


def vote_rows(
    theme: Theme, boxes: tuple[ChoiceBox, ...], vote_index: dict[int, int]
) -> list[VoteRow]:
    """The vote's parts on each shown choice; ``vote_index`` maps a choice's place in the
    node to its place among the choices voted on."""
    field_w, share_w, _ = vote_reserve(theme)
    rows = []
    for box in boxes:
        if box.index not in vote_index:
            continue  # not available: no vote
        field_h = min(theme.lh("heading") + GRID, box.rect.height - GRID)
        column = box.reserve_rect()
        field = Rect(column.x, box.rect.centery - field_h // 2, field_w, field_h)
        share = Rect(field.right + GUTTER, field.y, share_w, field_h)
        rows.append(VoteRow(vote_index[box.index], box, field, share, box.bar_rect(theme)))
    return rows
