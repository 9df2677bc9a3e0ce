"""The trainers' tools: session logs, the report (HTML, CSV, xAPI) and personal debriefs.

What other parts of the game call:

- ``SessionLogger.attach(session, mode=..., lang=..., player=...)`` writes a
  session log; ``logger.log_vote(node, tallies, chosen)`` records a
  facilitator-mode vote; ``logging_enabled()`` says whether ``--no-log`` was
  given (``game.trainer.logdir``).
- ``personal_debrief_html(log_path)`` gives the personal debrief page of a log.
- ``debrief_for_session(session, lang)`` gives the debrief data of a session in memory.

The report side is imported lazily, so a client that only logs stays light.
See docs/trainers.md for trainers and the module docstrings for the formats.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from game.trainer.logdir import LOG_DIR_ENV, default_log_dir, logging_enabled
from game.trainer.writer import LogError, SessionLogger

if TYPE_CHECKING:
    from game.trainer.debrief import debrief_for_session
    from game.trainer.debrief_page import personal_debrief_html

__all__ = [
    "LOG_DIR_ENV",
    "LogError",
    "SessionLogger",
    "debrief_for_session",
    "default_log_dir",
    "logging_enabled",
    "personal_debrief_html",
]

_LAZY = {
    "personal_debrief_html": "game.trainer.debrief_page",
    "debrief_for_session": "game.trainer.debrief",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'game.trainer' has no attribute {name!r}")
