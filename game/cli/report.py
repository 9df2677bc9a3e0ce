"""`report LOG_OR_DIR... -o report.html`: the trainer's report, CSV and xAPI from session logs.

Exit codes: 0 written (skipped lines are listed, not fatal); 2 an input
problem: no usable logs, a bad option, or an output that cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
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
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write the HTML report here ('-': standard output)"
    )
    parser.add_argument(
        "--csv", metavar="FILE", help="write one CSV row per playthrough ('-': standard output)"
    )
    parser.add_argument(
        "--xapi", metavar="FILE", help="write xAPI 1.0.3 statements (JSON); '-': standard output"
    )
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
    from game.fileio import output_problem, write_output

    outputs: list[tuple[str, Callable[[], str]]] = []  # (file, what to write there)
    if args.output:
        from game.trainer.report_page import report_html

        outputs.append((args.output, lambda: report_html(report)))
    if args.csv:
        from game.trainer.csvout import report_csv

        outputs.append((args.csv, lambda: report_csv(report)))
    if args.xapi:
        outputs.append((args.xapi, lambda: _xapi_json(report, base)))
    if sum(target == STDOUT for target, _ in outputs) > 1:
        return fail("only one of -o, --csv and --xapi can be '-' (standard output)")
    # With one output on standard output (--xapi - | curl ...), the others are
    # reported on standard error, so the pipe gets the output alone.
    status = sys.stderr if any(target == STDOUT for target, _ in outputs) else sys.stdout
    # Checked before anything is written: a typo must not cost a log or a device node.
    inputs = [*report.sources, *(Path(p) for p in args.scenario)]
    targets = [target for target, _ in outputs if target != STDOUT]
    for index, target in enumerate(targets):
        problem = _kept_name(Path(target)) or output_problem(
            Path(target), inputs + [Path(t) for t in targets[:index]]
        )
        if problem is not None:
            return fail(f"cannot write {target}: {problem}")
    for target, make in outputs:
        if target == STDOUT:
            _to_stdout(make())
            continue
        problem = write_output(Path(target), make(), inputs)
        if problem:
            return fail(f"cannot write {target}: {problem}")
        print(f"wrote {target}", file=status)
    return 0


STDOUT = "-"


def _to_stdout(text: str) -> None:
    """UTF-8 whatever the terminal's encoding: a pipe into curl or an LRS tool expects
    JSON in UTF-8 (and a CSV of Dutch names must not lose its ë)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a replaced stdout (a test's StringIO) takes text
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


# Names a report never takes: `report -o a.jsonl b.jsonl` (a typo) must not
# turn the session log a.jsonl into a web page, nor a case file into a table.
_INPUT_SUFFIXES = (".jsonl", ".yaml", ".yml")


def _kept_name(target: Path) -> str | None:
    if target.suffix.lower() in _INPUT_SUFFIXES:
        return (
            f"a '{target.suffix}' file is a session log or a case, not a report; "
            "give the report a name of its own (such as report.html, report.csv)"
        )
    return None


def _xapi_json(report: Report, base: str) -> str:
    from game.trainer.xapi import report_statements, statements_json

    return statements_json(report_statements(report, base))
