"""After a choice, playing alone: what it did (the case's ``feedback`` for that choice).

A short panel over the conversation; one key (or a click) closes it and the
next text starts. Backspace closes it and takes the choice back. The setting
"Uitleg na een keuze" turns it off. (With a facilitator the room sees the
facilitator's own feedback panel instead, see game/ui/facilitator.py.)
"""

from __future__ import annotations

import pygame

from game.engine.view import ChoiceView
from game.ui.commands import Command, Key, PointerDown
from game.ui.panel import ButtonSpec, MenuPanel, build_panel, draw_panel, draw_scrim
from game.ui.screens.base import Audit, Screen


class FeedbackScreen(Screen):
    opaque = False

    def __init__(self, app, dialogue, choice: ChoiceView, changes: str) -> None:  # type: ignore[no-untyped-def]
        super().__init__(app)
        self.dialogue = dialogue
        self.choice = choice
        self.changes = changes
        self.panel: MenuPanel
        self.relayout()

    def relayout(self) -> None:
        paragraphs = [
            (self.t("fb.you_said", choice=self.choice.text), "small"),
            (self.choice.feedback or "", "label"),
            (self.changes, "label_bold"),
            (self.t("fb.note"), "small"),
        ]
        self.panel = build_panel(
            self.theme,
            self.t("fb.title"),
            [(text, role) for text, role in paragraphs if text],
            [ButtonSpec("close", self.t("fb.close"), kind="primary")],
            width=800,
        )

    def handle(self, command: Command) -> None:
        if isinstance(command, Key):
            if command.repeat or command.name in ("f11", "ctrl"):
                return
            self.app.pop()
            if command.name == "backspace":
                self.dialogue.undo()
        elif isinstance(command, PointerDown):
            self.app.pop()

    def draw(self, surface: pygame.Surface) -> None:
        draw_scrim(surface, self.theme)
        draw_panel(surface, self.panel, self.theme)

    def audit(self) -> Audit:
        return Audit(self.panel.boxes(self.theme), [i.rect for i in self.panel.form.items])
