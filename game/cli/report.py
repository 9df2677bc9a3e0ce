"""`report LOG_OR_DIR... -o report.html`: the trainer's report, CSV and xAPI from session logs.

Exit codes: 0 written (skipped lines are listed, not fatal); 2 an input
problem: no usable logs, a bad option, or an output that cannot be written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # commands keep their heavy imports inside run()
    from game.trainer.build import Report

NAME = "report"
HELP = "make the trainer's report (HTML), a CSV and xAPI statements from session logs"
ORDER = 40


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs", metavar="LOG_OR_DIR", nargs="+", help="session logs (.jsonl) or folders of them"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write the HTML report here")
    parser.add_argument("--csv", metavar="FILE", help="write one CSV row per playthrough")
    parser.add_argument("--xapi", metavar="FILE", help="write xAPI 1.0.3 statements (JSON)")
    parser.add_argument(
        "--xapi-base",
        metavar="IRI",
        default=None,
        help="base of the xAPI activity ids and accounts (default https://doorbraak.example/xapi)",
    )
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="report language")
    parser.add_argument(
        "--scenario",
        metavar="FILE",
        action="append",
        default=[],
        help="a scenario file to read the logs with (repeatable; default: scenarios/ by id)",
    )
    parser.add_argument(
        "--debrief",
        action="store_true",
        help="add the personal debrief of the first log even when there are several",
    )
    parser.add_argument(
        "--no-analysis",
        action="store_true",
        help="in the debrief, take score ranges from other logs instead of the analyser",
    )


def run(args: argparse.Namespace) -> int:
    from game.cli._common import fail
    from game.trainer.xapi import DEFAULT_BASE, check_base

    if not (args.output or args.csv or args.xapi):
        return fail("say where to write: -o report.html, --csv FILE and/or --xapi FILE")
    base = args.xapi_base or DEFAULT_BASE
    problem = check_base(base)
    if problem:
        return fail(problem)
    report = _build(args)
    _tell_problems(report)
    if not report.logs:
        return fail("no usable session logs found in " + ", ".join(args.inputs))
    return _write_all(report, args, base)


def _build(args: argparse.Namespace) -> Report:
    from game.trainer.build import build_report
    from game.trainer.catalog import ScenarioCatalog

    catalog = ScenarioCatalog(given=[Path(p) for p in args.scenario])
    return build_report(
        args.inputs,
        args.lang,
        catalog=catalog,
        debrief=True if args.debrief else None,
        use_analysis=not args.no_analysis,
    )


def _tell_problems(report: Report) -> None:
    """Skipped lines on stderr, one each; notes (other versions) counted, not listed."""
    for problem in report.problems:
        print(f"doorbraak: skipped: {problem.format('en')}", file=sys.stderr)
    by_code: dict[str, int] = {}
    for note in report.notes:
        by_code[note.code] = by_code.get(note.code, 0) + 1
    for code, count in by_code.items():
        what = (
            "log(s) made with another scenario version"
            if code == "other_version"
            else ("choice(s) no longer in the scenario")
        )
        print(f"doorbraak: note: {count} {what} (listed in the report)", file=sys.stderr)


def _write_all(report: Report, args: argparse.Namespace, base: str) -> int:
    from game.cli._common import fail

    outputs = []
    if args.output:
        from game.trainer.report_page import report_html

        outputs.append((args.output, lambda: report_html(report)))
    if args.csv:
        from game.trainer.csvout import report_csv

        outputs.append((args.csv, lambda: report_csv(report)))
    if args.xapi:
        outputs.append((args.xapi, lambda: _xapi_json(report, base)))
    for target, make in outputs:
        error = _write(Path(target), make())
        if error:
            return fail(f"cannot write {target}: {error}")
        print(f"wrote {target}")
    return 0


def _xapi_json(report: Report, base: str) -> str:
    from game.trainer.xapi import report_statements, statements_json

    return statements_json(report_statements(report, base))


def _write(path: Path, text: str) -> str | None:
    """Write through a temporary file, so a failure never leaves half a report behind."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp = tempfile.mkstemp(prefix=".report-", dir=folder)
    except OSError as err:
        return err.strerror or str(err)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.chmod(temp, 0o644)  # mkstemp makes it private; a report is meant to be shared
        os.replace(temp, path)
    except OSError as err:
        Path(temp).unlink(missing_ok=True)
        return err.strerror or str(err)
    return None
