"""Seeded random playthroughs: what the analyser does past the state limit.

A sample proves only what it saw: an ending it reached is reachable and a
stuck state it hit is real, but a node it missed may still be reachable.
The report labels it so. The same seed gives the same playthroughs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from game.analysis.findings import EndingTally, stuck_entry, widen
from game.analysis.result import Range, SampleInfo, Stuck
from game.engine.fast import CHOICES, ENDING, CompactEngine, Key

DEFAULT_PLAYTHROUGHS = 2000
DEFAULT_SEED = 1
MAX_STEPS = 1_000  # choices per playthrough before it counts as "too long" (real ones: < 100)


@dataclass
class SampleResult:
    """What the playthroughs saw; per-choice tables are keyed by global choice number."""

    info: SampleInfo
    stuck: dict[str, Stuck] = field(default_factory=dict)
    taken: set[int] = field(default_factory=set)
    choice_scores: dict[int, Range] = field(default_factory=dict)  # final scores after it
    choice_waits: dict[int, Range] = field(default_factory=dict)
    choice_safety: dict[int, Range] = field(default_factory=dict)
    choice_endings: dict[int, set[str]] = field(default_factory=dict)
    choice_stuck: set[int] = field(default_factory=set)  # led (once) to no ending
    loops: list[tuple[Key, list[str]]] = field(default_factory=list)


def sample(
    engine: CompactEngine,
    tally: EndingTally,
    playthroughs: int = DEFAULT_PLAYTHROUGHS,
    seed: int = DEFAULT_SEED,
) -> SampleResult:
    """Play ``playthroughs`` times, choosing uniformly among the available choices.

    Nodes entered and choices offered are recorded by the engine itself.
    """
    rng = random.Random(seed)
    result = SampleResult(SampleInfo(playthroughs, seed, 0))
    for _ in range(playthroughs):
        _play(engine, tally, rng, result)
    return result


def _play(engine: CompactEngine, tally: EndingTally, rng: random.Random, out: SampleResult) -> None:
    key = engine.begin()
    taken: list[int] = []
    for _ in range(MAX_STEPS):
        kind = engine.kinds[key[0]]
        if kind == ENDING:
            tally.add(key)
            _credit(engine, key, taken, out)
            return
        if kind != CHOICES:  # a `next` loop that never offers a choice
            out.loops.append((key, _path(engine, taken)))
            out.choice_stuck.update(taken)
            return
        options = engine.available(key)
        if not options:
            _stuck(engine, key, taken, out)
            out.choice_stuck.update(taken)
            return
        base = engine.choice_base[key[0]]
        position = rng.choice(options)
        taken.append(base + position)
        out.taken.add(base + position)
        key = engine.step(key, position)
    out.info.too_long += 1


def _credit(engine: CompactEngine, key: Key, taken: list[int], out: SampleResult) -> None:
    """Every choice on the way led (this time) to this ending and score."""
    score = engine.score(key)
    wait, safety = int(key[engine.wait_slot]), int(key[engine.safety_slot])
    ending = engine.node_id(key)
    for g in taken:
        out.choice_scores[g] = widen(out.choice_scores.get(g), score)
        out.choice_waits[g] = widen(out.choice_waits.get(g), wait)
        out.choice_safety[g] = widen(out.choice_safety.get(g), safety)
        out.choice_endings.setdefault(g, set()).add(ending)


def _stuck(engine: CompactEngine, key: Key, taken: list[int], out: SampleResult) -> None:
    node = engine.node_id(key)
    found = out.stuck.get(node)
    if found is None:
        out.stuck[node] = stuck_entry(engine, key, _path(engine, taken))
    elif len(taken) < len(found.path):
        found.path = _path(engine, taken)  # keep the shortest way there
        found.values = engine.live_values(key)
    if found is not None:
        found.states += 1


def _path(engine: CompactEngine, taken: list[int]) -> list[str]:
    return [engine.choice_ids[g] for g in taken]
