"""Facilitator mode in the window: the routine panel, the room's vote (logged), the
feedback, undo from the vote, the discussion timer, and panels that fit at every size."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.engine import Session
from game.paths import SCENARIOS_DIR
from game.scenario.loader import load_file
from game.ui import facilitator
from game.ui.commands import Key
from game.ui.facilitator import FacilitatorOverlay, projector_theme
from game.ui.flow import open_scenario
from game.ui.screens.dialogue import DialogueScreen
from game.ui.screens.history import HistoryScreen
from game.ui.settings import Settings
from game.ui.theme import Theme
from game.ui.widgets import TextBox
from tests.ui.harness import (  # noqa: F401
    FIXTURES,
    click,
    close_apps,
    keys,
    make_app,
    press,
    screenshot,
    settle,
    step,
    type_text,
)


@pytest.fixture(autouse=True)
def installed() -> Iterator[None]:
    facilitator.install()
    yield
    facilitator.uninstall()


def start(tmp_path: Path, mode: str = "facilitator", **settings: object):  # type: ignore[no-untyped-def]
    base = {"text_speed": "instant", "mode": mode, "language": "nl"}
    app = make_app(tmp_path / "user", FIXTURES, Settings(**(base | settings)))  # type: ignore[arg-type]
    open_scenario(app, FIXTURES / "mini.yaml")
    step(app)
    dialogue = app.top
    assert isinstance(dialogue, DialogueScreen)
    return app, dialogue


def overlay_of(dialogue: DialogueScreen) -> FacilitatorOverlay:
    [overlay] = [o for o in dialogue.overlays if isinstance(o, FacilitatorOverlay)]
    return overlay


def shown_text(overlay: FacilitatorOverlay) -> str:
    return " ".join(" ".join(box.lines) for box in overlay.boxes())


def log_records(tmp_path: Path) -> list[dict]:  # type: ignore[type-arg]
    [log] = (tmp_path / "user" / "logs").glob("*.jsonl")
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def to_team(app) -> None:  # type: ignore[no-untyped-def]
    press(app, "enter")  # intake has no choices: go on to Joost
    step(app)


def test_a_routine_node_shows_the_routine_and_the_question_beside_the_line(tmp_path: Path):
    from game.ui.overlap import clashes

    app, dialogue = start(tmp_path)
    overlay = overlay_of(dialogue)
    assert overlay.phase == "idle"  # intake has no routine
    to_team(app)
    assert dialogue.view.node == "team" and overlay.phase == "routine"
    label = dialogue.play.scenario.routines["criteria"]
    text = shown_text(overlay)
    assert label.label.render("nl") in text
    assert label.explanation is not None
    assert label.explanation.render("nl").split()[0] in text
    assert "Welk criterium is hier eigenlijk bedoeld?" in text
    assert "Bespreek met de groep" in text
    moves = [m.render("nl") for m in label.counter_moves]
    assert not any(m in text for m in moves), "what helps comes after the vote"
    drawn = dialogue.drawn()
    assert not clashes(drawn), clashes(drawn)
    assert any(d.name == "text" for d in drawn)  # the line stays in view
    screenshot(app, "facilitator_routine")
    press(app, "1")  # the panel waits for the trainer: a number does not choose
    assert dialogue.view.node == "team" and overlay.phase == "routine"
    press(app, "enter")
    assert overlay.phase == "vote"


def test_the_vote_is_typed_tallied_played_and_logged(tmp_path: Path):
    app, dialogue = start(tmp_path)
    overlay = overlay_of(dialogue)
    to_team(app)
    press(app, "enter")  # past the routine panel
    assert overlay.phase == "vote" and overlay.vote.stage == "count"
    keys(app, "7")
    press(app, "tab")
    keys(app, "1")
    keys(app, "2")
    press(app, "backspace")  # 12 -> 1
    keys(app, "5")  # 15
    first, second = (c.id for c in overlay.choices())
    assert (overlay.vote.hands(first), overlay.vote.hands(second)) == (7, 15)
    screenshot(app, "facilitator_vote_count")
    press(app, "enter")
    assert overlay.vote.stage == "pick"
    screenshot(app, "facilitator_vote_pick")
    press(app, "enter")  # the most votes: the second choice
    assert dialogue.view.node == "housed"
    records = log_records(tmp_path)
    [vote] = [r for r in records if r["type"] == "vote"]
    assert vote["node"] == "team"
    assert vote["tallies"] == {first: 7, second: 15}
    assert vote["chosen"] == second
    kinds = [r["type"] for r in records]
    assert kinds.index("vote") < kinds.index("choice")


def test_a_number_plays_that_choice_and_its_feedback_waits_for_the_trainer(tmp_path: Path):
    app, dialogue = start(tmp_path, language="en")
    overlay = overlay_of(dialogue)
    to_team(app)
    press(app, "enter")
    keys(app, "3")
    press(app, "enter")
    press(app, "1")
    keys(app, "1")  # a second press of 1 on the feedback panel does nothing
    assert dialogue.view.node == "street"
    assert overlay.phase == "feedback"
    assert "Safe for you; Sanne starts over." in shown_text(overlay)
    assert "The group chose" in shown_text(overlay)
    label = dialogue.play.scenario.routines["criteria"]
    sheet_text = " ".join(
        " ".join(box.lines)
        for page in range(len(overlay.sheet().pages))
        for box in overlay.sheet().boxes(page)
    )
    assert "What helps against" in sheet_text  # after the vote, with the feedback
    assert label.counter_moves[0].render("en").split()[0] in sheet_text
    assert "+30 days" in shown_text(overlay) and "+5 safety" in shown_text(overlay)
    screenshot(app, "facilitator_feedback")
    press(app, "enter")
    assert overlay.phase == "idle"


def test_undo_from_the_vote_shows_the_room_another_choice(tmp_path: Path):
    app, dialogue = start(tmp_path)
    overlay = overlay_of(dialogue)
    to_team(app)
    press(app, "enter")
    keys(app, "4")
    press(app, "enter")
    press(app, "1")
    assert dialogue.view.node == "street" and overlay.phase == "feedback"
    press(app, "enter")  # past the feedback; the ending node has no choices
    press(app, "backspace")  # take the choice back from the dialogue
    step(app)
    assert dialogue.view.node == "team"
    assert overlay.phase == "vote" and overlay.vote.stage == "pick"  # the room's tally stands
    assert overlay.vote.hands(overlay.choices()[0].id) == 4
    press(app, "2")
    assert dialogue.view.node == "housed"
    # and from the vote screen itself, with nothing typed: Backspace undoes
    press(app, "backspace")  # the feedback panel: take it back
    step(app)
    assert dialogue.view.node == "team" and overlay.phase == "vote"
    press(app, "backspace")  # pick stage -> count stage
    assert overlay.vote.stage == "count"
    overlay.vote.digits.clear()
    press(app, "backspace")  # nothing typed: the dialogue's undo (no choice before this one)
    assert [toast.text for toast in dialogue.fx.toasts][-1] == dialogue.t("dlg.nothing_to_undo")
    kinds = [r["type"] for r in log_records(tmp_path)]
    assert kinds.count("vote") == 2 and kinds.count("undo") >= 2


def test_drawing_changes_nothing(tmp_path: Path):
    app, dialogue = start(tmp_path)
    overlay = overlay_of(dialogue)
    to_team(app)
    keys(app, "t")
    for names in (["enter"], ["enter"], ["1"]):  # routine, vote (count, result), feedback
        before = {k: repr(v) for k, v in vars(overlay).items() if k != "_cache"}
        app.render(pygame.display.get_surface())
        after = {k: repr(v) for k, v in vars(overlay).items() if k != "_cache"}
        assert before == after
        for key in names:
            press(app, key)
    assert overlay.phase == "feedback"


def test_a_tie_asks_the_trainer_to_choose(tmp_path: Path):
    app, dialogue = start(tmp_path)
    overlay = overlay_of(dialogue)
    to_team(app)
    press(app, "enter")
    keys(app, "3")
    press(app, "down")
    keys(app, "3")
    press(app, "enter")
    press(app, "enter")  # a tie: nothing is played
    second_id = overlay.choices()[1].id
    assert dialogue.view.node == "team" and overlay.tie
    assert "Geen duidelijke winnaar" in " ".join(t for t, _ in overlay.footer_block() or ())
    second = overlay.vote_rows()[1]
    click(app, second.box.rect)  # the trainer decides with the mouse
    assert dialogue.view.node == "housed"
    [vote] = [r for r in log_records(tmp_path) if r["type"] == "vote"]
    assert sorted(vote["tallies"].values()) == [3, 3] and vote["chosen"] == second_id


def test_escape_and_history_still_reach_the_dialogue(tmp_path: Path):
    app, _ = start(tmp_path)
    to_team(app)
    press(app, "h")
    assert isinstance(app.top, HistoryScreen)


def test_solo_mode_shows_none_of_it(tmp_path: Path):
    app, dialogue = start(tmp_path, mode="solo")
    assert dialogue.overlays == []
    assert dialogue.theme is app.theme
    to_team(app)
    press(app, "1")
    assert dialogue.view.node == "street"
    assert not [r for r in log_records(tmp_path) if r["type"] == "vote"]


def test_the_text_is_one_size_larger_for_the_projector(tmp_path: Path):
    app, dialogue = start(tmp_path, text_size=0)
    assert dialogue.theme.step == 1 and app.theme.step == 0
    assert projector_theme(Theme(2)).step == 2
    assert projector_theme(Theme(1, True)).pal.high_contrast


def test_the_timer_counts_down_and_redraws_once_a_second(tmp_path: Path):
    app, dialogue = start(tmp_path)
    overlay = overlay_of(dialogue)
    now = [0.0]
    overlay.clock = lambda: now[0]
    keys(app, "t")
    assert overlay.timer_left == 120
    frames = app.frames
    for _ in range(30):  # half a second at 60 frames: the countdown shows the same second
        now[0] += 1 / 60
        step(app)
    assert app.frames - frames <= 1
    now[0] += 1.0
    step(app)
    assert overlay.timer_left == 119
    screenshot(app, "facilitator_timer")
    keys(app, "t")
    assert overlay.timer_left == 300
    now[0] += 301
    step(app)
    assert overlay.timer_left == 0  # "time is up" stays until T
    keys(app, "t")
    assert overlay.timer_left is None


def test_high_contrast_panels(tmp_path: Path):
    app, dialogue = start(tmp_path, high_contrast=True, text_size=2)
    to_team(app)
    screenshot(app, "facilitator_routine_contrast")
    overlay = overlay_of(dialogue)
    while overlay.phase == "routine":
        press(app, "enter")
    keys(app, "12")
    keys(app, "t")
    screenshot(app, "facilitator_vote_contrast")
    assert dialogue.theme.pal.high_contrast


# -- layout: every routine and vote of sanne.yaml, both languages, every projector size ----------


def _fits(box: TextBox, theme: Theme, where: str) -> None:
    assert box.rect.height >= len(box.lines) * theme.lh(box.role), f"{where}: {box}"
    for line in box.lines:
        assert theme.width(line, box.role) <= box.rect.width, f"{where}: {line}"
    assert pygame.Rect(0, 0, 1280, 720).contains(box.rect), f"{where}: {box}"


@pytest.mark.parametrize("size", [0, 1])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_routine_vote_and_feedback_fit_and_never_cover_the_line(
    tmp_path: Path, lang: str, size: int
):
    """Every node of Sanne with a routine or choices, through the overlay's phases: every
    text fits its box and no drawn box lies on another (the line stays readable)."""
    from game.ui.overlap import clashes
    from game.ui.playthrough import Playthrough
    from game.ui.watch import FileWatch

    path = SCENARIOS_DIR / "sanne.yaml"
    result = load_file(path)
    assert result.scenario is not None
    app = make_app(tmp_path, settings=Settings(text_size=size, language=lang, mode="facilitator"))
    engine = Session.begin(result.scenario, "Eva").engine
    checked = 0
    for node in result.scenario.nodes.values():
        if not node.routine and not node.choices:
            continue
        session = Session(engine, engine.start("Eva", node.id).state)
        play = Playthrough(path, result, session, lang, "facilitator", None, FileWatch(path))
        dialogue = DialogueScreen(app, play)
        dialogue.reading.page = dialogue.layout.last_page
        dialogue.reading.shown = float(dialogue.page_letters())
        overlay = overlay_of(dialogue)
        theme = dialogue.theme
        for _ in range(12):  # routine (its parts), then the vote's two stages, then feedback
            overlay.refresh()
            where = f"{node.id}:{lang}:{size}:{overlay.phase}:{overlay.page}"
            for box in overlay.boxes():
                _fits(box, theme, where)
            drawn = dialogue.drawn()
            assert not clashes(drawn), f"{where}: {clashes(drawn)}"
            if overlay.phase == "routine":
                last = overlay.sheet().pages[overlay.page].lines[-1]
                assert last.tone != "soft", f"{where}: a label must not end a page"
                overlay.handle(Key("enter"))
            elif overlay.phase == "vote":
                assert len(overlay.vote_rows()) == len(
                    [b for b in dialogue.visible_boxes() if b.enabled]
                )
                overlay.timer_left = 120  # the timer on screen, in its own place
                if overlay.vote.stage == "count":
                    overlay._type_digit("7")
                    overlay.handle(Key("enter"))
                else:
                    break
            else:
                break
        checked += 1
    assert checked >= 20


def test_continuing_a_saved_game_shows_the_routine_of_that_moment_again(tmp_path: Path):
    """On purpose (docs/trainers.md): after a break the room is reminded what it was about."""
    from tests.test_ui_saves import copy_fixture, start_from_title
    from tests.ui.harness import widget

    path = copy_fixture(tmp_path)
    settings = Settings(text_speed="instant", language="nl", mode="facilitator")
    app = make_app(tmp_path / "user", path.parent, settings)
    dialogue = start_from_title(app, path)
    overlay = overlay_of(dialogue)
    for _ in range(10):  # through the opening nodes and Bas's text, who has a routine
        if overlay.phase == "routine":
            break
        press(app, "space")
    assert dialogue.view.node == "bas" and overlay.phase == "routine"
    press(app, "enter")  # discussed: on to the vote
    assert overlay.phase == "vote"
    press(app, "escape")
    click(app, widget(app, "to_title").rect)

    again = make_app(tmp_path / "user", path.parent)  # after the break
    click(again, widget(again, "continue").rect)
    resumed = again.top
    assert isinstance(resumed, DialogueScreen) and resumed.view.node == "bas"
    for _ in range(resumed.layout.last_page + 1):  # the line is read again, page by page
        if overlay_of(resumed).phase == "routine":
            break
        press(again, "space")
    assert overlay_of(resumed).phase == "routine"


def test_hands_and_the_timer_work_after_the_title_screen(tmp_path: Path):
    """The room's path: the title (name typed, the mode switched with the keyboard), then the
    vote with typed hand counts, T for the timer; every count reaches the session log."""
    from game.ui.keys import TextInput
    from game.ui.screens.title import TitleScreen
    from tests.ui.harness import widget

    app = make_app(tmp_path / "user", FIXTURES, Settings(text_speed="instant", language="nl"))
    title = app.top
    assert isinstance(title, TitleScreen)
    click(app, widget(app, "name").rect)
    assert TextInput.active  # the name field asks SDL for typed text
    type_text(app, "Eva")
    assert app.settings.player == "Eva"
    press(app, "tab")  # on to the language switch: typed text is off again
    assert not TextInput.active
    press(app, "tab")  # the mode switch
    press(app, "right")
    assert app.settings.mode == "facilitator"
    mini = [e.path.stem for e in title.entries].index("mini")
    click(app, widget(app, f"case:{mini}").rect)
    press(app, "enter")  # "Start" has the focus after choosing a case
    dialogue = app.top
    assert isinstance(dialogue, DialogueScreen) and dialogue.play.mode == "facilitator"
    overlay = overlay_of(dialogue)
    to_team(app)
    press(app, "enter")  # past the routine panel
    assert overlay.phase == "vote" and not TextInput.active
    keys(app, "12")
    press(app, "down")
    keys(app, "3")
    press(app, "t")
    assert overlay.timer_left == 120
    first, second = (c.id for c in overlay.choices())
    assert (overlay.vote.hands(first), overlay.vote.hands(second)) == (12, 3)
    press(app, "enter")
    press(app, "enter")  # the most hands: the first choice
    assert dialogue.view.node == "street"
    [vote] = [r for r in log_records(tmp_path) if r["type"] == "vote"]
    assert vote["tallies"] == {first: 12, second: 3} and vote["chosen"] == first
