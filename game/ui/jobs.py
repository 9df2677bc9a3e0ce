"""Slow work off the window's loop: loading a case, writing the debrief.

A job runs in a thread and wakes the loop when it is done; its ``then`` runs
on the loop's own thread (``App.step`` calls ``finish``), so screens are only
ever touched from there. Work that is heavy on the CPU (the debrief's
analysis) runs in a separate process, started and waited for from the job's
thread: Python threads share one interpreter lock, and a long analysis in a
thread would still make frames late.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pygame

from game.ui.commands import WAKE_EVENT


def wake_loop() -> None:
    """Post a wake-up to the loop (no window, as in some tests: nothing to wake)."""
    with contextlib.suppress(pygame.error):
        pygame.event.post(pygame.event.Event(WAKE_EVENT))


@dataclass
class Job:
    """One piece of background work; ``busy`` names what the player is told while it runs."""

    work: Callable[[], Any]
    then: Callable[[Job], None]
    busy: str | None = None  # a strings key ("busy.loading"); None: quiet (live reload)
    started: float = field(default_factory=time.monotonic)
    result: Any = None
    error: BaseException | None = None
    _done: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> Job:
        self._thread = threading.Thread(target=self._run, name="window-job", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            self.result = self.work()
        except Exception as err:  # reported to ``then``, never lost in the thread
            self.error = err
        finally:
            self._done.set()
            wake_loop()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)


@dataclass(frozen=True, slots=True)
class ProcessResult:
    code: int
    stdout: str
    stderr: str


def run_process(argv: Sequence[str], timeout: float = 600.0) -> ProcessResult:
    """Run a helper process to the end (from a job's thread: the loop keeps drawing)."""
    import subprocess  # only the debrief needs it; the window starts without it

    done = subprocess.run(
        list(argv), capture_output=True, text=True, encoding="utf-8", timeout=timeout, check=False
    )
    return ProcessResult(done.returncode, done.stdout, done.stderr)


def python_argv(module: str, *args: str) -> list[str]:
    """``python -m module args``: the same interpreter and install as the game itself."""
    return [sys.executable, "-m", module, *args]


@dataclass
class Jobs:
    """The jobs of one window; at most one busy job shows the busy state at a time."""

    running: list[Job] = field(default_factory=list)

    def start(self, job: Job) -> Job:
        self.running.append(job.start())
        return job

    @property
    def busy(self) -> Job | None:
        return next((job for job in self.running if job.busy is not None), None)

    def finish(self) -> bool:
        """Run ``then`` of every finished job (on the loop's thread); True if any finished."""
        finished = [job for job in self.running if job.done]
        for job in finished:
            self.running.remove(job)
            job.then(job)
        return bool(finished)

    def wait_all(self, timeout: float = 60.0) -> None:
        """For tests and benchmarks: let the running jobs finish (not their ``then``)."""
        end = time.monotonic() + timeout
        for job in list(self.running):
            job.wait(max(0.0, end - time.monotonic()))
