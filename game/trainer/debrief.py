"""The personal debrief of one playthrough, as data: path, meters over time, alternatives.

The playthrough is replayed with the engine (which is deterministic) to know
which choices were open at each decision and what the texts said then. If
the log was made with another version of the scenario and the replay no
longer fits, the debrief still shows every choice of the node, without
saying which were open.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from game.engine import Engine, EngineError, Option, Session, SessionState
from game.engine.lookback import Lookback, look_back
from game.engine.model import SAFETY, WAIT, Choice, Label, Node, Scenario, Text, Value
from game.log.reader import PlayLog, Step, parse_records
from game.log.writer import MemorySink, SessionLogger
from game.trainer.aggregate import gave_in
from game.trainer.catalog import same_version
from game.trainer.ranges import Ranges, ScoreRange, best_ranges

_MAX_ADVANCES = 10_000  # a `next` loop in an edited scenario must not hang the debrief


@dataclass
class Alternative:
    choice_id: str
    text: str
    response: str | None  # the response type's label
    chosen: bool
    available: bool | None  # None: unknown (the replay did not fit this version)
    reason: str | None
    range: ScoreRange | None


@dataclass
class Line:
    speaker: str | None
    text: str


@dataclass
class Decision:
    number: int
    node: str
    lines: list[Line]
    chosen: str
    response: str | None
    routine: str | None
    routine_explanation: str | None
    counter_moves: list[str]
    discuss: str | None
    gave_in: bool
    feedback: str | None
    wait_days: int | None
    safety: int | None
    delta_wait: int
    delta_safety: int
    votes: dict[str, int] | None
    alternatives: list[Alternative] = field(default_factory=list)


@dataclass
class MeterPoint:
    step: int
    wait_days: int
    safety: int


@dataclass
class Debrief:
    player: str
    scenario: Scenario
    lang: str
    version_ok: bool
    log: PlayLog
    ranges: Ranges
    points: list[MeterPoint] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    # What to look back on (issue 12): routines met, your own 'mag niet', why it went
    # this way, the questions for the group, the reflection questions. None when the
    # log no longer fits the scenario.
    lookback: Lookback | None = None

    @property
    def finished(self) -> bool:
        return self.log.end is not None


def build_debrief(log: PlayLog, scenario: Scenario, lang: str, ranges: Ranges) -> Debrief:
    debrief = Debrief(log.player, scenario, lang, same_version(log, scenario), log, ranges)
    debrief.points = meter_points(log)
    states = _replay(scenario, log)
    for number, step in enumerate(log.steps, 1):
        state = states[number - 1] if number - 1 < len(states) else None
        debrief.decisions.append(_decision(debrief, number, step, state))
    debrief.lookback = _look_back(scenario, log) if len(states) == len(log.steps) else None
    return debrief


def _look_back(scenario: Scenario, log: PlayLog) -> Lookback | None:
    engine = Engine(scenario)
    try:
        state = engine.start(log.player, log.start_node, log.overrides).state
        path = (*log.resumed_path, *log.path_ids)
        state = engine.replay(state, path).state
        return look_back(engine, state)
    except (EngineError, KeyError, ValueError):
        return None  # another version of the scenario: show the path only


def debrief_for_session(
    session: Session, lang: str, compare: Iterable[PlayLog] = (), use_analysis: bool = True
) -> Debrief:
    """The debrief of a session in memory (the window's ending screen), logged or not.

    The session is replayed from its origin into an in-memory log, so the
    result is the same as reading the file the session logger wrote.
    """
    engine = session.engine
    origin = session.state.origin
    replay = Session.begin(
        engine,
        session.state.player,
        origin.node if origin else None,
        origin.overrides if origin else None,
    )
    logger = SessionLogger.in_memory(replay, lang=lang)
    _follow(replay, session.state.path)
    logger.close()
    assert isinstance(logger.sink, MemorySink)
    records = logger.sink.records
    log = parse_records(records, _memory_path(session)).log
    assert log is not None  # our own records always have a valid start
    scenario = session.scenario
    ranges = best_ranges(scenario, [log, *compare]) if use_analysis else _log_ranges(log, compare)
    return build_debrief(log, scenario, lang, ranges)


def _log_ranges(log: PlayLog, compare: Iterable[PlayLog]) -> Ranges:
    from game.trainer.ranges import from_logs

    return from_logs([log, *compare])


def _memory_path(session: Session) -> Path:
    return Path(f"<{session.scenario.id}>")


def _follow(session: Session, path: tuple[str, ...]) -> None:
    pending = list(path)
    for _ in range(_MAX_ADVANCES):
        if session.over:
            return
        if session.can_advance:
            session.advance()
        elif pending:
            session.choose(pending.pop(0))
        else:
            return


def meter_points(log: PlayLog) -> list[MeterPoint]:
    """Client's wait and your safety at the start, after each decision and at the end."""
    start = log.start_meters
    points = [MeterPoint(0, start.get(WAIT, 0), start.get(SAFETY, 0))]
    for number, step in enumerate(log.steps, 1):
        points.append(MeterPoint(number, step.meters.get(WAIT, 0), step.meters.get(SAFETY, 0)))
    end = log.end
    if end is not None and (end.wait_days, end.safety) != (points[-1].wait_days, points[-1].safety):
        points.append(MeterPoint(len(log.steps) + 1, end.wait_days, end.safety))
    return points


# -- replaying -----------------------------------------------------------------------


def _replay(scenario: Scenario, log: PlayLog) -> list[SessionState]:
    """The state before each decision, as far as the scenario still fits the log."""
    engine = Engine(scenario)
    states: list[SessionState] = []
    try:
        state = engine.start(log.player, log.start_node, log.overrides).state
        for choice in log.resumed_path:  # a continued saved game: catch up first
            state = engine.choose(_to_choice(engine, state), choice).state
        for step in log.steps:
            state = _to_choice(engine, state)
            if state.node != step.node:
                break
            states.append(state)
            state = engine.choose(state, step.choice).state
    except (EngineError, KeyError, ValueError):
        pass  # another version: keep what fitted
    return states


def _to_choice(engine: Engine, state: SessionState) -> SessionState:
    for _ in range(_MAX_ADVANCES):
        if not engine.can_advance(state):
            return state
        state = engine.advance(state).state
    raise EngineError("the story loops without a choice")


# -- one decision ----------------------------------------------------------------------


def _decision(debrief: Debrief, number: int, step: Step, state: SessionState | None) -> Decision:
    scenario, lang = debrief.scenario, debrief.lang
    node = scenario.nodes.get(step.node)
    routine = scenario.routines.get(step.routine or "")
    choice = scenario.choice(step.choice)
    values = state.values if state is not None else step.meters
    return Decision(
        number=number,
        node=step.node,
        lines=_lines(scenario, step, state, lang, debrief.player),
        chosen=_render(choice.text, lang, values, debrief.player) if choice else step.choice,
        response=_label(scenario.responses, step.response, lang),
        routine=routine.label.render(lang) if routine else step.routine,
        routine_explanation=_maybe(routine.explanation, lang) if routine else None,
        counter_moves=[m.render(lang) for m in routine.counter_moves] if routine else [],
        discuss=_question(node, lang, values, debrief.player),
        gave_in=gave_in(step),
        feedback=_feedback(choice, step, lang, debrief.player),
        wait_days=step.meters.get(WAIT),
        safety=step.meters.get(SAFETY),
        delta_wait=step.delta.get(WAIT, 0),
        delta_safety=step.delta.get(SAFETY, 0),
        votes=step.votes,
        alternatives=_alternatives(debrief, node, step, state),
    )


def _question(node: Node | None, lang: str, values: Mapping[str, Value], player: str) -> str | None:
    """The node's question for the group, with the values of that moment in its slots."""
    if node is None or node.discuss is None:
        return None
    return _render(node.discuss, lang, values, player)


def _lines(
    scenario: Scenario, step: Step, state: SessionState | None, lang: str, player: str
) -> list[Line]:
    ids = [step.routine_node, step.node] if step.routine_node != step.node else [step.node]
    values = state.values if state is not None else step.meters
    lines = []
    for node_id in ids:
        node = scenario.nodes.get(node_id or "")
        if node is not None:
            text = _render(node.text, lang, values, player)
            lines.append(Line(_speaker(scenario, node, lang), text))
    return lines


def _alternatives(
    debrief: Debrief, node: Node | None, step: Step, state: SessionState | None
) -> list[Alternative]:
    if node is None or not node.choices:
        return []
    scenario, lang = debrief.scenario, debrief.lang
    options: dict[str, Option] = {}
    if state is not None:
        options = {o.choice.id: o for o in Engine(scenario).options(state)}
    values = state.values if state is not None else step.meters
    out = []
    for choice in node.choices:
        option = options.get(choice.id)
        available = None if state is None else (option is not None and option.available)
        reason = None
        if option is not None and not option.available and choice.unavailable is not None:
            reason = _render(choice.unavailable, lang, values, debrief.player)
        out.append(
            Alternative(
                choice_id=choice.id,
                text=_render(choice.text, lang, values, debrief.player),
                response=_label(scenario.responses, choice.response, lang),
                chosen=choice.id == step.choice,
                available=available,
                reason=reason,
                range=debrief.ranges.get(choice.id),
            )
        )
    return out


def _feedback(choice: Choice | None, step: Step, lang: str, player: str) -> str | None:
    if choice is None or choice.feedback is None:
        return None
    values = {**step.flags, **step.meters}
    return _render(choice.feedback, lang, values, player)


def _speaker(scenario: Scenario, node: Node, lang: str) -> str | None:
    character = scenario.characters.get(node.speaker or "")
    return character.name.render(lang) if character else None


def _label(labels: Mapping[str, Label], key: str | None, lang: str) -> str | None:
    if key is None:
        return None
    label = labels.get(key)
    return label.label.render(lang) if label else key


def _maybe(text: Text | None, lang: str) -> str | None:
    return text.render(lang) if text is not None else None


def _render(text: Text, lang: str, values: Mapping[str, Value], player: str) -> str:
    return text.render(lang, values, player)
