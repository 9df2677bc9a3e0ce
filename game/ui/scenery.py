"""Backdrops and portraits for a node, from the artist's module (game.ui.art).

Author files win when they load; otherwise the game draws its own: the
place's ``scene`` (or a guess from its id and name), and each character as
the scenario describes them, the whole cast resolved together so that no two
share a face. In high contrast the backdrop is darkened so that white text
on black panels stays the loudest thing on screen.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import pygame

from game.engine.model import Character, Scenario
from game.ui.art.backdrops import draw_backdrop, load_backdrop, scene_for
from game.ui.images import allowed

if TYPE_CHECKING:  # the portrait modules are imported when the first person is drawn
    from game.ui.art.people import Look, PersonSpec

Size = tuple[int, int]


def backdrop(
    scenario: Scenario, place_id: str | None, name: str, size: Size, high_contrast: bool
) -> pygame.Surface:
    place = scenario.places.get(place_id or "")
    file = place.background if place else None
    # Checked again here: a link that appeared after loading must not lead out.
    image = load_backdrop(file, size) if file and allowed(file, scenario) else None
    if image is None:
        # The default language's name: the same place looks the same in every language.
        known = place.name.render(place.name.default) if place else name
        kind = scene_for(place_id or "", known, place.scene if place else None)
        image = draw_backdrop(kind, size, seed=place_id or "")
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
    from game.ui.art.portraits import canonical_mood, draw_portrait, load_portrait

    files = character.portraits
    wanted = canonical_mood(mood)
    for key in (mood, wanted, "", "neutral"):
        path = files.get(key)
        if path and (scenario is None or allowed(path, scenario)):
            image = load_portrait(path, size)
            if image is not None:
                return image
    return draw_portrait(look_of(character, scenario), wanted, size)


def look_of(character: Character, scenario: Scenario | None = None) -> Look:
    """How the game draws a character: resolved with the rest of the cast when known."""
    cast = tuple(scenario.characters.values()) if scenario is not None else (character,)
    if character not in cast:
        cast = (*cast, character)
    looks = _cast_looks(tuple(_spec(c) for c in cast), scenario.id if scenario else "")
    return looks[character.id]


@lru_cache(maxsize=16)
def _cast_looks(cast: tuple[PersonSpec, ...], seed: str) -> dict[str, Look]:
    from game.ui.art.people import cast_looks

    return cast_looks(cast, seed)


def _spec(character: Character) -> PersonSpec:
    from game.ui.art.people import PersonSpec

    return PersonSpec.of(character.id, character.role, character.color, character.look)
