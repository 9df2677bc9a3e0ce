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
    # Format 1.1: the change is the ending's aftermath (the complaint or review
    # that follows a bad ending), shown with the ending rather than as a step.
    aftermath: bool = False


@dataclass(frozen=True, slots=True)
class BranchTaken:
    """The story went on along a `next` branch chosen by a condition (not the deadline).

    Only for nodes with more than one branch: that is where a reason (the
    branch's ``because``) can explain why the story went this way.
    """

    node: str
    branch: int  # 0-based, in the written order
    goto: str


@dataclass(frozen=True, slots=True)
class EndingReached:
    node: str
    outcome: str
    breakthrough: str


@dataclass(frozen=True, slots=True)
class Undone:
    choice: str  # the choice that was taken back
    node: str  # where the session is now


Event = NodeEntered | ChoiceTaken | MeterChanged | BranchTaken | EndingReached | Undone
