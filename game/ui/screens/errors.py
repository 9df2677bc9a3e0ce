"""A scenario with errors: its diagnostics on a screen, never a crash.

Shown when a broken scenario is started or continued, and during live reload
when the saved file has errors (then the game waits and reloads by itself
as soon as the file is fixed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.scenario.loader import LoadResult
from game.ui import draw
from game.ui.art.palette import GRID, MARGIN
from game.ui.commands import Command, Key, Wheel
from game.ui.layout import HEIGHT, WIDTH
from game.ui.screens.base import Audit, Screen
from game.ui.scroll import Row, ScrollView, draw_scroll, scroll_key, wrap_rows
from game.ui.widgets import Button, Form, TextBox, Widget, button_height, draw_form

if TYPE_CHECKING:
    from game.ui.app import App

Rect = pygame.Rect
PANEL = Rect(MARGIN, MARGIN, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN)
PAD = 4 * GRID


class ErrorScreen(Screen):
    def __init__(
        self,
        app: App,
        result: LoadResult,
        retry: Callable[[], None] | None = None,
        live: bool = False,
    ) -> None:
        super().__init__(app)
        self.result = result
        self.retry = retry
        self.live = live
        self.form = Form()
        self.blocks: list[TextBox] = []
        self.view = ScrollView([], Rect(0, 0, 0, 0))
        self.relayout()

    def show(self, result: LoadResult) -> None:
        """A newer version of the file, still broken."""
        self.result = result
        self.relayout()
        self.app.invalidate()

    def relayout(self) -> None:
        theme = self.theme
        inner = PANEL.inflate(-2 * PAD, -2 * PAD)
        y = inner.y
        self.blocks = []
        errors = sum(1 for d in self.result.diagnostics if d.is_error)
        texts = [
            (self.t("err.title"), "heading", "bad"),
            (self.t("err.live" if self.live else "err.intro"), "label", "ink"),
            (self.t("err.english"), "small", "ink_soft"),
            (
                f"{self.result.file}  ·  {self._count(errors, 'err.errors')}  ·  "
                + self._count(len(self.result.diagnostics) - errors, "err.warnings"),
                "small",
                "ink_soft",
            ),
        ]
        self.tones = []
        for text, role, tone in texts:
            lines = tuple(theme.wrap(text, role, inner.width))
            self.blocks.append(
                TextBox(Rect(inner.x, y, inner.width, len(lines) * theme.lh(role)), lines, role)
            )
            self.tones.append(tone)
            y += len(lines) * theme.lh(role) + GRID
        self.form = self._buttons(inner)
        bottom = min(item.rect.y for item in self.form.items) - 2 * GRID
        area = Rect(inner.x, y + GRID, inner.width - 4 * GRID, bottom - y - GRID)
        self.view = ScrollView(self._rows(area.width), area)

    def _count(self, n: int, key: str) -> str:
        return self.t(f"{key}_one") if n == 1 else self.t(key, n=n)

    def _buttons(self, inner: Rect) -> Form:
        theme = self.theme
        specs = [("reload", self.t("err.reload"), "primary")]
        specs.append(
            ("title", self.t("err.to_title"), "secondary")
            if self.live
            else ("back", self.t("err.back"), "secondary")
        )
        widths = [
            max(20 * GRID, theme.width(label, "label_bold") + 6 * GRID) for _, label, _ in specs
        ]
        height = max(
            button_height(theme, w, label) for w, (_, label, _) in zip(widths, specs, strict=True)
        )
        x = inner.right
        items: list[Widget] = []
        for (key, label, kind), width in reversed(list(zip(specs, widths, strict=True))):
            x -= width
            items.insert(
                0, Button(key, Rect(x, inner.bottom - height, width, height), label, kind=kind)
            )
            x -= 2 * GRID
        return Form(items, focus=0)

    def _rows(self, width: int) -> list[Row]:
        theme = self.theme
        rows: list[Row] = []
        for diagnostic in self.result.diagnostics:
            severity = self.t("err.error" if diagnostic.is_error else "err.warning")
            where = self.t("err.where", line=diagnostic.line, column=diagnostic.column)
            head = f"{severity} · {where} · {diagnostic.code}"
            tone = "bad" if diagnostic.is_error else "mixed"
            rows += wrap_rows(
                theme, head, "label_bold", width, tone, space_before=2 * GRID if rows else 0
            )
            rows += wrap_rows(theme, diagnostic.message, "label", width, "ink", 3 * GRID)
        return rows

    def handle(self, command: Command) -> None:
        if isinstance(command, Key):
            if command.name == "escape":
                self._act("title" if self.live else "back")
                return
            if scroll_key(self.view, self.theme, command.name):
                return
            if command.name in ("left", "right"):
                self.form.move(-1 if command.name == "left" else 1)
                return
        if isinstance(command, Wheel):
            self.view.scroll(self.theme, -3 * command.dy)
            return
        action = self.form_action(self.form, command)
        if action is not None and action.kind == "activate":
            self._act(action.id)

    def _act(self, action: str) -> None:
        from game.ui import flow

        if action == "reload":
            if self.live and self.app.play is not None:
                flow.reload_play(self.app, self.app.play)
            elif self.retry is not None:
                self.retry()
        elif action == "title":
            flow.show_title(self.app)
        else:
            self.app.pop()

    def draw(self, surface: pygame.Surface) -> None:
        theme, pal = self.theme, self.theme.pal
        surface.fill(pal.paper)
        draw.panel(surface, PANEL, theme)
        for box, tone in zip(self.blocks, self.tones, strict=True):
            draw.lines(surface, theme, box.lines, box.role, getattr(pal, tone), box.rect.topleft)
        draw_scroll(surface, self.view, theme)
        draw_form(surface, self.form, theme)

    def audit(self) -> Audit:
        return Audit(
            [*self.blocks, *self.view.boxes(self.theme), *self.form.boxes(self.theme)],
            [item.rect for item in self.form.items],
        )
