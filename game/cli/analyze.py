"""`analyze SCENARIO`: every way a scenario can go, its endings' ranges and its problems.

Exit codes: 0 the scenario was analysed (even when problems were found: they
are findings, not failures), 2 an input problem (no such file, a scenario
with errors, a bad option value).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.engine.model import Scenario

NAME = "analyze"
HELP = (
    "explore every way to play a scenario: reachable endings with their score ranges, "
    "unreachable parts, stuck states and false or lopsided dilemmas"
)
ORDER = 30

# The same as game.analysis's defaults (a test checks); repeated here so that
# building the parser imports nothing heavy.
MAX_STATES = 1_000_000
PLAYTHROUGHS = 2000
SEED = 1
# Beyond these a run takes hours and its memory grows without end: a typo, not a wish.
MOST_STATES = 100_000_000
MOST_PLAYTHROUGHS = 1_000_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scenario", metavar="SCENARIO", help="a .yaml file or a scenario id")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--max-states",
        type=int,
        default=MAX_STATES,
        metavar="N",
        help="stop exploring after N states and take a random sample instead (default 1000000)",
    )
    parser.add_argument("--lang", metavar="L", help="language of the report: nl (default) or en")
    parser.add_argument(
        "--samples",
        type=int,
        default=PLAYTHROUGHS,
        metavar="N",
        help=f"random playthroughs past the limit (default {PLAYTHROUGHS})",
    )
    parser.add_argument(
        "--seed", type=int, default=SEED, metavar="S", help=f"seed of the sample (default {SEED})"
    )


def run(args: argparse.Namespace) -> int:
    from game.cli._common import fail, load_scenario_arg
    from game.i18n import DEFAULT_LANGUAGE, UI_LANGUAGES

    lang = args.lang or DEFAULT_LANGUAGE
    if lang not in UI_LANGUAGES:
        return fail(f"--lang: no language '{lang}' (choose from: {', '.join(UI_LANGUAGES)})")
    if not 1 <= args.max_states <= MOST_STATES:
        return fail(f"--max-states needs a whole number from 1 to {MOST_STATES:,}")
    if not 1 <= args.samples <= MOST_PLAYTHROUGHS:
        return fail(f"--samples needs a whole number from 1 to {MOST_PLAYTHROUGHS:,}")
    loaded = load_scenario_arg(args.scenario)
    if loaded is None or loaded.scenario is None:
        return 2
    return _report(loaded.scenario, loaded.file, lang, args)


def _report(scenario: Scenario, file: str, lang: str, args: argparse.Namespace) -> int:
    from game.analysis import analyse, to_json
    from game.analysis.text import render

    analysis = analyse(
        scenario,
        file=file,
        max_states=args.max_states,
        playthroughs=args.samples,
        seed=args.seed,
    )
    if args.json:
        print(json.dumps(to_json(analysis), ensure_ascii=False, sort_keys=True, indent=2))
    else:
        print(render(analysis, scenario, lang), end="")
    return 0
