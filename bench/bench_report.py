"""Benchmark: `report` over 1,000 session logs made by playing random paths (goal < 5 s).

Run:  .venv/bin/python bench/bench_report.py [--logs 1000] [--runs 3]
      [--scenarios voorbeeld,familie_visser] [--keep DIR]

The logs are written by the game's own SessionLogger (fsync per record), so
the report reads exactly what a workshop leaves behind. Their writing is
timed too but is not part of the goal. The goal is the whole `report`
process (start-up, reading, adding up, HTML, CSV and xAPI); the in-process
breakdown shows where the time goes. Machines here are shared and noisy:
the median of several runs is reported.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL_SECONDS = 5.0


def make_workshop(folder: Path, count: int, scenario_ids: list[str]) -> float:
    """``count`` logs spread over the scenarios; returns the seconds it took to write them."""
    from game.scenario.loader import load_file, resolve_scenario
    from game.trainer.simulate import make_logs

    began = time.perf_counter()
    for index, scenario_id in enumerate(scenario_ids):
        path = resolve_scenario(scenario_id)
        assert path is not None, f"no scenario {scenario_id}"
        scenario = load_file(path).scenario
        assert scenario is not None, f"{scenario_id} does not load"
        share = count // len(scenario_ids) + (index < count % len(scenario_ids))
        make_logs(scenario, folder, share, seed=index + 1, undo_chance=0.05)
    return time.perf_counter() - began


def whole_process(folder: Path, out: Path) -> float:
    cmd = [sys.executable, str(ROOT / "main.py"), "report", str(folder), "-o", str(out / "r.html"),
           "--csv", str(out / "r.csv"), "--xapi", str(out / "r.json")]  # fmt: skip
    began = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - began


def breakdown(folder: Path) -> dict[str, float]:
    """Seconds per stage, in this process (imports already warm)."""
    from game.trainer.build import build_report
    from game.trainer.csvout import report_csv
    from game.trainer.report_page import report_html
    from game.trainer.xapi import report_statements

    times: dict[str, float] = {}
    began = time.perf_counter()
    report = build_report([folder], "nl")
    times["read, match scenarios, add up"] = time.perf_counter() - began
    for name, make in (
        ("HTML page", lambda: report_html(report)),
        ("CSV", lambda: report_csv(report)),
        ("xAPI statements", lambda: report_statements(report)),
    ):
        began = time.perf_counter()
        make()
        times[name] = time.perf_counter() - began
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--logs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scenarios", default="voorbeeld,familie_visser")
    parser.add_argument(
        "--keep", metavar="DIR", help="write the logs here and keep them; reuse them next time"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(args.keep) if args.keep else Path(temp) / "logs"
        out = Path(temp)
        if len(list(folder.glob("*.jsonl"))) != args.logs:
            writing = make_workshop(folder, args.logs, args.scenarios.split(","))
            print(f"{args.logs} logs written in {writing:.1f} s "
                  f"({1000 * writing / args.logs:.1f} ms per log, fsync per record)")  # fmt: skip
        size = sum(p.stat().st_size for p in folder.glob("*.jsonl"))
        print(f"{args.logs} logs, {size / 1e6:.1f} MB, in {folder}")
        runs = [whole_process(folder, out) for _ in range(args.runs)]
        median = statistics.median(runs)
        html = (out / "r.html").stat().st_size
        print(f"report (whole process, HTML + CSV + xAPI): median {median:.2f} s of "
              f"{', '.join(f'{r:.2f}' for r in runs)}; goal < {GOAL_SECONDS:.0f} s; "
              f"HTML {html / 1e6:.2f} MB")  # fmt: skip
        for stage, seconds in breakdown(folder).items():
            print(f"  {stage}: {1000 * seconds:.0f} ms")
    return 0 if median < GOAL_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
