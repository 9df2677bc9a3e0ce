"""The session log writer: an engine-event subscriber any client can attach.

The terminal player and the window both call ``SessionLogger.attach``; the
window's facilitator mode adds ``log_vote``. Every record is flushed and
fsynced before the engine call that caused it returns, so a game killed at
any moment leaves a log that is valid up to its last choice. The clock is
read here, never in the engine (architecture rule 2).
"""

from __future__ import annotations

import functools
import json
import os
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from game.engine import ChoiceTaken, EndingReached, Event, Session, Undone
from game.engine.model import Value
from game.fileio import PRIVATE_MODE
from game.log import logformat as lf
from game.log.logdir import default_log_dir, is_own_log_dir

Clock = Callable[[], datetime]


SHARED_FILE_MODE = 0o666  # less the umask, as open() makes a file


class LogError(OSError):
    """The log could not be created or written; the game goes on without it."""


class FileSink:
    """Appends records to a file, each one flushed and fsynced before the game goes on."""

    def __init__(self, path: Path, stream: IO[bytes]) -> None:
        self.path = path
        self._stream: IO[bytes] | None = stream

    def write(self, record: dict[str, Any]) -> None:
        if self._stream is None:
            return
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        self._stream.write(line.encode("utf-8"))
        self._stream.flush()
        os.fsync(self._stream.fileno())

    def close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.close()


class MemorySink:
    """Keeps records in a list: for a debrief of a session that was not logged."""

    path: Path | None = None

    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []

    def write(self, record: dict[str, Any]) -> None:
        self.records.append(record)

    def close(self) -> None:
        pass


Sink = FileSink | MemorySink


class SessionLogger:
    """Turns a session's events into log records. Use ``attach`` (a file) or ``in_memory``."""

    def __init__(self, session: Session, sink: Sink, clock: Clock) -> None:
        self.session = session
        self.sink = sink
        self.error: OSError | None = None  # set when a write failed; logging then stops
        self._open = True
        self._clock = clock
        self._before: Mapping[str, Value] = dict(session.state.values)
        self._unsubscribe = session.subscribe(self._on_event)

    @property
    def path(self) -> Path:
        assert self.sink.path is not None, "an in-memory log has no path"
        return self.sink.path

    @classmethod
    def attach(
        cls,
        session: Session,
        *,
        mode: str = "solo",
        lang: str,
        player: str | None = None,
        client: str = "terminal",
        log_dir: str | Path | None = None,
        clock: Clock = lf.utc_now,
    ) -> SessionLogger:
        """Create the log file, write the start record and subscribe to ``session``.

        Attach right after ``Session.begin``: the start record holds the meters
        as they stand then. ``mode`` is ``solo`` or ``facilitator``; ``client``
        names the program (``terminal``, ``window``). Raises ``LogError``.
        """
        folder = Path(log_dir) if log_dir is not None else default_log_dir()
        started = clock()
        path, stream = _create(folder, session.scenario.id, started)
        logger = cls(session, FileSink(path, stream), clock)
        logger._write(_start_record(session, mode, lang, player, client, started))
        if logger.error is not None:
            raise LogError(f"cannot write the log {path}: {logger.error}")
        return logger

    @classmethod
    def in_memory(
        cls, session: Session, *, mode: str = "solo", lang: str, clock: Clock = lf.utc_now
    ) -> SessionLogger:
        """The same records, kept in ``logger.sink.records`` instead of a file."""
        logger = cls(session, MemorySink(), clock)
        logger._write(_start_record(session, mode, lang, None, "memory", clock()))
        return logger

    # -- records ----------------------------------------------------------------

    def log_vote(self, node: str, tallies: Mapping[str, int], chosen: str | None) -> None:
        """Record a facilitator-mode vote: hands raised per choice id, and the choice played."""
        clean = {str(k): max(0, int(v)) for k, v in tallies.items()}
        self._write(
            {"type": lf.VOTE, "at": self._now(), "node": node, "tallies": clean, "chosen": chosen}
        )

    def _on_event(self, event: Event) -> None:
        if isinstance(event, ChoiceTaken):
            self._write(self._choice_record(event))
        elif isinstance(event, Undone):
            self._write(self._undo_record(event))
        elif isinstance(event, EndingReached):
            self._write(self._end_record(event))
        # Session sets its new state before it tells listeners, so this is "after".
        self._before = self.session.state.values

    def _choice_record(self, event: ChoiceTaken) -> dict[str, Any]:
        values = self.session.state.values
        delta = {
            name: int(values[name]) - int(self._before.get(name, values[name]))
            for name in self.session.scenario.meters
            if values[name] != self._before.get(name, values[name])
        }
        return {
            "type": lf.CHOICE,
            "at": self._now(),
            "node": event.node,
            "choice": event.choice,
            "response": event.response,
            "routine": event.routine,
            "routine_node": event.routine_node,
            **_values(self.session),
            "delta": delta,
        }

    def _undo_record(self, event: Undone) -> dict[str, Any]:
        return {
            "type": lf.UNDO,
            "at": self._now(),
            "choice": event.choice,
            "node": event.node,
            **_values(self.session),
        }

    def _end_record(self, event: EndingReached) -> dict[str, Any]:
        score = self.session.score()
        return {
            "type": lf.END,
            "at": self._now(),
            "ending": event.node,
            "outcome": event.outcome,
            "breakthrough": event.breakthrough,
            "wait_days": score.wait_days,
            "safety": score.safety,
            "client_score": score.client_score,
            "safety_score": score.safety_score,
            "score": score.score,
            "path": list(self.session.state.path),
        }

    # -- the file ---------------------------------------------------------------

    def _now(self) -> str:
        return lf.timestamp(self._clock())

    def _write(self, record: dict[str, Any]) -> None:
        if not self._open:
            return
        try:
            self.sink.write(record)
        except OSError as err:  # a full disk must not end the game
            self.error = err
            self.close()

    def close(self) -> None:
        """Stop listening and close the file (records are already on disk)."""
        if not self._open:
            return
        self._open = False
        self._unsubscribe()
        try:
            self.sink.close()
        except OSError as err:
            self.error = self.error or err

    def __enter__(self) -> SessionLogger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _values(session: Session) -> dict[str, Any]:
    values, scenario = session.state.values, session.scenario
    return {
        "meters": {name: int(values[name]) for name in scenario.meters},
        "flags": {name: bool(values[name]) for name in scenario.flags},
    }


def _absolute(source: str) -> str:
    """The case file's full path, remembered: a server starts hundreds of games of one case."""
    if os.path.isabs(source):
        return _resolved(source, "")
    return _resolved(source, os.getcwd())  # a relative path means another file after a chdir


@functools.lru_cache(maxsize=64)
def _resolved(source: str, cwd: str) -> str:
    return str(Path(cwd, source).resolve())  # Path("", source) is Path(source)


def _start_record(
    session: Session, mode: str, lang: str, player: str | None, client: str, started: datetime
) -> dict[str, Any]:
    scenario = session.scenario
    state = session.state
    return {
        "type": lf.START,
        "format": lf.FORMAT,
        # A random id ties the xAPI statements of one playthrough together.
        "id": str(uuid.uuid4()),
        "scenario": scenario.id,
        "scenario_version": scenario.version,
        "scenario_sha256": scenario.sha256,
        "scenario_path": _absolute(scenario.source) if scenario.source else None,
        "player": state.player if player is None else player,
        "lang": lang,
        "mode": mode,
        "client": client,
        "started_at": lf.timestamp(started),
        "start_node": state.origin.node if state.origin else scenario.start,
        # With start_node these replay the playthrough exactly (the engine is deterministic).
        "overrides": dict(state.origin.overrides) if state.origin else {},
        # A continued saved game: the choices made before this log began.
        "resumed_path": list(state.path),
        **_values(session),
    }


def _create(folder: Path, scenario_id: str, started: datetime) -> tuple[Path, IO[bytes]]:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise LogError(f"cannot create the log folder {folder}: {err.strerror or err}") from None
    # In the player's own folder only the player can read a log: it holds a name and
    # every choice (the AVG), as the saves do. In a folder a trainer chose to collect
    # the room's logs, the usual permissions (the umask), so the trainer can read them.
    mode = PRIVATE_MODE if is_own_log_dir(folder) else SHARED_FILE_MODE
    for _ in range(5):  # "x" refuses an existing name; a fresh token almost never collides
        path = folder / lf.log_file_name(scenario_id, started)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
            stream = os.fdopen(fd, "wb")
        except FileExistsError:
            continue
        except OSError as err:
            raise LogError(f"cannot create the log {path}: {err.strerror or err}") from None
        _sync_folder(folder)
        return path, stream
    raise LogError(f"cannot find a free log file name in {folder}")


def _sync_folder(folder: Path) -> None:
    """Make the new file's name durable too (POSIX); harmless where unsupported."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
