"""`graph SCENARIO`: the scenario as a flow chart (Mermaid, Graphviz DOT or SVG)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "graph"
HELP = "draw the scenario as a flow chart (Mermaid, Graphviz DOT, or SVG with Graphviz)"
ORDER = 40


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scenario", metavar="SCENARIO", help="a .yaml file or a scenario id")
    parser.add_argument(
        "--format",
        choices=("mermaid", "dot", "svg"),
        help="mermaid (default) and dot need nothing installed; svg runs Graphviz's dot "
        "(default from the -o file's extension: .mmd, .dot/.gv, .svg)",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write to FILE ('-': standard output)"
    )
    parser.add_argument("--lang", metavar="L", help="language of the texts in the chart")


def run(args: argparse.Namespace) -> int:
    from game.authoring import graph
    from game.cli._common import check_language, fail, load_scenario_arg

    fmt = args.format or _format_from_output(args.output) or "mermaid"
    loaded = load_scenario_arg(args.scenario)
    if loaded is None:
        return 2
    scenario = loaded.scenario
    assert scenario is not None
    lang = check_language(scenario, args.lang)
    if lang is None:
        return 2
    chart = graph.build_graph(scenario, lang)
    if fmt == "mermaid":
        data = graph.render_mermaid(chart).encode("utf-8")
    else:
        dot = graph.render_dot(chart)
        data = dot.encode("utf-8")
        if fmt == "svg":
            try:
                data = graph.render_svg(dot)
            except (graph.GraphvizMissing, graph.GraphvizFailed) as err:
                return fail(str(err))
    return _write(data, args.output, Path(loaded.file))


def _format_from_output(output: Path | None) -> str | None:
    from game.authoring.graph import format_from_suffix

    return format_from_suffix(output.name) if _to_file(output) and output else None


def _to_file(output: Path | None) -> bool:
    return output is not None and str(output) != "-"


def _write(data: bytes, output: Path | None, source: Path) -> int:
    from game.cli._common import fail
    from game.fileio import write_output

    if output is None or not _to_file(output):
        # As text, so the terminal's guard sees it (no escape sequence gets through).
        sys.stdout.write(data.decode("utf-8", "replace"))
        sys.stdout.flush()
        return 0
    problem = write_output(output, data, inputs=[source])
    if problem is not None:
        return fail(f"cannot write '{output}': {problem}")
    print(f"wrote {output}", file=sys.stderr)
    return 0
