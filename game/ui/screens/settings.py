"""Settings: text speed, text size, high contrast, the feedback after a choice, full
screen, language and how long a page stays when the game reads on by itself.

Every change is applied at once (the screen below re-measures behind the
veil) and written to the user's config folder.
"""

from __future__ import annotations

import pygame

from game.i18n import UI_LANGUAGES
from game.ui import draw
from game.ui.art.palette import GRID, RADIUS
from game.ui.commands import Command, Key
from game.ui.layout import HEIGHT, WIDTH
from game.ui.panel import draw_scrim
from game.ui.screens.base import Audit, Screen
from game.ui.settings import AUTO_DELAYS, TEXT_SIZES, TEXT_SPEEDS, Settings
from game.ui.widgets import (
    Button,
    Form,
    Switch,
    TextBox,
    Widget,
    button_height,
    draw_form,
    switch_height,
)

Rect = pygame.Rect
PANEL_W = 1040
PAD = 4 * GRID
GAP = 2 * GRID


class SettingsScreen(Screen):
    opaque = False

    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        super().__init__(app)
        self.form = Form()
        self.panel = Rect(0, 0, 0, 0)
        self.blocks: list[TextBox] = []
        self.relayout()
        self.form.focus = 0

    def _switches(self) -> list[tuple[str, str, list[tuple[str, str]], str]]:
        s = self.app.settings
        on_off = [("off", self.t("set.off")), ("on", self.t("set.on"))]
        return [
            (
                "text_speed",
                self.t("set.speed"),
                [(v, self.t(f"speed.{v}")) for v in TEXT_SPEEDS],
                s.text_speed,
            ),
            (
                "text_size",
                self.t("set.size"),
                [(str(v), self.t(f"size.{v}")) for v in TEXT_SIZES],
                str(s.text_size),
            ),
            ("high_contrast", self.t("set.contrast"), on_off, "on" if s.high_contrast else "off"),
            ("show_feedback", self.t("set.feedback"), on_off, "on" if s.show_feedback else "off"),
            ("fullscreen", self.t("set.fullscreen"), on_off, "on" if s.fullscreen else "off"),
            (
                "language",
                self.t("set.language"),
                [(v, self.t(f"lang.{v}")) for v in UI_LANGUAGES],
                s.language,
            ),
            (
                "auto_delay",
                self.t("set.auto"),
                [(v, self.t(f"auto.{v}")) for v in AUTO_DELAYS],
                s.auto_delay,
            ),
        ]

    def relayout(self) -> None:
        """The text speed across the panel (four options need the width), then two columns."""
        theme = self.theme
        focus = self.form.focus
        inner = PANEL_W - 2 * PAD
        col = (inner - 2 * GAP) // 2
        specs = self._switches()
        wide, left, right = specs[0], specs[1:4], specs[4:]

        def height(spec: tuple[str, str, list[tuple[str, str]], str], width: int) -> int:
            return switch_height(theme, width, spec[1], [o[1] for o in spec[2]])

        heading = tuple(theme.wrap(self.t("set.title"), "heading", inner))
        preview = tuple(theme.wrap(self.t("set.preview"), "body", inner - 2 * GAP))
        done_w = max(20 * GRID, theme.width(self.t("set.done"), "label_bold") + 6 * GRID)
        done_h = button_height(theme, done_w, self.t("set.done"))
        notes_w = inner - done_w - GAP
        where = tuple(
            theme.wrap(self.t("set.where", path=self.app.dirs.settings_file), "small", notes_w)
        )
        hint = tuple(theme.wrap(self.t("set.hint"), "small", notes_w))
        wide_h = height(wide, inner)
        left_h = sum(height(sp, col) for sp in left) + GAP * (len(left) - 1)
        right_h = sum(height(sp, col) for sp in right) + GAP * (len(right) - 1)
        preview_h = len(preview) * theme.lh("body") + 2 * GAP
        notes_h = (len(where) + len(hint)) * theme.lh("small")
        gap = GAP if theme.step < 2 else GRID + GRID // 2
        total = (
            2 * PAD
            + len(heading) * theme.lh("heading")
            + gap
            + wide_h
            + gap
            + max(left_h, right_h)
            + gap
            + preview_h
            + gap
            + max(notes_h, done_h)
        )
        self.panel = Rect((WIDTH - PANEL_W) // 2, max(GRID, (HEIGHT - total) // 2), PANEL_W, total)
        x, y = self.panel.x + PAD, self.panel.y + PAD
        self.blocks = [
            TextBox(Rect(x, y, inner, len(heading) * theme.lh("heading")), heading, "heading")
        ]
        y += len(heading) * theme.lh("heading") + gap
        items: list[Widget] = [
            Switch(wide[0], Rect(x, y, inner, wide_h), wide[1], wide[2], wide[3])
        ]
        y += wide_h + gap
        for column, chunk in ((0, left), (1, right)):
            cy = y
            for key, label, options, value in chunk:
                h = switch_height(theme, col, label, [o[1] for o in options])
                rect = Rect(x + column * (col + 2 * GAP), cy, col, h)
                items.append(Switch(key, rect, label, options, value))
                cy += h + GAP
        y += max(left_h, right_h) + gap
        self.preview_rect = Rect(x, y, inner, preview_h)
        self.blocks.append(TextBox(self.preview_rect.inflate(-2 * GAP, -2 * GAP), preview, "body"))
        y += preview_h + gap
        notes = Rect(x, y, notes_w, notes_h)
        self.blocks.append(TextBox(notes, where + hint, "small"))
        done = Button(
            "done",
            Rect(self.panel.right - PAD - done_w, y, done_w, done_h),
            self.t("set.done"),
            kind="primary",
        )
        items.append(done)
        self.form = Form(items, focus)

    def handle(self, command: Command) -> None:
        if isinstance(command, Key) and command.name == "escape":
            self.app.pop()
            return
        action = self.form_action(self.form, command)
        if action is None:
            return
        if action.kind == "activate" and action.id == "done":
            self.app.pop()
        elif action.kind == "change":
            self.app.apply(changed(self.app.settings, action.id, action.value))

    def draw(self, surface: pygame.Surface) -> None:
        theme, pal = self.theme, self.theme.pal
        draw_scrim(surface, theme)
        draw.panel(surface, self.panel, theme)
        pygame.draw.rect(surface, pal.paper, self.preview_rect, border_radius=RADIUS)
        heading, preview, notes = self.blocks
        draw.lines(surface, theme, heading.lines, "heading", pal.ink, heading.rect.topleft)
        draw.lines(surface, theme, preview.lines, "body", pal.ink, preview.rect.topleft)
        draw.lines(surface, theme, notes.lines, "small", pal.ink_soft, notes.rect.topleft)
        draw_form(surface, self.form, theme)

    def audit(self) -> Audit:
        return Audit(
            self.blocks + self.form.boxes(self.theme), [item.rect for item in self.form.items]
        )


def changed(settings: Settings, key: str, value: str) -> Settings:
    """The settings with one switch moved (values arrive as the switch's strings)."""
    if key == "text_size":
        return settings.with_(text_size=int(value))
    if key in ("high_contrast", "fullscreen", "show_feedback"):
        return settings.with_(**{key: value == "on"})
    return settings.with_(**{key: value})
