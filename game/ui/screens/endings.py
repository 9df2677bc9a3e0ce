"""The endings of one case: the ones you found, with their outcome, and the rest as "?".

Opened with E on the title screen (for the chosen case), from the pause menu
and from the ending screen. What was found is kept per case in the player's
data folder (game/ui/progress.py).
"""

from __future__ import annotations

from pathlib import Path

import pygame

from game.engine.model import Scenario
from game.i18n import SHARED, tr
from game.ui import draw
from game.ui.art.palette import GRID
from game.ui.casekey import case_key
from game.ui.commands import Command, Key, PointerDown, Wheel
from game.ui.layout import HEIGHT, WIDTH
from game.ui.panel import draw_scrim
from game.ui.screens.base import Audit, Screen
from game.ui.scroll import Row, ScrollView, draw_scroll, scroll_key, wrap_rows
from game.ui.widgets import Button, Form, TextBox, button_height, draw_form

Rect = pygame.Rect
PANEL = Rect(12 * GRID, 3 * GRID, WIDTH - 24 * GRID, HEIGHT - 6 * GRID)
PAD = 4 * GRID


def ending_nodes(scenario: Scenario) -> list[str]:
    """The ids of the case's ending nodes, in the order the file has them."""
    return [node.id for node in scenario.nodes.values() if node.ending is not None]


class EndingsScreen(Screen):
    opaque = False

    def __init__(self, app, scenario: Scenario, path: Path, lang: str | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(app)
        self.scenario = scenario
        self.path = path
        self.story_lang = lang
        self.view = ScrollView([], Rect(0, 0, 0, 0))
        self.form = Form()
        self.blocks: list[TextBox] = []
        self.relayout()

    @property
    def case_lang(self) -> str:
        wanted = self.story_lang or self.lang
        return wanted if wanted in self.scenario.languages else self.scenario.default_language

    def found(self) -> set[str]:
        return self.app.progress.get(case_key(self.scenario.id, self.path)).endings

    def relayout(self) -> None:
        theme, lang = self.theme, self.case_lang
        inner = PANEL.inflate(-2 * PAD, -2 * PAD)
        ends = ending_nodes(self.scenario)
        found = self.found() & set(ends)
        texts = [
            (self.t("ends.title", case=self.scenario.title.render(lang)), "heading"),
            (self.t("ends.count", found=len(found), total=len(ends)), "label"),
        ]
        self.blocks, y = [], inner.y
        for text, role in texts:
            lines = tuple(theme.wrap(text, role, inner.width))
            self.blocks.append(
                TextBox(Rect(inner.x, y, inner.width, len(lines) * theme.lh(role)), lines, role)
            )
            y += len(lines) * theme.lh(role) + GRID
        close = self.t("ends.close")
        close_w = min(inner.width // 2, theme.width(close, "label_bold") + 6 * GRID)
        close_h = button_height(theme, close_w, close)
        button = Button(
            "close",
            Rect(inner.right - close_w, inner.bottom - close_h, close_w, close_h),
            close,
            kind="primary",
        )
        self.form = Form([button], focus=0)
        area = Rect(inner.x, y + GRID, inner.width - 4 * GRID, button.rect.y - 2 * GRID - y - GRID)
        self.view = ScrollView(self._rows(ends, found, area.width), area)

    def _rows(self, ends: list[str], found: set[str], width: int) -> list[Row]:
        theme, lang = self.theme, self.case_lang
        rows: list[Row] = []
        for number, node_id in enumerate(ends, start=1):
            gap = 2 * GRID if rows else 0
            ending = self.scenario.nodes[node_id].ending
            assert ending is not None
            if node_id not in found:
                rows += wrap_rows(theme, f"{number}.  ?", "label_bold", width, "ink_soft", 0, gap)
                rows += wrap_rows(
                    theme, self.t("ends.not_yet"), "small", width, "ink_soft", 4 * GRID
                )
                continue
            title = ending.title.render(lang)
            rows += wrap_rows(theme, f"{number}.  {title}", "label_bold", width, "ink", 0, gap)
            outcome = tr(SHARED, f"outcome.{ending.outcome}", self.lang)
            reach = tr(SHARED, f"breakthrough.{ending.breakthrough}", self.lang)
            tone = {"good": "good", "mixed": "mixed", "bad": "bad"}.get(ending.outcome, "ink")
            line = self.t("ends.outcome", outcome=outcome, breakthrough=reach)
            rows += wrap_rows(theme, line, "small_bold", width, tone, 4 * GRID)
        return rows

    def handle(self, command: Command) -> None:
        if isinstance(command, Key):
            if command.name in ("escape", "enter", "space", "e", "backspace"):
                if not command.repeat:
                    self.app.pop()
            else:
                scroll_key(self.view, self.theme, command.name)
        elif isinstance(command, Wheel):
            self.view.scroll(self.theme, -3 * command.dy)
        elif isinstance(command, PointerDown) and self.form.handle(command, self.theme):
            self.app.pop()

    def draw(self, surface: pygame.Surface) -> None:
        theme, pal = self.theme, self.theme.pal
        draw_scrim(surface, theme)
        draw.panel(surface, PANEL, theme)
        heading, count = self.blocks
        draw.lines(surface, theme, heading.lines, "heading", pal.ink, heading.rect.topleft)
        draw.lines(surface, theme, count.lines, "label", pal.ink_soft, count.rect.topleft)
        draw_scroll(surface, self.view, theme)
        draw_form(surface, self.form, theme)

    def audit(self) -> Audit:
        return Audit(
            [*self.blocks, *self.view.boxes(self.theme), *self.form.boxes(self.theme)],
            [item.rect for item in self.form.items],
        )
