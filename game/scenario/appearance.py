"""Format 1.1's vocabulary for the art: the kinds of place, and how a character looks.

The schema (``schema.py``) validates ``scene`` and ``look`` against these
lists; the art module (``game.ui.art``) draws exactly these, and a test holds
the two equal. Kept apart from the schema so that extensions stay small.
"""

from __future__ import annotations

from typing import Literal

Scene = Literal[
    "office",
    "office_floor",
    "meeting_room",
    "consulting_room",
    "counter",
    "shelter_intake",
    "town_hall_room",
    "courtroom",
    "hospital_ward",
    "midwife_practice",
    "school",
    "living_room",
    "kitchen",
    "bedroom",
    "studio_flat",
    "street",
    "walkway",
    "neutral",
]
Presentation = Literal["woman", "man", "neutral"]
AgeBand = Literal["child", "young", "adult", "middle", "older"]
HairStyle = Literal[
    "short",
    "side_part",
    "buzz",
    "bob",
    "long",
    "long_parted",
    "ponytail",
    "bun",
    "curly",
    "afro",
    "bald",
]
HairColor = Literal[
    "black",
    "dark_brown",
    "brown",
    "light_brown",
    "red",
    "dark_blond",
    "blond",
    "grey",
    "white",
]
SkinTone = Literal["light", "light_medium", "medium", "medium_dark", "dark"]
Beard = Literal["none", "stubble", "moustache", "short", "full"]
Outfit = Literal[
    "tshirt",
    "striped",
    "hoodie",
    "cardigan",
    "sweater",
    "shirt",
    "polo",
    "zip_jacket",
    "blazer",
    "blazer_tie",
    "scrubs",
    "toga",
]
