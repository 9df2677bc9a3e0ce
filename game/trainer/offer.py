"""The personal debrief offered at the end of a game: the command, or the page itself."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path


def debrief_path(log_path: Path) -> Path:
    """The debrief page sits next to its log, with the same name."""
    return log_path.with_suffix(".html")


def debrief_command(log_path: Path, lang: str) -> str:
    """The exact command that writes the personal debrief of this log."""
    words = [*_program(), "report", str(log_path), "-o", str(debrief_path(log_path))]
    if lang == "en":
        words += ["--lang", "en"]
    return _join(words)


def write_debrief_next_to(log_path: Path, lang: str) -> tuple[Path | None, str | None]:
    """Write the debrief page next to the log: its path, or None and the reason."""
    from game.fileio import write_output
    from game.trainer.debrief_page import personal_debrief_html

    target = debrief_path(log_path)
    try:
        page = personal_debrief_html(log_path, lang)
    except ValueError as err:  # the log could not be read back
        return None, str(err)
    problem = write_output(target, page, inputs=[log_path])
    if problem is not None:
        return None, problem
    return target, None


def _program() -> list[str]:
    """How this program was started, so the command can be pasted as it is."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    if name == "main.py":
        return [sys.executable, str(Path(sys.argv[0]).resolve())]
    if name == "__main__.py":
        return [sys.executable, "-m", "game"]
    return ["doorbraak"]


def _join(words: list[str]) -> str:
    if os.name == "nt":
        return subprocess.list2cmdline(words)
    return shlex.join(words)
