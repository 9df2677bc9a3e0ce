"""Buttons, option switches and a name field, plus the focus list that drives them.

Widgets are plain data with a rectangle; ``Form`` turns commands into actions
(keyboard and mouse alike) and the draw functions only read. Every widget
can list the text boxes it draws (``boxes``) so tests can prove nothing is
clipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pygame

from game.ui import draw
from game.ui.art.palette import GRID, RADIUS
from game.ui.commands import Command, Key, PointerDown, PointerMove, TypeText
from game.ui.theme import Theme

Rect = pygame.Rect
PAD_X = 2 * GRID
PAD_Y = GRID + GRID // 2
MIN_HEIGHT = 6 * GRID
NAME_LIMIT = 40


@dataclass(frozen=True, slots=True)
class TextBox:
    """A text drawn into a box: the audit tests check every line fits."""

    rect: Rect
    lines: tuple[str, ...]
    role: str


@dataclass
class Button:
    id: str
    rect: Rect
    label: str
    sub: str = ""  # a second, smaller line (e.g. which game "continue" resumes)
    kind: str = "secondary"  # "primary", "secondary" or "quiet"
    enabled: bool = True
    role: str = "label_bold"

    def inner(self) -> Rect:
        return self.rect.inflate(-2 * PAD_X, -2 * PAD_Y)

    def boxes(self, theme: Theme) -> list[TextBox]:
        inner = self.inner()
        label = tuple(theme.wrap(self.label, self.role, inner.width))
        out = [
            TextBox(
                Rect(inner.x, inner.y, inner.width, len(label) * theme.lh(self.role)),
                label,
                self.role,
            )
        ]
        if self.sub:
            sub = tuple(theme.wrap(self.sub, "small", inner.width))
            top = inner.y + len(label) * theme.lh(self.role)
            out.append(TextBox(Rect(inner.x, top, inner.width, inner.bottom - top), sub, "small"))
        else:
            out[0] = TextBox(inner, label, self.role)
        return out


def button_height(
    theme: Theme, width: int, label: str, sub: str = "", role: str = "label_bold"
) -> int:
    inner = width - 2 * PAD_X
    height = len(theme.wrap(label, role, inner)) * theme.lh(role) + 2 * PAD_Y
    if sub:
        height += len(theme.wrap(sub, "small", inner)) * theme.lh("small")
    return max(MIN_HEIGHT, height)


@dataclass
class Switch:
    """A labelled row of options, one selected (language, mode, text size...)."""

    id: str
    rect: Rect
    label: str
    options: list[tuple[str, str]]  # (value, text)
    value: str
    role: str = "label"

    def label_height(self, theme: Theme) -> int:
        return len(theme.wrap(self.label, "small_bold", self.rect.width)) * theme.lh("small_bold")

    def cells(self, theme: Theme) -> list[Rect]:
        top = self.rect.y + self.label_height(theme) + GRID // 2
        count = max(1, len(self.options))
        width = (self.rect.width - (count - 1) * GRID // 2) // count
        height = self.rect.bottom - top
        return [
            Rect(self.rect.x + i * (width + GRID // 2), top, width, height) for i in range(count)
        ]

    def step(self, delta: int) -> str:
        values = [value for value, _ in self.options]
        index = values.index(self.value) if self.value in values else 0
        return values[(index + delta) % len(values)]

    def boxes(self, theme: Theme) -> list[TextBox]:
        label = tuple(theme.wrap(self.label, "small_bold", self.rect.width))
        out = [
            TextBox(
                Rect(self.rect.x, self.rect.y, self.rect.width, self.label_height(theme)),
                label,
                "small_bold",
            )
        ]
        for cell, (_, text) in zip(self.cells(theme), self.options, strict=True):
            inner = cell.inflate(-GRID, -GRID // 2)
            out.append(TextBox(inner, tuple(theme.wrap(text, self.role, inner.width)), self.role))
        return out


def switch_height(
    theme: Theme, width: int, label: str, options: Sequence[str], role: str = "label"
) -> int:
    label_h = len(theme.wrap(label, "small_bold", width)) * theme.lh("small_bold")
    count = max(1, len(options))
    cell = (width - (count - 1) * GRID // 2) // count - GRID
    rows = max(len(theme.wrap(text, role, cell)) for text in options) if options else 1
    return label_h + GRID // 2 + max(5 * GRID, rows * theme.lh(role) + GRID)


@dataclass
class TextField:
    id: str
    rect: Rect
    label: str
    value: str
    placeholder: str = ""

    def label_height(self, theme: Theme) -> int:
        return len(theme.wrap(self.label, "small_bold", self.rect.width)) * theme.lh("small_bold")

    def box(self, theme: Theme) -> Rect:
        top = self.rect.y + self.label_height(theme) + GRID // 2
        return Rect(self.rect.x, top, self.rect.width, self.rect.bottom - top)

    def boxes(self, theme: Theme) -> list[TextBox]:
        label = tuple(theme.wrap(self.label, "small_bold", self.rect.width))
        inner = self.box(theme).inflate(-2 * PAD_X, -GRID)
        shown = self.value or self.placeholder
        return [
            TextBox(
                Rect(self.rect.x, self.rect.y, self.rect.width, self.label_height(theme)),
                label,
                "small_bold",
            ),
            TextBox(inner, tuple(theme.wrap(shown, "label", inner.width)), "label"),
        ]


def field_height(theme: Theme, width: int, label: str, value: str) -> int:
    label_h = len(theme.wrap(label, "small_bold", width)) * theme.lh("small_bold")
    rows = len(theme.wrap(value or "M", "label", width - 2 * PAD_X))
    return label_h + GRID // 2 + max(6 * GRID, rows * theme.lh("label") + 2 * GRID)


Widget = Button | Switch | TextField


@dataclass(frozen=True, slots=True)
class Action:
    """What a form command did: ``activate`` a button, ``change`` a switch, ``edit`` a field."""

    kind: str
    id: str
    value: str = ""


@dataclass
class Form:
    items: list[Widget] = field(default_factory=list)
    focus: int | None = None

    def focused(self) -> Widget | None:
        return self.items[self.focus] if self.focus is not None else None

    def focusable(self, index: int) -> bool:
        item = self.items[index]
        return not isinstance(item, Button) or item.enabled

    def move(self, delta: int) -> None:
        if not self.items:
            return
        index = self.focus if self.focus is not None else (-1 if delta > 0 else 0)
        for _ in range(len(self.items)):
            index = (index + delta) % len(self.items)
            if self.focusable(index):
                self.focus = index
                return

    def focus_id(self, widget_id: str) -> None:
        for index, item in enumerate(self.items):
            if item.id == widget_id and self.focusable(index):
                self.focus = index

    def at(self, pos: tuple[int, int]) -> int | None:
        for index, item in enumerate(self.items):
            if item.rect.collidepoint(pos) and self.focusable(index):
                return index
        return None

    def handle(self, command: Command, theme: Theme) -> Action | None:
        if isinstance(command, Key):
            return self._key(command)
        if isinstance(command, TypeText):
            return self._type(command.text)
        if isinstance(command, PointerMove):
            hit = self.at(command.pos)
            if hit is not None:
                self.focus = hit
            return None
        if isinstance(command, PointerDown):
            return self._click(command.pos, theme)
        return None

    def _key(self, key: Key) -> Action | None:
        item = self.focused()
        if isinstance(item, TextField) and key.name == "backspace":
            return Action("edit", item.id, item.value[:-1])
        if key.name in ("down", "tab") and not (key.name == "tab" and key.shift):
            self.move(1)
        elif key.name == "up" or (key.name == "tab" and key.shift):
            self.move(-1)
        elif key.name in ("left", "right") and isinstance(item, Switch):
            return Action("change", item.id, item.step(-1 if key.name == "left" else 1))
        elif key.name in ("enter", "space") and item is not None:
            return self._press(item, key.name)
        return None

    def _press(self, item: Widget, key: str) -> Action | None:
        if isinstance(item, Button):
            return Action("activate", item.id) if item.enabled else None
        if isinstance(item, Switch):
            return Action("change", item.id, item.step(1))
        if key == "enter":  # a field: Enter moves on, space is typed (see _type)
            self.move(1)
        return None

    def _type(self, text: str) -> Action | None:
        item = self.focused()
        if not isinstance(item, TextField):
            return None
        clean = "".join(ch for ch in text if ch.isprintable())
        value = (item.value + clean)[:NAME_LIMIT]
        return Action("edit", item.id, value) if value != item.value else None

    def _click(self, pos: tuple[int, int], theme: Theme) -> Action | None:
        hit = self.at(pos)
        if hit is None:
            return None
        self.focus = hit
        item = self.items[hit]
        if isinstance(item, Switch):
            for cell, (value, _) in zip(item.cells(theme), item.options, strict=True):
                if cell.collidepoint(pos):
                    return Action("change", item.id, value)
            return None
        if isinstance(item, Button):
            return Action("activate", item.id)
        return None

    def boxes(self, theme: Theme) -> list[TextBox]:
        return [box for item in self.items for box in item.boxes(theme)]


# -- drawing --------------------------------------------------------------------


def draw_form(surface: pygame.Surface, form: Form, theme: Theme) -> None:
    for index, item in enumerate(form.items):
        focused = index == form.focus
        if isinstance(item, Button):
            if item.kind != "card":  # cards are drawn by their screen
                draw_button(surface, item, theme, focused)
        elif isinstance(item, Switch):
            draw_switch(surface, item, theme, focused)
        else:
            draw_field(surface, item, theme, focused)


def draw_button(surface: pygame.Surface, button: Button, theme: Theme, focused: bool) -> None:
    pal = theme.pal
    if not button.enabled:
        fill, ink, edge = pal.disabled, pal.disabled_ink, pal.panel_edge
    elif button.kind == "primary":
        fill, ink, edge = pal.accent, pal.accent_ink, pal.accent
    else:
        fill = pal.hover if focused else pal.panel
        ink, edge = pal.ink, pal.accent if focused else pal.panel_edge
    pygame.draw.rect(surface, fill, button.rect, border_radius=RADIUS)
    pygame.draw.rect(surface, edge, button.rect, width=2, border_radius=RADIUS)
    if focused and button.enabled:
        draw.focus_ring(surface, button.rect, theme)
    boxes = button.boxes(theme)
    label = boxes[0]
    sub_h = sum(len(b.lines) * theme.lh(b.role) for b in boxes[1:])
    total = len(label.lines) * theme.lh(label.role) + sub_h
    y = button.rect.centery - total // 2
    for box in boxes:
        soft = box.role == "small" and button.kind != "primary" and button.enabled
        color = pal.ink_soft if soft else ink
        for line in box.lines:
            image = theme.render(line, box.role, color)
            surface.blit(
                image,
                (
                    button.rect.centerx - image.get_width() // 2,
                    y + (theme.lh(box.role) - image.get_height()) // 2,
                ),
            )
            y += theme.lh(box.role)


def draw_switch(surface: pygame.Surface, switch: Switch, theme: Theme, focused: bool) -> None:
    pal = theme.pal
    boxes = switch.boxes(theme)
    draw.lines(surface, theme, boxes[0].lines, "small_bold", pal.ink_soft, boxes[0].rect.topleft)
    cells = switch.cells(theme)
    for cell, (value, _), box in zip(cells, switch.options, boxes[1:], strict=True):
        chosen = value == switch.value
        fill = pal.accent if chosen else pal.panel
        ink = pal.accent_ink if chosen else pal.ink
        pygame.draw.rect(surface, fill, cell, border_radius=RADIUS)
        pygame.draw.rect(
            surface, pal.accent if chosen else pal.panel_edge, cell, width=2, border_radius=RADIUS
        )
        height = len(box.lines) * theme.lh(box.role)
        y = cell.centery - height // 2
        for line in box.lines:
            image = theme.render(line, box.role, ink)
            surface.blit(
                image,
                (
                    cell.centerx - image.get_width() // 2,
                    y + (theme.lh(box.role) - image.get_height()) // 2,
                ),
            )
            y += theme.lh(box.role)
    if focused:
        row = cells[0].unionall(cells[1:]) if len(cells) > 1 else cells[0]
        draw.focus_ring(surface, row, theme)


def draw_field(surface: pygame.Surface, text_field: TextField, theme: Theme, focused: bool) -> None:
    pal = theme.pal
    label, value = text_field.boxes(theme)
    draw.lines(surface, theme, label.lines, "small_bold", pal.ink_soft, label.rect.topleft)
    box = text_field.box(theme)
    pygame.draw.rect(surface, pal.panel, box, border_radius=RADIUS)
    pygame.draw.rect(
        surface, pal.accent if focused else pal.panel_edge, box, width=2, border_radius=RADIUS
    )
    color = pal.ink if text_field.value else pal.ink_soft
    role = "label"
    y = box.centery - len(value.lines) * theme.lh(role) // 2
    end = draw.lines(surface, theme, value.lines, role, color, (value.rect.x, y))
    if focused:
        draw.focus_ring(surface, box, theme)
        last = value.lines[-1] if text_field.value and value.lines else ""
        x = value.rect.x + theme.width(last, role) + 2
        pygame.draw.line(surface, pal.accent, (x, end - theme.lh(role) + 6), (x, end - 6), 2)
