"""`schema`: print or write the JSON Schema of the scenario format, for editors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "schema"
HELP = "print the JSON Schema of the scenario format (for editors), or write it with -o"
ORDER = 60


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="FILE", type=Path, help="write to FILE")


def run(args: argparse.Namespace) -> int:
    from game.cli._common import fail
    from game.fileio import write_output
    from game.scenario.schema import schema_text

    text = schema_text()
    if args.output is None or str(args.output) == "-":
        sys.stdout.write(text)
        return 0
    problem = write_output(args.output, text)
    if problem is not None:
        return fail(f"cannot write '{args.output}': {problem}")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0
