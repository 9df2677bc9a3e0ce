"""What a client shows: the current node with every text rendered in one language."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.core import Engine
from game.engine.model import Label, Scenario, Text, Value
from game.engine.state import SessionState


@dataclass(frozen=True, slots=True)
class ChoiceView:
    id: str
    number: int | None  # None: shown disabled
    text: str
    available: bool
    reason: str | None  # why it is disabled
    response: str | None
    feedback: str | None


@dataclass(frozen=True, slots=True)
class MeterView:
    id: str
    label: str
    value: int
    min: int | None
    max: int | None
    hidden: bool


@dataclass(frozen=True, slots=True)
class EndingView:
    title: str
    outcome: str
    breakthrough: str
    aftermath: int = 0  # format 1.1: the change to safety that followed the ending
    aftermath_text: str | None = None


@dataclass(frozen=True, slots=True)
class NodeView:
    node: str
    text: str
    speaker: str | None  # character id
    speaker_name: str | None
    speaker_title: str | None
    speaker_role: str | None
    speaker_color: str | None
    mood: str
    place: str | None  # the place in force
    place_name: str | None
    routine: str | None
    routine_label: str | None
    discuss: str | None
    choices: tuple[ChoiceView, ...]
    can_advance: bool
    ending: EndingView | None
    stuck: bool
    meters: tuple[MeterView, ...]


def render(text: Text | None, lang: str, values: dict[str, Value], player: str) -> str | None:
    return None if text is None else text.render(lang, values, player)


def label_text(label: Label | None, lang: str) -> str | None:
    return None if label is None else label.label.render(lang)


def render_view(engine: Engine, state: SessionState, lang: str) -> NodeView:
    scenario = engine.scenario
    node = engine.node(state)
    values, player = dict(state.values), state.player
    speaker = scenario.characters.get(node.speaker) if node.speaker else None
    place_id = engine.current_place(state)
    place = scenario.places.get(place_id) if place_id else None
    choices = tuple(
        ChoiceView(
            id=o.choice.id,
            number=o.number,
            text=o.choice.text.render(lang, values, player),
            available=o.available,
            reason=None if o.available else render(o.choice.unavailable, lang, values, player),
            response=o.choice.response,
            feedback=render(o.choice.feedback, lang, values, player),
        )
        for o in engine.options(state)
    )
    ending = node.ending
    return NodeView(
        node=node.id,
        text=node.text.render(lang, values, player),
        speaker=node.speaker,
        speaker_name=render(speaker.name, lang, values, player) if speaker else None,
        speaker_title=render(speaker.title, lang, values, player) if speaker else None,
        speaker_role=speaker.role if speaker else None,
        speaker_color=speaker.color if speaker else None,
        mood=node.mood or "neutral",
        place=place_id,
        place_name=render(place.name, lang, values, player) if place else None,
        routine=node.routine,
        routine_label=label_text(scenario.routines.get(node.routine or ""), lang),
        discuss=render(node.discuss, lang, values, player),
        choices=choices,
        can_advance=node.next is not None,
        ending=EndingView(
            ending.title.render(lang, values, player),
            ending.outcome,
            ending.breakthrough,
            ending.aftermath,
            render(ending.aftermath_text, lang, values, player),
        )
        if ending
        else None,
        stuck=engine.is_stuck(state),
        meters=meter_views(scenario, state, lang),
    )


def meter_views(scenario: Scenario, state: SessionState, lang: str) -> tuple[MeterView, ...]:
    return tuple(
        MeterView(
            id=m.id,
            label=m.label.render(lang) if m.label else m.id,
            value=int(state.values[m.id]),
            min=m.min,
            max=m.max,
            hidden=m.hidden,
        )
        for m in scenario.meters.values()
    )
