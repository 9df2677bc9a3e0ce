"""DB305: nodes that lead to each other with ``next`` only, with no way out.

Such a loop never offers a choice and never ends: the terminal player would
print it forever and the window would page through it forever. A loop is
closed when every node in it goes on by itself (``next``) and every branch
of every node stays inside it. The deadline is a way out only when a node
in the loop adds waiting days (then the deadline comes at last). A loop with
a conditional branch out is not closed here (whether the condition can ever
hold is the analyser's question, see DB702 and ``analyze``); the players
stop such a loop after many steps with a message.
"""

from __future__ import annotations

from collections.abc import Mapping

from game.engine.model import WAIT
from game.scenario import codes
from game.scenario.report import Reporter
from game.scenario.schema import NodeDef, ScenarioDef


def report_next_loops(sdef: ScenarioDef, report: Reporter) -> None:
    for loop in closed_next_loops(sdef):
        names = ", ".join(f"'{nid}'" for nid in loop[:4]) + (" ..." if len(loop) > 4 else "")
        report.error(
            codes.NEXT_LOOP,
            f"the story goes round without a choice: {names} lead only to each other "
            "with 'next'; give one of them a choice, or a branch out of the loop",
            ("nodes", loop[0]),
            key=True,
        )


def closed_next_loops(sdef: ScenarioDef) -> list[list[str]]:
    """Each closed loop's node ids, in file order; loops in file order of their first node."""
    order = {nid: i for i, nid in enumerate(sdef.nodes)}
    edges = {nid: _next_targets(n, sdef.nodes) for nid, n in sdef.nodes.items() if n.next}
    loops = []
    for group in _strongly_connected(edges):
        members = set(group)
        cyclic = len(group) > 1 or group[0] in edges[group[0]]
        if not cyclic or any(edges[nid] - members for nid in group):
            continue
        if sdef.deadline_node is not None and any(_adds_days(sdef.nodes[n]) for n in group):
            continue
        loops.append(sorted(group, key=order.__getitem__))
    return sorted(loops, key=lambda loop: order[loop[0]])


def _next_targets(node: NodeDef, nodes: Mapping[str, NodeDef]) -> set[str]:
    raw = node.next
    goto = [raw] if isinstance(raw, str) else [branch.goto for branch in raw or ()]
    # An unknown target is DB201; here it counts as a way out (not reported twice).
    return {target if target in nodes else "\0unknown" for target in goto}


def _adds_days(node: NodeDef) -> bool:
    value = (node.effects or {}).get(WAIT)
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _strongly_connected(edges: Mapping[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm without recursion (a long chain of nodes must not overflow)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = 0
    for root in edges:
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(t for t in edges[root] if t in edges))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, todo = work[-1]
            if todo:
                nxt = todo.pop()
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(t for t in edges[nxt] if t in edges)))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                groups.append(group)
    return groups
