"""Rebuild a playthrough step by step from its saved path (pure: no pygame).

The history screen, the ending's meter chart and the debrief all read the
same walk, so a continued or undone game shows exactly what a game played
in one sitting shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import ChoiceTaken, Engine, EngineError, Event, SessionState
from game.engine.state import Origin
from game.engine.view import render_view


@dataclass(frozen=True, slots=True)
class Moment:
    """The session right after entering a node, and the step that led there."""

    state: SessionState
    choice: str | None  # the choice taken to get here; None at the start and after `next`
    events: tuple[Event, ...]


def walk(engine: Engine, state: SessionState) -> list[Moment]:
    """Every node entered so far, in order, replayed from the state's origin."""
    origin = state.origin or Origin(engine.scenario.start)
    step = engine.start(state.player, origin.node, origin.overrides)
    moments = [Moment(step.state, None, step.events)]
    path = list(state.path)
    current = step.state
    while len(current.trail) < len(state.trail):
        try:
            if engine.can_advance(current):
                step, choice = engine.advance(current), None
            elif path:
                choice = path.pop(0)
                step = engine.choose(current, choice)
            else:
                break
        except EngineError:
            break  # a state that does not replay (it was checked on load; be safe anyway)
        current = step.state
        moments.append(Moment(current, choice, step.events))
    return moments


def meter_series(moments: list[Moment], name: str) -> list[int]:
    return [int(m.state.values[name]) for m in moments]


@dataclass(frozen=True, slots=True)
class Said:
    """One entry of the history: a line spoken (or narrated), or a choice the player made."""

    kind: str  # "line" or "choice"
    text: str
    speaker: str | None = None
    title: str | None = None


def transcript(engine: Engine, moments: list[Moment], lang: str) -> list[Said]:
    out: list[Said] = []
    previous: Moment | None = None
    for moment in moments:
        if moment.choice is not None and previous is not None:
            out.append(Said("choice", _choice_text(engine, previous, moment.choice, lang)))
        view = render_view(engine, moment.state, lang)
        out.append(Said("line", view.text, view.speaker_name, view.speaker_title))
        previous = moment
    return out


def _choice_text(engine: Engine, before: Moment, choice_id: str, lang: str) -> str:
    choice = engine.scenario.choice(choice_id)
    if choice is None:
        return choice_id
    return choice.text.render(lang, before.state.values, before.state.player)


@dataclass(frozen=True, slots=True)
class DebriefItem:
    """A routine the player met, the answer they chose, and what it did."""

    speaker: str | None
    routine: str  # the routine's label
    explanation: str | None
    line: str  # what was said
    response: str | None  # the response type's label
    choice: str  # what the player said
    feedback: str | None


def debrief(engine: Engine, moments: list[Moment], lang: str) -> list[DebriefItem]:
    items: list[DebriefItem] = []
    by_trail = {len(m.state.trail): m for m in moments}
    for index, moment in enumerate(moments):
        for event in moment.events:
            if isinstance(event, ChoiceTaken) and event.routine and event.routine_node:
                before = moments[index - 1] if index > 0 else moment
                items.append(_debrief_item(engine, event, before, by_trail, lang))
    return items


def _debrief_item(
    engine: Engine,
    event: ChoiceTaken,
    before: Moment,
    by_trail: dict[int, Moment],
    lang: str,
) -> DebriefItem:
    scenario = engine.scenario
    values, player = before.state.values, before.state.player
    routine = scenario.routines[event.routine or ""]
    node = scenario.nodes[event.routine_node or ""]
    speaker = scenario.characters.get(node.speaker or "")
    spoken = _spoken_state(before, event.routine_node or "", by_trail)
    response = scenario.responses.get(event.response or "")
    choice = scenario.choice(event.choice)
    return DebriefItem(
        speaker=speaker.name.render(lang, values, player) if speaker else None,
        routine=routine.label.render(lang),
        explanation=routine.explanation.render(lang) if routine.explanation else None,
        line=node.text.render(lang, spoken.values, player),
        response=response.label.render(lang) if response else None,
        choice=choice.text.render(lang, values, player) if choice else event.choice,
        feedback=choice.feedback.render(lang, values, player)
        if choice and choice.feedback
        else None,
    )


def _spoken_state(before: Moment, node_id: str, by_trail: dict[int, Moment]) -> SessionState:
    """The state when the routine's line was shown (its text may hold meter values)."""
    trail = before.state.trail
    for length in range(len(trail), 0, -1):
        if trail[length - 1] == node_id and length in by_trail:
            return by_trail[length].state
    return before.state
