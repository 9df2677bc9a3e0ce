"""A panel over the game to read in and scroll: a heading, rows of text, a hint and one
button back. What was said (H) and the glossary (W) are both one of these."""

from __future__ import annotations

import pygame

from game.ui import draw
from game.ui.art.palette import GRID
from game.ui.commands import Command, Key, PointerDown, Wheel
from game.ui.layout import HEIGHT, WIDTH
from game.ui.panel import draw_scrim
from game.ui.screens.base import Audit, Screen
from game.ui.scroll import Row, ScrollView, draw_scroll, scroll_key
from game.ui.widgets import Button, Form, TextBox, button_height, draw_form

Rect = pygame.Rect
PANEL = Rect(12 * GRID, 3 * GRID, WIDTH - 24 * GRID, HEIGHT - 6 * GRID)
PAD = 4 * GRID
INDENT = 3 * GRID


class ReadingScreen(Screen):
    opaque = False
    # Keys that close the panel besides Escape, Enter, Space and Backspace: the key
    # that opened it, so one key opens and closes it.
    own_key = ""
    start_at_end = False  # True: open at the newest row (what was said)

    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        super().__init__(app)
        self.view = ScrollView([], Rect(0, 0, 0, 0))
        self.form = Form()
        self.heading: TextBox
        self.hint: TextBox
        self.relayout()

    # -- what a subclass says --------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def hint_text(self) -> str:
        raise NotImplementedError

    def close_label(self) -> str:
        raise NotImplementedError

    def rows(self, width: int) -> list[Row]:
        raise NotImplementedError

    # -- layout --------------------------------------------------------------------------

    def relayout(self) -> None:
        theme = self.theme
        inner = PANEL.inflate(-2 * PAD, -2 * PAD)
        heading = tuple(theme.wrap(self.title(), "heading", inner.width))
        self.heading = TextBox(
            Rect(inner.x, inner.y, inner.width, len(heading) * theme.lh("heading")),
            heading,
            "heading",
        )
        close = self.close_label()
        close_w = min(inner.width // 2, theme.width(close, "label_bold") + 6 * GRID)
        close_h = button_height(theme, close_w, close)
        button = Button(
            "close",
            Rect(inner.right - close_w, inner.bottom - close_h, close_w, close_h),
            close,
            kind="primary",
        )
        hint_w = inner.width - close_w - 2 * GRID
        hint = tuple(theme.wrap(self.hint_text(), "small", hint_w))
        hint_h = len(hint) * theme.lh("small")
        self.hint = TextBox(Rect(inner.x, inner.bottom - hint_h, hint_w, hint_h), hint, "small")
        top = self.heading.rect.bottom + 2 * GRID
        bottom = min(button.rect.y, self.hint.rect.y) - 2 * GRID
        area = Rect(inner.x, top, inner.width - 4 * GRID, bottom - top)
        self.view = ScrollView(self.rows(area.width), area)
        if self.start_at_end:
            self.view.to_end(theme)
        self.form = Form([button], focus=0)

    # -- commands ------------------------------------------------------------------------

    def handle(self, command: Command) -> None:
        if isinstance(command, Key):
            if command.name in ("escape", "enter", "space", "backspace", self.own_key):
                if not command.repeat:
                    self.app.pop()
            else:
                scroll_key(self.view, self.theme, command.name)
        elif isinstance(command, Wheel):
            self.view.scroll(self.theme, -3 * command.dy)
        elif isinstance(command, PointerDown):
            action = self.form.handle(command, self.theme)
            if action is not None:
                self.app.pop()

    def draw(self, surface: pygame.Surface) -> None:
        theme, pal = self.theme, self.theme.pal
        draw_scrim(surface, theme)
        draw.panel(surface, PANEL, theme)
        draw.lines(
            surface, theme, self.heading.lines, "heading", pal.ink, self.heading.rect.topleft
        )
        draw_scroll(surface, self.view, theme)
        draw.lines(surface, theme, self.hint.lines, "small", pal.ink_soft, self.hint.rect.topleft)
        draw_form(surface, self.form, theme)

    def audit(self) -> Audit:
        boxes = [
            self.heading,
            self.hint,
            *self.view.boxes(self.theme),
            *self.form.boxes(self.theme),
        ]
        return Audit(boxes, [item.rect for item in self.form.items])
