"""What a room of playthroughs adds up to, per scenario: counts only, no presentation.

"Gave in" is defined in ``logformat.GAVE_IN`` (docs/trainers.md explains it
for trainers): a choice that answers a defensive routine with ``comply``
(accepting the "no") or ``defer`` (postponing). What giving in cost is
counted at the end, not at the step: the days the client had waited when
the game ended, for the players who gave in to the routine against those
who answered it with a counter-move. Accepting the wrong desk costs no day
at that moment; the ways on after it end later (issue 12, the deferred
cost). The change over the step itself is kept too.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from game.engine.model import WAIT, Scenario
from game.log.logformat import GAVE_IN
from game.log.reader import PlayLog, Step
from game.trainer.catalog import same_version


@dataclass
class ChoiceCount:
    taken: int = 0
    votes: int = 0  # hands raised for it in facilitator mode, over all votes


@dataclass
class NodeSummary:
    node: str
    decisions: int = 0  # how often a player decided here
    votes: int = 0  # how many facilitator votes were held here
    choices: dict[str, ChoiceCount] = field(default_factory=dict)


@dataclass
class RoutineSummary:
    routine: str
    met: int = 0
    comply: int = 0
    defer: int = 0
    days_gave_in: list[int] = field(default_factory=list)  # over the step
    days_other: list[int] = field(default_factory=list)
    # Days waited at the end of each finished game that met the routine: games that
    # gave in to it (at least once), and games that answered it only otherwise.
    end_gave_in: list[int] = field(default_factory=list)
    end_other: list[int] = field(default_factory=list)
    nodes: Counter[str] = field(default_factory=Counter)  # where it was spoken

    @property
    def gave_in(self) -> int:
        return self.comply + self.defer


@dataclass
class ScenarioSummary:
    scenario: Scenario
    logs: list[PlayLog]
    other_version: int = 0
    endings: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    levels: Counter[str] = field(default_factory=Counter)
    wait_days: list[int] = field(default_factory=list)
    safety: list[int] = field(default_factory=list)
    scores: list[int] = field(default_factory=list)
    nodes: dict[str, NodeSummary] = field(default_factory=dict)
    routines: dict[str, RoutineSummary] = field(default_factory=dict)
    undos: int = 0

    @property
    def plays(self) -> int:
        return len(self.logs)

    @property
    def finished(self) -> int:
        return len(self.scores)


def summarise(scenario: Scenario, logs: list[PlayLog]) -> ScenarioSummary:
    summary = ScenarioSummary(scenario, logs)
    _prepare_nodes(summary)
    for log in logs:
        _add_log(summary, log)
    return summary


def _prepare_nodes(summary: ScenarioSummary) -> None:
    """Every node with choices, in the written order, so unplayed ones show as zero."""
    for node in summary.scenario.nodes.values():
        if node.choices:
            counts = {choice.id: ChoiceCount() for choice in node.choices}
            summary.nodes[node.id] = NodeSummary(node.id, choices=counts)


def _add_log(summary: ScenarioSummary, log: PlayLog) -> None:
    if not same_version(log, summary.scenario):
        summary.other_version += 1
    summary.undos += len(log.undone)
    met: dict[str, bool] = {}  # routine -> gave in to it in this game
    for step in log.steps:
        _add_step(summary, step)
        if step.routine:
            met[step.routine] = met.get(step.routine, False) or step.response in GAVE_IN
    if log.end is not None:
        for routine, gave in met.items():
            totals = summary.routines[routine]
            (totals.end_gave_in if gave else totals.end_other).append(log.end.wait_days)
        end = log.end
        summary.endings[end.ending] += 1
        summary.outcomes[end.outcome] += 1
        summary.levels[end.breakthrough] += 1
        summary.wait_days.append(end.wait_days)
        summary.safety.append(end.safety)
        summary.scores.append(end.score)


def _add_step(summary: ScenarioSummary, step: Step) -> None:
    node = summary.nodes.get(step.node)
    if node is None:  # a node of another version of the scenario
        node = summary.nodes[step.node] = NodeSummary(step.node)
    node.decisions += 1
    node.choices.setdefault(step.choice, ChoiceCount()).taken += 1
    if step.votes:
        node.votes += 1
        for choice, hands in step.votes.items():
            node.choices.setdefault(choice, ChoiceCount()).votes += hands
    if step.routine:
        _add_routine(summary, step)


def _add_routine(summary: ScenarioSummary, step: Step) -> None:
    assert step.routine is not None
    routine = summary.routines.setdefault(step.routine, RoutineSummary(step.routine))
    routine.met += 1
    routine.nodes[step.routine_node or step.node] += 1
    days = step.delta.get(WAIT, 0)
    if step.response in GAVE_IN:
        routine.comply += step.response == "comply"
        routine.defer += step.response == "defer"
        routine.days_gave_in.append(days)
    else:
        routine.days_other.append(days)


def gave_in(step: Step) -> bool:
    return step.routine is not None and step.response in GAVE_IN


def mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def median(values: list[int]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2
