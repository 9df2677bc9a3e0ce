"""The title screen: choose a case, type your name, pick language and mode, then
start, continue a saved game, open the settings or quit.
"""

from __future__ import annotations

import contextlib

import pygame

from game.i18n import UI_LANGUAGES
from game.ui import draw, scenery
from game.ui.art.palette import GRID, MARGIN, RADIUS, SCREEN_SIZE
from game.ui.catalog import Catalog, Entry
from game.ui.commands import WAKE_EVENT, Command, Key, PointerMove, Wake
from game.ui.fx import Fx
from game.ui.layout import HEIGHT, WIDTH, group_choices
from game.ui.saves import SaveProblem, SaveRecord
from game.ui.screens.base import Audit, Screen
from game.ui.screens.dialogue_draw import draw_toasts
from game.ui.settings import MODES
from game.ui.widgets import (
    Button,
    Form,
    Switch,
    TextBox,
    TextField,
    button_height,
    draw_form,
    field_height,
    switch_height,
)

Rect = pygame.Rect
LEFT_W = 90 * GRID  # 720
RIGHT_X = MARGIN + LEFT_W + 4 * GRID
RIGHT_W = WIDTH - MARGIN - RIGHT_X
CARD_PAD = 2 * GRID
GAP = 2 * GRID


def _wake() -> None:
    # No window (a test building screens directly) means nothing to wake.
    with contextlib.suppress(pygame.error):
        pygame.event.post(pygame.event.Event(WAKE_EVENT))


class TitleScreen(Screen):
    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        super().__init__(app)
        self.catalog = Catalog.scan(*app.scenario_folders)
        self.catalog.check_in_background(_wake)
        self.selected = 0
        self.case_page = 0
        self.fx = Fx()
        self.form = Form()
        self.blocks: list[TextBox] = []
        self.cards: list[tuple[int, Rect]] = []  # (entry index, rect) on this page
        self.pages: list[tuple[int, ...]] = [()]
        self.latest: SaveRecord | SaveProblem | None = None
        if app.notice:
            self.say(self.t(app.notice))
            app.notice = None
        self.relayout()
        self.form.focus_id("start" if self.catalog.entries else "settings")

    def say(self, text: str) -> None:
        self.fx.toast(text, life=6.0)

    @property
    def entries(self) -> list[Entry]:
        return self.catalog.entries

    # -- layout ------------------------------------------------------------------------

    def relayout(self) -> None:
        focus_id = self._focus_id()
        self.latest = self.app.saves.latest()
        self.blocks = self._heading_blocks()
        items = self._case_items(self.blocks[-1].rect.bottom + GAP)
        items += self._side_items()
        self.form = Form(items)
        if focus_id:
            self.form.focus_id(focus_id)

    def _focus_id(self) -> str | None:
        item = self.form.focused()
        return item.id if item is not None else None

    def _heading_blocks(self) -> list[TextBox]:
        theme = self.theme
        x, y, width = MARGIN + 3 * GRID, MARGIN + 2 * GRID, LEFT_W - 6 * GRID
        out = []
        for text, role in (
            (self.t("app.name"), "display"),
            (self.t("title.tagline"), "label"),
            (self.t("title.cases"), "small_bold"),
        ):
            lines = tuple(theme.wrap(text, role, width))
            out.append(TextBox(Rect(x, y, width, len(lines) * theme.lh(role)), lines, role))
            y += len(lines) * theme.lh(role) + (3 * GRID if role == "label" else GRID // 2)
        self.logo_rect = Rect(MARGIN, MARGIN, LEFT_W, out[1].rect.bottom - MARGIN + 2 * GRID)
        return out

    def _hint(self) -> TextBox:
        theme = self.theme
        lines = tuple(theme.wrap(self.t("title.hint"), "small", LEFT_W - 4 * GRID))
        height = len(lines) * theme.lh("small")
        return TextBox(
            Rect(MARGIN + 2 * GRID, HEIGHT - MARGIN - height, LEFT_W - 4 * GRID, height),
            lines,
            "small",
        )

    def card_lines(self, entry: Entry, width: int) -> list[tuple[tuple[str, ...], str]]:
        theme = self.theme
        langs = ", ".join(
            self.t(f"lang.{code}") if code in UI_LANGUAGES else code for code in entry.languages
        )
        meta = self.t("title.languages", langs=langs)
        if not entry.checked:
            meta += "  ·  " + self.t("title.checking")
        elif entry.broken:
            meta += "  ·  " + self.t("title.broken")
        selected = self.entries.index(entry) == self.selected if entry in self.entries else False
        summary = entry.summary(self.lang) if selected else ""
        parts = [
            (entry.title(self.lang), "label_bold"),
            (summary, "small"),
            (meta, "small_bold" if entry.broken else "small"),
        ]
        return [(tuple(theme.wrap(text, role, width)), role) for text, role in parts if text]

    def _card_height(self, entry: Entry, width: int) -> int:
        parts = self.card_lines(entry, width - 2 * CARD_PAD)
        return sum(len(lines) * self.theme.lh(role) for lines, role in parts) + 2 * CARD_PAD

    def _case_items(self, top: int) -> list[Button | Switch | TextField]:
        theme = self.theme
        hint = self._hint()
        self.blocks.append(hint)
        pager_h = button_height(theme, 20 * GRID, self.t("title.next"))
        available = hint.rect.y - GAP - top
        heights = [self._card_height(e, LEFT_W) for e in self.entries]
        self.pages = list(group_choices(heights, available, pager_h, GRID)) if heights else [()]
        self.case_page = min(self.case_page, len(self.pages) - 1)
        items: list[Button | Switch | TextField] = []
        self.cards = []
        y = top
        for index in self.pages[self.case_page]:
            rect = Rect(MARGIN, y, LEFT_W, heights[index])
            self.cards.append((index, rect))
            items.append(
                Button(f"case:{index}", rect, self.entries[index].title(self.lang), kind="card")
            )
            y += heights[index] + GRID
        if len(self.pages) > 1:
            items += self._pager(hint.rect.y - GAP - pager_h, pager_h)
        return items

    def _pager(self, y: int, height: int) -> list[Button | Switch | TextField]:
        theme = self.theme
        widths = [
            theme.width(self.t(k), "label_bold") + 5 * GRID for k in ("title.prev", "title.next")
        ]
        label = self.t("title.page", n=self.case_page + 1, total=len(self.pages))
        label_w = theme.width(label, "small") + 4 * GRID
        self.page_label = TextBox(
            Rect(MARGIN + widths[0] + GRID, y, label_w, height), (label,), "small"
        )
        prev = Button(
            "prev",
            Rect(MARGIN, y, widths[0], height),
            self.t("title.prev"),
            enabled=self.case_page > 0,
        )
        nxt = Button(
            "next",
            Rect(self.page_label.rect.right + GRID, y, widths[1], height),
            self.t("title.next"),
            enabled=self.case_page < len(self.pages) - 1,
        )
        return [prev, nxt]

    def _side_items(self) -> list[Button | Switch | TextField]:
        theme, settings = self.theme, self.app.settings
        inner = RIGHT_W - 2 * 3 * GRID
        x = RIGHT_X + 3 * GRID
        continue_sub = self._continue_sub()
        specs: list[tuple[str, int]] = [
            ("name", field_height(theme, inner, self.t("title.name"), settings.player)),
            (
                "language",
                switch_height(
                    theme,
                    inner,
                    self.t("title.language"),
                    [self.t(f"lang.{c}") for c in UI_LANGUAGES],
                ),
            ),
            (
                "mode",
                switch_height(
                    theme, inner, self.t("title.mode"), [self.t(f"mode.{m}") for m in MODES]
                ),
            ),
            ("start", button_height(theme, inner, self.t("title.start"))),
            ("continue", button_height(theme, inner, self.t("title.continue"), continue_sub)),
            ("settings", button_height(theme, inner, self.t("title.settings"))),
            ("quit", button_height(theme, inner, self.t("title.quit"))),
        ]
        gap = GAP + GRID // 2
        total = sum(h for _, h in specs) + gap * (len(specs) - 1) + 6 * GRID
        self.side = Rect(RIGHT_X, max(MARGIN, (HEIGHT - total) // 2), RIGHT_W, total)
        y = self.side.y + 3 * GRID
        items: list[Button | Switch | TextField] = []
        for key, height in specs:
            rect = Rect(x, y, inner, height)
            items.append(self._side_item(key, rect, continue_sub))
            y += height + gap
        return items

    def _side_item(self, key: str, rect: Rect, continue_sub: str) -> Button | Switch | TextField:
        settings = self.app.settings
        if key == "name":
            return TextField(
                "name",
                rect,
                self.t("title.name"),
                settings.player,
                self.t("title.name_placeholder"),
            )
        if key == "language":
            return Switch(
                "language",
                rect,
                self.t("title.language"),
                [(c, self.t(f"lang.{c}")) for c in UI_LANGUAGES],
                settings.language,
            )
        if key == "mode":
            return Switch(
                "mode",
                rect,
                self.t("title.mode"),
                [(m, self.t(f"mode.{m}")) for m in MODES],
                settings.mode,
            )
        if key == "start":
            return Button(
                "start", rect, self.t("title.start"), kind="primary", enabled=bool(self.entries)
            )
        if key == "continue":
            return Button(
                "continue",
                rect,
                self.t("title.continue"),
                continue_sub,
                enabled=self.latest is not None,
            )
        return Button(key, rect, self.t(f"title.{key}"))

    def _continue_sub(self) -> str:
        from game.ui.flow import describe_save

        if isinstance(self.latest, SaveRecord):
            return describe_save(self.latest, self.lang)
        if isinstance(self.latest, SaveProblem):
            return self.t("title.continue_broken")
        return self.t("title.continue_none")

    # -- commands ----------------------------------------------------------------------

    def handle(self, command: Command) -> None:
        if isinstance(command, Wake):
            if self.catalog.collect():
                self.relayout()
            return
        if isinstance(command, Key) and command.name == "escape":
            return
        if isinstance(command, Key) and command.name in ("pageup", "pagedown"):
            self.turn(-1 if command.name == "pageup" else 1)
            return
        action = self.form_action(self.form, command)
        if isinstance(command, PointerMove):
            return
        if action is not None:
            self.act(action.kind, action.id, action.value)

    def wants_text(self) -> bool:
        """Typed text only while the name field has the focus (the app switches SDL's input)."""
        return isinstance(self.form.focused(), TextField)

    def act(self, kind: str, widget: str, value: str = "") -> None:
        from game.ui import flow

        if widget.startswith("case:"):
            self.select(int(widget.split(":")[1]))
        elif kind == "edit":
            self.app.apply(self.app.settings.with_(player=value))
        elif kind == "change" and widget in ("language", "mode"):
            self.app.apply(self.app.settings.with_(**{widget: value}))
        elif widget in ("prev", "next"):
            self.turn(-1 if widget == "prev" else 1)
        elif widget == "start" and self.entries:
            flow.open_scenario(self.app, self.entries[self.selected].path)
        elif widget == "continue":
            flow.continue_latest(self.app)
        elif widget == "settings":
            from game.ui.screens.settings import SettingsScreen

            self.app.push(SettingsScreen(self.app))
        elif widget == "quit":
            self.app.quit()

    def select(self, index: int) -> None:
        """Choose a case (its card opens to show the summary); Enter then starts it."""
        self.selected = index
        self.relayout()
        for page, group in enumerate(self.pages):
            if index in group and page != self.case_page:
                self.case_page = page
                self.relayout()
        self.form.focus_id("start")

    def turn(self, delta: int) -> None:
        page = max(0, min(len(self.pages) - 1, self.case_page + delta))
        if page != self.case_page:
            self.case_page = page
            self.relayout()

    def revealed(self) -> None:
        self.relayout()

    def update(self, dt: float) -> bool:
        return self.fx.update(dt)

    # -- drawing ---------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        theme, pal = self.theme, self.theme.pal
        surface.blit(scenery.title_backdrop(SCREEN_SIZE, pal.high_contrast), (0, 0))
        draw.panel(surface, self.logo_rect, theme)
        logo, tagline, cases, hint = self.blocks
        draw.lines(surface, theme, logo.lines, "display", pal.ink, logo.rect.topleft)
        draw.lines(surface, theme, tagline.lines, "label", pal.ink_soft, tagline.rect.topleft)
        label = (
            Rect(
                cases.rect.x - GRID,
                cases.rect.y - GRID // 2,
                theme.width(cases.lines[0], "small_bold") + 2 * GRID,
                cases.rect.height + GRID,
            )
            if cases.lines
            else cases.rect
        )
        pygame.draw.rect(surface, pal.name_plate, label, border_radius=RADIUS)
        draw.lines(
            surface, theme, cases.lines, "small_bold", pal.name_plate_ink, cases.rect.topleft
        )
        if not self.entries:
            self._no_cases(surface)
        for position, (index, rect) in enumerate(self.cards):
            focused = self.form.focus == position
            self._card(surface, self.entries[index], rect, index == self.selected, focused)
        pager = getattr(self, "page_label", None)
        if len(self.pages) > 1 and pager is not None:
            image = theme.render(pager.lines[0], "small", pal.ink)
            pygame.draw.rect(surface, pal.panel, pager.rect, border_radius=RADIUS)
            surface.blit(image, image.get_rect(center=pager.rect.center))
        hint_bg = hint.rect.inflate(2 * GRID, GRID)
        pygame.draw.rect(surface, pal.panel, hint_bg, border_radius=RADIUS)
        draw.lines(surface, theme, hint.lines, "small", pal.ink_soft, hint.rect.topleft)
        draw.panel(surface, self.side, theme)
        draw_form(surface, self.form, theme)
        draw_toasts(surface, self.fx.toasts, theme, MARGIN)

    def _no_cases(self, surface: pygame.Surface) -> None:
        theme = self.theme
        top = self.blocks[2].rect.bottom + GAP
        lines = theme.wrap(self.t("title.no_cases"), "label", LEFT_W - 2 * CARD_PAD)
        rect = Rect(MARGIN, top, LEFT_W, len(lines) * theme.lh("label") + 2 * CARD_PAD)
        draw.panel(surface, rect, theme)
        draw.lines(
            surface, theme, lines, "label", theme.pal.ink, (rect.x + CARD_PAD, rect.y + CARD_PAD)
        )

    def _card(
        self, surface: pygame.Surface, entry: Entry, rect: Rect, selected: bool, focused: bool
    ) -> None:
        theme, pal = self.theme, self.theme.pal
        edge = pal.accent if selected else None
        draw.panel(surface, rect, theme, fill=pal.hover if focused else pal.panel, edge=edge)
        if selected:
            pygame.draw.rect(surface, pal.accent, rect, width=3, border_radius=2 * RADIUS)
            pygame.draw.rect(
                surface,
                pal.accent,
                Rect(rect.x, rect.y + 2 * GRID, 6, rect.height - 4 * GRID),
                border_radius=3,
            )
        if focused:
            draw.focus_ring(surface, rect, theme, radius=2 * RADIUS)
        y = rect.y + CARD_PAD
        for lines, role in self.card_lines(entry, rect.width - 2 * CARD_PAD):
            tone = pal.ink if role == "label_bold" else pal.ink_soft
            if role == "small_bold":
                tone = pal.bad
            y = draw.lines(surface, theme, lines, role, tone, (rect.x + CARD_PAD, y))

    def audit(self) -> Audit:
        theme = self.theme
        boxes = list(self.blocks)
        for index, rect in self.cards:
            y = rect.y + CARD_PAD
            for lines, role in self.card_lines(self.entries[index], rect.width - 2 * CARD_PAD):
                height = len(lines) * theme.lh(role)
                boxes.append(
                    TextBox(
                        Rect(rect.x + CARD_PAD, y, rect.width - 2 * CARD_PAD, height), lines, role
                    )
                )
                y += height
        boxes += [
            b
            for item in self.form.items
            if not (isinstance(item, Button) and item.kind == "card")
            for b in item.boxes(theme)
        ]
        return Audit(boxes, [item.rect for item in self.form.items])
