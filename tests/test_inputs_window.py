"""The window under hostile files (issue 14, F01/F02/F03/F05): one bad case, image, save or
settings file never stops it from starting; each is set aside or refused with a message;
undo never raises; and a bug in the loop becomes a message naming a crash report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pygame
import pytest

from game.engine import SessionState
from game.engine.state import Origin
from game.ui.screens.dialogue import DialogueScreen
from game.ui.screens.message import MessageScreen
from game.ui.screens.title import TitleScreen
from game.ui.settings import Settings
from tests.inputs import case_text, fifo, png_header, sparse, within_seconds
from tests.ui.harness import (
    FIXTURES,
    click,
    close_apps,  # noqa: F401 - a fixture: closes the games' logs
    make_app,
    press,
    screenshot,
    settle,
    step,
    widget,
)

ALIAS_BOMB = b"""\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
format: 1
id: *i
title: Bom
"""


def hostile_folder(tmp_path: Path) -> Path:
    """A scenarios folder as the review filled it, with one good case among them."""
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (folder / "good.yaml").write_text(case_text(id="good", title="Een goede casus"))
    (folder / "bomb.yaml").write_bytes(ALIAS_BOMB)
    (folder / "nul.yaml").write_text(case_text(id="nul", title='"Ev\\0il"'))
    (folder / "huge.yaml").write_text(case_text(id="huge", title="Lang" * 475_000))
    (folder / "control.yaml").write_text(case_text(id="control", title='"\\e]0;titel\\a"'))
    fifo(folder / "pipe.yaml")
    (folder / "zero.yaml").symlink_to("/dev/zero")
    sparse(folder / "sparse.yaml", 5 * 1024**3)
    (folder / "list.yaml").write_text("- just\n- a list\n")
    return folder


def has_widget(app, widget_id: str) -> bool:  # type: ignore[no-untyped-def]
    return any(item.id == widget_id for item in app.top.form.items)


def visit_cases(app) -> list[int]:  # type: ignore[no-untyped-def]
    """Click every case card, page by page (PageDown), as a player would look at them all."""
    title = app.top
    seen: list[int] = []
    for _ in range(len(title.pages)):
        for index in title.pages[title.case_page]:
            click(app, widget(app, f"case:{index}").rect)
            seen.append(index)
        press(app, "pagedown")
    return seen


def choose_case(app, name: str) -> None:  # type: ignore[no-untyped-def]
    title = app.top
    index = [entry.path.name for entry in title.entries].index(name)
    for _ in range(len(title.pages)):
        press(app, "pageup")
    while not has_widget(app, f"case:{index}"):
        press(app, "pagedown")
    click(app, widget(app, f"case:{index}").rect)


def check_all(app) -> None:  # type: ignore[no-untyped-def]
    title = app.top
    assert isinstance(title, TitleScreen)
    for entry in title.entries:
        title.catalog.check_now(entry)
    title.relayout()
    step(app)


# -- F01: the title screen over hostile case files ----------------------------------------------


def test_the_title_screen_starts_whatever_is_in_the_scenarios_folder(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    with within_seconds(30):
        app = make_app(tmp_path / "user", folder, Settings(text_speed="instant"))
        check_all(app)
    title = app.top
    assert isinstance(title, TitleScreen) and app.frames >= 1
    names = {entry.path.name for entry in title.entries}
    assert "pipe.yaml" not in names and "zero.yaml" not in names  # not files: never read
    titles = {entry.path.name: entry.title("nl") for entry in title.entries}
    assert titles["good.yaml"] == "Een goede casus"
    assert titles["bomb.yaml"] == "bomb"  # the alias bomb is refused: the file's name
    assert titles["nul.yaml"] == "Evil"
    assert titles["control.yaml"] == "]0;titel"
    assert len(titles["huge.yaml"]) <= 120
    broken = {entry.path.name for entry in title.entries if entry.broken}
    assert broken == names - {"good.yaml"}
    assert sorted(visit_cases(app)) == list(range(len(title.entries)))  # every card draws
    choose_case(app, "huge.yaml")
    screenshot(app, "inputs_hostile_title")
    choose_case(app, "good.yaml")
    click(app, widget(app, "start").rect)
    assert isinstance(app.top, DialogueScreen)


def test_a_nul_or_an_escape_never_reaches_the_font(tmp_path: Path, monkeypatch) -> None:
    import game.ui.theme

    seen: list[str] = []
    real_load = game.ui.theme.load_font

    class Spy:  # pygame's Font cannot be patched: every text it gets is noted here
        def __init__(self, font: pygame.font.Font) -> None:
            self.font = font

        def render(self, text, *args):  # type: ignore[no-untyped-def]
            seen.append(text)
            return self.font.render(text, *args)

        def size(self, text):  # type: ignore[no-untyped-def]
            seen.append(text)
            return self.font.size(text)

        def __getattr__(self, name):  # type: ignore[no-untyped-def]
            return getattr(self.font, name)

    monkeypatch.setattr(game.ui.theme, "load_font", lambda *a: Spy(real_load(*a)))
    app = make_app(tmp_path / "user", hostile_folder(tmp_path))
    check_all(app)
    visit_cases(app)
    assert seen
    assert not [t for t in seen if "\0" in t or "\x1b" in t or "\x07" in t]
    assert max(len(t) for t in seen) <= 2000


# -- F02 and F05: images ---------------------------------------------------------------------------

IMAGE_CASE = """\
format: 1
id: plaatjes
title: Plaatjes
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {name: Sanne, role: client, portrait: images/gezicht.png}
places:
  room: {name: Kamer, background: images/kamer.png}
nodes:
  intake:
    place: room
    speaker: sanne
    text: Ik moet mijn kamer uit.
    choices:
      - {text: Ik help je., goto: end}
  end:
    text: Sanne heeft een huis.
    ending: {title: Klaar, outcome: good}
"""


def image_case(tmp_path: Path, make_images) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "scenarios"
    (folder / "images").mkdir(parents=True)
    make_images(folder / "images")
    case = folder / "plaatjes.yaml"
    case.write_text(IMAGE_CASE)
    return case


def test_a_huge_png_is_a_warning_and_never_decoded(tmp_path: Path, monkeypatch, capsys) -> None:
    from game.cli import main

    def huge(images: Path) -> None:
        for name in ("kamer.png", "gezicht.png"):
            (images / name).write_bytes(png_header(40_000, 40_000))

    case = image_case(tmp_path, huge)
    assert main(["validate", str(case)]) == 0
    assert capsys.readouterr().err.count("[DB603]") == 2

    decoded: list[object] = []
    real = pygame.image.load
    monkeypatch.setattr(pygame.image, "load", lambda *a, **k: (decoded.append(a), real(*a, **k)))
    app = make_app(tmp_path / "user", case.parent, Settings(text_speed="instant"))
    click(app, widget(app, "case:0").rect)
    click(app, widget(app, "start").rect)
    settle(app, 1)
    assert isinstance(app.top, DialogueScreen)
    assert decoded == []  # the game drew its own backdrop and portrait


def test_an_image_that_is_a_link_out_of_the_folder_is_refused(tmp_path, capsys) -> None:
    from game.cli import main

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    pygame.image.save(pygame.Surface((20, 20)), outside / "secret.png")

    def linked(images: Path) -> None:
        (images / "kamer.png").symlink_to(outside / "secret.png")
        (images.parent / "portraits").symlink_to(outside)
        (images / "gezicht.png").symlink_to(images.parent / "portraits" / "secret.png")

    case = image_case(tmp_path, linked)
    assert main(["validate", str(case)]) == 1
    assert capsys.readouterr().err.count("[DB605]") == 2
    assert main(["play", str(case), "--text", "--no-log"]) == 2


def test_a_link_made_after_loading_is_not_followed_by_the_window(tmp_path, monkeypatch) -> None:
    from game.scenario.loader import load_file
    from game.ui import scenery

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    pygame.image.save(pygame.Surface((20, 20)), outside / "secret.png")

    def fine(images: Path) -> None:
        for name in ("kamer.png", "gezicht.png"):
            pygame.image.save(pygame.Surface((20, 20)), images / name)

    case = image_case(tmp_path, fine)
    scenario = load_file(case).scenario
    assert scenario is not None
    background = Path(scenario.places["room"].background or "")
    background.unlink()
    background.symlink_to(outside / "secret.png")  # swapped in after validate
    loaded: list[str] = []
    monkeypatch.setattr("game.ui.scenery.load_backdrop", lambda path, size: loaded.append(path))
    scenery.backdrop(scenario, "room", "Kamer", (320, 180), False)
    assert loaded == []


# -- F03: damaged saves and settings -------------------------------------------------------------


def a_save(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A real autosave of the rich case, one choice in and not finished: (root, folder, save)."""
    folder = tmp_path / "scenarios"
    folder.mkdir(exist_ok=True)
    shutil.copy(FIXTURES / "rich.yaml", folder / "rich.yaml")
    root = tmp_path / "user"
    app = make_app(root, folder, Settings(text_speed="instant"))
    click(app, widget(app, "case:0").rect)
    click(app, widget(app, "start").rect)
    while not app.top.choices_visible:  # type: ignore[union-attr]
        press(app, "space")
    press(app, "5")  # "which rule exactly?": a choice in the path, the game goes on
    save = app.dirs.saves / "rich.json"
    assert save.is_file() and json.loads(save.read_text())["state"]["path"] == ["bas.6"]
    return root, folder, save


def damage(save: Path, change) -> None:  # type: ignore[no-untyped-def]
    text = save.read_text(encoding="utf-8")
    data = json.loads(text)
    change(data)
    save.write_text(json.dumps(data, allow_nan=True), encoding="utf-8")


SAVE_DAMAGE = {
    "saved_at NaN": lambda d: d.update(saved_at=float("nan")),
    "saved_at Infinity": lambda d: d.update(saved_at=float("inf")),
    "saved_at 1e18": lambda d: d.update(saved_at=1e18),
    "saved_at 1e300": lambda d: d.update(saved_at=1e300),
    "saved_at 400 digits": lambda d: d.update(saved_at=int("9" * 400)),
    "NUL in scenario_file": lambda d: d.update(scenario_file=d["scenario_file"] + "\0x"),
    "NUL in player": lambda d: d["state"].update(player="Ann\0"),
    "5000-character scenario_file": lambda d: d.update(scenario_file="/" + "x" * 5000),
    "wait_days 10^4000": lambda d: d["state"]["values"].update(wait_days=10**4000),
}


@pytest.mark.parametrize("what", list(SAVE_DAMAGE), ids=list(SAVE_DAMAGE))
def test_a_damaged_save_gives_a_message_at_every_start(tmp_path: Path, what: str) -> None:
    root, folder, save = a_save(tmp_path)
    damage(save, SAVE_DAMAGE[what])
    content = save.read_bytes()
    for _ in range(2):  # at every start, not only the first
        app = make_app(root, folder)
        button = widget(app, "continue")
        assert button.enabled
        click(app, button.rect)
        assert isinstance(app.top, MessageScreen), what
        assert app.top.title in (
            app.top.t("save.unreadable_title"),
            app.top.t("save.missing_title"),
        )
        assert save.read_bytes() == content  # never changed, never deleted
    click(app, widget(app, "aside").rect)
    assert isinstance(app.top, TitleScreen) and not save.exists()
    (aside,) = save.parent.glob("rich-*.aside")
    assert aside.read_bytes() == content


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder", "sparse"])
def test_a_save_that_is_not_a_file_never_hangs_the_title_screen(tmp_path, kind) -> None:
    root, folder, save = a_save(tmp_path)
    save.unlink()
    {
        "fifo": fifo,
        "dev-zero": lambda p: p.symlink_to("/dev/zero"),
        "folder": Path.mkdir,
        "sparse": lambda p: sparse(p, 5 * 1024**3),
    }[kind](save)
    with within_seconds(20):
        app = make_app(root, folder)
        click(app, widget(app, "continue").rect)
    assert app.top.title == app.top.t("save.unreadable_title")  # type: ignore[union-attr]
    click(app, widget(app, "aside").rect)  # set aside: renamed, whatever it is
    assert not save.exists()
    # Starting the case again now makes a fresh save.
    click(app, widget(app, "case:0").rect)
    click(app, widget(app, "start").rect)
    assert isinstance(app.top, DialogueScreen) and save.is_file()


@pytest.mark.parametrize(
    "what",
    ["origin names an unknown node", "origin overrides an unknown meter", "path does not replay"],
)
def test_a_save_that_no_longer_fits_offers_a_fresh_start_and_undo_never_raises(tmp_path, what):
    root, folder, save = a_save(tmp_path)
    change = {
        "origin names an unknown node": lambda d: d["state"]["origin"].update(node="gone"),
        "origin overrides an unknown meter": lambda d: d["state"]["origin"].update(
            overrides={"gone": 3}
        ),
        # A choice of the case, but of another node: check_state's names all pass.
        "path does not replay": lambda d: d["state"].update(
            path=[*d["state"]["path"], "directeur.1"]
        ),
    }[what]
    damage(save, change)
    app = make_app(root, folder)
    click(app, widget(app, "continue").rect)
    assert isinstance(app.top, MessageScreen)
    assert app.top.title == app.top.t("save.no_fit_title")
    click(app, widget(app, "new").rect)  # a fresh start
    assert isinstance(app.top, DialogueScreen)
    assert app.top.play.session.state.path == ()
    press(app, "backspace")  # nothing to undo: no error either
    assert isinstance(app.top, DialogueScreen)


def test_undo_of_a_state_that_cannot_replay_is_refused_quietly(tmp_path: Path) -> None:
    from game.scenario.loader import load_file
    from game.ui.playthrough import Playthrough

    result = load_file(FIXTURES / "mini.yaml")
    play = Playthrough.begin(FIXTURES / "mini.yaml", result, "nl", "solo", "Ann", None)
    state = play.session.state
    forged = SessionState(
        state.scenario,
        state.node,
        state.values,
        state.visits,
        path=("nope", "team.1"),
        trail=state.trail,
        origin=Origin("intake"),
    )
    play.session.state = forged
    assert play.undo() is False


SETTINGS_DAMAGE = {
    "NUL in the name": lambda p: p.write_text(json.dumps({"format": 1, "player": "Ann\0"})),
    "a lone surrogate in the name": lambda p: p.write_text('{"format": 1, "player": "A\\ud800"}'),
    "a pipe": fifo,
    "/dev/zero": lambda p: p.symlink_to("/dev/zero"),
    "5 GB sparse": lambda p: sparse(p, 5 * 1024**3),
    "a folder": Path.mkdir,
    "not UTF-8": lambda p: p.write_bytes(b'{"player": "\xff"}'),
}


@pytest.mark.parametrize("what", list(SETTINGS_DAMAGE), ids=list(SETTINGS_DAMAGE))
def test_damaged_settings_never_stop_the_window(tmp_path: Path, what: str) -> None:
    config = tmp_path / "user" / "config"
    config.mkdir(parents=True)
    SETTINGS_DAMAGE[what](config / "settings.json")
    with within_seconds(20):
        app = make_app(tmp_path / "user", tmp_path)
    title = app.top
    assert isinstance(title, TitleScreen)
    assert app.settings.player == ""
    notices = [toast.text for toast in title.fx.toasts]
    assert notices in ([title.t("settings.partly")], [title.t("settings.set_aside")]), notices
    if notices == [title.t("settings.set_aside")]:
        assert list(config.glob("settings-*.aside"))  # kept, under a name never written


# -- the last line of defence in the window --------------------------------------------------------


def test_a_bug_in_the_loop_shows_a_message_naming_the_crash_report(tmp_path, monkeypatch):
    monkeypatch.delenv("DOORBRAAK_CRASH_STRICT")
    app = make_app(tmp_path / "user", FIXTURES)
    calls = {"n": 0}
    real = TitleScreen.update

    def buggy(self, dt):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1:
            # The player closes the window after reading the message (the next pass).
            pygame.event.post(pygame.event.Event(pygame.QUIT))
            raise RuntimeError("a bug in a screen")
        return real(self, dt)

    monkeypatch.setattr(TitleScreen, "update", buggy)
    with within_seconds(20):
        assert app.run() == 0
    message = app.top
    assert isinstance(message, MessageScreen)
    assert message.title == message.t("crash.title")
    assert "dat ligt niet aan jou" in message.paragraphs[0]
    report = Path(message.paragraphs[1])
    assert "RuntimeError: a bug in a screen" in report.read_text(encoding="utf-8")
    screenshot(app, "inputs_crash_message")


def test_a_bug_that_keeps_coming_back_closes_the_window(tmp_path, monkeypatch) -> None:
    from game.crash import EXIT_CRASH

    monkeypatch.delenv("DOORBRAAK_CRASH_STRICT")
    app = make_app(tmp_path / "user", FIXTURES)

    def always(self, dt):  # type: ignore[no-untyped-def]
        raise RuntimeError("again")

    monkeypatch.setattr(TitleScreen, "update", always)
    monkeypatch.setattr(MessageScreen, "update", always)
    with within_seconds(20):
        assert app.run() == EXIT_CRASH


# -- typed numbers in the window ------------------------------------------------------------------


def test_a_facilitator_typing_other_digits_counts_nothing_and_crashes_nothing(tmp_path) -> None:
    from game.ui import facilitator
    from game.ui.flow import open_scenario
    from tests.ui.harness import type_text

    facilitator.install()
    try:
        settings_ = Settings(text_speed="instant", mode="facilitator", language="nl")
        app = make_app(tmp_path / "user", FIXTURES, settings_)
        open_scenario(app, FIXTURES / "mini.yaml")
        step(app)
        dialogue = app.top
        assert isinstance(dialogue, DialogueScreen)
        press(app, "enter")  # intake goes on to Joost
        step(app)
        press(app, "enter")  # past the routine panel: the vote
        [overlay] = [o for o in dialogue.overlays if isinstance(o, facilitator.FacilitatorOverlay)]
        assert overlay.phase == "vote" and overlay.vote.stage == "count"
        type_text(app, "²٣７")  # digits to Python (str.isdigit), not to int() or the room
        type_text(app, "4")
        first = overlay.choices()[0].id
        assert overlay.vote.hands(first) == 4
        press(app, "enter")
        assert overlay.vote.stage == "pick"
    finally:
        facilitator.uninstall()
