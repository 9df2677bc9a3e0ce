"""Random playthroughs that write real session logs: for the benchmark, tests and demos.

A trainer can try the report before a workshop without a room of players;
the benchmark needs a thousand logs. Every log is written by the same
``SessionLogger`` the game uses, so the report reads exactly what it will
read on the day.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from game.engine import Session
from game.engine.model import Scenario
from game.log.writer import SessionLogger

NAMES = (
    "Aisha", "Bram", "Chantal", "Daan", "Esra", "Femke", "Gijs", "Hanneke", "Ilse", "Jeroen",
    "Kim", "Lars", "Mohamed", "Nina", "Oscar", "Priya", "Quinten", "Roos", "Sem", "Tamara",
)  # fmt: skip

_MAX_STEPS = 500  # a scenario with a loop still ends the simulation


class FakeClock:
    """Time that moves like a workshop: a few tens of seconds per decision."""

    def __init__(self, start: datetime, rng: random.Random) -> None:
        self.now, self.rng = start, rng

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=self.rng.randint(8, 90))
        return self.now


def play_random(
    scenario: Scenario,
    folder: Path,
    rng: random.Random,
    *,
    player: str | None = None,
    clock: Callable[[], datetime] | None = None,
    undo_chance: float = 0.0,
    mode: str = "solo",
) -> Path:
    """Play one random path to an ending (or a dead end) and return its log."""
    session = Session.begin(scenario, player or rng.choice(NAMES))
    clock = clock or FakeClock(datetime(2026, 3, 2, 9, 30, tzinfo=UTC), rng)
    logger = SessionLogger.attach(
        session, mode=mode, lang=scenario.default_language, log_dir=folder, clock=clock
    )
    try:
        _walk(session, rng, undo_chance, logger if mode == "facilitator" else None)
    finally:
        logger.close()
    return logger.path


def _walk(
    session: Session, rng: random.Random, undo_chance: float, voter: SessionLogger | None
) -> None:
    for _ in range(_MAX_STEPS):
        if session.over:
            return
        if session.can_advance:
            session.advance()
            continue
        options = [o.choice.id for o in session.options() if o.available]
        if not options:
            return
        if session.can_undo and rng.random() < undo_chance:
            session.undo()
            continue
        chosen = rng.choice(options)
        if voter is not None:
            voter.log_vote(session.state.node, {c: rng.randint(0, 6) for c in options}, chosen)
        session.choose(chosen)


def make_logs(
    scenario: Scenario, folder: Path, count: int, seed: int = 1, undo_chance: float = 0.0
) -> list[Path]:
    """``count`` random playthroughs of ``scenario``, reproducible from ``seed``."""
    rng = random.Random(seed)
    start = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    paths = []
    for index in range(count):
        clock = FakeClock(start + timedelta(minutes=index), rng)
        paths.append(play_random(scenario, folder, rng, clock=clock, undo_chance=undo_chance))
    return paths
