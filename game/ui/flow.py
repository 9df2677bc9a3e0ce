"""Moving between screens: starting, continuing and reloading a game.

Screens call these functions instead of building each other, which keeps
the screen modules independent and every "what happens next" rule in one
place.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from game.engine import EngineError
from game.engine.state import Origin
from game.fileio import is_regular_file
from game.i18n import SHARED, tr
from game.scenario.loader import LoadResult, load_file
from game.ui.casekey import case_key
from game.ui.jobs import Job
from game.ui.playthrough import Playthrough
from game.ui.saves import SaveProblem, SaveRecord
from game.ui.strings import t
from game.ui.watch import stamp

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


def open_scenario(
    app: App, path: Path, lang: str | None = None, origin: Origin | None = None
) -> None:
    """Start ``path`` (from the title or the command line), or show why it cannot start.

    The file is loaded in the background (the window shows that it is busy);
    ``origin`` starts at another node with other values (``play --from/--set``).
    """

    def loaded(job: Job) -> None:
        opened(app, path, _result(job, path), lang, origin)

    app.start_job(lambda: load_file(path), loaded, busy="busy.loading")


def opened(
    app: App, path: Path, result: LoadResult, lang: str | None = None, origin: Origin | None = None
) -> None:
    """The file is loaded: start it, ask about an unfinished save, or show its errors."""
    if not result.ok:
        show_errors(app, result, retry=lambda: _retry_open(app, path, lang, origin))
        return
    assert result.scenario is not None
    existing = app.saves.read(case_key(result.scenario.id, path))
    if isinstance(existing, SaveRecord) and not existing.finished:
        ask_replace_save(app, path, result, existing, lang, origin)
        return
    if isinstance(existing, SaveProblem):  # never written over: the player sets it aside first
        _unreadable(app, existing)
        return
    start_new(app, path, result, lang, origin)


def _result(job: Job, path: Path) -> LoadResult:
    """The job's LoadResult; the loader reports problems itself, so an error here is a bug
    that must still reach the player as a message, not a traceback."""
    if isinstance(job.result, LoadResult):
        return job.result
    from game.scenario.codes import FILE_UNREADABLE
    from game.scenario.diagnostics import Diagnostic

    message = f"the game could not load this file: {job.error}"
    return LoadResult(str(path), None, [Diagnostic("error", FILE_UNREADABLE, message, str(path))])


def _retry_open(app: App, path: Path, lang: str | None, origin: Origin | None) -> None:
    app.pop()
    open_scenario(app, path, lang, origin)


def start_new(
    app: App, path: Path, result: LoadResult, lang: str | None = None, origin: Origin | None = None
) -> None:
    try:
        play = Playthrough.begin(
            path,
            result,
            lang or app.settings.language,
            app.settings.mode,
            player_name(app),
            app.saves,
            origin,
        )
    except EngineError as err:  # --from names a node or value the new version lacks
        from game.ui.screens.title import TitleScreen

        show_title(app)
        title = app.top
        if isinstance(title, TitleScreen):
            title.say(str(err))
        return
    enter_game(app, play)


def enter_game(app: App, play: Playthrough) -> None:
    from game.ui.app import count_game_started
    from game.ui.screens.dialogue import DialogueScreen
    from game.ui.screens.ending import EndingScreen

    show_title(app)
    app.play = play
    count_game_started()
    last = str(play.file.resolve())
    if app.settings.last_case != last:  # the title screen chooses this case next time
        app.remember(last_case=last)
    play.start_log(app.dirs.log_dir)
    play.start_best_score(app.dirs)
    app.push(DialogueScreen(app, play))
    if play.session.over:
        app.push(EndingScreen(app, play))


def ask_replace_save(
    app: App,
    path: Path,
    result: LoadResult,
    record: SaveRecord,
    lang: str | None,
    origin: Origin | None = None,
) -> None:
    from game.ui.screens.message import MessageScreen, Option

    lng = app.settings.language
    loaded = stamp(path)

    def fresh(then: Callable[[], None]) -> Callable[[], None]:
        """The file may have changed while the question was open: then load it again."""

        def act() -> None:
            if stamp(path) != loaded:
                app.pop()
                open_scenario(app, path, lang, origin)
            else:
                then()

        return act

    app.push(
        MessageScreen(
            app,
            t("start.exists_title", lng),
            [t("start.exists_body", lng), describe_save(record, lng, result)],
            [
                Option("resume", t("start.resume", lng), lambda: resume(app, record)),
                Option(
                    "new",
                    t("start.new", lng),
                    fresh(lambda: start_new(app, path, result, lang, origin)),
                ),
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


def confirm_quit(app: App) -> None:
    """Quit the window after the player says yes (the game is saved already)."""
    from game.ui.screens.message import MessageScreen, Option

    lng = app.settings.language
    if app.play is not None:
        app.play.autosave()
    app.push(
        MessageScreen(
            app,
            t("quit.title", lng),
            [t("quit.body", lng)],
            [
                Option("back", t("quit.no", lng), app.pop),
                Option("quit", t("quit.yes", lng), app.quit),
            ],
        )
    )


def confirm_load(app: App, slot: str) -> None:
    """Load a save slot (or the quick save) after the player says yes."""
    from game.ui.screens.message import MessageScreen, Option

    item = app.slots.read(slot)
    if isinstance(item, SaveProblem):
        _unreadable(app, item)
        return
    if item is None:
        return
    lng = app.settings.language
    app.push(
        MessageScreen(
            app,
            t("load.title", lng),
            [t("load.body", lng), describe_save(item, lng)],
            [
                Option("load", t("load.yes", lng), lambda: resume(app, item)),
                Option("back", t("save.back", lng), app.pop),
            ],
        )
    )


def resume(app: App, record: SaveRecord) -> None:
    """Continue a save after checking that its scenario is still there and still fits."""
    path = Path(record.scenario_file)
    if not is_regular_file(path):
        _missing(app, record)
        return
    app.start_job(
        lambda: load_file(path),
        lambda job: resumed(app, record, _result(job, path)),
        "busy.loading",
    )


def resumed(app: App, record: SaveRecord, result: LoadResult) -> None:
    path = Path(record.scenario_file)
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


def describe_save(record: SaveRecord, lang: str, result: LoadResult | None = None) -> str:
    """The save's case title (in ``lang`` when the loaded case has it) and when it was saved."""
    when = time.localtime(record.saved_at)
    clock = time.strftime("%H:%M", when)
    if time.strftime("%Y%m%d", when) == time.strftime("%Y%m%d"):
        moment = t("when.today", lang, time=clock)
    else:
        moment = t("when.date", lang, date=time.strftime("%d-%m-%Y", when), time=clock)
    return f"{save_title(record, lang, result)} · {moment}"


def save_title(record: SaveRecord, lang: str, result: LoadResult | None = None) -> str:
    """The case's title in the interface's language: from the loaded case when there is one
    (the save keeps the title in the language it was played in)."""
    scenario = result.scenario if result is not None else None
    if scenario is not None and lang in scenario.languages:
        return scenario.title.render(lang)
    return record.title or Path(record.scenario_file).stem


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
            [t("save.changed_body", lng), describe_save(record, lng, result)],
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
    save_file = app.saves.file_for(record.key)
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
    save_file = app.saves.file_for(record.key)
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
    """Reload the scenario in play when its file changed (checked about once a second).

    The new version loads in the background while the game goes on; it is
    swapped in when it is ready (if the same game is still in play).
    """
    from game.ui.screens.dialogue import DialogueScreen
    from game.ui.screens.errors import ErrorScreen

    play, top = app.play, app.top
    live_error = isinstance(top, ErrorScreen) and top.live
    if play is None or not (isinstance(top, DialogueScreen) or live_error):
        return
    if play.watch.poll(now):
        reload_play(app, play, busy=None)


def reload_play(app: App, play: Playthrough, busy: str | None = "busy.loading") -> None:
    """Load the file in play again (in the background) and swap it in."""

    def loaded(job: Job) -> None:
        if app.play is play:  # the player may have left the game meanwhile
            apply_reload(app, play, _result(job, play.file))

    app.start_job(lambda: load_file(play.file), loaded, busy)


def apply_reload(app: App, play: Playthrough, result: LoadResult) -> str:
    from game.ui.screens.dialogue import DialogueScreen
    from game.ui.screens.errors import ErrorScreen

    outcome = play.reload(result)
    dialogue = app.find(DialogueScreen)
    top = app.top
    if outcome == "broken":
        if isinstance(top, ErrorScreen) and top.live:
            top.show(result)
        else:
            show_errors(app, result, live=True)
        return outcome
    play.best = None  # the best score of the case as it is now
    play.start_best_score(app.dirs)
    if isinstance(dialogue, DialogueScreen):
        app.pop_to(dialogue)
        dialogue.reloaded(outcome)
    return outcome
