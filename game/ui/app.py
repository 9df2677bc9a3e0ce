"""The game window's loop: a stack of screens, commands in, frames out.

The loop draws only when something changed or moves. When nothing moves it
blocks in ``pygame.event.wait`` (waking once a second for the live-reload
check), so a trainee's laptop stays cool on an idle dialogue screen.
"""

from __future__ import annotations

import os
import sys

# pygame-ce greets on import; a trainee starting the game should not see that.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pygame

from game.i18n import UI_LANGUAGES
from game.paths import SCENARIOS_DIR, check_shipped_cases
from game.ui.commands import Command, Key, PointerMove, QuitRequest, from_event
from game.ui.playthrough import Playthrough
from game.ui.saves import SaveStore
from game.ui.screens.base import Screen
from game.ui.settings import Settings, load_settings, save_settings, set_aside
from game.ui.theme import Theme
from game.ui.window import Window, init_pygame
from game.userdirs import UserDirs

FPS = 60
IDLE_WAKE_MS = 1000  # the live-reload poll interval; nothing else runs when idle
IDLE_NAP = 1 / FPS  # while idle, look for input once a frame
MAX_DT = 0.1  # after a long idle wait, animations step as if a short time passed
MAX_CRASHES = 3  # after this many bugs in one session the window closes (the reports stay)


class App:
    def __init__(
        self,
        dirs: UserDirs,
        scenario_folders: Sequence[Path] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.dirs = dirs
        # The shipped cases, then the author's own (``new`` writes those).
        self.scenario_folders = (
            tuple(scenario_folders)
            if scenario_folders is not None
            else (SCENARIOS_DIR, dirs.scenarios)
        )
        self.clock = clock
        self.settings, self.notice = load_settings(dirs.settings_file)
        if self.notice == "settings.unreadable" and set_aside(dirs.settings_file) is not None:
            self.notice = "settings.set_aside"  # kept for the player, never written over
        self.theme = Theme(self.settings.text_size, self.settings.high_contrast)
        self.saves = SaveStore(dirs.saves)
        self.stack: list[Screen] = []
        self.play: Playthrough | None = None  # the game in progress, watched for live reload
        self.window: Window | None = None
        self.running = True
        self.dirty = True
        self.animating = False
        self.frames = 0  # frames drawn, for tests and benchmarks
        self.crashes = 0  # bugs caught by the loop (see survive)
        self._last = clock()
        self._pace = pygame.time.Clock()

    # -- the stack --------------------------------------------------------------

    @property
    def top(self) -> Screen | None:
        return self.stack[-1] if self.stack else None

    def push(self, screen: Screen) -> None:
        self.stack.append(screen)
        self.invalidate()

    def pop(self) -> Screen | None:
        screen = self.stack.pop() if self.stack else None
        if self.top is not None:
            self.top.revealed()
        self.invalidate()
        return screen

    def pop_to(self, screen: Screen) -> None:
        """Close every screen above ``screen``."""
        while self.stack and self.top is not screen:
            self.stack.pop()
        if self.top is not None:
            self.top.revealed()
        self.invalidate()

    def replace(self, screen: Screen) -> None:
        if self.stack:
            self.stack.pop()
        self.push(screen)

    def reset(self, screen: Screen) -> None:
        self.stack = [screen]
        self.invalidate()

    def find(self, kind: type) -> Screen | None:
        for screen in reversed(self.stack):
            if isinstance(screen, kind):
                return screen
        return None

    def invalidate(self) -> None:
        self.dirty = True

    def quit(self) -> None:
        self.running = False

    # -- settings -------------------------------------------------------------------

    def apply(self, settings: Settings, persist: bool = True) -> None:
        """Use new settings everywhere; remember them unless told not to."""
        old, self.settings = self.settings, settings
        if (old.text_size, old.high_contrast) != (settings.text_size, settings.high_contrast):
            self.theme = Theme(settings.text_size, settings.high_contrast)
        if self.window is not None:
            self.window.set_fullscreen(settings.fullscreen)
        if persist and not save_settings(self.dirs.settings_file, settings):
            self.notice = "settings.not_saved"
        for screen in self.stack:
            screen.relayout()
        self.invalidate()

    def use_language(self, lang: str | None) -> None:
        if lang in UI_LANGUAGES and lang != self.settings.language:
            self.apply(self.settings.with_(language=lang), persist=False)

    # -- the loop ---------------------------------------------------------------------

    def open_window(self) -> None:
        init_pygame()
        self.window = Window(self.settings.fullscreen)
        pygame.key.set_repeat(400, 40)

    def run(self) -> int:
        while self.running and self.stack:
            try:
                self.step(wait=True)
            except Exception as error:  # the last line of defence, see game.crash
                if not self.survive(error):
                    from game.crash import EXIT_CRASH

                    return EXIT_CRASH
        return 0

    def survive(self, error: Exception) -> bool:
        """After a bug: write the crash report and say so in the window; False to give up."""
        from game.crash import message, report

        path = report(error, "the game window")
        sys.stderr.write(f"doorbraak: error: {message(path)}\n")
        self.crashes += 1
        if self.crashes > MAX_CRASHES:
            return False
        try:
            from game.ui.screens.crash import show_crash

            show_crash(self, path)
        except Exception:  # the message itself cannot be shown: stop, the report is written
            return False
        return True

    def step(self, wait: bool = False) -> None:
        """One pass: take events, advance time, draw if needed."""
        for event in self._events(wait and not (self.animating or self.dirty)):
            command = from_event(event)
            if command is not None:
                self.dispatch(command)
        now = self.clock()
        dt, self._last = min(MAX_DT, now - self._last), now
        self.background(now)
        top = self.top
        self.animating = top.update(dt) if top is not None else False
        if self.dirty or self.animating:
            self.draw()
        if self.animating and wait:
            self._pace.tick(FPS)

    def _events(self, block: bool) -> list[pygame.event.Event]:
        """The waiting events; when ``block``, nap until one comes (or the idle wake-up).

        Not ``pygame.event.wait``: in pygame-ce 2.5 it polls SDL every millisecond
        and costs about 3.6% of a core while waiting (measured with the x11 and the
        dummy driver). Napping one frame at a time costs about 0.6% and answers a
        key press within one frame, which is all a dialogue needs.
        """
        events = pygame.event.get()
        if not block:
            return events
        wake = time.monotonic() + IDLE_WAKE_MS / 1000
        while not events and time.monotonic() < wake:
            time.sleep(IDLE_NAP)
            events = pygame.event.get()
        return events

    def dispatch(self, command: Command) -> None:
        if isinstance(command, QuitRequest):
            self.quit()
            return
        if isinstance(command, Key) and command.name == "f11":
            self.apply(self.settings.with_(fullscreen=not self.settings.fullscreen))
            return
        if not isinstance(command, PointerMove):
            self.invalidate()  # a hover change invalidates itself, see Screen.handle
        if self.top is not None:
            self.top.handle(command)

    def background(self, now: float) -> None:
        from game.ui.flow import poll_live_reload

        poll_live_reload(self, now)

    def draw(self) -> None:
        if self.window is None:
            return
        self.render(self.window.surface)
        self.window.present()
        self.dirty = False
        self.frames += 1

    def render(self, surface: pygame.Surface) -> None:
        """Draw the top screen and, under a see-through one, the screens below it."""
        first = len(self.stack) - 1
        while first > 0 and not self.stack[first].opaque:
            first -= 1
        for screen in self.stack[max(0, first) :]:
            screen.draw(surface)


def run_app(
    scenario_file: str | None = None, lang: str | None = None, player: str | None = None
) -> int:
    """Open the window: the title screen, or straight into a scenario."""
    from game.ui.facilitator import install
    from game.ui.flow import open_scenario, show_title

    install()  # the facilitator's overlays (game/ui/facilitator.py)
    check_shipped_cases()
    app = App(UserDirs.default())
    app.use_language(lang)
    if player is not None:
        app.settings = app.settings.with_(player=player[:40])
    app.open_window()
    show_title(app)
    if scenario_file is not None:
        open_scenario(app, Path(scenario_file), lang=lang)
    try:
        return app.run()
    finally:
        from game.ui.flow import end_game

        end_game(app)
        pygame.display.quit()
