"""The score, exactly as the format page defines it."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from game.engine.model import SAFETY, WAIT, Scenario, Value


@dataclass(frozen=True, slots=True)
class Score:
    wait_days: int
    safety: int
    client_score: int
    safety_score: int
    score: int


def _round(x: float) -> int:
    return math.floor(x + 0.5)


def compute_score(scenario: Scenario, values: Mapping[str, Value]) -> Score:
    wait = int(values[WAIT])
    safety = int(values[SAFETY])
    deadline = scenario.deadline_days
    meter = scenario.meters[SAFETY]
    lo, hi = meter.min, meter.max
    assert lo is not None and hi is not None  # the loader guarantees finite bounds
    client_score = _round(100 * max(0, deadline - wait) / deadline)
    safety_score = _round(100 * (safety - lo) / (hi - lo)) if hi > lo else 100
    wc, ws = scenario.weights.client, scenario.weights.safety
    score = _round((wc * client_score + ws * safety_score) / (wc + ws))
    return Score(wait, safety, client_score, safety_score, score)
