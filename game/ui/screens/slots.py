"""Save slots (from the pause menu): three slots for any game, and the quick save (F5/F9).

Saving over a filled slot and loading ask first. A slot that cannot be read
says so and is left alone (the player may set it aside, as with the autosave).
"""

from __future__ import annotations

import pygame

from game.ui.commands import Command, Key
from game.ui.panel import ButtonSpec, MenuPanel, build_panel, draw_panel, draw_scrim
from game.ui.saves import SaveProblem, SaveRecord
from game.ui.screens.base import Audit, Screen
from game.ui.slots import QUICK, SLOTS


class SlotsScreen(Screen):
    opaque = False

    def __init__(self, app, dialogue, mode: str) -> None:  # type: ignore[no-untyped-def]
        super().__init__(app)
        self.dialogue = dialogue
        self.mode = mode  # "save" or "load"
        self.panel: MenuPanel
        self.relayout()

    @property
    def form(self):  # type: ignore[no-untyped-def]
        return self.panel.form

    def slots(self) -> tuple[str, ...]:
        return SLOTS if self.mode == "save" else (*SLOTS, QUICK)

    def describe(self, slot: str) -> str:
        from game.ui.flow import describe_save

        item = self.app.slots.read(slot)
        if item is None:
            return self.t("slots.empty")
        if isinstance(item, SaveProblem):
            return self.t("slots.broken")
        return describe_save(item, self.lang)

    def relayout(self) -> None:
        focus = self.panel.form.focus if hasattr(self, "panel") else 0
        buttons = [
            ButtonSpec(
                slot,
                self.t(f"slots.{slot}" if slot == QUICK else "slots.slot", n=slot),
                self.describe(slot),
            )
            for slot in self.slots()
        ]
        buttons.append(ButtonSpec("back", self.t("save.back"), kind="primary"))
        heading = self.t("slots.save_title" if self.mode == "save" else "slots.load_title")
        self.panel = build_panel(
            self.theme, heading, [(self.t(f"slots.{self.mode}_note"), "label")], buttons
        )
        for item in self.panel.form.items:
            if self.mode == "load" and item.id != "back":
                item.enabled = self.app.slots.read(item.id) is not None  # type: ignore[union-attr]
        self.panel.form.focus = focus
        if focus is not None and not self.panel.form.focusable(focus):
            self.panel.form.move(1)

    def handle(self, command: Command) -> None:
        if isinstance(command, Key) and command.name == "escape":
            if not command.repeat:
                self.app.pop()
            return
        action = self.form_action(self.panel.form, command)
        if action is not None and action.kind == "activate":
            self.act(action.id)

    def act(self, slot: str) -> None:
        if slot == "back":
            self.app.pop()
        elif self.mode == "load":
            from game.ui.flow import confirm_load

            confirm_load(self.app, slot)
        elif isinstance(self.app.slots.read(slot), SaveRecord | SaveProblem):
            self._ask_overwrite(slot)
        else:
            self.save(slot)

    def _ask_overwrite(self, slot: str) -> None:
        from game.ui.screens.message import MessageScreen, Option

        def yes() -> None:
            self.app.pop()
            self.save(slot)

        self.app.push(
            MessageScreen(
                self.app,
                self.t("slots.overwrite_title", n=slot),
                [self.t("slots.overwrite_body"), self.describe(slot)],
                [
                    Option("yes", self.t("slots.overwrite_yes"), yes),
                    Option("back", self.t("save.back"), self.app.pop),
                ],
            )
        )

    def save(self, slot: str) -> None:
        ok = self.app.slots.write(slot, self.dialogue.play.record())
        self.relayout()
        note = self.t("slots.saved", n=slot) if ok else self.t("dlg.quick_save_failed")
        self.dialogue.fx.toast(note)
        from game.ui.screens.dialogue import DialogueScreen

        self.app.pop_to(self.dialogue) if isinstance(self.dialogue, DialogueScreen) else None

    def draw(self, surface: pygame.Surface) -> None:
        draw_scrim(surface, self.theme)
        draw_panel(surface, self.panel, self.theme)

    def audit(self) -> Audit:
        return Audit(self.panel.boxes(self.theme), [i.rect for i in self.panel.form.items])
