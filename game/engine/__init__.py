"""The pure engine: no pygame, no yaml, no files, no terminal, no clock.

Clients use ``Engine`` (pure steps on ``SessionState`` values) or ``Session``
(the same with subscribers). See docs/engine.md.

Names are imported on first use (PEP 562), so that the loader, which needs
only the model, builtins and expressions, does not pay for ``transitions``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Engine": "core",
    "EngineError": "core",
    "Option": "core",
    "Step": "core",
    "BranchTaken": "events",
    "ChoiceTaken": "events",
    "EndingReached": "events",
    "Event": "events",
    "MeterChanged": "events",
    "NodeEntered": "events",
    "Undone": "events",
    "Scenario": "model",
    "Score": "score",
    "compute_score": "score",
    "Session": "session",
    "check_state": "session",
    "SessionState": "state",
    "StateError": "state",
    "ChoiceView": "view",
    "EndingView": "view",
    "MeterView": "view",
    "NodeView": "view",
}

__all__ = [
    "BranchTaken",
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


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from game.engine.core import Engine, EngineError, Option, Step
    from game.engine.events import (
        BranchTaken,
        ChoiceTaken,
        EndingReached,
        Event,
        MeterChanged,
        NodeEntered,
        Undone,
    )
    from game.engine.model import Scenario
    from game.engine.score import Score, compute_score
    from game.engine.session import Session, check_state
    from game.engine.state import SessionState, StateError
    from game.engine.view import ChoiceView, EndingView, MeterView, NodeView
