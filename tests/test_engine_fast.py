"""The compact step function agrees with the engine, step by step.

``game.engine.fast.CompactEngine`` is what the analyser explores with; these
tests play random playthroughs of every scenario (shipped, the analyser's
test cases and a generated one) with both it and ``Engine`` and compare: the
available choices, the compact key of every state, the walk through ``next``
nodes, and the score at the ending.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from game.engine import Engine
from game.engine.fast import CHOICES, ENDING, NEXT, CompactEngine, Key
from game.engine.model import Scenario
from game.paths import SCENARIOS_DIR, SOURCE_DIR
from game.scenario.loader import load_bytes, load_file, scenario_files

PATHS = [
    *scenario_files(SCENARIOS_DIR),
    *sorted((SOURCE_DIR / "tests" / "analyze").glob("*.yaml")),
]
RUNS = 40
MAX_CHOICES = 200  # a playthrough longer than this is a loop; stop it


def load(path: Path) -> Scenario:
    result = load_file(path)
    assert result.scenario is not None, [d.format() for d in result.errors]
    return result.scenario


def generated() -> Scenario:
    bench = SOURCE_DIR / "bench" / "bench_analyze.py"
    spec = importlib.util.spec_from_file_location("bench_analyze", bench)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = load_bytes(module.layered(80, 10).encode(), "layered.yaml")
    assert result.scenario is not None
    return result.scenario


def scenarios() -> list[tuple[str, Scenario]]:
    return [(p.stem, load(p)) for p in PATHS] + [("layered", generated())]


def play_both(scenario: Scenario, compact: CompactEngine, rng: random.Random) -> None:
    """One random playthrough, checked after every step."""
    engine = Engine(scenario)
    state = engine.start().state
    key = compact.start_key()
    assert key == compact.encode(state)
    settled = compact.begin()  # what `step` must reach: the next choice or ending
    for _ in range(MAX_CHOICES):
        node = engine.node(state)
        if node.next is not None:
            state, key = engine.advance(state).state, compact.advance(key)
            assert key == compact.encode(state)
            continue
        assert key == settled
        if node.ending is not None:
            assert compact.kind(key) == ENDING
            assert compact.score(key) == engine.score(state).score
            return
        assert compact.kind(key) == CHOICES
        positions = compact.available(key)
        choices = scenario.nodes[node.id].choices or ()
        assert [choices[p].id for p in positions] == [c.id for c in engine.available(state)]
        if not positions:
            return  # stuck: the analyser's finding, not a disagreement
        position = rng.choice(positions)
        state = engine.choose(state, choices[position].id).state
        settled = compact.step(key, position)
        key = compact.choose(key, position)
        assert key == compact.encode(state)


@pytest.mark.parametrize("exact", [False, True], ids=["reduced", "exact"])
@pytest.mark.parametrize(("name", "scenario"), scenarios(), ids=[n for n, _ in scenarios()])
def test_random_playthroughs_agree_with_the_engine(
    name: str, scenario: Scenario, exact: bool
) -> None:
    compact = CompactEngine(scenario, exact=exact)
    rng = random.Random(name)
    for _ in range(RUNS):
        play_both(scenario, compact, rng)


def _slow_step(compact: CompactEngine, key: Key, position: int) -> Key:
    """The walk node by node, without the remembered decisions."""
    k = list(key)
    return compact._walk(k, compact._take(k, position))


@pytest.mark.parametrize(("name", "scenario"), scenarios(), ids=[n for n, _ in scenarios()])
def test_remembered_walks_equal_walking_node_by_node(name: str, scenario: Scenario) -> None:
    """`step` answers from its decision trees; on many states it must equal a fresh walk."""
    compact, fresh = CompactEngine(scenario), CompactEngine(scenario)
    frontier, seen = [compact.begin()], set()
    while frontier and len(seen) < 3000:
        key = frontier.pop()
        if key in seen or compact.kind(key) != CHOICES:
            continue
        seen.add(key)
        for position in compact.available(key):
            nxt = compact.step(key, position)
            assert nxt == _slow_step(fresh, key, position)
            frontier.append(nxt)


def test_a_next_loop_comes_back_as_a_key_at_a_next_node() -> None:
    compact = CompactEngine(load(SOURCE_DIR / "tests" / "analyze" / "dead_cycle.yaml"))
    hall = compact.begin()
    down = compact.choice_ids.index("down") - compact.choice_base[hall[0]]
    assert compact.kind(compact.step(hall, down)) == NEXT


def test_entered_and_offered_record_what_was_seen() -> None:
    compact = CompactEngine(load(SOURCE_DIR / "tests" / "analyze" / "once_if.yaml"))
    key = compact.begin()
    assert compact.available(key) == (0, 1)  # ask, refer
    assert list(compact.offered) == [1, 1, 0, 0]
    compact.step(key, 1)
    assert compact.entered[compact.node_ids.index("gone")] == 1
    assert compact.entered[compact.node_ids.index("orphan")] == 0
