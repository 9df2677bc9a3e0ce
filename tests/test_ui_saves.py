"""Autosave, continue and undo: round trips through the window, and saves that no
longer fit their scenario (changed, broken, gone, unreadable) are reported, never lost.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from game.ui.casekey import case_key
from game.ui.saves import SaveRecord, SaveStore
from game.ui.screens.dialogue import DialogueScreen
from game.ui.screens.ending import EndingScreen
from game.ui.screens.errors import ErrorScreen
from game.ui.screens.message import MessageScreen
from game.ui.screens.title import TitleScreen
from game.ui.settings import Settings
from tests.ui.harness import FIXTURES, click, make_app, press, step, type_text, widget


def copy_fixture(tmp_path: Path, name: str = "rich.yaml") -> Path:
    folder = tmp_path / "scenarios"
    folder.mkdir(exist_ok=True)
    return Path(shutil.copy(FIXTURES / name, folder / name))


def start_from_title(app, path: Path) -> DialogueScreen:  # type: ignore[no-untyped-def]
    title = app.top
    assert isinstance(title, TitleScreen)
    index = [e.path for e in title.entries].index(path)
    click(app, widget(app, f"case:{index}").rect)
    click(app, widget(app, "start").rect)
    assert isinstance(app.top, DialogueScreen)
    return app.top


def to_choices(app) -> DialogueScreen:  # type: ignore[no-untyped-def]
    while not app.top.choices_visible:
        press(app, "space")
    return app.top


def save_file_of(app, path: Path) -> Path:  # type: ignore[no-untyped-def]
    """The autosave of the case at ``path`` (its id and, for a copy, the file: casekey)."""
    return app.dirs.saves / f"{case_key('rich', path)}.json"


def saved(app) -> SaveRecord:  # type: ignore[no-untyped-def]
    [file] = app.dirs.saves.glob("rich*.json")
    record = SaveStore(app.dirs.saves).read(file.stem)
    assert isinstance(record, SaveRecord)
    return record


def test_autosave_after_each_choice_and_continue_resumes_exactly(tmp_path: Path):
    path = copy_fixture(tmp_path)
    settings = Settings(text_speed="instant", language="en", mode="facilitator", player="Eva")
    app = make_app(tmp_path / "user", path.parent, settings)
    play = start_from_title(app, path).play
    press(app, "space")  # leaving a `next` node is saved too
    assert saved(app).state == play.session.state
    press(app, "5")  # "which rule exactly?": asks again, at the same node
    record = saved(app)
    assert record.state == play.session.state
    assert record.state.path == ("bas.6",)
    assert (record.lang, record.mode, record.player) == ("en", "facilitator", "Eva")
    assert record.scenario_file == str(path.resolve())
    assert record.sha256 == play.scenario.sha256
    before = play.session.state
    press(app, "escape")
    click(app, widget(app, "to_title").rect)
    assert isinstance(app.top, TitleScreen)

    again = make_app(tmp_path / "user", path.parent)  # a new run of the game
    continue_button = widget(again, "continue")
    assert continue_button.enabled and "Test case" in continue_button.sub
    click(again, continue_button.rect)
    dialogue = again.top
    assert isinstance(dialogue, DialogueScreen)
    assert dialogue.play.session.state == before
    assert (dialogue.play.lang, dialogue.play.mode) == ("en", "facilitator")
    assert again.settings.language == "en"


def test_undo_takes_back_the_last_choice_and_saves_that(tmp_path: Path):
    path = copy_fixture(tmp_path)
    app = make_app(tmp_path / "user", path.parent, Settings(text_speed="instant"))
    dialogue = start_from_title(app, path)
    press(app, "backspace")
    assert [t.text for t in dialogue.fx.toasts] == [dialogue.t("dlg.nothing_to_undo")]
    to_choices(app)
    at_choice = dialogue.play.session.state
    press(app, "1")
    assert dialogue.play.session.state != at_choice
    press(app, "backspace")
    assert dialogue.play.session.state.to_json() == at_choice.to_json()
    assert saved(app).state == at_choice
    assert dialogue.choices_visible
    assert dialogue.t("dlg.undone") in [t.text for t in dialogue.fx.toasts]


def test_undo_from_the_ending_returns_to_the_last_choice(tmp_path: Path):
    path = copy_fixture(tmp_path, "mini.yaml")
    app = make_app(tmp_path / "user", path.parent, Settings(text_speed="instant"))
    start_from_title(app, path)
    to_choices(app)
    press(app, "2")
    while not isinstance(app.top, EndingScreen):
        press(app, "enter")
    click(app, widget(app, "undo").rect)
    assert isinstance(app.top, DialogueScreen)
    assert app.top.choices_visible
    assert app.top.play.session.state.path == ()


def test_a_changed_scenario_that_still_fits_asks_and_continues(tmp_path: Path):
    path = copy_fixture(tmp_path)
    app = make_app(tmp_path / "user", path.parent, Settings(text_speed="instant"))
    start_from_title(app, path)
    to_choices(app)
    press(app, "5")
    state = app.top.play.session.state  # type: ignore[union-attr]
    path.write_text(path.read_text().replace("Amira loopt naar buiten", "Amira gaat naar buiten"))
    again = make_app(tmp_path / "user", path.parent)
    click(again, widget(again, "continue").rect)
    assert isinstance(again.top, MessageScreen)
    assert again.top.title == again.top.t("save.changed_title")
    click(again, widget(again, "carry_on").rect)
    assert isinstance(again.top, DialogueScreen)
    assert again.top.play.session.state == state
    assert saved(again).sha256 == again.top.play.scenario.sha256  # the save names the new version


def test_a_save_that_no_longer_fits_is_kept_and_can_be_set_aside(tmp_path: Path):
    path = copy_fixture(tmp_path)
    app = make_app(tmp_path / "user", path.parent, Settings(text_speed="instant"))
    start_from_title(app, path)
    to_choices(app)
    press(app, "5")  # now back at 'bas', with a choice in the path
    path.write_text(path.read_text().replace("telefoontjes", "gesprekken"))  # a meter renamed
    save_file = save_file_of(app, path)
    content = save_file.read_text()
    again = make_app(tmp_path / "user", path.parent)
    click(again, widget(again, "continue").rect)
    assert isinstance(again.top, MessageScreen)
    assert again.top.title == again.top.t("save.no_fit_title")
    assert save_file.read_text() == content  # nothing deleted or changed
    click(again, widget(again, "aside").rect)
    assert isinstance(again.top, TitleScreen)
    assert not save_file.exists()
    assert next(p.name for p in save_file.parent.iterdir()).startswith("rich-")
    assert not widget(again, "continue").enabled


def test_a_broken_scenario_shows_its_errors_and_keeps_the_save(tmp_path: Path):
    path = copy_fixture(tmp_path)
    app = make_app(tmp_path / "user", path.parent, Settings(text_speed="instant"))
    start_from_title(app, path)
    to_choices(app)
    press(app, "5")
    save_file = save_file_of(app, path)
    content = save_file.read_text()
    path.write_text(path.read_text().replace("deadline_days: 20", "deadline_days: soon"))
    again = make_app(tmp_path / "user", path.parent)
    click(again, widget(again, "continue").rect)
    assert isinstance(again.top, ErrorScreen)
    assert any(d.is_error for d in again.top.result.diagnostics)
    assert save_file.read_text() == content
    path.write_text(path.read_text().replace("deadline_days: soon", "deadline_days: 20"))
    click(again, widget(again, "reload").rect)  # fixed: "load again" continues the game
    assert isinstance(again.top, DialogueScreen)  # the same bytes as saved: no question
    assert again.top.play.session.state.path == ("bas.6",)


def test_a_missing_scenario_and_an_unreadable_save_are_explained(tmp_path: Path):
    path = copy_fixture(tmp_path)
    app = make_app(tmp_path / "user", path.parent, Settings(text_speed="instant"))
    start_from_title(app, path)
    path.unlink()
    again = make_app(tmp_path / "user", path.parent)
    click(again, widget(again, "continue").rect)
    assert again.top.title == again.top.t("save.missing_title")  # type: ignore[union-attr]
    press(again, "escape")
    bad = save_file_of(again, path)
    bad.write_text("{ not a save")
    third = make_app(tmp_path / "user", path.parent)
    button = widget(third, "continue")
    assert button.enabled and button.sub == third.top.t("title.continue_broken")  # type: ignore[union-attr]
    click(third, button.rect)
    assert third.top.title == third.top.t("save.unreadable_title")  # type: ignore[union-attr]
    assert bad.read_text() == "{ not a save"


def test_starting_a_case_again_asks_before_replacing_its_save(tmp_path: Path):
    path = copy_fixture(tmp_path)
    app = make_app(tmp_path / "user", path.parent, Settings(text_speed="instant"))
    start_from_title(app, path)
    to_choices(app)
    press(app, "5")
    state = app.top.play.session.state  # type: ignore[union-attr]
    press(app, "escape")
    click(app, widget(app, "to_title").rect)
    click(app, widget(app, "name").rect)
    type_text(app, "Eva")
    click(app, widget(app, "start").rect)
    assert isinstance(app.top, MessageScreen)
    click(app, widget(app, "resume").rect)
    assert app.top.play.session.state == state  # type: ignore[union-attr]
    press(app, "escape")
    click(app, widget(app, "to_title").rect)
    click(app, widget(app, "start").rect)
    click(app, widget(app, "new").rect)
    assert app.top.play.session.state.path == ()  # type: ignore[union-attr]
    assert saved(app).state.path == ()
    step(app)


def test_each_game_writes_a_session_log_for_the_trainer(tmp_path: Path):
    import json

    path = copy_fixture(tmp_path, "mini.yaml")
    settings = Settings(text_speed="instant", mode="facilitator", language="en")
    app = make_app(tmp_path / "user", path.parent, settings)
    start_from_title(app, path)
    to_choices(app)
    press(app, "2")
    press(app, "backspace")
    press(app, "1")
    while not isinstance(app.top, EndingScreen):
        press(app, "enter")
    click(app, widget(app, "page").rect)
    [page] = (tmp_path / "user" / "logs").glob("*.html")
    assert "<html" in page.read_text(encoding="utf-8").lower()
    message = app.top
    assert isinstance(message, MessageScreen)  # where the page is, in a panel of its own
    shown = "".join(line for box in message.audit().boxes for line in box.lines)
    assert str(page) in shown
    press(app, "enter")
    assert isinstance(app.top, EndingScreen)
    click(app, widget(app, "title").rect)
    logs = list((tmp_path / "user" / "logs").glob("*.jsonl"))
    assert len(logs) == 1
    records = [json.loads(line) for line in logs[0].read_text().splitlines()]
    assert records[0]["client"] == "window"
    assert (records[0]["mode"], records[0]["lang"]) == ("facilitator", "en")
    types = [r["type"] for r in records]
    assert types[0] == "start" and types[-1] == "end"
    assert "undo" in types


def test_undo_at_a_node_of_several_pages_lands_where_the_choices_are(tmp_path: Path):
    path = copy_fixture(tmp_path, "mini.yaml")
    long = " ".join(["Ze voldoet niet aan de criteria, en dat zeg ik niet voor het eerst."] * 12)
    source = path.read_text(encoding="utf-8")
    source = source.replace('"Ze voldoet niet aan de criteria."', f'"{long}"')
    path.write_text(source, encoding="utf-8")
    app = make_app(tmp_path / "user", path.parent, Settings(text_speed="instant"))
    dialogue = start_from_title(app, path)
    to_choices(app)
    assert dialogue.layout.last_page > 0  # the long text takes more than one page
    press(app, "1")
    press(app, "backspace")
    assert dialogue.reading.page == dialogue.layout.last_page
    assert dialogue.choices_visible  # the text was read already: back at the choice


def test_saving_the_debrief_shows_it_is_busy_and_an_impatient_enter_saves_once(tmp_path: Path):
    """The analysis runs in a helper process; presses while it works are not kept for later
    (one Enter used to write the page ten times)."""
    from tests.ui.harness import screenshot

    path = copy_fixture(tmp_path, "mini.yaml")
    app = make_app(tmp_path / "user", path.parent, Settings(text_speed="instant"))
    start_from_title(app, path)
    while not isinstance(app.top, EndingScreen):
        press(app, "1" if getattr(app.top, "choices_visible", False) else "enter")
    ending = app.top
    ending.form.focus_id("page")
    press(app, "enter")  # the harness lets the job finish before its next pass ...
    assert isinstance(app.top, MessageScreen)
    press(app, "enter")
    assert app.top is ending
    ending.form.focus_id("page")
    pygame_press_enter_without_waiting(app)  # ... here it does not: the player is impatient
    assert app.jobs.busy is not None
    for _ in range(10):
        pygame_press_enter_without_waiting(app)
    step(app, 20, jobs=False)  # a third of a second: the busy sign is up
    assert app.jobs.busy is not None, "the helper process finished too soon to test this"
    screenshot(app, "ending_busy_debrief")
    step(app)  # now let it finish
    assert isinstance(app.top, MessageScreen)
    assert sum(isinstance(s, MessageScreen) for s in app.stack) == 1
    press(app, "enter")
    assert app.top is ending and not app.jobs.running


def pygame_press_enter_without_waiting(app) -> None:  # type: ignore[no-untyped-def]
    import pygame

    from tests.ui.harness import KEYS

    for kind in (pygame.KEYDOWN, pygame.KEYUP):
        pygame.event.post(pygame.event.Event(kind, key=KEYS["enter"], mod=0, unicode="\r"))
    step(app, jobs=False)
