"""The last line of defence: a bug becomes a short message and a crash report, never a traceback.

Every input has a guarded way in (game.fileio, game.plaintext, game.numbers)
and a message of its own; this handler is for what is left: a mistake in
the game itself. ``report(error)`` writes the traceback to a file in the
user folder (``crash-reports/``) and returns the sentence to show, which
names that file, so nothing is hidden and the trainee still sees a plain
message. The command line (``game.cli.main``) and the window's loop
(``game.ui.app``) call it.

The tests set ``DOORBRAAK_CRASH_STRICT=1`` (tests/conftest.py): then the
handler re-raises instead, so a test that reaches it fails with the real
error. No input a test tries may end here.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from pathlib import Path

EXIT_CRASH = 70  # EX_SOFTWARE: an internal error (docs/cli.md)
STRICT_ENV = "DOORBRAAK_CRASH_STRICT"
REPORT_FOLDER = "crash-reports"


def strict() -> bool:
    return os.environ.get(STRICT_ENV, "") not in ("", "0")


def report(error: BaseException, where: str) -> Path | None:
    """Write the crash report for ``error``; its path (None when no folder took it).

    In strict mode (the tests) the error is raised again instead.
    """
    if strict():
        print(f"doorbraak: the crash handler was reached in {where}", file=sys.stderr)
        raise error
    return write_report(error, where)


def message(path: Path | None, lang: str = "en") -> str:
    """The plain words for the player: a bug, not their input, and where the report is."""
    if lang == "nl":
        first = "Er ging iets mis in het spel zelf; dat ligt niet aan jou."
        if path is None:
            return f"{first} Er kon geen verslag worden bewaard."
        then = "Stuur dat bestand naar wie je het spel gaf."
        return f"{first} Wat er misging staat in {path}. {then}"
    first = "Something went wrong inside the game (a bug, not your input)."
    if path is None:
        return f"{first} No report could be saved."
    then = "please send that file to whoever gave you the game."
    return f"{first} The details are in {path}; {then}"


def window_paragraphs(path: Path | None, lang: str) -> list[str]:
    """The same message for the window: the sentence, then the report's path on its own."""
    if path is None:
        return [message(None, lang)]
    if lang == "nl":
        return [
            "Er ging iets mis in het spel zelf; dat ligt niet aan jou. "
            "Stuur het bestand hieronder naar wie je het spel gaf.",
            str(path),
        ]
    return [
        "Something went wrong inside the game (a bug, not your input). "
        "Please send the file below to whoever gave you the game.",
        str(path),
    ]


def write_report(error: BaseException, where: str) -> Path | None:
    """The crash report's path, or None when no folder would take it."""
    from game import __version__

    text = "".join(
        [
            f"Doorbraak {__version__} crashed in {where}\n",
            f"time: {time.strftime('%Y-%m-%d %H:%M:%S %z')}\n",
            f"python: {sys.version.split()[0]} on {platform.platform()}\n",
            f"command: {' '.join(sys.argv[1:])[:2000]!r}\n\n",
            *traceback.format_exception(error),
        ]
    )
    name = f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.txt"
    for folder in _folders():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            with open(path, "x", encoding="utf-8", errors="replace") as out:
                out.write(text)
            return path
        except OSError:
            continue
    return None


def _folders() -> list[Path]:
    folders = []
    try:
        from game.userdirs import UserDirs

        folders.append(UserDirs.default().data / REPORT_FOLDER)
    except Exception:  # a broken user folder must not hide the crash itself
        pass
    folders.append(Path(tempfile.gettempdir()) / "doorbraak" / REPORT_FOLDER)
    return folders
