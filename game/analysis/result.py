"""What the analyser found, as plain values; ``to_json`` gives the stable JSON form.

Lists are in the scenario's written order (node order, then choice order),
so a report reads like the file and two runs give identical output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from game.analysis.learning import GivingIn
    from game.scenario.diagnostics import Diagnostic

Range = tuple[int, int]


@dataclass
class EndingResult:
    node: str
    line: int
    outcome: str
    breakthrough: str
    states: int = 0  # distinct states in which the ending is reached
    wait_days: Range | None = None
    safety: Range | None = None
    score: Range | None = None

    @property
    def reachable(self) -> bool:
        return self.states > 0


@dataclass
class ChoiceResult:
    id: str
    node: str
    line: int
    taken: bool = False
    score: Range | None = None  # final scores reachable after taking it
    wait_days: Range | None = None
    safety: Range | None = None
    endings: list[str] = field(default_factory=list)
    can_get_stuck: bool = False  # some way on after it reaches no ending


@dataclass
class Place:
    """A node or choice named in a problem, with its source line."""

    id: str
    line: int
    node: str | None = None  # for a choice: its node


@dataclass
class Stuck:
    node: str
    line: int
    values: dict[str, int | bool]
    path: list[str]  # choice ids from the start: a shortest way to get here
    states: int = 1


@dataclass
class DeadCycle:
    nodes: list[str]
    line: int  # of the first node in written order
    path: list[str]
    states: int
    without_choice: bool = False  # `next` nodes only: the story loops by itself


@dataclass
class Dominated:
    node: str
    choice: str
    by: str
    line: int


@dataclass
class FalseDilemma:
    node: str
    line: int
    endings: list[str]


@dataclass
class SampleInfo:
    playthroughs: int
    seed: int
    too_long: int  # playthroughs stopped at the step limit


@dataclass
class Analysis:
    scenario: str
    file: str
    complete: bool
    states: int
    max_states: int
    endings: list[EndingResult] = field(default_factory=list)
    unreachable_nodes: list[Place] = field(default_factory=list)
    unreachable_choices: list[Place] = field(default_factory=list)
    unavailable_choices: list[Place] = field(default_factory=list)
    stuck: list[Stuck] = field(default_factory=list)
    dead_cycles: list[DeadCycle] = field(default_factory=list)
    choices: list[ChoiceResult] = field(default_factory=list)
    dominated: list[Dominated] = field(default_factory=list)
    false_dilemmas: list[FalseDilemma] = field(default_factory=list)
    sample: SampleInfo | None = None
    giving_in: list[GivingIn] = field(default_factory=list)  # the cost of each, state by state
    learning: list[Diagnostic] = field(default_factory=list)  # the learning checks (DB8xx)
    seconds: float = 0.0  # not in the JSON: it would make the output differ per run

    def problem_count(self) -> int:
        return (
            len(self.unreachable_nodes)
            + len(self.unavailable_choices)
            + len(self.stuck)
            + len(self.dead_cycles)
            + len(self.dominated)
            + len(self.false_dilemmas)
        )


def _range(r: Range | None) -> list[int] | None:
    return None if r is None else [r[0], r[1]]


def to_json(a: Analysis) -> dict[str, Any]:
    """The JSON object of the ``--json`` output (keys are sorted when printed)."""
    return {
        "scenario": a.scenario,
        "complete": a.complete,
        "states": a.states,
        "max_states": a.max_states,
        "endings": {e.node: _ending(e) for e in a.endings},
        "unreachable_nodes": [p.id for p in a.unreachable_nodes],
        "unreachable_choices": [p.id for p in a.unreachable_choices],
        "unavailable_choices": [p.id for p in a.unavailable_choices],
        "stuck": [_stuck(s) for s in a.stuck],
        "dead_cycles": [_cycle(c) for c in a.dead_cycles],
        "choices": {c.id: _choice(c) for c in a.choices},
        "dominated": [
            {"node": d.node, "choice": d.choice, "by": d.by, "line": d.line} for d in a.dominated
        ],
        "false_dilemmas": [
            {"node": f.node, "line": f.line, "endings": f.endings} for f in a.false_dilemmas
        ],
        "best_score": best_score(a),
        "giving_in": {g.choice: _giving_in(g) for g in a.giving_in},
        "learning": [_learning(d) for d in a.learning],
        "sample": None
        if a.sample is None
        else {
            "playthroughs": a.sample.playthroughs,
            "seed": a.sample.seed,
            "too_long": a.sample.too_long,
        },
    }


def _ending(e: EndingResult) -> dict[str, Any]:
    return {
        "reachable": e.reachable,
        "line": e.line,
        "outcome": e.outcome,
        "breakthrough": e.breakthrough,
        "states": e.states,
        "wait_days": _range(e.wait_days),
        "safety": _range(e.safety),
        "score": _range(e.score),
    }


def _stuck(s: Stuck) -> dict[str, Any]:
    return {"node": s.node, "line": s.line, "values": s.values, "path": s.path, "states": s.states}


def _cycle(c: DeadCycle) -> dict[str, Any]:
    return {
        "nodes": c.nodes,
        "line": c.line,
        "path": c.path,
        "states": c.states,
        "without_choice": c.without_choice,
    }


def _choice(c: ChoiceResult) -> dict[str, Any]:
    return {
        "node": c.node,
        "line": c.line,
        "taken": c.taken,
        "score": _range(c.score),
        "wait_days": _range(c.wait_days),
        "safety": _range(c.safety),
        "endings": c.endings,
        "can_get_stuck": c.can_get_stuck,
    }


def best_score(a: Analysis) -> int | None:
    """The highest final score of any reachable ending (in a sample: the highest seen)."""
    scores = [e.score[1] for e in a.endings if e.score is not None and e.reachable]
    return max(scores) if scores else None


def _giving_in(g: GivingIn) -> dict[str, Any]:
    return {
        "node": g.node,
        "routine": g.routine,
        "routine_node": g.routine_node,
        "counter_moves": g.counters,
        "states": g.states,
        "days_cost": _range(g.days),
        "safety_cost": _range(g.safety),
    }


def _learning(d: Diagnostic) -> dict[str, Any]:
    return {"code": d.code, "line": d.line, "column": d.column, "message": d.message}
