"""`kit [SCENARIO...] -o kit.html`: the trainer's kit, printable on A4.

Lesson plans, route cards (which choices lead to which routines) and a
handout with the nine routines, their counter-moves and the glossary, made
from the cases themselves. Exit codes: 0 written; 2 an input problem (a
scenario with errors, an output that cannot be written).
"""

from __future__ import annotations

import argparse
from pathlib import Path

NAME = "kit"
HELP = "make the trainer's kit (HTML for A4): lesson plans, route cards and a handout"
ORDER = 45


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "scenarios",
        metavar="SCENARIO",
        nargs="*",
        help="cases to include (files or ids; default: every shipped case)",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", default="kit.html", help="where to write (kit.html)"
    )
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the kit")


def run(args: argparse.Namespace) -> int:
    from game.cli._common import fail, load_scenario_arg
    from game.fileio import write_output
    from game.kit.__main__ import shipped
    from game.kit.page import kit_html

    target = Path(args.output)
    if target.suffix.lower() in (".yaml", ".yml", ".jsonl"):  # a typo must not eat a case
        return fail(f"cannot write {target}: a '{target.suffix}' file is a case or a log")
    scenarios, sources = [], []
    for name in args.scenarios:
        loaded = load_scenario_arg(name)
        if loaded is None or loaded.scenario is None:
            return 2
        scenarios.append(loaded.scenario)
        sources.append(Path(loaded.file))
    scenarios = scenarios or shipped()
    error = write_output(target, kit_html(scenarios, args.lang), sources)
    if error:
        return fail(f"cannot write {args.output}: {error}")
    print(f"wrote {args.output}")
    return 0
