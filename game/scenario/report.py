"""Collects diagnostics with positions taken from the YAML source index."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field

from game.scenario.diagnostics import Diagnostic, Severity
from game.scenario.scalars import locate
from game.scenario.yamlsource import Path, Pos, SourceDoc


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """' ; did you mean 'x'?' when a known word is close, else ''."""
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


@dataclass
class Reporter:
    doc: SourceDoc
    file: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the source, to place offsets exactly

    def pos(self, path: Path, *, key: bool = False) -> Pos:
        return self.doc.pos(path, key=key)

    def add(
        self,
        severity: Severity,
        code: str,
        message: str,
        path: Path,
        *,
        key: bool = False,
        offset: int | None = None,
    ) -> None:
        """Report at ``path``; ``offset`` is a 0-based character offset inside a scalar value."""
        pos = self.pos(path, key=key)
        line, column = pos.line, pos.column
        if offset is not None:
            line, column = locate(self.lines, line, column, pos.style, offset)
        self.diagnostics.append(Diagnostic(severity, code, message, self.file, line, column))

    def error(self, code: str, message: str, path: Path, **kw: object) -> None:
        self.add("error", code, message, path, **kw)  # type: ignore[arg-type]

    def warning(self, code: str, message: str, path: Path, **kw: object) -> None:
        self.add("warning", code, message, path, **kw)  # type: ignore[arg-type]

    @property
    def failed(self) -> bool:
        return any(d.is_error for d in self.diagnostics)
