"""The title screen: choose a case, type your name, pick language and mode, then
start, continue a saved game, open the settings or quit.

The cases come featured first (``featured: true``, format 1.1), then by title,
the shipped cases before the author's own (marked "Eigen casus"). A case is a
compact card; the chosen one opens to show its summary and the endings found.
The case played last is chosen when the screen opens. Notices take the key
hint's place at the bottom, so they never lie over a card.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pygame

from game.i18n import UI_LANGUAGES
from game.ui import draw, scenery
from game.ui.art.palette import GRID, MARGIN, RADIUS, SCREEN_SIZE
from game.ui.catalog import Catalog, Entry
from game.ui.commands import WAKE_EVENT, Command, Key, PointerMove, Wake
from game.ui.layout import HEIGHT, WIDTH, group_choices
from game.ui.saves import SaveProblem, SaveRecord
from game.ui.screens.base import Audit, Screen
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
CARD_PAD = GRID + GRID // 2
LIST_GAP = GRID // 2 + GRID // 4  # 6 px between the cards
GAP = 2 * GRID
SIDE_PAD = 3 * GRID
NOTICE_SECONDS = 6.0


def _wake() -> None:
    # No window (a test building screens directly) means nothing to wake.
    with contextlib.suppress(pygame.error):
        pygame.event.post(pygame.event.Event(WAKE_EVENT))


class TitleScreen(Screen):
    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        super().__init__(app)
        self.catalog = Catalog.scan(*app.scenario_folders)
        self.checking = self.catalog.check_in_background(_wake)  # tests may join it
        self.selected = self._last_case()
        self.case_page = 0
        self.form = Form()
        self.blocks: list[TextBox] = []
        self.cards: list[tuple[int, Rect]] = []  # (entry index, rect) on this page
        self.pages: list[tuple[int, ...]] = [()]
        self.latest: SaveRecord | SaveProblem | None = None
        self.notice: str | None = None
        self.notice_left = 0.0
        self.page_label: TextBox | None = None
        if app.notice:
            self.notice, self.notice_left = self.t(app.notice), NOTICE_SECONDS
            app.notice = None
        self.relayout()
        self._show_selected()
        self.form.focus_id("start" if self.catalog.entries else "settings")

    def say(self, text: str) -> None:
        """A notice at the bottom of the case list, for a few seconds."""
        self.notice, self.notice_left = text, NOTICE_SECONDS
        self.relayout()

    @property
    def entries(self) -> list[Entry]:
        return self.catalog.entries

    def _last_case(self) -> int:
        """The case played last (remembered in the settings), else the first (featured)."""
        last = self.app.settings.last_case
        for index, entry in enumerate(self.entries):
            if last and str(entry.path.resolve()) == last:
                return index
        return 0

    def own(self, entry: Entry) -> bool:
        """A case from the author's own folder (where ``new`` writes them)."""
        return entry.path.resolve().is_relative_to(Path(self.app.dirs.scenarios).resolve())

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
        x, y, width = MARGIN + 3 * GRID, MARGIN + GRID, LEFT_W - 6 * GRID
        out = []
        for text, role in (
            (self.t("app.name"), "display"),
            (self.t("title.tagline"), "label"),
            (self.t("title.cases"), "small_bold"),
        ):
            lines = tuple(theme.wrap(text, role, width))
            out.append(TextBox(Rect(x, y, width, len(lines) * theme.lh(role)), lines, role))
            y += len(lines) * theme.lh(role) + (3 * GRID if role == "label" else GRID // 2)
        self.logo_rect = Rect(
            MARGIN, MARGIN, LEFT_W, out[1].rect.bottom - MARGIN + GRID + GRID // 2
        )
        return out

    def _hint(self) -> TextBox:
        """The keys; while there is a notice, the notice in their place."""
        theme = self.theme
        text, role = (self.notice, "small_bold") if self.notice else (self.t("title.hint"), "small")
        lines = tuple(theme.wrap_items(text, role, LEFT_W - 4 * GRID))
        height = len(lines) * theme.lh(role)
        return TextBox(
            Rect(MARGIN + 2 * GRID, HEIGHT - MARGIN - height, LEFT_W - 4 * GRID, height),
            lines,
            role,
        )

    def _meta(self, entry: Entry, selected: bool) -> tuple[str, str]:
        """The card's small line: (the chosen card:) languages and endings found; an own case,
        a case being checked or one with errors says so on every card."""
        langs = ", ".join(
            self.t(f"lang.{code}") if code in UI_LANGUAGES else code for code in entry.languages
        )
        parts = [self.t("title.languages", langs=langs)] if selected else []
        if self.own(entry):
            parts.append(self.t("title.own"))
        if not entry.checked and selected:
            parts.append(self.t("title.checking"))
        elif entry.broken:
            parts.append(self.t("title.broken"))
        elif selected and entry.result is not None and entry.result.scenario is not None:
            found, total = self._endings(entry)
            if total:
                parts.append(self.t("title.endings", found=found, total=total))
        return "  ·  ".join(parts), "small_bold" if entry.broken else "small"

    def _endings(self, entry: Entry) -> tuple[int, int]:
        from game.ui.screens.endings import ending_nodes

        scenario = entry.result.scenario if entry.result is not None else None
        if scenario is None:
            return 0, 0
        from game.ui.casekey import case_key

        ends = ending_nodes(scenario)
        found = self.app.progress.get(case_key(scenario.id, entry.path)).endings
        return len(found & set(ends)), len(ends)

    def card_lines(self, entry: Entry, width: int) -> list[tuple[tuple[str, ...], str]]:
        theme = self.theme
        selected = self.entries.index(entry) == self.selected if entry in self.entries else False
        summary = entry.summary(self.lang) if selected else ""
        meta, meta_role = self._meta(entry, selected)
        out = [(tuple(theme.wrap(entry.title(self.lang), "label_bold", width)), "label_bold")]
        if summary:
            out.append((tuple(theme.wrap(summary, "small", width)), "small"))
        if meta:
            out.append((tuple(theme.wrap_items(meta, meta_role, width)), meta_role))
        return out

    def _card_height(self, entry: Entry, width: int) -> int:
        parts = self.card_lines(entry, width - 2 * CARD_PAD)
        return sum(len(lines) * self.theme.lh(role) for lines, role in parts) + 2 * CARD_PAD

    def _case_items(self, top: int) -> list[Button | Switch | TextField]:
        theme = self.theme
        hint = self._hint()
        self.blocks.append(hint)
        pager_h = button_height(theme, 20 * GRID, self.t("title.next"))
        available = hint.rect.y - GAP - top - GRID  # a grid step more above the pager
        heights = [self._card_height(e, LEFT_W) for e in self.entries]
        self.pages = list(group_choices(heights, available, pager_h, LIST_GAP)) if heights else [()]
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
            y += heights[index] + LIST_GAP
        self.page_label = None
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
        """Name, language, mode, start, continue, and settings beside quit on one row; the
        panel is as tall as that needs and stays inside the window at every text size."""
        theme, settings = self.theme, self.app.settings
        inner = RIGHT_W - 2 * SIDE_PAD
        half = (inner - GRID) // 2
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
            (
                "settings",
                max(
                    button_height(theme, half, self.t("title.settings")),
                    button_height(theme, half, self.t("title.quit")),
                ),
            ),
        ]
        gap = GAP if self.theme.step < 2 else GRID + GRID // 2
        total = sum(h for _, h in specs) + gap * (len(specs) - 1) + 2 * SIDE_PAD
        # Top-aligned with the heading on the left, so the two columns start on one
        # line and a save's two-line "Verder spelen" grows the panel downwards only.
        self.side = Rect(RIGHT_X, MARGIN, RIGHT_W, total)
        if self.side.bottom > HEIGHT - GRID:
            self.side.y = max(GRID, HEIGHT - GRID - total)
        y = self.side.y + SIDE_PAD
        x = RIGHT_X + SIDE_PAD
        items: list[Button | Switch | TextField] = []
        for key, height in specs:
            if key == "settings":
                items.append(Button("settings", Rect(x, y, half, height), self.t("title.settings")))
                quit_x = x + inner - half
                items.append(Button("quit", Rect(quit_x, y, half, height), self.t("title.quit")))
            else:
                items.append(self._side_item(key, Rect(x, y, inner, height), continue_sub))
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
        return Button(
            "continue",
            rect,
            self.t("title.continue"),
            continue_sub,
            enabled=self.latest is not None,
        )

    def _continue_sub(self) -> str:
        from game.ui.flow import describe_save

        if isinstance(self.latest, SaveRecord):
            return describe_save(self.latest, self.lang, self._result_for(self.latest))
        if isinstance(self.latest, SaveProblem):
            return self.t("title.continue_broken")
        return self.t("title.continue_none")

    def _result_for(self, record: SaveRecord):  # type: ignore[no-untyped-def]
        """The checked case of a save, when it is in the list (its title in this language)."""
        for entry in self.entries:
            if str(entry.path.resolve()) == record.scenario_file and entry.result is not None:
                return entry.result
        return None

    # -- commands ----------------------------------------------------------------------

    def wants_text(self) -> bool:
        """Typed text only while the name field has the focus (the app switches SDL's input)."""
        return isinstance(self.form.focused(), TextField)

    def handle(self, command: Command) -> None:
        if isinstance(command, Wake):
            if self.catalog.collect():
                self.relayout()
            return
        if isinstance(command, Key):
            if command.name == "escape":
                return
            if command.name in ("pageup", "pagedown"):
                self.turn(-1 if command.name == "pageup" else 1)
                return
            if not self.wants_text() and self._letter(command.name):
                return
        action = self.form_action(self.form, command)
        if isinstance(command, PointerMove):
            return
        if action is not None:
            self.act(action.kind, action.id, action.value)

    def _letter(self, name: str) -> bool:
        """E: the endings of the chosen case; F9: load the quick save (not while typing)."""
        if name == "e" and self.entries:
            self.show_endings()
            return True
        if name == "f9":
            from game.ui.flow import confirm_load
            from game.ui.slots import QUICK

            if self.app.slots.read(QUICK) is None:
                self.say(self.t("dlg.no_quick_save"))
            else:
                confirm_load(self.app, QUICK)
            return True
        return False

    def show_endings(self) -> None:
        from game.ui.screens.endings import EndingsScreen

        entry = self.entries[self.selected]
        result = self.catalog.check_now(entry)
        if result.scenario is not None:
            self.app.push(EndingsScreen(self.app, result.scenario, entry.path))

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
        self._show_selected()
        self.form.focus_id("start")

    def _show_selected(self) -> None:
        for page, group in enumerate(self.pages):
            if self.selected in group and page != self.case_page:
                self.case_page = page
                self.relayout()

    def turn(self, delta: int) -> None:
        page = max(0, min(len(self.pages) - 1, self.case_page + delta))
        if page != self.case_page:
            self.case_page = page
            self.relayout()

    def revealed(self) -> None:
        self.relayout()

    def update(self, dt: float) -> bool:
        if self.notice is None:
            return False
        self.notice_left -= dt
        if self.notice_left <= 0:
            self.notice = None
            self.relayout()
            self.app.invalidate()
            return False
        return False  # a still notice: it goes when its time is up (the idle wake-up looks)

    # -- drawing ---------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        theme, pal = self.theme, self.theme.pal
        surface.blit(scenery.title_backdrop(SCREEN_SIZE, pal.high_contrast), (0, 0))
        draw.panel(surface, self.logo_rect, theme)
        logo, tagline, cases, hint = self.blocks
        draw.lines(surface, theme, logo.lines, "display", pal.ink, logo.rect.topleft)
        draw.lines(surface, theme, tagline.lines, "label", pal.ink_soft, tagline.rect.topleft)
        label = self._label_rect(cases)
        pygame.draw.rect(surface, pal.name_plate, label, border_radius=RADIUS)
        draw.lines(
            surface, theme, cases.lines, "small_bold", pal.name_plate_ink, cases.rect.topleft
        )
        if not self.entries:
            self._no_cases(surface)
        for position, (index, rect) in enumerate(self.cards):
            focused = self.form.focus == position
            self._card(surface, self.entries[index], rect, index == self.selected, focused)
        if self.page_label is not None:
            image = theme.render(self.page_label.lines[0], "small", pal.ink)
            pygame.draw.rect(surface, pal.panel, self.page_label.rect, border_radius=RADIUS)
            surface.blit(image, image.get_rect(center=self.page_label.rect.center))
        fill = pal.name_plate if self.notice else pal.panel
        ink = pal.name_plate_ink if self.notice else pal.ink_soft
        pygame.draw.rect(surface, fill, hint.rect.inflate(2 * GRID, GRID), border_radius=RADIUS)
        draw.lines(surface, theme, hint.lines, hint.role, ink, hint.rect.topleft)
        draw.panel(surface, self.side, theme)
        draw_form(surface, self.form, theme)

    def _label_rect(self, cases: TextBox) -> Rect:
        if not cases.lines:
            return cases.rect
        width = max(self.theme.width(line, "small_bold") for line in cases.lines)
        return Rect(
            cases.rect.x - GRID,
            cases.rect.y - GRID // 2,
            width + 2 * GRID,
            cases.rect.height + GRID,
        )

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
                Rect(rect.x, rect.y + GRID, 6, rect.height - 2 * GRID),
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
        if self.page_label is not None:
            boxes.append(self.page_label)
        return Audit(boxes, [item.rect for item in self.form.items])

    def drawn(self):  # type: ignore[no-untyped-def]
        """Every box drawn (game.ui.overlap): the panels, the cards, the pager, the hint."""
        from game.ui.overlap import Drawn

        out = [
            Drawn("logo", self.logo_rect, panel=True),
            Drawn("cases", self._label_rect(self.blocks[2])),
            Drawn("hint", self.blocks[3].rect.inflate(2 * GRID, GRID)),
            Drawn("side", self.side, panel=True),
        ]
        for item in self.form.items:
            out.append(Drawn(f"item:{item.id}", item.rect))
        if self.page_label is not None:
            out.append(Drawn("page", self.page_label.rect))
        return out
