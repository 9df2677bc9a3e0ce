"""Typed events the engine emits; players and loggers subscribe to them."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.model import Value


@dataclass(frozen=True, slots=True)
class NodeEntered:
    node: str
    by_deadline: bool = False  # the deadline rule redirected the story here


@dataclass(frozen=True, slots=True)
class ChoiceTaken:
    node: str
    choice: str
    response: str | None
    routine: str | None  # the routine this choice answers (see Engine.answered_routine)
    routine_node: str | None = None  # the node where that routine was spoken


@dataclass(frozen=True, slots=True)
class MeterChanged:
    name: str
    old: Value
    new: Value
    cause: str  # the node or choice id whose effect changed it


@dataclass(frozen=True, slots=True)
class EndingReached:
    node: str
    outcome: str
    breakthrough: str


@dataclass(frozen=True, slots=True)
class Undone:
    choice: str  # the choice that was taken back
    node: str  # where the session is now


Event = NodeEntered | ChoiceTaken | MeterChanged | EndingReached | Undone
