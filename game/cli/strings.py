"""`strings export|import`: the texts of a scenario as a CSV table, for translators and review."""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path
from typing import Any

NAME = "strings"
HELP = "export every text of a scenario to a CSV table, or import a translated table"
ORDER = 50


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="write a CSV table: text_id, one column per language, scenario",
        description="Write every text of SCENARIO to a CSV table (UTF-8 with BOM, for Excel).",
    )
    export.add_argument("scenario", metavar="SCENARIO", help="a .yaml file or a scenario id")
    export.add_argument(
        "-o", "--output", metavar="FILE.csv", type=Path, required=True, help="the CSV to write"
    )
    export.add_argument(
        "--sep",
        choices=(",", ";", "tab"),
        default=",",
        help="cell separator (default ','; Dutch Excel opens ';' files directly)",
    )
    imp = actions.add_parser(
        "import",
        help="write the texts of a CSV table back into the scenario",
        description="Write changed texts from FILE.csv into SCENARIO, keeping its comments "
        "and layout. Empty cells change nothing. The file is only replaced when the "
        "result loads without errors.",
    )
    imp.add_argument("scenario", metavar="SCENARIO", help="a .yaml file or a scenario id")
    imp.add_argument("table", metavar="FILE.csv", type=Path, help="the CSV table to read")


def run(args: argparse.Namespace) -> int:
    from game.authoring.strings import StringsError
    from game.cli._common import fail

    try:
        if args.action == "export":
            return _export(args)
        return _import(args)
    except StringsError as err:
        return fail(str(err))


def _load(arg: str) -> tuple[Path, Any, Any, bytes] | None:
    """(path, loaded scenario, raw YAML data, the file's bytes) of a scenario without errors."""
    from game.cli._common import fail, load_scenario_arg
    from game.fileio import InputError, read_input
    from game.scenario.yamlsource import MAX_BYTES, load_yaml

    loaded = load_scenario_arg(arg)
    if loaded is None:
        return None
    path = Path(loaded.file)
    try:
        source = read_input(path, MAX_BYTES)
    except InputError as err:
        fail(f"cannot read '{path}': {err.reason}")
        return None
    doc, _ = load_yaml(source, str(path))
    assert loaded.scenario is not None  # load_scenario_arg returns only cases without errors
    if doc is None or hashlib.sha256(source).hexdigest() != loaded.scenario.sha256:
        fail(f"'{path}' changed while it was read; try again")
        return None
    return path, loaded, doc.data, source


def _export(args: argparse.Namespace) -> int:
    from game.authoring.strings import SEPARATORS, export_csv, text_entries
    from game.cli._common import fail

    found = _load(args.scenario)
    if found is None:
        return 2
    from game.fileio import write_output

    path, loaded, data, _ = found
    scenario = loaded.scenario
    entries = text_entries(data)
    table = export_csv(entries, scenario.languages, scenario.id, SEPARATORS[args.sep])
    problem = write_output(args.output, table, inputs=[path])
    if problem is not None:
        return fail(f"cannot write '{args.output}': {problem}")
    print(f"wrote {args.output}: {len(entries)} texts in {', '.join(scenario.languages)}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from game.authoring.strings import MAX_CSV_BYTES, read_csv, rewrite, split_bom, text_entries
    from game.cli._common import fail, print_diagnostics
    from game.fileio import InputError, read_input, write_atomic
    from game.scenario.loader import load_bytes

    found = _load(args.scenario)
    if found is None:
        return 2
    path, loaded, data, original = found
    scenario = loaded.scenario
    try:
        table = read_input(args.table, MAX_CSV_BYTES)
    except InputError as err:
        return fail(f"cannot read '{args.table}': {err.reason}")
    known = [entry.id for entry in text_entries(data)]
    rows = read_csv(table, scenario.languages, scenario.id, known)
    bom, source = split_bom(original)
    changes, written = rewrite(source, data, rows, scenario.languages)
    if not changes:
        print_diagnostics(loaded.diagnostics)
        print(f"no text differs from {path}; the file was not changed")
        return 0
    new_bytes = (bom + written).encode("utf-8")
    check = load_bytes(new_bytes, str(path), path.parent)
    print_diagnostics(check.diagnostics)
    if not check.ok:
        return fail(f"with these texts '{path}' would have errors (above); it was not changed")
    try:
        # Beside the file, then renamed over it: a reader never sees half a file.
        write_atomic(path, new_bytes, keep_mode=True)
    except OSError as err:
        return fail(f"cannot write '{path}': {err.strerror or err}; it was not changed")
    for change in changes:
        print(f"changed {change.describe()}")
    print(f"wrote {path}: {len(changes)} text(s) changed")
    return 0
