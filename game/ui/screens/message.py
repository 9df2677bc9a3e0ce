"""A question or notice over the current screen, with a few clear options."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.ui.commands import Command, Key
from game.ui.panel import ButtonSpec, MenuPanel, build_panel, draw_panel, draw_scrim
from game.ui.screens.base import Audit, Screen
from game.ui.widgets import Form


@dataclass(frozen=True, slots=True)
class Option:
    id: str
    label: str
    act: Callable[[], object]  # what it returns is not used


class MessageScreen(Screen):
    opaque = False

    def __init__(self, app, title: str, paragraphs: list[str], options: list[Option]) -> None:  # type: ignore[no-untyped-def]
        super().__init__(app)
        self.title = title
        self.paragraphs = paragraphs
        self.options = options
        self.panel: MenuPanel
        self.relayout()

    def relayout(self) -> None:
        focus = getattr(getattr(self, "panel", None), "form", None)
        paragraphs = [(self.paragraphs[0], "label")] if self.paragraphs else []
        paragraphs += [(p, "small") for p in self.paragraphs[1:]]
        buttons = [
            ButtonSpec(o.id, o.label, kind="primary" if i == 0 else "secondary")
            for i, o in enumerate(self.options)
        ]
        self.panel = build_panel(self.theme, self.title, paragraphs, buttons)
        if focus is not None:
            self.panel.form.focus = focus.focus

    @property
    def form(self) -> Form:
        return self.panel.form

    def handle(self, command: Command) -> None:
        if isinstance(command, Key) and command.name == "escape":
            self._act("back") if any(o.id == "back" for o in self.options) else self.app.pop()
            return
        action = self.form_action(self.panel.form, command)
        if action is not None and action.kind == "activate":
            self._act(action.id)

    def _act(self, option_id: str) -> None:
        for option in self.options:
            if option.id == option_id:
                option.act()
                return

    def draw(self, surface: pygame.Surface) -> None:
        draw_scrim(surface, self.theme)
        draw_panel(surface, self.panel, self.theme)

    def audit(self) -> Audit:
        return Audit(self.panel.boxes(self.theme), [item.rect for item in self.panel.form.items])
