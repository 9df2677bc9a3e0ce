"""The facilitator hook: the mode is a setting handed to the dialogue screen, and
overlays registered for a mode see commands first, hear events and draw on top."""

from __future__ import annotations

from pathlib import Path

from game.ui import modes
from game.ui.commands import Key
from game.ui.flow import open_scenario
from game.ui.screens.dialogue import DialogueScreen
from game.ui.settings import Settings
from tests.ui.harness import FIXTURES, close_apps, make_app, press, screenshot, step  # noqa: F401


class Recorder:
    def __init__(self, context: modes.OverlayContext) -> None:
        self.context = context
        self.events: list[object] = []
        self.drawn = 0

    def handle(self, command: object) -> bool:
        return command == Key("h")  # take over H, to prove commands reach us first

    def on_events(self, events: tuple[object, ...]) -> None:
        self.events.extend(events)

    def update(self, dt: float) -> bool:
        return False

    def draw(self, surface: object) -> None:
        self.drawn += 1


def test_facilitator_overlays_plug_in_without_touching_the_dialogue(tmp_path: Path):
    made: list[Recorder] = []

    def factory(context: modes.OverlayContext) -> Recorder:
        made.append(Recorder(context))
        return made[-1]

    modes.register_overlay("facilitator", factory)
    try:
        solo = make_app(tmp_path / "solo", FIXTURES, Settings(text_speed="instant"))
        open_scenario(solo, FIXTURES / "mini.yaml")
        step(solo)  # the case loads in the background; the loop's next pass starts it
        assert isinstance(solo.top, DialogueScreen) and solo.top.overlays == []
        app = make_app(tmp_path / "f", FIXTURES, Settings(text_speed="instant", mode="facilitator"))
        open_scenario(app, FIXTURES / "mini.yaml")
        step(app)
        dialogue = app.top
        assert isinstance(dialogue, DialogueScreen)
        assert dialogue.play.mode == "facilitator"
        [overlay] = made[-1:]
        assert overlay.context.view().node == "intake"
        press(app, "h")
        assert app.top is dialogue  # the overlay took H; no history screen
        press(app, "space")
        press(app, "1")
        assert any(type(e).__name__ == "ChoiceTaken" for e in overlay.events)
        screenshot(app, "dialogue_facilitator_mode")
        assert overlay.drawn > 0
    finally:
        modes._REGISTRY["facilitator"].clear()
