"""The scenes the game draws, one function per kind of place (see game.ui.art.backdrops).

Grouped by what they are: ``work`` (offices and meeting rooms), ``public``
(counters, a shelter, a town hall, a court), ``care`` (a ward, a midwife, a
school), ``homes`` and ``outside``; ``kit`` holds the shared pieces. A group
is imported the first time one of its scenes is drawn: the title screen
needs only the street, and start-up stays quick.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable

from game.ui.art.scenes.kit import ScenePen

Scene = Callable[[ScenePen, float, random.Random], None]

# In the order the documentation lists them; the schema's `scene` enum is the same list.
WHERE: dict[str, tuple[str, str]] = {
    "office": ("work", "office"),
    "office_floor": ("work", "office_floor"),
    "meeting_room": ("work", "meeting_room"),
    "consulting_room": ("work", "consulting_room"),
    "counter": ("public", "counter"),
    "shelter_intake": ("public", "shelter_intake"),
    "town_hall_room": ("public", "town_hall_room"),
    "courtroom": ("public", "courtroom"),
    "hospital_ward": ("care", "hospital_ward"),
    "midwife_practice": ("care", "midwife_practice"),
    "school": ("care", "school"),
    "living_room": ("homes", "living_room"),
    "kitchen": ("homes", "kitchen"),
    "bedroom": ("homes", "bedroom"),
    "studio_flat": ("homes", "studio_flat"),
    "street": ("outside", "street"),
    "walkway": ("outside", "walkway"),
    "neutral": ("outside", "neutral"),
}
SCENE_KINDS: tuple[str, ...] = tuple(WHERE)


def scene(kind: str) -> Scene:
    """The function that draws a kind of place."""
    module, name = WHERE[kind]
    drawer: Scene = getattr(importlib.import_module(f"game.ui.art.scenes.{module}"), name)
    return drawer


__all__ = ["SCENE_KINDS", "Scene", "ScenePen", "scene"]
