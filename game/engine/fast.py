"""A compact step function for tools that walk millions of states (the analyser).

``Engine.choose`` builds a full ``SessionState`` with its path and trail on
every step: right for a player, far too heavy for an exhaustive search. Here
a state is one flat tuple of small values, so that it hashes fast and two
ways of reaching the same situation become one dictionary key::

    (node index, tracked meters and flags..., tracked visit counts..., once mask)

"Tracked" keeps only what can change the story or the score, so that states
which differ in nothing that matters merge (``game.engine.reduction`` does
the analysis):

- meters and flags that some expression reads, plus ``wait_days`` and
  ``safety`` (the score);
- visit counts of the nodes some expression reads, plus the deadline node.
  A count only read as ``visited("x")`` or compared with a number
  (``visits("x") < 3``) is capped just past the largest number it is
  compared with: beyond that every expression gives the same answer, and a
  loop that keeps entering ``x`` then ends in finitely many states;
- the ``once`` choices on nodes that can be entered again (on a cycle), and
  only while their node can still come: past it the bit is cleared;
- a meter that only ever goes up (or only down) and is only compared with
  numbers (``partners >= 3``) is clamped just past the largest (smallest)
  of those numbers: beyond it no expression can tell the values apart.

And at each node, a value that no path from there reads again before
overwriting it ("dead", in a compiler's liveness terms) is reset to its
start value, so that states differing only in such values merge. The
score's meters, ``wait_days`` and ``safety``, are never reset; the deadline
node's visit count is read on every move, so it is dead only at endings.

``exact=True`` tracks everything without caps or resets; the agreement test
uses it to check this module against ``Engine.choose``/``advance`` field by
field. The routes follow the same rules as ``game.engine.machine``
(deadline first, then the branches, then the fallback).

Speed comes from remembering answers. Which choices are available depends
only on the few values a node's conditions read, so the answer is kept per
node, keyed by those values. Likewise the whole walk after a choice, through
any ``next`` nodes up to the next choice or ending, depends only on the
values its branches and the deadline rule read; what the walk does to each
value is one "add, then clamp" (or "set"), because such functions compose
into one of the same kind. So a step is usually: one dictionary lookup, a
few additions, and one ``itemgetter`` that builds the new key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from game.engine import reduction
from game.engine.model import SAFETY, WAIT, Effect, Env, Expr, Node, Scenario, Value
from game.engine.score import compute_score
from game.engine.state import SessionState

Key = tuple[int | bool, ...]
# Probes and pickers read a key, or the list a step is building it in.
Probe = Callable[[Sequence[int | bool]], object]
Picker = Callable[[Sequence[int | bool]], Key]
# A decision made on a walk: what decided it (read from the start key), the
# node the walk went to (-1: "the deadline rule did not fire"), and for the
# deadline rule its threshold on the start wait_days (see ``_Decision``).
_Made = tuple[Probe | None, int, int | None]

# Node kinds.
CHOICES, NEXT, ENDING = 0, 1, 2

# A chain of `next` nodes this long without a choice is a loop (the engine's own guard).
MAX_CHAIN = 100_000

# A choice's flat walk memo is given up past this many entries (the tree serves it).
WALK_MEMO_LIMIT = 16384

# Stand-ins for "no bound", so that the hot loop compares plain integers.
_LOWEST, _HIGHEST = -(1 << 62), 1 << 62
LOWEST, HIGHEST = _LOWEST, _HIGHEST

# What a step does to one slot: add then clamp (value, lo, hi), or set (value, None, None).
_Change = tuple[Value, int | None, int | None]
_Op = tuple[int, Value, int | None, int | None]  # a _Change for one slot
# A remembered walk: additions as (slot, value, lo, hi), the constants to append
# to the key (the final node first), the picker that builds the new key, the
# once-bits to keep (None: all), and the slots the constants set (after the node).
_Walk = tuple[
    tuple[tuple[int, int, int, int], ...], tuple[Value, ...], Picker, int | None, tuple[int, ...]
]
Walk = _Walk
Op = _Op


class _Decision:
    """A point in a walk where the way on depends on values: deadline or branches.

    ``probe`` reads, from the key the walk started with, the values the
    decision depends on (the changes made before it are fixed along one path
    of the tree, so the start values decide it). ``outcomes`` maps the node
    the walk went to onto the rest of the walk: another decision, or the
    combined change; ``answers`` maps what the probe read straight to that
    rest, so a step costs one lookup per decision.
    """

    __slots__ = ("answers", "outcomes", "probe", "threshold")

    def __init__(self, probe: Probe | None, threshold: int | None = None) -> None:
        self.probe = probe
        # For the deadline rule: the least start wait_days at which it fires (the
        # probe is then "wait >= threshold and not yet visited", evaluated inline).
        self.threshold = threshold
        self.answers: dict[object, _Decision | _Walk] = {}
        self.outcomes: dict[int, _Decision | _Walk] = {}


class _Tracer:
    """Notes what a walk decided, so that ``step`` can remember it.

    It follows the change made to ``wait_days`` so far, so that the deadline
    rule's question, "wait_days >= deadline now?", becomes a question about
    the start key, "wait_days >= t?": two answers, whatever the number of days.
    """

    def __init__(self, engine: CompactEngine, key: Key) -> None:
        self.engine = engine
        self.key = key
        self.route: list[int] = []
        self.decisions: list[_Made] = []
        self.wait: dict[int, _Change] = {}  # the change to wait_days so far (one slot)
        self.deadline_entered = False

    def apply(self, ops: list[_Op]) -> None:
        slot = self.engine.wait_slot
        _compose(self.wait, [op for op in ops if op[0] == slot])

    def arrive(self, node: int) -> None:
        self.route.append(node)
        self.apply(self.engine._arrival[node])
        if node == self.engine._deadline_node:
            self.deadline_entered = True

    def deadline(self, due: bool) -> None:
        if self.deadline_entered:
            return  # the deadline node was entered on this walk: the rule cannot fire
        engine = self.engine
        threshold = _threshold(self.wait.get(engine.wait_slot), engine._deadline)
        wait, visit = engine.wait_slot, engine._deadline_visit

        def probe(key: Sequence[int | bool]) -> bool:
            return key[wait] >= threshold and key[visit] == 0

        assert probe(self.key) == due
        self.decisions.append((probe, engine._deadline_node if due else -1, threshold))


def _threshold(change: _Change | None, deadline: int) -> int:
    """The least start value that reaches ``deadline`` after ``change`` (of wait_days here;
    the analyser asks it of any meter, as ``start_threshold``)."""
    if change is None:
        return deadline
    value, lo, hi = change
    if lo is None or hi is None:  # set: the start value does not matter
        return _LOWEST if int(value) >= deadline else _HIGHEST
    if hi < deadline:
        return _HIGHEST
    if lo >= deadline:
        return _LOWEST
    return deadline - int(value)


@dataclass(frozen=True, slots=True)
class _Choice:
    id: str
    goto: int
    effects: tuple[Effect, ...]
    condition: Callable[[Env], object] | None
    once_bit: int  # 0: not tracked (a once choice on a node that cannot come back)


class CompactEngine:
    """Steps compact state keys of one scenario; see the module docstring."""

    def __init__(self, scenario: Scenario, *, exact: bool = False) -> None:
        self.scenario = scenario
        self.exact = exact
        self.node_ids: tuple[str, ...] = tuple(scenario.nodes)
        self._index = {node_id: i for i, node_id in enumerate(self.node_ids)}
        nodes = list(scenario.nodes.values())
        self.kinds: tuple[int, ...] = tuple(_kind(node) for node in nodes)
        self._track(scenario, nodes, exact)
        self._layout()
        self._compile(nodes)
        self._init = self._initial_slots()
        self._liveness(exact)
        self._probes(nodes)
        # Every node entered and every choice found available by any call so far:
        # the tools read reachability from here.
        self.entered = bytearray(len(nodes))
        self.offered = bytearray(len(self.choice_ids))

    # -- what a key holds ---------------------------------------------------------

    def _track(self, scenario: Scenario, nodes: list[Node], exact: bool) -> None:
        self.names = reduction.tracked_names(scenario, exact)
        caps = reduction.visit_caps(scenario, exact)
        self.visit_nodes: tuple[str, ...] = tuple(n for n in self.node_ids if n in caps)
        self.visit_caps: tuple[int | None, ...] = tuple(caps[n] for n in self.visit_nodes)
        cyclic = reduction.nodes_on_cycles(scenario)
        self.once_choices: tuple[str, ...] = tuple(
            c.id
            for node in nodes
            for c in node.choices or ()
            if c.once and (exact or node.id in cyclic)
        )
        self._bounds = reduction.meter_bounds(scenario, self.names, exact)

    def _layout(self) -> None:
        names, visits = len(self.names), len(self.visit_nodes)
        self.slot = {name: 1 + i for i, name in enumerate(self.names)}
        self._values = slice(1, 1 + names)
        self._visits = slice(1 + names, 1 + names + visits)
        self.visit_slot = {node: 1 + names + i for i, node in enumerate(self.visit_nodes)}
        self.mask_slot = 1 + names + visits
        self.size = self.mask_slot + 1
        self.wait_slot = self.slot[WAIT]
        self.safety_slot = self.slot[SAFETY]
        scenario = self.scenario
        self._deadline = scenario.deadline_days
        dl = scenario.deadline_node
        self._deadline_node = -1 if dl is None else self._index[dl]
        self._deadline_visit = 0 if dl is None else self.visit_slot[dl]

    def _compile(self, nodes: list[Node]) -> None:
        bits = {choice_id: 1 << i for i, choice_id in enumerate(self.once_choices)}
        self._choices: list[tuple[_Choice, ...]] = [
            tuple(
                _Choice(
                    c.id,
                    self._index[c.goto],
                    c.effects,
                    None if c.condition is None else c.condition.evaluate,
                    bits.get(c.id, 0),
                )
                for c in node.choices or ()
            )
            for node in nodes
        ]
        self._branches: list[tuple[tuple[Callable[[Env], object] | None, int], ...]] = [
            tuple(
                (None if b.condition is None else b.condition.evaluate, self._index[b.goto])
                for b in node.next or ()
            )
            for node in nodes
        ]
        # Global choice numbers, so that tools can keep per-choice tables in flat arrays.
        self.choice_base: list[int] = []
        self.choice_ids: list[str] = []
        for node_choices in self._choices:
            self.choice_base.append(len(self.choice_ids))
            self.choice_ids.extend(c.id for c in node_choices)
        self.choice_node: list[int] = [
            n for n, node_choices in enumerate(self._choices) for _ in node_choices
        ]

    def _initial_slots(self) -> tuple[int | bool, ...]:
        k: list[int | bool] = [0]
        for name in self.names:
            meter = self.scenario.meters.get(name)
            k.append(False if meter is None else _clamp(meter.start, *self._bounds[name]))
        k.extend(0 for _ in self.visit_nodes)
        k.append(0)
        return tuple(k)

    def _liveness(self, exact: bool) -> None:
        if exact:
            self.live: list[int] = [(1 << self.size) - 2 for _ in self.node_ids]
        else:
            always = 1 << self.wait_slot | 1 << self.safety_slot
            moving = 1 << self._deadline_visit if self._deadline_node >= 0 else 0
            slot, visit_slot = self.slot, self.visit_slot
            self.live = reduction.liveness(self.scenario, slot, visit_slot, always, moving)
        self._dead: list[tuple[int, ...]] = [
            tuple(s for s in range(1, self.mask_slot) if not live >> s & 1) for live in self.live
        ]
        # The once-bits still worth keeping at each node (None: all of them).
        bits = {choice_id: 1 << i for i, choice_id in enumerate(self.once_choices)}
        every = (1 << len(bits)) - 1
        ahead = [every] * len(self.node_ids) if exact else reduction.once_ahead(self.scenario, bits)
        self._keep: list[int | None] = [None if keep == every else keep for keep in ahead]

    def _probes(self, nodes: list[Node]) -> None:
        """Which slots decide each node's available choices and each choice's walk."""
        self._choice_probe: list[Probe | None] = []
        self._choice_memo: list[dict[object, tuple[int, ...]]] = []
        for n, node in enumerate(nodes):
            conditions = [c.condition for c in node.choices or ()]
            once = any(c.once_bit for c in self._choices[n])
            slots = self._reads(conditions) | ({self.mask_slot} if once else set())
            self._choice_probe.append(_getter(slots))
            self._choice_memo.append({})
        self._branch_reads: list[set[int]] = [
            self._reads([b.condition for b in node.next or ()]) for node in nodes
        ]
        self._branch_probe = [_getter(slots) for slots in self._branch_reads]
        self._branch_memo: list[dict[object, int]] = [{} for _ in nodes]
        self._arrival: list[list[_Op]] = [self._arrival_ops(n) for n in range(len(nodes))]
        self._choice_ops: list[list[_Op]] = [
            self._ops(c.effects) for node_choices in self._choices for c in node_choices
        ]
        self._once_bits = [c.once_bit for node_choices in self._choices for c in node_choices]
        # Per choice: what is known about the walks after it (None: nothing yet).
        self._walks: list[_Decision | _Walk | None] = [None] * len(self.choice_ids)
        # And in front of that tree, one flat memo per choice: the walk by the start
        # values of every slot any of its decisions can read (``walk_probe``), so
        # that a step is one C-level probe and one lookup whatever the tree's depth.
        self.walk_probe: list[Probe | None] = [
            _getter(self._walk_reads(c.goto))
            for node_choices in self._choices
            for c in node_choices
        ]
        self.walk_memo: list[dict[object, _Walk] | None] = [{} for _ in self.choice_ids]

    def _walk_reads(self, goto: int) -> set[int]:
        """Every slot a walk after a choice to ``goto`` can decide on: deadline and branches.

        A slot's value mid-walk is a function of its start value alone (effects
        add or set per slot), so these start values decide the whole walk.
        """
        slots: set[int] = set()
        todo = [goto]
        if self._deadline_node >= 0:
            slots |= {self.wait_slot, self._deadline_visit}
            todo.append(self._deadline_node)
        seen: set[int] = set()
        while todo:
            n = todo.pop()
            if n in seen:
                continue
            seen.add(n)
            if self.kinds[n] == NEXT:
                slots |= self._branch_reads[n]
                todo.extend(goto for _, goto in self._branches[n])
        return slots

    def _reads(self, conditions: list[Expr | None]) -> set[int]:
        slots: set[int] = set()
        for expr in conditions:
            if expr is not None:
                slots |= {self.slot[name] for name in expr.reads_names}
                slots |= {self.visit_slot[node] for node in expr.reads_visits}
        return slots

    # -- reading ----------------------------------------------------------------

    @property
    def bounds(self) -> dict[str, tuple[int | None, int | None]]:
        """The clamp of each tracked meter (tightened where the reduction allows)."""
        return self._bounds

    @property
    def visit_slots(self) -> slice:
        """Where the tracked visit counts sit in a key."""
        return self._visits

    @property
    def deadline(self) -> tuple[int, int, int]:
        """(deadline node index or -1, deadline_days, the slot of its visit count)."""
        return self._deadline_node, self._deadline, self._deadline_visit

    def choice_ops(self, number: int) -> list[_Op]:
        """The slot changes a choice's effects make (see ``_ops``)."""
        return self._choice_ops[number]

    def arrival_ops(self, node: int) -> list[_Op]:
        """The slot changes entering a node makes: its visit count and its effects."""
        return self._arrival[node]

    def choice_probe(self, node: int) -> Probe | None:
        """Reads, from a key, what decides which choices at ``node`` are available."""
        return self._choice_probe[node]

    def node_index(self, node_id: str) -> int:
        return self._index[node_id]

    def choice_goto(self, number: int) -> int:
        node = self.choice_node[number]
        return self._choices[node][number - self.choice_base[node]].goto

    def kind(self, key: Key) -> int:
        return self.kinds[key[0]]

    def node_id(self, key: Key) -> str:
        return self.node_ids[key[0]]

    def values(self, key: Key) -> dict[str, Value]:
        """The tracked meters and flags of a state, by name."""
        return dict(zip(self.names, key[self._values], strict=True))

    def live_values(self, key: Key) -> dict[str, Value]:
        """The tracked values that still matter at this state's node (the rest were reset)."""
        live = self.live[key[0]]
        return {name: v for name, v in self.values(key).items() if live >> self.slot[name] & 1}

    def env(self, key: Key) -> Env:
        visits = dict(zip(self.visit_nodes, key[self._visits], strict=True))
        return Env(self.values(key), visits)

    def score(self, key: Key) -> int:
        values = {WAIT: key[self.wait_slot], SAFETY: key[self.safety_slot]}
        ending = self.scenario.nodes[self.node_ids[key[0]]].ending
        return compute_score(self.scenario, values, ending).score

    def available(self, key: Key) -> tuple[int, ...]:
        """Positions (0-based, written order) of the choices available in this state."""
        node = key[0]
        probe = self._choice_probe[node]
        memo = self._choice_memo[node]
        found = None if probe is None else probe(key)
        answer = memo.get(found)
        if answer is None:
            answer = memo[found] = self._evaluate_choices(key)
        return answer

    def _evaluate_choices(self, key: Key) -> tuple[int, ...]:
        out: list[int] = []
        env = self.env(key)
        mask = key[-1]
        for position, choice in enumerate(self._choices[key[0]]):
            if choice.once_bit and mask & choice.once_bit:
                continue
            if choice.condition is None or choice.condition(env):
                out.append(position)
                self.offered[self.choice_base[key[0]] + position] = 1
        return tuple(out)

    # -- moving, one node at a time (what the agreement test compares) --------------

    def start_key(self) -> Key:
        """The state just after entering ``start`` (the deadline rule does not apply there)."""
        k = list(self._init)
        start = self._index[self.scenario.start]
        self._arrive(k, start)
        self._reset(k, start)
        return tuple(k)

    def choose(self, key: Key, position: int) -> Key:
        """Take the choice at ``position`` (from ``available``), one node on: ``Engine.choose``."""
        k = list(key)
        dest = self._take(k, position)
        self._arrive(k, dest)
        self._reset(k, dest)
        return tuple(k)

    def advance(self, key: Key) -> Key:
        """Leave a ``next`` node, one node on: ``Engine.advance``."""
        k = list(key)
        dest = self._route(k)
        self._arrive(k, dest)
        self._reset(k, dest)
        return tuple(k)

    # -- moving to the next choice or ending (what the tools use) ------------------

    def begin(self) -> Key:
        """The first state with a choice or an ending: ``start`` and any ``next`` after it."""
        k = list(self._init)
        return self._walk(k, self._index[self.scenario.start])

    def step(self, key: Key, position: int) -> Key:
        """Take a choice, then go on through ``next`` nodes to the next choice or ending.

        Returns a key at a ``next`` node when the story loops there without ever
        offering a choice (where ``Engine`` would raise its ``EngineError``).
        """
        known = self._known(key, position)
        if known is None:
            return self._learn(key, position)
        return self.apply(known, key)

    def walk(self, key: Key, position: int) -> _Walk | None:
        """What taking a choice does, up to the next choice or ending, as one change.

        ``apply`` performs it on any key with the same values for what the walk
        reads. None: the story loops through ``next`` nodes without a choice.
        """
        known = self._known(key, position)
        if known is None:
            end = self._learn(key, position)
            if self.kinds[end[0]] == NEXT:
                return None
            known = self._known(key, position)
        return known

    @staticmethod
    def apply(walk: _Walk, key: Key) -> Key:
        """The key that ``walk`` (as ``walk()`` returned it) leads to from ``key``."""
        adds, constants, pick, keep, _ = walk
        k = list(key)
        for slot, value, lo, hi in adds:
            v = k[slot] + value
            k[slot] = lo if v < lo else hi if v > hi else v
        if keep is not None:
            k[-1] &= keep  # once-bits of choices that cannot come again
        k += constants
        return pick(k)

    def _known(self, key: Key, position: int) -> _Walk | None:
        """The remembered walk after a choice from ``key``, if it was seen before."""
        number = self.choice_base[key[0]] + position
        memo = self.walk_memo[number]
        if memo is None:
            found = None
        else:
            probe = self.walk_probe[number]
            found = None if probe is None else probe(key)
            walk = memo.get(found)
            if walk is not None:
                return walk
        known = self._walks[number]
        while known.__class__ is _Decision:
            t = known.threshold
            if t is not None:  # the deadline rule, inline
                known = known.answers.get(
                    key[self.wait_slot] >= t and key[self._deadline_visit] == 0
                )
            else:
                probe = known.probe
                known = known.answers.get(None if probe is None else probe(key))
        if known is None:
            return None
        if memo is not None:
            self._memorise(number, memo, found, known)  # type: ignore[arg-type]
        return known  # type: ignore[return-value]

    def _memorise(self, number: int, memo: dict[object, _Walk], found: object, walk: _Walk) -> None:
        """Add to a flat memo; give it up when its start values vary too much to pay."""
        if len(memo) >= WALK_MEMO_LIMIT:
            self.walk_memo[number] = None
            memo.clear()
        else:
            memo[found] = walk

    def _learn(self, key: Key, position: int) -> Key:
        """Walk node by node, and remember the walk as decisions and one combined change."""
        k = list(key)
        tracer = _Tracer(self, key)
        end = self._walk(k, self._take(k, position, tracer), tracer)
        if self.kinds[end[0]] == NEXT:
            return end  # loops without a choice: rare, so it is not remembered
        number = self.choice_base[key[0]] + position
        route = tracer.route
        self._remember(number, key, tracer.decisions, lambda: self._combined(number, route))
        return end

    def _remember(
        self, number: int, key: Key, trace: list[_Made], combined: Callable[[], _Walk]
    ) -> None:
        """File a walk under its decisions, creating them (and its change) as needed."""
        if not trace:
            if self._walks[number] is None:
                self._walks[number] = combined()
            return
        here = self._walks[number]
        if here is None:
            here = self._walks[number] = _Decision(trace[0][0], trace[0][2])
        for depth, (_, outcome, _) in enumerate(trace):
            assert isinstance(here, _Decision)
            after = here.outcomes.get(outcome)
            if after is None:
                last = depth == len(trace) - 1
                after = combined() if last else _Decision(*trace[depth + 1][::2])
                here.outcomes[outcome] = after
            here.answers[None if here.probe is None else here.probe(key)] = after
            here = after

    def _combined(self, number: int, route: list[int]) -> _Walk:
        """The change one walk makes, slot by slot, compiled for ``step``."""
        changes: dict[int, _Change] = {}
        _compose(changes, self._choice_ops[number])
        bit = self._once_bits[number]
        if bit:  # available, so the bit is not set yet: or-ing is adding
            _compose(changes, [(self.mask_slot, bit, _LOWEST, _HIGHEST)])
        for node in route:
            _compose(changes, self._arrival[node])
        _compose(changes, [(s, self._init[s], None, None) for s in self._dead[route[-1]]])
        return self._compiled(changes, route[-1], self._keep[route[-1]])

    def _ops(self, effects: tuple[Effect, ...]) -> list[_Op]:
        """Effects as slot changes: (slot, n, lo, hi) adds n; (slot, v, None, None) sets v."""
        ops: list[_Op] = []
        for effect in effects:
            slot = self.slot.get(effect.target)
            if slot is None:  # a meter nothing reads: it cannot change the story
                continue
            if effect.kind == "flag":
                ops.append((slot, effect.value, None, None))
                continue
            lo, hi = self._bounds[effect.target]
            if effect.kind == "set":
                ops.append((slot, _clamp(int(effect.value), lo, hi), None, None))
            else:
                low = _LOWEST if lo is None else lo
                ops.append((slot, int(effect.value), low, _HIGHEST if hi is None else hi))
        return ops

    def _arrival_ops(self, node: int) -> list[_Op]:
        ops: list[_Op] = []
        slot = self.visit_slot.get(self.node_ids[node])
        if slot is not None:
            cap = self.visit_caps[slot - self._visits.start]
            ops.append((slot, 1, _LOWEST, _HIGHEST if cap is None else cap))
        return ops + self._ops(self.scenario.nodes[self.node_ids[node]].effects)

    def _compiled(self, changes: dict[int, _Change], final: int, keep: int | None) -> _Walk:
        adds: list[tuple[int, int, int, int]] = []
        constants: list[Value] = [final]
        sets: list[int] = []
        picks = list(range(self.size))
        picks[0] = self.size  # the node index comes from the constants
        for slot, (value, lo, hi) in sorted(changes.items()):
            if lo is None or hi is None:
                picks[slot] = self.size + len(constants)
                constants.append(value)
                sets.append(slot)
            else:
                adds.append((slot, int(value), lo, hi))
        return tuple(adds), tuple(constants), itemgetter(*picks), keep, tuple(sets)

    # -- the rules, node by node ---------------------------------------------------------

    def _take(self, k: list[int | bool], position: int, tracer: _Tracer | None = None) -> int:
        """Apply a choice to ``k``; return the node it goes to (the deadline rule first)."""
        number = self.choice_base[k[0]] + position
        choice = self._choices[k[0]][position]
        ops = self._choice_ops[number]
        for slot, value, lo, hi in ops:
            _change(k, slot, value, lo, hi)
        if choice.once_bit:
            k[-1] |= choice.once_bit
        if tracer is not None:
            tracer.apply(ops)
        if self._deadline_node >= 0 and self._due(k, tracer):
            return self._deadline_node
        return choice.goto

    def _route(self, k: list[int | bool], tracer: _Tracer | None = None) -> int:
        """Where a ``next`` node goes: the deadline first, then the first branch that holds."""
        if self._deadline_node >= 0 and self._due(k, tracer):
            return self._deadline_node
        node: int = k[0]
        probe = self._branch_probe[node]
        found = None if probe is None else probe(k)
        goto = self._branch_memo[node].get(found)
        if goto is None:
            goto = self._branch_memo[node][found] = self._evaluate_branches(k)
        if tracer is not None and (probe is not None or len(self._branches[node]) > 1):
            tracer.decisions.append((probe, goto, None))
        return goto

    def _due(self, k: list[int | bool], tracer: _Tracer | None) -> bool:
        due = k[self.wait_slot] >= self._deadline and k[self._deadline_visit] == 0
        if tracer is not None:
            tracer.deadline(due)
        return due

    def _evaluate_branches(self, k: list[int | bool]) -> int:
        env: Env | None = None
        for condition, goto in self._branches[k[0]]:
            if condition is not None:
                env = env or self.env(tuple(k))
                if not condition(env):
                    continue
            return goto
        raise LookupError(f"no branch holds at {self.node_ids[k[0]]!r}")  # the loader forbids

    def _walk(self, k: list[int | bool], dest: int, tracer: _Tracer | None = None) -> Key:
        # Dead values are reset only where the walk stops: a value dead at a
        # node on the way is dead (or overwritten) at the end too.
        steps = 0
        seen: set[Key] = set()
        while True:
            self._arrive(k, dest)
            if tracer is not None:
                tracer.arrive(dest)
            if self.kinds[dest] != NEXT:
                break
            steps += 1
            if steps > len(self.kinds):  # longer than the graph: keep states to spot a repeat
                snapshot = self._snapshot(k, dest)
                if snapshot in seen or steps > MAX_CHAIN:
                    return snapshot
                seen.add(snapshot)
            dest = self._route(k, tracer)
        self._reset(k, dest)
        return tuple(k)

    def _snapshot(self, k: list[int | bool], node: int) -> Key:
        copy = list(k)
        self._reset(copy, node)
        return tuple(copy)

    def _arrive(self, k: list[int | bool], node: int) -> None:
        """Enter ``node``: count the visit, apply its effects."""
        k[0] = node
        self.entered[node] = 1
        for slot, value, lo, hi in self._arrival[node]:
            _change(k, slot, value, lo, hi)

    def _reset(self, k: list[int | bool], node: int) -> None:
        init = self._init
        for slot in self._dead[node]:
            k[slot] = init[slot]
        keep = self._keep[node]
        if keep is not None:
            k[-1] &= keep

    # -- projection -----------------------------------------------------------------

    def encode(self, state: SessionState) -> Key:
        """The compact key of a full session state (what the agreement test compares)."""
        at = self._index[state.node]
        k: list[int | bool] = [at]
        for name in self.names:
            value = state.values[name]
            if name in self.scenario.meters:
                value = _clamp(int(value), *self._bounds[name])
            k.append(value)
        for node, cap in zip(self.visit_nodes, self.visit_caps, strict=True):
            count = state.visits.get(node, 0)
            k.append(count if cap is None else min(count, cap))
        mask = 0
        for i, choice_id in enumerate(self.once_choices):
            if choice_id in state.once_taken:
                mask |= 1 << i
        k.append(mask)
        self._reset(k, at)
        return tuple(k)


def _change(k: list[int | bool], slot: int, value: Value, lo: int | None, hi: int | None) -> None:
    if lo is None or hi is None:
        k[slot] = value
    else:
        v = int(k[slot]) + int(value)
        k[slot] = lo if v < lo else hi if v > hi else v


def _compose(changes: dict[int, _Change], ops: list[_Op]) -> None:
    """Follow ``changes`` by ``ops``, slot by slot.

    "Add a, then clamp to [lo, hi]" followed by "add b, then clamp to [l, h]"
    is "add a + b, then clamp to [c(lo + b), c(hi + b)]" with c clamping to
    [l, h]; a set followed by anything is a set. So a whole walk stays one
    change per slot.
    """
    for slot, value, lo, hi in ops:
        before = changes.get(slot)
        if lo is None or hi is None or before is None:
            changes[slot] = (value, lo, hi)
            continue
        first, low, high = before
        if low is None or high is None:  # set, then add: still a set
            changes[slot] = (_clamp(int(first) + int(value), lo, hi), None, None)
        else:
            changes[slot] = (
                int(first) + int(value),
                _clamp(low + int(value), lo, hi),
                _clamp(high + int(value), lo, hi),
            )


def _getter(slots: set[int]) -> Probe | None:
    return itemgetter(*sorted(slots)) if slots else None


def _clamp(v: int, lo: int | None, hi: int | None) -> int:
    if lo is not None and v < lo:
        return lo
    if hi is not None and v > hi:
        return hi
    return v


def _kind(node: Node) -> int:
    if node.ending is not None:
        return ENDING
    if node.next is not None:
        return NEXT
    return CHOICES


# For the analyser (``game.analysis.bulk``), which follows walks meter by meter.
start_threshold = _threshold
compose = _compose
