"""History (H): everything said so far, newest at the bottom, in the game's language."""

from __future__ import annotations

import pygame

from game.ui import draw
from game.ui.art.palette import GRID
from game.ui.commands import Command, Key, PointerDown, Wheel
from game.ui.layout import HEIGHT, WIDTH
from game.ui.panel import draw_scrim
from game.ui.playthrough import Playthrough
from game.ui.replay import transcript, walk
from game.ui.screens.base import Audit, Screen
from game.ui.scroll import Row, ScrollView, draw_scroll, scroll_key, wrap_rows
from game.ui.widgets import Button, Form, TextBox, button_height, draw_form

Rect = pygame.Rect
PANEL = Rect(12 * GRID, 3 * GRID, WIDTH - 24 * GRID, HEIGHT - 6 * GRID)
PAD = 4 * GRID
INDENT = 3 * GRID


class HistoryScreen(Screen):
    opaque = False

    def __init__(self, app, play: Playthrough) -> None:  # type: ignore[no-untyped-def]
        super().__init__(app)
        self.play = play
        self.view = ScrollView([], Rect(0, 0, 0, 0))
        self.form = Form()
        self.heading: TextBox
        self.hint: TextBox
        self.relayout()

    def relayout(self) -> None:
        theme = self.theme
        inner = PANEL.inflate(-2 * PAD, -2 * PAD)
        heading = tuple(theme.wrap(self.t("hist.title"), "heading", inner.width))
        self.heading = TextBox(
            Rect(inner.x, inner.y, inner.width, len(heading) * theme.lh("heading")),
            heading,
            "heading",
        )
        close = self.t("hist.close")
        close_w = min(inner.width // 2, theme.width(close, "label_bold") + 6 * GRID)
        close_h = button_height(theme, close_w, close)
        button = Button(
            "close",
            Rect(inner.right - close_w, inner.bottom - close_h, close_w, close_h),
            close,
            kind="primary",
        )
        hint = tuple(theme.wrap(self.t("hist.hint"), "small", inner.width - close_w - 2 * GRID))
        self.hint = TextBox(
            Rect(
                inner.x,
                inner.bottom - len(hint) * theme.lh("small"),
                inner.width - close_w - 2 * GRID,
                len(hint) * theme.lh("small"),
            ),
            hint,
            "small",
        )
        top = self.heading.rect.bottom + 2 * GRID
        bottom = min(button.rect.y, self.hint.rect.y) - 2 * GRID
        area = Rect(inner.x, top, inner.width - 4 * GRID, bottom - top)
        self.view = ScrollView(self._rows(area.width), area)
        self.view.to_end(theme)
        self.form = Form([button], focus=0)

    def _rows(self, width: int) -> list[Row]:
        theme, lang = self.theme, self.play.lang
        rows: list[Row] = []
        for said in transcript(
            self.play.engine, walk(self.play.engine, self.play.session.state), lang
        ):
            gap = 2 * GRID if rows else 0
            if said.kind == "choice":
                rows += wrap_rows(
                    theme, self.t("hist.you"), "label_bold", width, "accent", space_before=gap
                )
                rows += wrap_rows(theme, said.text, "body", width, "accent", INDENT)
                continue
            who = said.speaker or self.t("hist.narration")
            if said.title:
                who = f"{who} · {said.title}"
            rows += wrap_rows(theme, who, "label_bold", width, "ink_soft", space_before=gap)
            role = "body" if said.speaker else "body_italic"
            rows += wrap_rows(theme, said.text, role, width, "ink", INDENT)
        return rows

    def handle(self, command: Command) -> None:
        if isinstance(command, Key):
            if command.name in ("escape", "h", "enter", "space", "backspace"):
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
