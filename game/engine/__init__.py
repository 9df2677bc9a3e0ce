"""The pure engine: no pygame, no yaml, no files, no terminal, no clock.

Clients use ``Engine`` (pure steps on ``SessionState`` values) or ``Session``
(the same with subscribers). See docs/engine.md.
"""

from game.engine.core import Engine, EngineError, Option, Step
from game.engine.events import ChoiceTaken, EndingReached, Event, MeterChanged, NodeEntered, Undone
from game.engine.model import Scenario
from game.engine.score import Score, compute_score
from game.engine.session import Session, check_state
from game.engine.state import SessionState, StateError
from game.engine.view import ChoiceView, EndingView, MeterView, NodeView

__all__ = [
    "ChoiceTaken",
    "ChoiceView",
    "EndingReached",
    "EndingView",
    "Engine",
    "EngineError",
    "Event",
    "MeterChanged",
    "MeterView",
    "NodeEntered",
    "NodeView",
    "Option",
    "Scenario",
    "Score",
    "Session",
    "SessionState",
    "StateError",
    "Step",
    "Undone",
    "check_state",
    "compute_score",
]
