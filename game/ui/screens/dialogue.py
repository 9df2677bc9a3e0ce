"""The dialogue screen: backdrop, portrait, name plate, typewriter text, choices, HUD.

Commands map to a few player actions: go on (finish the text, next page, next
node), choose, move the focus, undo, look back, history, pause. After each step
the HUD shows what changed for a few seconds.

What visual-novel players expect is here too (Ren'Py's keys where they do not
clash): Page Up, Left or the wheel look back through the pages and the nodes
before (past a choice that takes the choice back); Tab or a held Ctrl skip
text read before; A reads on by itself; V or the middle button hides the
interface; F5 and F9 quick save and quick load.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.engine import Event, NodeEntered, SessionState
from game.engine.model import SAFETY, WAIT
from game.engine.view import ChoiceView, NodeView, render_view
from game.i18n import safety_word
from game.numbers import is_digits
from game.ui import scenery
from game.ui.art.palette import GRID, PORTRAIT_SIZE, SCREEN_SIZE
from game.ui.commands import Command, Key, MiddleClick, PointerDown, PointerMove, Wheel
from game.ui.dialogue_layout import Block, ChoiceBox, DialogueLayout, Extras, build_dialogue
from game.ui.facilitator import projector_theme
from game.ui.fx import MINUS, Change, Fx, net_changes
from game.ui.hud import build_hud
from game.ui.layout import hit
from game.ui.modes import OverlayContext, overlays_for
from game.ui.playthrough import Playthrough, game_language
from game.ui.replay import Moment, walk
from game.ui.screens.base import Audit, Screen
from game.ui.strings import t
from game.ui.theme import Theme
from game.ui.widgets import TextBox

if TYPE_CHECKING:
    from game.ui.overlap import Drawn

Rect = pygame.Rect
SKIP_STEP = 0.06  # seconds between steps while skipping text read before


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
        self.back = 0  # looking back: how many nodes before the one in play (0: in play)
        self._moments: list[Moment] | None = None
        self.skip_on = False  # Tab: skip text read before, until Tab again or new text
        self.auto_on = False  # A: read on by itself
        self.hidden = False  # V: only the picture
        self.was_seen = False  # this node's text was shown in an earlier visit
        self._timer = 0.0  # seconds until the next skip or auto step
        self.overlays = overlays_for(
            play.mode,
            OverlayContext(
                play,
                lambda: self.view,
                lambda: self.theme,
                lambda: self.layout.card,
                ready=lambda: self.back == 0 and self.on_last_page and self.page_done,
                choose=self.choose,
                layout=lambda: self.layout,
                show_choice=self.show_choice,
                shown_choices=self.visible_boxes,
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

    @property
    def solo(self) -> bool:
        return self.play.mode != "facilitator"

    # -- measuring ---------------------------------------------------------------

    def relayout(self) -> None:
        """Language, text size or contrast changed (or a new node): measure again."""
        if self.lang != self._ui_lang:  # the player switched language: the story follows
            self._ui_lang = self.lang
            self.play.lang = game_language(self.lang, self.play.scenario)
        self.view = self._shown_view()
        scenario = self.play.scenario
        caption = scenario.title.render(self.play.lang)
        if self.play.mode == "facilitator":
            caption = f"{caption} · {t('mode.facilitator', self.lang)}"
        slots = [_call(o, "hud_slot", 0, self.theme) for o in self.overlays]
        slot = max((s for s in slots if isinstance(s, int)), default=0)
        hud = build_hud(
            scenario,
            self.view.meters,
            self.play.lang,
            self.view.place_name,
            caption,
            self.theme,
            slot=slot or None,
        )
        self.layout = build_dialogue(self.view, hud, self.theme, self.lang, self._extras())
        self._scene()
        reading = self.reading
        reading.page = min(reading.page, self.layout.last_page)
        reading.group = min(reading.group, max(0, len(self.layout.groups) - 1))
        reading.shown = max(reading.shown, 0.0)

    def _extras(self) -> Extras:
        found = [_call(o, "layout_extras", None, self.theme) for o in self.overlays]
        extras = [e for e in found if isinstance(e, Extras)]
        return extras[0] if extras else Extras()

    def _shown_view(self) -> NodeView:
        if self.back == 0:
            return self.play.session.view(self.play.lang)
        moment = self.moments()[-1 - self.back]
        return render_view(self.play.engine, moment.state, self.play.lang)

    def moments(self) -> list[Moment]:
        """The nodes entered so far (for looking back), rebuilt after each step."""
        if self._moments is None:
            self._moments = walk(self.play.engine, self.play.session.state)
        return self._moments

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
        progress = self.app.progress.get(self.play.key)
        self.was_seen = self.view.node in progress.seen
        self.app.progress.mark(self.play.key, self.view.node, ending=self.view.ending is not None)
        if not self.was_seen:
            self.skip_on = False  # Ren'Py's habit: skipping stops at text not read before
        self._timer = SKIP_STEP if self.skipping else self._auto_wait()

    def _sync(self) -> None:
        """Take the session's current node (after a step, an undo or a reload)."""
        self._state = self.play.session.state
        self._moments = None
        self.back = 0
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

    @property
    def choices_shown(self) -> bool:
        """The choices are drawn: visible, and no mode holds them back (the facilitator's
        routine panel stands in their place until the room has talked)."""
        return self.choices_visible and not any(
            _call(o, "hides_choices", False) for o in self.overlays
        )

    @property
    def skipping(self) -> bool:
        return self.solo and (self.skip_on or self.app.keys.is_held("ctrl"))

    def visible_boxes(self) -> tuple[ChoiceBox, ...]:
        if not self.choices_visible or not self.layout.groups:
            return ()
        return self.layout.groups[self.reading.group]

    def show_choice(self, index: int) -> None:
        """Turn to the group of choices that holds ``index`` (a mode moves its focus there)."""
        for number, group in enumerate(self.layout.groups):
            if any(b.index == index for b in group):
                self.reading.group = number

    def footer_block(self) -> Block | None:
        """What the footer shows instead of the key hints now, if anything."""
        for overlay in self.overlays:
            block = _call(overlay, "footer_block", None)
            if isinstance(block, tuple) and block:
                return block
        if self.back:
            return ((self.t("dlg.looking"), "small_bold"),)
        if self.skipping:
            return ((self.t("dlg.skipping"), "small_bold"),)
        if self.auto_on:
            return ((self.t("dlg.auto"), "small_bold"),)
        return None

    # -- commands -------------------------------------------------------------------

    def handle(self, command: Command) -> None:
        if self.hidden:
            if isinstance(command, Key | PointerDown | MiddleClick | Wheel):
                self.hidden = False  # any press brings the text back, and does no more
            return
        for overlay in self.overlays:
            if overlay.handle(command):
                return
        if isinstance(command, Key):
            self._key(command)
        elif isinstance(command, PointerMove):
            self._hover(command.pos)
        elif isinstance(command, PointerDown):
            self._click(command.pos)
        elif isinstance(command, MiddleClick):
            self.hidden = True
        elif isinstance(command, Wheel):
            if command.dy > 0:
                self.look_back()
            elif not self.choices_visible:
                self.forward()

    def _key(self, key: Key) -> None:
        name = key.name
        if key.repeat and name not in ("up", "down", "left", "right", "pageup", "pagedown"):
            return
        if name == "escape":
            self._pause()
        elif name == "h":
            self._open_history()
        elif name == "w":
            self._open_glossary()
        elif name == "v":
            self.hidden = True
        elif name == "backspace":
            self.undo()
        elif name in ("tab", "ctrl", "a") and self.solo:
            self._mode_key(name)
        elif name in ("f5", "f9"):
            self.quick_save() if name == "f5" else self.quick_load()
        elif is_digits(name):  # '²' is a digit to Python, not a choice number
            self._number(int(name))
        elif name in ("up", "down"):
            self._move_focus(-1 if name == "up" else 1)
        elif name in ("left", "pageup"):
            if name == "left" and self.choices_visible and self.reading.group > 0:
                self._page_choices(-1)
            else:
                self.look_back()
        elif name in ("right", "pagedown"):
            more = self.reading.group < len(self.layout.groups) - 1
            if name == "right" and self.choices_visible and more:
                self._page_choices(1)
            elif not self.choices_visible:
                self.forward()
        elif name in ("enter", "space"):
            self._confirm_key()

    def _mode_key(self, name: str) -> None:
        if name == "tab":
            self.skip_on = not self.skip_on and self.was_seen
            if not self.was_seen:
                self.fx.toast(self.t("dlg.skip_nothing"))
            self.auto_on = False
        elif name == "a":
            self.auto_on = not self.auto_on
            self.skip_on = False
        self._timer = SKIP_STEP if self.skipping else self._auto_wait()

    def _pause(self) -> None:
        from game.ui.screens.pause import PauseScreen

        self.skip_on = self.auto_on = False
        self.app.push(PauseScreen(self.app, self))

    def _number(self, number: int) -> None:
        if not self.choices_visible:
            self.forward()
            return
        for choice in self.view.choices:
            if choice.number == number and choice.available:
                self.choose(choice)
                return

    def _confirm_key(self) -> None:
        if not self.choices_visible:
            self.forward()
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
            self.forward()

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
        self.show_choice(self.reading.focus)

    def _page_choices(self, delta: int) -> None:
        group = self.reading.group + delta
        if self.choices_visible and 0 <= group < len(self.layout.groups):
            self.reading.group = group
            self.reading.focus = None

    def _open_history(self) -> None:
        from game.ui.screens.history import HistoryScreen

        self.app.push(HistoryScreen(self.app, self.play))

    def _open_glossary(self) -> None:
        from game.ui.screens.glossary import GlossaryScreen

        self.skip_on = self.auto_on = False
        self.app.push(GlossaryScreen(self.app, self.play.scenario, self.play.lang))

    # -- player actions ----------------------------------------------------------------

    def forward(self) -> None:
        """Go on: in the node in play (``go_on``), or back towards it while looking back."""
        if self.back == 0:
            self.go_on()
            return
        if self.reading.page < self.layout.last_page:
            self._show_page(self.reading.page + 1)
            return
        self.back -= 1
        self.relayout()
        self.reading = Reading()
        self._show_page(0)

    def look_back(self) -> None:
        """The page before; on a node's first page the node before it (Ren'Py's rollback):
        read again, or, when a choice led here, that choice taken back."""
        if self.reading.page > 0:
            self._show_page(self.reading.page - 1)
            return
        moments = self.moments()
        here = len(moments) - 1 - self.back
        if here <= 0:
            self.fx.toast(self.t("dlg.nothing_before"))
            return
        if moments[here].choice is not None:
            self.undo()
            return
        self.back += 1
        self.skip_on = self.auto_on = False
        self.relayout()
        self.reading = Reading()
        self._show_page(self.layout.last_page)

    def _show_page(self, page: int) -> None:
        self.reading.page = page
        self.reading.shown = float(self.page_letters())  # read before: shown at once
        self.reading.focus = None

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

            self.skip_on = self.auto_on = False
            self.app.push(EndingScreen(self.app, self.play))
        elif self.view.can_advance:
            self._after_step(self.play.advance())
        self._timer = SKIP_STEP if self.skipping else self._auto_wait()

    def choose(self, choice: ChoiceView) -> None:
        if choice.available and self.choices_visible:
            self._after_step(self.play.choose(choice.id), choice)

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
        self.skip_on = self.auto_on = False
        self._sync()
        if self.view.choices:  # back at the choice, whose text was read already
            self._show_page(self.layout.last_page)

    def _after_step(self, events: tuple[Event, ...], chosen: ChoiceView | None = None) -> None:
        changes = [c for c in net_changes(events) if c.meter in self._shown_meters()]
        texts = {c.meter: self.change_text(c) for c in changes}
        self.fx.changed(changes, texts)
        if any(isinstance(e, NodeEntered) and e.by_deadline for e in events):
            self.fx.toast(self.t("dlg.deadline"), life=4.0)
        if self.play.saves is not None and not self.play.last_save_ok:
            self.fx.toast(self.t("dlg.not_saved"), life=5.0)
        for overlay in self.overlays:
            overlay.on_events(events)
        self._sync()
        if chosen is not None and chosen.feedback and self.solo and self.app.settings.show_feedback:
            from game.ui.screens.feedback import FeedbackScreen

            self.skip_on = False
            shown = " · ".join(texts[c.meter] for c in changes if c.meter in texts)
            self.app.push(FeedbackScreen(self.app, self, chosen, shown))

    def quick_save(self) -> None:
        from game.ui.slots import QUICK

        ok = self.app.slots.write(QUICK, self.play.record())
        self.fx.toast(self.t("dlg.quick_saved" if ok else "dlg.quick_save_failed"))

    def quick_load(self) -> None:
        from game.ui.flow import confirm_load
        from game.ui.slots import QUICK

        if self.app.slots.read(QUICK) is None:
            self.fx.toast(self.t("dlg.no_quick_save"))
            return
        confirm_load(self.app, QUICK)

    def _shown_meters(self) -> set[str]:
        return {m.id for m in self.view.meters if not m.hidden}

    def change_text(self, change: Change) -> str:
        n, sign = abs(change.delta), "+" if change.delta > 0 else MINUS
        lang = self.play.lang
        if change.meter == WAIT:
            return t("fx.day" if n == 1 else "fx.days", lang, sign=sign, n=n)
        label = next((m.label for m in self.view.meters if m.id == change.meter), change.meter)
        if change.meter == SAFETY:
            return t("fx.safety", lang, sign=sign, n=n, label=safety_word(label, lang))
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

    def _auto_wait(self) -> float:
        return self.app.settings.auto_wait(self.page_letters()) if self.auto_on else 0.0

    def update(self, dt: float) -> bool:
        moving = False
        if not self.page_done:
            cps = self.app.settings.chars_per_second
            self.reading.shown = min(float(self.page_letters()), self.reading.shown + cps * dt)
            moving = True
        moving = self._read_on(dt) or moving
        moving = self.fx.update(dt) or moving
        for overlay in self.overlays:
            moving = overlay.update(dt) or moving
        return moving

    def _read_on(self, dt: float) -> bool:
        """Skipping (text read before) and reading on by itself stop at choices and endings."""
        skipping = self.skipping and self.was_seen
        if not (skipping or self.auto_on) or self.back or self.choices_visible:
            return False
        if self.view.ending is not None and self.on_last_page and self.page_done:
            return False
        if self.auto_on and not skipping and not self.page_done:
            return True  # the typewriter first; the pause starts when the page is shown
        self._timer -= dt
        if self._timer > 0:
            return True
        self.go_on()
        return True

    # -- drawing ---------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        from game.ui.screens.dialogue_draw import draw_dialogue, draw_picture_only

        if self.hidden:
            draw_picture_only(surface, self)
            return
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

    def drawn(self) -> list[Drawn]:
        """Every box drawn now, named, for the no-overlap tests (see ``game.ui.overlap``)."""
        from game.ui.overlap import dialogue_boxes

        return dialogue_boxes(self)


def _call(overlay: object, name: str, default: object, *args: object) -> object:
    """An overlay's optional hook (modes may leave it out)."""
    method = getattr(overlay, name, None)
    return method(*args) if callable(method) else default
