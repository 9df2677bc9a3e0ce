"""The exact search with the meters handled in bulk: one step for many states at once.

``search.search`` visits states one by one. In a story case most states
differ only in their meters: Sanne's case has about 2,000 combinations of
node, flags and visits, each reached with on average 250 different
combinations of ``wait_days``, ``safety`` and the trust meters. Here a
state is split into an *abstract* part (everything but the meters) and a
*bulk* part (the meters, packed into one integer), and every step is taken
once per abstract state and group of bulk values.

Which bulk values may share a step? The conditions on the way read a meter
only as ``meter <op> number`` (the compiler notes which names are read only
so: ``Expr.atom_only``), and the effects on the way add then clamp, or set.
So along one route the whole walk depends on a start value only through a
few cut points: where a comparison on the route flips, and where a clamp of
the route's combined change starts to bite (``_Tracer``). Between two cuts
every start value takes the same route, and the walk moves it the same way:
shifted by the same amount, or set to the same value. So a group costs one
walk, and each state in it one integer operation, ``(bulk & keep) + add``.
A meter read in any other way is grouped by its exact value, which is
always right; a condition that cannot flip for this abstract state
(``wait_days >= 35 and not postponed`` once ``postponed`` holds) cuts
nothing.

Two passes. Forward, in the written order of the nodes (close to the order
of the story), each abstract state is expanded for the bulk values that
reached it since it was last expanded, and the steps are kept. Then, over
the abstract states in reverse topological order, the summaries are
computed per bulk value from those of the states the steps lead to, and the
dominance and false-dilemma checks run on the distinct combinations, as the
state-by-state search runs them per state.

This search gives up (returns None, and the caller runs ``search.search``)
where the state-by-state search has more to tell: a stuck state or a loop
of ``next`` nodes (the report shows a path to them), a cycle among the
abstract states, or more states than the limit. Otherwise both give the
same analysis, figure for figure: ``tests/test_analyze_bulk.py`` checks it
on every scenario we have and on random ones.
"""

from __future__ import annotations

import heapq
import itertools
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from operator import itemgetter
from typing import Final

from game.analysis.findings import EndingTally
from game.analysis.learning import Costs
from game.analysis.search import Dilemmas, Summaries, ending_bits
from game.engine.fast import (
    ENDING,
    HIGHEST,
    LOWEST,
    NEXT,
    CompactEngine,
    Key,
    Op,
    Probe,
    Walk,
    compose,
    start_threshold,
)
from game.engine.model import SAFETY, WAIT, Env, Expr
from game.engine.reduction import story_rank
from game.engine.score import compute_score

# A condition on several meters is tried on at most this many combinations of
# their stretches; past it, it is taken to depend on them (fewer groups merge).
MAX_TRIES = 4096

# A step from a group: (global choice number, abstract state it leads to, keep, add).
Move = tuple[int, int, int, int]
# The steps of one choice from a group of bulk values: per part of the group
# (positions in it; None: all of it), the step those values take.
Steps = tuple[int, list[tuple[list[int] | None, Move]]]
# A group of bulk values at one abstract state (the same choices are available
# to all of them) and, per available choice, its steps.
Batch = tuple[list[int], list[Steps]]


class Layout:
    """Where each bulk meter sits in the packed integer.

    Every tracked meter with a lower bound is packed, each in a field as wide
    as its range; one meter without an upper bound (``wait_days`` usually)
    takes the top field, which a Python integer never runs out of.
    """

    def __init__(self, engine: CompactEngine) -> None:
        fields: list[tuple[int, int, int | None]] = []
        top: list[tuple[int, int, int | None]] = []
        for name in engine.names:
            if name not in engine.scenario.meters:
                continue
            lo, hi = engine.bounds[name]
            if lo is None:
                continue  # stays in the abstract part
            if hi is None:
                if not top:
                    top.append((engine.slot[name], lo, None))
                continue
            fields.append((engine.slot[name], lo, hi))
        fields += top
        self.slots = tuple(f[0] for f in fields)
        self.lows = tuple(f[1] for f in fields)
        self.offsets: list[int] = []
        self.masks: list[int | None] = []  # None: the unbounded top field
        offset = 0
        for _, lo, hi in fields:
            self.offsets.append(offset)
            if hi is None:
                self.masks.append(None)
            else:
                width = max(1, (hi - lo).bit_length())
                self.masks.append((1 << width) - 1)
                offset += width
        self.field_of = {slot: i for i, slot in enumerate(self.slots)}

    def pack(self, key: Key) -> int:
        return sum(
            (int(key[slot]) - lo) << off
            for slot, lo, off in zip(self.slots, self.lows, self.offsets, strict=True)
        )

    def value(self, bulk: int, i: int) -> int:
        """The value of field ``i`` in a packed integer."""
        mask = self.masks[i]
        x = bulk >> self.offsets[i]
        return (x if mask is None else x & mask) + self.lows[i]

    def abstract(self, key: Key) -> Key:
        k = list(key)
        for slot in self.slots:
            k[slot] = 0
        return tuple(k)

    def full(self, abstract: Key, bulk: int) -> Key:
        k = list(abstract)
        for i, slot in enumerate(self.slots):
            k[slot] = self.value(bulk, i)
        return tuple(k)


Change = tuple[int, int | None, int | None]
# Per bulk field: the start values where something on the way can flip (None: every
# value); collected in sets while a walk is traced, then kept as sorted lists.
Cuts = list[set[int] | None]
SortedCuts = list[list[int] | None]


class _Unseen(Enum):
    """A memo's "not looked up yet", apart from every value it may hold (None included)."""

    TOKEN = 0


_UNSEEN: Final = _Unseen.TOKEN


class _Tracer:
    """Follows one walk as the engine does, noting the cuts of every decision on it.

    A condition adds cuts only where it can change the way for this abstract
    state: ``wait_days >= 35 and not postponed`` adds none once ``postponed``
    holds (``_depends``). The clamps of the walk's combined change add cuts
    too: where one starts to bite, the values stop moving together.
    """

    def __init__(self, engine: CompactEngine, layout: Layout) -> None:
        self.engine = engine
        self.layout = layout
        self.bulk = frozenset(layout.slots)
        self.wait = layout.field_of[engine.wait_slot]
        self.steps_limit = 4 * len(engine.kinds) + 16
        self._depends_memo: dict[tuple[object, ...], bool] = {}
        self._memo: dict[tuple[object, object], SortedCuts | None] = {}
        self._node_reads: dict[int, Probe | None] = {}
        self._route_reads: dict[tuple[int, int], Probe | None] = {}
        nodes = engine.scenario.nodes
        self.branches = [
            [(b.condition, engine.node_index(b.goto)) for b in nodes[node_id].next or ()]
            for node_id in engine.node_ids
        ]

    def fresh(self) -> Cuts:
        return [set() for _ in self.layout.slots]

    def available(self, key: Key, node: int) -> SortedCuts:
        """The cuts of the conditions of the choices at ``node``.

        They depend on the values outside the bulk that those conditions read
        (which decide what ``_depends`` says), so they are remembered by those.
        """
        getter = self._node_reads.get(node, _UNSEEN)
        if getter is _UNSEEN:
            conditions = self.engine.scenario.nodes[self.engine.node_ids[node]].choices or ()
            getter = self._node_reads[node] = self._getter(c.condition for c in conditions)
        memo_key = (-1 - node, None if getter is None else getter(key))
        found = self._memo.get(memo_key, _UNSEEN)
        if found is _UNSEEN:
            cuts = self.fresh()
            for choice in self.engine.scenario.nodes[self.engine.node_ids[node]].choices or ():
                self.condition(cuts, choice.condition, key, {})
            found = self._memo[memo_key] = _final(cuts)
        assert found is not None  # a node's own conditions never loop
        return found

    def walk(self, key: Key, number: int, walk: Walk) -> SortedCuts | None:
        """The cuts of ``walk``, the walk after choice ``number`` from ``key``; None: it loops.

        The engine keeps one ``Walk`` per route, so the route is known; what
        else decides the cuts is read outside the bulk by the route's
        conditions and the deadline rule: the cuts are remembered by those.
        """
        route = (number, id(walk))
        getter = self._route_reads.get(route, _UNSEEN)
        if getter is not _UNSEEN:
            known = self._memo.get((route, None if getter is None else getter(key)), _UNSEEN)
            if known is not _UNSEEN:
                return known
        met: list[Expr] = []
        found = _final(self._walk(key, number, met))
        getter = self._getter(met, deadline=True)
        self._route_reads[route] = getter
        self._memo[(route, None if getter is None else getter(key))] = found
        return found

    def _getter(self, conditions: Iterable[Expr | None], deadline: bool = False) -> Probe | None:
        """Reads the values outside the bulk that ``conditions`` (and the deadline) read."""
        engine = self.engine
        slots: set[int] = set()
        for expr in conditions:
            if expr is not None:
                slots |= {
                    engine.slot[n] for n in expr.reads_names if engine.slot[n] not in self.bulk
                }
                slots |= {engine.visit_slot[n] for n in expr.reads_visits}
        if deadline and engine.deadline[0] >= 0:
            slots.add(engine.deadline[2])
        return itemgetter(*sorted(slots)) if slots else None

    def _walk(self, key: Key, number: int, met: list[Expr]) -> Cuts | None:
        engine = self.engine
        k = list(key)
        changes: dict[int, Change] = {}
        cuts = self.fresh()
        self._apply(k, changes, engine.choice_ops(number))
        dest = self._deadline(k, changes, cuts, engine.choice_goto(number))
        steps = 0
        while True:
            k[0] = dest
            self._apply(k, changes, engine.arrival_ops(dest))
            if engine.kinds[dest] != NEXT:
                break
            steps += 1
            if steps > self.steps_limit:
                return None
            due = self._deadline(k, changes, cuts, -1)
            if due >= 0:
                dest = due
                continue
            snapshot = tuple(k)
            for condition, goto in self.branches[dest]:
                if condition is not None:
                    met.append(condition)
                self.condition(cuts, condition, snapshot, changes)
                if condition is None or condition.evaluate(engine.env(snapshot)):
                    dest = goto
                    break
        self._clamps(cuts, changes)
        return cuts

    def _apply(self, k: list[int | bool], changes: dict[int, Change], ops: list[Op]) -> None:
        for slot, value, lo, hi in ops:
            if lo is None or hi is None:
                k[slot] = value
            else:
                v = int(k[slot]) + int(value)
                k[slot] = lo if v < lo else hi if v > hi else v
        compose(changes, [op for op in ops if op[0] in self.bulk])

    def _deadline(
        self, k: list[int | bool], changes: dict[int, Change], cuts: Cuts, goto: int
    ) -> int:
        """The deadline rule: where the walk goes (``goto`` when the rule does not fire)."""
        node, days, visit = self.engine.deadline
        if node < 0 or k[visit] != 0:
            return goto
        wait_slot = self.engine.wait_slot
        _add(cuts, self.wait, (start_threshold(changes.get(wait_slot), days),))
        return node if k[wait_slot] >= days else goto

    def condition(
        self, cuts: Cuts, expr: Expr | None, key: Key, changes: dict[int, Change]
    ) -> None:
        if expr is None:
            return
        slots, field_of = self.engine.slot, self.layout.field_of
        read = [name for name in expr.reads_names if slots.get(name) in self.bulk]
        if not read or not self._depends(expr, key, read):
            return
        for name in read:
            i = field_of[slots[name]]
            if name not in expr.atom_only:
                cuts[i] = None
                continue
            change = changes.get(slots[name])
            for atom_name, op, number in expr.atoms:
                if atom_name == name:
                    _add(cuts, i, _atom_cuts(change, op, number))

    def _depends(self, expr: Expr, key: Key, read: list[str]) -> bool:
        """Can the bulk meters change this condition, given the rest of ``key``?

        Tried on one value per stretch between the numbers the meters are
        compared with (the condition is constant on each stretch).
        """
        if any(name not in expr.atom_only for name in read):
            return True
        engine = self.engine
        others = tuple(
            key[engine.slot[n]] for n in sorted(expr.reads_names) if n not in read
        ) + tuple(key[engine.visit_slot[n]] for n in sorted(expr.reads_visits))
        memo_key = (id(expr), others)
        found = self._depends_memo.get(memo_key)
        if found is None:
            found = self._depends_memo[memo_key] = self._tries_differ(expr, key, read)
        return found

    def _tries_differ(self, expr: Expr, key: Key, read: list[str]) -> bool:
        env = self.engine.env(key)
        choices: list[list[int]] = []
        tries = 1
        for name in read:
            points = sorted({n + d for a, _, n in expr.atoms if a == name for d in (0, 1)})
            choices.append([points[0] - 1, *points])
            tries *= len(choices[-1])
        if tries > MAX_TRIES:
            return True  # too many combinations to try: assume it can flip (always right)
        seen: set[bool] = set()
        for combination in itertools.product(*choices):
            values = dict(env.values)
            values.update(zip(read, combination, strict=True))
            seen.add(bool(expr.evaluate(Env(values, env.visits))))
            if len(seen) > 1:
                return True
        return False

    def _clamps(self, cuts: Cuts, changes: dict[int, Change]) -> None:
        """Where the clamps of the walk's combined change begin to bite."""
        for slot, (value, lo, hi) in changes.items():
            if lo is None or hi is None:
                continue  # a set: the same for every start value
            i = self.layout.field_of[slot]
            _add(
                cuts,
                i,
                (
                    lo - int(value) if lo > LOWEST else LOWEST,
                    hi - int(value) + 1 if hi < HIGHEST else HIGHEST,
                ),
            )


def _add(cuts: Cuts, i: int, found: Iterable[int]) -> None:
    into = cuts[i]
    if into is not None:
        into.update(c for c in found if LOWEST < c < HIGHEST)


def _atom_cuts(change: Change | None, op: str, number: int) -> tuple[int, ...]:
    """Start values where ``meter <op> number``, after ``change``, can flip."""
    if op in (">=", "<"):
        return (start_threshold(change, number),)
    if op in (">", "<="):
        return (start_threshold(change, number + 1),)
    return (start_threshold(change, number), start_threshold(change, number + 1))


class _Columns:
    """The field values of a group of packed integers, extracted once per field when needed.

    A group is split many times (once per choice, and again where routes
    differ); reading a field from a list is cheaper than shifting and masking
    every time, and a field whose cut stretch holds all of the group's values
    need not be looked at per value at all.
    """

    def __init__(self, layout: Layout, values: list[int]) -> None:
        self.layout = layout
        self.values = values
        self._columns: dict[int, tuple[list[int], int, int]] = {}

    def column(self, i: int) -> tuple[list[int], int, int]:
        """Field ``i`` of every value (as stored: less its low bound), its min and max."""
        found = self._columns.get(i)
        if found is None:
            offset, mask = self.layout.offsets[i], self.layout.masks[i]
            if mask is None:
                xs = [v >> offset for v in self.values]
            else:
                xs = [(v >> offset) & mask for v in self.values]
            found = self._columns[i] = (xs, min(xs), max(xs))
        return found

    def inside(self, positions: list[int], cuts: SortedCuts) -> list[int]:
        """Those of ``positions`` in the stretch of the first one, for every field that is cut."""
        layout = self.layout
        first = positions[0]
        for i, found in enumerate(cuts):
            if found is not None and not found:
                continue
            xs, lowest, highest = self.column(i)
            x = xs[first]
            if found is None:
                lo, hi = x, x + 1
            else:
                ordered = found
                at = bisect_right(ordered, x + layout.lows[i])
                lo = ordered[at - 1] - layout.lows[i] if at > 0 else LOWEST
                hi = ordered[at] - layout.lows[i] if at < len(ordered) else HIGHEST
            if lo <= lowest and highest < hi:
                continue  # the whole group is inside this field's stretch
            positions = [p for p in positions if lo <= xs[p] < hi]
        return positions


def _final(cuts: Cuts | None) -> SortedCuts | None:
    """Cuts as sorted lists, the form ``_Columns.inside`` reads (kept in the memo)."""
    if cuts is None:
        return None
    return [None if found is None else sorted(found) for found in cuts]


@dataclass
class BulkSearch:
    """What the bulk search found: the same facts ``search.Search`` gives, per choice and ending."""

    engine: CompactEngine
    size: int = 0
    summaries: Summaries = field(default_factory=Summaries)
    dilemmas: Dilemmas | None = None
    costs: Costs | None = None
    leads: list[set[int]] = field(default_factory=list)  # per choice: summaries it leads to
    tally: EndingTally | None = None


def _without(rest: list[int], inside: list[int]) -> list[int]:
    if len(inside) == len(rest):
        return []
    taken = set(inside)
    return [i for i in rest if i not in taken]


def bulk_search(engine: CompactEngine, max_states: int) -> BulkSearch | None:
    """Every reachable state, summarised; None where ``search.search`` must do it."""
    layout = Layout(engine)
    if engine.wait_slot not in layout.field_of:
        return None  # no bulk to speak of: nothing to gain
    return _Bulk(engine, layout, max_states).run()


class _Bulk:
    def __init__(self, engine: CompactEngine, layout: Layout, max_states: int) -> None:
        self.engine = engine
        self.layout = layout
        self.limit = max_states
        self.abstracts: list[Key] = []
        self.ids: dict[Key, int] = {}
        self.done: list[set[int]] = []
        self.pending: list[set[int]] = []
        self.batches: list[list[Batch]] = []
        self.after: list[set[int]] = []  # abstract successors
        self.tracer = _Tracer(engine, self.layout)
        rank = story_rank(engine.scenario)
        self.story = [rank[node_id] for node_id in engine.node_ids]
        self.visits = engine.visit_slots
        self.values = slice(1, engine.visit_slots.start)
        self.found = BulkSearch(engine)
        self.found.dilemmas = Dilemmas(self.found.summaries, engine.choice_node)
        self.found.costs = Costs(self.found.summaries.table, engine.choice_ids, engine.scenario)
        self.found.leads = [set() for _ in engine.choice_ids]

    def run(self) -> BulkSearch | None:
        if not self._forward():
            return None
        order = self._post_order()
        if order is None:
            return None
        self._backward(order)
        return self.found

    # -- forward: which bulk values reach which abstract state -------------------------

    def _intern(self, abstract: Key) -> int:
        found = self.ids.get(abstract)
        if found is None:
            found = self.ids[abstract] = len(self.abstracts)
            self.abstracts.append(abstract)
            self.done.append(set())
            self.pending.append(set())
            self.batches.append([])
            self.after.append(set())
        return found

    def _forward(self) -> bool:
        engine, layout = self.engine, self.layout
        start = engine.begin()
        if engine.kinds[start[0]] == NEXT:
            return False
        first = self._intern(layout.abstract(start))
        self.pending[first].add(layout.pack(start))
        heap = [(self._rank(first), first)]
        queued = {first}
        while heap:
            _, a = heapq.heappop(heap)
            queued.discard(a)
            new = self.pending[a] - self.done[a]
            self.pending[a] = set()
            if not new:
                continue
            self.done[a] |= new
            self.found.size += len(new)
            if self.found.size > self.limit:
                return False
            node = int(self.abstracts[a][0])
            if engine.kinds[node] == ENDING:
                continue
            batches = self._expand(a, node, list(new))
            if batches is None:
                return False
            for group, steps in batches:
                for _, parts in steps:
                    for positions, (_, b, keep, add) in parts:
                        values = group if positions is None else [group[i] for i in positions]
                        if keep == -1:  # a shift only
                            self.pending[b].update([v + add for v in values])
                        else:
                            self.pending[b].update([(v & keep) + add for v in values])
                        self.after[a].add(b)
                        if b not in queued:
                            queued.add(b)
                            heapq.heappush(heap, (self._rank(b), b))
            self.batches[a] += batches
        return True

    def _rank(self, a: int) -> tuple[int, int, int, int]:
        """The order of expansion: an abstract state should come after all that lead to it,
        so that it is expanded once, with all its bulk values. Nodes in story order; within
        a cycle of nodes (a hub the player returns to), fewer visits and fewer flags set
        first. Only a heuristic: a state reached again later is expanded for its new values."""
        abstract = self.abstracts[a]
        node = int(abstract[0])
        flags = sum(1 for v in abstract[self.values] if v is True)
        return self.story[node], sum(abstract[self.visits]), flags, node

    def _expand(self, a: int, node: int, values: list[int]) -> list[Batch] | None:
        """The steps from ``values`` at abstract state ``a``, in groups that move alike.

        A representative of the values left is followed; every value in the
        same stretch between the cuts met on the way moves alike, so it joins
        the group. Then the same for the rest, until none is left.
        """
        engine, layout, tracer = self.engine, self.layout, self.tracer
        abstract = self.abstracts[a]
        base = engine.choice_base[node]
        out: list[Batch] = []
        columns = _Columns(layout, values)
        for positions in self._split(
            columns, lambda v: tracer.available(layout.full(abstract, v), node)
        ):
            whole = len(positions) == len(values)
            group = values if whole else [values[i] for i in positions]
            options = engine.available(layout.full(abstract, group[0]))
            if not options:
                return None  # stuck: the state-by-state search reports it with a path
            group_columns = columns if whole else _Columns(layout, group)
            steps: list[Steps] = []
            for position in options:
                number = base + position
                parts: list[tuple[list[int] | None, Move]] = []
                rest = list(range(len(group)))
                while rest:
                    key = layout.full(abstract, group[rest[0]])
                    walk = engine.walk(key, position)
                    if walk is None:
                        return None  # a loop of `next` nodes: likewise
                    cuts = tracer.walk(key, number, walk)
                    if cuts is None:
                        return None
                    inside = group_columns.inside(rest, cuts)
                    rest = _without(rest, inside)
                    alone = not rest and not parts
                    parts.append((None if alone else inside, self._move(key, number, walk)))
                steps.append((number, parts))
            out.append((group, steps))
        return out

    def _split(
        self, columns: _Columns, cuts_of: Callable[[int], SortedCuts]
    ) -> Iterable[list[int]]:
        rest = list(range(len(columns.values)))
        while rest:
            inside = columns.inside(rest, cuts_of(columns.values[rest[0]]))
            rest = _without(rest, inside)
            yield inside

    def _move(self, key: Key, number: int, walk: Walk) -> Move:
        """One step as: the abstract state it leads to, and ``bulk -> (bulk & keep) + add``."""
        layout = self.layout
        after = self.engine.apply(walk, key)
        target = self._intern(layout.abstract(after))
        adds = {slot: (value, lo, hi) for slot, value, lo, hi in walk[0]}
        sets = set(walk[4])
        keep, add = -1, 0
        for i, slot in enumerate(layout.slots):
            offset, mask = layout.offsets[i], layout.masks[i]
            shift = adds.get(slot)
            if shift is not None and shift[1] <= int(key[slot]) + shift[0] <= shift[2]:
                add += shift[0] << offset  # inside the clamp: the same shift for the group
            elif shift is not None or slot in sets:  # set, or clamped: the same value
                keep &= ~(mask << offset) if mask is not None else (1 << offset) - 1
                add += (int(after[slot]) - layout.lows[i]) << offset
        return number, target, keep, add

    # -- backward: summaries, from the endings up ---------------------------------------

    def _post_order(self) -> list[int] | None:
        """Abstract states, every one after all it leads to; None if they form a cycle."""
        state = [0] * len(self.abstracts)  # 0 new, 1 on the path, 2 done
        order: list[int] = []
        state[0] = 1
        work = [(0, iter(sorted(self.after[0])))]
        while work:
            a, rest = work[-1]
            for b in rest:
                if state[b] == 1:
                    return None
                if state[b] == 0:
                    state[b] = 1
                    work.append((b, iter(sorted(self.after[b]))))
                    break
            else:
                work.pop()
                state[a] = 2
                order.append(a)
        return order

    def _backward(self, order: list[int]) -> None:
        engine, found = self.engine, self.found
        summaries = found.summaries
        combined = summaries.combined
        dilemmas = found.dilemmas
        assert dilemmas is not None
        settled, check, open_for = dilemmas.settled, dilemmas.check, dilemmas.open_for
        assert found.costs is not None
        cost, watched = found.costs.check_many, found.costs.watched
        leads = found.leads
        tally = found.tally = EndingTally(engine)
        bits = ending_bits(engine)
        summary: list[dict[int, int]] = [{} for _ in self.abstracts]
        self.summary = summary
        for a in order:
            node = int(self.abstracts[a][0])
            if engine.kinds[node] == ENDING:
                summary[a] = self._endings(a, node, bits[node], tally)
                continue
            own = summary[a]
            for group, steps in self.batches[a]:
                lists = [self._targets(group, parts, summary) for _, parts in steps]
                for (number, _), ids in zip(steps, lists, strict=True):
                    leads[number].update(ids)
                if len(lists) == 1:
                    own.update(zip(group, lists[0], strict=True))
                    continue
                combos = list(zip(*lists, strict=True))
                own.update(zip(group, map(combined.__getitem__, combos), strict=True))
                numbers = tuple(number for number, _ in steps)
                if node not in settled and open_for(numbers):
                    for targets in set(combos):
                        check(numbers, targets)
                if watched and not watched.isdisjoint(numbers):
                    cost(numbers, combos)

    @staticmethod
    def _targets(
        group: list[int],
        parts: list[tuple[list[int] | None, Move]],
        summary: list[dict[int, int]],
    ) -> list[int]:
        """The summary each value of ``group`` reaches by one choice's steps, in order."""
        if len(parts) == 1:
            _, (_, b, keep, add) = parts[0]
            if keep == -1:  # a shift only (the common case): one addition per value
                return list(map(summary[b].__getitem__, [v + add for v in group]))
            return list(map(summary[b].__getitem__, [(v & keep) + add for v in group]))
        ids = [0] * len(group)
        for positions, (_, b, keep, add) in parts:
            assert positions is not None
            found = map(summary[b].__getitem__, [(group[i] & keep) + add for i in positions])
            for i, sid in zip(positions, found, strict=True):
                ids[i] = sid
        return ids

    def _endings(self, a: int, node: int, bit: int, tally: EndingTally) -> dict[int, int]:
        layout, summaries = self.layout, self.found.summaries
        wait_field = layout.field_of[self.engine.wait_slot]
        safety_field = layout.field_of.get(self.engine.safety_slot)
        fixed_safety = int(self.abstracts[a][self.engine.safety_slot])
        scores: dict[tuple[int, int], int] = {}
        out: dict[int, int] = {}
        for v in self.done[a]:
            wait = layout.value(v, wait_field)
            safety = fixed_safety if safety_field is None else layout.value(v, safety_field)
            score = scores.get((wait, safety))
            if score is None:
                values = {WAIT: wait, SAFETY: safety}
                scenario = self.engine.scenario
                ending = scenario.nodes[self.engine.node_ids[node]].ending
                score = scores[(wait, safety)] = compute_score(scenario, values, ending).score
            out[v] = summaries.intern((wait, wait, safety, safety, score, score, bit))
        node_id = self.engine.node_ids[node]
        for (wait, safety), score in scores.items():
            tally.add_values(node_id, wait, safety, score, states=0)
        tally.results[node_id].states += len(self.done[a])
        return out
