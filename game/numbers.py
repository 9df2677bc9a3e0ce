"""Numbers and times from people and files, read by our own rules.

``int()`` is too generous for input: it accepts ``'²'``-like digits of other
scripts only sometimes (``'²'.isdigit()`` is true, ``int('²')`` fails),
underscores, surrounding spaces, and refuses more than 4,300 digits with
an exception of its own. ``whole_number`` accepts exactly: an optional
sign, then ASCII digits, at most ``MAX_DIGITS`` of them.

Times: a ``datetime`` near year 1 or 9999 cannot be shown in every time zone
(``astimezone`` overflows), and ``time.localtime`` refuses far-off seconds.
``usable_moment`` and ``usable_epoch`` keep only times that convert
everywhere: from 1900 to 3000, which holds every real save and log.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

# A number a person types has at most this many digits.
MAX_DIGITS = 10
# The largest number a case may write (a meter's start or bound, an effect, a
# --set value): a billion is far beyond any meter a story keeps.
NUMBER_LIMIT = 10**9
# The largest meter value a save or a session log may hold. Adding up effects
# of at most NUMBER_LIMIT, a playthrough would need a million steps to pass
# it, far more than a log the reader takes (20 MB) can record; and 10^15 is
# still exact for JSON readers that use doubles (xAPI stores, spreadsheets).
STORED_LIMIT = 10**15

EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(3000, 1, 1, tzinfo=UTC)
EARLIEST_EPOCH = EARLIEST.timestamp()
LATEST_EPOCH = LATEST.timestamp()


def whole_number(text: str, max_digits: int = MAX_DIGITS) -> int | None:
    """``text`` as a whole number (``-12``, ``+3``, ``007``), or None when it is not one."""
    digits = text[1:] if text[:1] in ("-", "+") else text
    if not digits or len(digits) > max_digits or not (digits.isascii() and digits.isdigit()):
        return None
    return int(text)


def is_digits(text: str, max_digits: int = MAX_DIGITS) -> bool:
    """True for ASCII digits only (no sign), at most ``max_digits``: a choice number."""
    return 0 < len(text) <= max_digits and text.isascii() and text.isdigit()


def within_limit(value: object, limit: int = NUMBER_LIMIT) -> bool:
    """True for a whole number (not a bool) of at most ``limit`` either way."""
    return isinstance(value, int) and not isinstance(value, bool) and -limit <= value <= limit


def usable_epoch(value: object) -> float | None:
    """Seconds since 1970 as a float when they are a real moment between 1900 and 3000."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, int) and abs(value) > 10**12:  # also keeps huge ints from float()
        return None
    seconds = float(value)
    if not math.isfinite(seconds) or not EARLIEST_EPOCH <= seconds <= LATEST_EPOCH:
        return None
    return seconds


def usable_moment(moment: datetime) -> datetime | None:
    """``moment`` (with a zone; naive means UTC) when it lies between 1900 and 3000."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        utc = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    return moment if EARLIEST <= utc <= LATEST else None
