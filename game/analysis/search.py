"""One depth-first pass: explore every reachable state and summarise what can follow it.

A vertex is a state at a node with choices, at an ending, or a state where
``next`` nodes loop without ever offering a choice; ``next`` nodes in
between are walked through by ``CompactEngine.step``.

The search is Tarjan's strongly-connected-components algorithm run while
the graph is being discovered. When a component closes, every component it
leads to has closed already, so its *summary* can be computed on the spot:
the min and max of ``wait_days``, ``safety`` and the score over the endings
reachable from it, and the set of those endings (bit 0: "a dead end can be
reached"). No second pass over the graph, no fixed-point iteration, and the
cycles a story may have (a choice that leads back) are handled exactly.

Summaries are interned: the many states near the same endings share a few
distinct summaries, so a vertex stores one small integer, and combining the
summaries of a vertex's successors is usually one dictionary lookup.

When a state with two or more choices closes, the summaries its choices
lead to are compared on the spot (``Dilemmas``): that finds dominated
choices and false dilemmas without keeping anything per state.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from functools import reduce
from operator import itemgetter, or_
from typing import TYPE_CHECKING, TypeVar

from game.engine.fast import CHOICES, ENDING, CompactEngine, Key

if TYPE_CHECKING:
    from game.analysis.learning import Costs

NO_ENDING = 1  # bit 0 of a summary's endings: some way on reaches no ending
BIG = 1 << 62  # a minimum over nothing

# (wait min, wait max, safety min, safety max, score min, score max, endings bits)
Summary = tuple[int, int, int, int, int, int, int]
DEAD: Summary = (BIG, -BIG, BIG, -BIG, BIG, -BIG, NO_ENDING)
_COMPONENTS = tuple(itemgetter(i) for i in range(7))


class _Combined(dict[tuple[int, ...], int]):
    """The memo of combinations; indexing a new combination computes it."""

    def __init__(self, summaries: Summaries) -> None:
        super().__init__()
        self.summaries = summaries

    def __missing__(self, ids: tuple[int, ...]) -> int:
        summaries = self.summaries
        table = summaries.table
        if not ids:
            merged = DEAD
        else:
            # Pairwise, written out: this runs for every new combination.
            a0, a1, a2, a3, a4, a5, a6 = table[ids[0]]
            for i in ids[1:]:
                b0, b1, b2, b3, b4, b5, b6 = table[i]
                if b0 < a0:
                    a0 = b0
                if b1 > a1:
                    a1 = b1
                if b2 < a2:
                    a2 = b2
                if b3 > a3:
                    a3 = b3
                if b4 < a4:
                    a4 = b4
                if b5 > a5:
                    a5 = b5
                a6 |= b6
            merged = (a0, a1, a2, a3, a4, a5, a6)
        known = summaries._ids
        found = known.get(merged)
        if found is None:
            found = known[merged] = len(table)
            table.append(merged)
        self[ids] = found
        return found


class Summaries:
    """Interned summaries and a memo of their combinations."""

    def __init__(self) -> None:
        self.table: list[Summary] = []
        self._ids: dict[Summary, int] = {}
        # ``combined.get`` only looks; ``combined[ids]`` computes a new combination
        # (``map(combined.__getitem__, ...)`` combines many at C speed).
        self.combined: _Combined = _Combined(self)
        self.dead = self.intern(DEAD)

    def intern(self, summary: Summary) -> int:
        found = self._ids.get(summary)
        if found is None:
            found = self._ids[summary] = len(self.table)
            self.table.append(summary)
        return found

    def combine(self, ids: tuple[int, ...]) -> int:
        """The summary of "any of these": mins of mins, maxes of maxes, union of endings."""
        return self.combined[ids]  # a new combination is merged by ``_Combined``

    def merge(self, ids: Iterable[int]) -> Summary:
        parts = [self.table[i] for i in ids]
        if len(parts) == 2:  # the common case, written out: it runs for most states
            (a0, a1, a2, a3, a4, a5, a6), (b0, b1, b2, b3, b4, b5, b6) = parts
            return (
                a0 if a0 < b0 else b0,
                a1 if a1 > b1 else b1,
                a2 if a2 < b2 else b2,
                a3 if a3 > b3 else b3,
                a4 if a4 < b4 else b4,
                a5 if a5 > b5 else b5,
                a6 | b6,
            )
        if len(parts) == 1:
            return parts[0]
        if not parts:
            return DEAD
        # One C-level pass per component: the choices' results merge sets of many
        # thousands of summaries, where ``zip(*parts)`` would copy them all first.
        g0, g1, g2, g3, g4, g5, g6 = _COMPONENTS
        return (
            min(map(g0, parts)),
            max(map(g1, parts)),
            min(map(g2, parts)),
            max(map(g3, parts)),
            min(map(g4, parts)),
            max(map(g5, parts)),
            reduce(or_, map(g6, parts)),
        )


@dataclass
class Search:
    engine: CompactEngine
    keys: list[Key] = field(default_factory=list)
    first: list[int] = field(default_factory=list)  # first edge of each vertex
    last: list[int] = field(default_factory=list)  # one past its last edge
    succ: list[int] = field(default_factory=list)
    via: list[int] = field(default_factory=list)  # global choice number per edge
    summary: list[int] = field(default_factory=list)  # summary id per vertex
    summaries: Summaries = field(default_factory=Summaries)
    stuck: list[int] = field(default_factory=list)  # vertices with choices, none available
    loops: list[int] = field(default_factory=list)  # vertices where `next` nodes loop
    dead_cycles: list[list[int]] = field(default_factory=list)
    endings: list[int] = field(default_factory=list)  # vertices at an ending
    dilemmas: Dilemmas | None = None
    costs: Costs | None = None
    complete: bool = True

    @property
    def size(self) -> int:
        return len(self.keys)

    def ending_bits(self) -> dict[int, int]:
        return ending_bits(self.engine)


def ending_bits(engine: CompactEngine) -> dict[int, int]:
    """Node index -> its bit in a summary's endings."""
    ending_nodes = [n for n, kind in enumerate(engine.kinds) if kind == ENDING]
    return {node: 1 << (i + 1) for i, node in enumerate(ending_nodes)}


def search(engine: CompactEngine, max_states: int) -> Search:
    """Every state reachable from the start (or the first ``max_states``), summarised."""
    found = Search(engine)
    walker = _Walker(found, max_states)
    walker.run()
    found.dilemmas = walker.dilemmas
    found.costs = walker.costs
    return found


class _Walker:
    """The depth-first search (Tarjan's algorithm, iterative)."""

    def __init__(self, found: Search, max_states: int) -> None:
        self.s = found
        self.max_states = max_states
        self.index: dict[Key, int] = {}
        self.order: list[int] = []  # Tarjan's visiting order per vertex (-1: not yet)
        self.low: list[int] = []
        self.stack: list[int] = []
        engine = found.engine
        self.bits = found.ending_bits()
        self.score_of: dict[tuple[int, int, int], int] = {}  # (ending node, wait, safety)
        self.wait_slot, self.safety_slot = engine.wait_slot, engine.safety_slot
        self.dilemmas = Dilemmas(found.summaries, engine.choice_node)
        from game.analysis.learning import Costs  # it reads this module's summaries

        self.costs = Costs(found.summaries.table, engine.choice_ids, engine.scenario)

    def run(self) -> None:
        # One long function on purpose: its loops run millions of times, and every
        # call and attribute lookup hoisted out of them is measurable. Steps and the
        # available choices are looked up in the engine's memos inline; only a miss
        # calls the engine.
        s = self.s
        engine = s.engine
        kinds, bases = engine.kinds, engine.choice_base
        available, step = engine.available, engine.step
        choice_probe, choice_memo = engine._choice_probe, engine._choice_memo
        walk_probe, walk_memo = engine.walk_probe, engine.walk_memo
        keys, first, last, succ, via, summary = s.keys, s.first, s.last, s.succ, s.via, s.summary
        order, low, stack, index = self.order, self.low, self.stack, self.index
        setdefault = index.setdefault
        combine, check = s.summaries.combine, self.dilemmas.check
        cost, watched = self.costs.check, self.costs.watched
        combined = s.summaries.combined.get  # the memo, looked up before calling combine
        settled = self.dilemmas.settled  # nodes where no dilemma finding is possible any more
        stuck, endings, loops = s.stuck, s.endings, s.loops
        limit = self.max_states
        counter = 0
        size = 0  # len(keys)

        keys.append(engine.begin())
        index[keys[0]] = 0
        first.append(-1)
        last.append(-1)
        summary.append(-1)
        order.append(-1)
        low.append(-1)
        size = 1
        work = [[0, 0]]
        v = 0
        while True:
            # -- first visit of v: number it, compute its edges ------------------------
            order[v] = low[v] = counter
            counter += 1
            stack.append(v)
            key = keys[v]
            node = key[0]
            a = first[v] = len(succ)
            kind = kinds[node]
            if kind == CHOICES:
                base = bases[node]
                probe = choice_probe[node]
                options = choice_memo[node].get(None if probe is None else probe(key))
                if options is None:
                    options = available(key)
                if not options:
                    stuck.append(v)
                for position in options:
                    number = base + position
                    memo = walk_memo[number]
                    known = None
                    if memo is not None:
                        probe = walk_probe[number]
                        known = memo.get(None if probe is None else probe(key))
                    if known is None:
                        nxt = step(key, position)
                    else:
                        adds, constants, pick, keep, _ = known
                        k = list(key)
                        for slot, value, lo, hi in adds:
                            x = k[slot] + value
                            k[slot] = lo if x < lo else hi if x > hi else x
                        if keep is not None:
                            k[-1] &= keep
                        k += constants
                        nxt = pick(k)
                    w = setdefault(nxt, size)
                    if w == size:  # a new state
                        if size >= limit:
                            del index[nxt]
                            s.complete = False
                            return  # the caller falls back to a sample
                        keys.append(nxt)
                        first.append(-1)
                        last.append(-1)
                        summary.append(-1)
                        order.append(-1)
                        low.append(-1)
                        size += 1
                    succ.append(w)
                    via.append(number)
            elif kind == ENDING:
                endings.append(v)
            else:
                loops.append(v)
            last[v] = len(succ)
            work[-1][1] = a
            # -- walk the edges; descend into the first unvisited one ----------------
            while work:
                frame = work[-1]
                u, e = frame
                end = last[u]
                descend = -1
                while e < end:
                    w = succ[e]
                    e += 1
                    if order[w] < 0:
                        descend = w
                        break
                    if summary[w] < 0 and order[w] < low[u]:  # on the stack: same component
                        low[u] = order[w]
                frame[1] = e
                if descend >= 0:
                    break
                work.pop()
                if work:
                    parent = work[-1][0]
                    if low[u] < low[parent]:
                        low[parent] = low[u]
                if low[u] != order[u]:
                    continue
                # -- u closes a component ---------------------------------------------
                if stack[-1] != u:
                    self._close_cycle(u)
                    continue
                stack.pop()
                a, b = first[u], last[u]
                if a == b:
                    summary[u] = self._own(u)
                    continue
                if b - a == 1:  # one way on: the same summary (combining one is itself)
                    sid = summary[succ[a]]
                    if sid < 0:  # an edge to itself: a cycle of one state
                        stack.append(u)
                        self._close_cycle(u)
                        continue
                    summary[u] = sid
                    continue
                targets: tuple[int, ...]
                if b - a == 2:
                    targets = (summary[succ[a]], summary[succ[a + 1]])
                else:
                    targets = tuple([summary[w] for w in succ[a:b]])
                if -1 in targets:  # an edge to itself: a cycle of one state
                    stack.append(u)
                    self._close_cycle(u)
                    continue
                merged = combined(targets)
                summary[u] = combine(targets) if merged is None else merged
                if keys[u][0] not in settled:
                    check(via[a:b], targets)
                if watched and not watched.isdisjoint(via[a:b]):
                    cost(via[a:b], targets)
            else:
                return  # every vertex is closed
            v = descend
            work.append([v, 0])

    def _own(self, v: int) -> int:
        """The summary of a vertex by itself: an ending's values, or nothing."""
        key = self.s.keys[v]
        if self.s.engine.kinds[key[0]] != ENDING:
            return self.s.summaries.dead
        wait, safety = int(key[self.wait_slot]), int(key[self.safety_slot])
        score = self.score_of.get((key[0], wait, safety))
        if score is None:
            score = self.score_of[(key[0], wait, safety)] = self.s.engine.score(key)
        bit = self.bits[key[0]]
        return self.s.summaries.intern((wait, wait, safety, safety, score, score, bit))

    def _close_cycle(self, root: int) -> None:
        """Close a component with a cycle: one summary for all its members."""
        s = self.s
        members: list[int] = []
        while True:
            w = self.stack.pop()
            members.append(w)
            if w == root:
                break
        inside = set(members)
        parts: set[int] = set()
        for w in members:
            if s.engine.kinds[s.keys[w][0]] == ENDING or s.first[w] == s.last[w]:
                parts.add(self._own(w))
            for e in range(s.first[w], s.last[w]):
                if s.succ[e] not in inside:
                    parts.add(s.summary[s.succ[e]])
        merged = s.summaries.merge(sorted(parts))
        if merged[6] & ~NO_ENDING == 0:
            merged = DEAD
            s.dead_cycles.append(sorted(members))
        sid = s.summaries.intern(merged)
        for w in members:
            s.summary[w] = sid
        for w in members:
            a, b = s.first[w], s.last[w]
            if b - a > 1:
                targets = tuple(s.summary[x] for x in s.succ[a:b])
                self.dilemmas.check(s.via[a:b], targets)
                self.costs.check(s.via[a:b], targets)


class Dilemmas:
    """Dominated choices and false dilemmas, checked state by state as components close.

    Choice A is dominated by B at a node when, in every state there where both
    are available, B's worst case is at least A's best case on both meters and
    better on at least one. A node is a false dilemma when, in every state
    there with two or more choices, all of them lead to one and the same
    ending. Once every pair at a node has failed (and the node is no false
    dilemma), its later states are skipped: most nodes settle after a few.
    """

    def __init__(self, summaries: Summaries, choice_node: list[int]) -> None:
        self.table = summaries.table
        self.choice_node = choice_node
        self.choices_at: dict[int, list[int]] = {}  # node -> its global choice numbers
        for number, node in enumerate(choice_node):
            self.choices_at.setdefault(node, []).append(number)
        self.pairs: dict[tuple[int, int], bool] = {}  # (a, b): "b dominates a" so far
        self.single: dict[int, int] = {}  # node -> union of the single endings seen
        self.not_false: set[int] = set()
        self.settled: set[int] = set()

    def check(self, numbers: Iterable[int], targets: tuple[int, ...]) -> None:
        numbers = tuple(numbers)
        node = self.choice_node[numbers[0]]
        if node in self.settled:
            return
        table = self.table
        outcomes = [table[t] for t in targets]
        alive = self._dominance(numbers, outcomes)
        bits = outcomes[0][6]
        if node not in self.not_false:
            if bits & NO_ENDING or bits & (bits - 1) or any(o[6] != bits for o in outcomes):
                self.not_false.add(node)
            else:
                self.single[node] = self.single.get(node, 0) | bits
        if not alive and node in self.not_false and self._all_failed(node):
            self.settled.add(node)

    def open_for(self, numbers: tuple[int, ...]) -> bool:
        """Can a state offering exactly these choices still change a finding?

        Not when every pair of them has failed already and their node is known
        to be no false dilemma: the caller may then skip such states.
        """
        node = self.choice_node[numbers[0]]
        if node in self.settled:
            return False
        if node not in self.not_false:
            return True
        pairs = self.pairs
        return any(pairs.get((a, b), True) for a in numbers for b in numbers if a != b)

    def _all_failed(self, node: int) -> bool:
        """Has every pair of the node's choices failed? (Pairs not met yet may still hold.)"""
        numbers, pairs = self.choices_at[node], self.pairs
        return all(pairs.get((a, b), True) is False for a in numbers for b in numbers if a != b)

    def _dominance(self, numbers: tuple[int, ...], outcomes: list[Summary]) -> bool:
        alive = False
        pairs = self.pairs
        for i, a in enumerate(numbers):
            for j, b in enumerate(numbers):
                if i != j and pairs.get((a, b), True):
                    holds = pairs[(a, b)] = dominates(outcomes[j], outcomes[i])
                    alive = alive or holds
        return alive


def dominates(better: Summary, worse: Summary) -> bool:
    """Is the worst case after ``better`` at least the best case after ``worse``, on both meters?"""
    if better[4] == BIG or worse[4] == BIG:
        return False  # an outcome without an ending: not a question of meters
    wait_ok = better[1] <= worse[0]  # max wait after better <= min wait after worse
    safety_ok = better[2] >= worse[3]  # min safety after better >= max safety after worse
    strict = better[1] < worse[0] or better[2] > worse[3]
    return wait_ok and safety_ok and strict


Group = TypeVar("Group", bound=Hashable)


def nearest(found: Search, groups: dict[int, Group]) -> dict[Group, tuple[int, list[str]]]:
    """For each group of target vertices, the one closest to the start and a shortest path to it.

    Breadth-first search visits vertices in order of distance, so the first
    target met of each group is a closest one; it stops once every group has one.
    """
    parent: dict[int, tuple[int, int]] = {0: (-1, -1)}
    queue = deque([0])
    best: dict[Group, int] = {}
    wanted = set(groups.values())
    s = found
    while queue and len(best) < len(wanted):
        v = queue.popleft()
        group = groups.get(v)
        if group is not None and group not in best:
            best[group] = v
        for e in range(s.first[v], s.last[v]):
            w = s.succ[e]
            if w not in parent:
                parent[w] = (v, s.via[e])
                queue.append(w)
    ids = s.engine.choice_ids
    out: dict[Group, tuple[int, list[str]]] = {}
    for group, target in best.items():
        path: list[str] = []
        v = target
        while parent[v][0] >= 0:
            v, g = parent[v]
            path.append(ids[g])
        out[group] = (target, path[::-1])
    return out
