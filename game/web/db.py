"""The tables of the browser player, and how a database is opened and brought up to date.

Two tables: ``games`` (one row per playthrough, holding the engine's
versioned ``SessionState`` JSON) and ``log_records`` (the same session-log
records the window and the terminal write to files, in order). A move
changes both in one transaction, so the state and its log never disagree.

The schema is owned by Alembic (``game/web/migrations``): ``open_database``
runs the migrations up to the newest one before the server answers, so an
older data folder is upgraded in place and PostgreSQL gets the same schema
as SQLite.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    create_engine,
    event,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Longest values the server ever stores; the forms are checked against these first.
ID_LENGTH = 32
NAME_LENGTH = 60
SCENARIO_LENGTH = 100


class Base(DeclarativeBase):
    pass


class GameRow(Base):
    __tablename__ = "games"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    # The random id in the trainee's signed cookie: only that browser sees the game.
    player: Mapped[str] = mapped_column(String(ID_LENGTH), index=True)
    player_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    scenario: Mapped[str] = mapped_column(String(SCENARIO_LENGTH))
    scenario_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    lang: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(Text)  # SessionState.to_json()
    # Counts the moves: a form carries the step it was drawn at, so a replayed
    # or stale form is refused, and two moves can never both land.
    step: Mapped[int] = mapped_column(Integer, default=0)
    # What the page after a move says about it (feedback, changes), as JSON.
    notice: Mapped[str | None] = mapped_column(Text, nullable=True)
    node: Mapped[str] = mapped_column(String(200))  # for the trainer's overview
    ended: Mapped[bool] = mapped_column(Boolean, default=False)
    records: Mapped[int] = mapped_column(Integer, default=0)  # log records written so far
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class LogRecordRow(Base):
    __tablename__ = "log_records"

    game_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("games.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    record: Mapped[str] = mapped_column(Text)  # one JSON object, as a line of a .jsonl log


Index("ix_games_scenario", GameRow.scenario)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, full sync and a wait instead of 'locked'."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            # Up to 20 s in line for the write lock under load, never "database is locked".
            connect_args={"timeout": 20, "check_same_thread": False},
            pool_size=8,
            max_overflow=32,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, pool_size=8, max_overflow=32, pool_pre_ping=True)


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    # WAL: readers never wait for the writer. FULL: a commit is on the disk
    # before the answer goes out, also when the power goes (not only a crash).
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    # No checkpoint inside a commit: the one commit that passed the WAL's 1,000
    # pages copied them back and fsynced the database while every other move
    # queued behind it (bursts of 40-60 moves waiting up to 2 s together).
    # Checkpoints run in a thread of their own instead (Checkpoints).
    cursor.execute("PRAGMA wal_autocheckpoint=0")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def upgrade(engine: Engine) -> None:
    """Run Alembic's migrations up to the newest (creates the tables in a new database)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def open_database(url: str) -> Engine:
    engine = make_engine(url)
    upgrade(engine)
    return engine


class Checkpoints:
    """SQLite's write-ahead log copied back into the database beside the moves.

    A PASSIVE checkpoint takes no lock a writer needs: moves keep committing
    (and fsyncing only the log) while this thread copies pages back and
    fsyncs the database. ``stop`` does a last full one, so the log is empty
    when the server ends.
    """

    def __init__(self, engine: Engine, every: float = 1.0) -> None:
        self.engine = engine
        self.every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="doorbraak-wal", daemon=True)

    def start(self) -> Checkpoints:
        if self.engine.dialect.name == "sqlite":
            self._thread.start()
        return self

    def _checkpoint(self, mode: str) -> None:
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql(f"PRAGMA wal_checkpoint({mode})")
        except Exception:  # a busy or closed database: the next round tries again
            return

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self._checkpoint("PASSIVE")

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        self._stop.set()
        self._thread.join(timeout=10)
        self._checkpoint("TRUNCATE")
