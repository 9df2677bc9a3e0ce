"""The session log, format 1: one JSON object per line, one file per playthrough.

Records, in the order a playthrough writes them::

    {"type": "start", "format": 1, "id", "scenario", "scenario_version",
     "scenario_sha256", "scenario_path", "player", "lang", "mode", "client",
     "started_at", "start_node", "overrides", "resumed_path", "meters", "flags"}
    {"type": "choice", "at", "node", "choice", "response", "routine",
     "routine_node", "meters", "flags", "delta"}
    {"type": "undo", "at", "choice", "node", "meters", "flags"}
    {"type": "vote", "at", "node", "tallies": {choice id: hands}, "chosen"}
    {"type": "end", "at", "ending", "outcome", "breakthrough", "wait_days",
     "safety", "client_score", "safety_score", "score"}

``meters`` hold every meter after the step (hidden ones too, because the
report explains endings with them); ``delta`` holds the meters the step
changed, so the report can say what a choice cost without replaying it.
Readers keep accepting older formats (architecture rule 8); a newer format
than the reader knows is reported, not guessed at.
"""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime

from game.numbers import usable_moment

FORMAT = 1
SUFFIX = ".jsonl"

START = "start"
CHOICE = "choice"
UNDO = "undo"
VOTE = "vote"
END = "end"
RECORD_TYPES = (START, CHOICE, UNDO, VOTE, END)

# Responses with which the room leaves the "no" standing: see docs/trainers.md.
GAVE_IN = ("comply", "defer")

_UNSAFE = re.compile(r"[^a-z0-9_]+")


def utc_now() -> datetime:
    return datetime.now(UTC)


def timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds and a ``Z``: sortable as text, read by xAPI stores."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_timestamp(value: object) -> datetime | None:
    """A timestamp from an untrusted log, or None when it is not a valid one.

    Only moments that every time zone can show (1900 to 3000, see
    ``game.numbers.usable_moment``): ``0001-01-01T00:00:00+14:00`` is valid
    ISO 8601, but converting it to UTC or to local time overflows.
    """
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return usable_moment(moment)


def log_file_name(scenario_id: str, moment: datetime, token: str | None = None) -> str:
    """``20261123T113103.123Z_voorbeeld_3f9a1c.jsonl``: sorts by start time, never collides.

    The random token keeps two games started in the same millisecond apart
    (a workshop room of laptops sharing a network folder).
    """
    stamp = moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S.") + f"{moment.microsecond // 1000:03d}Z"
    safe_id = _UNSAFE.sub("_", scenario_id.lower())[:40] or "scenario"
    return f"{stamp}_{safe_id}_{token or secrets.token_hex(3)}{SUFFIX}"
