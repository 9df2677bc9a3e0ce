"""From the searched state graph to what an author needs to know.

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

Dominance and false dilemmas are checked during the search, as each
state's component closes (``search.Dilemmas``); here they become reports.
"""

from __future__ import annotations

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
from game.analysis.search import (
    BIG,
    NO_ENDING,
    Dilemmas,
    Search,
    Summaries,
    ending_bits,
    nearest,
)
from game.engine.fast import ENDING, MAX_CHAIN, NEXT, CompactEngine, Key
from game.engine.model import Scenario


class EndingTally:
    """Min-max of the final meters per ending, over the ending states it is given."""

    def __init__(self, engine: CompactEngine) -> None:
        self.engine = engine
        self.results: dict[str, EndingResult] = {}
        for node in engine.scenario.nodes.values():
            if node.ending is not None:
                ending = node.ending
                self.results[node.id] = EndingResult(
                    node.id, node.line, ending.outcome, ending.breakthrough
                )

    def add(self, key: Key) -> None:
        engine = self.engine
        wait, safety = int(key[engine.wait_slot]), int(key[engine.safety_slot])
        self.add_values(engine.node_id(key), wait, safety, engine.score(key))

    def add_values(self, node: str, wait: int, safety: int, score: int, states: int = 1) -> None:
        """Count ``states`` ending states at ``node`` that all have these values."""
        result = self.results[node]
        result.states += states
        result.wait_days = widen(result.wait_days, wait)
        result.safety = widen(result.safety, safety)
        result.score = widen(result.score, score)


def widen(r: Range | None, value: int) -> Range:
    if r is None:
        return (value, value)
    return (min(r[0], value), max(r[1], value))


def ending_results(found: Search) -> EndingTally:
    tally = EndingTally(found.engine)
    kinds = found.engine.kinds
    for key in found.keys:  # every discovered ending state, also past the state limit
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


def stuck_entry(engine: CompactEngine, key: Key, path: list[str]) -> Stuck:
    node = engine.scenario.nodes[engine.node_id(key)]
    return Stuck(node.id, node.line, engine.live_values(key), path)


def stuck_states(found: Search) -> list[Stuck]:
    """One entry per node, with a closest stuck state there as the example."""
    keys = found.keys
    groups: dict[int, int] = {v: int(keys[v][0]) for v in found.stuck}
    counts: dict[int, int] = {}
    for group in groups.values():
        counts[group] = counts.get(group, 0) + 1
    out: list[Stuck] = []
    for group, (v, path) in sorted(nearest(found, groups).items(), key=lambda item: item[0]):
        entry = stuck_entry(found.engine, keys[v], path)
        entry.states = counts[group]
        out.append(entry)
    return out


def dead_cycles(found: Search) -> list[DeadCycle]:
    """Cycles without a way to an ending, one entry per set of nodes."""
    engine = found.engine
    groups: dict[int, tuple[tuple[int, ...], bool]] = {}
    sizes: dict[tuple[tuple[int, ...], bool], int] = {}
    for members in found.dead_cycles:
        nodes = tuple(sorted({found.keys[v][0] for v in members}))
        sizes[(nodes, False)] = sizes.get((nodes, False), 0) + len(members)
        groups.update(dict.fromkeys(members, (nodes, False)))
    for v in found.loops:
        nodes = tuple(chain_nodes(engine, found.keys[v]))
        sizes[(nodes, True)] = sizes.get((nodes, True), 0) + 1
        groups[v] = (nodes, True)
    out: list[DeadCycle] = []
    for group, (_, path) in nearest(found, groups).items():
        nodes, without_choice = group
        line = engine.scenario.nodes[engine.node_ids[nodes[0]]].line
        names = [engine.node_ids[n] for n in nodes]
        out.append(DeadCycle(names, line, path, sizes[group], without_choice))
    return sorted(out, key=lambda c: (c.line, c.nodes))


def chain_nodes(engine: CompactEngine, key: Key) -> list[int]:
    """The nodes a `next` loop goes round (walked again: such loops are rare)."""
    nodes: set[int] = set()
    seen: set[Key] = set()
    while key not in seen and len(seen) < MAX_CHAIN and engine.kinds[key[0]] == NEXT:
        seen.add(key)
        nodes.add(key[0])
        key = engine.advance(key)
    return sorted(nodes)


def choice_results(found: Search) -> list[ChoiceResult]:
    engine = found.engine
    # The summaries each choice leads to, over every edge (a set: many repeat).
    leads: list[set[int]] = [set() for _ in engine.choice_ids]
    adders = [found_set.add for found_set in leads]
    for g, sid in zip(found.via, map(found.summary.__getitem__, found.succ), strict=True):
        adders[g](sid)
    return choice_results_from(engine, leads, found.summaries)


def choice_results_from(
    engine: CompactEngine, leads: list[set[int]], summaries: Summaries
) -> list[ChoiceResult]:
    """Per choice, from the set of summaries of the states it leads to."""
    names = ending_names(engine)
    out: list[ChoiceResult] = []
    for g, choice_id in enumerate(engine.choice_ids):
        node = engine.scenario.nodes[engine.node_ids[engine.choice_node[g]]]
        result = ChoiceResult(choice_id, node.id, _line(engine, choice_id))
        if leads[g]:
            _fill(result, summaries.merge(leads[g]), names)
        out.append(result)
    return out


def _fill(result: ChoiceResult, summary: tuple[int, ...], names: list[tuple[int, str]]) -> None:
    result.taken = True
    wlo, whi, slo, shi, sclo, schi, bits = summary
    if sclo != BIG:  # some ending is reachable after the choice
        result.wait_days, result.safety, result.score = (wlo, whi), (slo, shi), (sclo, schi)
    result.endings = [name for bit, name in names if bits & bit]
    result.can_get_stuck = bool(bits & NO_ENDING)


def _line(engine: CompactEngine, choice_id: str) -> int:
    choice = engine.scenario.choice(choice_id)
    return choice.line if choice is not None else 0


def ending_names(engine: CompactEngine) -> list[tuple[int, str]]:
    return [(bit, engine.node_ids[node]) for node, bit in ending_bits(engine).items()]


def dilemmas(
    engine: CompactEngine, checked: Dilemmas | None
) -> tuple[list[Dominated], list[FalseDilemma]]:
    """The dominated choices and false dilemmas the search found (see ``search.Dilemmas``)."""
    assert checked is not None
    dominated: list[Dominated] = []
    for (a, b), holds in sorted(checked.pairs.items()):
        if holds:
            node = engine.node_ids[engine.choice_node[a]]
            choice_id = engine.choice_ids[a]
            dominated.append(
                Dominated(node, choice_id, engine.choice_ids[b], _line(engine, choice_id))
            )
    names = ending_names(engine)
    false: list[FalseDilemma] = []
    for node_index, bits in sorted(checked.single.items()):
        if node_index not in checked.not_false:
            node_id = engine.node_ids[node_index]
            line = engine.scenario.nodes[node_id].line
            false.append(FalseDilemma(node_id, line, [name for bit, name in names if bits & bit]))
    return dominated, false
