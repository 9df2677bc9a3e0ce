"""Held keys, the window's own key repeat, and SDL's text input switch.

pygame's ``key.set_repeat`` repeats from a timer thread: while the loop is
busy it keeps queueing presses of a key that was let go long ago (one Enter
on "save the debrief" once saved it ten times). So the window repeats keys
itself, in the loop, from what it knows is held: only keys where a repeat
helps (arrows, Page Up/Down, Backspace, Delete), never after a pause of the
loop, and never more than one repeat per pass.

SDL sends TEXTINPUT events (typed text) only while text input is on; it is
on when SDL starts. ``want_text`` switches it and remembers the state, which
SDL does not let pygame read back; the test harness reads it to send typed
text exactly when SDL would.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

import pygame

from game.ui.commands import Key

REPEAT_DELAY = 0.4  # seconds held before the first repeat
REPEAT_EVERY = 0.04  # seconds between repeats
MAX_GAP = 0.2  # a pass later than this since the last one: the loop was busy, start over
REPEATING = frozenset({"up", "down", "left", "right", "pageup", "pagedown", "backspace", "delete"})


class TextInput:
    """Whether SDL sends typed text now (SDL 2 starts with it on)."""

    active = True

    @classmethod
    def want(cls, on: bool) -> None:
        if on == cls.active:
            return
        with contextlib.suppress(pygame.error):  # no display: nothing to switch
            (pygame.key.start_text_input if on else pygame.key.stop_text_input)()
        cls.active = on


def want_text(on: bool) -> None:
    TextInput.want(on)


@dataclass
class KeyRepeat:
    """What is held, and the repeats of the held key that the loop may send."""

    held: dict[str, Key] = field(default_factory=dict)  # name -> the press that started it
    _key: Key | None = None  # the key that repeats (the last one pressed, if it repeats)
    _next: float = 0.0
    _last_pass: float | None = None

    def pressed(self, key: Key, now: float) -> None:
        self.held[key.name] = key
        self._key = key if key.name in REPEATING else None
        self._next = now + REPEAT_DELAY

    def released(self, name: str) -> None:
        self.held.pop(name, None)
        if self._key is not None and self._key.name == name:
            self._key = None

    def is_held(self, name: str) -> bool:
        return name in self.held

    def forget(self) -> None:
        """Focus lost: SDL sends no key-ups for what was held then."""
        self.held.clear()
        self._key = None

    def due(self, now: float) -> Key | None:
        """A repeat of the held key when one is due; at most one per pass of the loop."""
        busy = self._last_pass is not None and now - self._last_pass > MAX_GAP
        self._last_pass = now
        if self._key is None:
            return None
        if busy:  # the loop was away: no catching up, the delay starts again
            self._next = now + REPEAT_DELAY
            return None
        if now < self._next:
            return None
        self._next = max(self._next + REPEAT_EVERY, now)
        key = self._key
        return Key(key.name, key.shift, key.ctrl, repeat=True)
