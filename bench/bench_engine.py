"""Benchmark: whole-process `validate` vs a bare libyaml load, and the engine's time per choice.

Run:  .venv/bin/python bench/bench_engine.py [--nodes 2000] [--runs 5] [--steps 10000]

Both figures come from one run on one machine, so compare the ratio, not
the absolute times: the machines here are shared and noisy.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def generate(nodes: int, seed: int = 1) -> str:
    """A layered scenario: each node offers three choices to later nodes, with conditions."""
    rng = random.Random(seed)
    out = [
        "format: 1",
        "id: bench",
        "title: {nl: Bench, en: Bench}",
        "languages: [nl, en]",
        "client: sanne",
        "deadline_days: 60",
        "start: n0",
        "deadline_node: end_late",
        "meters:",
        "  trust: {start: 0, min: 0, max: 10, hidden: true}",
        "flags: [asked]",
        "characters:",
        "  sanne: {name: Sanne, role: client}",
        "  joost: {name: Joost, role: colleague, title: {nl: Collega, en: Colleague}}",
        "places:",
        "  desk: {name: {nl: Balie, en: Desk}}",
        "nodes:",
    ]
    for i in range(nodes):
        out += [
            f"  n{i}:",
            "    speaker: joost",
            "    place: desk",
            "    routine: criteria",
            "    discuss: {nl: 'Welk criterium?', en: 'Which criterion?'}",
            f"    text: {{nl: 'Stap {i}: wacht al {{wait_days}} dagen.', "
            f"en: 'Step {i}: waited {{wait_days}} days.'}}",
            "    choices:",
        ]
        for j in range(3):
            target = f"n{min(nodes - 1, i + 1 + rng.randrange(3))}" if i < nodes - 1 else "end_ok"
            cond = "        if: trust >= 1 or asked\n" if j == 2 else ""
            out.append(
                f"      - text: {{nl: 'Keuze {j}', en: 'Choice {j}'}}\n"
                f"        response: {['comply', 'probe', 'ally'][j]}\n{cond}"
                f"        effects: {{wait_days: {rng.randrange(3)}, "
                f"safety: {rng.randrange(-3, 4)}, trust: 1, asked: true}}\n"
                f"        feedback: {{nl: 'Terugkoppeling', en: 'Feedback'}}\n"
                f"        goto: {target}"
            )
    out += [
        "  end_ok: {text: {nl: Klaar, en: Done}, ending: {title: {nl: Goed, en: Good}, "
        "outcome: good}}",
        "  end_late: {text: {nl: Te laat, en: Too late}, ending: {title: {nl: Laat, en: Late}, "
        "outcome: bad}}",
    ]
    return "\n".join(out) + "\n"


def time_process(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=False, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_validate(path: Path, runs: int) -> tuple[float, float]:
    bare = (
        "import yaml, sys; yaml.load(open(sys.argv[1], encoding='utf-8').read(), "
        "Loader=yaml.CSafeLoader)"
    )
    t_bare = time_process([sys.executable, "-c", bare, str(path)], runs)
    t_validate = time_process([sys.executable, str(ROOT / "main.py"), "validate", str(path)], runs)
    return t_bare, t_validate


def bench_steps(path: Path, steps: int) -> tuple[float, float]:
    from game.engine import Engine
    from game.scenario.loader import load_file

    result = load_file(path)
    assert result.ok, [d.format() for d in result.errors]
    engine = Engine(result.scenario)  # type: ignore[arg-type]
    rng = random.Random(3)
    timings: list[float] = []
    state = engine.start().state
    while len(timings) < steps:
        if engine.ending(state) is not None:
            state = engine.start().state
            continue
        pick = rng.randrange(len(engine.available(state))) + 1
        start = time.perf_counter()
        state = engine.choose(state, pick).state
        timings.append(time.perf_counter() - start)
    return statistics.mean(timings) * 1e6, statistics.median(timings) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--steps", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.yaml"
        path.write_text(generate(args.nodes), encoding="utf-8")
        size = path.stat().st_size / 1024
        t_bare, t_validate = bench_validate(path, args.runs)
        mean_us, median_us = bench_steps(path, args.steps)
    print(f"scenario: {args.nodes} nodes, {size:.0f} KiB")
    print(
        f"bare yaml.load (CSafeLoader), whole process: {t_bare * 1000:.0f} ms (median of "
        f"{args.runs})"
    )
    print(f"doorbraak validate, whole process:           {t_validate * 1000:.0f} ms")
    print(f"ratio validate / bare load: {t_validate / t_bare:.2f}  (goal <= 2.0)")
    print(
        f"engine time per choice over {args.steps} random steps: mean {mean_us:.1f} us, "
        f"median {median_us:.1f} us  (goal < 50 us)"
    )


if __name__ == "__main__":
    main()
