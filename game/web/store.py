"""The games of the browser player: read them, and commit each move with its log records.

A move is one transaction: the new ``SessionState`` JSON, the step counter
and the session-log records it caused. The update only lands when the game
is still at the step the trainee's form was drawn at (``WHERE step = ?``), so
a replayed or stale form, or a second tab, changes nothing. Only the answer
after the commit goes back to the browser: what the trainee saw is stored.
"""

from __future__ import annotations

import contextlib
import io
import json
import threading
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, text, update
from sqlalchemy.engine import Engine

from game.log import logformat as lf
from game.web.db import GameRow, LogRecordRow

GAMES = cast(Table, GameRow.__table__)
RECORDS = cast(Table, LogRecordRow.__table__)

Clock = Callable[[], datetime]

# The statements of every move, built once: parameters instead of literal values
# let SQLAlchemy reuse the compiled statement without walking the values each time.
_GET = select(GAMES).where(GAMES.c.id == bindparam("game"))
_RECORD_COUNT = select(GAMES.c.records).where(GAMES.c.id == bindparam("game"))
_COMMIT = (
    update(GAMES)
    .where(GAMES.c.id == bindparam("game"), GAMES.c.step == bindparam("at"))
    .values(
        step=bindparam("next_step"),
        state=bindparam("state"),
        node=bindparam("node"),
        ended=bindparam("ended"),
        notice=bindparam("notice"),
        records=GAMES.c.records + bindparam("added"),
        updated_at=bindparam("now"),
        scenario_sha256=func.coalesce(bindparam("sha"), GAMES.c.scenario_sha256),
    )
)


class StaleMove(Exception):
    """The game had moved on since the form was drawn (or is gone): nothing was changed."""


@dataclass(frozen=True, slots=True)
class Game:
    id: str
    player: str
    player_name: str
    scenario: str
    scenario_sha256: str | None
    lang: str
    state: str  # SessionState JSON
    step: int
    notice: dict[str, Any] | None
    node: str
    ended: bool
    records: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Move:
    """What a move writes: the new state and everything the pages and the trainer read."""

    state: str
    node: str
    ended: bool
    notice: Mapping[str, Any] | None
    records: Sequence[Mapping[str, Any]]
    # The case file (its sha256) the state was made with. Each move stores it, so
    # a game that went on under an edited case is replayed when the first file
    # comes back (see play.resume_with); None leaves the stored one as it is.
    scenario_sha256: str | None = None


def _game(row: Any) -> Game:
    notice = json.loads(row.notice) if row.notice else None
    return Game(
        id=row.id,
        player=row.player,
        player_name=row.player_name,
        scenario=row.scenario,
        scenario_sha256=row.scenario_sha256,
        lang=row.lang,
        state=row.state,
        step=row.step,
        notice=notice,
        node=row.node,
        ended=bool(row.ended),
        records=row.records,
        created_at=_aware(row.created_at),
        updated_at=_aware(row.updated_at),
    )


def _aware(moment: datetime | str) -> datetime:
    # SQLite hands back naive datetimes (as text, read past SQLAlchemy); everything
    # stored here is UTC.
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _dump(record: Mapping[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class Store:
    def __init__(self, engine: Engine, clock: Clock = lf.utc_now) -> None:
        self.engine = engine
        self.clock = clock
        # SQLite has one writer at a time, and a writer that finds the lock taken
        # sleeps in growing steps (up to 100 ms) before it tries again. Taking
        # turns here first keeps the wait as short as the write before it. The
        # server is one process, so this lock is the only queue. PostgreSQL locks
        # rows itself and needs none.
        self._writing: threading.Lock | contextlib.nullcontext[None] = (
            threading.Lock() if engine.dialect.name == "sqlite" else contextlib.nullcontext()
        )
        compiled = _GET.compile(dialect=engine.dialect)
        self._get_sql = str(compiled)
        self._get_args: Callable[[str], Any] = (
            (lambda game_id: (game_id,))
            if compiled.positional
            else (lambda game_id: {"game": game_id})
        )

    # -- reading ------------------------------------------------------------------

    def ping(self) -> None:
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    def get(self, game_id: str) -> Game | None:
        # Every page and every move reads its game: this one statement goes to the
        # driver's own connection (from the same pool), as SQLAlchemy compiled it
        # for this database. Its execution and result layers cost five times the
        # query itself on SQLite (about 90 of 110 microseconds of CPU).
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            try:
                cursor.execute(self._get_sql, self._get_args(game_id))
                found = cursor.fetchone()
                names = [column[0] for column in cursor.description or ()]
            finally:
                cursor.close()
        finally:
            raw.close()  # back to the pool, rolled back as SQLAlchemy does
        if found is None:
            return None
        return _game(SimpleNamespace(**dict(zip(names, found, strict=True))))  # read as a Row is

    def games_of(self, player: str, limit: int = 20) -> list[Game]:
        query = (
            select(GAMES)
            .where(GAMES.c.player == player)
            .order_by(GAMES.c.updated_at.desc())
            .limit(limit)
        )
        with self.engine.connect() as connection:
            return [_game(row) for row in connection.execute(query)]

    def all_games(self) -> list[Game]:
        query = select(GAMES).order_by(GAMES.c.scenario, GAMES.c.created_at)
        with self.engine.connect() as connection:
            return [_game(row) for row in connection.execute(query)]

    def records(self, game_id: str) -> list[dict[str, Any]]:
        query = select(RECORDS.c.record).where(RECORDS.c.game_id == game_id).order_by(RECORDS.c.seq)
        with self.engine.connect() as connection:
            return [json.loads(line) for (line,) in connection.execute(query)]

    def count(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(GAMES)).scalar_one())

    # -- writing ------------------------------------------------------------------

    def create(
        self,
        *,
        game_id: str,
        player: str,
        player_name: str,
        scenario: str,
        scenario_sha256: str | None,
        lang: str,
        move: Move,
    ) -> None:
        now = self.clock()
        with self._writing, self.engine.begin() as connection:
            connection.execute(
                insert(GAMES).values(
                    id=game_id,
                    player=player,
                    player_name=player_name,
                    scenario=scenario,
                    scenario_sha256=scenario_sha256,
                    lang=lang,
                    state=move.state,
                    step=0,
                    notice=json.dumps(move.notice) if move.notice else None,
                    node=move.node,
                    ended=move.ended,
                    records=len(move.records),
                    created_at=now,
                    updated_at=now,
                )
            )
            self._append(connection, game_id, 0, move.records)

    def commit_move(self, game_id: str, at_step: int, move: Move) -> None:
        """Store ``move`` if the game is still at ``at_step``; else StaleMove, nothing changed."""
        with self._writing, self.engine.begin() as connection:
            # The UPDATE comes first: it takes the write lock at once, so no
            # read snapshot can go stale between reading and writing.
            done = connection.execute(
                _COMMIT,
                {
                    "game": game_id,
                    "at": at_step,
                    "next_step": at_step + 1,
                    "state": move.state,
                    "node": move.node,
                    "ended": move.ended,
                    "notice": json.dumps(move.notice) if move.notice else None,
                    "added": len(move.records),
                    "now": self.clock(),
                    "sha": move.scenario_sha256,
                },
            )
            if done.rowcount != 1:
                raise StaleMove(game_id)
            if move.records:
                total = connection.execute(_RECORD_COUNT, {"game": game_id}).scalar_one()
                self._append(connection, game_id, total - len(move.records), move.records)

    @staticmethod
    def _append(
        connection: Any, game_id: str, first: int, records: Iterable[Mapping[str, Any]]
    ) -> None:
        rows = [
            {"game_id": game_id, "seq": first + i, "record": _dump(record)}
            for i, record in enumerate(records)
        ]
        if rows:
            connection.execute(insert(RECORDS), rows)

    # -- the trainer's tools ----------------------------------------------------------

    def delete(self, game_ids: Iterable[str] | None = None) -> int:
        """Delete some games (or all, with None) and their records; the number deleted."""
        with self._writing, self.engine.begin() as connection:
            if game_ids is None:
                connection.execute(delete(RECORDS))
                return int(connection.execute(delete(GAMES)).rowcount)
            ids = list(game_ids)
            if not ids:
                return 0
            connection.execute(delete(RECORDS).where(RECORDS.c.game_id.in_(ids)))
            return int(connection.execute(delete(GAMES).where(GAMES.c.id.in_(ids))).rowcount)

    def purge(self, keep_days: int) -> int:
        """Delete the games nobody touched for ``keep_days`` days (0: keep everything)."""
        if keep_days <= 0:
            return 0
        cutoff = self.clock() - timedelta(days=keep_days)
        with self.engine.connect() as connection:
            old = [
                row.id
                for row in connection.execute(select(GAMES.c.id).where(GAMES.c.updated_at < cutoff))
            ]
        return self.delete(old)

    def log_file(self, game: Game) -> tuple[str, bytes]:
        """One game's session log as the window would have written it: a name and JSONL."""
        records = self.records(game.id)
        name = lf.log_file_name(game.scenario, game.created_at, token=game.id[:16])
        body = "".join(_dump(record) + "\n" for record in records)
        return name, body.encode("utf-8")

    def export_zip(self, games: Iterable[Game]) -> bytes:
        """Every game's log as its own .jsonl file in a zip: unzip and run ``report`` on it."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for game in games:
                if game.records == 0:
                    continue
                name, body = self.log_file(game)
                archive.writestr(name, body)
        return buffer.getvalue()
