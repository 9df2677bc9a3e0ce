"""Portraits follow the character's description, and a cast is distinct at a glance."""

from __future__ import annotations

import os
from itertools import combinations
from typing import get_args

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.engine.model import Scenario
from game.paths import SCENARIOS_DIR
from game.scenario import appearance
from game.scenario.loader import load_file, scenario_files
from game.ui import scenery
from game.ui.art import people
from game.ui.art.people import PersonSpec, cast_looks, resolve_look
from game.ui.art.portraits import MOODS, draw_portrait, look_for

SIZE = (160, 192)


def _shipped() -> list[Scenario]:
    found = [load_file(path).scenario for path in scenario_files(SCENARIOS_DIR)]
    return [scenario for scenario in found if scenario is not None]


CASES = _shipped()


def _case_id(scenario: Scenario) -> str:
    return scenario.id


def visible_difference(a: pygame.Surface, b: pygame.Surface) -> float:
    """The share of pixels that look clearly different (another colour, or drawn in one only)."""
    pa, pb = pygame.image.tobytes(a, "RGBA"), pygame.image.tobytes(b, "RGBA")
    differing = 0
    for i in range(0, len(pa), 4):
        alpha_a, alpha_b = pa[i + 3], pb[i + 3]
        drawn_in_one = abs(alpha_a - alpha_b) > 96
        recoloured = alpha_a > 96 and max(abs(pa[i + k] - pb[i + k]) for k in range(3)) > 48
        differing += drawn_in_one or recoloured
    return differing / (len(pa) // 4)


# ---------------------------------------------------------------- the shipped casts


def test_every_shipped_case_is_there() -> None:
    assert {s.id for s in CASES} >= {"sanne", "familie_visser", "intervisie", "voorbeeld"}


@pytest.mark.parametrize("scenario", CASES, ids=_case_id)
def test_no_two_characters_of_a_case_share_a_face(scenario: Scenario) -> None:
    seen: dict[tuple[object, ...], str] = {}
    for character in scenario.characters.values():
        face = scenery.look_of(character, scenario).face
        assert face not in seen, f"{character.id} has the face of {seen.get(face)}: {face}"
        seen[face] = character.id


@pytest.mark.parametrize("scenario", CASES, ids=_case_id)
def test_the_portraits_of_a_case_differ_clearly(scenario: Scenario) -> None:
    images = {
        c.id: draw_portrait(scenery.look_of(c, scenario), "neutral", SIZE)
        for c in scenario.characters.values()
    }
    for a, b in combinations(images, 2):
        # At least a tenth of the picture: hair, skin, clothes; not a pair of glasses.
        assert visible_difference(images[a], images[b]) >= 0.1, (a, b)


@pytest.mark.parametrize("scenario", CASES, ids=_case_id)
def test_every_character_of_a_shipped_case_is_described(scenario: Scenario) -> None:
    for character in scenario.characters.values():
        for key in ("presentation", "age", "skin", "outfit"):
            assert key in character.look, (character.id, key)
        assert "hair" in character.look or character.look.get("headscarf") is True, character.id


@pytest.mark.parametrize(
    ("case", "character", "presentation", "age"),
    [
        ("sanne", "sanne", "woman", "young"),
        ("sanne", "kees", "man", None),
        ("sanne", "frank", "man", None),
        ("sanne", "ruud", "man", None),
        ("sanne", "youssef", "man", None),
        ("sanne", "hamid", "man", None),
        ("sanne", "wendy", "woman", None),
        ("sanne", "karin", "woman", None),
        ("sanne", "marieke", "woman", None),
        ("sanne", "van_dijk", "man", "older"),
        ("familie_visser", "daan", "man", "child"),
        ("familie_visser", "marloes", "woman", "adult"),
        ("intervisie", "sanne", "woman", "young"),
        ("voorbeeld", "sanne", "woman", "young"),
    ],
)
def test_portraits_follow_the_texts(
    case: str, character: str, presentation: str, age: str | None
) -> None:
    (scenario,) = [s for s in CASES if s.id == case]
    look = scenery.look_of(scenario.characters[character], scenario)
    assert look.presentation == presentation
    if age is not None:
        assert look.age == age
    if character == "sanne":
        assert look.pregnant, "Sanne is pregnant in every shipped case"


# ---------------------------------------------------------------- defaults


def test_a_cast_without_looks_still_gets_distinct_faces() -> None:
    cast = [PersonSpec.of(f"colleague{i}", "colleague") for i in range(14)]
    faces = [look.face for look in cast_looks(cast, "seed").values()]
    assert len(set(faces)) == len(faces)


def test_a_face_that_repeats_is_drawn_again_but_given_fields_stay() -> None:
    given = {"presentation": "man", "age": "adult", "hair": "short", "skin": "medium"}
    cast = [PersonSpec.of(f"p{i}", "partner", None, given) for i in range(8)]
    looks = cast_looks(cast, "x")
    assert len({look.face for look in looks.values()}) == 8
    for look in looks.values():
        assert (look.presentation, look.age, look.hair_style, look.skin_tone) == (
            "man",
            "adult",
            "short",
            "medium",
        )


def test_the_same_id_in_another_case_is_another_person() -> None:
    assert (
        resolve_look(PersonSpec.of("ruud", "colleague"), "sanne").face
        != resolve_look(PersonSpec.of("ruud", "colleague"), "familie_visser").face
    )


def test_defaults_follow_the_role_and_age() -> None:
    directors = [look_for(f"d{i}", "director") for i in range(40)]
    assert {look.age for look in directors} <= {"middle", "older"}
    older = [look_for(f"o{i}", "other", None, {"age": "older"}) for i in range(40)]
    assert sum(look.hair_color in ("grey", "white") for look in older) >= 24
    women = [look_for(f"w{i}", "client", None, {"presentation": "woman"}) for i in range(60)]
    assert all(look.beard == "none" for look in women)
    assert all(look.hair_style != "bald" for look in women)
    children = [
        look_for(f"c{i}", "other", None, {"age": "child", "presentation": "man"}) for i in range(40)
    ]
    assert all(look.beard == "none" and look.hair_style != "bald" for look in children)


FIELD_VALUES = {
    "presentation": st.sampled_from(people.PRESENTATIONS),
    "age": st.sampled_from(people.AGES),
    "hair": st.sampled_from(people.HAIR_STYLES),
    "hair_color": st.sampled_from(tuple(people.HAIR_COLORS)),
    "skin": st.sampled_from(tuple(people.SKIN_TONES)),
    "glasses": st.booleans(),
    "beard": st.sampled_from(people.BEARDS),
    "headscarf": st.booleans(),
    "outfit": st.sampled_from(people.OUTFITS),
    "pregnant": st.booleans(),
}


@settings(max_examples=150, deadline=None)
@given(
    st.fixed_dictionaries({}, optional=FIELD_VALUES),
    st.sampled_from(people.ROLES),
    st.text(min_size=1, max_size=12),
)
def test_a_default_never_contradicts_a_given_field(
    fields: dict[str, str | bool], role: str, character_id: str
) -> None:
    look = resolve_look(PersonSpec.of(character_id, role, None, fields))
    resolved = {
        "presentation": look.presentation,
        "age": look.age,
        "hair": look.hair_style,
        "hair_color": look.hair_color,
        "skin": look.skin_tone,
        "glasses": look.glasses is not None,
        "beard": look.beard,
        "headscarf": look.headscarf,
        "outfit": look.outfit,
        "pregnant": look.pregnant,
    }
    for key, value in fields.items():
        assert resolved[key] == value, key
    if "beard" not in fields and look.presentation != "man":
        assert look.beard == "none"


def test_the_art_draws_exactly_the_vocabulary_of_the_format() -> None:
    assert get_args(appearance.Presentation) == people.PRESENTATIONS
    assert get_args(appearance.AgeBand) == people.AGES
    assert get_args(appearance.HairStyle) == people.HAIR_STYLES
    assert get_args(appearance.HairColor) == tuple(people.HAIR_COLORS)
    assert get_args(appearance.SkinTone) == tuple(people.SKIN_TONES)
    assert get_args(appearance.Beard) == people.BEARDS
    assert get_args(appearance.Outfit) == people.OUTFITS
    from game.scenario.schema import LookDef

    assert tuple(LookDef.model_fields) == people.LOOK_FIELDS


# ---------------------------------------------------------------- what the picture shows


def _share_near(surface: pygame.Surface, color: tuple[int, int, int], box: pygame.Rect) -> float:
    near = 0
    for x in range(box.left, box.right):
        for y in range(box.top, box.bottom):
            pixel = surface.get_at((x, y))
            if pixel.a > 200 and max(abs(pixel[k] - color[k]) for k in range(3)) < 36:
                near += 1
    return near / (box.width * box.height)


def test_the_defensive_mood_folds_the_arms_across_the_chest() -> None:
    """Two hands, one at each side of the chest, and arms across it: folded arms."""
    look = look_for(
        "kees", "partner", "#d8d8d8", {"skin": "dark", "outfit": "tshirt", "presentation": "man"}
    )
    neutral = draw_portrait(look, "neutral", SIZE)
    folded = draw_portrait(look, "defensive", SIZE)
    w, h = SIZE
    chest = pygame.Rect(0, int(h * 0.76), w, int(h * 0.2))
    left, right = chest.copy(), chest.copy()
    left.width = right.width = int(w * 0.3)
    right.right = w
    skin = people.SKIN_TONES["dark"]
    for side in (left, right):
        assert _share_near(neutral, skin, side) < 0.01
        assert _share_near(folded, skin, side) > 0.04, "a hand on each upper arm"
    lower = pygame.Rect(0, int(h * 0.72), w, h - int(h * 0.72))
    # A tenth of the lower chest changes: the forearms and their edges lie across it.
    assert visible_difference(neutral.subsurface(lower), folded.subsurface(lower)) > 0.1, (
        "forearms across the chest"
    )


def test_a_pregnant_character_shows_the_belly_with_a_hand_on_it() -> None:
    given = {"skin": "dark", "outfit": "tshirt", "presentation": "woman", "hair": "bob"}
    plain = draw_portrait(look_for("s", "client", "#d8d8d8", given), "neutral", SIZE)
    pregnant = draw_portrait(
        look_for("s", "client", "#d8d8d8", {**given, "pregnant": True}), "neutral", SIZE
    )
    w, h = SIZE
    belly = pygame.Rect(int(w * 0.45), int(h * 0.82), int(w * 0.35), int(h * 0.14))
    skin = people.SKIN_TONES["dark"]
    assert _share_near(plain, skin, belly) < 0.01
    assert _share_near(pregnant, skin, belly) > 0.05
    column = [(x, y) for x in range(w // 2 - 3, w // 2 + 4) for y in range(int(h * 0.8), h)]
    assert not any(_darker_than(plain.get_at(p), 60) for p in column)
    assert any(_darker_than(pregnant.get_at(p), 60) for p in column), "the belly's round outline"


def _darker_than(pixel: pygame.Color, by: int, garment: int = 0xD8) -> bool:
    return pixel.a > 200 and max(pixel[:3]) < garment - by


@pytest.mark.parametrize("mood", MOODS)
def test_a_headscarf_covers_the_hair_in_every_mood(mood: str) -> None:
    hair = people.HAIR_COLORS["red"]
    given = {"hair": "long", "hair_color": "red", "presentation": "woman"}
    bare = draw_portrait(look_for("e", "partner", None, given), mood, SIZE)
    covered = draw_portrait(
        look_for("e", "partner", None, {**given, "headscarf": True}), mood, SIZE
    )
    top = pygame.Rect(0, 0, SIZE[0], SIZE[1] // 2)
    assert _share_near(bare, hair, top) > 0.08
    assert _share_near(covered, hair, top) < 0.01
