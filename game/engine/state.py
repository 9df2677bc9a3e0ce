"""The session state: one plain value holding everything that changes in a playthrough.

It serialises to JSON and back with a format version, so a saved game, an
undo and the round-trip tests all rest on the same thing. The engine never
mutates a state; every step returns a new one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from game.engine.model import Value

STATE_FORMAT = 1


class StateError(ValueError):
    """A saved state that cannot be read: the message says why, for the player."""


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a session started: replaying the path from here rebuilds any state."""

    node: str
    overrides: Mapping[str, Value] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SessionState:
    scenario: str
    node: str
    values: Mapping[str, Value]  # meters and flags
    visits: Mapping[str, int]  # node id -> times entered
    once_taken: frozenset[str] = frozenset()
    path: tuple[str, ...] = ()  # choice ids taken, in order
    trail: tuple[str, ...] = ()  # node ids entered, in order
    player: str = ""
    origin: Origin | None = None
    format: int = STATE_FORMAT

    def to_dict(self) -> dict[str, Any]:
        origin = self.origin or Origin(self.trail[0] if self.trail else self.node)
        return {
            "format": self.format,
            "scenario": self.scenario,
            "node": self.node,
            "values": dict(self.values),
            "visits": dict(self.visits),
            "once_taken": sorted(self.once_taken),
            "path": list(self.path),
            "trail": list(self.trail),
            "player": self.player,
            "origin": {"node": origin.node, "overrides": dict(origin.overrides)},
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @staticmethod
    def from_json(text: str) -> SessionState:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as err:
            raise StateError(f"the saved game is not valid JSON ({err})") from None
        return SessionState.from_dict(data)

    @staticmethod
    def from_dict(data: Any) -> SessionState:
        """Read a state, checking every field's type: saves are untrusted input."""
        if not isinstance(data, dict):
            raise StateError("the saved game is not a JSON object")
        version = data.get("format")
        if version != STATE_FORMAT:
            raise StateError(
                f"the saved game has format {version!r}; this version reads format {STATE_FORMAT}"
            )
        origin = _dict(data, "origin")
        return SessionState(
            scenario=_str(data, "scenario"),
            node=_str(data, "node"),
            values=_values(_dict(data, "values")),
            visits=_counts(_dict(data, "visits")),
            once_taken=frozenset(_strs(data, "once_taken")),
            path=tuple(_strs(data, "path")),
            trail=tuple(_strs(data, "trail")),
            player=_str(data, "player"),
            origin=Origin(_str(origin, "node"), _values(_dict(origin, "overrides"))),
        )


def _get(data: dict[str, Any], key: str, kind: type | tuple[type, ...], what: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind):
        raise StateError(f"the saved game's '{key}' is not {what}")
    return value


def _str(data: dict[str, Any], key: str) -> str:
    value: str = _get(data, key, str, "text")
    return value


def _dict(data: dict[str, Any], key: str) -> dict[str, Any]:
    value: dict[str, Any] = _get(data, key, dict, "an object")
    return value


def _strs(data: dict[str, Any], key: str) -> list[str]:
    items: list[Any] = _get(data, key, list, "a list")
    if not all(isinstance(item, str) for item in items):
        raise StateError(f"the saved game's '{key}' must hold only text")
    return items


def _values(data: dict[str, Any]) -> dict[str, Value]:
    if not all(isinstance(v, int) for v in data.values()):  # bool is an int too
        raise StateError("the saved game has a meter or flag that is not a number or true/false")
    return dict(data)


def _counts(data: dict[str, Any]) -> dict[str, int]:
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in data.values()):
        raise StateError("the saved game has a visit count that is not a whole number")
    return dict(data)
