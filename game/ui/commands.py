"""The edge: pygame events become small command values that screens understand.

Screens never see pygame event types or key constants, so tests can drive a
screen with commands directly, and the same screen code serves keyboard and
mouse alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

Point = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Key:
    name: str  # "up", "enter", "escape", "backspace", "h", "1".."9", ...
    shift: bool = False


@dataclass(frozen=True, slots=True)
class TypeText:
    text: str


@dataclass(frozen=True, slots=True)
class PointerMove:
    pos: Point


@dataclass(frozen=True, slots=True)
class PointerDown:
    pos: Point


@dataclass(frozen=True, slots=True)
class Wheel:
    dy: int  # positive: up / back


@dataclass(frozen=True, slots=True)
class Redraw:
    """The window was exposed or resized: nothing changed, but draw again."""


@dataclass(frozen=True, slots=True)
class QuitRequest:
    """The window's close button."""


@dataclass(frozen=True, slots=True)
class Wake:
    """Background work finished (e.g. the scenario check): look again."""


Command = Key | TypeText | PointerMove | PointerDown | Wheel | Redraw | QuitRequest | Wake

WAKE_EVENT = pygame.event.custom_type()

_KEYS = {
    pygame.K_UP: "up",
    pygame.K_DOWN: "down",
    pygame.K_LEFT: "left",
    pygame.K_RIGHT: "right",
    pygame.K_RETURN: "enter",
    pygame.K_KP_ENTER: "enter",
    pygame.K_SPACE: "space",
    pygame.K_ESCAPE: "escape",
    pygame.K_BACKSPACE: "backspace",
    pygame.K_DELETE: "delete",
    pygame.K_TAB: "tab",
    pygame.K_F11: "f11",
    pygame.K_HOME: "home",
    pygame.K_END: "end",
    pygame.K_PAGEUP: "pageup",
    pygame.K_PAGEDOWN: "pagedown",
    pygame.K_h: "h",
}
_KEYS.update({getattr(pygame, f"K_{n}"): str(n) for n in range(1, 10)})
_KEYS.update({getattr(pygame, f"K_KP{n}"): str(n) for n in range(1, 10)})

_REDRAW_EVENTS = {
    pygame.VIDEOEXPOSE,
    pygame.VIDEORESIZE,
    pygame.WINDOWEXPOSED,
    pygame.WINDOWRESIZED,
    pygame.WINDOWSIZECHANGED,
    pygame.WINDOWRESTORED,
    pygame.WINDOWMAXIMIZED,
}


def from_event(event: pygame.event.Event) -> Command | None:
    """The command for one pygame event, or None when the game ignores it."""
    kind = event.type
    if kind == pygame.KEYDOWN:
        name = _KEYS.get(event.key)
        if name is None:
            return None
        return Key(name, bool(getattr(event, "mod", 0) & pygame.KMOD_SHIFT))
    if kind == pygame.TEXTINPUT:
        return TypeText(event.text)
    if kind == pygame.MOUSEMOTION:
        return PointerMove(tuple(event.pos))  # type: ignore[arg-type]
    if kind == pygame.MOUSEBUTTONDOWN:
        return PointerDown(tuple(event.pos)) if event.button == 1 else None  # type: ignore[arg-type]
    if kind == pygame.MOUSEWHEEL:
        return Wheel(int(event.y)) if event.y else None
    if kind == pygame.QUIT:
        return QuitRequest()
    if kind == WAKE_EVENT:
        return Wake()
    if kind in _REDRAW_EVENTS:
        return Redraw()
    return None
