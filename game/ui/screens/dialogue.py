"""The dialogue screen: backdrop, portrait, name plate, typewriter text, choices, HUD.

Commands map to a few player actions: go on (finish the text, next page, next
node), choose, move the focus, undo, history, pause. After each step the HUD
shows what changed for a few seconds.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.engine import Event, NodeEntered, SessionState
from game.engine.model import SAFETY, WAIT
from game.engine.view import ChoiceView, NodeView
from game.numbers import is_digits
from game.ui import scenery
from game.ui.art.palette import GRID, PORTRAIT_SIZE, SCREEN_SIZE
from game.ui.commands import Command, Key, PointerDown, PointerMove, Wheel
from game.ui.dialogue_layout import ChoiceBox, DialogueLayout, build_dialogue
from game.ui.facilitator import projector_theme
from game.ui.fx import MINUS, Change, Fx, net_changes
from game.ui.hud import build_hud
from game.ui.layout import hit
from game.ui.modes import OverlayContext, overlays_for
from game.ui.playthrough import Playthrough, game_language
from game.ui.screens.base import Audit, Screen
from game.ui.strings import t
from game.ui.theme import Theme
from game.ui.widgets import TextBox

Rect = pygame.Rect


@dataclass
class Reading:
    """Where the player is in the current node: page, letters shown, choice group, focus."""

    page: int = 0
    shown: float = 0.0  # letters of the page revealed so far
    group: int = 0
    focus: int | None = None  # index into view.choices


class DialogueScreen(Screen):
    def __init__(self, app, play: Playthrough) -> None:  # type: ignore[no-untyped-def]
        super().__init__(app)
        self.play = play
        self._ui_lang = app.settings.language  # the game keeps its own language until this changes
        self.fx = Fx()
        self.reading = Reading()
        self._state: SessionState = play.session.state
        self.view: NodeView = play.session.view(play.lang)
        self.layout: DialogueLayout
        self.overlays = overlays_for(
            play.mode,
            OverlayContext(
                play,
                lambda: self.view,
                lambda: self.theme,
                lambda: self.layout.card,
                ready=lambda: self.on_last_page and self.page_done,
                choose=self.choose,
            ),
        )
        self.relayout()
        self._start_node()

    @property
    def theme(self) -> Theme:
        """The player's text size; one step larger for a projector in facilitator mode."""
        if self.play.mode == "facilitator":
            return projector_theme(self.app.theme)
        return self.app.theme

    # -- measuring ---------------------------------------------------------------

    def relayout(self) -> None:
        """Language, text size or contrast changed (or a new node): measure again."""
        if self.lang != self._ui_lang:  # the player switched language: the story follows
            self._ui_lang = self.lang
            self.play.lang = game_language(self.lang, self.play.scenario)
        self.view = self.play.session.view(self.play.lang)
        scenario = self.play.scenario
        caption = scenario.title.render(self.play.lang)
        if self.play.mode == "facilitator":
            caption = f"{caption} · {t('mode.facilitator', self.lang)}"
        hud = build_hud(
            scenario, self.view.meters, self.play.lang, self.view.place_name, caption, self.theme
        )
        self.layout = build_dialogue(self.view, hud, self.theme, self.lang)
        self._scene()
        reading = self.reading
        reading.page = min(reading.page, self.layout.last_page)
        reading.group = min(reading.group, max(0, len(self.layout.groups) - 1))
        reading.shown = max(reading.shown, 0.0)

    def _scene(self) -> None:
        """The backdrop and portrait surfaces for this node (cached by the art module)."""
        hc = self.app.settings.high_contrast
        scenario = self.play.scenario
        self.backdrop = scenery.backdrop(
            scenario, self.view.place, self.view.place_name or "", SCREEN_SIZE, hc
        )
        character = scenario.characters.get(self.view.speaker or "")
        self.portrait = (
            scenery.portrait(character, self.view.mood, PORTRAIT_SIZE, scenario)
            if character
            else None
        )
        from game.ui.screens.dialogue_draw import compose_base

        self.base = compose_base(self, with_hud=False)
        self.base_with_hud = compose_base(self, with_hud=True)

    def _start_node(self) -> None:
        self.reading = Reading()
        if self.app.settings.text_speed == "instant":
            self.reading.shown = float(self.page_letters())

    def _sync(self) -> None:
        """Take the session's current node (after a step, an undo or a reload)."""
        self._state = self.play.session.state
        self.relayout()
        self._start_node()

    # -- reading state -------------------------------------------------------------

    def page_letters(self, page: int | None = None) -> int:
        lines = self.layout.page_lines(self.reading.page if page is None else page)
        return sum(len(line) + 1 for line in lines)

    @property
    def page_done(self) -> bool:
        return self.reading.shown >= self.page_letters()

    @property
    def on_last_page(self) -> bool:
        return self.reading.page >= self.layout.last_page

    @property
    def choices_visible(self) -> bool:
        return bool(self.view.choices) and self.on_last_page and self.page_done

    def visible_boxes(self) -> tuple[ChoiceBox, ...]:
        if not self.choices_visible or not self.layout.groups:
            return ()
        return self.layout.groups[self.reading.group]

    # -- commands -------------------------------------------------------------------

    def handle(self, command: Command) -> None:
        for overlay in self.overlays:
            if overlay.handle(command):
                return
        if isinstance(command, Key):
            self._key(command)
        elif isinstance(command, PointerMove):
            self._hover(command.pos)
        elif isinstance(command, PointerDown):
            self._click(command.pos)
        elif isinstance(command, Wheel) and command.dy > 0:
            self._open_history()

    def _key(self, key: Key) -> None:
        name = key.name
        if name == "escape":
            from game.ui.screens.pause import PauseScreen

            self.app.push(PauseScreen(self.app, self))
        elif name == "h":
            self._open_history()
        elif name == "backspace":
            self.undo()
        elif is_digits(name):  # '²' is a digit to Python, not a choice number
            self._number(int(name))
        elif name in ("up", "down"):
            self._move_focus(-1 if name == "up" else 1)
        elif name in ("left", "right"):
            self._page_choices(-1 if name == "left" else 1)
        elif name in ("enter", "space"):
            self._confirm_key()

    def _number(self, number: int) -> None:
        if not self.choices_visible:
            self.go_on()
            return
        for choice in self.view.choices:
            if choice.number == number and choice.available:
                self.choose(choice)
                return

    def _confirm_key(self) -> None:
        if not self.choices_visible:
            self.go_on()
        elif self.reading.focus is not None:
            self.choose(self.view.choices[self.reading.focus])

    def _hover(self, pos: tuple[int, int]) -> None:
        boxes = self.visible_boxes()
        index = hit([b.rect for b in boxes], pos)
        focus = boxes[index].index if index is not None and boxes[index].enabled else None
        if focus is not None and focus != self.reading.focus:
            self.reading.focus = focus
            self.app.invalidate()

    def _click(self, pos: tuple[int, int]) -> None:
        boxes = self.visible_boxes()
        index = hit([b.rect for b in boxes], pos)
        if index is not None:
            box = boxes[index]
            if box.enabled:
                self.choose(self.view.choices[box.index])
            return
        pager = self.layout.pager
        if self.choices_visible and pager is not None:
            if pager.prev.collidepoint(pos):
                self._page_choices(-1)
            elif pager.next.collidepoint(pos):
                self._page_choices(1)
            return
        if not self.choices_visible:
            self.go_on()

    def _move_focus(self, delta: int) -> None:
        if not self.choices_visible:
            return
        order = [b.index for group in self.layout.groups for b in group if b.enabled]
        if not order:
            return
        current = self.reading.focus
        if current not in order:
            position = 0 if delta > 0 else len(order) - 1
        else:
            position = (order.index(current) + delta) % len(order)
        self.reading.focus = order[position]
        for number, group in enumerate(self.layout.groups):
            if any(b.index == self.reading.focus for b in group):
                self.reading.group = number

    def _page_choices(self, delta: int) -> None:
        group = self.reading.group + delta
        if self.choices_visible and 0 <= group < len(self.layout.groups):
            self.reading.group = group
            self.reading.focus = None

    def _open_history(self) -> None:
        from game.ui.screens.history import HistoryScreen

        self.app.push(HistoryScreen(self.app, self.play))

    # -- player actions ----------------------------------------------------------------

    def go_on(self) -> None:
        """Finish the text, turn the page, or leave a node without choices."""
        reading = self.reading
        if not self.page_done:
            reading.shown = float(self.page_letters())
        elif not self.on_last_page:
            reading.page += 1
            reading.shown = 0.0
            if self.app.settings.text_speed == "instant":
                reading.shown = float(self.page_letters())
        elif self.view.ending is not None:
            from game.ui.screens.ending import EndingScreen

            self.app.push(EndingScreen(self.app, self.play))
        elif self.view.can_advance:
            self._after_step(self.play.advance())

    def choose(self, choice: ChoiceView) -> None:
        if choice.available and self.choices_visible:
            self._after_step(self.play.choose(choice.id))

    def undo(self) -> None:
        before = dict(self.play.session.state.values)
        if not self.play.undo():
            self.fx.toast(self.t("dlg.nothing_to_undo"))
            return
        after = self.play.session.state.values
        changes = [
            Change(m, int(before[m]), int(after[m]))
            for m in self._shown_meters()
            if before[m] != after[m]
        ]
        self.fx.clear()
        self.fx.changed(changes, {})
        self.fx.toast(self.t("dlg.undone"))
        self._sync()
        if self.view.choices:  # back at the choice, whose text was read already
            self.reading.page = self.layout.last_page
            self.reading.shown = float(self.page_letters())

    def _after_step(self, events: tuple[Event, ...]) -> None:
        changes = [c for c in net_changes(events) if c.meter in self._shown_meters()]
        self.fx.changed(changes, {c.meter: self.change_text(c) for c in changes})
        if any(isinstance(e, NodeEntered) and e.by_deadline for e in events):
            self.fx.toast(self.t("dlg.deadline"), life=4.0)
        if self.play.saves is not None and not self.play.last_save_ok:
            self.fx.toast(self.t("dlg.not_saved"), life=5.0)
        for overlay in self.overlays:
            overlay.on_events(events)
        self._sync()

    def _shown_meters(self) -> set[str]:
        return {m.id for m in self.view.meters if not m.hidden}

    def change_text(self, change: Change) -> str:
        n, sign = abs(change.delta), "+" if change.delta > 0 else MINUS
        lang = self.play.lang
        if change.meter == WAIT:
            return t("fx.day" if n == 1 else "fx.days", lang, sign=sign, n=n)
        if change.meter == SAFETY:
            return t("fx.safety", lang, sign=sign, n=n)
        label = next((m.label for m in self.view.meters if m.id == change.meter), change.meter)
        return t("fx.meter", lang, sign=sign, n=n, label=label)

    def reloaded(self, outcome: str) -> None:
        """The scenario file changed and was loaded again (see game.ui.flow)."""
        self.fx.toast(self.t(f"reload.{outcome}"), life=4.0)
        self._sync()

    def revealed(self) -> None:
        if self.play.session.state is not self._state:
            self._sync()
        else:
            self.relayout()

    # -- time ----------------------------------------------------------------------------

    def update(self, dt: float) -> bool:
        moving = False
        if not self.page_done:
            cps = self.app.settings.chars_per_second
            self.reading.shown = min(float(self.page_letters()), self.reading.shown + cps * dt)
            moving = True
        moving = self.fx.update(dt) or moving
        for overlay in self.overlays:
            moving = overlay.update(dt) or moving
        return moving

    # -- drawing ---------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        from game.ui.screens.dialogue_draw import draw_dialogue

        draw_dialogue(surface, self)
        for overlay in self.overlays:
            overlay.draw(surface)

    def audit(self) -> Audit:
        boxes = self.layout.boxes(self.theme)
        pager = self.layout.pager
        if pager is not None:
            for rect, key in ((pager.prev, "dlg.prev_choices"), (pager.next, "dlg.more_choices")):
                inner = rect.inflate(-2 * GRID, -GRID)
                boxes.append(
                    TextBox(
                        inner,
                        tuple(self.theme.wrap(self.t(key), "label_bold", inner.width)),
                        "label_bold",
                    )
                )
        clickables = [b.rect for group in self.layout.groups[:1] for b in group]
        if pager is not None:
            clickables += [pager.prev, pager.next]
        return Audit(boxes, clickables)
