"""Play modes and the hook for the facilitator's extras.

The dialogue screen takes the mode ("solo" or "facilitator") as a setting and
asks this module for overlays. Solo has none. The trainer issue registers
facilitator overlays here (for example the node's ``discuss`` question and a
choice's ``feedback`` on a projector) without touching the dialogue screen:

    from game.ui.modes import register_overlay
    register_overlay("facilitator", lambda context: DiscussPanel(context))

An overlay sees every command first (returning True consumes it), hears the
engine's events, may animate, and draws on top of the dialogue. It may also
give the card's measure what it needs, so that it never draws over the card's
own text: ``layout_extras(theme)`` (a ``game.ui.dialogue_layout.Extras``: a
column at the right of each choice, room under each choice's text, the texts
it shows in the footer), ``hud_slot(theme)`` (the width of a place kept free
in the HUD's row) and ``footer_block()`` (what the footer shows now instead
of the key hints, or None). The game's
session log is ``context.play.logger`` (a ``SessionLogger``, or None when
logging is off): a facilitator's vote goes there with ``log_vote``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import pygame

from game.engine import Event
from game.engine.view import ChoiceView, NodeView
from game.ui.commands import Command
from game.ui.playthrough import Playthrough
from game.ui.theme import Theme

MODES = ("solo", "facilitator")


@dataclass(frozen=True, slots=True)
class OverlayContext:
    """What an overlay may read: the game, and the dialogue's current view and theme."""

    play: Playthrough
    view: Callable[[], NodeView]
    theme: Callable[[], Theme]
    card: Callable[[], pygame.Rect]  # where the dialogue card is, to stay clear of it
    ready: Callable[[], bool] = lambda: True  # the node's text is shown in full
    choose: Callable[[ChoiceView], None] = lambda choice: None  # play a choice, as the player would
    layout: Callable[[], Any] = lambda: None  # the card's DialogueLayout (choice boxes, footer)
    show_choice: Callable[[int], None] = lambda index: None  # turn to that choice's group
    shown_choices: Callable[[], tuple[Any, ...]] = lambda: ()  # the ChoiceBoxes on the card now


class Overlay(Protocol):
    def handle(self, command: Command) -> bool: ...

    def on_events(self, events: tuple[Event, ...]) -> None: ...

    def update(self, dt: float) -> bool: ...

    def draw(self, surface: pygame.Surface) -> None: ...


OverlayFactory = Callable[[OverlayContext], Overlay]
_REGISTRY: dict[str, list[OverlayFactory]] = {mode: [] for mode in MODES}


def register_overlay(mode: str, factory: OverlayFactory) -> None:
    _REGISTRY.setdefault(mode, []).append(factory)


def overlays_for(mode: str, context: OverlayContext) -> list[Overlay]:
    return [factory(context) for factory in _REGISTRY.get(mode, [])]
