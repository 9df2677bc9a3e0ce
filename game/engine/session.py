"""A playthrough: the engine plus the current state and its subscribers.

Players hold a ``Session``; loggers and animations subscribe to its events.
The state itself stays a plain value (``session.state``) for saving.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from game.engine.core import Engine, EngineError, Option, Step
from game.engine.events import Event, Undone
from game.engine.model import Scenario, Value
from game.engine.score import Score
from game.engine.state import SessionState
from game.engine.view import NodeView, render_view

Listener = Callable[[Event], None]


class Session:
    def __init__(self, engine: Engine, state: SessionState) -> None:
        self.engine = engine
        self.state = state
        self._listeners: list[Listener] = []

    @classmethod
    def begin(
        cls,
        scenario: Scenario | Engine,
        player: str = "",
        at: str | None = None,
        overrides: Mapping[str, Value] | None = None,
        listeners: tuple[Listener, ...] = (),
    ) -> Session:
        """Start a new session; ``listeners`` hear the first node being entered too."""
        engine = scenario if isinstance(scenario, Engine) else Engine(scenario)
        step = engine.start(player, at, overrides)
        session = cls(engine, step.state)
        for listener in listeners:
            session.subscribe(listener)
        session._emit(step.events)
        return session

    @classmethod
    def resume(
        cls, scenario: Scenario | Engine, state: SessionState, *, replay: bool = True
    ) -> Session:
        """Continue a saved state, after checking it fits this scenario.

        ``replay=False`` leaves out replaying the choices from the start, for a
        state this same scenario (the same file, by its sha256) made: it replays
        by construction, and a long game would replay dozens of moves per request.
        """
        engine = scenario if isinstance(scenario, Engine) else Engine(scenario)
        check_state(engine, state, replay=replay)
        return cls(engine, state)

    @property
    def scenario(self) -> Scenario:
        return self.engine.scenario

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; the returned function removes it again."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def view(self, lang: str) -> NodeView:
        return render_view(self.engine, self.state, lang)

    def options(self) -> list[Option]:
        return self.engine.options(self.state)

    @property
    def over(self) -> bool:
        return self.engine.ending(self.state) is not None

    @property
    def can_advance(self) -> bool:
        return self.engine.can_advance(self.state)

    @property
    def can_undo(self) -> bool:
        return bool(self.state.path)

    def score(self) -> Score:
        return self.engine.score(self.state)

    def choose(self, key: int | str) -> tuple[Event, ...]:
        return self._take(self.engine.choose(self.state, key))

    def advance(self) -> tuple[Event, ...]:
        return self._take(self.engine.advance(self.state))

    def undo(self) -> bool:
        """Take back the last choice; False when there is nothing to undo."""
        step = self.engine.undo(self.state)
        if step is None:
            return False
        taken_back = self.state.path[-1]
        self.state = step.state
        self._emit((Undone(taken_back, step.state.node),))
        return True

    def _take(self, step: Step) -> tuple[Event, ...]:
        self.state = step.state
        self._emit(step.events)
        return step.events

    def _emit(self, events: tuple[Event, ...]) -> None:
        for event in events:
            for listener in tuple(self._listeners):
                listener(event)


def check_state(engine: Engine, state: SessionState, *, replay: bool = True) -> None:
    """Refuse a saved state that does not belong to this scenario (it may have changed).

    ``replay`` also replays the saved choices from the start (see ``Session.resume``).
    """
    scenario = engine.scenario
    if state.scenario != scenario.id:
        raise EngineError(f"this save is for scenario '{state.scenario}', not '{scenario.id}'")
    if state.node not in scenario.nodes:
        raise EngineError(f"the saved node '{state.node}' no longer exists in this scenario")
    expected = set(scenario.meters) | set(scenario.flags)
    if set(state.values) != expected:
        raise EngineError("the scenario's meters or flags changed since this game was saved")
    for name, meter in scenario.meters.items():
        if isinstance(state.values[name], bool):
            raise EngineError(f"the saved meter '{name}' is not a number")
        if meter.clamp(int(state.values[name])) != state.values[name]:
            raise EngineError(f"the saved meter '{name}' is outside its bounds")
    for flag in scenario.flags:
        if not isinstance(state.values[flag], bool):
            raise EngineError(f"the saved flag '{flag}' is not true or false")
    unknown = [n for n in (*state.visits, *state.trail) if n not in scenario.nodes]
    if unknown or any(scenario.choice(c) is None for c in (*state.path, *state.once_taken)):
        raise EngineError("the save mentions nodes or choices this scenario no longer has")
    if replay:
        _check_origin(engine, state)


def _check_origin(engine: Engine, state: SessionState) -> None:
    """The start and the choices must replay: undo and live reload rebuild the state from them."""
    origin = state.origin
    if origin is not None:
        if origin.node not in engine.scenario.nodes:
            raise EngineError(f"the saved game began at node '{origin.node}', which is gone")
        for name, value in origin.overrides.items():
            engine._checked_override(name, value)
    if state.path:
        try:
            engine.replay(state, state.path)
        except EngineError:
            raise EngineError("the saved choices can no longer be taken in this order") from None
