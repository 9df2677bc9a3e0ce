"""The engine's contract: purity, stepping, events, undo, saves, the deadline rule, the score."""

from __future__ import annotations

import ast
import random
import subprocess
import sys
from pathlib import Path

import pytest

from game.engine import (
    ChoiceTaken,
    EndingReached,
    Engine,
    EngineError,
    MeterChanged,
    NodeEntered,
    Session,
    SessionState,
    StateError,
    Undone,
    check_state,
)
from game.paths import PACKAGE_DIR, SCENARIOS_DIR
from game.scenario.loader import load_bytes, load_file, scenario_files
from tests.transcript import load

ENGINE_DIR = PACKAGE_DIR / "engine"
FORBIDDEN_MODULES = {
    "pygame",
    "yaml",
    "os",
    "sys",
    "io",
    "time",
    "datetime",
    "pathlib",
    "random",
    "socket",
    "subprocess",
    "shutil",
    "builtins",
    "game.scenario",
}
FORBIDDEN_CALLS = {"open", "print", "input", "eval", "exec", "compile", "__import__"}


def shipped() -> list[Path]:
    return scenario_files(SCENARIOS_DIR)


def test_engine_imports_neither_pygame_nor_yaml_in_a_fresh_interpreter() -> None:
    code = (
        "import sys, game.engine, game.engine.builtins, game.engine.expr; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('pygame', 'yaml')); "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("source", sorted(ENGINE_DIR.glob("*.py")), ids=lambda p: p.name)
def test_engine_module_touches_no_files_terminal_or_clock(source: Path) -> None:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in FORBIDDEN_CALLS, f"{source.name} calls {node.func.id}"
            continue
        for name in names:
            top = name if name.startswith("game.scenario") else name.split(".")[0]
            assert top not in FORBIDDEN_MODULES, f"{source.name} imports {name}"


# -- stepping and events -------------------------------------------------------


def test_choose_emits_typed_events_in_order() -> None:
    heard: list[object] = []
    session = Session.begin(load("mini"), listeners=(heard.append,))
    assert heard == [NodeEntered("intake"), MeterChanged("wait_days", 0, 2, "intake")]
    heard.clear()
    session.advance()
    assert heard == [NodeEntered("team")]
    heard.clear()
    session.choose(2)
    assert heard == [
        ChoiceTaken("team", "team.2", "probe", "criteria", "team"),
        MeterChanged("wait_days", 2, 5, "team.2"),
        MeterChanged("safety", 50, 40, "team.2"),
        NodeEntered("housed"),
        EndingReached("housed", "good", "incident"),
    ]
    assert session.over and session.score().score == 64


def test_choice_by_id_and_by_number_are_the_same_step() -> None:
    engine = Engine(load("mini"))
    at_team = engine.advance(engine.start().state).state
    assert engine.choose(at_team, 1).state == engine.choose(at_team, "team.1").state


def test_invalid_choices_are_refused_with_a_message() -> None:
    engine = Engine(load("mini"))
    start = engine.start().state
    with pytest.raises(EngineError, match="goes on by itself"):
        engine.choose(start, 1)
    at_team = engine.advance(start).state
    with pytest.raises(EngineError, match="from 1 to 2"):
        engine.choose(at_team, 3)
    with pytest.raises(EngineError, match="not an available choice"):
        engine.choose(at_team, "nope")
    with pytest.raises(EngineError, match="does not go on by itself"):
        engine.advance(at_team)


def test_once_choice_disappears_and_disabled_choice_shows_its_reason() -> None:
    engine = Engine(load("lus"))
    state = engine.start().state
    assert [o.choice.id for o in engine.options(state)] == ["balie.1", "balie.2", "balie.3"]
    state = engine.choose(state, "balie.2").state
    assert [o.choice.id for o in engine.options(state)] == ["balie.1", "balie.3"]
    for _ in range(2):
        state = engine.choose(state, "balie.1").state
    options = engine.options(state)
    assert [(o.choice.id, o.number, o.available) for o in options] == [
        ("balie.1", None, False),
        ("balie.3", 1, True),
    ]


def test_deadline_rule_redirects_once_and_the_story_goes_on() -> None:
    engine = Engine(load("lus"))
    state = engine.start().state
    for _ in range(3):
        state = engine.choose(state, "balie.1").state
    assert state.values["wait_days"] == 12
    step = engine.choose(state, "balie.3")  # "give up" would end at 'einde'
    assert NodeEntered("deadline", by_deadline=True) in step.events
    assert step.state.node == "deadline"
    assert engine.advance(step.state).state.node == "einde"


def test_meters_are_clamped_and_set_effects_apply() -> None:
    engine = Engine(load("lus"))
    state = engine.choose(engine.start().state, "balie.2").state  # safety "=5"
    assert state.values["safety"] == 5
    for _ in range(2):
        state = engine.choose(state, "balie.1").state  # +20 each, max 60
    assert state.values["safety"] == 45
    assert state.values["geduld"] == 0  # -1 per visit, min 0


def test_stuck_node_is_reported_not_crashed() -> None:
    text = MINI_STUCK.encode()
    result = load_bytes(text, "stuck.yaml")
    assert result.ok
    engine = Engine(result.scenario)  # type: ignore[arg-type]
    state = engine.start().state
    assert engine.is_stuck(state)
    with pytest.raises(EngineError, match="node 'a' has no available choice"):
        engine.choose(state, 1)


MINI_STUCK = """
format: 1
id: stuck
title: Stuck
client: c
deadline_days: 5
start: a
flags: [f]
characters: {c: {name: C, role: client}}
nodes:
  a:
    text: A
    speaker: c
    choices:
      - {text: go, if: f, goto: b}
  b: {text: B, ending: {title: B, outcome: good}}
"""


def test_start_anywhere_with_chosen_values() -> None:
    engine = Engine(load("voorbeeld"))
    state = engine.start("Robin", at="teamleider", overrides={"steun": 1, "besproken": True}).state
    assert state.node == "teamleider" and state.values["steun"] == 1
    assert [o.available for o in engine.options(state)] == [True, True, True]
    with pytest.raises(EngineError, match="no meter or flag 'bogus'"):
        engine.start(overrides={"bogus": 1})
    with pytest.raises(EngineError, match="is a flag"):
        engine.start(overrides={"besproken": 3})
    with pytest.raises(EngineError, match="no node 'nowhere'"):
        engine.start(at="nowhere")


# -- undo, saves ------------------------------------------------------------------


def test_undo_returns_exactly_to_the_choice_point() -> None:
    engine = Engine(load("voorbeeld"))
    first = engine.start("Robin").state
    at_choice = engine.advance(first).state
    after = engine.choose(at_choice, "luisteren").state
    back = engine.undo(after)
    assert back is not None and back.state == at_choice
    assert engine.undo(at_choice) is None


def test_session_undo_emits_undone() -> None:
    heard: list[object] = []
    session = Session.begin(load("voorbeeld"), "Robin")
    session.advance()
    session.choose("luisteren")
    session.subscribe(heard.append)
    assert session.undo()
    assert heard == [Undone("luisteren", "intake_vraag")]
    assert not session.undo()


def test_state_round_trips_through_json() -> None:
    engine = Engine(load("voorbeeld"))
    state = engine.advance(engine.start("Zoë").state).state
    state = engine.choose(state, "luisteren").state
    again = SessionState.from_json(state.to_json())
    assert again == state
    assert engine.choose(again, 2).state == engine.choose(state, 2).state


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "not valid JSON"),
        ("[]", "not a JSON object"),
        ('{"format": 99}', "format 99"),
        (
            '{"format": 1, "scenario": 3, "origin": {"node": "a", "overrides": {}}}',
            "'scenario' is not text",
        ),
        ("[" * 100_000, "not valid JSON"),
    ],
)
def test_corrupt_saves_give_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(StateError, match=message):
        SessionState.from_json(text)


def test_a_save_that_no_longer_fits_its_scenario_is_refused() -> None:
    engine = Engine(load("voorbeeld"))
    data = engine.start("Robin").state.to_dict()
    data["node"] = "gone"
    with pytest.raises(EngineError, match="no longer exists"):
        check_state(engine, SessionState.from_dict(data))
    data = engine.start("Robin").state.to_dict()
    data["values"]["safety"] = 1000
    with pytest.raises(EngineError, match="outside its bounds"):
        check_state(engine, SessionState.from_dict(data))
    with pytest.raises(EngineError, match="for scenario 'voorbeeld'"):
        check_state(Engine(load("mini")), engine.start().state)


# -- the machine and the fast path agree --------------------------------------------


@pytest.mark.parametrize(
    "path", shipped() + sorted(Path("tests/plans").glob("*.yaml")), ids=lambda p: p.stem
)
def test_transitions_machine_and_fast_table_agree(path: Path) -> None:
    result = load_file(path)
    assert result.ok
    machine, fast = Engine(result.scenario), Engine(result.scenario, use_machine=False)  # type: ignore[arg-type]
    rng = random.Random(7)
    for _ in range(30):
        a, b = machine.start().state, fast.start().state
        for _ in range(300):
            assert a == b
            if machine.ending(a) is not None or machine.is_stuck(a):
                break
            if machine.can_advance(a):
                a, b = machine.advance(a).state, fast.advance(b).state
            else:
                pick = rng.randrange(len(machine.available(a))) + 1
                a, b = machine.choose(a, pick).state, fast.choose(b, pick).state


# -- score ------------------------------------------------------------------------


WEIGHTED_FORMAT_1 = """
format: 1
id: weighted
title: Weighted
client: c
deadline_days: 30
scoring: {weights: {client: 2, safety: 1}}
start: here
characters: {c: {name: C, role: client}}
nodes:
  here: {text: "Here.", ending: {title: End, outcome: bad}}
"""


def test_score_formula_with_weights_and_rounding() -> None:
    result = load_bytes(WEIGHTED_FORMAT_1.encode(), "weighted.yaml")
    scenario = result.scenario  # format 1: deadline 30, weights client 2, safety 1
    assert scenario is not None
    engine = Engine(scenario)
    state = engine.start().state
    cases = [(0, 50, 100, 50, 83), (15, 25, 50, 25, 42), (45, 0, 0, 0, 0), (1, 100, 97, 100, 98)]
    for wait, safety, client, safe, total in cases:
        values = dict(state.values, wait_days=wait, safety=safety)
        score = engine.score(SessionState(state.scenario, state.node, values, state.visits))
        assert (score.client_score, score.safety_score, score.score) == (client, safe, total)


def test_score_formula_of_format_1_1_counts_outcome_level_and_aftermath() -> None:
    """voorbeeld is format 1.1: outcome + level + 40 x the weighted mean, after the aftermath."""
    scenario = load("voorbeeld")  # deadline 30, weights client 2, safety 1
    engine = Engine(scenario)
    state = engine.start().state
    cases = [
        # node, wait, safety -> outcome, level, meter points, score
        ("beleid", 6, 30, 40, 12, 25, 77),  # client 80, mean r((160 + 30) / 3) = 63
        ("doorverwezen", 20, 35, 0, 0, 14, 14),  # client 33, mean r(101 / 3) = 34
        ("intake", 0, 50, 0, 0, 33, 33),  # before an ending: only the meters count
    ]
    for node, wait, safety, outcome, level, meters, total in cases:
        values = dict(state.values, wait_days=wait, safety=safety)
        score = engine.score(SessionState(state.scenario, node, values, state.visits))
        parts = (score.outcome_points, score.breakthrough_points, score.meter_points, score.score)
        assert parts == (outcome, level, meters, total), node
        assert score.model == "1.1" and score.top == 100


def test_a_bad_ending_costs_safety_afterwards_as_its_last_effect() -> None:
    scenario = load("voorbeeld")
    ending = scenario.nodes["doorverwezen"].ending
    assert ending is not None and ending.aftermath == -10  # written in the file
    assert scenario.nodes["te_laat"].ending.aftermath == -25  # the default for a bad ending
    session = Session.begin(scenario, "Robin")
    heard: list[object] = []
    session.subscribe(heard.append)
    for choice in ("luisteren", "accepteren", "hardheid"):  # 20 days: referred on
        while session.can_advance:
            session.advance()
        session.choose(choice)
    while not session.over:
        session.advance()
    after = [e for e in heard if isinstance(e, MeterChanged) and e.aftermath]
    assert [(e.name, int(e.old) - int(e.new)) for e in after] == [("safety", 10)]
    assert session.state.node == "doorverwezen"


ROUTINE_CHAIN = """
format: 1
id: chain
title: Chain
client: c
deadline_days: 50
start: said
characters: {c: {name: C, role: client}, j: {name: J, role: colleague}}
nodes:
  said: {text: "No.", speaker: j, routine: rules, discuss: "Which rule?", next: ask}
  ask:
    text: "What now?"
    speaker: c
    choices:
      - {text: a, goto: plain}
      - {text: b, goto: plain}
  plain:
    text: "Next step."
    choices:
      - {text: c, goto: end}
      - {text: d, goto: end}
  end: {text: End, ending: {title: E, outcome: good}}
"""


def test_a_choice_answers_the_routine_spoken_since_the_previous_choice_only() -> None:
    result = load_bytes(ROUTINE_CHAIN.encode(), "chain.yaml")
    assert result.ok, [d.format() for d in result.diagnostics]
    session = Session.begin(result.scenario)  # type: ignore[arg-type]
    session.advance()
    first = [e for e in session.choose(1) if isinstance(e, ChoiceTaken)]
    second = [e for e in session.choose(1) if isinstance(e, ChoiceTaken)]
    assert (first[0].routine, first[0].routine_node) == ("rules", "said")
    assert (second[0].routine, second[0].routine_node) == (None, None)
