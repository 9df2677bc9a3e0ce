"""`play SCENARIO` in the window: --facilitator, --from and --set, and a case with errors
opening on the error screen. The command line runs in this process; the window's loop is
stepped until the case is open, then closed (the real loop would wait for the player)."""

from __future__ import annotations

from pathlib import Path

import pytest

import tests.ui.harness  # noqa: F401  (the dummy video driver)
from game.cli import main
from game.ui.app import App
from game.ui.screens.dialogue import DialogueScreen
from game.ui.screens.errors import ErrorScreen
from tests.ui.harness import FIXTURES

MINI = str(FIXTURES / "mini.yaml")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[App]:
    """The windows ``main`` opened, each run until its background work is done."""
    apps: list[App] = []

    def run(self: App) -> int:
        apps.append(self)
        for _ in range(50):
            self.jobs.wait_all()
            self.step()
            if not self.jobs.running:
                break
        from game.ui.flow import end_game

        end_game(self)
        return 0

    monkeypatch.setattr(App, "run", run)
    return apps


def test_facilitator_from_and_set_open_the_window_there(opened: list[App]):
    code = main(["play", MINI, "--facilitator", "--from", "team", "--set", "safety=20"])
    assert code == 0
    [app] = opened
    dialogue = app.top
    assert isinstance(dialogue, DialogueScreen)
    assert dialogue.play.mode == "facilitator" and dialogue.overlays
    state = dialogue.play.session.state
    assert state.node == "team" and state.values["safety"] == 20
    assert app.settings.mode == "facilitator"


def test_the_trainers_shortcut_does_not_change_the_remembered_mode(opened: list[App]):
    main(["play", MINI, "--facilitator"])
    main(["play", MINI])
    assert opened[0].settings.mode == "facilitator"
    assert opened[1].settings.mode == "solo"  # the next plain start is the trainee's own


def test_a_case_with_errors_opens_on_the_error_screen(
    opened: list[App], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    broken = tmp_path / "kapot.yaml"
    broken.write_text("format: 1\nid: kapot\ntitle: Kapot\n", encoding="utf-8")
    code = main(["play", str(broken), "--lang", "nl"])
    assert code == 2  # the input problem stands: the window showed it, nothing was played
    [app] = opened
    screen = app.top
    assert isinstance(screen, ErrorScreen)
    shown = " ".join(line for box in screen.audit().boxes for line in box.lines)
    assert "Deze casus heeft fouten" in shown and "DB102" in shown
    assert f"{broken}:1:1: error:" in capsys.readouterr().err  # and on standard error too


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "nowhere"], "no node 'nowhere'"),
        (["--set", "bogus=1"], "no meter or flag 'bogus'"),
        (["--facilitator", "--text"], "--facilitator is for the game window"),
    ],
)
def test_a_start_that_does_not_fit_is_refused_before_a_window_opens(
    opened: list[App], capsys: pytest.CaptureFixture[str], args: list[str], message: str
):
    assert main(["play", MINI, *args]) == 2
    assert message in capsys.readouterr().err
    assert opened == []
