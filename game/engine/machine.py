"""The only module that knows about ``transitions``.

The scenario graph becomes a ``transitions.Machine`` whose states are node
ids. Each node gets a trigger per choice (``choose_1``, ``choose_2``, ... by
written position) or one ``advance`` trigger for ``next``; each trigger's
transitions are tried in order and the first whose conditions hold is
taken, which is exactly the format's rule: the deadline transition first,
then the branches, then the fallback.

The machine is given only callables this module made from compiled
expressions, never a string from a scenario: transitions resolves strings
by importing them. ``auto_transitions=False`` keeps it from adding a
``to_<state>`` trigger for every node (N² transitions).

The same transition table also backs ``resolve_fast``, a loop without the
machine for the analyser, which explores millions of states; a test checks
that both agree on random playthroughs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from transitions import Machine

from game.engine.model import WAIT, Env, Node, Scenario

ADVANCE = "advance"

# A guard reads the environment of the step being resolved.
Guard = Callable[[Env], bool]

# transitions logs every trigger at INFO; the engine must stay quiet and fast.
logging.getLogger("transitions").setLevel(logging.ERROR)


def choose_trigger(index: int) -> str:
    return f"choose_{index}"


@dataclass(frozen=True, slots=True)
class Route:
    dest: str
    guard: Guard | None  # None: always
    by_deadline: bool = False
    branch: int | None = None  # the index of the `next` branch it follows


class _Cursor:
    """The machine's model: the node being left and what guards may read."""

    def __init__(self, start: str) -> None:
        self.state = start
        self.env: Env = Env({}, {})
        self.route: Route | None = None


def _routes_for(
    node: Node, trigger: str, deadline: Guard | None, deadline_node: str | None
) -> list[Route]:
    routes: list[Route] = []
    if deadline is not None and deadline_node is not None:
        routes.append(Route(deadline_node, deadline, by_deadline=True))
    if trigger == ADVANCE:
        for index, branch in enumerate(node.next or ()):
            cond = branch.condition
            guard = _guard(cond.evaluate) if cond else None
            routes.append(Route(branch.goto, guard, branch=index))
    else:
        index = int(trigger.rsplit("_", 1)[1])
        routes.append(Route(node.choices[index - 1].goto, None))  # type: ignore[index]
    return routes


def _guard(evaluate: Callable[[Env], object]) -> Guard:
    return lambda env: bool(evaluate(env))


def _deadline_guard(scenario: Scenario) -> Guard | None:
    if scenario.deadline_node is None:
        return None
    days, target = scenario.deadline_days, scenario.deadline_node

    def due(env: Env) -> bool:
        return env.values[WAIT] >= days and env.visits.get(target, 0) == 0

    return due


class Navigator:
    """Resolves where the story goes when it leaves a node."""

    def __init__(self, scenario: Scenario) -> None:
        self.table: dict[tuple[str, str], tuple[Route, ...]] = {}
        deadline = _deadline_guard(scenario)
        for node in scenario.nodes.values():
            for trigger in _triggers(node):
                routes = _routes_for(node, trigger, deadline, scenario.deadline_node)
                self.table[(node.id, trigger)] = tuple(routes)
        self._cursor = _Cursor(scenario.start)
        self._machine = self._build_machine(scenario)

    def _build_machine(self, scenario: Scenario) -> Machine:
        cursor = self._cursor
        machine = Machine(
            model=cursor,
            states=list(scenario.nodes),
            initial=scenario.start,
            auto_transitions=False,
            ignore_invalid_triggers=False,
            send_event=False,
        )
        for (source, trigger), routes in self.table.items():
            for route in routes:
                conditions: list[str | Callable[..., bool | None]] = (
                    [] if route.guard is None else [self._bind(route.guard)]
                )
                machine.add_transition(
                    trigger, source, route.dest, conditions=conditions, after=self._mark(route)
                )
        return machine

    def _bind(self, guard: Guard) -> Callable[[], bool]:
        cursor = self._cursor
        return lambda: guard(cursor.env)

    def _mark(self, route: Route) -> Callable[[], None]:
        cursor = self._cursor

        def taken() -> None:
            cursor.route = route

        return taken

    def resolve(self, node: str, trigger: str, env: Env) -> Route:
        """Fire ``trigger`` on the machine from ``node`` and report the route taken."""
        cursor = self._cursor
        cursor.env = env
        self._machine.set_state(node)
        cursor.route = None
        self._machine.events[trigger].trigger(cursor)
        if cursor.route is None:  # the loader guarantees a fallback; this is a bug guard
            raise LookupError(f"no route from {node!r} on {trigger!r}")
        return cursor.route

    def resolve_fast(self, node: str, trigger: str, env: Env) -> Route:
        """The same decision as ``resolve`` straight from the table."""
        for route in self.table[(node, trigger)]:
            if route.guard is None or route.guard(env):
                return route
        raise LookupError(f"no route from {node!r} on {trigger!r}")  # the loader forbids this


def _triggers(node: Node) -> list[str]:
    if node.choices:
        return [choose_trigger(c.index) for c in node.choices]
    if node.next:
        return [ADVANCE]
    return []
