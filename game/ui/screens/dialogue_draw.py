"""Drawing the dialogue screen. Reads the screen's state; changes nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui import draw
from game.ui.art.palette import GRID, RADIUS, RADIUS_LARGE
from game.ui.dialogue_layout import (
    NOTICE_PAD,
    NOTICE_ROLE,
    PLATE_PAD,
    ChoiceBox,
    DialogueLayout,
    block_height,
)
from game.ui.fx import Floater
from game.ui.hud import draw_hud
from game.ui.layout import place_chips
from game.ui.theme import Theme

if TYPE_CHECKING:
    from game.ui.screens.dialogue import DialogueScreen

Rect = pygame.Rect


def compose_base(screen: DialogueScreen, with_hud: bool) -> pygame.Surface:
    """What stays still on a node: backdrop, portrait, the empty card and its name plate
    (and the HUD at rest). Built once per node and size, then blitted as one surface."""
    base = pygame.Surface(screen.backdrop.get_size())
    if pygame.display.get_surface() is not None:
        base = base.convert()
    base.blit(screen.backdrop, (0, 0))
    layout = screen.layout
    if screen.portrait is not None and layout.portrait is not None:
        base.blit(screen.portrait, layout.portrait)
    if with_hud:
        draw_hud(base, layout.hud, screen.theme, {}, {})
    draw.panel(base, layout.card, screen.theme, radius=RADIUS_LARGE)
    if layout.plate is not None:
        _plate(base, screen)
    return base


def draw_picture_only(surface: pygame.Surface, screen: DialogueScreen) -> None:
    """The interface hidden (V): the backdrop and the person, nothing else."""
    surface.blit(screen.backdrop, (0, 0))
    if screen.portrait is not None and screen.layout.portrait is not None:
        surface.blit(screen.portrait, screen.layout.portrait)


def draw_dialogue(surface: pygame.Surface, screen: DialogueScreen) -> None:
    theme, layout = screen.theme, screen.layout
    moving_hud = bool(screen.fx.tweens or screen.fx.floaters)
    if moving_hud:
        surface.blit(screen.base, (0, 0))
        draw_hud(surface, layout.hud, theme, screen.fx.shown(), screen.fx.glow())
    else:
        surface.blit(screen.base_with_hud, (0, 0))
    _card(surface, screen)
    _floaters(surface, screen.fx.floaters, layout, theme)


def _card(surface: pygame.Surface, screen: DialogueScreen) -> None:
    _text(surface, screen)
    if screen.choices_shown:
        for box in screen.visible_boxes():
            _choice(surface, screen, box)
        _pager(surface, screen)
    elif screen.page_done:
        _go_on_mark(
            surface, screen, screen.layout.hints_top(screen.layout.footer_read, screen.theme)
        )
    _footer(surface, screen)


def _footer(surface: pygame.Surface, screen: DialogueScreen) -> None:
    """The footer shows one thing at a time: a notice, a mode's or a status line, the hints."""
    theme, layout, pal = screen.theme, screen.layout, screen.theme.pal
    toast = screen.fx.toasts[-1] if screen.fx.toasts else None
    if toast is not None:
        lines = layout.notice_lines(toast.text, theme)
        rect = layout.notice_rect(lines, theme)
        layer = pygame.Surface(rect.size, pygame.SRCALPHA)
        pygame.draw.rect(layer, pal.name_plate, layer.get_rect(), border_radius=RADIUS)
        draw.lines(layer, theme, lines, NOTICE_ROLE, pal.name_plate_ink, (NOTICE_PAD, 0))
        layer.set_alpha(round(255 * max(0.35, toast.alpha())))
        surface.blit(layer, rect)
        return
    block = screen.footer_block()
    if block is not None:
        top = layout.footer_at(block_height(block, theme, layout.text_width))
        draw_block(surface, theme, block, (layout.text_left, top), layout.text_width)
        return
    footer = layout.footer_choose if screen.choices_visible else layout.footer_read
    top = layout.hints_top(footer, theme)
    if layout.last_page > 0 and not screen.choices_visible:
        _page_mark(surface, screen, top)
    draw.lines(surface, theme, footer, "small", pal.ink_soft, (layout.text_left, top))


def draw_block(
    surface: pygame.Surface,
    theme: Theme,
    block: tuple[tuple[str, str], ...],
    pos: tuple[int, int],
    width: int,
) -> None:
    """Footer paragraphs: bold ones in the accent colour (a heading), the rest soft."""
    x, y = pos
    pal = theme.pal
    for text, role in block:
        tone = pal.accent if role.endswith("bold") else pal.ink_soft
        y = draw.lines(surface, theme, theme.wrap_items(text, role, width), role, tone, (x, y))


def _plate(surface: pygame.Surface, screen: DialogueScreen) -> None:
    theme, layout, pal = screen.theme, screen.layout, screen.theme.pal
    plate = layout.plate
    assert plate is not None
    pygame.draw.rect(surface, pal.name_plate, plate, border_radius=RADIUS)
    x, y = plate.x + PLATE_PAD, plate.y + PLATE_PAD // 2
    ink = pal.name_plate_ink
    for text, role in layout.plate_lines:
        if role == "mixed":
            name, _, title = text.partition("  ·  ")
            surface.blit(
                theme.render(name, "label_bold", ink), (x, y + _nudge(theme, "label_bold"))
            )
            after = x + theme.width(name, "label_bold")
            surface.blit(
                theme.render(f"  ·  {title}", "label", ink),
                (after, y + _nudge(theme, "label_bold")),
            )
            y += theme.lh("label_bold")
        else:
            surface.blit(theme.render(text, role, ink), (x, y + _nudge(theme, role)))
            y += theme.lh(role)


def _nudge(theme: Theme, role: str) -> int:
    return (theme.lh(role) - theme.font(role).get_linesize()) // 2


def _text(surface: pygame.Surface, screen: DialogueScreen) -> None:
    theme, layout = screen.theme, screen.layout
    role, color = layout.text_role, theme.pal.ink
    lines = layout.page_lines(screen.reading.page)
    budget = int(screen.reading.shown)
    x, y = layout.text_left, layout.text_top
    pitch, nudge = theme.lh(role), _nudge(theme, role)
    for line in lines:
        if budget <= 0:
            break
        image = theme.render(line, role, color) if line else None
        if image is not None:
            if budget >= len(line):
                surface.blit(image, (x, y + nudge))
            else:
                width = theme.width(line[:budget], role)
                surface.blit(image, (x, y + nudge), Rect(0, 0, width, image.get_height()))
        budget -= len(line) + 1
        y += pitch


def _go_on_mark(surface: pygame.Surface, screen: DialogueScreen, top: int) -> None:
    """A small still triangle at the card's corner: there is more, press to go on."""
    card, pal = screen.layout.card, screen.theme.pal
    x, y = card.right - 3 * GRID, top + screen.theme.lh("small") // 2
    points = [(x - GRID, y - GRID), (x + GRID // 2, y), (x - GRID, y + GRID)]
    pygame.draw.polygon(surface, pal.accent, points)


def _page_mark(surface: pygame.Surface, screen: DialogueScreen, top: int) -> None:
    """ "1/2" beside the go-on mark: the text goes on over more than one page."""
    theme, layout = screen.theme, screen.layout
    label = screen.t("dlg.page", n=screen.reading.page + 1, total=layout.last_page + 1)
    image = theme.render(label, "small", theme.pal.ink_soft)
    right = layout.card.right - 3 * GRID - 2 * GRID
    surface.blit(image, (right - image.get_width(), top + _nudge(theme, "small")))


def _choice(surface: pygame.Surface, screen: DialogueScreen, box: ChoiceBox) -> None:
    theme, pal = screen.theme, screen.theme.pal
    focused = box.index == screen.reading.focus and box.enabled
    if not box.enabled:
        fill, edge, ink = pal.disabled, pal.panel_edge, pal.disabled_ink
    elif focused:
        fill, edge, ink = pal.hover, pal.accent, pal.ink
    else:
        fill, edge, ink = pal.panel, pal.panel_edge, pal.ink
    pygame.draw.rect(surface, fill, box.rect, border_radius=RADIUS)
    pygame.draw.rect(surface, edge, box.rect, width=2 if not focused else 3, border_radius=RADIUS)
    if box.enabled and box.number is not None:
        badge = box.badge_rect()
        pygame.draw.circle(surface, pal.accent, badge.center, badge.width // 2)
        draw.centered(surface, theme.render(str(box.number), "label_bold", pal.accent_ink), badge)
    text = box.text_rect(theme)
    draw.lines(surface, theme, box.lines, "body", ink, text.topleft)
    if box.reason:
        draw.lines(surface, theme, box.reason, "small_italic", ink, box.reason_rect(theme).topleft)


def _pager(surface: pygame.Surface, screen: DialogueScreen) -> None:
    pager = screen.layout.pager
    if pager is None:
        return
    theme, pal = screen.theme, screen.theme.pal
    first = screen.reading.group == 0
    last = screen.reading.group == len(screen.layout.groups) - 1
    for rect, key, off in (
        (pager.prev, "dlg.prev_choices", first),
        (pager.next, "dlg.more_choices", last),
    ):
        ink = pal.disabled_ink if off else pal.accent
        pygame.draw.rect(surface, pal.disabled if off else pal.panel, rect, border_radius=RADIUS)
        edge = pal.panel_edge if off else pal.accent
        pygame.draw.rect(surface, edge, rect, width=2, border_radius=RADIUS)
        lines = theme.wrap(screen.t(key), "label_bold", rect.width - 2 * GRID)
        top = rect.centery - len(lines) * theme.lh("label_bold") // 2
        for index, line in enumerate(lines):
            image = theme.render(line, "label_bold", ink)
            surface.blit(
                image,
                image.get_rect(centerx=rect.centerx, top=top + index * theme.lh("label_bold")),
            )
    label = screen.t(
        "dlg.choices_page", n=screen.reading.group + 1, total=len(screen.layout.groups)
    )
    for index, line in enumerate(theme.wrap(label, "small", pager.label.width)):
        image = theme.render(line, "small", pal.ink_soft)
        surface.blit(
            image,
            image.get_rect(
                centerx=pager.label.centerx, top=pager.label.y + GRID + index * theme.lh("small")
            ),
        )


def chip_rects(
    floaters: list[Floater], layout: DialogueLayout, theme: Theme
) -> list[tuple[Floater, pygame.Surface, Rect]]:
    """Each change label, its card and its place in the band under the HUD."""
    hud = layout.hud
    shown = [(f, hud.card(f.meter)) for f in floaters]
    placed = [(f, card) for f, card in shown if card is not None]
    chips = [_chip(f.text, card.color, theme) for f, card in placed]
    sizes = [chip.get_size() for chip in chips]
    anchors = [card.rect for _, card in placed]
    rects = place_chips(anchors, sizes, GRID, layout.chip_band.y)
    return [(f, chip, rect) for (f, _), chip, rect in zip(placed, chips, rects, strict=True)]


def _floaters(
    surface: pygame.Surface, floaters: list[Floater], layout: DialogueLayout, theme: Theme
) -> None:
    for floater, chip, rect in chip_rects(floaters, layout, theme):
        chip.set_alpha(round(255 * floater.alpha()))
        # It slides down into its band from just under the HUD, never over it.
        surface.blit(chip, rect.move(0, -round(GRID * (1 - floater.rise()))))


_CHIPS: dict[tuple[str, tuple[int, ...], object], pygame.Surface] = {}


def _chip(text: str, color: tuple[int, int, int], theme: Theme) -> pygame.Surface:
    """A change label ("+14 dagen") on a small card edged in the meter's colour, cached."""
    key = (text, color, theme.key)
    chip = _CHIPS.get(key)
    if chip is None:
        if len(_CHIPS) > 64:
            _CHIPS.clear()
        pal = theme.pal
        image = theme.render(text, "label_bold", pal.ink)
        chip = pygame.Surface(
            (image.get_width() + 4 * GRID, image.get_height() + GRID), pygame.SRCALPHA
        )
        pygame.draw.rect(chip, pal.panel, chip.get_rect(), border_radius=RADIUS)
        pygame.draw.rect(chip, color, chip.get_rect(), width=3, border_radius=RADIUS)
        chip.blit(image, image.get_rect(center=chip.get_rect().center))
        _CHIPS[key] = chip
    return chip
