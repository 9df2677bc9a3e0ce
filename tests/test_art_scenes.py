"""Backdrops: a scene for every kind of place, chosen by the author, clear of the HUD."""

from __future__ import annotations

import os
from typing import get_args

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import dataclasses

import pygame
import pytest

from game.engine import Session
from game.engine.model import Scenario
from game.paths import SCENARIOS_DIR
from game.scenario import appearance
from game.scenario.loader import load_file, scenario_files
from game.ui import scenery
from game.ui.art.backdrops import SCENE_KINDS, draw_backdrop, scene_for, scene_signs
from game.ui.art.palette import SCREEN_SIZE
from game.ui.art.scenes.kit import INFO_TOP
from game.ui.hud import build_hud
from game.ui.theme import Theme

TEXT_SIZES = (0, 1, 2)


@pytest.fixture(autouse=True, scope="module")
def _fonts() -> None:
    pygame.font.init()


def _shipped() -> list[Scenario]:
    found = [load_file(path).scenario for path in scenario_files(SCENARIOS_DIR)]
    return [scenario for scenario in found if scenario is not None]


CASES = _shipped()


def test_the_art_draws_exactly_the_scenes_of_the_format() -> None:
    assert get_args(appearance.Scene) == SCENE_KINDS


@pytest.mark.parametrize("kind", SCENE_KINDS)
def test_information_in_a_scene_starts_below_the_hud(kind: str) -> None:
    for seed in ("a", "b", "c"):
        for sign in scene_signs(kind, SCREEN_SIZE, seed):
            assert sign.top >= INFO_TOP, (kind, sign)


def _hud_boxes(scenario: Scenario, place_name: str, step: int, caption: str) -> list[pygame.Rect]:
    view = Session.begin(scenario).view(scenario.languages[0])
    hud = build_hud(scenario, view.meters, scenario.languages[0], place_name, caption, Theme(step))
    return [hud.place_rect, *(card.rect for card in hud.cards)]


@pytest.mark.parametrize("scenario", CASES, ids=lambda s: s.id)
def test_no_sign_of_a_shipped_place_hides_behind_the_hud(scenario: Scenario) -> None:
    """Queue numbers, posters, clocks: never half under a HUD card, at any text size."""
    lang = scenario.languages[0]
    for place in scenario.places.values():
        if place.background:
            continue
        name = place.name.render(lang)
        kind = scene_for(place.id, name, place.scene)
        signs = scene_signs(kind, SCREEN_SIZE, place.id)
        for step in TEXT_SIZES:
            for caption in (scenario.title.render(lang), f"{scenario.title.render(lang)} · X"):
                for box in _hud_boxes(scenario, name, step, caption):
                    hidden = [s for s in signs if s.colliderect(box)]
                    assert not hidden, (place.id, kind, step, box, hidden)


def test_the_counter_keeps_its_queue_display_and_desk_numbers() -> None:
    signs = scene_signs("counter", SCREEN_SIZE, "balie_corporatie")
    assert len(signs) >= 5  # the queue display, three desk numbers, a poster
    assert all(s.top >= INFO_TOP for s in signs)


def _scenario(case: str) -> Scenario:
    (found,) = [s for s in CASES if s.id == case]
    return found


def test_the_shipped_places_get_the_scene_they_are() -> None:
    expected = {
        ("sanne", "kraamafdeling"): "hospital_ward",
        ("sanne", "praktijk_verloskundige"): "midwife_practice",
        ("sanne", "balie_opvang"): "shelter_intake",
        ("sanne", "balie_gemeente"): "counter",
        ("sanne", "raadzaal"): "town_hall_room",
        ("sanne", "studio_sanne"): "studio_flat",
        ("sanne", "kamer_sanne"): "bedroom",
        ("sanne", "wijkteam_kantoor"): "office_floor",
        ("sanne", "spreekkamer"): "consulting_room",
        ("familie_visser", "meeting_room_rechtbank"): "courtroom",
        ("familie_visser", "meeting_room_school"): "school",
        ("familie_visser", "home_visser"): "kitchen",
        ("familie_visser", "street_galerij"): "walkway",
        ("familie_visser", "meeting_room_kredietbank"): "consulting_room",
        ("intervisie", "street_bushalte"): "street",
        ("intervisie", "home_vriendin"): "living_room",
        ("intervisie", "home_kamer"): "studio_flat",
    }
    for (case, place_id), kind in expected.items():
        scenario = _scenario(case)
        place = scenario.places[place_id]
        assert scene_for(place.id, place.name.render(place.name.default), place.scene) == kind, (
            case,
            place_id,
        )
        shown = scenery.backdrop(scenario, place_id, place.name.render("en"), SCREEN_SIZE, False)
        assert shown is draw_backdrop(kind, SCREEN_SIZE, place_id), "the same in every language"


def test_the_authors_scene_wins_over_the_guess() -> None:
    scenario = _scenario("sanne")
    place = dataclasses.replace(scenario.places["vergaderzaal"], scene="courtroom")
    changed = dataclasses.replace(scenario, places={**scenario.places, "vergaderzaal": place})
    image = scenery.backdrop(changed, "vergaderzaal", "Wijkteam, vergaderzaal", SCREEN_SIZE, False)
    assert image is draw_backdrop("courtroom", SCREEN_SIZE, "vergaderzaal")
    assert scene_for("vergaderzaal", "Wijkteam, vergaderzaal", "no such scene") == "meeting_room"
