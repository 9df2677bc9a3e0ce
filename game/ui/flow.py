"""Moving between screens: starting, continuing and reloading a game.

Screens call these functions instead of building each other, which keeps
the screen modules independent and every "what happens next" rule in one
place.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from game.engine import EngineError
from game.fileio import is_regular_file
from game.i18n import SHARED, tr
from game.scenario.loader import LoadResult, load_file
from game.ui.playthrough import Playthrough
from game.ui.saves import SaveProblem, SaveRecord
from game.ui.strings import t

if TYPE_CHECKING:
    from game.ui.app import App


def show_title(app: App) -> None:
    from game.ui.screens.title import TitleScreen

    app.reset(TitleScreen(app))
    end_game(app)


def end_game(app: App) -> None:
    """Leave the game in play (its save stays); close its session log."""
    if app.play is not None:
        app.play.close_log()
    app.play = None


def player_name(app: App) -> str:
    return app.settings.player.strip() or tr(SHARED, "player.default", app.settings.language)


# -- starting ------------------------------------------------------------------


def open_scenario(app: App, path: Path, lang: str | None = None) -> None:
    """Start ``path`` (from the title or the command line), or show why it cannot start."""
    result = load_file(path)
    if not result.ok:
        show_errors(app, result, retry=lambda: _retry_open(app, path, lang))
        return
    assert result.scenario is not None
    existing = app.saves.read(result.scenario.id)
    if isinstance(existing, SaveRecord) and not existing.finished:
        ask_replace_save(app, path, result, existing, lang)
        return
    if isinstance(existing, SaveProblem):  # never written over: the player sets it aside first
        _unreadable(app, existing)
        return
    start_new(app, path, result, lang)


def _retry_open(app: App, path: Path, lang: str | None) -> None:
    app.pop()
    open_scenario(app, path, lang)


def start_new(app: App, path: Path, result: LoadResult, lang: str | None = None) -> None:
    play = Playthrough.begin(
        path,
        result,
        lang or app.settings.language,
        app.settings.mode,
        player_name(app),
        app.saves,
    )
    enter_game(app, play)


def enter_game(app: App, play: Playthrough) -> None:
    from game.ui.screens.dialogue import DialogueScreen
    from game.ui.screens.ending import EndingScreen

    show_title(app)
    app.play = play
    play.start_log(app.dirs.log_dir)
    app.push(DialogueScreen(app, play))
    if play.session.over:
        app.push(EndingScreen(app, play))


def ask_replace_save(
    app: App, path: Path, result: LoadResult, record: SaveRecord, lang: str | None
) -> None:
    from game.ui.screens.message import MessageScreen, Option

    lng = app.settings.language
    app.push(
        MessageScreen(
            app,
            t("start.exists_title", lng),
            [t("start.exists_body", lng), describe_save(record, lng)],
            [
                Option("resume", t("start.resume", lng), lambda: resume(app, record)),
                Option("new", t("start.new", lng), lambda: start_new(app, path, result, lang)),
                Option("back", t("save.back", lng), app.pop),
            ],
        )
    )


# -- continuing ------------------------------------------------------------------


def continue_latest(app: App) -> None:
    item = app.saves.latest()
    if isinstance(item, SaveRecord):
        resume(app, item)
    elif isinstance(item, SaveProblem):
        _unreadable(app, item)


def resume(app: App, record: SaveRecord) -> None:
    """Continue a save after checking that its scenario is still there and still fits."""
    path = Path(record.scenario_file)
    if not is_regular_file(path):
        _missing(app, record)
        return
    result = load_file(path)
    if not result.ok:
        show_errors(app, result, retry=lambda: _retry_resume(app, record))
        return
    try:
        play = Playthrough.resume(record, result, app.saves)
    except EngineError as err:
        _no_longer_fits(app, record, path, result, str(err))
        return
    assert result.scenario is not None
    if result.scenario.sha256 != record.sha256:
        _changed(app, record, play, path, result)
        return
    app.use_language(record.lang)
    enter_game(app, play)


def _retry_resume(app: App, record: SaveRecord) -> None:
    app.pop()
    resume(app, record)


def describe_save(record: SaveRecord, lang: str) -> str:
    when = time.localtime(record.saved_at)
    clock = time.strftime("%H:%M", when)
    if time.strftime("%Y%m%d", when) == time.strftime("%Y%m%d"):
        moment = t("when.today", lang, time=clock)
    else:
        moment = t("when.date", lang, date=time.strftime("%d-%m-%Y", when), time=clock)
    return f"{record.title or Path(record.scenario_file).stem} · {moment}"


def _changed(
    app: App, record: SaveRecord, play: Playthrough, path: Path, result: LoadResult
) -> None:
    from game.ui.screens.message import MessageScreen, Option

    lng = app.settings.language

    def carry_on() -> None:
        play.autosave()  # the save now names the new version
        app.use_language(record.lang)
        enter_game(app, play)

    app.push(
        MessageScreen(
            app,
            t("save.changed_title", lng),
            [t("save.changed_body", lng), describe_save(record, lng)],
            [
                Option("carry_on", t("save.continue_anyway", lng), carry_on),
                Option("new", t("save.start_over", lng), lambda: start_new(app, path, result)),
                Option("back", t("save.back", lng), app.pop),
            ],
        )
    )


def _no_longer_fits(
    app: App, record: SaveRecord, path: Path, result: LoadResult, reason: str
) -> None:
    from game.ui.screens.message import MessageScreen, Option

    lng = app.settings.language
    save_file = app.saves.file_for(record.state.scenario)
    app.push(
        MessageScreen(
            app,
            t("save.no_fit_title", lng),
            [t("save.no_fit_body", lng, reason=reason), t("save.file", lng, path=save_file)],
            [
                Option("new", t("save.start_over", lng), lambda: start_new(app, path, result)),
                Option("aside", t("save.set_aside", lng), lambda: set_aside(app, save_file)),
                Option("back", t("save.back", lng), app.pop),
            ],
        )
    )


def _missing(app: App, record: SaveRecord) -> None:
    from game.ui.screens.message import MessageScreen, Option

    lng = app.settings.language
    save_file = app.saves.file_for(record.state.scenario)
    app.push(
        MessageScreen(
            app,
            t("save.missing_title", lng),
            [
                t("save.missing_body", lng, file=record.scenario_file),
                t("save.file", lng, path=save_file),
            ],
            [
                Option("aside", t("save.set_aside", lng), lambda: set_aside(app, save_file)),
                Option("back", t("save.back", lng), app.pop),
            ],
        )
    )


def _unreadable(app: App, problem: SaveProblem) -> None:
    from game.ui.screens.message import MessageScreen, Option

    lng = app.settings.language
    app.push(
        MessageScreen(
            app,
            t("save.unreadable_title", lng),
            [
                t("save.unreadable_body", lng, reason=problem.detail),
                t("save.file", lng, path=problem.path),
            ],
            [
                Option("aside", t("save.set_aside", lng), lambda: set_aside(app, problem.path)),
                Option("back", t("save.back", lng), app.pop),
            ],
        )
    )


def set_aside(app: App, save_file: Path) -> None:
    """Rename a save the player chose to set aside; say where it went."""
    from game.ui.screens.title import TitleScreen

    try:
        moved = app.saves.set_aside(save_file)
        note = t("save.set_aside_done", app.settings.language, name=moved.name)
    except OSError as err:
        note = str(err)
    show_title(app)
    title = app.find(TitleScreen)
    if isinstance(title, TitleScreen):
        title.say(note)


# -- errors and live reload ---------------------------------------------------------


def show_errors(app: App, result: LoadResult, retry=None, live: bool = False) -> None:  # type: ignore[no-untyped-def]
    from game.ui.screens.errors import ErrorScreen

    app.push(ErrorScreen(app, result, retry=retry, live=live))


def poll_live_reload(app: App, now: float) -> None:
    """Reload the scenario in play when its file changed (checked about once a second)."""
    from game.ui.screens.dialogue import DialogueScreen
    from game.ui.screens.errors import ErrorScreen

    play, top = app.play, app.top
    live_error = isinstance(top, ErrorScreen) and top.live
    if play is None or not (isinstance(top, DialogueScreen) or live_error):
        return
    if play.watch.poll(now):
        reload_play(app, play)


def reload_play(app: App, play: Playthrough) -> str:
    from game.ui.screens.dialogue import DialogueScreen
    from game.ui.screens.errors import ErrorScreen

    result = load_file(play.file)
    outcome = play.reload(result)
    dialogue = app.find(DialogueScreen)
    top = app.top
    if outcome == "broken":
        if isinstance(top, ErrorScreen) and top.live:
            top.show(result)
        else:
            show_errors(app, result, live=True)
        return outcome
    if isinstance(dialogue, DialogueScreen):
        app.pop_to(dialogue)
        dialogue.reloaded(outcome)
    return outcome
