"""Settings in the window: applied at once, remembered, and a broken file never crashes.
Also: the loop does not redraw when nothing moves."""

from __future__ import annotations

import json
from pathlib import Path

import pygame

from game.ui.screens.dialogue import DialogueScreen
from game.ui.screens.settings import SettingsScreen
from game.ui.screens.title import TitleScreen
from game.ui.settings import Settings, load_settings
from tests.ui.harness import FIXTURES, click, make_app, press, settle, step, widget


def test_a_corrupt_settings_file_gives_defaults_and_says_so(tmp_path: Path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text('{"text_size": 2, "language": ')
    app = make_app(tmp_path)
    assert app.settings == Settings()
    title = app.top
    assert isinstance(title, TitleScreen)
    assert [t.text for t in title.fx.toasts] == [title.t("settings.set_aside")]
    # Set aside, not lost: the broken file is kept under a name the game never writes.
    (aside,) = config.glob("settings-*.aside")
    assert aside.read_text() == '{"text_size": 2, "language": '
    assert not (config / "settings.json").exists()


def test_changes_apply_at_once_and_are_remembered(tmp_path: Path):
    app = make_app(tmp_path, FIXTURES, Settings(text_speed="instant"))
    from game.ui.flow import open_scenario

    open_scenario(app, FIXTURES / "rich.yaml")
    step(app)
    dialogue = app.top
    assert isinstance(dialogue, DialogueScreen)
    text_nl = dialogue.view.text
    press(app, "escape")
    click(app, widget(app, "settings").rect)
    assert isinstance(app.top, SettingsScreen)
    press(app, "down")  # text size
    press(app, "right")
    press(app, "right")
    assert app.settings.text_size == 2 and app.theme.step == 2
    for _ in range(3):
        press(app, "down")  # language
    press(app, "right")
    assert app.settings.language == "en"
    assert dialogue.view.text != text_nl and dialogue.play.lang == "en"
    switch = widget(app, "high_contrast")
    click(app, switch.cells(app.theme)[1])
    assert app.theme.pal.high_contrast
    saved, message = load_settings(app.dirs.settings_file)
    assert message is None
    assert (saved.text_size, saved.language, saved.high_contrast) == (2, "en", True)
    press(app, "escape")
    press(app, "escape")
    assert app.top is dialogue
    assert dialogue.layout.hud.cards  # measured again at the new size


def test_f11_switches_full_screen_and_remembers_it(tmp_path: Path):
    app = make_app(tmp_path)
    press(app, "f11")
    assert app.settings.fullscreen
    assert json.loads(app.dirs.settings_file.read_text())["fullscreen"] is True
    press(app, "f11")
    assert not app.settings.fullscreen


def test_idle_screens_are_not_redrawn(tmp_path: Path):
    app = make_app(tmp_path, FIXTURES, Settings(text_speed="normal"))
    from game.ui.flow import open_scenario

    open_scenario(app, FIXTURES / "rich.yaml")
    step(app, 3)
    typing = app.frames
    step(app, 10)
    assert app.frames == typing + 10  # the typewriter moves: a frame each step
    settle(app, 30)
    idle = app.frames
    step(app, 30, dt=0.5)
    assert app.frames == idle  # nothing moves: nothing drawn
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=(5, 5), rel=(1, 1), buttons=(0, 0, 0))
    )
    step(app)
    assert app.frames == idle  # a pointer over nothing changes nothing
    press(app, "h")
    assert app.frames == idle + 1
