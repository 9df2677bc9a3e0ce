"""One game in the window: the engine session plus what the window adds.

It autosaves after every step, knows its scenario file (for live reload and
for checking a save still fits) and keeps the language and mode. Screens
call it; it never draws.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.engine import Engine, EngineError, Event, Scenario, Session, SessionState, check_state
from game.engine.state import Origin
from game.scenario.loader import LoadResult
from game.ui.saves import SaveRecord, SaveStore
from game.ui.watch import FileWatch
from game.userdirs import UserDirs


def game_language(wanted: str, scenario: Scenario) -> str:
    """The wanted language if the scenario has it, else the scenario's own default."""
    return wanted if wanted in scenario.languages else scenario.default_language


def file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


@dataclass
class Playthrough:
    file: Path
    result: LoadResult
    session: Session
    lang: str
    mode: str
    saves: SaveStore | None
    watch: FileWatch
    last_save_ok: bool = True
    log_dir: Path | None = None  # None: no session log (tests that build a game directly)
    logger: Any = None  # game.log.writer.SessionLogger, imported only when used
    log_problem: str | None = None
    # The best score the case allows (issue 12), worked out in the background from the
    # moment the game starts; None for a game begun elsewhere (--from, --set).
    best: Any = None  # game.bestscore.BestScoreJob

    @classmethod
    def begin(
        cls,
        file: Path,
        result: LoadResult,
        lang: str,
        mode: str,
        player: str,
        saves: SaveStore | None,
        origin: Origin | None = None,
    ) -> Playthrough:
        """A new game; ``origin``: start at another node with other values (``--from/--set``).

        Raises EngineError when the origin does not fit the scenario.
        """
        scenario = _scenario(result)
        if origin is None:
            session = Session.begin(scenario, player)
        else:
            session = Session.begin(scenario, player, origin.node, origin.overrides)
        play = cls(
            file, result, session, game_language(lang, scenario), mode, saves, FileWatch(file)
        )
        play.autosave()
        return play

    def start_best_score(self, dirs: UserDirs) -> None:
        """Start working out the case's best score, unless the game began elsewhere: the
        best score is that of the case from its start."""
        origin = self.session.state.origin
        elsewhere = origin is not None and (
            origin.node != self.session.scenario.start or bool(origin.overrides)
        )
        if self.best is not None or elsewhere:
            return
        from game.bestscore import shared_job

        self.best = shared_job(self.session.scenario, dirs, process=True)  # frames keep the lock

    # -- the session log (trainer tools, issue 6) ------------------------------------

    def start_log(self, log_dir: Path | None) -> None:
        """Log this playthrough for the trainer's report; a log that fails never stops play."""
        from game.log.logdir import logging_enabled

        self.close_log()
        self.log_dir = log_dir
        if log_dir is None or not logging_enabled():
            return
        from game.log.writer import SessionLogger

        try:
            self.logger = SessionLogger.attach(
                self.session, mode=self.mode, lang=self.lang, client="window", log_dir=log_dir
            )
        except OSError as err:
            self.logger, self.log_problem = None, str(err)

    def close_log(self) -> None:
        if self.logger is not None:
            self.logger.close()
            self.logger = None

    @classmethod
    def resume(cls, record: SaveRecord, result: LoadResult, saves: SaveStore | None) -> Playthrough:
        """Continue a save; raises EngineError when the state no longer fits the scenario."""
        scenario = _scenario(result)
        session = Session.resume(scenario, record.state)
        file = Path(record.scenario_file)
        lang = game_language(record.lang, scenario)
        return cls(file, result, session, lang, record.mode, saves, FileWatch(file))

    @property
    def scenario(self) -> Scenario:
        return self.session.scenario

    @property
    def key(self) -> str:
        """The case's key for saves and progress (its id, plus the file for a copy)."""
        from game.ui.casekey import case_key

        return case_key(self.scenario.id, self.file)

    @property
    def engine(self) -> Engine:
        return self.session.engine

    @property
    def player(self) -> str:
        return self.session.state.player

    # -- playing ---------------------------------------------------------------

    def choose(self, key: int | str) -> tuple[Event, ...]:
        events = self.session.choose(key)
        self.autosave()
        return events

    def advance(self) -> tuple[Event, ...]:
        events = self.session.advance()
        self.autosave()
        return events

    def undo(self) -> bool:
        try:
            done = self.session.undo()
        except EngineError:  # resume and reload check the path replays; never a crash here
            done = False
        if done:
            self.autosave()
        return done

    # -- saving ----------------------------------------------------------------

    def record(self) -> SaveRecord:
        scenario = self.scenario
        return SaveRecord(
            scenario_file=str(self.file.resolve()),
            sha256=scenario.sha256 or file_sha256(self.file) or "",
            lang=self.lang,
            mode=self.mode,
            player=self.player,
            state=self.session.state,
            title=scenario.title.render(self.lang),
            finished=self.session.over,
        ).stamped()

    def autosave(self) -> bool:
        if self.saves is None:
            return False
        self.last_save_ok = self.saves.write(self.record())
        return self.last_save_ok

    # -- live reload -------------------------------------------------------------

    def reload(self, result: LoadResult) -> str:
        """Swap in a new version of the scenario; says what happened to the game.

        "kept": same node and state; "replayed": the choices were taken again
        in the new version; "restarted": they no longer fit, back to the start;
        "broken": the new version has errors and the old one stays in play.
        """
        if not result.ok or result.scenario is None:
            return "broken"
        engine = Engine(result.scenario)
        state = self.session.state
        self.result = result
        self.lang = game_language(self.lang, result.scenario)
        try:
            check_state(engine, state)
            self.session, outcome = Session(engine, state), "kept"
        except EngineError:
            self.session, outcome = _replayed(engine, state)
        self.autosave()  # the save must name the new version's sha256
        if self.logger is not None:  # the log follows the new session (its start names the path)
            self.start_log(self.log_dir)
        return outcome


def _replayed(engine: Engine, state: SessionState) -> tuple[Session, str]:
    try:
        return Session(engine, engine.replay(state, state.path).state), "replayed"
    except (EngineError, KeyError):
        return Session.begin(engine, state.player), "restarted"


def _scenario(result: LoadResult) -> Scenario:
    if result.scenario is None or not result.ok:
        raise EngineError(f"'{result.file}' has errors")
    return result.scenario
