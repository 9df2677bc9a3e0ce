"""Static analyses that let the compact engine merge states without changing any outcome.

Each function answers one question about a scenario before any state is
explored: which values can matter at all, past which count a visit counter
no longer matters, which meters only go one way, which nodes lie on a cycle,
and (liveness) which values a node can still read later. See
``game.engine.fast`` for how the answers are used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from game.engine.model import SAFETY, WAIT, Effect, Expr, Node, Scenario


def expressions(scenario: Scenario) -> Iterable[Expr]:
    for node in scenario.nodes.values():
        for choice in node.choices or ():
            if choice.condition is not None:
                yield choice.condition
        for branch in node.next or ():
            if branch.condition is not None:
                yield branch.condition


def tracked_names(scenario: Scenario, exact: bool) -> tuple[str, ...]:
    everything = (*scenario.meters, *scenario.flags)
    if exact:
        return everything
    read = {WAIT, SAFETY}
    for expr in expressions(scenario):
        read |= expr.reads_names
    return tuple(name for name in everything if name in read)


# -- visit caps ------------------------------------------------------------------------

_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+)|(?P<name>[A-Za-z_]\w*)|(?P<str>'[^']*'|\"[^\"]*\")"
    r"|(?P<op>==|!=|<=|>=|<|>|\+|-|\*|\(|\)))"
)
_COMPARE = frozenset(("==", "!=", "<=", ">=", "<", ">"))
# Tokens that end a comparison's operand on the left / on the right: an operand
# between two of them is the whole side of the comparison.
_BEFORE = frozenset((None, "(", "and", "or", "not"))
_AFTER = frozenset((None, ")", "and", "or"))


def visit_caps(scenario: Scenario, exact: bool) -> dict[str, int | None]:
    """Tracked nodes and the count past which no expression can tell counts apart."""
    caps: dict[str, int | None] = {}
    if exact:
        return dict.fromkeys(scenario.nodes)
    if scenario.deadline_node is not None:
        caps[scenario.deadline_node] = 1  # the deadline rule asks "entered yet?"
    for expr in expressions(scenario):
        for node, cap in _caps_in(expr).items():
            caps[node] = _widest(caps.get(node, 1), cap) if node in caps else cap
    return caps


def _widest(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else max(a, b)


def _caps_in(expr: Expr) -> dict[str, int | None]:
    tokens = _tokens(expr.source)
    if tokens is None:  # cannot happen for a compiled expression; stay exact if it does
        return dict.fromkeys(expr.reads_visits)
    caps: dict[str, int | None] = {}
    for i, text in enumerate(tokens):
        if text not in ("visits", "visited") or _at(tokens, i + 1) != "(":
            continue
        node = str(_at(tokens, i + 2))[1:-1]
        if text == "visited":
            cap: int | None = 1
        else:
            numbers = _compared_with(tokens, i, i + 4)
            cap = None if numbers is None else numbers + 1
        caps[node] = _widest(caps.get(node, cap), cap)
    for node in expr.reads_visits:  # a use the scan did not understand stays exact
        caps.setdefault(node, None)
    return caps


def _compared_with(tokens: list[str], first: int, end: int) -> int | None:
    """N when ``tokens[first:end]`` is one whole side of a comparison with the number N."""
    before, after = _at(tokens, first - 1), _at(tokens, end)
    if before in _BEFORE and after in _COMPARE:
        number, beyond = _at(tokens, end + 1), _at(tokens, end + 2)
        if number is not None and number.isdigit() and beyond in _AFTER:
            return int(number)
    if after in _AFTER and before in _COMPARE:
        number, beyond = _at(tokens, first - 2), _at(tokens, first - 3)
        if number is not None and number.isdigit() and beyond in _BEFORE:
            return int(number)
    return None


# -- meters that only go one way -----------------------------------------------------


def meter_bounds(
    scenario: Scenario, names: tuple[str, ...], exact: bool
) -> dict[str, tuple[int | None, int | None]]:
    """The clamp of each tracked meter: its own bounds, tightened for one-way meters."""
    bounds = {m.id: (m.min, m.max) for m in scenario.meters.values() if m.id in names}
    if exact:
        return bounds
    numbers = _compared_numbers(scenario)
    for name, (lo, hi) in bounds.items():
        found = numbers.get(name)
        if name in (WAIT, SAFETY) or not found:  # the score's meters are reported exactly
            continue
        ups, downs = _directions(scenario, name)
        if not downs:  # only up: every value past the largest number compares the same
            bounds[name] = (lo, max(found) + 1 if hi is None else min(hi, max(found) + 1))
        elif not ups:
            bounds[name] = (min(found) - 1 if lo is None else max(lo, min(found) - 1), hi)
    return bounds


def _compared_numbers(scenario: Scenario) -> dict[str, list[int]]:
    """Per name, the numbers it is compared with; a name used any other way is left out."""
    numbers: dict[str, list[int]] = {}
    other: set[str] = set()
    for expr in expressions(scenario):
        tokens = _tokens(expr.source)
        if tokens is None:
            other |= expr.reads_names
            continue
        for i, text in enumerate(tokens):
            if text not in expr.reads_names or _at(tokens, i + 1) == "(":
                continue
            number = _compared_with(tokens, i, i + 1)
            if number is None:
                other.add(text)
            else:
                numbers.setdefault(text, []).append(number)
    return {name: found for name, found in numbers.items() if name not in other}


def _directions(scenario: Scenario, name: str) -> tuple[bool, bool]:
    """Whether any effect adds to the meter (up) or takes from it (down)."""
    ups = downs = False
    for node in scenario.nodes.values():
        groups = [node.effects, *(c.effects for c in node.choices or ())]
        for effect in (e for group in groups for e in group if e.target == name):
            if effect.kind == "add":
                ups = ups or int(effect.value) > 0
                downs = downs or int(effect.value) < 0
    return ups, downs


# -- liveness ---------------------------------------------------------------------------


def liveness(
    scenario: Scenario,
    slot: Mapping[str, int],
    visit_slot: Mapping[str, int],
    always: int,
    moving: int,
) -> list[int]:
    """Per node (in written order), the bitset of key slots some path from there may still read.

    The classic backward data-flow fixed point: a slot is live at a node when
    the node reads it, or a transition out of it leads to a node where it is
    live without overwriting it first (a flag or ``"=N"`` effect overwrites;
    an addition keeps the old value in play). ``always`` holds the slots read
    everywhere (the score's meters); ``moving`` those read on every move out
    of a node (the deadline rule's), so not at an ending.
    """
    nodes = list(scenario.nodes.values())
    index = {node.id: n for n, node in enumerate(nodes)}
    reads = [
        always | (0 if node.ending else moving) | _node_reads(node, slot, visit_slot)
        for node in nodes
    ]
    entry_kill = [_kills(node.effects, slot) for node in nodes]
    moves = [_transitions(scenario, node, index, slot) for node in nodes]
    live = list(reads)
    changed = True
    while changed:
        changed = False
        for n in range(len(nodes)):
            new = reads[n]
            for kill, targets in moves[n]:
                for m in targets:
                    new |= live[m] & ~entry_kill[m] & ~kill
            if new != live[n]:
                live[n] = new
                changed = True
    return live


def _node_reads(node: Node, slot: Mapping[str, int], visit_slot: Mapping[str, int]) -> int:
    found = 0
    conditions = [c.condition for c in node.choices or ()] + [b.condition for b in node.next or ()]
    for expr in conditions:
        if expr is None:
            continue
        for name in expr.reads_names:
            found |= 1 << slot[name]
        for visited in expr.reads_visits:
            found |= 1 << visit_slot[visited]
    return found


def _kills(effects: tuple[Effect, ...], slot: Mapping[str, int]) -> int:
    found = 0
    for effect in effects:
        if effect.kind != "add" and effect.target in slot:
            found |= 1 << slot[effect.target]
    return found


def _transitions(
    scenario: Scenario, node: Node, index: Mapping[str, int], slot: Mapping[str, int]
) -> list[tuple[int, list[int]]]:
    """(slots the move overwrites, nodes it may enter) for each way out of ``node``."""
    dl = scenario.deadline_node
    deadline = [] if dl is None or node.ending else [index[dl]]
    out = [(_kills(c.effects, slot), [index[c.goto], *deadline]) for c in node.choices or ()]
    if node.next:
        out.append((0, [index[b.goto] for b in node.next] + deadline))
    return out


def _at(tokens: list[str], i: int) -> str | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def _tokens(source: str) -> list[str] | None:
    tokens: list[str] = []
    position = 0
    source = source.rstrip()
    while position < len(source):
        match = _TOKEN.match(source, position)
        if match is None:
            return None
        tokens.append(match.group(match.lastgroup or "op"))
        position = match.end()
    return tokens


def once_ahead(scenario: Scenario, bits: Mapping[str, int]) -> list[int]:
    """Per node, the once-bits of the choices on nodes reachable from it (itself included).

    A once-bit is read only at its own node, so where that node cannot come
    again the bit no longer matters and can be cleared.
    """
    graph = _node_graph(scenario)
    own = {
        node.id: sum(bits.get(c.id, 0) for c in node.choices or ())
        for node in scenario.nodes.values()
    }
    out: list[int] = []
    for start in scenario.nodes:
        found, todo, seen = 0, [start], {start}
        while todo:
            node = todo.pop()
            found |= own[node]
            for target in graph[node] - seen:
                seen.add(target)
                todo.append(target)
        out.append(found)
    return out


# -- the node graph's cycles -----------------------------------------------------------


def nodes_on_cycles(scenario: Scenario) -> set[str]:
    """Nodes that can be entered more than once: those on a cycle of the node graph."""
    graph = _node_graph(scenario)
    return {n for scc in strongly_connected(graph) for n in scc if len(scc) > 1 or n in graph[n]}


def story_rank(scenario: Scenario) -> dict[str, int]:
    """Per node, its place in the story: a node comes after every node that can lead to it,
    except within a cycle, whose nodes share one rank."""
    components = strongly_connected(_node_graph(scenario))  # found sinks first
    last = len(components) - 1
    return {n: last - i for i, scc in enumerate(components) for n in scc}


def _node_graph(scenario: Scenario) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for node in scenario.nodes.values():
        targets = {c.goto for c in node.choices or ()} | {b.goto for b in node.next or ()}
        if scenario.deadline_node and node.ending is None:
            targets.add(scenario.deadline_node)  # the deadline rule can fire on any move
        graph[node.id] = targets
    return graph


def strongly_connected(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Tarjan's algorithm without recursion (scenarios may have thousands of nodes)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            v, edges = work[-1]
            for w in edges:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(graph[w])))
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[v])
                if low[v] == index[v]:
                    scc: list[str] = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        scc.append(w)
                        if w == v:
                            break
                    found.append(scc)
    return found
