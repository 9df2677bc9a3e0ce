"""The engine: pure functions from a session state to the next one.

Every client (window, terminal, analyser, tests) uses this one API:
``start``, ``options``/``available``, ``choose``, ``advance``, ``undo``,
``ending`` and ``score``. A step returns the new state and the events it
caused; ``game.engine.session.Session`` adds subscribers on top.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from game.engine.events import (
    BranchTaken,
    ChoiceTaken,
    EndingReached,
    Event,
    MeterChanged,
    NodeEntered,
)
from game.engine.machine import ADVANCE, Navigator, Route, choose_trigger
from game.engine.model import Choice, Effect, Ending, Env, Node, Scenario, Value
from game.engine.score import Score, compute_score
from game.engine.state import Origin, SessionState


class EngineError(Exception):
    """A request the engine cannot carry out; the message is for the player or author."""


@dataclass(frozen=True, slots=True)
class Option:
    """A choice of the current node as the player sees it."""

    choice: Choice
    number: int | None  # 1-based among the available choices; None when disabled
    available: bool


@dataclass(frozen=True, slots=True)
class Step:
    state: SessionState
    events: tuple[Event, ...]


class Engine:
    """Runs one scenario. Holds no session data: states go in and come out."""

    def __init__(self, scenario: Scenario, *, use_machine: bool = True) -> None:
        self.scenario = scenario
        self.navigator = Navigator(scenario)
        # The analyser resolves routes from the same table without the machine.
        self._resolve = self.navigator.resolve if use_machine else self.navigator.resolve_fast

    # -- starting -----------------------------------------------------------

    def initial_values(self) -> dict[str, Value]:
        values: dict[str, Value] = {m.id: m.start for m in self.scenario.meters.values()}
        values.update({flag: False for flag in self.scenario.flags})
        return values

    def start(
        self,
        player: str = "",
        at: str | None = None,
        overrides: Mapping[str, Value] | None = None,
    ) -> Step:
        """A new session at ``start`` (or ``at``), with optional meter and flag values."""
        node = at or self.scenario.start
        if node not in self.scenario.nodes:
            raise EngineError(f"there is no node '{node}' in this scenario")
        values = self.initial_values()
        for name, value in (overrides or {}).items():
            values[name] = self._checked_override(name, value)
        origin = Origin(node, dict(overrides or {}))
        state = SessionState(self.scenario.id, node, values, {}, player=player, origin=origin)
        events: list[Event] = []
        state = self._enter(state, node, events, by_deadline=False)
        return Step(state, tuple(events))

    def _checked_override(self, name: str, value: Value) -> Value:
        meter = self.scenario.meters.get(name)
        if meter is not None:
            if isinstance(value, bool):
                raise EngineError(f"'{name}' is a meter: give it a whole number")
            return meter.clamp(value)
        if name in self.scenario.flags:
            if not isinstance(value, bool):
                raise EngineError(f"'{name}' is a flag: give it true or false")
            return value
        raise EngineError(f"there is no meter or flag '{name}' in this scenario")

    # -- reading -------------------------------------------------------------

    def node(self, state: SessionState) -> Node:
        return self.scenario.nodes[state.node]

    def env(self, state: SessionState) -> Env:
        return Env(state.values, state.visits)

    def options(self, state: SessionState) -> list[Option]:
        """Every choice that is available or shown disabled, numbered as the player sees them."""
        env = self.env(state)
        result: list[Option] = []
        number = 0
        for choice in self.node(state).choices or ():
            if choice.once and choice.id in state.once_taken:
                continue
            if choice.condition is None or choice.condition.evaluate(env):
                number += 1
                result.append(Option(choice, number, True))
            elif choice.unavailable is not None:
                result.append(Option(choice, None, False))
        return result

    def available(self, state: SessionState) -> list[Choice]:
        return [option.choice for option in self.options(state) if option.available]

    def can_advance(self, state: SessionState) -> bool:
        return self.node(state).next is not None

    def ending(self, state: SessionState) -> Ending | None:
        return self.node(state).ending

    def is_stuck(self, state: SessionState) -> bool:
        node = self.node(state)
        return node.choices is not None and not self.available(state)

    def score(self, state: SessionState) -> Score:
        return compute_score(self.scenario, state.values, self.ending(state))

    def answered_routine(self, state: SessionState) -> str | None:
        """The node whose routine the current choice answers: this node, or a line just before.

        A routine is often spoken on a ``next`` node and answered at the choice
        that follows, so look back along the trail until the previous choice point.
        """
        for position, node_id in enumerate(reversed(state.trail)):
            node = self.scenario.nodes[node_id]
            if position > 0 and node.choices is not None:
                return None  # the previous choice point already answered its own routine
            if node.routine is not None:
                return node_id
        return None

    def current_place(self, state: SessionState) -> str | None:
        """The place in force: the last entered node that named one."""
        for node_id in reversed(state.trail):
            place = self.scenario.nodes[node_id].place
            if place is not None:
                return place
        return None

    # -- moving ---------------------------------------------------------------

    def choose(self, state: SessionState, key: int | str) -> Step:
        """Take an available choice by its number (1-based) or its id."""
        choice = self._find_choice(state, key)
        node = self.node(state)
        routine_node = self.answered_routine(state)
        routine = self.scenario.nodes[routine_node].routine if routine_node else None
        events: list[Event] = [
            ChoiceTaken(node.id, choice.id, choice.response, routine, routine_node)
        ]
        values = self._apply(state.values, choice.effects, choice.id, events)
        once = state.once_taken | {choice.id} if choice.once else state.once_taken
        moved = _replace(state, values=values, once_taken=once, path=(*state.path, choice.id))
        route = self._resolve(node.id, choose_trigger(choice.index), self.env(moved))
        return self._move(moved, route, events)

    def advance(self, state: SessionState) -> Step:
        """Leave a node that has ``next``."""
        if not self.can_advance(state):
            raise EngineError(f"node '{state.node}' does not go on by itself")
        route = self._resolve(state.node, ADVANCE, self.env(state))
        events: list[Event] = []
        branches = self.node(state).next or ()
        if route.branch is not None and len(branches) > 1:
            events.append(BranchTaken(state.node, route.branch, route.dest))
        return self._move(state, route, events)

    def undo(self, state: SessionState) -> Step | None:
        """Take back the last choice: replay the path without it. None if there is none."""
        if not state.path:
            return None
        return self.replay(state, state.path[:-1])

    def replay(self, state: SessionState, path: tuple[str, ...]) -> Step:
        """Rebuild a session from its origin by taking ``path``, stopping at the next choice."""
        origin = state.origin or Origin(self.scenario.start)
        step = self.start(state.player, origin.node, origin.overrides)
        events = list(step.events)
        current = step.state
        for choice_id in path:
            current = self._advance_to_choice(current, events)
            nxt = self.choose(current, choice_id)
            events.extend(nxt.events)
            current = nxt.state
        current = self._advance_to_choice(current, events)
        return Step(current, tuple(events))

    def _advance_to_choice(self, state: SessionState, events: list[Event]) -> SessionState:
        guard = 0
        while self.can_advance(state):
            guard += 1
            if guard > 100_000:  # a `next` loop that never offers a choice
                raise EngineError(f"the story loops without a choice near node '{state.node}'")
            step = self.advance(state)
            events.extend(step.events)
            state = step.state
        return state

    def _find_choice(self, state: SessionState, key: int | str) -> Choice:
        options = [o for o in self.options(state) if o.available]
        if not options:
            raise EngineError(self._stuck_message(state))
        if isinstance(key, int):
            if 1 <= key <= len(options):
                return options[key - 1].choice
            raise EngineError(f"choose a number from 1 to {len(options)}")
        for option in options:
            if option.choice.id == key:
                return option.choice
        raise EngineError(f"'{key}' is not an available choice at node '{state.node}'")

    def _stuck_message(self, state: SessionState) -> str:
        node = self.node(state)
        if node.ending is not None:
            return "the scenario has ended"
        if node.next is not None:
            return f"node '{node.id}' has no choices; it goes on by itself"
        return (
            f"node '{node.id}' has no available choice: the scenario is stuck (an author's error)"
        )

    def _move(self, state: SessionState, route: Route, events: list[Event]) -> Step:
        state = self._enter(state, route.dest, events, by_deadline=route.by_deadline)
        return Step(state, tuple(events))

    def _enter(
        self, state: SessionState, node_id: str, events: list[Event], *, by_deadline: bool
    ) -> SessionState:
        node = self.scenario.nodes[node_id]
        visits = dict(state.visits)
        visits[node_id] = visits.get(node_id, 0) + 1
        events.append(NodeEntered(node_id, by_deadline))
        effects = node.effects
        aftermath: tuple[Effect, ...] = ()
        if node.ending is not None and node.ending.aftermath:
            # The loader put the aftermath last among the ending's effects (so the
            # compact engine and the analyser need nothing special for it).
            effects, aftermath = effects[:-1], effects[-1:]
        values = self._apply(state.values, effects, node_id, events)
        if aftermath:
            before = len(events)
            values = self._apply(values, aftermath, node_id, events)
            events[before:] = [
                replace(e, aftermath=True) if isinstance(e, MeterChanged) else e
                for e in events[before:]
            ]
        entered = _replace(
            state, node=node_id, values=values, visits=visits, trail=(*state.trail, node_id)
        )
        if node.ending is not None:
            events.append(EndingReached(node_id, node.ending.outcome, node.ending.breakthrough))
        return entered

    def _apply(
        self,
        values: Mapping[str, Value],
        effects: tuple[Effect, ...],
        cause: str,
        events: list[Event],
    ) -> Mapping[str, Value]:
        if not effects:
            return values
        new = dict(values)
        meters = self.scenario.meters
        for effect in effects:
            old = new[effect.target]
            if effect.kind == "flag":
                value: Value = effect.value
            else:
                base = int(old) if effect.kind == "add" else 0
                value = meters[effect.target].clamp(base + int(effect.value))
            if value != old:
                new[effect.target] = value
                events.append(MeterChanged(effect.target, old, value, cause))
        return new


def _replace(state: SessionState, **changes: object) -> SessionState:
    # dataclasses.replace re-runs __init__ checks we do not have; this is cheaper.
    fields = {name: getattr(state, name) for name in state.__dataclass_fields__}
    fields.update(changes)
    return SessionState(**fields)
