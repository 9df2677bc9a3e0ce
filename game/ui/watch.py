"""Noticing that a scenario file changed on disk, without a new dependency.

The window polls the file's modification time and size about once a second;
an author who saves in an editor sees the new version in the running game.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

POLL_SECONDS = 1.0


def stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


@dataclass
class FileWatch:
    path: Path
    interval: float = POLL_SECONDS
    last: tuple[int, int] | None = None
    _next_poll: float = field(default=0.0)

    def __post_init__(self) -> None:
        if self.last is None:
            self.last = stamp(self.path)

    def poll(self, now: float) -> bool:
        """True once after each change; looks at the disk at most once per interval."""
        if now < self._next_poll:
            return False
        self._next_poll = now + self.interval
        current = stamp(self.path)
        if current == self.last or current is None:
            return False  # a vanished file is mid-save in many editors: wait for it
        self.last = current
        return True

    def seconds_to_next_poll(self, now: float) -> float:
        return max(0.0, self._next_poll - now)
