"""The browser player's store on SQLite and on a real PostgreSQL: one code path, the same results.

Migrations bring an empty database to the newest schema (and do nothing the
second time); two moves at the same step never both land; a whole game
played over HTTP gives the same stored state on both databases.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect

from game.log import logformat as lf
from game.web.db import current_revision, open_database, sqlite_url, upgrade
from game.web.store import Move, StaleMove, Store
from tests.trainer.playlogs import VOORBEELD_PATHS
from tests.web.asgi import Client, make_app
from tests.web.postgres import postgres_server


@pytest.fixture(scope="module")
def postgres() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "test.sqlite3")
        return
    url = request.getfixturevalue("postgres")
    yield url
    engine = open_database(url)  # leave the shared database empty for the next test
    Store(engine).delete(None)
    engine.dispose()


def new_game(store: Store, game_id: str = "a" * 32) -> None:
    move = Move(state="{}", node="start", ended=False, notice=None, records=[{"type": "start"}])
    store.create(game_id=game_id, player="b" * 32, player_name="Robin", scenario="voorbeeld",
                 scenario_sha256=None, lang="nl", move=move)  # fmt: skip


def test_migrations_make_the_schema_once(database: str) -> None:
    engine = open_database(database)
    try:
        tables = set(inspect(engine).get_table_names())
        assert {"games", "log_records", "alembic_version"} <= tables
        assert current_revision(engine) == "0001"
        upgrade(engine)  # a second start on the same data changes nothing
        assert current_revision(engine) == "0001"
        if engine.dialect.name == "sqlite":
            with engine.connect() as connection:
                mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
                sync = connection.exec_driver_sql("PRAGMA synchronous").scalar()
            assert (mode, sync) == ("wal", 2)  # WAL, FULL
    finally:
        engine.dispose()


def test_two_moves_at_the_same_step_never_both_land(database: str) -> None:
    engine = open_database(database)
    store = Store(engine)
    new_game(store)
    results: list[str] = []
    gate = threading.Barrier(8)

    def attempt(n: int) -> None:
        move = Move(state=f'{{"n": {n}}}', node=f"n{n}", ended=False, notice=None,
                    records=[{"type": "choice", "n": n}])  # fmt: skip
        gate.wait()
        try:
            store.commit_move("a" * 32, 0, move)
            results.append(f"ok {n}")
        except StaleMove:
            results.append("stale")

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        winners = [r for r in results if r.startswith("ok")]
        assert len(winners) == 1 and results.count("stale") == 7
        game = store.get("a" * 32)
        assert game is not None and game.step == 1 and game.records == 2
        n = winners[0].split()[1]
        assert game.node == f"n{n}"
        assert store.records(game.id) == [{"type": "start"}, {"type": "choice", "n": int(n)}]
    finally:
        engine.dispose()


def test_a_game_reads_back_as_it_was_written_and_as_the_trainers_list_reads_it(
    database: str,
) -> None:
    engine = open_database(database)
    written = datetime(2026, 12, 2, 9, 30, 15, 123456, tzinfo=UTC)
    store = Store(engine, clock=lambda: written)
    try:
        assert store.get("f" * 32) is None
        store.create(game_id="d" * 32, player="b" * 32, player_name="Émile 🌷", scenario="sanne",
                     scenario_sha256="5" * 64, lang="en",
                     move=Move(state='{"node": "n0"}', node="n0", ended=False, notice=None,
                               records=[{"type": "start"}]))  # fmt: skip
        store.commit_move("d" * 32, 0, Move(state='{"node": "n1"}', node="n1", ended=True,
                                            notice={"kind": "next", "changes": {"safety": -5}},
                                            records=[{"type": "end"}]))  # fmt: skip
        game = store.get("d" * 32)
        assert game is not None
        assert (game.player_name, game.scenario_sha256, game.lang) == ("Émile 🌷", "5" * 64, "en")
        assert (game.state, game.node, game.step, game.ended, game.records) == (
            '{"node": "n1"}', "n1", 1, True, 2)  # fmt: skip
        assert game.notice == {"kind": "next", "changes": {"safety": -5}}
        assert game.created_at == written and game.updated_at == written
        assert game.created_at.utcoffset() == timedelta(0)
        assert store.all_games() == [game]  # the same row through SQLAlchemy's own reading
    finally:
        store.delete(None)
        engine.dispose()


def test_old_games_are_purged_and_delete_removes_their_records(database: str) -> None:
    engine = open_database(database)
    now = lf.utc_now()
    try:
        Store(engine, clock=lambda: now - timedelta(days=40)).create(
            game_id="c" * 32, player="b" * 32, player_name="Old", scenario="voorbeeld",
            scenario_sha256=None, lang="nl",
            move=Move(state="{}", node="start", ended=False, notice=None, records=[{"a": 1}]),
        )  # fmt: skip
        store = Store(engine, clock=lambda: now)
        new_game(store)
        assert store.purge(0) == 0
        assert store.purge(30) == 1
        assert [g.player_name for g in store.all_games()] == ["Robin"]
        assert store.records("c" * 32) == []
        assert store.delete(None) == 1 and store.count() == 0
    finally:
        engine.dispose()


def test_a_game_over_http_on_postgresql_is_the_game_on_sqlite(postgres: str, tmp_path: Path):
    states = []
    for name, url in (("sqlite", None), ("postgresql", postgres)):
        app = make_app(tmp_path / name, url)
        client = Client(app)
        game = client.start("voorbeeld", "Robin")
        client.play(game, VOORBEELD_PATHS["beleid"].split(","))
        stored = app.state.web.store.get(game.rsplit("/", 1)[1])
        assert stored is not None and stored.ended
        records = app.state.web.store.records(stored.id)
        states.append((stored.state, stored.step, [r["type"] for r in records]))
        assert client.get(f"{game}/end").status_code == 200
        client.close()
        app.state.web.store.delete(None)
        app.state.web.store.engine.dispose()
    assert states[0] == states[1]


def test_checkpoints_run_beside_the_moves_and_empty_the_log_at_the_end(tmp_path: Path) -> None:
    """No commit copies the log back (that one commit stalled every move behind it): a
    thread of its own does, and the server's end leaves the log empty."""
    import shutil
    import sqlite3
    import time

    from game.web.db import Checkpoints

    def games_in_the_database_file() -> int:
        # A copy of the database file alone, without its log: what was copied back.
        alone = tmp_path / "alone.sqlite"
        shutil.copyfile(path, alone)
        with contextlib.closing(sqlite3.connect(alone)) as connection:
            return int(connection.execute("SELECT count(*) FROM games").fetchone()[0])

    path = tmp_path / "web.sqlite"
    engine = open_database(sqlite_url(path))
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the tables, by hand
    store = Store(engine)
    for number in range(20):
        new_game(store, f"{number:032x}")
    assert games_in_the_database_file() == 0  # no commit checkpointed: all in the log
    checkpoints = Checkpoints(engine, every=0.05).start()
    deadline = time.monotonic() + 10
    while games_in_the_database_file() < 20 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert games_in_the_database_file() == 20  # the thread copied them back
    new_game(store, "f" * 32)
    checkpoints.stop()
    assert path.with_name(path.name + "-wal").stat().st_size == 0  # emptied at the end
    assert games_in_the_database_file() == 21
    engine.dispose()
