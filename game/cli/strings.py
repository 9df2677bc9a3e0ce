"""`strings export|import`: the texts of a scenario as a CSV table, for translators and review."""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
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


def _load(arg: str) -> tuple[Path, Any, Any] | None:
    """(path, loaded scenario, raw YAML data) of a scenario without errors, or None."""
    from game.cli._common import load_scenario_arg
    from game.scenario.yamlsource import load_yaml

    loaded = load_scenario_arg(arg)
    if loaded is None:
        return None
    path = Path(loaded.file)
    doc, _ = load_yaml(path.read_bytes(), str(path))
    assert doc is not None  # it just loaded without errors
    return path, loaded, doc.data


def _export(args: argparse.Namespace) -> int:
    from game.authoring.strings import SEPARATORS, export_csv, text_entries
    from game.cli._common import fail

    found = _load(args.scenario)
    if found is None:
        return 2
    _, loaded, data = found
    scenario = loaded.scenario
    entries = text_entries(data)
    table = export_csv(entries, scenario.languages, scenario.id, SEPARATORS[args.sep])
    try:
        args.output.write_bytes(table)
    except OSError as err:
        return fail(f"cannot write '{args.output}': {err.strerror or err}")
    print(f"wrote {args.output}: {len(entries)} texts in {', '.join(scenario.languages)}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from game.authoring.strings import read_csv, rewrite, split_bom, text_entries
    from game.cli._common import fail, print_diagnostics
    from game.scenario.loader import load_bytes

    found = _load(args.scenario)
    if found is None:
        return 2
    path, loaded, data = found
    scenario = loaded.scenario
    try:
        table = args.table.read_bytes()
    except OSError as err:
        return fail(f"cannot read '{args.table}': {err.strerror or err}")
    known = [entry.id for entry in text_entries(data)]
    rows = read_csv(table, scenario.languages, scenario.id, known)
    bom, source = split_bom(path.read_bytes())
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
        _replace(path, new_bytes)
    except OSError as err:
        return fail(f"cannot write '{path}': {err.strerror or err}; it was not changed")
    for change in changes:
        print(f"changed {change.describe()}")
    print(f"wrote {path}: {len(changes)} text(s) changed")
    return 0


def _replace(path: Path, data: bytes) -> None:
    """Write next to the file, then rename over it: a reader never sees half a file."""
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        shutil.copymode(path, temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
