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
    parser.add_argument("-o", "--output", metavar="FILE", type=Path, help="write to FILE")
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
    return _write(data, args.output)


def _format_from_output(output: Path | None) -> str | None:
    from game.authoring.graph import format_from_suffix

    return format_from_suffix(output.name) if output is not None else None


def _write(data: bytes, output: Path | None) -> int:
    from game.cli._common import fail

    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    try:
        output.write_bytes(data)
    except OSError as err:
        return fail(f"cannot write '{output}': {err.strerror or err}")
    print(f"wrote {output}", file=sys.stderr)
    return 0
