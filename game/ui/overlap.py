"""Every box a screen draws right now, named, so tests can prove nothing lies on anything else.

Two drawn boxes may meet only when one is a panel that holds the other (the
card holds its text and choices). The name plate straddles the card's top
edge on purpose; that pair is the one allowed crossing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.ui.art.palette import GRID

if TYPE_CHECKING:
    from game.ui.screens.dialogue import DialogueScreen

Rect = pygame.Rect
CROSSING = frozenset({("card", "plate")})  # the name plate sits on the card's edge


@dataclass(frozen=True, slots=True)
class Drawn:
    name: str
    rect: Rect
    panel: bool = False  # holds other boxes (they may lie inside it)


def clashes(drawn: list[Drawn]) -> list[tuple[str, str]]:
    """Pairs of drawn boxes that overlap without one being a panel that holds the other."""
    out = []
    for i, a in enumerate(drawn):
        for b in drawn[i + 1 :]:
            if not a.rect.colliderect(b.rect):
                continue
            if (a.panel and a.rect.contains(b.rect)) or (b.panel and b.rect.contains(a.rect)):
                continue
            if tuple(sorted((a.name.split(":")[0], b.name.split(":")[0]))) in CROSSING:
                continue
            out.append((a.name, b.name))
    return out


def dialogue_boxes(screen: DialogueScreen) -> list[Drawn]:
    """What the dialogue screen draws in its current state (and what its overlays add)."""
    from game.ui.screens.dialogue_draw import chip_rects

    theme, layout = screen.theme, screen.layout
    if screen.hidden:
        return []
    hud = layout.hud
    out = [Drawn("hud:place", hud.place_rect)]
    out += [Drawn(f"hud:{card.id}", card.rect) for card in hud.cards]
    out += [
        Drawn(f"chip:{f.meter}", rect)
        for f, _, rect in chip_rects(screen.fx.floaters, layout, theme)
    ]
    if screen.portrait is not None and layout.portrait is not None:
        out.append(Drawn("portrait", layout.portrait))
    out.append(Drawn("card", layout.card, panel=True))
    if layout.plate is not None:
        out.append(Drawn("plate", layout.plate))
    lines = layout.page_lines(screen.reading.page)
    if lines and screen.reading.shown > 0:
        width = max(theme.width(line, layout.text_role) for line in lines)
        height = len(lines) * theme.lh(layout.text_role)
        out.append(Drawn("text", Rect(layout.text_left, layout.text_top, width, height)))
    if screen.choices_shown:
        out += [Drawn(f"choice:{b.index}", b.rect, panel=True) for b in screen.visible_boxes()]
        if layout.pager is not None:
            out += [Drawn("pager:prev", layout.pager.prev), Drawn("pager:next", layout.pager.next)]
    out += _footer_boxes(screen)
    for overlay in screen.overlays:
        found = getattr(overlay, "drawn", None)
        if callable(found):
            out += found()
    return out


def _footer_boxes(screen: DialogueScreen) -> list[Drawn]:
    from game.ui.dialogue_layout import block_height

    theme, layout = screen.theme, screen.layout
    if screen.fx.toasts:
        lines = layout.notice_lines(screen.fx.toasts[-1].text, theme)
        return [Drawn("notice", layout.notice_rect(lines, theme))]
    block = screen.footer_block()
    if block is not None:
        height = block_height(block, theme, layout.text_width)
        top = layout.footer_at(height)
        return [Drawn("footer", Rect(layout.text_left, top, layout.text_width, height))]
    hints = layout.footer_choose if screen.choices_visible else layout.footer_read
    width = max((theme.width(line, "small") for line in hints), default=0)
    top = layout.hints_top(hints, theme)
    small = theme.lh("small")
    out = [Drawn("hints", Rect(layout.text_left, top, width, len(hints) * small))]
    if layout.last_page > 0 and not screen.choices_visible:
        label = screen.t("dlg.page", n=screen.reading.page + 1, total=layout.last_page + 1)
        mark_w = theme.width(label, "small")
        right = layout.card.right - 5 * GRID
        out.append(Drawn("page", Rect(right - mark_w, top, mark_w, small)))
    if not screen.choices_visible and screen.page_done:
        x, y = layout.card.right - 3 * GRID, top + small // 2
        out.append(Drawn("go_on", Rect(x - GRID, y - GRID, GRID + GRID // 2, 2 * GRID)))
    return out
