"""Driving the game window in tests: a headless app, a fake clock and real pygame events.

Events are posted to SDL's queue (``pygame.event.post``) and the app takes
them in its normal loop step, so the tests go through the same edge as a
player's keyboard and mouse. A key press is what SDL sends for one: KEYDOWN,
then TEXTINPUT with the typed character *only while SDL's text input is on*
(the game switches it, ``game.ui.keys.TextInput``), then KEYUP. So a screen
that reads digits from typed text while text input is off fails here as it
would on a real keyboard.
"""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.paths import SCENARIOS_DIR
from game.scenario.loader import load_file, scenario_files
from game.ui.app import App
from game.ui.flow import end_game, show_title
from game.ui.settings import Settings, save_settings
from game.userdirs import UserDirs

HERE = Path(__file__).parent
FIXTURES = HERE / "scenarios"
OUT = Path(__file__).resolve().parents[2] / "out" / "screens"

KEYS = {
    "up": pygame.K_UP,
    "down": pygame.K_DOWN,
    "left": pygame.K_LEFT,
    "right": pygame.K_RIGHT,
    "enter": pygame.K_RETURN,
    "space": pygame.K_SPACE,
    "escape": pygame.K_ESCAPE,
    "backspace": pygame.K_BACKSPACE,
    "tab": pygame.K_TAB,
    "h": pygame.K_h,
    "f5": pygame.K_F5,
    "f9": pygame.K_F9,
    "f11": pygame.K_F11,
    "ctrl": pygame.K_LCTRL,
    "delete": pygame.K_DELETE,
    "pageup": pygame.K_PAGEUP,
    "pagedown": pygame.K_PAGEDOWN,
    "home": pygame.K_HOME,
    "end": pygame.K_END,
}
KEYS.update({str(n): getattr(pygame, f"K_{n}") for n in range(10)})
KEYS.update({c: getattr(pygame, f"K_{c}") for c in "abcdefghijklmnopqrstuvwxyz"})
PRINTABLE = {name: name for name in KEYS if len(name) == 1} | {"space": " "}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def shipped_scenarios() -> list[Path]:
    """Every scenario in scenarios/ that loads without errors, at the time the tests run."""
    return [p for p in scenario_files(SCENARIOS_DIR) if load_file(p).ok]


_OPEN: list[App] = []


@pytest.fixture(autouse=True)
def close_apps() -> Iterator[None]:
    """Close the games the test opened (their session logs are open files).

    Import it into a test module to use it there: ``from tests.ui.harness import close_apps``.
    """
    yield
    while _OPEN:
        end_game(_OPEN.pop())


def make_app(
    root: Path, scenarios_dir: Path = SCENARIOS_DIR, settings: Settings | None = None
) -> App:
    dirs = UserDirs.under(root)
    if settings is not None:
        save_settings(dirs.settings_file, settings)
    clock = FakeClock()
    app = App(dirs, (scenarios_dir,), clock=clock)
    app.open_window()
    show_title(app)
    checking = getattr(app.top, "checking", None)
    if checking is not None:  # the title's background check of every case: let it finish
        checking.join(timeout=60)
    app.step()
    _OPEN.append(app)
    return app


def clock_of(app: App) -> FakeClock:
    assert isinstance(app.clock, FakeClock)
    return app.clock


def step(app: App, times: int = 1, dt: float = 1 / 60, jobs: bool = True) -> None:
    """Passes of the loop. Background jobs (loading a case) are let finish first unless
    ``jobs`` is False, so a test sees what the player sees once the work is done; their
    results still arrive through the loop, as in the game."""
    for _ in range(times):
        clock_of(app).now += dt
        app.step()
        while jobs and app.jobs.running:  # a press started work: the next pass brings it
            app.jobs.wait_all()
            clock_of(app).now += dt
            app.step()


def settle(app: App, seconds: float = 6.0) -> None:
    """Let animations run out (typewriter, change labels, notices)."""
    step(app, int(seconds * 20), dt=0.05)


def _key_events(name: str, char: str, mod: int) -> None:
    """KEYDOWN, TEXTINPUT (when SDL's text input is on and the key types), KEYUP."""
    from game.ui.keys import TextInput

    key = KEYS.get(name)
    if key is not None:
        pygame.event.post(
            pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=char, scancode=0)
        )
    if char and TextInput.active:
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=char))
    if key is not None:
        pygame.event.post(
            pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode=char, scancode=0)
        )


def press(app: App, name: str, shift: bool = False, ctrl: bool = False) -> None:
    """One press of a key, as SDL reports it."""
    mod = (pygame.KMOD_SHIFT if shift else 0) | (pygame.KMOD_CTRL if ctrl else 0)
    char = PRINTABLE.get(name, "") if not ctrl else ""
    _key_events(name, char.upper() if shift else char, mod)
    step(app)


def keys(app: App, sequence: str) -> None:
    """Press the keys of ``sequence`` one by one ("15" is the 1 key, then the 5 key)."""
    for char in sequence:
        press(app, char.lower(), shift=char.isupper())


def hold(app: App, name: str) -> None:
    """Press a key and keep it down (KEYDOWN only)."""
    pygame.event.post(
        pygame.event.Event(pygame.KEYDOWN, key=KEYS[name], mod=0, unicode="", scancode=0)
    )
    step(app)


def release(app: App, name: str) -> None:
    pygame.event.post(
        pygame.event.Event(pygame.KEYUP, key=KEYS[name], mod=0, unicode="", scancode=0)
    )
    step(app)


def type_text(app: App, text: str) -> None:
    """Type ``text`` key by key; characters without a key of their own (ë) come as an
    input method sends them, as typed text only."""
    for char in text:
        name = "space" if char == " " else char.lower()
        _key_events(name if name in KEYS else "", char, pygame.KMOD_SHIFT * char.isupper())
        step(app)


def click(app: App, rect: pygame.Rect) -> None:
    pos = rect.center
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))
    )
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    step(app)


def hover(app: App, rect: pygame.Rect) -> None:
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=rect.center, rel=(0, 0), buttons=(0, 0, 0))
    )
    step(app)


def widget(app: App, widget_id: str):  # type: ignore[no-untyped-def]
    """A widget of the top screen's form, by id."""
    form = app.top.form  # type: ignore[union-attr]
    for item in form.items:
        if item.id == widget_id:
            return item
    raise AssertionError(f"no widget '{widget_id}' on {type(app.top).__name__}")


def screenshot(app: App, name: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    surface = pygame.display.get_surface()
    app.render(surface)
    path = OUT / f"{name}.png"
    pygame.image.save(surface, path)
    return path


def walk_keys(sequence: str) -> Iterator[str]:
    yield from sequence.split()
