"""Route cards: which choices lead to which routines, derived from the case itself.

For every moment where someone uses a defensive routine, a trainer wants to
know three things before a workshop: the choices that lead straight into
it, a shortest way there from the start (to demonstrate it, or to steer the
room), and how easy it is to miss. The first comes from the graph, the
second from a breadth-first search over the case's real states (so every
condition on the way holds), the third from seeded random playthroughs.
The same scenario always gives the same cards.
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass, field

from game.analysis.learning import routine_moments
from game.engine.fast import CHOICES, ENDING, CompactEngine, Key
from game.engine.model import Scenario

PLAYTHROUGHS = 400
SEED = 7
MAX_STATES = 300_000  # the search stops here; cards found so far are kept
MAX_STEPS = 400


@dataclass
class RoutineStop:
    moment: str  # the node with the choices that answer the routine
    node: str  # where the routine is spoken (the moment itself, or a line before it)
    routine: str
    speaker: str | None
    leads_in: list[str] = field(default_factory=list)  # choice ids that go straight there
    path: list[str] | None = None  # a shortest way from the start (choice ids); None: not found
    met: int = 0  # random playthroughs that met it, of ``playthroughs``


@dataclass
class Routes:
    scenario: Scenario
    stops: list[RoutineStop]
    endings: dict[str, list[str]]  # ending node -> a shortest way there (choice ids)
    playthroughs: int = PLAYTHROUGHS
    decisions: list[int] = field(default_factory=list)  # per finished random playthrough

    def share(self, stop: RoutineStop) -> int:
        """Percent of the random playthroughs that met the routine."""
        return round(100 * stop.met / self.playthroughs) if self.playthroughs else 0


def routes(scenario: Scenario, playthroughs: int = PLAYTHROUGHS, seed: int = SEED) -> Routes:
    moments = routine_moments(scenario)
    stops = [
        RoutineStop(
            moment,
            node,
            scenario.nodes[node].routine or "",
            scenario.nodes[node].speaker,
            _leading_in(scenario, moment),
        )
        for moment, node in moments.items()
    ]
    engine = CompactEngine(scenario)
    found = _shortest(engine, set(moments))
    for stop in stops:
        stop.path = found.get(stop.moment)
    endings = {n: p for n, p in found.items() if scenario.nodes[n].ending is not None}
    out = Routes(scenario, stops, endings, playthroughs)
    _sample(engine, moments, out, random.Random(seed))
    order = {node_id: i for i, node_id in enumerate(scenario.nodes)}
    out.stops.sort(key=lambda s: (len(s.path) if s.path is not None else 10_000, order[s.moment]))
    return out


def _leading_in(scenario: Scenario, moment: str) -> list[str]:
    """Choices whose way goes to ``moment`` along `next` only (the scene before it)."""
    before: set[str] = {moment}
    grew = True
    while grew:
        grew = False
        for node in scenario.nodes.values():
            if node.id not in before and any(b.goto in before for b in node.next or ()):
                before.add(node.id)
                grew = True
    return [
        choice.id
        for node in scenario.nodes.values()
        for choice in node.choices or ()
        if choice.goto in before and node.id != moment
    ]


def _shortest(engine: CompactEngine, targets: set[str]) -> dict[str, list[str]]:
    """A fewest-choices way to each target moment and to each ending, by breadth-first search."""
    wanted = set(targets) | {n for n, node in engine.scenario.nodes.items() if node.ending}
    start = engine.begin()
    parent: dict[Key, tuple[Key | None, int]] = {start: (None, -1)}
    queue = deque([start])
    found: dict[str, list[str]] = {}
    while queue and len(found) < len(wanted) and len(parent) < MAX_STATES:
        key = queue.popleft()
        node = engine.node_id(key)
        if node in wanted and node not in found:
            found[node] = _path(engine, parent, key)
        if engine.kinds[key[0]] != CHOICES:
            continue
        base = engine.choice_base[key[0]]
        for position in engine.available(key):
            nxt = engine.step(key, position)
            if nxt not in parent:
                parent[nxt] = (key, base + position)
                queue.append(nxt)
    return found


def _path(engine: CompactEngine, parent: dict[Key, tuple[Key | None, int]], key: Key) -> list[str]:
    path: list[str] = []
    at: Key | None = key
    while at is not None:
        before, number = parent[at]
        if number >= 0:
            path.append(engine.choice_ids[number])
        at = before
    return path[::-1]


def _sample(
    engine: CompactEngine, moments: dict[str, str], out: Routes, rng: random.Random
) -> None:
    by_moment = {stop.moment: stop for stop in out.stops}
    for _ in range(out.playthroughs):
        key = engine.begin()
        met: set[str] = set()
        for decisions in range(MAX_STEPS):
            kind = engine.kinds[key[0]]
            if kind == ENDING:
                out.decisions.append(decisions)
                break
            if kind != CHOICES:
                break
            node = engine.node_id(key)
            if node in moments:
                met.add(node)
            options = engine.available(key)
            if not options:
                break
            key = engine.step(key, rng.choice(options))
        for node in met:
            by_moment[node].met += 1
