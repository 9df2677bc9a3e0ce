"""The analyser: golden JSON on small hand-checked scenarios, the CLI contract, the text.

Each scenario in tests/analyze/ has its expected JSON beside it; the hand
computation of every range is written at the top of the scenario file.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from game.analysis import DEFAULT_MAX_STATES, DEFAULT_PLAYTHROUGHS, DEFAULT_SEED, analyse, to_json
from game.analysis.text import render
from game.cli import analyze as analyze_command
from game.engine.fast import CompactEngine
from game.engine.model import Scenario
from game.paths import SCENARIOS_DIR, SOURCE_DIR
from game.scenario.loader import load_bytes, load_file, scenario_files

MAIN = str(SOURCE_DIR / "main.py")
CASES = SOURCE_DIR / "tests" / "analyze"
GOLDEN = sorted(CASES.glob("*.yaml"))
SHIPPED = scenario_files(SCENARIOS_DIR)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, MAIN, *args],
        capture_output=True,
        text=True,
        cwd=SOURCE_DIR,
        timeout=300,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout, proc.stdout
    return proc


def scenario(path: Path) -> Scenario:
    result = load_file(path)
    assert result.scenario is not None, [d.format() for d in result.errors]
    return result.scenario


def case(name: str) -> Path:
    return CASES / f"{name}.yaml"


def layered(nodes: int, layers: int) -> Scenario:
    """A generated scenario from the benchmark (two choices per node, one condition)."""
    spec = importlib.util.spec_from_file_location(
        "bench_analyze", SOURCE_DIR / "bench" / "bench_analyze.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = load_bytes(module.layered(nodes, layers).encode(), "layered.yaml")
    assert result.scenario is not None
    return result.scenario


# -- golden JSON ------------------------------------------------------------------------


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem)
def test_golden_json(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert to_json(analyse(scenario(path))) == expected


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem)
def test_cli_json_equals_the_golden(path: Path) -> None:
    proc = run("analyze", str(path.relative_to(SOURCE_DIR)), "--json")
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == json.loads(path.with_suffix(".json").read_text("utf-8"))


def test_the_goldens_cover_every_feature() -> None:
    """Each finding the analyser can make shows up in at least one golden file."""
    data = [json.loads(p.with_suffix(".json").read_text("utf-8")) for p in GOLDEN]
    for key in (
        "unreachable_nodes",
        "unavailable_choices",
        "stuck",
        "dead_cycles",
        "dominated",
        "false_dilemmas",
        "giving_in",
        "learning",
    ):
        assert any(d[key] for d in data), key
    codes = {finding["code"] for d in data for finding in d["learning"]}
    assert {"DB801", "DB803", "DB804"} <= codes  # DB802: the catalogue's example
    assert any(c["without_choice"] for d in data for c in d["dead_cycles"])
    assert any(not e["reachable"] for d in data for e in d["endings"].values())


# -- merging states never changes an answer ---------------------------------------------


# Not dead_cycle: without the reductions its cycles never repeat a state (the
# visit counts keep growing), so the exact engine has infinitely many states.
SMALL = [
    *(p for p in GOLDEN if p.stem != "dead_cycle"),
    *(p for p in SHIPPED if p.stem in ("voorbeeld", "intervisie")),
]


@pytest.mark.parametrize("path", SMALL, ids=lambda p: p.stem)
def test_reduced_and_exact_engines_give_the_same_analysis(path: Path) -> None:
    """Liveness resets, caps and one-way clamps only merge states that cannot differ."""
    s = scenario(path)
    exact = to_json(analyse(s, engine=CompactEngine(s, exact=True)))
    reduced = to_json(analyse(s))
    assert reduced["states"] <= exact["states"]
    exact.pop("states")
    reduced.pop("states")
    for ending in (*exact["endings"].values(), *reduced["endings"].values()):
        ending.pop("states")  # a count of merged states, not an outcome
    for entry in (*exact["stuck"], *reduced["stuck"]):
        entry.pop("states")
        entry.pop("values")  # the reduced engine shows only the values that still matter
    for cycle in (*exact["dead_cycles"], *reduced["dead_cycles"]):
        cycle.pop("states")
    for cost in (*exact["giving_in"].values(), *reduced["giving_in"].values()):
        cost.pop("states")  # the states compared: merged states count once
    assert reduced == exact


def test_reduced_and_exact_agree_on_a_generated_scenario() -> None:
    s = layered(60, 8)
    exact = to_json(analyse(s, engine=CompactEngine(s, exact=True)))
    reduced = to_json(analyse(s))
    for data in (exact, reduced):
        data.pop("states")
        for ending in data["endings"].values():
            ending.pop("states")
        for cost in data["giving_in"].values():
            cost.pop("states")
    assert reduced == exact


def test_analysis_is_deterministic() -> None:
    s = scenario(case("visits_loop"))
    assert json.dumps(to_json(analyse(s))) == json.dumps(to_json(analyse(s)))


# -- past the state limit: a labelled sample ---------------------------------------------


def test_state_limit_falls_back_to_a_labelled_sample() -> None:
    data = to_json(analyse(scenario(case("deadline")), max_states=1, playthroughs=50, seed=7))
    assert data["complete"] is False
    assert data["states"] == 1
    assert data["sample"] == {"playthroughs": 50, "seed": 7, "too_long": 0}
    # 50 random playthroughs of three possible ones see them all: the ranges are the real ones.
    golden = json.loads(case("deadline").with_suffix(".json").read_text("utf-8"))
    for ending, expected in golden["endings"].items():
        for key in ("reachable", "wait_days", "safety", "score"):
            assert data["endings"][ending][key] == expected[key]
    assert data["choices"]["slow"]["score"] == [25, 30]
    assert data["dominated"] == [] and data["false_dilemmas"] == []  # not claimed from a sample


def test_the_sample_is_reproducible_and_the_seed_matters() -> None:
    s = scenario(case("visits_loop"))
    one = to_json(analyse(s, max_states=1, playthroughs=3, seed=1))
    assert one == to_json(analyse(s, max_states=1, playthroughs=3, seed=1))
    others = [to_json(analyse(s, max_states=1, playthroughs=3, seed=n)) for n in range(2, 12)]
    assert any(other["endings"] != one["endings"] for other in others)


def test_a_stuck_state_found_by_the_sample_is_reported() -> None:
    data = to_json(analyse(scenario(case("stuck")), max_states=1, playthroughs=40))
    assert [s["node"] for s in data["stuck"]] == ["team"]
    assert data["stuck"][0]["path"] == ["rude"]
    assert data["choices"]["rude"]["can_get_stuck"] is True


def test_cli_labels_the_sample_in_both_languages() -> None:
    path = str(case("deadline").relative_to(SOURCE_DIR))
    nl = run("analyze", path, "--max-states", "1", "--samples", "20")
    en = run("analyze", path, "--max-states", "1", "--samples", "20", "--lang", "en")
    assert nl.returncode == en.returncode == 0
    assert "STEEKPROEF" in nl.stdout and "SAMPLE" in en.stdout
    assert '"complete": false' in run("analyze", path, "--max-states", "1", "--json").stdout


# -- text for people -----------------------------------------------------------------------


def test_text_points_at_file_and_line_with_a_way_to_get_there() -> None:
    path = case("stuck")
    analysis = analyse(scenario(path), file="tests/analyze/stuck.yaml")
    text = render(analysis, scenario(path), "en")
    line = next(x for x in text.splitlines() if "stuck" in x and ".yaml:" in x)
    assert line.strip().startswith("tests/analyze/stuck.yaml:35:")
    assert "doorbraak play tests/analyze/stuck.yaml --text --choices rude" in line
    assert "tests/analyze/stuck.yaml:42:" in text  # wait_it_out is never available


def test_text_lists_every_problem_kind_in_dutch() -> None:
    texts = {p.stem: render(analyse(scenario(p)), scenario(p), "nl") for p in GOLDEN}
    assert "kan nooit bereikt worden" in texts["once_if"] or "nooit te bereiken" in texts["once_if"]
    assert "nooit beschikbaar" in texts["once_if"]
    assert "loopt vast" in texts["stuck"]
    assert "rondgaan" in texts["dead_cycle"] and "vanzelf" in texts["dead_cycle"]
    assert "nooit beter dan 'fast'" in texts["deadline"]
    assert "maakt de keuze niet uit" in texts["false_dilemma"]
    assert "Geen problemen gevonden." not in texts["stuck"]


def test_text_table_shows_each_ending_with_its_ranges() -> None:
    s = scenario(case("deadline"))
    text = render(analyse(s), s, "en")
    rows = {line.split()[0]: line.split() for line in text.splitlines() if line.startswith("  ")}
    assert rows["housed"][:6] == ["housed", "good", "yes", "3", "-", "7"]
    assert "Te" in rows["late"] and "25" in rows["late"]


def test_english_text_is_complete() -> None:
    """No Dutch interface words leak into the English report."""
    for path in GOLDEN:
        text = render(analyse(scenario(path)), scenario(path), "en")
        for word in ("Einde", "Keuze", "Problemen", "niet", "nooit", "Geen"):
            assert word not in text, (path.stem, word)


# -- the command's contract ---------------------------------------------------------------


def test_exit_codes() -> None:
    assert run("analyze", str(case("stuck").relative_to(SOURCE_DIR))).returncode == 0
    missing = run("analyze", "no/such/file.yaml")
    assert missing.returncode == 2 and "no scenario file" in missing.stderr
    assert run("analyze", "voorbeeld", "--lang", "fr").returncode == 2
    assert run("analyze", "voorbeeld", "--max-states", "0").returncode == 2


def test_a_scenario_with_errors_prints_its_diagnostics_and_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nid: bad\n", encoding="utf-8")
    proc = run("analyze", str(bad))
    assert proc.returncode == 2
    assert f"{bad}:" in proc.stderr and "error" in proc.stderr


def test_cli_defaults_match_the_analyser() -> None:
    assert analyze_command.MAX_STATES == DEFAULT_MAX_STATES
    assert analyze_command.PLAYTHROUGHS == DEFAULT_PLAYTHROUGHS
    assert analyze_command.SEED == DEFAULT_SEED


# -- every shipped scenario ---------------------------------------------------------------


def _shape(data: dict[str, Any]) -> None:
    assert isinstance(data["scenario"], str) and isinstance(data["complete"], bool)
    assert isinstance(data["states"], int) and data["states"] > 0
    for ending in data["endings"].values():
        assert isinstance(ending["reachable"], bool)
        for key in ("wait_days", "safety", "score"):
            value = ending[key]
            assert value is None or (len(value) == 2 and value[0] <= value[1])
    for key in ("unreachable_nodes", "unavailable_choices", "stuck", "dominated"):
        assert isinstance(data[key], list)
    assert all("node" in s for s in data["stuck"])
    for choice in data["choices"].values():
        assert choice["score"] is None or choice["score"][0] <= choice["score"][1]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_scenario_analyses(path: Path) -> None:
    # A limit well below the default keeps this test quick: the big scenarios then
    # also exercise the sample path on real content. bench/bench_analyze.py runs
    # them to completion.
    data = to_json(analyse(scenario(path), max_states=50_000, playthroughs=300))
    _shape(data)
    assert set(data["endings"]) == {n.id for n in scenario(path).nodes.values() if n.ending}
