"""Pause (Esc): resume, what was said, the glossary, save in a slot, load, the case's endings,
settings, to the title, or quit (after a question)."""

from __future__ import annotations

import pygame

from game.ui import draw
from game.ui.art.palette import GRID
from game.ui.commands import Command, Key
from game.ui.layout import HEIGHT, WIDTH
from game.ui.panel import draw_scrim
from game.ui.screens.base import Audit, Screen
from game.ui.widgets import Button, Form, TextBox, Widget, button_height, draw_form

Rect = pygame.Rect
PANEL_W = 800
PAD = 4 * GRID
GAP = 2 * GRID
PAIRS = (("history", "glossary"), ("save", "load"), ("endings", "settings"))


class PauseScreen(Screen):
    opaque = False

    def __init__(self, app, dialogue) -> None:  # type: ignore[no-untyped-def]
        super().__init__(app)
        self.dialogue = dialogue
        self.form = Form()
        self.blocks: list[TextBox] = []
        self.rect = Rect(0, 0, 0, 0)
        self.relayout()

    def relayout(self) -> None:
        """A heading, the note, then "resume" full width and pairs of buttons under it."""
        theme = self.theme
        focus = self.form.focus if self.form.items else 0
        inner = PANEL_W - 2 * PAD
        half = (inner - GAP) // 2
        heading = tuple(theme.wrap(self.t("pause.title"), "heading", inner))
        note = tuple(theme.wrap(self.t("pause.note"), "label", inner))
        rows: list[list[str]] = [
            ["resume"],
            *[list(pair) for pair in PAIRS],
            ["to_title", "quit"],
        ]
        heights = []
        for row in rows:
            width = inner if len(row) == 1 else half
            heights.append(max(button_height(theme, width, self.t(f"pause.{k}")) for k in row))
        text_h = len(heading) * theme.lh("heading") + GAP + len(note) * theme.lh("label") + GAP
        total = 2 * PAD + text_h + sum(heights) + GRID * (len(rows) - 1)
        self.rect = Rect((WIDTH - PANEL_W) // 2, max(GRID, (HEIGHT - total) // 2), PANEL_W, total)
        x, y = self.rect.x + PAD, self.rect.y + PAD
        self.blocks = [
            TextBox(Rect(x, y, inner, len(heading) * theme.lh("heading")), heading, "heading")
        ]
        y += self.blocks[0].rect.height + GAP
        self.blocks.append(TextBox(Rect(x, y, inner, len(note) * theme.lh("label")), note, "label"))
        y += self.blocks[1].rect.height + GAP
        items: list[Widget] = []
        for row, height in zip(rows, heights, strict=True):
            width = inner if len(row) == 1 else half
            for column, key in enumerate(row):
                kind = "primary" if key == "resume" else "secondary"
                rect = Rect(x + column * (half + GAP), y, width, height)
                items.append(Button(key, rect, self.t(f"pause.{key}"), kind=kind))
            y += height + GRID
        self.form = Form(items, focus=min(focus or 0, len(items) - 1))

    def handle(self, command: Command) -> None:
        if isinstance(command, Key) and command.name == "escape":
            if not command.repeat:
                self.app.pop()
            return
        action = self.form_action(self.form, command)
        if action is not None and action.kind == "activate":
            self.act(action.id)

    def act(self, action: str) -> None:
        from game.ui import flow

        play = self.dialogue.play
        if action == "resume":
            self.app.pop()
        elif action == "history":
            from game.ui.screens.history import HistoryScreen

            self.app.replace(HistoryScreen(self.app, play))
        elif action == "glossary":
            from game.ui.screens.glossary import GlossaryScreen

            self.app.replace(GlossaryScreen(self.app, play.scenario, play.lang))
        elif action == "endings":
            from game.ui.screens.endings import EndingsScreen

            self.app.push(EndingsScreen(self.app, play.scenario, play.file, play.lang))
        elif action in ("save", "load"):
            from game.ui.screens.slots import SlotsScreen

            self.app.push(SlotsScreen(self.app, self.dialogue, action))
        elif action == "settings":
            from game.ui.screens.settings import SettingsScreen

            self.app.push(SettingsScreen(self.app))
        elif action == "to_title":
            play.autosave()
            flow.show_title(self.app)
        elif action == "quit":
            flow.confirm_quit(self.app)

    def draw(self, surface: pygame.Surface) -> None:
        theme, pal = self.theme, self.theme.pal
        draw_scrim(surface, theme)
        draw.panel(surface, self.rect, theme)
        heading, note = self.blocks
        draw.lines(surface, theme, heading.lines, "heading", pal.ink, heading.rect.topleft)
        draw.lines(surface, theme, note.lines, "label", pal.ink_soft, note.rect.topleft)
        draw_form(surface, self.form, theme)

    def audit(self) -> Audit:
        return Audit(self.blocks + self.form.boxes(self.theme), [i.rect for i in self.form.items])
