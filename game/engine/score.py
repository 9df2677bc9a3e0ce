"""The score, exactly as the format page defines it (docs/format.md, "Score").

Format 1: the weighted mean of the client score (days waited against the
deadline) and the safety score. Format 1.1 adds what the mean leaves out:
points for the outcome and the breakthrough level, with the mean (after the
ending's aftermath, which the engine applies as the ending's last effect)
counting for ``Scoring.meters`` points, all scaled to 0..100.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from game.engine.model import SAFETY, WAIT, Ending, Scenario, Value


@dataclass(frozen=True, slots=True)
class Score:
    wait_days: int
    safety: int  # as the meter stands at the end (in format 1.1: after the aftermath)
    client_score: int
    safety_score: int
    score: int
    # Format 1.1 (all 0 in format 1, where ``score == meter_score``):
    meter_score: int = 0  # the format-1 mean of the two scores above
    outcome_points: int = 0
    breakthrough_points: int = 0
    meter_points: int = 0  # meter_score scaled to Scoring.meters
    aftermath: int = 0  # the ending's change to safety, already in ``safety``
    top: int = 100  # the points there are; ``score`` is scaled from it to 100
    model: str = "1"


def _round(x: float) -> int:
    return math.floor(x + 0.5)


def compute_score(
    scenario: Scenario, values: Mapping[str, Value], ending: Ending | None = None
) -> Score:
    """The score of ``values``; ``ending`` is the ending reached (format 1.1 needs it).

    Before an ending (a game stopped half-way) a format-1.1 score has no
    outcome or level points, only the meter part.
    """
    wait = int(values[WAIT])
    safety = int(values[SAFETY])
    deadline = scenario.deadline_days
    meter = scenario.meters[SAFETY]
    lo, hi = meter.min, meter.max
    assert lo is not None and hi is not None  # the loader guarantees finite bounds
    client_score = _round(100 * max(0, deadline - wait) / deadline)
    safety_score = _round(100 * (safety - lo) / (hi - lo)) if hi > lo else 100
    wc, ws = scenario.weights.client, scenario.weights.safety
    mean = _round((wc * client_score + ws * safety_score) / (wc + ws))
    scoring = scenario.scoring
    if scoring.model == "1":
        return Score(wait, safety, client_score, safety_score, mean)
    outcome = scoring.outcome_points(ending.outcome) if ending else 0
    level = scoring.breakthrough_points(ending.breakthrough) if ending else 0
    meter_points = _round(scoring.meters * mean / 100)
    top = scoring.top
    total = _round(100 * (outcome + level + meter_points) / top) if top > 0 else 0
    return Score(
        wait,
        safety,
        client_score,
        safety_score,
        total,
        meter_score=mean,
        outcome_points=outcome,
        breakthrough_points=level,
        meter_points=meter_points,
        aftermath=ending.aftermath if ending else 0,
        top=top,
        model="1.1",
    )
