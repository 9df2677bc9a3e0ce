"""Measuring the dialogue screen: where the card, the name plate, the text, the
choices and the footer go for one node at one text size. No drawing here.

Everything that may appear on the screen has a place of its own, so nothing is
ever drawn over something else: the change labels ("+1 dag") get a band under
the HUD that the card never reaches into, and notices ("Je laatste keuze is
teruggenomen.") take the footer's place in the card for a few seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pygame

from game.engine.view import ChoiceView, NodeView
from game.ui.art.palette import GRID
from game.ui.hud import Hud
from game.ui.layout import (
    BLOCK_GAP,
    CARD_BOTTOM,
    CARD_LEFT,
    CARD_PAD,
    CARD_RIGHT,
    CHOICE_GAP,
    WIDE_CARD_LEFT,
    card_rect,
    portrait_rect,
)
from game.ui.paging import NodePlan, plan_node
from game.ui.strings import t
from game.ui.theme import Theme
from game.ui.widgets import MIN_HEIGHT, PAD_X, TextBox

Rect = pygame.Rect
BADGE = 5 * GRID
CHOICE_PAD_Y = GRID + GRID // 2  # 12 px: choices stay compact, the card holds more
PLATE_PAD = GRID + GRID // 2
FOOTER_GAP = GRID + GRID // 2
NOTICE_ROWS = 2  # a notice in the footer has room for two lines
NOTICE_PAD = GRID  # around a notice's text, inside its pill
NOTICE_ROLE = "small_bold"

Block = tuple[tuple[str, str], ...]  # (text, font role) paragraphs shown in the footer
Measured = tuple[tuple[str, ...], tuple[str, ...], int]  # a choice's lines, reason lines, height


@dataclass(frozen=True, slots=True)
class Extras:
    """What a play mode adds to the card (the facilitator: its footer texts, a column at the
    right of each choice for the hands typed in, a share bar under each choice's text)."""

    footers: tuple[Block, ...] = ()
    choice_reserve: int = 0
    choice_bar: int = 0
    tall: bool = False  # the card takes all the height it may (room for a panel in it)


@dataclass(frozen=True, slots=True)
class ChoiceBox:
    index: int  # position in NodeView.choices
    rect: Rect
    lines: tuple[str, ...]
    reason: tuple[str, ...]
    number: int | None
    enabled: bool
    reserve: int = 0  # the column at the right kept free (the facilitator's hands)
    bar: int = 0  # the room under the text kept free (the facilitator's share bar)

    def text_rect(self, theme: Theme) -> Rect:
        x = self.rect.x + PAD_X + (BADGE + 2 * GRID if self.enabled else 0)
        height = len(self.lines) * theme.lh("body")
        right = self.rect.right - PAD_X - (self.reserve + 2 * GRID if self.reserve else 0)
        return Rect(x, self._top(theme), right - x, height)

    def reason_rect(self, theme: Theme) -> Rect:
        above = self.text_rect(theme)
        return Rect(above.x, above.bottom, above.width, len(self.reason) * theme.lh("small_italic"))

    def bar_rect(self, theme: Theme) -> Rect:
        """Under the text (and the reason): where a share bar may go."""
        above = self.reason_rect(theme) if self.reason else self.text_rect(theme)
        return Rect(above.x, above.bottom + GRID // 2, above.width, max(0, self.bar - GRID // 2))

    def reserve_rect(self) -> Rect:
        return Rect(self.rect.right - PAD_X - self.reserve, self.rect.y, self.reserve, self.rect.h)

    def _top(self, theme: Theme) -> int:
        content = len(self.lines) * theme.lh("body") + len(self.reason) * theme.lh("small_italic")
        return self.rect.y + (self.rect.height - content - self.bar) // 2

    def badge_rect(self) -> Rect:
        return Rect(self.rect.x + PAD_X, self.rect.centery - BADGE // 2, BADGE, BADGE)


@dataclass(frozen=True, slots=True)
class Pager:
    prev: Rect
    next: Rect
    label: Rect


@dataclass(frozen=True, slots=True)
class DialogueLayout:
    hud: Hud
    chip_band: Rect  # under the HUD: the change labels go here, nothing else
    card: Rect
    portrait: Rect | None
    plate: Rect | None
    plate_lines: tuple[tuple[str, str], ...]  # (text, role), one per line
    text_role: str
    text_left: int
    text_top: int
    text_width: int
    plan: NodePlan
    groups: tuple[tuple[ChoiceBox, ...], ...]
    pager: Pager | None
    choices_top: int  # below the last page's text: the choices (or a mode's panel) start here
    footer_read: tuple[str, ...]
    footer_choose: tuple[str, ...]
    footer_top: int
    footer_height: int  # room for the tallest thing the footer shows (hints, notice, ...)
    overflow: bool = False  # a choice taller than the card's room (then the wide card is tried)

    @property
    def line_height_role(self) -> str:
        return self.text_role

    def page_lines(self, page: int) -> tuple[str, ...]:
        return self.plan.pages[page]

    @property
    def last_page(self) -> int:
        return len(self.plan.pages) - 1

    @property
    def footer(self) -> Rect:
        return Rect(self.text_left, self.footer_top, self.text_width, self.footer_height)

    def footer_at(self, height: int) -> int:
        """The top of a footer of ``height``: footers sit on the card's bottom edge."""
        return self.card.bottom - CARD_PAD - height

    def panel_area(self, footer: int | None = None) -> Rect:
        """Under the last page's text, above a footer of ``footer`` px (default: the room
        kept for the tallest): where a mode may put a panel."""
        top = self.footer_top if footer is None else self.footer_at(footer)
        return Rect(
            self.text_left, self.choices_top, self.text_width, top - FOOTER_GAP - self.choices_top
        )

    def notice_lines(self, text: str, theme: Theme) -> tuple[str, ...]:
        return tuple(theme.wrap(text, NOTICE_ROLE, self.text_width - 2 * NOTICE_PAD))

    def notice_rect(self, lines: Sequence[str], theme: Theme) -> Rect:
        """A notice's pill, at the footer's place (it stands in for the hints a while)."""
        width = max((theme.width(line, NOTICE_ROLE) for line in lines), default=0)
        height = len(lines) * theme.lh(NOTICE_ROLE)
        return Rect(self.text_left, self.footer_at(height), width + 2 * NOTICE_PAD, height)

    def hints_top(self, lines: Sequence[str], theme: Theme) -> int:
        return self.footer_at(len(lines) * theme.lh("small"))

    def boxes(self, theme: Theme) -> list[TextBox]:
        """Every text this layout can show, for the fit tests."""
        out = list(self.hud.boxes(theme))
        lh = theme.lh(self.text_role)
        for page in range(len(self.plan.pages)):
            lines = self.page_lines(page)
            out.append(
                TextBox(
                    Rect(self.text_left, self.text_top, self.text_width, len(lines) * lh),
                    lines,
                    self.text_role,
                )
            )
        if self.plate is not None:
            out += _plate_boxes(self.plate, self.plate_lines, theme)
        for group in self.groups:
            for box in group:
                out.append(TextBox(box.text_rect(theme), box.lines, "body"))
                if box.reason:
                    out.append(TextBox(box.reason_rect(theme), box.reason, "small_italic"))
        for footer in (self.footer_read, self.footer_choose):
            out.append(
                TextBox(
                    Rect(self.text_left, self.footer_top, self.text_width, self.footer_height),
                    footer,
                    "small",
                )
            )
        return out


def _plate_boxes(plate: Rect, lines: tuple[tuple[str, str], ...], theme: Theme) -> list[TextBox]:
    inner = plate.inflate(-2 * PLATE_PAD, -PLATE_PAD)
    out, y = [], inner.y
    for text, role in lines:
        if role == "mixed":
            name, _, title = text.partition("  ·  ")
            name_w = theme.width(name, "label_bold")
            height = theme.lh("label_bold")
            out.append(TextBox(Rect(inner.x, y, name_w, height), (name,), "label_bold"))
            out.append(
                TextBox(
                    Rect(inner.x + name_w, y, inner.width - name_w, height),
                    (f"  ·  {title}",),
                    "label",
                )
            )
            y += height
        else:
            out.append(TextBox(Rect(inner.x, y, inner.width, theme.lh(role)), (text,), role))
            y += theme.lh(role)
    return out


def choice_label(choice: ChoiceView, lang: str) -> tuple[str, str | None]:
    reason = t("dlg.unavailable", lang, reason=choice.reason) if choice.reason else None
    return choice.text, reason


def measure_choices(
    view: NodeView, theme: Theme, width: int, lang: str, extras: Extras = Extras()
) -> list[Measured]:
    """(text lines, reason lines, height) per choice."""
    out = []
    reserve = extras.choice_reserve + 2 * GRID if extras.choice_reserve else 0
    for choice in view.choices:
        text_w = width - 2 * PAD_X - (BADGE + 2 * GRID if choice.available else 0) - reserve
        text, reason = choice_label(choice, lang)
        lines = tuple(theme.wrap(text, "body", text_w))
        why = tuple(theme.wrap(reason, "small_italic", text_w)) if reason else ()
        content = len(lines) * theme.lh("body") + len(why) * theme.lh("small_italic")
        bar = extras.choice_bar if choice.available else 0
        out.append((lines, why, max(MIN_HEIGHT, content + bar + 2 * CHOICE_PAD_Y)))
    return out


def build_plate(view: NodeView, theme: Theme, max_width: int) -> tuple[tuple[str, str], ...]:
    if not view.speaker_name:
        return ()
    name, title = view.speaker_name, view.speaker_title
    if not title:
        return tuple((line, "label_bold") for line in theme.wrap(name, "label_bold", max_width))
    one = f"{name}  ·  {title}"
    if theme.width(name, "label_bold") + theme.width(f"  ·  {title}", "label") <= max_width:
        return ((one, "mixed"),)
    names = [(line, "label_bold") for line in theme.wrap(name, "label_bold", max_width)]
    return tuple(names + [(line, "label") for line in theme.wrap(title, "label", max_width)])


def plate_size(lines: tuple[tuple[str, str], ...], theme: Theme) -> tuple[int, int]:
    width = 0
    for text, role in lines:
        if role == "mixed":
            name, _, title = text.partition("  ·  ")
            width = max(
                width, theme.width(name, "label_bold") + theme.width(f"  ·  {title}", "label")
            )
        else:
            width = max(width, theme.width(text, role))
    height = sum(theme.lh("label_bold" if role == "mixed" else role) for _, role in lines)
    return width + 2 * PLATE_PAD, height + PLATE_PAD


def chip_height(theme: Theme) -> int:
    """A change label's height ("+14 dagen" on its small card)."""
    return theme.lh("label_bold") + GRID


def chip_band(hud: Hud, theme: Theme) -> Rect:
    """The band under the HUD where the change labels go; the card starts below it."""
    return Rect(0, hud.bottom + GRID, CARD_RIGHT + GRID, chip_height(theme))


def build_dialogue(
    view: NodeView, hud: Hud, theme: Theme, lang: str, extras: Extras = Extras()
) -> DialogueLayout:
    """The card beside the portrait; or, when its choices would need more than one
    group there, the full-width card if that shows them in fewer groups. Narration
    has no portrait and always uses the full width."""
    if not view.speaker or extras.tall:
        # Narration has no portrait to stand beside; on a projector the room must read the
        # line and every choice at once, so the card takes the width there too.
        return _build(view, hud, theme, lang, WIDE_CARD_LEFT, extras)
    layout = _build(view, hud, theme, lang, CARD_LEFT, extras)
    if len(layout.groups) > 1 or layout.overflow:
        wide = _build(view, hud, theme, lang, WIDE_CARD_LEFT, extras)
        if len(wide.groups) < len(layout.groups) or (layout.overflow and not wide.overflow):
            return wide
    return layout


def _build(
    view: NodeView, hud: Hud, theme: Theme, lang: str, left: int, extras: Extras
) -> DialogueLayout:
    inner_w = CARD_RIGHT - left - 2 * CARD_PAD
    plate_lines = build_plate(view, theme, inner_w - 2 * PLATE_PAD)
    plate_w, plate_h = plate_size(plate_lines, theme) if plate_lines else (0, 0)
    overhang = plate_h // 2
    head = overhang + GRID + GRID // 2 if plate_lines else CARD_PAD
    role = "body" if view.speaker else "body_italic"
    footers = _footers(view, theme, inner_w, lang)
    footer_h = footer_height(footers, extras, theme, inner_w, lang)
    band = chip_band(hud, theme)
    top_limit = band.bottom + GRID + overhang
    available = CARD_BOTTOM - top_limit - head - FOOTER_GAP - footer_h - CARD_PAD
    # The choices that can be taken first, the ones that cannot after them (a hub's used
    # options stay below the open ones in every case); numbers and ids are unchanged.
    order = [i for i, c in enumerate(view.choices) if c.available]
    order += [i for i, c in enumerate(view.choices) if not c.available]
    everything = measure_choices(view, theme, inner_w, lang, extras)
    measured = [everything[i] for i in order]
    pager_h = max(MIN_HEIGHT, theme.lh("label_bold") + 2 * CHOICE_PAD_Y)
    plan = plan_node(
        view.text,
        lambda text: theme.wrap(text, role, inner_w),
        theme.lh(role),
        [m[2] for m in measured],
        available,
        pager_h,
    )
    content = available if extras.tall else plan.height
    card = card_rect(head + content + FOOTER_GAP + footer_h + CARD_PAD, top_limit, left)
    text_left, text_top = card.x + CARD_PAD, card.y + head
    tail = len(plan.pages[-1])
    choices_top = text_top + tail * theme.lh(role) + (BLOCK_GAP if tail else 0)
    groups = _place_groups(view, measured, order, plan, text_left, choices_top, inner_w, extras)
    pager = _pager(groups, measured, plan, text_left, choices_top, inner_w, pager_h)
    plate = Rect(text_left, card.y - overhang, plate_w, plate_h) if plate_lines else None
    return DialogueLayout(
        hud=hud,
        chip_band=band,
        card=card,
        portrait=portrait_rect() if view.speaker and left == CARD_LEFT else None,
        plate=plate,
        plate_lines=plate_lines,
        text_role=role,
        text_left=text_left,
        text_top=text_top,
        text_width=inner_w,
        plan=plan,
        groups=groups,
        pager=pager,
        choices_top=choices_top,
        footer_read=footers[0],
        footer_choose=footers[1],
        footer_top=card.bottom - CARD_PAD - footer_h,
        footer_height=footer_h,
        overflow=plan.height > available,
    )


def footer_height(
    hints: tuple[tuple[str, ...], tuple[str, ...]],
    extras: Extras,
    theme: Theme,
    width: int,
    lang: str,
) -> int:
    """Room for the tallest of what the footer shows: the key hints, a notice (two lines),
    a status line (looking back, skipping, reading on by itself) or a mode's own texts."""
    small = theme.lh("small")
    heights = [len(lines) * small for lines in hints]
    heights.append(NOTICE_ROWS * theme.lh(NOTICE_ROLE))
    for key in STATUS_KEYS:
        heights.append(len(theme.wrap_items(t(key, lang), "small_bold", width)) * small)
    for block in extras.footers:
        heights.append(block_height(block, theme, width))
    return max(heights)


STATUS_KEYS = ("dlg.looking", "dlg.skipping", "dlg.auto")


def block_height(block: Block, theme: Theme, width: int) -> int:
    return sum(len(theme.wrap_items(text, role, width)) * theme.lh(role) for text, role in block)


def _footers(
    view: NodeView, theme: Theme, width: int, lang: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    keys = t("dlg.hint_keys", lang)
    read = t("dlg.hint_read", lang)
    choose = choose_hint(view, lang)
    if not view.choices:
        choose = read
    # While reading, the page count ("1/2") may stand at the right of the first row.
    reading = _hint_lines(theme, read, keys, width - page_mark_width(theme))
    return reading, _hint_lines(theme, choose, keys, width)


def choose_hint(view: NodeView, lang: str) -> str:
    """ "Kies met 1 of 2 …", "… 1 tot en met 4 …", or for one choice "Druk op 1 …"."""
    numbers = [c.number for c in view.choices if c.available and c.number is not None]
    if len(numbers) <= 1:
        return t("dlg.hint_choose_one", lang, n=numbers[0] if numbers else 1)
    if len(numbers) == 2:
        return t("dlg.hint_choose_two", lang, a=numbers[0], b=numbers[1])
    return t("dlg.hint_choose", lang, a=numbers[0], b=numbers[-1])


def page_mark_width(theme: Theme) -> int:
    """Room for the page count at the footer's right ("9/9" and a gap)."""
    return theme.width("9/9", "small") + 2 * GRID


def _hint_lines(theme: Theme, hint: str, keys: str, width: int) -> tuple[str, ...]:
    """One row when both hints fit it; otherwise each on its own row(s), never split mid-hint."""
    joined = f"{hint}  ·  {keys}"
    if theme.width(joined, "small") <= width:
        return (joined,)
    return tuple(theme.wrap(hint, "small", width) + theme.wrap_items(keys, "small", width))


def _place_groups(
    view: NodeView,
    measured: list[Measured],
    order: list[int],
    plan: NodePlan,
    x: int,
    top: int,
    width: int,
    extras: Extras,
) -> tuple[tuple[ChoiceBox, ...], ...]:
    groups = []
    for group in plan.choice_groups:
        boxes = []
        y = top
        for position in group:
            lines, reason, height = measured[position]
            index = order[position]
            choice = view.choices[index]
            boxes.append(
                ChoiceBox(
                    index,
                    Rect(x, y, width, height),
                    lines,
                    reason,
                    choice.number,
                    choice.available,
                    extras.choice_reserve,
                    extras.choice_bar if choice.available else 0,
                )
            )
            y += height + CHOICE_GAP
        groups.append(tuple(boxes))
    return tuple(groups)


def _pager(
    groups: tuple[tuple[ChoiceBox, ...], ...],
    measured: list[Measured],
    plan: NodePlan,
    x: int,
    top: int,
    width: int,
    height: int,
) -> Pager | None:
    if len(groups) < 2:
        return None
    tallest = max(
        sum(measured[i][2] for i in g) + CHOICE_GAP * (len(g) - 1) for g in plan.choice_groups
    )
    y = top + tallest + CHOICE_GAP
    third = (width - 2 * GRID) // 3
    return Pager(
        prev=Rect(x, y, third, height),
        label=Rect(x + third + GRID, y, third, height),
        next=Rect(x + 2 * (third + GRID), y, width - 2 * (third + GRID), height),
    )
