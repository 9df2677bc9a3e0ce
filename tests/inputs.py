"""Helpers for the tests of issue 14 (every input gets a message): hostile files, a hang guard."""

from __future__ import annotations

import contextlib
import os
import signal
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

from game.paths import SOURCE_DIR

VALID = """\
format: 1
id: {id}
title: {title}
client: sanne
deadline_days: 30
start: intake
characters:
  sanne: {{name: Sanne, role: client}}
nodes:
  intake:
    speaker: sanne
    text: {text}
    choices:
      - {{text: Ik help je., goto: end}}
  end:
    text: Sanne heeft een huis.
    ending: {{title: Klaar, outcome: good}}
"""


def case_text(
    id: str = "probe", title: str = "Proef", text: str = "Ik moet mijn kamer uit."
) -> str:
    return VALID.format(id=id, title=title, text=text)


@contextlib.contextmanager
def within_seconds(seconds: int) -> Iterator[None]:
    """Fail (TimeoutError) instead of hanging: a FIFO opened for reading blocks for ever."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"still busy after {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def sparse(path: Path, size: int) -> Path:
    """A file that says it is ``size`` bytes long and takes no room on disk."""
    with open(path, "wb") as out:
        out.truncate(size)
    return path


def png_header(width: int, height: int) -> bytes:
    """A PNG that is only its header: it claims a size, holds no pixels."""
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr))
    return b"\x89PNG\r\n\x1a\n" + chunk


def doorbraak(
    *args: str,
    env: dict[str, str] | None = None,
    input: str | None = None,
    stdin_bytes: bytes | None = None,
    timeout: int = 60,
) -> subprocess.CompletedProcess[bytes]:
    """The real program in a fresh process (bytes out: the encoding is what is tested)."""
    return subprocess.run(
        [sys.executable, str(SOURCE_DIR / "main.py"), *args],
        capture_output=True,
        input=input.encode("utf-8") if input is not None else stdin_bytes,
        env={**os.environ, **(env or {})},
        timeout=timeout,
        cwd=SOURCE_DIR,
        check=False,
    )


def no_traceback(done: subprocess.CompletedProcess[bytes]) -> None:
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert "crash handler" not in err, err
    assert done.returncode in (0, 1, 2, 3), (done.returncode, err)
