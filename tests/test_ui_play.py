"""Play every scenario in the window from the title screen to the ending, with real
pygame events (keys, and mouse clicks at the buttons' rectangles), in both languages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.ui.screens.dialogue import DialogueScreen
from game.ui.screens.ending import EndingScreen
from game.ui.screens.feedback import FeedbackScreen
from game.ui.screens.title import TitleScreen
from game.ui.settings import Settings
from tests.ui.harness import (  # noqa: F401  (close_apps: a fixture)
    FIXTURES,
    click,
    close_apps,
    make_app,
    press,
    settle,
    shipped_scenarios,
    type_text,
    widget,
)

MAX_ACTIONS = 600
PLAYABLE = [*shipped_scenarios(), FIXTURES / "rich.yaml", FIXTURES / "mini.yaml"]


def open_case(app, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Click through the title's case pages to the card of ``path`` and select it."""
    title = app.top
    assert isinstance(title, TitleScreen)
    index = [e.path.resolve() for e in title.entries].index(path.resolve())
    for _ in range(len(title.entries)):
        shown = [i for i, _ in title.cards]
        if index in shown:
            click(app, widget(app, f"case:{index}").rect)
            return
        click(app, widget(app, "next").rect)
    raise AssertionError(f"no card for {path}")


def take_a_choice(app, dialogue: DialogueScreen, turn: int) -> None:  # type: ignore[no-untyped-def]
    """Alternate number keys, mouse clicks and arrows + Enter; vary the choice taken."""
    enabled = [b for group in dialogue.layout.groups for b in group if b.enabled]
    assert enabled, f"nothing to choose at {dialogue.view.node}"
    pick = enabled[turn % len(enabled)]
    way = turn % 3
    if way == 0:
        press(app, str(pick.number))
    elif way == 1 and pick in dialogue.visible_boxes():
        click(app, pick.rect)
    else:
        for _ in range(enabled.index(pick) + 1):
            press(app, "down")
        assert dialogue.reading.focus == pick.index
        press(app, "enter")


def play_to_ending(app, seed: int) -> int:  # type: ignore[no-untyped-def]
    """Through the conversation to the ending; after a choice with feedback, its panel is
    read and closed (with a key, or a click)."""
    actions = 0
    while isinstance(app.top, DialogueScreen | FeedbackScreen):
        dialogue = app.top
        assert actions < MAX_ACTIONS, f"no ending after {actions} actions"
        if isinstance(dialogue, FeedbackScreen):
            assert dialogue.choice.feedback
            press(app, "space") if actions % 2 else click(app, dialogue.panel.rect)
        elif dialogue.choices_visible:
            take_a_choice(app, dialogue, seed + actions)
        elif actions % 2:
            click(app, dialogue.layout.card)
        else:
            press(app, "space")
        actions += 1
    return actions


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", PLAYABLE, ids=lambda p: p.stem)
def test_play_from_title_to_ending(tmp_path: Path, path: Path, lang: str):
    scenarios = path.parent
    app = make_app(tmp_path, scenarios, Settings(text_speed="fast"))
    if lang == "en":
        switch = widget(app, "language")
        click(app, switch.cells(app.theme)[1])
        assert app.settings.language == "en"
    click(app, widget(app, "name").rect)
    type_text(app, "Eva")
    assert app.settings.player == "Eva"
    open_case(app, path)
    click(app, widget(app, "start").rect)
    assert isinstance(app.top, DialogueScreen)
    assert app.top.play.lang == lang
    play_to_ending(app, seed=len(path.stem) + (lang == "en"))
    ending = app.top
    assert isinstance(ending, EndingScreen), type(app.top).__name__
    view = ending.play.session.view(lang)
    assert view.ending is not None
    shown = [line for box in ending.audit().boxes for line in box.lines]
    assert any(view.ending.title.split()[0] in line for line in shown)
    for _ in range(len(ending.pages)):
        press(app, "right")
    assert ending.page == len(ending.pages) - 1
    settle(app, 1)
    click(app, widget(app, "title").rect)
    assert isinstance(app.top, TitleScreen)
    assert app.frames > 0


def test_keyboard_alone_reaches_the_ending(tmp_path: Path):
    """Tab, arrows, Enter and digits only: no mouse at all."""
    app = make_app(tmp_path, FIXTURES, Settings(text_speed="slow"))
    title = app.top
    assert isinstance(title, TitleScreen)
    mini = [e.path.stem for e in title.entries].index("mini")
    while title.selected != mini:
        press(app, "tab", shift=True)
        focused = title.form.focused()
        if focused is not None and focused.id == f"case:{mini}":
            press(app, "enter")
    assert title.form.focused().id == "start"  # type: ignore[union-attr]
    press(app, "enter")
    assert isinstance(app.top, DialogueScreen)
    dialogue = app.top
    assert not dialogue.page_done  # slow typewriter still typing
    press(app, "space")
    assert dialogue.page_done  # a key completes the text
    while isinstance(app.top, DialogueScreen | FeedbackScreen):
        choosing = isinstance(app.top, DialogueScreen) and app.top.choices_visible
        press(app, "2" if choosing else "enter")
    assert isinstance(app.top, EndingScreen)
    assert app.top.play.session.state.node == "housed"
