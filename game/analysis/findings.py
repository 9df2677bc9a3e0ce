"""From the explored state graph to what an author needs to know.

Definitions (docs/analyze.md explains them for authors):

- A *stuck* state is at a node with choices where none is available.
- A *dead cycle* is a set of states that lead to one another and from which
  no ending can be reached; a loop of ``next`` nodes that never offers a
  choice is one too.
- Choice A is *dominated* by choice B at a node when, in every reachable
  state at that node where both are available, even A's best case is no
  better than B's worst case on both meters and worse on at least one:
  ``min wait_days after A >= max wait_days after B`` and
  ``max safety after A <= min safety after B``, not both equal.
- A node is a *false dilemma* when, in every reachable state at it with at
  least two available choices, every available choice leads to one and the
  same ending (and nothing else): the choice there changes only the way, not
  where the story ends.
"""

from __future__ import annotations

from collections.abc import Iterable

from game.analysis.explore import StateGraph
from game.analysis.propagate import BIG, NO_ENDING, Summary
from game.analysis.result import (
    ChoiceResult,
    DeadCycle,
    Dominated,
    EndingResult,
    FalseDilemma,
    Place,
    Range,
    Stuck,
)
from game.engine.fast import CHOICES, ENDING, MAX_CHAIN, NEXT, CompactEngine, Key
from game.engine.model import Scenario


class EndingTally:
    """Min-max of the final meters per ending, over the ending states it is given."""

    def __init__(self, engine: CompactEngine) -> None:
        self.engine = engine
        scenario = engine.scenario
        self.results = {
            node.id: EndingResult(node.id, node.line, node.ending.outcome, node.ending.breakthrough)
            for node in scenario.nodes.values()
            if node.ending is not None
        }

    def add(self, key: Key) -> None:
        engine = self.engine
        result = self.results[engine.node_id(key)]
        result.states += 1
        result.wait_days = _widen(result.wait_days, int(key[engine.wait_slot]))
        result.safety = _widen(result.safety, int(key[engine.safety_slot]))
        result.score = _widen(result.score, engine.score(key))


def _widen(r: Range | None, value: int) -> Range:
    if r is None:
        return (value, value)
    return (min(r[0], value), max(r[1], value))


def _join(r: Range | None, lo: int, hi: int) -> Range:
    if r is None:
        return (lo, hi)
    return (min(r[0], lo), max(r[1], hi))


def ending_results(graph: StateGraph) -> EndingTally:
    tally = EndingTally(graph.engine)
    kinds = graph.engine.kinds
    for key in graph.keys:
        if kinds[key[0]] == ENDING:
            tally.add(key)
    return tally


def coverage(
    scenario: Scenario, reached: bytearray, offered: bytearray, engine: CompactEngine
) -> tuple[list[Place], list[Place], list[Place]]:
    """Unreachable nodes, choices on them, and choices never available where they are."""
    unreachable: list[Place] = []
    on_unreachable: list[Place] = []
    never: list[Place] = []
    for n, node in enumerate(scenario.nodes.values()):
        if not reached[n]:
            unreachable.append(Place(node.id, node.line))
        for position, choice in enumerate(node.choices or ()):
            if not reached[n]:
                on_unreachable.append(Place(choice.id, choice.line, node.id))
            elif not offered[engine.choice_base[n] + position]:
                never.append(Place(choice.id, choice.line, node.id))
    return unreachable, on_unreachable, never


def stuck_states(graph: StateGraph) -> list[Stuck]:
    """One entry per node, with the first state found (a shortest path) as the example."""
    engine = graph.engine
    kinds, offsets = engine.kinds, graph.offsets
    by_node: dict[int, Stuck] = {}
    for v in range(graph.expanded):
        key = graph.keys[v]
        if kinds[key[0]] != CHOICES or offsets[v] != offsets[v + 1]:
            continue
        found = by_node.get(key[0])
        if found is None:
            by_node[key[0]] = stuck_entry(engine, key, graph.path_to(v))
        else:
            found.states += 1
    return [by_node[n] for n in sorted(by_node)]


def stuck_entry(engine: CompactEngine, key: Key, path: list[str]) -> Stuck:
    node = engine.scenario.nodes[engine.node_id(key)]
    return Stuck(node.id, node.line, engine.values(key), path)


def dead_cycles(graph: StateGraph, summary: Summary) -> list[DeadCycle]:
    """Cycles without a way to an ending, one entry per set of nodes."""
    engine = graph.engine
    found: dict[tuple[int, ...], DeadCycle] = {}
    cycles = [(min(members), len(members), members) for members in summary.dead_cycles]
    loops = [(v, 1, [v]) for v in range(graph.expanded) if engine.kinds[graph.keys[v][0]] == NEXT]
    for first, size, members in sorted(cycles + loops):
        without_choice = engine.kinds[graph.keys[first][0]] == NEXT
        if without_choice:
            nodes = chain_nodes(engine, graph.keys[first])
        else:
            nodes = sorted({graph.keys[v][0] for v in members})
        entry = found.get(tuple(nodes))
        if entry is not None:
            entry.states += size
            continue
        line = engine.scenario.nodes[engine.node_ids[nodes[0]]].line
        names = [engine.node_ids[n] for n in nodes]
        found[tuple(nodes)] = DeadCycle(names, line, graph.path_to(first), size, without_choice)
    return sorted(found.values(), key=lambda c: (c.line, c.nodes))


def chain_nodes(engine: CompactEngine, key: Key) -> list[int]:
    """The nodes a `next` loop goes round (walked again: such loops are rare)."""
    nodes: set[int] = set()
    seen: set[Key] = set()
    while key not in seen and len(seen) < MAX_CHAIN and engine.kinds[key[0]] == NEXT:
        seen.add(key)
        nodes.add(key[0])
        key = engine.advance(key)
    return sorted(nodes)


def choice_results(graph: StateGraph, summary: Summary) -> list[ChoiceResult]:
    engine = graph.engine
    results = _empty_choices(engine)
    component, via, succ = summary.component, graph.via, graph.succ
    seen_bits = [0] * len(results)
    for e in range(len(succ)):
        g = via[e]
        c = component[succ[e]]
        result = results[g]
        result.taken = True
        seen_bits[g] |= summary.endings[c]
        if summary.score_min[c] == BIG:
            continue  # no ending from here: no range to add
        result.score = _join(result.score, summary.score_min[c], summary.score_max[c])
        result.wait_days = _join(result.wait_days, summary.wait_min[c], summary.wait_max[c])
        result.safety = _join(result.safety, summary.safety_min[c], summary.safety_max[c])
    names = _ending_names(engine, summary)
    for result, bits in zip(results, seen_bits, strict=True):
        result.endings = [name for bit, name in names if bits & bit]
        result.can_get_stuck = bool(bits & NO_ENDING)
    return results


def _empty_choices(engine: CompactEngine) -> list[ChoiceResult]:
    scenario = engine.scenario
    return [
        ChoiceResult(choice.id, node.id, choice.line)
        for node in scenario.nodes.values()
        for choice in node.choices or ()
    ]


def _ending_names(engine: CompactEngine, summary: Summary) -> list[tuple[int, str]]:
    return [(bit, engine.node_ids[node]) for node, bit in summary.ending_bits.items()]


def dilemmas(graph: StateGraph, summary: Summary) -> tuple[list[Dominated], list[FalseDilemma]]:
    """Dominated choices and false dilemmas, checked state by state (see module docstring)."""
    engine = graph.engine
    dominance = _DominanceCheck(engine)
    falsity = _FalseDilemmaCheck(engine)
    for v in range(graph.expanded):
        start, end = graph.offsets[v], graph.offsets[v + 1]
        if end - start < 2:
            continue  # one choice or none: not a dilemma
        node = graph.keys[v][0]
        outcomes = [(graph.via[e], summary.component[graph.succ[e]]) for e in range(start, end)]
        dominance.state(node, outcomes, summary)
        falsity.state(node, outcomes, summary)
    return dominance.results(), falsity.results(_ending_names(engine, summary))


class _DominanceCheck:
    def __init__(self, engine: CompactEngine) -> None:
        self.engine = engine
        # (a, b) -> still holds in every state seen; pairs that failed once are dropped
        self.pairs: dict[tuple[int, int], bool] = {}
        self.settled: dict[int, bool] = {}  # node -> every pair there has failed

    def state(self, node: int, outcomes: list[tuple[int, int]], s: Summary) -> None:
        if self.settled.get(node):
            return
        alive = False
        for a, ca in outcomes:
            for b, cb in outcomes:
                if a == b:
                    continue
                holds = self.pairs.get((a, b), True) and _dominates(s, cb, ca)
                self.pairs[(a, b)] = holds
                alive = alive or holds
        self.settled[node] = not alive

    def results(self) -> list[Dominated]:
        engine = self.engine
        out: list[Dominated] = []
        for (a, b), holds in sorted(self.pairs.items()):
            if holds:
                node = engine.node_ids[engine.choice_node[a]]
                choice = engine.scenario.choice(engine.choice_ids[a])
                line = choice.line if choice is not None else 0
                out.append(Dominated(node, engine.choice_ids[a], engine.choice_ids[b], line))
        return out


def _dominates(s: Summary, better: int, worse: int) -> bool:
    """Is the worst case after ``better`` at least the best case after ``worse``, on both meters?"""
    if s.score_min[better] == BIG or s.score_min[worse] == BIG:
        return False  # an outcome without an ending: not a question of meters
    wait_ok = s.wait_max[better] <= s.wait_min[worse]
    safety_ok = s.safety_min[better] >= s.safety_max[worse]
    strict = s.wait_max[better] < s.wait_min[worse] or s.safety_min[better] > s.safety_max[worse]
    return wait_ok and safety_ok and strict


class _FalseDilemmaCheck:
    def __init__(self, engine: CompactEngine) -> None:
        self.engine = engine
        self.endings: dict[int, int] = {}  # node -> union of the single endings seen
        self.failed: set[int] = set()

    def state(self, node: int, outcomes: list[tuple[int, int]], s: Summary) -> None:
        if node in self.failed:
            return
        first = s.endings[outcomes[0][1]]
        single = first != NO_ENDING and first & (first - 1) == 0 and not first & NO_ENDING
        if single and all(s.endings[c] == first for _, c in outcomes):
            self.endings[node] = self.endings.get(node, 0) | first
        else:
            self.failed.add(node)

    def results(self, names: Iterable[tuple[int, str]]) -> list[FalseDilemma]:
        names = list(names)
        out: list[FalseDilemma] = []
        for node, bits in sorted(self.endings.items()):
            if node in self.failed:
                continue
            node_id = self.engine.node_ids[node]
            line = self.engine.scenario.nodes[node_id].line
            out.append(FalseDilemma(node_id, line, [name for bit, name in names if bits & bit]))
        return out
