"""Live reload: an author saves the scenario while the game runs; the window reloads it,
keeps the game where it still fits, and shows the diagnostics (never a crash) when the
new version has errors, until the file is fixed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from game.ui.screens.dialogue import DialogueScreen
from game.ui.screens.errors import ErrorScreen
from game.ui.settings import Settings
from tests.ui.harness import FIXTURES, click, clock_of, make_app, press, step, widget


def running(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "scenarios"
    folder.mkdir()
    path = Path(shutil.copy(FIXTURES / "rich.yaml", folder / "rich.yaml"))
    app = make_app(tmp_path / "user", folder, Settings(text_speed="instant"))
    from game.ui.flow import open_scenario

    open_scenario(app, path)
    step(app)
    while not app.top.choices_visible:
        press(app, "space")
    press(app, "5")  # probe: back at 'bas' with one choice taken
    return app, path


def a_second_later(app) -> None:  # type: ignore[no-untyped-def]
    clock_of(app).now += 1.1
    step(app)


def test_an_edited_text_appears_and_the_game_stays_where_it_was(tmp_path: Path):
    app, path = running(tmp_path)
    dialogue = app.top
    state = dialogue.play.session.state
    path.write_text(path.read_text().replace("Dat is niet voor ons.", "Dat hoort niet bij ons."))
    a_second_later(app)
    assert app.top is dialogue
    assert dialogue.play.session.state == state
    assert dialogue.view.text.startswith("Dat hoort niet bij ons.")
    assert dialogue.t("reload.kept") in [toast.text for toast in dialogue.fx.toasts]


def test_a_broken_version_shows_diagnostics_until_it_is_fixed(tmp_path: Path):
    app, path = running(tmp_path)
    good = path.read_text()
    state = app.top.play.session.state
    path.write_text(good.replace("goto: straat", "goto: nergens"))
    a_second_later(app)
    errors = app.top
    assert isinstance(errors, ErrorScreen) and errors.live
    assert any("nergens" in d.message for d in errors.result.diagnostics)
    path.write_text(good.replace("goto: straat", "goto: nergens").replace("nodes:", "nodes:\n"))
    a_second_later(app)
    assert app.top is errors  # still broken: the same screen shows the new diagnostics
    path.write_text(good + "\n")
    a_second_later(app)
    assert isinstance(app.top, DialogueScreen)
    assert app.top.play.session.state == state


def test_nothing_is_read_more_than_once_a_second(tmp_path: Path):
    app, path = running(tmp_path)
    dialogue = app.top
    path.write_text(path.read_text().replace("Dat is niet voor ons.", "Nee."))
    step(app, 5)  # a twelfth of a second: not looked at yet
    assert not dialogue.view.text.startswith("Nee.")
    a_second_later(app)
    assert dialogue.view.text.startswith("Nee.")


def test_a_game_that_no_longer_fits_is_replayed_or_restarted(tmp_path: Path):
    app, path = running(tmp_path)
    dialogue = app.top
    path.write_text(path.read_text().replace("telefoontjes", "gesprekken"))  # meters changed
    a_second_later(app)
    assert app.top is dialogue
    assert dialogue.play.session.state.path == ("bas.6",)  # the same choices, taken again
    assert dialogue.t("reload.replayed") in [toast.text for toast in dialogue.fx.toasts]
    text = path.read_text().replace(
        '- text: {nl: "Welke regel', '- id: nieuw\n        text: {nl: "Welke regel'
    )
    path.write_text(text)
    a_second_later(app)
    assert dialogue.play.session.state.path == ()
    assert dialogue.t("reload.restarted") in [toast.text for toast in dialogue.fx.toasts]


def test_the_live_error_screen_can_go_to_the_title(tmp_path: Path):
    app, path = running(tmp_path)
    path.write_text("format: 1\n")
    a_second_later(app)
    assert isinstance(app.top, ErrorScreen)
    click(app, widget(app, "title").rect)
    from game.ui.screens.title import TitleScreen

    assert isinstance(app.top, TitleScreen)
    assert app.play is None
