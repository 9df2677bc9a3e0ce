"""`play SCENARIO`: play in the window, or in the terminal with --text."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the commands keep their heavy imports inside run()
    from collections.abc import Callable

    from game.bestscore import BestScore
    from game.engine import Session
    from game.engine.model import Scenario
    from game.log.writer import SessionLogger

NAME = "play"
HELP = "play a scenario (a file, or the id of one in scenarios/)"
ORDER = 10


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scenario", metavar="SCENARIO", help="a .yaml file or a scenario id")
    parser.add_argument("--text", action="store_true", help="play in the terminal")
    parser.add_argument("--lang", metavar="L", help="language, e.g. nl or en")
    parser.add_argument("--player", metavar="NAME", help="your name, used in the texts")
    parser.add_argument(
        "--choices", metavar="LIST", help="comma-separated choice numbers or ids, taken in order"
    )
    parser.add_argument(
        "--json", action="store_true", help="print the result as one JSON object on the last line"
    )
    parser.add_argument(
        "--from",
        dest="from_node",
        metavar="NODE",
        help="start at this node instead of the scenario's start",
    )
    parser.add_argument(
        "--set",
        dest="overrides",
        metavar="NAME=VALUE",
        action="append",
        default=[],
        help="start with this meter or flag value (repeatable)",
    )
    parser.add_argument(
        "--log-dir",
        metavar="DIR",
        help="write the session log here (default: your data folder, or $DOORBRAAK_LOG_DIR)",
    )
    parser.add_argument("--no-log", action="store_true", help="write no session log")
    parser.add_argument(
        "--facilitator",
        action="store_true",
        help="the window in facilitator mode: a trainer leads a room (votes, timer)",
    )


def run(args: argparse.Namespace) -> int:
    from game.cli._common import check_language, fail, load_scenario_arg

    if args.log_dir is not None and not args.log_dir.strip():
        return fail("--log-dir needs a folder (leave it out for the usual one, or use --no-log)")
    choices = _parse_choices(args.choices)
    if choices is None:
        return fail("--choices needs comma-separated numbers or choice ids, e.g. 1,2,intake.1")
    overrides = _parse_overrides(args.overrides)
    if isinstance(overrides, str):
        return fail(overrides)
    in_window = not args.text and args.choices is None and not args.json
    if args.facilitator and not in_window:
        return fail("--facilitator is for the game window; leave out --text, --choices and --json")
    if in_window:
        return _play_window(args, overrides)
    loaded = load_scenario_arg(args.scenario)
    if loaded is None:
        return 2
    scenario = loaded.scenario
    assert scenario is not None
    lang = check_language(scenario, args.lang)
    if lang is None:
        return 2
    return _play_text(scenario, lang, args, choices, overrides)


def _play_window(args: argparse.Namespace, overrides: dict[str, int | bool]) -> int:
    """The window; a case with errors opens on the error screen (the author can fix the file
    and load it again there). The diagnostics go to standard error as well."""
    from game.cli._common import check_language, fail, find_scenario_arg, print_diagnostics
    from game.cli._window import open_window
    from game.engine import EngineError, Session
    from game.engine.state import Origin
    from game.log.logdir import configure
    from game.scenario.loader import load_file

    path = find_scenario_arg(args.scenario)
    if path is None:
        return 2
    result = load_file(path)
    lang, origin = args.lang, None
    if result.ok:
        assert result.scenario is not None
        lang = check_language(result.scenario, args.lang)
        if lang is None:
            return 2
        if args.from_node is not None or overrides:
            try:  # refuse a node or value that does not fit here, before a window opens
                Session.begin(result.scenario, "", args.from_node, overrides)
            except EngineError as err:
                return fail(str(err))
            origin = Origin(args.from_node or result.scenario.start, overrides)
    else:
        print_diagnostics(result.diagnostics)
        print(f"doorbraak: '{path}' has errors; the window lists them", file=sys.stderr)
    configure(args.log_dir, args.no_log)  # the window reads these when it attaches its log
    mode = "facilitator" if args.facilitator else None
    player = player_name(args.player) if args.player is not None else None
    return open_window(
        str(path), lang=lang, player=player, mode=mode, origin=origin, broken=not result.ok
    )


def _play_text(scenario, lang, args, choices, overrides) -> int:  # type: ignore[no-untyped-def]
    from game.cli._common import fail
    from game.engine import EngineError, Session
    from game.i18n import SHARED, tr
    from game.terminal.player import ChoiceListError, TerminalPlayer

    player = player_name(args.player) or tr(SHARED, "player.default", lang)
    try:
        session = Session.begin(scenario, player, args.from_node, overrides)
    except EngineError as err:
        return fail(str(err))
    interactive = args.choices is None
    reader = sys.stdin.readline if interactive else None
    logger = _attach_logger(session, lang, player, args)
    log_path = logger.path if logger is not None else None
    terminal = TerminalPlayer(
        session,
        lang,
        sys.stdout,
        reader,
        choices or [],
        log_path=log_path,
        input_echoed=interactive and sys.stdin.isatty(),
        best=_best_score(scenario, args, overrides),
    )
    try:
        result = terminal.run()
    except ChoiceListError as err:
        return fail(f"--choices: {err}")
    finally:
        _close_logger(logger)
    if args.json:
        print(json.dumps(result.summary, ensure_ascii=False))
    return result.exit_code


def _best_score(
    scenario: Scenario, args: argparse.Namespace, overrides: dict[str, int | bool]
) -> Callable[[float], BestScore | None] | None:
    """The best score the case allows, worked out while the game runs (issue 12).

    Not for a game started elsewhere (--from) or with other values (--set):
    the best score is that of the case from its start.
    """
    if args.from_node or overrides:
        return None
    from game.bestscore import BestScoreJob

    return BestScoreJob(scenario).result


def _attach_logger(
    session: Session, lang: str, player: str, args: argparse.Namespace
) -> SessionLogger | None:
    """The session log (issue 6); a log that cannot be written never stops the game."""
    if args.no_log:
        return None
    from game.log.writer import LogError, SessionLogger

    try:
        return SessionLogger.attach(
            session, mode="solo", lang=lang, player=player, client="terminal", log_dir=args.log_dir
        )
    except LogError as err:
        print(f"doorbraak: warning: {err}; playing without a log", file=sys.stderr)
        return None


def _close_logger(logger: SessionLogger | None) -> None:
    if logger is None:
        return
    logger.close()
    if logger.error is not None:
        print(f"doorbraak: warning: the log {logger.path} stopped: {logger.error}", file=sys.stderr)


def player_name(raw: str | None) -> str:
    """``--player`` as a name: one line of visible characters (a stray byte becomes �)."""
    from game.plaintext import typed_text

    return typed_text(raw, PLAYER_LIMIT) if raw is not None else ""


PLAYER_LIMIT = 40  # as the title screen's name field (game.ui.settings)


def _parse_choices(raw: str | None) -> list[str] | None:
    if raw is None:
        return []
    items = [item.strip() for item in raw.split(",")]
    if not raw.strip() or any(not item for item in items):
        return None
    return items


def _parse_overrides(items: list[str]) -> dict[str, int | bool] | str:
    from game.numbers import NUMBER_LIMIT, whole_number, within_limit

    out: dict[str, int | bool] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or not name:
            return f"--set needs NAME=VALUE, not '{item}'"
        number = whole_number(value)
        if value in ("true", "false"):
            out[name] = value == "true"
        elif number is not None and within_limit(number):
            out[name] = number
        else:
            shown = value if len(value) <= 40 else value[:39] + "…"
            return (
                f"--set {name}: give a whole number (at most {NUMBER_LIMIT:,} either way) "
                f"or true/false, not '{shown}'"
            )
    return out
