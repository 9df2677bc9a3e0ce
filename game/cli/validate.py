"""`validate PATH...`: check scenario files or folders; exit 1 when any has errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "validate"
HELP = "check scenario files or folders and list every problem"
ORDER = 20


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="scenario files, folders or scenario ids"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print only the problems")


def run(args: argparse.Namespace) -> int:
    from game.cli._common import fail, print_diagnostics, shown
    from game.fileio import exists, is_folder
    from game.scenario.loader import load_file, resolve_scenario, scenario_files

    files: list[Path] = []
    for raw in args.paths:
        path = Path(raw)
        if is_folder(path):
            found = scenario_files(path)
            if not found:
                return fail(f"no .yaml files in folder '{shown(raw)}'")
            files += found
        elif exists(path):
            files.append(path)  # whatever it is: the loader says why it cannot be read
        elif (by_id := resolve_scenario(raw)) is not None:
            files.append(by_id)  # the id of a shipped case or of one of the author's own
        else:
            return fail(f"no such file, folder or scenario id: '{shown(raw)}'")
    errors = warnings = 0
    for path in files:
        result = load_file(path)
        print_diagnostics(result.diagnostics)
        errors += len(result.errors)
        warnings += len(result.diagnostics) - len(result.errors)
    if not args.quiet and (errors or warnings):
        print(
            f"{len(files)} file(s) checked: {errors} error(s), {warnings} warning(s)",
            file=sys.stderr,
        )
    return 1 if errors else 0
