"""What can still happen from each state: reachable endings and final meter ranges.

The state graph can have cycles (a choice that leads back without changing
anything), so values cannot simply be passed back along a topological order.
Tarjan's algorithm finds the strongly connected components in reverse
topological order: when a component is complete, every component it leads
to is complete too, and the component's summary is its members' own values
combined with those of the components they lead to. One pass, no fixed-point
iteration.

Per component we keep the min and max of ``wait_days``, ``safety`` and the
score over the endings reachable from it, and a bitset of those endings.
Bit 0 stands for "can end without an ending" (stuck, or a loop with no way
out), so a choice that can lead into a trap says so too.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from game.analysis.explore import StateGraph
from game.engine.fast import CHOICES, ENDING, NEXT

NO_ENDING = 1  # bit 0: a dead end reachable
BIG = 1 << 62  # "no ending reachable" for a minimum


@dataclass
class Summary:
    """Per strongly connected component; ``component[v]`` maps a vertex to its own."""

    component: array
    wait_min: array = field(default_factory=lambda: array("q"))
    wait_max: array = field(default_factory=lambda: array("q"))
    safety_min: array = field(default_factory=lambda: array("q"))
    safety_max: array = field(default_factory=lambda: array("q"))
    score_min: array = field(default_factory=lambda: array("q"))
    score_max: array = field(default_factory=lambda: array("q"))
    endings: list[int] = field(default_factory=list)  # bitsets
    dead_cycles: list[list[int]] = field(default_factory=list)  # member vertices
    ending_bits: dict[int, int] = field(default_factory=dict)  # node index -> bit

    def reaches_ending(self, component: int) -> bool:
        return self.endings[component] & ~NO_ENDING != 0


def summarise(graph: StateGraph) -> Summary:
    engine = graph.engine
    ending_nodes = [n for n, kind in enumerate(engine.kinds) if kind == ENDING]
    bits = {node: 1 << (i + 1) for i, node in enumerate(ending_nodes)}
    summary = Summary(array("l", [-1]) * graph.size, ending_bits=bits)
    _tarjan(graph, summary)
    return summary


def _tarjan(graph: StateGraph, summary: Summary) -> None:
    n = graph.size
    offsets, succ = graph.offsets, graph.succ
    index = array("l", [-1]) * n
    low = array("l", [0]) * n
    on_stack = bytearray(n)
    stack: list[int] = []
    counter = 0
    for root in range(n):
        if index[root] != -1:
            continue
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = 1
        work = [(root, offsets[root])]
        while work:
            v, e = work[-1]
            end = offsets[v + 1]
            descended = False
            while e < end:
                w = succ[e]
                e += 1
                if index[w] == -1:
                    work[-1] = (v, e)
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack[w] = 1
                    work.append((w, offsets[w]))
                    descended = True
                    break
                if on_stack[w] and index[w] < low[v]:
                    low[v] = index[w]
            if descended:
                continue
            work.pop()
            if work:
                u = work[-1][0]
                if low[v] < low[u]:
                    low[u] = low[v]
            if low[v] == index[v]:
                members = []
                while True:
                    w = stack.pop()
                    on_stack[w] = 0
                    members.append(w)
                    if w == v:
                        break
                _close(graph, summary, members)


def _close(graph: StateGraph, summary: Summary, members: list[int]) -> None:
    """Summarise a finished component from its members and the components they lead to."""
    engine = graph.engine
    kinds, keys = engine.kinds, graph.keys
    offsets, succ = graph.offsets, graph.succ
    component = summary.component
    c = len(summary.endings)
    for v in members:
        component[v] = c
    wlo = slo = sclo = BIG
    whi = shi = schi = -BIG
    bits = 0
    cyclic = len(members) > 1
    for v in members:
        key = keys[v]
        kind = kinds[key[0]]
        if kind == ENDING:
            wait, safety = key[engine.wait_slot], key[engine.safety_slot]
            score = engine.score(key)
            wlo, whi = min(wlo, wait), max(whi, wait)
            slo, shi = min(slo, safety), max(shi, safety)
            sclo, schi = min(sclo, score), max(schi, score)
            bits |= summary.ending_bits[key[0]]
            continue
        start, end = offsets[v], offsets[v + 1]
        if start == end and kind in (CHOICES, NEXT):
            bits |= NO_ENDING  # stuck, or a loop of `next` nodes
        for e in range(start, end):
            d = component[succ[e]]
            if d == c:
                cyclic = True  # an edge inside the component (a self-loop counts)
                continue
            bits |= summary.endings[d]
            wlo, whi = min(wlo, summary.wait_min[d]), max(whi, summary.wait_max[d])
            slo, shi = min(slo, summary.safety_min[d]), max(shi, summary.safety_max[d])
            sclo, schi = min(sclo, summary.score_min[d]), max(schi, summary.score_max[d])
    if bits & ~NO_ENDING == 0:
        bits |= NO_ENDING
        if cyclic:
            summary.dead_cycles.append(members)
    summary.endings.append(bits)
    summary.wait_min.append(wlo)
    summary.wait_max.append(whi)
    summary.safety_min.append(slo)
    summary.safety_max.append(shi)
    summary.score_min.append(sclo)
    summary.score_max.append(schi)
