"""Property tests: no input makes the loader raise; random play always ends well-formed."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.engine import Engine
from game.paths import SCENARIOS_DIR
from game.scenario.loader import load_bytes, load_file, scenario_files

KEYS = [
    "format",
    "id",
    "title",
    "client",
    "deadline_days",
    "start",
    "characters",
    "nodes",
    "text",
    "choices",
    "goto",
    "next",
    "ending",
    "if",
    "effects",
    "meters",
    "flags",
    "speaker",
    "outcome",
    "safety",
    "wait_days",
    "name",
    "role",
    "nl",
    "en",
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.text(max_size=20),
    st.sampled_from(["intake", "sanne", "client", "good", "1", "=5", "safety > 3", "{x}"]),
)
keys = st.one_of(st.sampled_from(KEYS), st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True))
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(keys, children, max_size=6),
    ),
    max_leaves=40,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text_gives_diagnostics_not_exceptions(text: str) -> None:
    result = load_bytes(text.encode("utf-8", "surrogatepass"), "random.yaml")
    assert result.scenario is not None or result.errors


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_random_yaml_structures_give_diagnostics_not_exceptions(doc: object) -> None:
    text = yaml.safe_dump(doc, allow_unicode=True)
    result = load_bytes(text.encode(), "random.yaml")
    assert result.scenario is not None or result.errors


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["intake", "team", "street", "housed"]),
        st.dictionaries(st.sampled_from(KEYS), scalars, max_size=5),
        max_size=4,
    )
)
def test_random_node_tables_in_a_valid_frame_never_raise(nodes: dict) -> None:
    frame = {
        "format": 1,
        "id": "x",
        "title": "X",
        "client": "c",
        "deadline_days": 9,
        "start": "intake",
        "characters": {"c": {"name": "C", "role": "client"}},
        "nodes": nodes,
    }
    result = load_bytes(yaml.safe_dump(frame).encode(), "frame.yaml")
    assert result.scenario is not None or result.errors


SCENARIOS = scenario_files(SCENARIOS_DIR) + sorted(Path("tests/plans").glob("*.yaml"))


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_random_playthroughs_end_in_an_ending_within_bounds(path: Path) -> None:
    result = load_file(path)
    assert result.ok, [d.format() for d in result.errors]
    scenario = result.scenario
    assert scenario is not None
    engine = Engine(scenario, use_machine=False)
    rng = random.Random(path.stem)
    for _ in range(200):
        state = engine.start().state
        for _step in range(2000):
            for name, meter in scenario.meters.items():
                assert meter.clamp(int(state.values[name])) == state.values[name]
            if engine.ending(state) is not None:
                break
            assert not engine.is_stuck(state), f"stuck at {state.node}"
            if engine.can_advance(state):
                state = engine.advance(state).state
            else:
                state = engine.choose(state, rng.randrange(len(engine.available(state))) + 1).state
        assert engine.ending(state) is not None, f"no ending after 2000 steps: {state.path}"
