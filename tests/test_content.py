"""The shipped cases meet the content rules of issue 3, checked mechanically.

What a machine cannot judge (B1 Dutch, a story that reads like a real case)
is the authors' and reviewers' job; everything countable is checked here,
so a later edit cannot quietly break a rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.analysis import analyse, to_json
from game.engine import builtins
from game.engine.model import Scenario
from game.paths import SCENARIOS_DIR
from game.scenario.loader import load_file, scenario_files

# scenario id -> (min nodes, min characters besides the client, min endings)
CASES = {"sanne": (45, 6, 6), "intervisie": (25, 3, 3)}
FAMILY = sorted(p.stem for p in SCENARIOS_DIR.glob("familie_*.yaml"))
CASES |= {name: (30, 4, 3) for name in FAMILY}
SHIPPED = sorted(p.stem for p in SCENARIOS_DIR.glob("*.yaml"))


def load(name: str) -> Scenario:
    result = load_file(SCENARIOS_DIR / f"{name}.yaml")
    assert result.diagnostics == [], "\n".join(d.format() for d in result.diagnostics)
    assert result.scenario is not None
    return result.scenario


def test_the_three_cases_exist() -> None:
    assert {"sanne", "intervisie"} <= set(SHIPPED)
    assert len(FAMILY) == 1


@pytest.mark.parametrize("name", SHIPPED)
def test_validates_with_nothing_to_report_and_languages_complete(name: str) -> None:
    scenario = load(name)
    assert scenario.languages == ("nl", "en")
    first_line = (SCENARIOS_DIR / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=scenario.schema.json"


@pytest.mark.parametrize("name", sorted(CASES))
def test_size_cast_and_endings(name: str) -> None:
    scenario = load(name)
    nodes, cast, endings = CASES[name]
    assert len(scenario.nodes) >= nodes
    assert len(set(scenario.characters) - {scenario.client}) >= cast
    assert len([n for n in scenario.nodes.values() if n.ending]) >= endings
    assert scenario.deadline_node is not None


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_routine_is_discussed_and_every_choice_has_feedback(name: str) -> None:
    scenario = load(name)
    for node in scenario.nodes.values():
        if node.routine:
            assert node.discuss is not None, f"node {node.id} has a routine but no discuss"
        if node.choices is not None:
            assert len(node.choices) >= 2, f"node {node.id} offers no real choice"
        for choice in node.choices or ():
            assert choice.feedback is not None, f"choice {choice.id} has no feedback"
            assert choice.response is not None, f"choice {choice.id} has no response type"


def test_sanne_meets_every_routine_and_offers_every_response() -> None:
    scenario = load("sanne")
    routines = {n.routine for n in scenario.nodes.values() if n.routine}
    responses = {c.response for n in scenario.nodes.values() for c in n.choices or ()}
    assert set(builtins.BUILTIN_ROUTINES) <= routines
    assert set(builtins.BUILTIN_RESPONSES) <= responses


def test_sanne_endings_cover_every_outcome_and_level() -> None:
    endings = [n.ending for n in load("sanne").nodes.values() if n.ending]
    assert {e.outcome for e in endings} == {"good", "mixed", "bad"}
    assert {"incident", "policy", "system"} <= {e.breakthrough for e in endings}


@pytest.mark.parametrize("name", sorted(CASES))
def test_analysis_finds_every_ending_reachable_and_no_problems(name: str) -> None:
    scenario = load(name)
    report = to_json(analyse(scenario, file=str(Path(scenario.source or ""))))
    assert report["complete"]
    unreachable = [e for e, r in report["endings"].items() if not r["reachable"]]
    assert unreachable == []
    assert report["unreachable_nodes"] == []
    assert report["stuck"] == []
    assert report["dominated"] == []


def test_sanne_regular_route_cannot_make_the_deadline_and_safety_can_collapse() -> None:
    scenario = load("sanne")
    report = to_json(analyse(scenario))
    safety_floor = scenario.meters["safety"].min
    lowest = min(r["safety"][0] for r in report["endings"].values() if r["reachable"])
    assert lowest == safety_floor
    late = [e for e, r in report["endings"].items() if r["wait_days"][1] >= scenario.deadline_days]
    assert late, "no ending where the wait reaches the deadline"


@pytest.mark.parametrize("path", scenario_files(SCENARIOS_DIR), ids=lambda p: p.stem)
def test_the_score_teaches_the_lesson_of_every_shipped_case(path: Path) -> None:
    """Issue 12: analyze reports no learning-check finding (DB801-DB804) on any shipped case."""
    scenario = load_file(path).scenario
    assert scenario is not None and scenario.format == "1.1"
    analysis = analyse(scenario, file=str(path))
    assert analysis.complete
    assert [d.format() for d in analysis.learning] == []
    # and giving in to a routine costs something somewhere, in every case
    assert analysis.giving_in and all(g.ever_costs for g in analysis.giving_in if g.states)
