"""Who a portrait shows: the author's description of a character, completed by the game.

A character may carry a ``look`` (format 1.1): presentation, age band, hair
style and colour, skin tone, glasses, beard, headscarf, outfit, pregnant.
Whatever the author leaves out is chosen here from what the game knows: the
character's role (a director in a blazer and tie, more often grey), and a
seed (the scenario and the character's id, through SHA-256, so it is the
same on every machine). A choice never contradicts a given field: a woman
gets no beard unless the author gives her one, an older man's default hair
is more often grey, and a hair colour given is always the one drawn.

``cast_looks`` resolves a whole cast at once and keeps faces apart: when a
character's defaults would give the face of someone earlier in the cast,
the defaults are drawn again (fields the author gave never change).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from game.ui.art.color import RGB, hex_to_rgb

ROLES = ("client", "colleague", "manager", "director", "partner", "other")

# The author's vocabulary, in the order the documentation lists it.
PRESENTATIONS = ("woman", "man", "neutral")
AGES = ("child", "young", "adult", "middle", "older")
HAIR_STYLES = ("short", "side_part", "buzz", "bob", "long", "long_parted", "ponytail", "bun",
               "curly", "afro", "bald")
HAIR_COLORS: dict[str, RGB] = {
    "black": (34, 28, 26), "dark_brown": (62, 42, 30), "brown": (98, 64, 40),
    "light_brown": (140, 96, 58), "red": (170, 92, 48), "dark_blond": (196, 156, 92),
    "blond": (228, 198, 140), "grey": (156, 152, 148), "white": (222, 218, 212),
}
SKIN_TONES: dict[str, RGB] = {
    "light": (246, 216, 196), "light_medium": (234, 190, 156), "medium": (208, 152, 112),
    "medium_dark": (164, 108, 72), "dark": (108, 68, 46),
}
BEARDS = ("none", "stubble", "moustache", "short", "full")
OUTFITS = ("tshirt", "striped", "hoodie", "cardigan", "sweater", "shirt", "polo", "zip_jacket",
           "blazer", "blazer_tie", "scrubs", "toga")
LOOK_FIELDS = ("presentation", "age", "hair", "hair_color", "skin", "glasses", "beard",
               "headscarf", "outfit", "pregnant")

ROLE_OUTFITS: dict[str, tuple[str, ...]] = {
    "client": ("hoodie", "tshirt", "striped"),
    "colleague": ("cardigan", "sweater", "shirt"),
    "manager": ("blazer", "shirt"),
    "director": ("blazer_tie", "blazer"),
    "partner": ("polo", "zip_jacket", "sweater", "shirt"),
    "other": ("sweater", "shirt", "tshirt"),
}
ROLE_AGES: dict[str, tuple[str, ...]] = {
    "client": ("young", "adult"),
    "colleague": ("young", "adult", "middle"),
    "manager": ("adult", "middle"),
    "director": ("middle", "older"),
    "partner": ("young", "adult", "middle"),
    "other": ("young", "adult", "middle", "older"),
}
HAIR_BY_PRESENTATION: dict[str, tuple[tuple[str, int], ...]] = {
    "woman": (("bob", 8), ("long", 7), ("long_parted", 7), ("ponytail", 5), ("bun", 5),
              ("curly", 5), ("afro", 3), ("short", 3)),
    "man": (("short", 9), ("side_part", 8), ("buzz", 5), ("curly", 4), ("afro", 2), ("bald", 3)),
    "neutral": (("short", 6), ("bob", 5), ("curly", 5), ("side_part", 4), ("buzz", 3)),
}
GARMENT_COLORS: tuple[RGB, ...] = (
    (46, 110, 120), (196, 140, 56), (178, 92, 72), (110, 140, 104), (52, 72, 120),
    (122, 84, 124), (200, 120, 120), (84, 104, 124), (160, 120, 64), (58, 108, 84),
    (90, 130, 170), (140, 70, 84),
)
SHIRT_COLORS: tuple[RGB, ...] = ((250, 250, 246), (214, 228, 242), (242, 224, 222), (236, 232, 220))
ACCENT_COLORS: tuple[RGB, ...] = ((196, 64, 70), (40, 90, 150), (214, 160, 40), (60, 130, 110),
                                  (120, 70, 130))
FRAME_COLORS: tuple[RGB, ...] = ((44, 40, 46), (120, 70, 50), (70, 90, 130), (150, 40, 60))
LIGHT_FRAMES: tuple[RGB, ...] = ((214, 176, 96), (200, 80, 90), (150, 190, 220))  # for dark skin
SCARF_COLORS: tuple[RGB, ...] = ((40, 60, 96), (120, 60, 80), (60, 100, 90), (176, 130, 90),
                                 (90, 80, 120))
TOGA: RGB = (30, 30, 36)


@dataclass(frozen=True, slots=True)
class Look:
    """Everything about a person's appearance, resolved: what the portrait draws."""

    presentation: str
    age: str
    hair_style: str
    hair_color: str
    skin_tone: str
    glasses: str | None  # "round" or "square"
    beard: str
    headscarf: bool
    outfit: str
    pregnant: bool
    head_rx: float
    head_ry: float
    jaw: float  # how much the face narrows toward the chin
    brow_width: float
    shoulders: float
    frame: RGB
    garment: RGB
    shirt: RGB
    accent: RGB
    scarf: RGB

    @property
    def skin(self) -> RGB:
        return SKIN_TONES[self.skin_tone]

    @property
    def hair(self) -> RGB:
        return HAIR_COLORS[self.hair_color]

    @property
    def face(self) -> tuple[object, ...]:
        """The traits one sees at a glance; two people of one cast never share them all."""
        hair = ("headscarf",) if self.headscarf else (self.hair_style, self.hair_color)
        return (self.presentation, *hair, self.skin_tone, self.glasses is not None, self.beard,
                self.outfit)


@dataclass(frozen=True, slots=True)
class PersonSpec:
    """What a scenario says about a character, as the art module needs it."""

    id: str
    role: str = "other"
    color: str | None = None
    fields: tuple[tuple[str, str | bool], ...] = field(default_factory=tuple)

    @staticmethod
    def of(character_id: str, role: str, color: str | None = None,
           look: Mapping[str, str | bool] | None = None) -> PersonSpec:
        return PersonSpec(character_id, role, color, tuple(sorted((look or {}).items())))


def cast_looks(cast: Iterable[PersonSpec], seed: str = "") -> dict[str, Look]:
    """Every character's look, with defaults drawn again where a face would repeat."""
    out: dict[str, Look] = {}
    faces: set[tuple[object, ...]] = set()
    for spec in cast:
        look = resolve_look(spec, seed)
        for attempt in range(1, 24):
            if look.face not in faces:
                break
            look = resolve_look(spec, seed, attempt)
        faces.add(look.face)
        out[spec.id] = look
    return out


def resolve_look(spec: PersonSpec, seed: str = "", attempt: int = 0) -> Look:
    """One character's look: the author's fields, the rest from role and seed."""
    given = dict(spec.fields)
    role = spec.role if spec.role in ROLE_OUTFITS else "other"
    person = _rng("person", seed, spec.id, str(attempt))
    build = _rng("build", seed, spec.id)  # face shape stays the same between attempts
    presentation = _pick(given, "presentation", PRESENTATIONS,
                         lambda: person.choices(PRESENTATIONS, weights=(45, 45, 10))[0])
    age = _pick(given, "age", AGES, lambda: person.choice(ROLE_AGES[role]))
    skin = _pick(given, "skin", tuple(SKIN_TONES), lambda: person.choice(tuple(SKIN_TONES)))
    hair_style = _pick(given, "hair", HAIR_STYLES,
                       lambda: _default_hair(person, presentation, age))
    hair_color = _pick(given, "hair_color", tuple(HAIR_COLORS),
                       lambda: _default_hair_color(person, skin, age))
    glasses_given = given.get("glasses")
    wears_glasses = (glasses_given if isinstance(glasses_given, bool)
                     else person.random() < (0.45 if age == "older" else 0.22))
    beard = _pick(given, "beard", BEARDS, lambda: _default_beard(person, presentation, age))
    outfit = _pick(given, "outfit", OUTFITS, lambda: person.choice(ROLE_OUTFITS[role]))
    garment = _parse_color(spec.color) or person.choice(GARMENT_COLORS)
    man, child = presentation == "man", age == "child"
    return Look(
        presentation=presentation,
        age=age,
        hair_style=hair_style,
        hair_color=hair_color,
        skin_tone=skin,
        glasses=build.choice(("round", "square")) if wears_glasses else None,
        beard=beard,
        headscarf=given.get("headscarf") is True,
        outfit=outfit,
        pregnant=given.get("pregnant") is True,
        head_rx=build.uniform(39, 42) if man else build.uniform(36.5, 39.5),
        head_ry=build.uniform(46, 49) if man else build.uniform(44.5, 47.5),
        jaw=0.1 if child else (build.uniform(0.04, 0.1) if man else build.uniform(0.12, 0.2)),
        brow_width=build.uniform(3.4, 4.2) if man else build.uniform(2.4, 3.1),
        shoulders=70.0 if child else (build.uniform(86, 92) if man else build.uniform(78, 84)),
        frame=build.choice(LIGHT_FRAMES if skin in ("medium_dark", "dark") else FRAME_COLORS),
        garment=garment,
        shirt=person.choice(SHIRT_COLORS),
        accent=_accent_for(person, garment),
        scarf=person.choice(SCARF_COLORS),
    )


def _pick(given: Mapping[str, object], key: str, allowed: tuple[str, ...],
          default: Callable[[], str]) -> str:
    """The author's value when it is one of the allowed ones, else the default."""
    value = given.get(key)
    if isinstance(value, str) and value in allowed:
        return value
    return default()


def _default_hair(rng: random.Random, presentation: str, age: str) -> str:
    options = [(style, weight) for style, weight in HAIR_BY_PRESENTATION[presentation]
               if not (style == "bald" and age in ("child", "young"))]
    if age in ("middle", "older") and presentation == "man":
        options.append(("bald", 4))
    styles = [style for style, _ in options]
    return rng.choices(styles, weights=[weight for _, weight in options])[0]


def _default_hair_color(rng: random.Random, skin: str, age: str) -> str:
    greying = {"older": 0.8, "middle": 0.3}.get(age, 0.0)
    if rng.random() < greying:
        return rng.choice(("grey", "white") if age == "older" else ("grey",))
    if skin in ("medium_dark", "dark", "medium"):
        return rng.choice(("black", "dark_brown", "black"))
    return rng.choice(("dark_brown", "brown", "light_brown", "red", "dark_blond", "blond"))


def _default_beard(rng: random.Random, presentation: str, age: str) -> str:
    if presentation != "man" or age in ("child",):
        return "none"
    return rng.choices(BEARDS, weights=(60, 12, 6, 14, 8))[0]


def _accent_for(rng: random.Random, garment: RGB) -> RGB:
    options = sorted(ACCENT_COLORS, key=lambda c: -sum(abs(a - b) for a, b in zip(c, garment,
                                                                                   strict=True)))
    return rng.choice(options[:3])


def _parse_color(color: str | None) -> RGB | None:
    if not color:
        return None
    try:
        return hex_to_rgb(color)
    except ValueError:
        return None


def _rng(*parts: str) -> random.Random:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))
