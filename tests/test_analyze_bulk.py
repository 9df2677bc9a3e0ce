"""The bulk search gives exactly the analysis of the state-by-state search.

``game.analysis.bulk`` groups states that differ only in their meters and
moves them together; ``game.analysis.search`` visits them one by one. They
must agree on every figure: on the shipped cases, on the hand-checked
scenarios, and on random scenarios built to hit what makes grouping hard
(clamps, `set` effects, conditions on meters inside and outside simple
comparisons, `next` chains, the deadline).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.analysis import analyse, to_json
from game.analysis.bulk import Layout, bulk_search
from game.analysis.search import Dilemmas, Summaries
from game.engine.fast import CompactEngine
from game.engine.model import Scenario
from game.paths import SCENARIOS_DIR, SOURCE_DIR
from game.scenario.loader import load_bytes, load_file, scenario_files

CASES = sorted((SOURCE_DIR / "tests" / "analyze").glob("*.yaml"))
SHIPPED = scenario_files(SCENARIOS_DIR)


def scenario(path: Path) -> Scenario:
    result = load_file(path)
    assert result.scenario is not None, [d.format() for d in result.errors]
    return result.scenario


def both(s: Scenario) -> tuple[dict[str, Any], dict[str, Any]]:
    bulk, single = to_json(analyse(s)), to_json(analyse(s, bulk=False))
    for data in (bulk, single):
        data.pop("seconds", None)
    return bulk, single


@pytest.mark.parametrize("path", [*CASES, *SHIPPED], ids=lambda p: p.stem)
def test_bulk_and_state_by_state_agree(path: Path) -> None:
    bulk, single = both(scenario(path))
    assert bulk == single


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_the_shipped_cases_take_the_bulk_path(path: Path) -> None:
    """No stuck state, loop or cycle in them: the quick search does all the work."""
    s = scenario(path)
    found = bulk_search(CompactEngine(s), 10_000_000)
    assert found is not None  # the agreement test above checks what it found
    assert found.size == analyse(s).states


@pytest.mark.parametrize("name", ["stuck", "dead_cycle"])
def test_findings_that_need_a_path_go_to_the_state_by_state_search(name: str) -> None:
    s = scenario(SOURCE_DIR / "tests" / "analyze" / f"{name}.yaml")
    assert bulk_search(CompactEngine(s), 10_000_000) is None
    assert analyse(s).complete  # and the analysis is still complete


def test_past_the_limit_the_result_is_the_sample_of_the_state_by_state_search() -> None:
    s = scenario(SCENARIOS_DIR / "intervisie.yaml")
    assert bulk_search(CompactEngine(s), 100) is None
    quick = to_json(analyse(s, max_states=100, playthroughs=40))
    slow = to_json(analyse(s, max_states=100, playthroughs=40, bulk=False))
    for data in (quick, slow):
        data.pop("seconds", None)
    assert quick == slow
    assert quick["complete"] is False


def test_the_layout_packs_every_bounded_meter_and_one_open_one_on_top() -> None:
    s = scenario(SCENARIOS_DIR / "familie_visser.yaml")
    engine = CompactEngine(s)
    layout = Layout(engine)
    names = [engine.names[slot - 1] for slot in layout.slots]
    assert names[-1] == "wait_days"  # no upper bound: the top field
    assert "safety" in names
    assert layout.masks[-1] is None
    key = engine.begin()
    assert layout.full(layout.abstract(key), layout.pack(key)) == key


def test_a_pair_not_met_yet_keeps_a_node_open_for_dominance() -> None:
    """A node is done with only once every pair of its choices has failed.

    The first state has only choices 1 and 2 (neither dominates); a later one
    also offers choice 0, which beats both. Choice 0 dominating must be found.
    """
    summaries = Summaries()
    checked = Dilemmas(summaries, [7, 7, 7])
    low = summaries.intern((5, 5, 50, 50, 60, 60, 2))
    mid = summaries.intern((6, 6, 40, 40, 50, 50, 4))
    late = summaries.intern((20, 20, 60, 60, 30, 30, 8))
    checked.check((1, 2), (mid, late))
    assert 7 not in checked.settled
    checked.check((0, 1, 2), (low, mid, late))
    assert checked.pairs[(1, 0)] is True  # 1 is dominated by 0
    assert checked.pairs[(2, 1)] is False


# -- random scenarios -------------------------------------------------------------------

COMPARISONS = ("<", "<=", ">", ">=", "==", "!=")
ROUTINES = ("criteria", "wrong_desk", "precedent")
RESPONSES = ("comply", "comply", "defer", "probe", "ally")
# Per meter, numbers around the values it takes, so that comparisons and clamps bite.
METERS = {"wait_days": (0, 30), "safety": (0, 100), "trust": (-3, 4), "energy": (-1, 5)}


@st.composite
def conditions(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 5))
    meter = draw(st.sampled_from(sorted(METERS)))
    number = draw(st.integers(*METERS[meter]))
    op = draw(st.sampled_from(COMPARISONS))
    if kind == 0:
        return f"{meter} {op} {number}"
    if kind == 1:
        return f"{number} {op} {meter}"
    if kind == 2:  # not a plain comparison: grouped by exact value
        return f"trust + energy >= {draw(st.integers(0, 6))}"
    if kind == 3:
        return f"{meter} {op} {number} and not flag"
    if kind == 4:
        return f"flag or {meter} {op} {number}"
    return f'visits("n1") < 2 and {meter} {op} {number}'


@st.composite
def effects(draw: st.DrawFn) -> str:
    parts = []
    for meter in draw(st.lists(st.sampled_from(sorted(METERS)), max_size=3, unique=True)):
        low, high = METERS[meter]
        if meter != "wait_days" and draw(st.integers(0, 4)) == 0:
            parts.append(f'{meter}: "={draw(st.integers(max(low, 0), high))}"')
        elif meter == "wait_days":
            parts.append(f"{meter}: {draw(st.integers(0, 9))}")
        else:
            step = (high - low) // 2
            parts.append(f"{meter}: {draw(st.integers(-step, step))}")
    if draw(st.booleans()):
        parts.append(f"flag: {str(draw(st.booleans())).lower()}")
    return "{" + ", ".join(parts) + "}"


@st.composite
def random_scenarios(draw: st.DrawFn) -> str:
    size = draw(st.integers(6, 12))
    # Format 1.1 half the time: the score counts outcome and level, and a bad ending
    # costs safety afterwards; routines and responses give the cost of giving in.
    version = draw(st.sampled_from(["1", "1.1"]))
    lines = [
        f"format: {version}",
        "id: random",
        "title: Random",
        "client: sanne",
        f"deadline_days: {draw(st.integers(5, 30))}",
        "deadline_node: late",
        "start: n0",
        "meters:",
        f"  trust: {{start: {draw(st.integers(-1, 2))}, min: -2, max: 3}}",
        "  energy: {start: 2, min: 0, max: 4}",
        f"  safety: {{start: {draw(st.integers(0, 100))}}}",
        "flags: [flag]",
        "characters:",
        "  sanne: {name: Sanne, role: client}",
        "nodes:",
    ]
    endings = ["good", "bad", "late"]
    for i in range(size):
        # Mostly one or two nodes on, so that paths are long and meet again.
        later = [f"n{j}" for j in range(i + 1, min(i + 3, size))] or ["good", "bad"]
        if draw(st.integers(0, 5)) == 0:
            later = [*later, "good", "bad"]
        lines += [f"  n{i}:", "    text: Stap"]
        if draw(st.integers(0, 2)) == 0:  # someone uses a routine here
            lines.append(f"    routine: {draw(st.sampled_from(ROUTINES))}")
        if i > 0 and draw(st.integers(0, 3)) == 0:  # a `next` node
            lines.append(f"    effects: {draw(effects())}")
            lines.append("    next:")
            for _ in range(draw(st.integers(0, 2))):
                lines += [
                    f"      - if: {draw(conditions())}",
                    f"        goto: {draw(st.sampled_from(later))}",
                ]
            lines += [f"      - goto: {draw(st.sampled_from(later))}"]
            continue
        lines.append("    choices:")
        for j in range(draw(st.integers(2, 3))):
            lines += [
                f"      - id: c{i}_{j}",
                "        text: Keuze",
                f"        effects: {draw(effects())}",
                f"        goto: {draw(st.sampled_from(later))}",
            ]
            if j > 0 and draw(st.booleans()):
                lines.append(f"        if: {draw(conditions())}")
            if draw(st.integers(0, 3)) > 0:
                lines.append(f"        response: {draw(st.sampled_from(RESPONSES))}")
    for ending in endings:
        outcome = "good" if ending == "good" else "bad"
        level = draw(st.sampled_from(["none", "incident", "policy", "system"]))
        lines += [
            f"  {ending}:",
            "    text: Einde",
            f"    ending: {{title: {ending}, outcome: {outcome}, breakthrough: {level}}}",
        ]
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_scenarios())
def test_bulk_and_state_by_state_agree_on_random_scenarios(source: str) -> None:
    result = load_bytes(source.encode(), "random.yaml")
    assert result.scenario is not None, [d.format() for d in result.errors]
    bulk, single = both(result.scenario)
    assert bulk == single
