"""What visual-novel players expect (Ren'Py's conventions), through real key presses:
looking back through pages and nodes, skipping text read before, reading on by itself,
save slots and the quick save, hiding the interface, quitting with a question, the
endings overview; and the solo feedback panel after a choice."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game.ui.screens.dialogue import DialogueScreen
from game.ui.screens.ending import EndingScreen
from game.ui.screens.endings import EndingsScreen
from game.ui.screens.feedback import FeedbackScreen
from game.ui.screens.message import MessageScreen
from game.ui.screens.pause import PauseScreen
from game.ui.screens.slots import SlotsScreen
from game.ui.screens.title import TitleScreen
from game.ui.settings import Settings
from tests.ui.harness import (  # noqa: F401  (close_apps: a fixture)
    FIXTURES,
    click,
    close_apps,
    hold,
    make_app,
    press,
    release,
    settle,
    step,
    widget,
)

LONG = " ".join(f"Zin nummer {n} van een lang verhaal over de wachtlijst." for n in range(1, 40))


def case(tmp_path: Path, long_intake: bool = False) -> Path:
    folder = tmp_path / "cases"
    folder.mkdir(exist_ok=True)
    path = Path(shutil.copy(FIXTURES / "mini.yaml", folder / "mini.yaml"))
    if long_intake:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("Over drie weken moet ik mijn kamer uit.", LONG), "utf-8")
    return path


def start(tmp_path: Path, long_intake: bool = False, **settings: object) -> tuple:  # type: ignore[type-arg]
    path = case(tmp_path, long_intake)
    base = {"text_speed": "instant", "language": "nl"} | settings
    app = make_app(tmp_path / "user", path.parent, Settings(**base))  # type: ignore[arg-type]
    click(app, widget(app, "start").rect)
    dialogue = app.top
    assert isinstance(dialogue, DialogueScreen)
    return app, dialogue, path


def test_page_up_and_left_go_back_through_the_pages_and_the_nodes(tmp_path: Path):
    app, dialogue, _ = start(tmp_path, long_intake=True)
    assert dialogue.layout.last_page >= 2
    press(app, "space")
    press(app, "space")
    assert dialogue.reading.page == 2
    press(app, "pageup")
    assert dialogue.reading.page == 1 and dialogue.page_done  # read before: shown at once
    press(app, "left")
    assert dialogue.reading.page == 0
    press(app, "pageup")  # the case starts here
    assert dialogue.fx.toasts[-1].text == dialogue.t("dlg.nothing_before")
    while dialogue.view.node == "intake":
        press(app, "space")
    assert dialogue.view.node == "team"
    press(app, "pageup")  # back into the node before, reached without a choice
    assert dialogue.back == 1 and dialogue.view.node == "intake"
    assert dialogue.reading.page == dialogue.layout.last_page
    assert dialogue.footer_block() == ((dialogue.t("dlg.looking"), "small_bold"),)
    assert dialogue.play.session.state.node == "team"  # looking back changes nothing
    press(app, "pagedown")  # forward again, to the node in play
    while dialogue.back:
        press(app, "pagedown")
    assert dialogue.view.node == "team" and dialogue.choices_visible


def test_looking_back_past_a_choice_takes_it_back(tmp_path: Path):
    app, dialogue, _ = start(tmp_path, show_feedback=False)
    press(app, "space")
    press(app, "1")
    assert dialogue.view.node == "street"
    press(app, "pageup")  # a choice led here: rolling back takes it back
    assert dialogue.view.node == "team" and dialogue.play.session.state.path == ()
    assert dialogue.choices_visible
    pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1, flipped=False))
    step(app)  # the wheel looks back too
    assert dialogue.back == 1 and dialogue.view.node == "intake"


def test_tab_skips_text_read_before_and_stops_at_the_choice_and_at_new_text(tmp_path: Path):
    app, dialogue, _ = start(tmp_path, text_speed="slow", show_feedback=False)
    press(app, "tab")  # nothing read before: nothing to skip, and it says so
    assert not dialogue.skip_on
    assert dialogue.fx.toasts[-1].text == dialogue.t("dlg.skip_nothing")
    while not dialogue.choices_visible:
        press(app, "space")
    press(app, "1")  # to an ending: the game is over, so the next start is a new game
    press(app, "escape")
    click(app, widget(app, "to_title").rect)
    click(app, widget(app, "start").rect)  # the same case again, from the start
    dialogue = app.top
    assert isinstance(dialogue, DialogueScreen) and dialogue.was_seen
    press(app, "tab")
    step(app, 60)
    assert dialogue.view.node == "team" and dialogue.choices_visible  # stopped at the choice
    assert dialogue.play.session.state.path == ()  # it never chooses
    press(app, "2")  # a new branch: 'housed' was never read
    assert dialogue.view.node == "housed" and not dialogue.was_seen
    assert not dialogue.skip_on


def test_a_held_ctrl_skips_while_it_is_held(tmp_path: Path):
    app, dialogue, _ = start(tmp_path, text_speed="slow", show_feedback=False)
    while not dialogue.choices_visible:
        press(app, "space")
    press(app, "backspace")  # nothing to undo yet; read it all again from the start:
    app.progress.mark(dialogue.play.key, "intake")
    press(app, "escape")
    click(app, widget(app, "to_title").rect)
    click(app, widget(app, "start").rect)
    click(app, widget(app, "new").rect)
    dialogue = app.top
    hold(app, "ctrl")
    step(app, 60)
    release(app, "ctrl")
    assert dialogue.view.node == "team" and dialogue.choices_visible


def test_auto_forward_reads_on_after_the_pause_and_stops_at_the_choice(tmp_path: Path):
    app, dialogue, _ = start(tmp_path, long_intake=True, auto_delay="short")
    press(app, "a")
    assert dialogue.auto_on
    assert dialogue.footer_block() == ((dialogue.t("dlg.auto"), "small_bold"),)
    step(app, 30)  # half a second: the page stays (a long page stays longer)
    assert dialogue.reading.page == 0
    settle(app, 40)
    assert dialogue.reading.page > 0 or dialogue.view.node == "team"
    settle(app, 120)
    assert dialogue.view.node == "team" and dialogue.choices_visible  # it never chooses
    press(app, "a")
    assert not dialogue.auto_on


def test_quick_save_and_quick_load_with_a_question(tmp_path: Path):
    app, dialogue, _ = start(tmp_path, show_feedback=False)
    press(app, "f9")
    assert dialogue.fx.toasts[-1].text == dialogue.t("dlg.no_quick_save")
    press(app, "space")
    press(app, "f5")  # at Joost, before the choice
    assert dialogue.fx.toasts[-1].text == dialogue.t("dlg.quick_saved")
    saved = dialogue.play.session.state
    press(app, "2")
    assert dialogue.view.node == "housed"
    press(app, "f9")
    question = app.top
    assert isinstance(question, MessageScreen) and question.title == question.t("load.title")
    click(app, widget(app, "load").rect)
    resumed = app.top
    assert isinstance(resumed, DialogueScreen)
    assert resumed.play.session.state == saved


def test_three_slots_from_the_pause_menu_and_a_filled_slot_asks_first(tmp_path: Path):
    app, dialogue, _ = start(tmp_path, show_feedback=False)
    press(app, "space")
    at_joost = dialogue.play.session.state
    press(app, "escape")
    click(app, widget(app, "save").rect)
    assert isinstance(app.top, SlotsScreen)
    assert widget(app, "1").sub == app.top.t("slots.empty")
    click(app, widget(app, "1").rect)
    assert app.top is dialogue and dialogue.fx.toasts[-1].text == dialogue.t("slots.saved", n="1")
    press(app, "1")  # on to the ending node
    press(app, "escape")
    click(app, widget(app, "save").rect)
    click(app, widget(app, "1").rect)
    assert isinstance(app.top, MessageScreen)  # slot 1 is taken: first a question
    press(app, "escape")
    press(app, "escape")
    click(app, widget(app, "load").rect)
    assert not widget(app, "2").enabled  # an empty slot cannot be loaded
    click(app, widget(app, "1").rect)
    click(app, widget(app, "load").rect)
    assert isinstance(app.top, DialogueScreen)
    assert app.top.play.session.state == at_joost


def test_v_hides_the_interface_and_the_next_press_only_brings_it_back(tmp_path: Path):
    app, dialogue, _ = start(tmp_path)
    press(app, "space")
    assert dialogue.view.node == "team"
    press(app, "v")
    assert dialogue.hidden and dialogue.drawn() == []
    press(app, "1")  # shows the text again; it does not choose
    assert not dialogue.hidden and dialogue.view.node == "team"
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(10, 10), button=2))
    step(app)
    assert dialogue.hidden


def test_quit_from_the_pause_menu_asks_first(tmp_path: Path):
    app, _, _ = start(tmp_path)
    press(app, "escape")
    assert isinstance(app.top, PauseScreen)
    click(app, widget(app, "quit").rect)
    assert isinstance(app.top, MessageScreen)
    press(app, "enter")  # the first answer keeps playing
    assert app.running
    click(app, widget(app, "quit").rect)
    click(app, widget(app, "quit").rect)
    assert not app.running


def test_the_endings_overview_shows_what_was_found_and_the_rest_as_question_marks(
    tmp_path: Path,
):
    app, _, _ = start(tmp_path, show_feedback=False)
    press(app, "space")
    press(app, "2")
    press(app, "space")
    assert isinstance(app.top, EndingScreen)
    click(app, widget(app, "endings").rect)
    overview = app.top
    assert isinstance(overview, EndingsScreen)
    shown = [line for box in overview.audit().boxes for line in box.lines]
    assert any("Doorbraak" in line for line in shown)
    assert any(line.endswith("?") for line in shown)  # "Mag niet wint", not found yet
    assert not any("Mag niet wint" in line for line in shown)
    assert any(overview.t("ends.count", found=1, total=2) in line for line in shown)
    press(app, "escape")
    click(app, widget(app, "title").rect)
    title = app.top
    assert isinstance(title, TitleScreen)
    title.checking.join(timeout=60)  # the title checks the cases again in the background
    step(app)
    meta = [line for box in title.audit().boxes for line in box.lines]
    assert any(title.t("title.endings", found=1, total=2) in line for line in meta)
    press(app, "e")
    assert isinstance(app.top, EndingsScreen)


def test_playing_alone_a_choice_shows_what_it_did_until_a_key(tmp_path: Path):
    app, dialogue, _ = start(tmp_path)
    press(app, "space")
    press(app, "1")
    panel = app.top
    assert isinstance(panel, FeedbackScreen)
    shown = " ".join(line for box in panel.audit().boxes for line in box.lines)
    assert "Veilig voor jou; Sanne begint opnieuw." in shown
    assert "+30 dagen" in shown and "+5 veiligheid" in shown
    press(app, "backspace")  # closes it and takes the choice back
    assert app.top is dialogue and dialogue.view.node == "team"
    press(app, "1")
    press(app, "enter")
    assert app.top is dialogue and dialogue.view.node == "street"


def test_the_feedback_panel_can_be_turned_off(tmp_path: Path):
    app, dialogue, _ = start(tmp_path, show_feedback=False)
    press(app, "space")
    press(app, "1")
    assert app.top is dialogue and dialogue.view.node == "street"


def test_the_title_remembers_the_case_played_last_and_shows_the_authors_own(tmp_path: Path):
    own = tmp_path / "user" / "scenarios"
    own.mkdir(parents=True)
    text = (FIXTURES / "mini.yaml").read_text(encoding="utf-8")
    (own / "mijn_casus.yaml").write_text(
        text.replace("id: mini", "id: mijn_casus").replace("Een korte casus", "Mijn casus"),
        encoding="utf-8",
    )
    from game.ui.app import App
    from game.ui.flow import show_title
    from game.userdirs import UserDirs

    dirs = UserDirs.under(tmp_path / "user")
    assert dirs.scenarios == own
    app = make_app(tmp_path / "user", FIXTURES)
    app = App(dirs, (FIXTURES, dirs.scenarios), clock=app.clock)
    app.open_window()
    show_title(app)
    title = app.top
    assert isinstance(title, TitleScreen)
    title.checking.join(timeout=60)
    step(app)
    mine = [e.path.stem for e in title.entries].index("mijn_casus")
    assert title.own(title.entries[mine])
    lines = [line for box in title.audit().boxes for line in box.lines]
    assert any(title.t("title.own") in line for line in lines)  # marked on its card
    title.select(mine)
    press(app, "enter")
    assert isinstance(app.top, DialogueScreen)
    press(app, "escape")
    click(app, widget(app, "to_title").rect)
    again = App(dirs, (FIXTURES, dirs.scenarios), clock=app.clock)
    again.open_window()
    show_title(again)
    remembered = again.top
    assert isinstance(remembered, TitleScreen)
    assert remembered.entries[remembered.selected].path.stem == "mijn_casus"


def test_a_copy_with_the_same_id_keeps_its_own_save(tmp_path: Path):
    """Defect 15: a copy of a case outside the shipped folder no longer takes its save."""
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
        shutil.copy(FIXTURES / "mini.yaml", folder / "mini.yaml")
    app = make_app(tmp_path / "user", first, Settings(text_speed="instant"))
    click(app, widget(app, "start").rect)
    press(app, "space")
    press(app, "escape")
    click(app, widget(app, "to_title").rect)
    other = make_app(tmp_path / "user", second, Settings(text_speed="instant"))
    click(other, widget(other, "start").rect)
    assert isinstance(other.top, DialogueScreen)  # no "you already have a game" question
    assert len(list((tmp_path / "user" / "data" / "saves").glob("mini-*.json"))) == 2


def test_the_english_title_shows_the_english_name_of_the_saved_case(tmp_path: Path):
    app, _, _ = start(tmp_path)
    press(app, "escape")
    click(app, widget(app, "to_title").rect)
    # The title checks the cases in the background and names the save in the new
    # language once that is done (on a loaded machine not yet at the first frame).
    checking = getattr(app.top, "checking", None)
    if checking is not None:
        checking.join(timeout=60)
    step(app)
    click(app, widget(app, "language").cells(app.theme)[1])
    assert app.settings.language == "en"
    assert widget(app, "continue").sub.startswith("A short case")


def test_the_flagship_comes_first_on_the_title_screen(tmp_path: Path):
    """``featured: true`` (format 1.1) puts Sanne first; the others follow by title."""
    app = make_app(tmp_path)
    title = app.top
    assert isinstance(title, TitleScreen)
    assert title.entries[0].path.stem == "sanne"
    assert title.selected == 0 and title.cards[0][0] == 0
    assert len(title.cards) >= 4  # four cases on a page at the normal size
    rest = [e.title("nl").casefold() for e in title.entries[1:]]
    assert rest == sorted(rest)


def test_featured_needs_format_1_1(tmp_path: Path):
    from game.scenario.loader import load_file

    text = (FIXTURES / "mini.yaml").read_text(encoding="utf-8")
    old = tmp_path / "old.yaml"
    old.write_text(text.replace("id: mini", "featured: true\nid: mini"), encoding="utf-8")
    result = load_file(old)
    assert [d.code for d in result.errors] == ["DB108"]
    assert "format: 1.1" in result.errors[0].message
    new = tmp_path / "new.yaml"
    new.write_text(text.replace("format: 1\n", "format: 1.1\nfeatured: true\n"), encoding="utf-8")
    assert load_file(new).ok


def test_high_contrast_draws_the_safety_bar_white_not_blue():
    from game.ui.theme import Theme

    assert Theme(0, True).pal.safety == (255, 255, 255)
    assert Theme(0, False).pal.safety != Theme(0, True).pal.safety


def test_the_ladder_marks_none_only_when_it_is_where_you_ended():
    """Reaching the system once lit 'Geen' as achieved too, and the steps looked like buttons."""
    from game.ui.ending_blocks import Ladder
    from game.ui.theme import Theme

    pygame.font.init()
    theme = Theme()
    rect = pygame.Rect(0, 0, 560, 0)
    for reached, none_marked in ((3, False), (0, True)):
        ladder = Ladder(("Geen", "Cliënt", "Beleid", "Systeem"), reached, "")
        rect.height = ladder.height(theme, rect.width)
        surface = pygame.Surface(rect.size)
        surface.fill(theme.pal.panel)
        ladder.draw(surface, theme, rect)
        first = ladder._cells(rect)[0]
        dot = surface.get_at((first.centerx, rect.y + Ladder.DOT_ROW // 2))[:3]
        assert (dot == theme.pal.bad) is none_marked, (reached, dot)
        last = ladder._cells(rect)[3]
        top_dot = surface.get_at((last.centerx, rect.y + Ladder.DOT_ROW // 2))[:3]
        assert (top_dot == theme.pal.accent) is (reached == 3)


def test_a_case_changed_while_the_question_is_open_is_loaded_again(tmp_path: Path):
    """Defect 14: 'Opnieuw beginnen' started the old version of a file broken meanwhile."""
    from game.ui.screens.errors import ErrorScreen

    app, _, path = start(tmp_path)
    press(app, "space")
    press(app, "escape")
    click(app, widget(app, "to_title").rect)
    click(app, widget(app, "start").rect)
    assert isinstance(app.top, MessageScreen)  # you already have a game of this case
    path.write_text(
        path.read_text(encoding="utf-8").replace("deadline_days: 42", "deadline_days: x")
    )
    click(app, widget(app, "new").rect)
    assert isinstance(app.top, ErrorScreen)  # the new version, with its error


@pytest.mark.parametrize("size", [0, 1, 2])
def test_the_title_columns_start_on_one_line_with_or_without_a_save(tmp_path: Path, size: int):
    """The right panel is top-aligned with the heading, and a save's longer "Verder
    spelen" grows it downwards: nothing on the screen jumps when a game is saved."""
    app, _, _ = start(tmp_path, text_size=size)
    press(app, "escape")
    click(app, widget(app, "to_title").rect)
    with_save = app.top
    assert isinstance(with_save, TitleScreen) and widget(app, "continue").enabled
    fresh = make_app(tmp_path / "fresh", settings=Settings(text_size=size))
    without = fresh.top
    assert isinstance(without, TitleScreen) and not widget(fresh, "continue").enabled
    for title in (with_save, without):
        assert title.side.top == title.logo_rect.top
        assert title.side.bottom <= 720  # the window's height
    for key in ("name", "start"):
        assert widget(app, key).rect.top == widget(fresh, key).rect.top
