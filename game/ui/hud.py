"""The HUD: the client's calendar, the player's safety and every visible meter.

``build_hud`` measures and places the cards (no drawing); ``draw_hud`` draws
them, with bar values that may be mid-animation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pygame

from game.engine.model import SAFETY, WAIT, Scenario
from game.engine.view import MeterView
from game.scenario.build import BUILTIN_METER_DEFAULTS
from game.ui import draw
from game.ui.art.palette import GRID, MARGIN, RADIUS
from game.ui.layout import HUD_TOP, WIDTH, hud_rows
from game.ui.strings import t
from game.ui.theme import RGB, Theme
from game.ui.widgets import TextBox

Rect = pygame.Rect
PAD = GRID + GRID // 2
ICON = 3 * GRID
BAR = GRID + GRID // 2
MIN_CARD = 22 * GRID


@dataclass(frozen=True, slots=True)
class HudCard:
    id: str  # a meter id
    caption: str
    value: str
    low: int  # the bar's range
    high: int
    target: int  # the meter's value now
    color: RGB
    icon: str  # "calendar", "shield" or ""
    rect: Rect


@dataclass(frozen=True, slots=True)
class Hud:
    cards: tuple[HudCard, ...]
    place_lines: tuple[str, ...]  # the place's name, wrapped
    caption_lines: tuple[str, ...]  # the scenario's title (and mode), wrapped
    place_rect: Rect
    bottom: int
    slot: Rect | None = None  # kept free in the row of cards (the facilitator's timer)

    def card(self, meter_id: str) -> HudCard | None:
        for card in self.cards:
            if card.id == meter_id:
                return card
        return None

    def boxes(self, theme: Theme) -> list[TextBox]:
        out = _place_boxes(self, theme)
        for card in self.cards:
            inner = _text_rect(card, theme)
            out.append(TextBox(inner, (card.caption,), "small"))
            out.append(TextBox(inner.move(0, theme.lh("small")), (card.value,), "label_bold"))
        return out


def _place_boxes(hud: Hud, theme: Theme) -> list[TextBox]:
    inner = hud.place_rect.inflate(-2 * PAD, -2 * PAD)
    caption_h = len(hud.caption_lines) * theme.lh("small")
    place = Rect(inner.x, inner.y + caption_h, inner.width, inner.height - caption_h)
    return [
        TextBox(Rect(inner.x, inner.y, inner.width, caption_h), hud.caption_lines, "small"),
        TextBox(place, hud.place_lines, "label_bold"),
    ]


def urgency(wait: int, deadline: int) -> float:
    return wait / deadline if deadline > 0 else 1.0


def calendar_value(wait: int, deadline: int, lang: str) -> str:
    day = t("hud.day", lang, wait=wait, deadline=deadline)
    left = deadline - wait
    if left > 1:
        rest = t("hud.left", lang, n=left)
    elif left == 1:
        rest = t("hud.left_one", lang)
    elif left == 0:
        rest = t("hud.due", lang)
    else:
        rest = t("hud.late", lang, n=-left) if left < -1 else t("hud.late_one", lang)
    return f"{day} · {rest}"


def meter_cards(
    scenario: Scenario, meters: tuple[MeterView, ...], lang: str, theme: Theme
) -> list[dict[str, object]]:
    """What each card says, before it is placed."""
    pal = theme.pal
    by_id = {m.id: m for m in meters}
    client = scenario.characters[scenario.client].name.render(lang)
    wait = by_id[WAIT].value
    deadline = scenario.deadline_days
    out: list[dict[str, object]] = [
        {
            "id": WAIT,
            "caption": t("hud.calendar", lang, client=client),
            "value": calendar_value(wait, deadline, lang),
            "low": 0,
            "high": deadline,
            "target": wait,
            "color": pal.calendar_color(urgency(wait, deadline)),
            "icon": "calendar",
        }
    ]
    safety = by_id[SAFETY]
    label = scenario.meters[SAFETY].label
    if label is not None and label == BUILTIN_METER_DEFAULTS[SAFETY].label:
        label = None  # the loader's neutral default; the HUD says "your safety"
    out.append(
        {
            "id": SAFETY,
            "caption": label.render(lang) if label else t("hud.safety", lang),
            "value": t("hud.of", lang, value=safety.value, max=safety.max),
            "low": safety.min or 0,
            "high": safety.max or 100,
            "target": safety.value,
            "color": pal.safety,
            "icon": "shield",
        }
    )
    for meter in meters:
        if meter.id in (WAIT, SAFETY) or meter.hidden:
            continue
        bounded = meter.min is not None and meter.max is not None
        out.append(
            {
                "id": meter.id,
                "caption": meter.label,
                "value": t("hud.of", lang, value=meter.value, max=meter.max)
                if bounded
                else str(meter.value),
                "low": meter.min if bounded else 0,
                "high": meter.max if bounded else 0,
                "target": meter.value,
                "color": pal.accent,
                "icon": "",
            }
        )
    return out


def card_size(theme: Theme, caption: str, value: str, icon: str) -> tuple[int, int]:
    text_w = max(theme.width(caption, "small"), theme.width(value, "label_bold"))
    width = max(MIN_CARD, 2 * PAD + (ICON + GRID if icon else 0) + text_w)
    height = 2 * PAD + theme.lh("small") + theme.lh("label_bold") + GRID // 2 + BAR
    return width, height


def build_hud(
    scenario: Scenario,
    meters: tuple[MeterView, ...],
    lang: str,
    place: str | None,
    caption: str,
    theme: Theme,
    slot: int | None = None,
) -> Hud:
    """``slot``: the width of a place to keep free left of the meters (a mode's timer)."""
    specs = meter_cards(scenario, meters, lang, theme)
    sizes = [card_size(theme, str(s["caption"]), str(s["value"]), str(s["icon"])) for s in specs]
    height = max(h for _, h in sizes)
    area = Rect(MARGIN, HUD_TOP, WIDTH - 2 * MARGIN, 0)
    widths = ([slot] if slot else []) + [w for w, _ in sizes]
    placed = hud_rows(widths, height, area, GRID)
    slot_rect, rects = (placed[0], placed[1:]) if slot else (None, placed)
    cards = tuple(HudCard(rect=rect, **spec) for spec, rect in zip(specs, rects, strict=True))  # type: ignore[arg-type]
    first_row = [r for r in placed if r.y == HUD_TOP]
    room = min(r.x for r in first_row) - MARGIN - 2 * GRID
    place_rect, place_lines, caption_lines = _place_chip(theme, place, caption, room, height)
    if place_rect.right > min(r.x for r in first_row) - GRID:  # no room beside: go below
        top = max(r.bottom for r in rects) + GRID
        place_rect, place_lines, caption_lines = _place_chip(
            theme, place, caption, WIDTH - 2 * MARGIN, height, top
        )
    bottom = max(place_rect.bottom, *(r.bottom for r in placed))
    return Hud(cards, place_lines, caption_lines, place_rect, bottom, slot_rect)


def _place_chip(
    theme: Theme, place: str | None, caption: str, room: int, min_height: int, top: int = HUD_TOP
) -> tuple[Rect, tuple[str, ...], tuple[str, ...]]:
    inner = max(8 * GRID, room - 2 * PAD)
    caption_lines = tuple(theme.wrap(caption, "small", inner))
    place_lines = tuple(theme.wrap(place, "label_bold", inner)) if place else ()
    widths = [theme.width(s, "small") for s in caption_lines]
    widths += [theme.width(s, "label_bold") for s in place_lines]
    height = len(caption_lines) * theme.lh("small") + len(place_lines) * theme.lh("label_bold")
    rect = Rect(MARGIN, top, max(widths, default=0) + 2 * PAD, max(min_height, height + 2 * PAD))
    return rect, place_lines, caption_lines


def _text_rect(card: HudCard, theme: Theme) -> Rect:
    left = card.rect.x + PAD + (ICON + GRID if card.icon else 0)
    return Rect(
        left,
        card.rect.y + PAD,
        card.rect.right - PAD - left,
        theme.lh("small") + theme.lh("label_bold"),
    )


# -- drawing ---------------------------------------------------------------------


def draw_hud(
    surface: pygame.Surface,
    hud: Hud,
    theme: Theme,
    shown: Mapping[str, float],
    glow: Mapping[str, float],
) -> None:
    """``shown``: bar values mid-animation; ``glow``: 0..1 highlight of cards that changed."""
    _draw_place(surface, hud, theme)
    for card in hud.cards:
        _draw_card(surface, card, theme, shown.get(card.id, card.target), glow.get(card.id, 0.0))


def _draw_place(surface: pygame.Surface, hud: Hud, theme: Theme) -> None:
    pal = theme.pal
    draw.panel(surface, hud.place_rect, theme, radius=RADIUS)
    x, y = hud.place_rect.x + PAD, hud.place_rect.y + PAD
    y = draw.lines(surface, theme, hud.caption_lines, "small", pal.ink_soft, (x, y))
    draw.lines(surface, theme, hud.place_lines, "label_bold", pal.ink, (x, y))


def _draw_card(
    surface: pygame.Surface, card: HudCard, theme: Theme, shown: float, glow: float
) -> None:
    pal = theme.pal
    edge = card.color if glow > 0 else None
    draw.panel(surface, card.rect, theme, radius=RADIUS, edge=edge)
    if glow > 0:
        pygame.draw.rect(
            surface, card.color, card.rect, width=2 + round(2 * glow), border_radius=RADIUS
        )
    text = _text_rect(card, theme)
    icon = Rect(card.rect.x + PAD, card.rect.y + PAD + 2, ICON, ICON)
    if card.icon == "calendar":
        draw.calendar_icon(surface, icon, card.color, pal.panel)
    elif card.icon == "shield":
        draw.shield_icon(surface, icon, card.color)
    y = draw.lines(surface, theme, (card.caption,), "small", pal.ink_soft, text.topleft)
    draw.lines(surface, theme, (card.value,), "label_bold", pal.ink, (text.x, y))
    if card.high > card.low:
        bar = Rect(card.rect.x + PAD, card.rect.bottom - PAD - BAR, card.rect.width - 2 * PAD, BAR)
        color = card.color
        if card.icon == "calendar":
            color = pal.calendar_color((shown - card.low) / (card.high - card.low))
        draw.bar(surface, bar, (shown - card.low) / (card.high - card.low), color, theme)
