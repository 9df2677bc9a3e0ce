"""Benchmark: what the guarded ways in (issue 14) cost on loading a case and on the title screen.

Run:  .venv/bin/python bench/bench_guarded_reads.py [--runs 30]

In one process, each measured against what it replaced:

- reading a case's bytes: ``game.fileio.read_input`` (open without blocking,
  fstat, type and size check, capped read) against ``Path.read_bytes``;
- the limits pass (``game.scenario.limits.check_limits``: ids, numbers,
  control characters, text lengths) on Sanne's case, and the whole
  ``load_file`` it is part of;
- the title screen's quick look at every shipped case: ``Catalog.scan`` with
  the hardened reader against the plain ``yaml.load(CSafeLoader)`` it used;
- cleaning a line for the font and for the terminal (``game.plaintext``), the
  usual case (printable text) and a text with line breaks.

The start-up of the window as a whole is ``bench/bench_ui_startup.py``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.fileio import read_input  # noqa: E402
from game.paths import SCENARIOS_DIR  # noqa: E402
from game.plaintext import font_text, terminal_text  # noqa: E402
from game.scenario.limits import check_limits  # noqa: E402
from game.scenario.loader import load_file, scenario_files  # noqa: E402
from game.scenario.report import Reporter  # noqa: E402
from game.scenario.yamlsource import MAX_BYTES, load_yaml  # noqa: E402

SANNE = SCENARIOS_DIR / "sanne.yaml"


def median_seconds(work: Callable[[], object], runs: int, inner: int = 1) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(inner):
            work()
        times.append((time.perf_counter() - start) / inner)
    return statistics.median(times)


def old_peek(path: Path) -> object:
    """The title screen's quick look before issue 14: a plain YAML load."""
    import yaml

    if path.stat().st_size > MAX_BYTES:
        return None
    return yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    runs = args.runs
    from game.ui.catalog import peek

    load_file(SANNE)  # warm up: imports, pydantic's models
    cases = scenario_files(SCENARIOS_DIR)
    doc, _ = load_yaml(SANNE.read_bytes(), str(SANNE))
    assert doc is not None

    rows = [
        ("read Sanne's case: Path.read_bytes", median_seconds(SANNE.read_bytes, runs, 50)),
        (
            "read Sanne's case: read_input (guarded)",
            median_seconds(lambda: read_input(SANNE, MAX_BYTES), runs, 50),
        ),
        (
            "limits pass on Sanne's case (check_limits)",
            median_seconds(lambda: check_limits(doc, Reporter(doc, str(SANNE))), runs, 5),
        ),
        ("load_file(Sanne's case), whole", median_seconds(lambda: load_file(SANNE), runs)),
        (
            f"title quick look, {len(cases)} cases: plain yaml.load (before)",
            median_seconds(lambda: [old_peek(p) for p in cases], runs),
        ),
        (
            f"title quick look, {len(cases)} cases: guarded peek (now)",
            median_seconds(lambda: [peek(p) for p in cases], runs),
        ),
    ]
    line = "Sanne kijkt je aan. 'Ik moet over drie weken mijn kamer uit,' zegt ze."
    para = line + "\n\n" + line
    rows += [
        ("font_text, one printable line", median_seconds(lambda: font_text(line), runs, 2000)),
        ("font_text, two paragraphs", median_seconds(lambda: font_text(para), runs, 2000)),
        (
            "terminal_text, one printable line",
            median_seconds(lambda: terminal_text(line), runs, 2000),
        ),
    ]
    width = max(len(name) for name, _ in rows)
    for name, seconds in rows:
        shown = f"{seconds * 1e3:.2f} ms" if seconds >= 1e-3 else f"{seconds * 1e6:.1f} µs"
        print(f"{name:<{width}}  {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
