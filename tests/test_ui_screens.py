"""Screenshots of every screen, written to out/screens/ (outside git) for review.

Each screenshot is taken in a real state reached through the game's own
commands; the test checks the picture is not blank.
"""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.scenario.loader import load_file
from game.ui.fx import FLOAT_IN
from game.ui.screens.dialogue import DialogueScreen
from game.ui.screens.ending import EndingScreen
from game.ui.screens.errors import ErrorScreen
from game.ui.screens.feedback import FeedbackScreen
from game.ui.screens.message import MessageScreen
from game.ui.settings import Settings
from tests.ui.harness import (  # noqa: F401  (close_apps: a fixture)
    FIXTURES,
    click,
    close_apps,
    hover,
    make_app,
    press,
    screenshot,
    settle,
    shipped_scenarios,
    step,
    widget,
)


def shot(app, name: str) -> Path:  # type: ignore[no-untyped-def]
    path = screenshot(app, name)
    image = pygame.image.load(path)
    colors = {image.get_at((x, y))[:3] for x in range(0, 1280, 97) for y in range(0, 720, 53)}
    assert len(colors) > 3, f"{name} looks blank"
    return path


def start(app, path: Path) -> DialogueScreen:  # type: ignore[no-untyped-def]
    from game.ui.flow import open_scenario

    open_scenario(app, path)
    step(app)
    assert isinstance(app.top, DialogueScreen)
    return app.top


def to_choices(app) -> DialogueScreen:  # type: ignore[no-untyped-def]
    dialogue = app.top
    while isinstance(dialogue, DialogueScreen) and not dialogue.choices_visible:
        press(app, "space")
        dialogue = app.top
    assert isinstance(dialogue, DialogueScreen)
    return dialogue


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_title_screens(tmp_path: Path, lang: str):
    app = make_app(tmp_path, settings=Settings(language=lang))
    settle(app, 1)
    shot(app, f"title_{lang}")
    large = make_app(tmp_path / "large", settings=Settings(language=lang, text_size=2))
    shot(large, f"title_{lang}_large")


def test_title_high_contrast_and_settings(tmp_path: Path):
    app = make_app(tmp_path, settings=Settings(high_contrast=True, player="Eva"))
    shot(app, "title_high_contrast")
    click(app, widget(app, "settings").rect)
    shot(app, "settings_over_title_high_contrast")


@pytest.mark.parametrize("path", shipped_scenarios(), ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_scenario_opens_and_offers_choices(tmp_path: Path, path: Path, lang: str):
    app = make_app(tmp_path, settings=Settings(language=lang, player="Eva"))
    start(app, path)
    settle(app, 6)
    shot(app, f"scenario_{path.stem}_{lang}_start")
    to_choices(app)
    shot(app, f"scenario_{path.stem}_{lang}_choices")


def test_dialogue_states(tmp_path: Path):
    app = make_app(tmp_path, FIXTURES, Settings(player="Eva"))
    dialogue = start(app, FIXTURES / "rich.yaml")
    step(app, 40)
    shot(app, "dialogue_typing")
    press(app, "space")
    shot(app, "dialogue_page_one_of_two")
    dialogue = to_choices(app)
    hover(app, dialogue.visible_boxes()[1].rect)
    shot(app, "dialogue_choices_hover_disabled_reason")
    press(app, "2")
    assert isinstance(app.top, FeedbackScreen)  # playing alone: what the choice did
    shot(app, "dialogue_feedback_after_choice")
    press(app, "space")
    assert app.top is dialogue
    step(app, round(FLOAT_IN * 60) + 2)
    shot(app, "dialogue_after_choice_changes")
    settle(app)
    press(app, "h")
    shot(app, "history")
    press(app, "escape")
    press(app, "backspace")
    step(app, 10)
    shot(app, "dialogue_undone")
    press(app, "escape")
    shot(app, "pause")
    click(app, widget(app, "settings").rect)
    shot(app, "settings_over_dialogue")


def test_dialogue_large_text_and_high_contrast(tmp_path: Path):
    app = make_app(tmp_path, FIXTURES, Settings(player="Eva", text_size=2))
    start(app, FIXTURES / "rich.yaml")
    settle(app, 8)
    shot(app, "dialogue_large_text_page")
    to_choices(app)
    shot(app, "dialogue_large_text_choice_groups")
    press(app, "right")
    shot(app, "dialogue_large_text_choice_groups_2")
    contrast = make_app(tmp_path / "hc", FIXTURES, Settings(player="Eva", high_contrast=True))
    start(contrast, FIXTURES / "rich.yaml")
    to_choices(contrast)
    press(contrast, "down")
    shot(contrast, "dialogue_high_contrast")


def test_narration_and_deadline(tmp_path: Path):
    app = make_app(tmp_path, FIXTURES, Settings(player="Eva", text_speed="instant"))
    start(app, FIXTURES / "rich.yaml")
    to_choices(app)
    press(app, "3")  # "I wait": +25 days passes the deadline of 20
    dialogue = app.top
    assert dialogue.view.node == "te_laat" and dialogue.view.speaker is None
    assert dialogue.t("dlg.deadline") in [t.text for t in dialogue.fx.toasts]
    step(app, 20)
    shot(app, "dialogue_deadline_narration")


def test_ending_pages(tmp_path: Path):
    app = make_app(tmp_path, FIXTURES, Settings(player="Eva", text_speed="instant"))
    start(app, FIXTURES / "rich.yaml")
    to_choices(app)
    press(app, "2")
    while not isinstance(app.top, EndingScreen):
        press(app, "space")
    settle(app, 1)
    shot(app, "ending_summary")
    press(app, "right")
    shot(app, "ending_debrief")
    shipped = shipped_scenarios()[0]
    other = make_app(tmp_path / "s", settings=Settings(player="Eva", text_speed="instant"))
    start(other, shipped)
    while not isinstance(other.top, EndingScreen):
        dialogue = other.top
        press(other, "1" if getattr(dialogue, "choices_visible", False) else "space")
    shot(other, f"ending_{shipped.stem}_summary")
    press(other, "right")
    shot(other, f"ending_{shipped.stem}_debrief")


def test_error_and_message_screens(tmp_path: Path):
    app = make_app(tmp_path, FIXTURES)
    from game.ui.flow import open_scenario

    open_scenario(app, FIXTURES / "broken.yaml")
    step(app)
    assert isinstance(app.top, ErrorScreen)
    shot(app, "errors_broken_scenario")
    press(app, "escape")
    app.push(
        MessageScreen(
            app,
            "De casus is veranderd",
            [
                "Het bestand van deze casus is aangepast sinds je spel is bewaard.",
                "Oefencasus · vandaag om 14:05",
            ],
            [],
        )
    )
    from game.ui.flow import ask_replace_save

    app.pop()
    path = FIXTURES / "mini.yaml"
    start(app, path)
    record = app.play.record()  # type: ignore[union-attr]
    ask_replace_save(app, path, load_file(path), record, None)
    step(app)
    shot(app, "message_existing_save")


@pytest.mark.parametrize("path", shipped_scenarios(), ids=lambda p: p.stem)
def test_each_scenario_at_the_largest_text_size(tmp_path: Path, path: Path):
    app = make_app(tmp_path, settings=Settings(player="Eva", text_size=2, text_speed="instant"))
    start(app, path)
    shot(app, f"scenario_{path.stem}_nl_large_start")
    to_choices(app)
    shot(app, f"scenario_{path.stem}_nl_large_choices")
