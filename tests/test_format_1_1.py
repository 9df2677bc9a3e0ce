"""Format 1.1: `scene` on a place and `look` on a character; format 1 files keep working."""

from __future__ import annotations

from typing import get_args

import pytest

from game.paths import SCENARIOS_DIR
from game.scenario import appearance, codes
from game.scenario.loader import load_bytes, load_file, scenario_files
from game.scenario.schema import json_schema

BASE = """\
format: {format}
id: example
title: Voorbeeld
client: sanne
deadline_days: 30
start: intake
characters:
  sanne:
    name: Sanne
    role: client
{look}places:
  kraam:
    name: Ziekenhuis
{scene}nodes:
  intake:
    speaker: sanne
    place: kraam
    text: Ik moet mijn kamer uit.
    next: end
  end:
    text: Sanne heeft een huis.
    ending: {{title: Klaar, outcome: good}}
"""
LOOK = "    look: {presentation: woman, age: young, hair: ponytail, pregnant: true}\n"
SCENE = "    scene: hospital_ward\n"


def case(format: str = "1.1", look: str = LOOK, scene: str = SCENE) -> bytes:
    return BASE.format(format=format, look=look, scene=scene).encode("utf-8")


def test_format_1_1_carries_scene_and_look_to_the_game() -> None:
    result = load_bytes(case(), "case.yaml")
    assert result.ok and result.diagnostics == [], [d.format() for d in result.diagnostics]
    assert result.scenario is not None
    assert result.scenario.places["kraam"].scene == "hospital_ward"
    assert dict(result.scenario.characters["sanne"].look) == {
        "presentation": "woman",
        "age": "young",
        "hair": "ponytail",
        "pregnant": True,
    }


def test_format_1_without_the_new_keys_still_loads() -> None:
    result = load_bytes(case("1", look="", scene=""), "case.yaml")
    assert result.ok and result.diagnostics == []
    assert result.scenario is not None
    assert result.scenario.places["kraam"].scene is None
    assert dict(result.scenario.characters["sanne"].look) == {}


@pytest.mark.parametrize(
    ("look", "scene", "where", "key"),
    [
        (LOOK, "", (11, 5), "look"),
        ("", SCENE, (14, 5), "scene"),
    ],
)
def test_a_format_1_1_key_in_a_format_1_file_says_what_to_write(
    look: str, scene: str, where: tuple[int, int], key: str
) -> None:
    result = load_bytes(case("1", look, scene), "case.yaml")
    assert not result.ok
    (diagnostic,) = result.diagnostics
    assert diagnostic.code == codes.NEEDS_FORMAT_1_1
    assert (diagnostic.line, diagnostic.column) == where  # at the key
    assert diagnostic.message == (
        f"'{key}' is a key of format 1.1: write 'format: 1.1' at the top to use it"
    )


def test_both_new_keys_in_a_format_1_file_are_both_reported() -> None:
    found = load_bytes(case("1"), "case.yaml").diagnostics
    assert [d.code for d in found] == [codes.NEEDS_FORMAT_1_1] * 2


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1.2", "format 1.2 is not supported; this game reads format 1 and 1.1"),
        (
            "'1.1'",
            "format '1.1' is not supported; this game reads format 1 and 1.1 "
            "(write it without quotes)",
        ),
        ("2", "format 2 is not supported; this game reads format 1 and 1.1"),
    ],
)
def test_other_formats_are_refused(value: str, message: str) -> None:
    (diagnostic,) = load_bytes(case(value), "case.yaml").diagnostics
    assert diagnostic.code == codes.UNSUPPORTED_FORMAT
    assert diagnostic.message == message


def test_an_unknown_scene_lists_the_kinds() -> None:
    (diagnostic,) = load_bytes(case(scene="    scene: hospital\n"), "case.yaml").diagnostics
    assert diagnostic.code == codes.INVALID_VALUE
    assert diagnostic.message.startswith(
        "'scene' of place 'kraam' must be one of office, office_floor, meeting_room"
    )
    assert "not 'hospital'" in diagnostic.message


def test_a_wrong_look_names_the_keys_and_values() -> None:
    look = "    look: {presentation: vrouw, hat: true}\n"
    found = load_bytes(case(look=look), "case.yaml").diagnostics
    messages = sorted(d.message for d in found)
    assert messages == [
        "'presentation' of the look of character 'sanne' must be one of woman, man, neutral, "
        "not 'vrouw'",
        "unknown key 'hat' in the look of character 'sanne'; the keys allowed here are "
        "presentation, age, hair, hair_color, skin, glasses, beard, headscarf, outfit, pregnant",
    ]


def test_the_json_schema_knows_format_1_1() -> None:
    schema = json_schema()
    assert schema["properties"]["format"]["enum"] == [1, 1.1]
    definitions = schema["definitions"]
    scene = definitions["PlaceDef"]["properties"]["scene"]
    assert scene["anyOf"][0]["enum"] == list(get_args(appearance.Scene))
    assert list(definitions["LookDef"]["properties"]) == [
        "presentation",
        "age",
        "hair",
        "hair_color",
        "skin",
        "glasses",
        "beard",
        "headscarf",
        "outfit",
        "pregnant",
    ]
    assert definitions["LookDef"]["additionalProperties"] is False


def test_the_shipped_cases_are_format_1_1() -> None:
    for path in scenario_files(SCENARIOS_DIR):
        result = load_file(path)
        assert result.ok, path
        assert result.scenario is not None
        first = next(
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("format:")
        )
        assert first == "format: 1.1", path
