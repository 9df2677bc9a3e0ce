"""Render the art to PNGs, to look at it: every backdrop kind, every character of every
shipped case in every mood, and the defaults the game draws for each role.

    SDL_VIDEODRIVER=dummy python -m game.ui.art.contact_sheet /tmp/art
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.ui.art.backdrops import SCENE_KINDS, draw_backdrop
from game.ui.art.fonts import load_font
from game.ui.art.palette import (
    BAR_HEIGHT,
    BORDER,
    GRID,
    MARGIN,
    PADDING,
    PORTRAIT_SIZE,
    RADIUS,
    RADIUS_LARGE,
    SCREEN_SIZE,
    Palette,
    palette,
)
from game.ui.art.people import PersonSpec, cast_looks
from game.ui.art.portraits import MOODS, ROLES, draw_portrait, look_for

if TYPE_CHECKING:
    from game.engine.model import Scenario

SAMPLE_PEOPLE = {
    "client": ("sanne", "jayden"),
    "colleague": ("marloes", "ahmed"),
    "manager": ("ingrid", "kees"),
    "director": ("directeur", "yvonne"),
    "partner": ("verloskundige", "wijkagent"),
    "other": ("moeder", "buurman"),
}


def portrait_sheet(cell: tuple[int, int] = (160, 192)) -> pygame.Surface:
    """The looks the game chooses for characters without a ``look``, two per role."""
    people = [(role, pid) for role in ROLES for pid in SAMPLE_PEOPLE[role]]
    rows = [(pid, role, look_for(pid, role)) for role, pid in people]
    return _mood_grid(rows, cell)


def cast_sheet(scenario: Scenario, lang: str = "nl",
               cell: tuple[int, int] = (160, 192)) -> pygame.Surface:
    """Every character of a case in every mood, as the case describes them."""
    specs = [PersonSpec.of(c.id, c.role, c.color, c.look) for c in scenario.characters.values()]
    looks = cast_looks(specs, scenario.id)
    rows = []
    for character in scenario.characters.values():
        title = character.title.render(lang) if character.title else character.role
        rows.append((character.name.render(lang), title, looks[character.id]))
    return _mood_grid(rows, cell)


def _mood_grid(rows: list, cell: tuple[int, int]) -> pygame.Surface:  # type: ignore[type-arg]
    pal = palette(False)
    label = load_font(16, bold=True)
    small = load_font(13)
    head, left = 4 * GRID, 30 * GRID
    sheet = pygame.Surface((left + cell[0] * len(MOODS), head + cell[1] * len(rows)))
    sheet.fill(pal.paper)
    for col, mood in enumerate(MOODS):
        text = label.render(mood, True, pal.ink)
        sheet.blit(text, (left + col * cell[0] + (cell[0] - text.get_width()) // 2, GRID))
    for row, (name, caption, look) in enumerate(rows):
        y = head + row * cell[1]
        sheet.blit(label.render(name, True, pal.ink), (GRID, y + cell[1] // 2 - 48))
        line_y = y + cell[1] // 2 - 24
        for line in (caption, f"{look.presentation}, {look.age}", look.outfit):
            text = small.render(line, True, pal.ink_soft, None, left - 2 * GRID)
            sheet.blit(text, (GRID, line_y))
            line_y += text.get_height() + 2
        for col, mood in enumerate(MOODS):
            sheet.blit(draw_portrait(look, mood, cell), (left + col * cell[0], y))
    return sheet


def backdrop_sheet(cell: tuple[int, int] = (640, 360)) -> pygame.Surface:
    pal = palette(False)
    label = load_font(20, bold=True)
    cols = 2
    rows = -(-len(SCENE_KINDS) // cols)
    sheet = pygame.Surface((cols * (cell[0] + GRID) + GRID, rows * (cell[1] + 5 * GRID)))
    sheet.fill(pal.paper)
    for index, kind in enumerate(SCENE_KINDS):
        x = GRID + (index % cols) * (cell[0] + GRID)
        y = (index // cols) * (cell[1] + 5 * GRID)
        sheet.blit(label.render(kind, True, pal.ink), (x, y + GRID))
        sheet.blit(draw_backdrop(kind, cell, "sample"), (x, y + 4 * GRID))
    return sheet


def mock_dialogue(pal: Palette) -> pygame.Surface:
    """A sketch of the dialogue screen, only to judge the art together; not the real screen."""
    screen = pygame.Surface(SCREEN_SIZE)
    screen.blit(draw_backdrop("counter", SCREEN_SIZE, "balie-corporatie"), (0, 0))
    veil = pygame.Surface(SCREEN_SIZE, pygame.SRCALPHA)
    veil.fill(pal.backdrop_veil)
    screen.blit(veil, (0, 0))
    panel = pygame.Rect(MARGIN, 424, SCREEN_SIZE[0] - 2 * MARGIN, 264)
    screen.blit(draw_portrait(look_for("sanne", "client"), "worried", PORTRAIT_SIZE),
                (MARGIN + GRID, panel.top - PORTRAIT_SIZE[1] + 4 * GRID))
    _panel(screen, pal, panel)
    name = load_font(22, bold=True).render("Sanne · cliënt", True, pal.name_plate_ink)
    plate = pygame.Rect(panel.left + PADDING, panel.top - 2 * GRID, name.get_width() + 2 * PADDING,
                        5 * GRID)
    pygame.draw.rect(screen, pal.name_plate, plate, 0, RADIUS)
    screen.blit(name, name.get_rect(center=plate.center))
    body = load_font(24)
    text = ("“Ik moet over drie weken uit mijn kamer, en de corporatie zegt dat ik niet "
            "urgent ben. Ik ben vijf maanden zwanger.” Wat zeg je tegen haar?")
    screen.blit(body.render(text, True, pal.ink, None, panel.width - 2 * PADDING),
                (panel.left + PADDING, panel.top + 4 * GRID))
    choices = ("Ik bel de corporatie vandaag nog, samen met jou.",
               "Dat is helaas het beleid; je moet zelf een woning zoeken.")
    for i, label in enumerate(choices):
        rect = pygame.Rect(panel.left + PADDING, panel.top + 15 * GRID + i * 6 * GRID,
                           panel.width - 2 * PADDING, 5 * GRID)
        hovered = i == 0
        pygame.draw.rect(screen, pal.hover if hovered else pal.panel, rect, 0, RADIUS)
        pygame.draw.rect(screen, pal.focus if hovered else pal.panel_edge, rect, BORDER, RADIUS)
        caption = body.render(f"{i + 1}  {label}", True, pal.ink)
        screen.blit(caption, (rect.left + PADDING, rect.centery - caption.get_height() // 2))
    _meters(screen, pal)
    return screen


def _panel(screen: pygame.Surface, pal: Palette, rect: pygame.Rect) -> None:
    shadow = pygame.Surface(rect.size, pygame.SRCALPHA)
    pygame.draw.rect(shadow, pal.shadow, shadow.get_rect(), 0, RADIUS_LARGE)
    screen.blit(shadow, rect.move(0, GRID // 2))
    pygame.draw.rect(screen, pal.panel, rect, 0, RADIUS_LARGE)
    pygame.draw.rect(screen, pal.panel_edge, rect, BORDER, RADIUS_LARGE)


def _meters(screen: pygame.Surface, pal: Palette) -> None:
    card = pygame.Rect(SCREEN_SIZE[0] - MARGIN - 52 * GRID, MARGIN, 52 * GRID, 15 * GRID)
    _panel(screen, pal, card)
    label = load_font(20, bold=True)
    small = load_font(18)
    rows = (("Sanne wacht al 46 dagen", "nog 14 dagen", pal.calendar_color(0.75), 0.76),
            ("Jouw veiligheid", "70", pal.safety, 0.7))
    for i, (name, value, color, fill) in enumerate(rows):
        y = card.top + PADDING + i * 6 * GRID
        screen.blit(label.render(name, True, pal.ink), (card.left + PADDING, y))
        text = small.render(value, True, pal.ink_soft)
        screen.blit(text, (card.right - PADDING - text.get_width(), y + 2))
        bar = pygame.Rect(card.left + PADDING, y + 4 * GRID - GRID // 2,
                          card.width - 2 * PADDING, BAR_HEIGHT)
        pygame.draw.rect(screen, pal.meter_track, bar, 0, BAR_HEIGHT // 2)
        pygame.draw.rect(screen, color, bar.inflate(-(1 - fill) * bar.width, 0).move(
            -(1 - fill) * bar.width / 2, 0), 0, BAR_HEIGHT // 2)


def shipped_scenarios() -> list[Scenario]:
    from game.paths import SCENARIOS_DIR
    from game.scenario.loader import load_file, scenario_files

    found = [load_file(path).scenario for path in scenario_files(SCENARIOS_DIR)]
    return [scenario for scenario in found if scenario is not None]


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "/tmp/art")
    out.mkdir(parents=True, exist_ok=True)
    pygame.font.init()
    pygame.image.save(portrait_sheet(), out / "portraits_defaults.png")
    for scenario in shipped_scenarios():
        pygame.image.save(cast_sheet(scenario), out / f"cast_{scenario.id}.png")
    pygame.image.save(backdrop_sheet(), out / "backdrops.png")
    pygame.image.save(mock_dialogue(palette(False)), out / "mock_dialogue.png")
    pygame.image.save(mock_dialogue(palette(True)), out / "mock_dialogue_high_contrast.png")
    for kind in SCENE_KINDS:
        pygame.image.save(draw_backdrop(kind, (1280, 720), "sample"), out / f"backdrop_{kind}.png")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
