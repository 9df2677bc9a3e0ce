"""What every screen has: commands in, a time step, and a drawing that only reads.

``draw`` never changes a screen's state (caches of rendered text aside, which
are pure memoisation). ``audit`` lists every text box and clickable rectangle
so the layout tests can prove that nothing is clipped and nothing overlaps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pygame

from game.ui.commands import Command, PointerMove
from game.ui.strings import t
from game.ui.theme import Theme
from game.ui.widgets import Action, Form, TextBox

if TYPE_CHECKING:
    from game.ui.app import App


@dataclass
class Audit:
    """What a screen shows, for tests: text boxes, and rectangles the player can click."""

    boxes: list[TextBox] = field(default_factory=list)
    clickables: list[pygame.Rect] = field(default_factory=list)
    area: pygame.Rect | None = None  # everything must lie inside this (default: the screen)


class Screen:
    opaque = True  # False: the screen below shows through (pause, settings, history)

    def __init__(self, app: App) -> None:
        self.app = app

    @property
    def theme(self) -> Theme:
        return self.app.theme

    @property
    def lang(self) -> str:
        return self.app.settings.language

    def t(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def handle(self, command: Command) -> None:
        """React to one command."""

    def form_action(self, form: Form, command: Command) -> Action | None:
        """Hand ``command`` to ``form``; redraw when the pointer moved the focus (hover)."""
        before = form.focus
        action = form.handle(command, self.theme)
        if isinstance(command, PointerMove) and before != form.focus:
            self.app.invalidate()
        return action

    def update(self, dt: float) -> bool:
        """Advance animations by ``dt`` seconds; True while something still moves."""
        return False

    def draw(self, surface: pygame.Surface) -> None:
        """Draw the current state. Must not change it."""

    def relayout(self) -> None:
        """The theme or language changed: measure again."""

    def revealed(self) -> None:
        """This screen is on top again (the one above it closed)."""

    def wants_text(self) -> bool:
        """True while typed text (SDL's text input) is needed: a text field has the focus."""
        return False

    def audit(self) -> Audit:
        return Audit()
