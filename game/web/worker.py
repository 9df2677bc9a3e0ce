"""The analyser's own process beside the server, shared by everything that needs it.

The analyser (``game.analysis``) is pure Python and busy for seconds on the
big cases. In a thread of the server it would hold the interpreter lock and
stall every trainee's move meanwhile, so it runs in one worker process,
started the first time work is handed to it. One process, not one per task:
the machine a trainer brings has few cores, and the tasks (the debrief's
score ranges, the best score each case allows) queue behind each other.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def _watch_parent() -> None:
    """In the worker: end when the server is gone (also after a SIGKILL), never linger."""
    import os
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="doorbraak-watch-parent", daemon=True).start()


class Worker:
    """One worker process, made when first needed; ``submit`` returns at once."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None

    def submit(self, work: Callable[..., T], *args: Any) -> concurrent.futures.Future[T]:
        """Run ``work(*args)`` in the worker (``work`` must be importable by name there)."""
        with self._guard:
            if self._pool is None:
                # "spawn": a fresh interpreter, never a fork of a threaded server.
                context = multiprocessing.get_context("spawn")
                self._pool = concurrent.futures.ProcessPoolExecutor(
                    1, context, initializer=_watch_parent
                )
            return self._pool.submit(work, *args)

    def close(self) -> None:
        with self._guard:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
