"""Diagnostics: what the loader says about a scenario, one line each.

Every diagnostic has a stable code. The catalogue (``game.scenario.catalogue``)
holds one entry per code with a failing example; ``docs/diagnostics.md`` is
generated from it and a test checks every example reports its code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Diagnostic:
    severity: Severity
    code: str
    message: str
    file: str = "<scenario>"
    line: int = 1
    column: int = 1

    def format(self) -> str:
        """One line; a character no one can see is shown as its escape (``\\x1b``), never sent."""
        return (
            f"{_visible(self.file)}:{self.line}:{self.column}: {self.severity}: "
            f"{_visible(self.message)} [{self.code}]"
        )

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def _visible(text: str) -> str:
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.is_error for d in diagnostics)


def sort_key(d: Diagnostic) -> tuple[str, int, int, str]:
    return (d.file, d.line, d.column, d.code)
