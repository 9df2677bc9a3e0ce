"""The edge: pygame events become small command values that screens understand.

Screens never see pygame event types or key constants, and the same screen
code serves keyboard and mouse alike. Tests drive the window through SDL's
own queue (``pygame.event.post``, see ``tests/ui/harness.py``), so this edge
is always part of what they test.

Letters and digits arrive as key presses (``Key("t")``, ``Key("5")``), which
SDL sends whether or not text input is on; typed text for the name field
arrives as ``TypeText`` (SDL's TEXTINPUT, only while text input is on).
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

Point = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Key:
    name: str  # "up", "enter", "escape", "backspace", "a".."z", "0".."9", "f5", "ctrl", ...
    shift: bool = False
    ctrl: bool = False
    repeat: bool = False  # made by the window's own key repeat while the key is held


@dataclass(frozen=True, slots=True)
class KeyUp:
    """A key was let go (held keys: Ctrl skips, and the key repeat stops)."""

    name: str


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
class MiddleClick:
    """The middle mouse button: hides the interface, as in most visual novels."""

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


Command = (
    Key
    | KeyUp
    | TypeText
    | PointerMove
    | PointerDown
    | MiddleClick
    | Wheel
    | Redraw
    | QuitRequest
    | Wake
)

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
    pygame.K_F5: "f5",
    pygame.K_F9: "f9",
    pygame.K_F11: "f11",
    pygame.K_LCTRL: "ctrl",
    pygame.K_RCTRL: "ctrl",
    pygame.K_HOME: "home",
    pygame.K_END: "end",
    pygame.K_PAGEUP: "pageup",
    pygame.K_PAGEDOWN: "pagedown",
}
_KEYS.update({getattr(pygame, f"K_{n}"): str(n) for n in range(10)})
_KEYS.update({getattr(pygame, f"K_KP{n}"): str(n) for n in range(10)})
_KEYS.update({getattr(pygame, f"K_{c}"): c for c in "abcdefghijklmnopqrstuvwxyz"})

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
    if kind in (pygame.KEYDOWN, pygame.KEYUP):
        name = _KEYS.get(getattr(event, "key", None))  # type: ignore[arg-type]
        if name is None:
            return None
        if kind == pygame.KEYUP:
            return KeyUp(name)
        mod = getattr(event, "mod", 0)
        return Key(name, bool(mod & pygame.KMOD_SHIFT), bool(mod & pygame.KMOD_CTRL))
    if kind == pygame.TEXTINPUT:
        return TypeText(event.text)
    if kind == pygame.MOUSEMOTION:
        return PointerMove(tuple(event.pos))
    if kind == pygame.MOUSEBUTTONDOWN:
        pos: Point = tuple(event.pos)
        if event.button == 1:
            return PointerDown(pos)
        return MiddleClick(pos) if event.button == 2 else None
    if kind == pygame.MOUSEWHEEL:
        return Wheel(int(event.y)) if event.y else None
    if kind == pygame.QUIT:
        return QuitRequest()
    if kind == WAKE_EVENT:
        return Wake()
    if kind in _REDRAW_EVENTS:
        return Redraw()
    return None
