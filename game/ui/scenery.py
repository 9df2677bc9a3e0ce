"""Backdrops and portraits for a node, from the artist's module (game.ui.art).

Author files win when they load; otherwise the game draws its own. In high
contrast the backdrop is darkened so that white text on black panels stays
the loudest thing on screen.
"""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.engine.model import Character, Scenario
from game.ui.art.backdrops import draw_backdrop, load_backdrop, place_kind
from game.ui.art.portraits import canonical_mood, draw_portrait, load_portrait
from game.ui.images import allowed

Size = tuple[int, int]


def backdrop(
    scenario: Scenario, place_id: str | None, name: str, size: Size, high_contrast: bool
) -> pygame.Surface:
    place = scenario.places.get(place_id or "")
    file = place.background if place else None
    image = load_backdrop(file, size) if file and allowed(file, scenario) else None
    if image is None:
        image = draw_backdrop(place_kind(place_id or "", name), size, seed=place_id or "")
    return _dimmed(image, high_contrast)


def title_backdrop(size: Size, high_contrast: bool) -> pygame.Surface:
    return _dimmed(draw_backdrop("street", size, seed="doorbraak"), high_contrast)


def _dimmed(image: pygame.Surface, high_contrast: bool) -> pygame.Surface:
    return _dim(image, 170) if high_contrast else image


@lru_cache(maxsize=8)
def _dim(image: pygame.Surface, alpha: int) -> pygame.Surface:
    out = image.copy()
    veil = pygame.Surface(out.get_size())
    veil.set_alpha(alpha)
    out.blit(veil, (0, 0))
    return out


def portrait(
    character: Character, mood: str, size: Size, scenario: Scenario | None = None
) -> pygame.Surface:
    """The character's portrait for a mood: the author's file if any, else drawn."""
    files = character.portraits
    wanted = canonical_mood(mood)
    for key in (mood, wanted, "", "neutral"):
        path = files.get(key)
        if path and (scenario is None or allowed(path, scenario)):
            image = load_portrait(path, size)
            if image is not None:
                return image
    return draw_portrait(character.id, character.role, character.color, wanted, size)
