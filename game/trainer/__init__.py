"""The trainers' tools: session logs, the report (HTML, CSV, xAPI) and personal debriefs.

What other parts of the game call:

- ``SessionLogger.attach(session, mode=..., lang=..., player=...)`` writes a
  session log; ``logger.log_vote(node, tallies, chosen)`` records a
  facilitator-mode vote; ``logging_enabled()`` says whether ``--no-log`` was
  given (``game.log.logdir``).
- ``personal_debrief_html(log_path)`` gives the personal debrief page of a log.
- ``debrief_for_session(session, lang)`` gives the debrief data of a session in memory.

The session-log format itself lives in ``game.log`` (logformat, writer,
reader, logdir, problems), which every client imports. The old module paths
``game.trainer.reader`` etc. still work for one release: they are the very
same module objects (aliases in ``sys.modules``, not copies), so a file shim
does not stand in the way of git following the move.

The report side is imported lazily, so a client that only logs stays light.
See docs/trainers.md for trainers and the module docstrings for the formats.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from game.log import logdir, logformat, problems, reader, writer
from game.log.logdir import LOG_DIR_ENV, default_log_dir, logging_enabled
from game.log.writer import LogError, SessionLogger

# Deprecated paths, kept for one release (0.3 drops them): import game.log.*.
for _moved in (logdir, logformat, problems, reader, writer):
    sys.modules[f"{__name__}.{_moved.__name__.rpartition('.')[2]}"] = _moved
del _moved

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
