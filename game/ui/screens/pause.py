"""Pause (Esc): resume, what was said, settings, or save and go to the title."""

from __future__ import annotations

import pygame

from game.ui.commands import Command, Key
from game.ui.panel import ButtonSpec, MenuPanel, build_panel, draw_panel, draw_scrim
from game.ui.screens.base import Audit, Screen
from game.ui.widgets import Form


class PauseScreen(Screen):
    opaque = False

    def __init__(self, app, dialogue) -> None:  # type: ignore[no-untyped-def]
        super().__init__(app)
        self.dialogue = dialogue
        self.panel: MenuPanel
        self.relayout()

    def relayout(self) -> None:
        old = getattr(self, "panel", None)
        buttons = [
            ButtonSpec("resume", self.t("pause.resume"), kind="primary"),
            ButtonSpec("history", self.t("pause.history")),
            ButtonSpec("settings", self.t("pause.settings")),
            ButtonSpec("save_quit", self.t("pause.save_quit")),
        ]
        self.panel = build_panel(
            self.theme, self.t("pause.title"), [(self.t("pause.note"), "label")], buttons, width=560
        )
        if old is not None:
            self.panel.form.focus = old.form.focus

    @property
    def form(self) -> Form:
        return self.panel.form

    def handle(self, command: Command) -> None:
        if isinstance(command, Key) and command.name == "escape":
            self.app.pop()
            return
        action = self.form_action(self.panel.form, command)
        if action is not None and action.kind == "activate":
            self.act(action.id)

    def act(self, action: str) -> None:
        if action == "resume":
            self.app.pop()
        elif action == "history":
            from game.ui.screens.history import HistoryScreen

            self.app.replace(HistoryScreen(self.app, self.dialogue.play))
        elif action == "settings":
            from game.ui.screens.settings import SettingsScreen

            self.app.push(SettingsScreen(self.app))
        elif action == "save_quit":
            from game.ui.flow import show_title

            self.dialogue.play.autosave()
            show_title(self.app)

    def draw(self, surface: pygame.Surface) -> None:
        draw_scrim(surface, self.theme)
        draw_panel(surface, self.panel, self.theme)

    def audit(self) -> Audit:
        return Audit(self.panel.boxes(self.theme), [i.rect for i in self.panel.form.items])
