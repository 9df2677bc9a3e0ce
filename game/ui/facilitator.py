"""Facilitator mode: what a trainer puts on the projector while a room plays together.

One overlay on the dialogue screen (see ``game.ui.modes``) walks each node:

1. a node with a routine, once its line is shown: beside the line (above the
   card, or in it under the line) a panel names the routine, explains it and
   asks the node's ``discuss`` question, until the trainer goes on;
2. a node with choices: the vote, on the card's own choices, with the line in
   view. The trainer types the hands per choice (digit keys, Tab or arrows
   between choices, Backspace), presses Enter to see the tally, then plays a
   choice (its number, a click, or Enter for the most votes). The tally goes
   to the session log with ``log_vote``;
3. after the choice: its feedback and, for a routine, the counter-moves ("what
   helps": after the vote, so they do not give the answer away), until the
   trainer goes on.

Backspace on an empty vote (or on the feedback) takes the last choice back, so
the trainer can show the room what another choice would have done; the vote
comes back with the room's tally. **T** starts a discussion timer of 2
minutes, again 5 minutes, again off; it has a place of its own in the HUD's
row. The text is one size larger than the player's setting
(``projector_theme``). Hands and T are read as key presses, never as typed
text (SDL's text input is off outside text fields).

State changes happen in ``handle``, ``on_events`` and ``update``; ``draw``
only reads (its layout cache is memoisation).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import pygame

from game.engine import Event
from game.engine.model import SAFETY, WAIT
from game.engine.view import ChoiceView, NodeView
from game.i18n import safety_word
from game.numbers import is_digits, whole_number
from game.ui import draw
from game.ui.art.palette import GRID, RADIUS
from game.ui.commands import Command, Key, PointerDown, TypeText
from game.ui.dialogue_layout import Extras, block_height
from game.ui.facilitator_layout import (
    TIMER_PAD,
    Para,
    Sheet,
    VoteRow,
    best_sheet,
    build_sheet,
    feedback_area,
    routine_areas,
    timer_width,
    vote_bar,
    vote_reserve,
    vote_rows,
)
from game.ui.fx import MINUS, net_changes
from game.ui.modes import OverlayContext, register_overlay
from game.ui.overlap import Drawn
from game.ui.panel import draw_scrim
from game.ui.strings import t
from game.ui.theme import Theme

TIMER_STEPS = (0, 120, 300)  # seconds: off, 2 minutes, 5 minutes
MAX_HANDS_DIGITS = 3
# Pause, history, the glossary and full screen stay the dialogue's.
PASS_THROUGH = ("escape", "h", "w", "f11")

_THEMES: dict[tuple[int, bool], Theme] = {}


def projector_theme(theme: Theme) -> Theme:
    """The player's theme one text size larger (the largest stays the largest)."""
    key = (min(theme.step + 1, 2), theme.pal.high_contrast)
    if key == (theme.step, theme.pal.high_contrast):
        return theme
    found = _THEMES.get(key)
    if found is None:
        found = _THEMES[key] = Theme(*key)
    return found


def install() -> None:
    """Register the facilitator overlay (once); the window does this when it starts."""
    if FacilitatorOverlay not in modes_registry():
        register_overlay("facilitator", FacilitatorOverlay)


def uninstall() -> None:
    registry = modes_registry()
    while FacilitatorOverlay in registry:
        registry.remove(FacilitatorOverlay)


def modes_registry() -> list:  # type: ignore[type-arg]
    from game.ui import modes

    return modes._REGISTRY.setdefault("facilitator", [])


@dataclass
class Vote:
    """The room's hands at one node: digits typed per choice id, and the stage."""

    digits: dict[str, str] = field(default_factory=dict)
    stage: str = "count"  # "count": typing the hands; "pick": the tally, choose what to play
    focus: int = 0

    def hands(self, choice_id: str) -> int:
        return whole_number(self.digits.get(choice_id) or "0") or 0


class FacilitatorOverlay:
    def __init__(
        self, context: OverlayContext, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ctx = context
        self.clock = clock
        self.key: tuple[str, int] | None = None  # the node visit the overlay is at
        self.phase = "idle"  # "idle", "routine", "vote" or "feedback"
        self.page = 0
        self.seen: set[tuple[str, int]] = set()  # visits whose routine was shown
        self.votes: dict[tuple[str, int], Vote] = {}
        self.picked: ChoiceView | None = None  # the choice whose feedback is shown
        self.picked_routine: str | None = None  # the routine of the node voted at
        self.changed = ""  # what the last step did to the meters ("+30 dagen · +5 veiligheid")
        self.tie = False  # Enter was pressed on a tie: say so
        self.timer_step = 0
        self.timer_end: float | None = None
        self.timer_left: int | None = None  # whole seconds shown; None: no timer on screen
        self._cache: dict[tuple[object, ...], object] = {}

    # -- reading the game --------------------------------------------------------------

    @property
    def view(self) -> NodeView:
        return self.ctx.view()

    @property
    def theme(self) -> Theme:
        return self.ctx.theme()

    @property
    def lang(self) -> str:
        return self.ctx.play.lang

    def t(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def visit(self) -> tuple[str, int]:
        return (self.view.node, len(self.ctx.play.session.state.path))

    def choices(self) -> list[ChoiceView]:
        """The choices the room votes on: those that can be played now."""
        return [c for c in self.view.choices if c.available]

    @property
    def vote(self) -> Vote:
        """This visit's vote (made by ``refresh`` when the vote opens; reading never adds one)."""
        return self.votes.get(self.visit()) or Vote()

    # -- what to show ------------------------------------------------------------------

    def refresh(self) -> bool:
        """Bring the phase in line with the game; True when it changed."""
        before = (self.phase, self.key)
        key = self.visit()
        if key != self.key:
            self.key, self.page, self.tie = key, 0, False
            if self.phase != "feedback":
                self.phase = "idle"
            vote = self.votes.get(key)
            if vote is not None and vote.stage == "pick":
                vote.focus = 0  # back after an undo: the tally stands, play another choice
        if self.phase in ("routine", "feedback"):
            return (self.phase, self.key) != before
        ready = self.ctx.ready()
        view = self.view
        if ready and view.routine and key not in self.seen:
            self.seen.add(key)
            self.phase, self.page = "routine", 0
        elif ready and self.choices():
            if self.phase != "vote":
                vote = self.votes.setdefault(key, Vote())
                self.phase = "vote"
                self._focus(vote, vote.focus % len(self.choices()))  # its group on the card
        else:
            self.phase = "idle"
        return (self.phase, self.key) != before

    # -- commands --------------------------------------------------------------------------

    def handle(self, command: Command) -> bool:
        self.refresh()
        if isinstance(command, TypeText):
            return True  # hands and T come as key presses, with or without SDL's text input
        if isinstance(command, Key) and command.name in PASS_THROUGH:
            return False
        if isinstance(command, Key) and command.name == "t":
            if not command.repeat:
                self.toggle_timer()
            return True
        if self.phase in ("routine", "feedback"):
            return self._sheet_command(command)
        if self.phase == "vote":
            return self._vote_command(command)
        return False

    def _sheet_command(self, command: Command) -> bool:
        sheet = self.sheet()
        if isinstance(command, PointerDown):
            self._next_page(sheet)
        elif isinstance(command, Key):
            name = command.name
            if name in ("enter", "space", "right", "pagedown", "down"):
                self._next_page(sheet)
            elif name in ("left", "pageup", "up"):
                self.page = max(0, self.page - 1)
            elif name == "backspace":
                self.phase = "idle"
                return False  # the dialogue takes the last choice back
        return True

    def _next_page(self, sheet: Sheet) -> None:
        if self.page < sheet.last:
            self.page += 1
        else:
            self.phase, self.page, self.picked = "idle", 0, None
            self.refresh()

    def _vote_command(self, command: Command) -> bool:
        vote, choices = self.vote, self.choices()
        if isinstance(command, PointerDown):
            self._vote_click(command.pos, vote, choices)
            return True
        if not isinstance(command, Key):
            return True
        name = command.name
        if name in ("down", "tab") and not (name == "tab" and command.shift):
            self._focus(vote, (vote.focus + 1) % len(choices))  # in the result too
            return True
        if name == "up" or (name == "tab" and command.shift):
            self._focus(vote, (vote.focus - 1) % len(choices))
            return True
        if name in ("left", "right"):  # the other group of choices, when they come in groups
            return False
        if vote.stage == "count":
            if name.isdigit() and not command.repeat:
                self._type_digit(name)
            elif name == "delete":
                vote.digits.pop(choices[vote.focus].id, None)
            elif name == "backspace":
                typed = vote.digits.get(choices[vote.focus].id, "")
                if not typed and not any(vote.digits.values()):
                    return False  # nothing typed: Backspace takes the last choice back
                vote.digits[choices[vote.focus].id] = typed[:-1]
            elif name in ("enter", "space"):
                vote.stage, self.tie = "pick", False
            return True
        # the tally is shown: play a choice
        if is_digits(name):
            for choice in choices:
                if choice.number == int(name):
                    self.play(choice)
        elif name in ("enter", "space"):
            top = self.most_voted(choices, vote)
            if top is None:
                self.tie = True
            else:
                self.play(top)
        elif name == "backspace":
            vote.stage, self.tie = "count", False  # correct the count
        return True

    def _focus(self, vote: Vote, index: int) -> None:
        vote.focus = index
        choice = self.choices()[index]
        self.ctx.show_choice(next(i for i, c in enumerate(self.view.choices) if c.id == choice.id))

    def _type_digit(self, digit: str) -> None:
        vote, choices = self.vote, self.choices()
        choice_id = choices[vote.focus % len(choices)].id
        typed = (vote.digits.get(choice_id, "") + digit).lstrip("0") or "0"
        if len(typed) <= MAX_HANDS_DIGITS:
            vote.digits[choice_id] = typed

    def _vote_click(self, pos: tuple[int, int], vote: Vote, choices: list[ChoiceView]) -> None:
        for row in self.vote_rows():
            if row.box.rect.collidepoint(pos):
                if vote.stage == "pick":
                    self.play(choices[row.index])
                else:
                    vote.focus = row.index
                return
        pager = self.layout.pager
        if pager is not None and (pager.prev.collidepoint(pos) or pager.next.collidepoint(pos)):
            shown = {b.index for b in self.ctx.shown_choices()}
            others = [n for n, i in enumerate(self._voted_indexes()) if i not in shown]
            if others:  # the other group of choices: its first one gets the focus
                self._focus(vote, others[0])
            return
        if vote.stage == "count":
            vote.stage = "pick"

    @staticmethod
    def most_voted(choices: list[ChoiceView], vote: Vote) -> ChoiceView | None:
        """The choice with the most hands; None on a tie or when no hands were counted."""
        counts = [vote.hands(c.id) for c in choices]
        best = max(counts, default=0)
        if best == 0 or counts.count(best) > 1:
            return None
        return choices[counts.index(best)]

    def play(self, choice: ChoiceView) -> None:
        """Record the room's tally, then play ``choice`` and show its feedback."""
        node, vote = self.view.node, self.vote
        self.picked_routine = self.view.routine
        logger = self.ctx.play.logger
        if logger is not None:
            tallies = {c.id: vote.hands(c.id) for c in self.choices()}
            logger.log_vote(node, tallies, choice.id)
        self.picked = choice
        self.ctx.choose(choice)
        self.key, self.page, self.tie = self.visit(), 0, False
        self.phase = "feedback" if choice.feedback else "idle"
        if self.phase == "idle":
            self.picked = None
            self.refresh()

    # -- the engine and time ------------------------------------------------------------------

    def on_events(self, events: tuple[Event, ...]) -> None:
        """Remember what the last step changed, for the feedback panel."""
        shown = {m.id: m.label for m in self.view.meters if not m.hidden}
        parts = []
        for change in net_changes(events):
            if change.meter not in shown:
                continue
            n, sign = abs(change.delta), "+" if change.delta > 0 else MINUS
            if change.meter == WAIT:
                parts.append(self.t("fx.day" if n == 1 else "fx.days", sign=sign, n=n))
            elif change.meter == SAFETY:
                word = safety_word(shown[SAFETY], self.lang)
                parts.append(self.t("fx.safety", sign=sign, n=n, label=word))
            else:
                parts.append(self.t("fx.meter", sign=sign, n=n, label=shown[change.meter]))
        self.changed = " · ".join(parts)

    def toggle_timer(self) -> None:
        self.timer_step = (self.timer_step + 1) % len(TIMER_STEPS)
        seconds = TIMER_STEPS[self.timer_step]
        if seconds:
            self.timer_end = self.clock() + seconds
            self.timer_left = seconds
        else:
            self.timer_end = self.timer_left = None

    def update(self, dt: float) -> bool:
        changed = self.refresh()
        if self.timer_end is not None:
            left = max(0, math.ceil(self.timer_end - self.clock()))
            if left != self.timer_left:
                self.timer_left = left  # a new second: one frame, never more
                changed = True
        return changed

    # -- layout (memoised) ---------------------------------------------------------------------

    def _memo(self, key: tuple[object, ...], make: Callable[[], object]) -> object:
        full = (self.theme.key, self.lang, *key)
        found = self._cache.get(full)
        if found is None:
            if len(self._cache) > 64:
                self._cache.clear()
            found = self._cache[full] = make()
        return found

    @property
    def layout(self):  # type: ignore[no-untyped-def]
        return self.ctx.layout()

    def sheet(self) -> Sheet:
        layout = self.layout
        if self.phase == "feedback" and self.picked is not None:
            scenario = self.ctx.play.scenario
            paras = feedback_paras(
                self.picked, self.changed, self.picked_routine, scenario, self.lang
            )
            area = feedback_area(layout)
            hints = self._feedback_hints()
            footer = max(self._hint_height(h, area.width - 6 * GRID) for h in hints)
            key = ("feedback", tuple(paras), tuple(area), footer)
            sheet = self._memo(
                key, lambda: build_sheet(self.theme, paras, area, panel=True, footer=footer)
            )
        else:
            paras = routine_paras(self.ctx.play.scenario, self.view, self.lang)
            hint = f"{self.t('fac.part', n=9, total=9)} · {self.t('fac.hint_more')}"
            footer = block_height(((hint, "small"),), self.theme, layout.text_width)
            areas = routine_areas(layout, footer)
            routine_key: tuple[object, ...] = ("routine", tuple(paras), tuple(map(tuple, areas)))
            sheet = self._memo(routine_key, lambda: best_sheet(self.theme, paras, areas))
        assert isinstance(sheet, Sheet)
        return sheet

    def vote_rows(self) -> list[VoteRow]:
        """The vote's parts on the choices the card shows now."""
        index = {i: n for n, i in enumerate(self._voted_indexes())}
        return vote_rows(self.theme, self.ctx.shown_choices(), index)

    def _voted_indexes(self) -> list[int]:
        return [i for i, c in enumerate(self.view.choices) if c.available]

    # -- what the card needs (see game.ui.modes) -----------------------------------------

    def layout_extras(self, theme: Theme) -> Extras:
        """Room for the vote on each choice, and the footer texts of every phase."""
        return Extras(
            footers=self._footer_texts(),
            choice_reserve=vote_reserve(theme)[2],
            choice_bar=vote_bar(),
            tall=True,
        )

    def hides_choices(self) -> bool:
        return self.phase == "routine"

    def hud_slot(self, theme: Theme) -> int:
        return timer_width(theme, self.t("fac.timer_caption"), self.t("fac.timer_done"))

    def footer_block(self) -> tuple[tuple[str, str], ...] | None:
        if self.phase == "vote":
            return self._vote_footer(self.vote.stage, self.tie)
        if self.phase == "routine":
            sheet = self.sheet()
            return ((self._sheet_hint(sheet), "small"),)
        return None

    def _vote_footer(self, stage: str, tie: bool) -> tuple[tuple[str, str], ...]:
        heading = self.t("fac.vote_count" if stage == "count" else "fac.vote_pick")
        if stage == "count":
            hint = self.t("fac.hint_count")
        elif tie:
            hint = self.t("fac.hint_tie")
        else:
            top = self.most_voted(self.choices(), self.vote)
            number = top.number if top is not None else None
            free = number is None
            hint = self.t("fac.hint_pick_free") if free else self.t("fac.hint_pick", n=number)
        return ((heading, "small_bold"), (hint, "small"))

    def _sheet_hint(self, sheet: Sheet) -> str:
        last = self.page >= sheet.last
        hint = self.t("fac.hint_routine" if last else "fac.hint_more")
        if len(sheet.pages) > 1:
            part = self.t("fac.part", n=min(self.page, sheet.last) + 1, total=len(sheet.pages))
            hint = f"{part} · {hint}"
        return hint

    def _footer_texts(self) -> tuple[tuple[tuple[str, str], ...], ...]:
        """Every footer this overlay may show, so the card measures room for the tallest."""
        part = self.t("fac.part", n=9, total=9)
        blocks = [
            self._vote_footer("count", False),
            self._vote_footer("pick", True),
            ((self.t("fac.vote_pick"), "small_bold"), (self.t("fac.hint_pick", n=9), "small")),
            ((self.t("fac.vote_pick"), "small_bold"), (self.t("fac.hint_pick_free"), "small")),
            ((f"{part} · {self.t('fac.hint_more')}", "small"),),
            ((f"{part} · {self.t('fac.hint_routine')}", "small"),),
        ]
        return tuple(blocks)

    def boxes(self) -> list:  # type: ignore[type-arg]
        """Every text box the overlay shows now (for the layout tests)."""
        if self.phase in ("routine", "feedback"):
            return self.sheet().boxes(self.page)
        return []

    def drawn(self) -> list[Drawn]:
        """What the overlay draws now, for the no-overlap tests (game.ui.overlap)."""
        out = []
        layout = self.layout
        if self.timer_left is not None and layout is not None and layout.hud.slot is not None:
            out.append(Drawn("timer", layout.hud.slot))
        if self.phase == "routine":
            out.append(Drawn("routine", self.sheet().pages[min(self.page, self.sheet().last)].rect))
        if self.phase == "vote":
            for row in self.vote_rows():
                out += [
                    Drawn(f"hands:{row.index}", row.field),
                    Drawn(f"share:{row.index}", row.share),
                ]
                out.append(Drawn(f"bar:{row.index}", row.bar))
                text = row.box.text_rect(self.theme)
                out.append(Drawn(f"votetext:{row.index}", text))
        return out

    # -- drawing -------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.theme
        if self.phase == "feedback":
            draw_scrim(surface, theme)
            self._draw_sheet(surface, self.sheet(), theme)
        elif self.phase == "routine":
            self._draw_sheet(surface, self.sheet(), theme)
        elif self.phase == "vote":
            self._draw_vote(surface, theme)
        if self.timer_left is not None:
            self._draw_timer(surface, theme)

    def _draw_sheet(self, surface: pygame.Surface, sheet: Sheet, theme: Theme) -> None:
        page = sheet.pages[min(self.page, sheet.last)]
        pal = theme.pal
        draw.panel(surface, page.rect, theme)  # beside the line too: it reads on any backdrop
        tones = {"ink": pal.ink, "soft": pal.ink_soft, "accent": pal.accent}
        for line in page.lines:
            draw.lines(
                surface,
                theme,
                line.box.lines,
                line.box.role,
                tones[line.tone],
                line.box.rect.topleft,
            )
        if sheet.panel:  # the feedback's panel says its own keys (the card is behind the veil)
            hint = self._feedback_hint(sheet)
            lines = theme.wrap_items(hint, "small", page.rect.width - 6 * GRID)
            y = page.rect.bottom - 3 * GRID - len(lines) * theme.lh("small")
            draw.lines(surface, theme, lines, "small", pal.ink_soft, (page.rect.x + 3 * GRID, y))

    def _feedback_hints(self) -> list[str]:
        part = self.t("fac.part", n=9, total=9)
        return [f"{part} · {self.t(k)}" for k in ("fac.hint_feedback", "fac.hint_more")]

    def _hint_height(self, hint: str, width: int) -> int:
        return len(self.theme.wrap_items(hint, "small", width)) * self.theme.lh("small")

    def _feedback_hint(self, sheet: Sheet) -> str:
        last = self.page >= sheet.last
        hint = self.t("fac.hint_feedback" if last else "fac.hint_more")
        if len(sheet.pages) > 1:
            part = self.t("fac.part", n=min(self.page, sheet.last) + 1, total=len(sheet.pages))
            hint = f"{part} · {hint}"
        return hint

    def _draw_vote(self, surface: pygame.Surface, theme: Theme) -> None:
        pal, vote, choices = theme.pal, self.vote, self.choices()
        total = sum(vote.hands(c.id) for c in choices)
        top = self.most_voted(choices, vote) if vote.stage == "pick" else None
        for row in self.vote_rows():
            choice = choices[row.index]
            hands = vote.hands(choice.id)
            if top is not None and choice.id == top.id:
                pygame.draw.rect(surface, pal.accent, row.box.rect, width=4, border_radius=RADIUS)
            draw.bar(surface, row.bar, hands / total if total else 0.0, pal.accent, theme)
            focused = vote.stage == "count" and row.index == vote.focus
            fill = pal.hover if focused else pal.paper
            pygame.draw.rect(surface, fill, row.field, border_radius=RADIUS)
            pygame.draw.rect(surface, pal.panel_edge, row.field, width=2, border_radius=RADIUS)
            if focused:
                draw.focus_ring(surface, row.field, theme)
            typed = vote.digits.get(choice.id, "")
            shown = typed + ("_" if focused else "") if typed or focused else "0"
            ink = pal.ink if typed or focused else pal.ink_soft
            draw.centered(surface, theme.render(shown, "heading", ink), row.field)
            if total:
                share = f"{round(100 * hands / total)}%"
                draw.centered(surface, theme.render(share, "body_bold", pal.ink), row.share)

    def _draw_timer(self, surface: pygame.Surface, theme: Theme) -> None:
        """A card in the HUD's row (its slot is kept free for it)."""
        layout = self.layout
        slot = layout.hud.slot if layout is not None else None
        if slot is None:
            return
        pal, left = theme.pal, self.timer_left or 0
        done = not left
        fill = pal.accent if done else pal.panel
        draw.panel(surface, slot, theme, fill=fill, radius=RADIUS)
        ink = pal.accent_ink if done else pal.ink
        soft = pal.accent_ink if done else pal.ink_soft
        x, y = slot.x + TIMER_PAD, slot.y + TIMER_PAD
        y = draw.lines(surface, theme, (self.t("fac.timer_caption"),), "small", soft, (x, y))
        value = self.t("fac.timer_done") if done else f"{left // 60}:{left % 60:02d}"
        draw.lines(surface, theme, (value,), "label_bold", ink, (x, y))


# -- what the panels say ------------------------------------------------------------------------


def routine_paras(scenario, view: NodeView, lang: str) -> list[Para]:  # type: ignore[no-untyped-def]
    """The routine and the question for the room; what helps comes after the vote."""
    label = scenario.routines.get(view.routine or "")
    paras = [Para(t("fac.routine_tag", lang), "label_bold", "soft", 0, keep=True)]
    if label is None:
        return [*paras, Para(view.routine_label or view.routine or "", "heading", gap=GRID)]
    paras.append(Para(label.label.render(lang), "heading", gap=GRID))
    if label.explanation is not None:
        paras.append(Para(label.explanation.render(lang), "body"))
    if view.discuss:
        paras.append(Para(t("fac.discuss", lang), "label_bold", "soft", keep=True))
        paras.append(Para(view.discuss, "body_bold", gap=GRID // 2))
    return paras


def feedback_paras(  # type: ignore[no-untyped-def]
    choice: ChoiceView, changed: str, routine: str | None, scenario, lang: str
) -> list[Para]:
    paras = [
        Para(t("fac.chosen", lang), "label_bold", "soft", 0, keep=True),
        Para(choice.text, "body_bold", gap=GRID // 2),
        Para(t("fac.what_it_did", lang), "label_bold", "soft", keep=True),
        Para(choice.feedback or "", "body", gap=GRID // 2),
        Para(changed, "body_bold", gap=GRID),
    ]
    label = scenario.routines.get(routine or "")
    if label is not None and label.counter_moves:
        paras.append(
            Para(
                t("fac.counter_moves_of", lang, routine=label.label.render(lang)),
                "label_bold",
                "soft",
                keep=True,
            )
        )
        paras += [
            Para(move.render(lang), "body", gap=GRID // 2, bullet=True)
            for move in label.counter_moves
        ]
    return paras
