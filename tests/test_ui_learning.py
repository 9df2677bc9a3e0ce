"""The window teaches the lesson (issue 12): the ending leads with the level and the
client's days, then safety, then the number beside the best the case allows; it asks
the reflection questions, names the player's own 'mag niet', explains hidden causes
and gives the counter-moves of every routine met; W opens the glossary from the
conversation, the facilitator's panels, the pause menu and the ending.

Driven by SDL events posted to the window's own queue (tests.ui.harness).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from game.bestscore import compute
from game.engine.glossary import terms_for
from game.engine.lookback import look_back
from game.engine.model import SAFETY
from game.engine.state import Origin
from game.paths import SCENARIOS_DIR
from game.ui import facilitator
from game.ui.flow import open_scenario
from game.ui.screens.dialogue import DialogueScreen
from game.ui.screens.ending import EndingScreen
from game.ui.screens.glossary import GlossaryScreen
from game.ui.screens.pause import PauseScreen
from game.ui.settings import Settings
from game.ui.strings import t
from tests.ui.harness import (  # noqa: F401
    FIXTURES,
    click,
    close_apps,
    make_app,
    press,
    screenshot,
    settle,
    step,
)

VISSER = SCENARIOS_DIR / "familie_visser.yaml"


def play_to_ending(tmp_path: Path, path: Path = VISSER, **settings: object) -> EndingScreen:
    base = {"player": "Eva", "text_speed": "instant", "language": "nl"}
    app = make_app(tmp_path / "user", path.parent, Settings(**(base | settings)))  # type: ignore[arg-type]
    open_scenario(app, path)
    step(app)
    for _ in range(600):
        if isinstance(app.top, EndingScreen):
            break
        press(app, "1" if getattr(app.top, "choices_visible", False) else "space")
    ending = app.top
    assert isinstance(ending, EndingScreen), type(ending).__name__
    return ending


def page_lines(ending: EndingScreen) -> list[tuple[str, int, int]]:
    """(line, x, y) of every text drawn on the ending's current page."""
    out = []
    for box in ending.audit().boxes:
        for index, line in enumerate(box.lines):
            out.append((line, box.rect.x, box.rect.y + index))
    return out


def all_text(ending: EndingScreen) -> str:
    """Every page's text, turned with the Right key as a player does."""
    texts = []
    while ending.page > 0:
        press(ending.app, "left")
    for _ in range(len(ending.pages)):
        texts.append(" ".join(line for line, _, _ in page_lines(ending)))
        press(ending.app, "right")
    return " ".join(texts)


def joined(text: str) -> str:
    return " ".join(text.split())


def where(lines: list[tuple[str, int, int]], words: str) -> tuple[int, int]:
    for line, x, y in lines:
        if words in line:
            return x, y
    raise AssertionError(f"{words!r} not on the page: {[line for line, _, _ in lines]}")


@pytest.fixture
def ending(tmp_path: Path) -> Iterator[EndingScreen]:
    screen = play_to_ending(tmp_path)
    assert screen.play.best is not None
    screen.play.best.result(120)  # the analyser in the background
    step(screen.app, 2)  # the screen sees the result come in
    yield screen


def test_the_ending_leads_with_level_and_days_then_safety_then_the_number(
    ending: EndingScreen,
) -> None:
    play = ending.play
    scenario, score = play.scenario, play.session.score()
    view = play.session.view("nl")
    assert view.ending is not None and score.model == "1.1"
    lines = page_lines(ending)
    _, level_y = where(lines, t(f"level.{view.ending.breakthrough}", "nl"))
    client = scenario.characters[scenario.client].name.render("nl")
    days_x, days_y = where(lines, f"{client} wachtte {score.wait_days}")
    label = scenario.meters[SAFETY].label
    assert label is not None
    safety_x, safety_y = where(lines, f"{label.render('nl')} aan het eind: {score.safety}")
    number_x, number_y = where(lines, str(score.score))
    assert level_y < days_y < safety_y  # the level at the top, the days under it, then safety
    right_x, _ = where(lines, t("end.level", "nl"))  # the right column: "Hoe ver kwam je?"
    assert days_x == safety_x < right_x  # one column, left of the level
    assert number_x == right_x and number_y > level_y  # the number comes last, on the right
    best = compute(scenario)
    assert best is not None and best.complete
    assert t("end.best", "nl", best=best.score) in [line for line, _, _ in lines]
    parts = joined(" ".join(line for line, _, _ in lines))
    total = score.outcome_points + score.breakthrough_points + score.meter_points
    assert f"uitkomst {score.outcome_points} + doorbraak {score.breakthrough_points}" in parts
    assert f"= {total} van {score.top}" in parts
    if view.ending.aftermath_text:
        assert joined(view.ending.aftermath_text)[:40] in parts
    screenshot(ending.app, "learning_ending_lead")


def test_the_ending_asks_names_explains_and_gives_every_counter_move(
    ending: EndingScreen,
) -> None:
    play = ending.play
    scenario, state = play.scenario, play.session.state
    back = look_back(play.engine, state)
    assert back.prompts and back.routines  # this path meets routines
    text = joined(all_text(ending))
    for prompt in back.prompts:
        assert joined(prompt.render("nl", state.values, state.player)) in text
    for cause in back.causes:
        assert joined(cause.because.render("nl", state.values, state.player)) in text
    if back.own:
        assert t("end.own", "nl") in text
    for routine_id in back.routine_ids():
        routine = scenario.routines[routine_id]
        for move in routine.counter_moves:
            assert joined(move.render("nl")) in text, routine_id
    assert t("end.glossary_hint", "nl") in text


def test_a_game_begun_elsewhere_shows_no_best_score(tmp_path: Path) -> None:
    """The best score is that of the case from its start: not beside a game from --from."""
    app = make_app(tmp_path / "user", FIXTURES, Settings(text_speed="instant"))
    open_scenario(app, FIXTURES / "mini.yaml", origin=Origin("team", {}))
    step(app)
    assert isinstance(app.top, DialogueScreen)
    assert app.top.play.best is None
    while not isinstance(app.top, EndingScreen):
        press(app, "2" if getattr(app.top, "choices_visible", False) else "space")
    shown = " ".join(line for line, _, _ in page_lines(app.top))
    assert "Beste score" not in shown and "beste score" not in shown


def test_w_opens_the_glossary_from_the_conversation_and_w_closes_it(tmp_path: Path) -> None:
    app = make_app(tmp_path / "user", SCENARIOS_DIR, Settings(text_speed="instant"))
    open_scenario(app, VISSER)
    step(app)
    dialogue = app.top
    assert isinstance(dialogue, DialogueScreen)
    assert "W: woordenlijst" in t("dlg.hint_keys", "nl")
    press(app, "w")
    glossary = app.top
    assert isinstance(glossary, GlossaryScreen)
    shown = joined(" ".join(row.text for row in glossary.view.rows))
    terms = terms_for(dialogue.play.scenario, "nl")
    assert terms
    for term in terms:
        assert joined(term.term.render("nl")) in shown
    screenshot(app, "learning_glossary")
    press(app, "w")
    assert app.top is dialogue
    press(app, "w")
    press(app, "escape")
    assert app.top is dialogue
    assert dialogue.view.node == dialogue.play.scenario.start  # reading the list changed nothing


def test_the_pause_menu_and_the_ending_open_the_glossary(tmp_path: Path) -> None:
    ending = play_to_ending(tmp_path, FIXTURES / "mini.yaml")
    app = ending.app
    press(app, "w")
    assert isinstance(app.top, GlossaryScreen)
    press(app, "escape")
    assert app.top is ending
    press(app, "backspace")  # back into the conversation, then the menu
    assert isinstance(app.top, DialogueScreen)
    press(app, "escape")
    assert isinstance(app.top, PauseScreen)
    [button] = [item for item in app.top.form.items if item.id == "glossary"]
    click(app, button.rect)
    assert isinstance(app.top, GlossaryScreen)


def test_the_facilitator_panels_open_the_glossary(tmp_path: Path) -> None:
    facilitator.install()
    try:
        settings = Settings(text_speed="instant", mode="facilitator", language="nl")
        app = make_app(tmp_path / "user", FIXTURES, settings)
        open_scenario(app, FIXTURES / "mini.yaml")
        step(app)
        dialogue = app.top
        assert isinstance(dialogue, DialogueScreen)
        press(app, "enter")  # the intake has no choices: on to the routine
        step(app)
        [overlay] = [o for o in dialogue.overlays if isinstance(o, facilitator.FacilitatorOverlay)]
        assert overlay.phase == "routine"
        assert "W: woordenlijst" in t("fac.hint_routine", "nl")
        press(app, "w")
        assert isinstance(app.top, GlossaryScreen)
        press(app, "w")
        assert app.top is dialogue and overlay.phase == "routine"  # the panel waits as it was
    finally:
        facilitator.uninstall()


def test_a_quoted_choice_ends_its_sentence_once() -> None:
    from game.plaintext import as_sentence

    assert as_sentence("'Dat beslis ik niet, niet ik.'") == "'Dat beslis ik niet, niet ik.'"
    assert as_sentence("Ik bel de corporatie") == "Ik bel de corporatie."
    assert as_sentence("Wat mis ik?”") == "Wat mis ik?”"


def test_a_change_names_safety_as_the_case_does(tmp_path: Path) -> None:
    """familie_visser calls safety "Jouw positie": the change under it says so too, in the
    window, the terminal and the debrief; a case without a name of its own says
    "veiligheid"."""
    import os
    import subprocess
    import sys

    from game.i18n import safety_word
    from game.ui.fx import Change
    from tests.trainer.playlogs import ROOT

    app = make_app(tmp_path / "user", SCENARIOS_DIR, Settings(text_speed="instant"))
    open_scenario(app, VISSER)
    step(app)
    dialogue = app.top
    assert isinstance(dialogue, DialogueScreen)
    assert dialogue.change_text(Change(SAFETY, 50, 44)) == "−6 jouw positie"
    assert safety_word(None, "nl") == "veiligheid" and safety_word("Jouw veiligheid", "en") == (
        "safety"
    )
    env_dir = str(tmp_path / "t")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "play", "familie_visser", "--text", "--no-log",
         "--choices", "1,1,1"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "DOORBRAAK_USER_DIR": env_dir},
    )  # fmt: skip
    changes = [line for line in done.stdout.splitlines() if line.startswith("Gevolg:")]
    assert any("jouw positie" in line for line in changes), changes
    assert not any("veiligheid" in line for line in changes), changes


def test_the_windows_best_score_is_worked_out_in_a_helper_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seconds of pure-Python search in a thread of the window would share the
    interpreter lock with its frames: the window's job only waits for a helper."""
    import game.bestscore as bestscore
    from game.scenario.loader import load_file
    from game.userdirs import UserDirs

    def not_here(*_: object, **__: object) -> None:
        raise AssertionError("the analyser ran inside the window's process")

    monkeypatch.setattr(bestscore, "best_for", not_here)
    scenario = load_file(VISSER).scenario
    assert scenario is not None
    dirs = UserDirs.under(tmp_path)
    job = bestscore.BestScoreJob(scenario, dirs, process=True)
    best = job.result(120)
    assert best is not None and best.score == compute(scenario).score  # type: ignore[union-attr]
    assert bestscore.cache_file(dirs, scenario.sha256 or "").is_file()


def test_the_best_score_helper_refuses_a_changed_case_and_bad_arguments(tmp_path: Path) -> None:
    import subprocess
    import sys

    run = [sys.executable, "-m", "game.bestscore"]
    usage = subprocess.run(run, capture_output=True, text=True, timeout=60)
    assert usage.returncode == 2 and "usage" in usage.stderr
    changed = subprocess.run(
        [*run, str(VISSER), "0" * 64, str(tmp_path)], capture_output=True, timeout=60
    )
    assert changed.returncode == 1 and not list(tmp_path.rglob("*.json"))
