"""Breadth-first exploration of every reachable state, merging identical ones.

A vertex of the state graph is a state at a node with choices, at an ending,
or a state where a chain of ``next`` nodes never reaches either (a loop
without a choice). ``next`` nodes in between are walked through on the way:
they have one way on, so storing them would only cost memory.

Edges are kept in flat arrays (compressed rows: the edges of vertex ``v``
are ``offsets[v]:offsets[v + 1]``) because a million Python lists would
cost far more memory than the states themselves. Breadth-first order gives
every vertex a shortest path from the start, kept as a parent pointer, so
each problem found comes with the shortest way to reproduce it.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from game.engine.fast import CHOICES, CompactEngine, Key


@dataclass
class StateGraph:
    engine: CompactEngine
    keys: list[Key] = field(default_factory=list)
    offsets: array = field(default_factory=lambda: array("l", [0]))
    succ: array = field(default_factory=lambda: array("l"))
    via: array = field(default_factory=lambda: array("l"))  # global choice number per edge
    parent: array = field(default_factory=lambda: array("l"))  # -1 for the start
    parent_choice: array = field(default_factory=lambda: array("l"))
    reached: bytearray = field(default_factory=bytearray)  # per node: entered at all
    offered: bytearray = field(default_factory=bytearray)  # per choice: ever available
    complete: bool = True

    @property
    def size(self) -> int:
        return len(self.keys)

    @property
    def expanded(self) -> int:
        """Vertices whose edges are stored (all of them when the search completed)."""
        return len(self.offsets) - 1

    def edges(self, v: int) -> range:
        return range(self.offsets[v], self.offsets[v + 1])

    def path_to(self, v: int) -> list[str]:
        """Choice ids from the start to vertex ``v`` (a shortest way there)."""
        ids = self.engine.choice_ids
        path: list[str] = []
        while self.parent[v] >= 0:
            path.append(ids[self.parent_choice[v]])
            v = self.parent[v]
        path.reverse()
        return path


def explore(engine: CompactEngine, max_states: int) -> StateGraph:
    """Every state reachable from the start, or the first ``max_states`` of them."""
    graph = StateGraph(engine)
    start = engine.begin()
    index = {start: 0}
    graph.keys.append(start)
    graph.parent.append(-1)
    graph.parent_choice.append(-1)
    _search(graph, index, max_states)
    graph.reached = bytearray(engine.entered)
    graph.offered = bytearray(engine.offered)
    return graph


def _search(graph: StateGraph, index: dict[Key, int], max_states: int) -> None:
    # One long function on purpose: this loop runs millions of times and every
    # attribute lookup hoisted out of it is measurable.
    engine = graph.engine
    kinds, bases = engine.kinds, engine.choice_base
    available, step = engine.available, engine.step
    keys, offsets, succ, via = graph.keys, graph.offsets, graph.succ, graph.via
    parent, parent_choice = graph.parent, graph.parent_choice
    get = index.get
    v = 0
    while v < len(keys):
        key = keys[v]
        node = key[0]
        if kinds[node] == CHOICES:
            base = bases[node]
            for position in available(key):
                number = base + position
                nxt = step(key, position)
                w = get(nxt)
                if w is None:
                    if len(keys) >= max_states:
                        graph.complete = False
                        return  # this vertex's edges stay unrecorded: expanded < size
                    w = len(keys)
                    index[nxt] = w
                    keys.append(nxt)
                    parent.append(v)
                    parent_choice.append(number)
                succ.append(w)
                via.append(number)
        offsets.append(len(succ))
        v += 1
