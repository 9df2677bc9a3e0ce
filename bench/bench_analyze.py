"""Benchmark: `analyze` on the shipped scenarios and on generated layered ones.

Run:  .venv/bin/python bench/bench_analyze.py [--sizes 300 600] [--layers 25] [--repeat 1]
          [--state-by-state]

For each shipped scenario and each generated size it prints the number of
states, the CPU time to complete the whole analysis (search, summaries and
findings), and states per second. Goals (docs/performance.md): every shipped
scenario in under 2 s, at least 100,000 states per second.

CPU time (``time.process_time``) is reported next to wall time because the
machines here are shared: other processes slow the wall clock, not the CPU
time this process needs.

The layered scenarios: ``layers`` layers of ``nodes / layers`` nodes, each with two choices to
nodes of the next layer; additive effects on ``wait_days``, ``safety`` and a
custom meter ``energy`` clamped to 0..5; one condition per node (the second
choice needs ``energy >= 2``, so that choice is sometimes unavailable). The
last layer leads to three endings. The same seed gives the same scenario.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ENDINGS = ("end_good", "end_mixed", "end_bad")


def layered(nodes: int, layers: int = 25, seed: int = 1) -> str:
    """A layered scenario of ``nodes`` nodes with choices (plus three endings)."""
    rng = random.Random(seed)
    width = max(1, nodes // layers)
    out = [
        "format: 1",
        f"id: layered_{nodes}",
        "title: {nl: Gelaagd, en: Layered}",
        "languages: [nl, en]",
        "client: sanne",
        "deadline_days: 60",
        "start: l0_0",
        "meters:",
        "  energy: {start: 2, min: 0, max: 5}",
        "characters:",
        "  sanne: {name: Sanne, role: client}",
        "nodes:",
    ]
    for layer in range(layers):
        for place in range(width):
            out += _layer_node(rng, layer, place, layers, width)
    outcomes = ("good", "mixed", "bad")
    for ending, outcome in zip(ENDINGS, outcomes, strict=True):
        out.append(f"  {ending}: {{text: Einde, ending: {{title: {ending}, outcome: {outcome}}}}}")
    return "\n".join(out) + "\n"


def _layer_node(rng: random.Random, layer: int, place: int, layers: int, width: int) -> list[str]:
    lines = [f"  l{layer}_{place}:", "    text: Stap", "    choices:"]
    for j in range(2):
        if layer == layers - 1:
            target = ENDINGS[rng.randrange(len(ENDINGS))]
        else:
            target = f"l{layer + 1}_{rng.randrange(width)}"
        energy = 1 if j == 0 else -1
        lines += [
            "      - text: Keuze",
            f"        effects: {{wait_days: {rng.randrange(3)}, "
            f"safety: {rng.randrange(-2, 3)}, energy: {energy}}}",
        ]
        if j == 1:
            lines.append("        if: energy >= 2")
        lines.append(f"        goto: {target}")
    return lines


def measure(label: str, scenario, repeat: int, bulk: bool = True) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    from game.analysis import analyse

    best_cpu = best_wall = float("inf")
    states = 0
    complete = True
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = analyse(scenario, max_states=10_000_000, bulk=bulk)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
        states, complete = result.states, result.complete
    rate = states / best_cpu if best_cpu else float("inf")
    done = "complete" if complete else "INCOMPLETE"
    print(
        f"{label:<24} {states:>10,} states  {best_cpu:7.2f} s CPU  {best_wall:7.2f} s wall  "
        f"{rate:>10,.0f} states/s  {done}"
    )
    return states, best_cpu


def main() -> None:
    from game.scenario.loader import load_bytes, load_file, scenario_files

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[300, 600])
    parser.add_argument("--layers", type=int, default=25)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--no-shipped", action="store_true", help="only the generated scenarios")
    parser.add_argument(
        "--state-by-state",
        action="store_true",
        help="skip the bulk search: measure the state-by-state search it falls back to",
    )
    args = parser.parse_args()
    bulk = not args.state_by_state
    if not args.no_shipped:
        from game.paths import SCENARIOS_DIR

        for path in scenario_files(SCENARIOS_DIR):
            result = load_file(path)
            if result.scenario is not None:
                measure(path.name, result.scenario, args.repeat, bulk)
    for size in args.sizes:
        result = load_bytes(layered(size, args.layers).encode(), f"layered_{size}.yaml")
        assert result.scenario is not None, [d.format() for d in result.errors]
        measure(f"layered {size} ({args.layers} layers)", result.scenario, args.repeat, bulk)


if __name__ == "__main__":
    main()
