"""What the ending page says, in the order that teaches (issue 12), as the window says it.

First how it ended and how far the breakthrough went; then the client's days
against her deadline; then the player's safety under the case's own name,
with what followed the ending; only then the number, beside the best score
the case allows, and how it adds up. After the number: the questions to
think about, the player's own 'mag niet', why doors opened or stayed shut,
and what helps against every routine met (``game.engine.lookback``).

The words are the window's (``game.ui.screens.ending``, ``end.*`` in
``game.ui.strings``); this module only puts them in the page's order. ``ui``
is the trainee's language (the page's own words), ``lang`` the one the case
is played in (its texts): they differ only for a case without the first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from game.bestscore import BestScore
from game.engine import Session
from game.engine.lookback import Lookback, look_back
from game.engine.model import SAFETY, Scenario, Text
from game.engine.score import Score
from game.i18n import SHARED, tr
from game.i18n import safety_label as shared_safety_label
from game.plaintext import as_sentence
from game.web import play
from game.web.best import BUSY, Shown
from game.web.strings import t

LEVELS = ("none", "incident", "policy", "system")


@dataclass(frozen=True, slots=True)
class Part:
    """The client's days or the player's safety at the end: a sentence, a bar, a why."""

    title: str
    explain: str
    percent: int  # the bar's width in steps of 5, as on the conversation's meter cards
    tone: str


@dataclass(frozen=True, slots=True)
class Reckoning:
    """The number and how it adds up."""

    score: int
    best: str | None  # the best score the case allows, or that it is still worked out
    busy: bool
    parts: str | None  # format 1.1: "Zo telt het: uitkomst … = … van …"
    client_part: str | None  # format 1: the two parts and how they are averaged
    safety_part: str | None
    mean: str | None


@dataclass(frozen=True, slots=True)
class Counter:
    heading: str
    moves: list[str]


@dataclass(frozen=True, slots=True)
class Reflection:
    prompts: list[str]
    own: list[str]
    causes: list[str]
    routines: list[Counter]  # every routine met, with its counter-moves


def safety_label(scenario: Scenario, ui: str, lang: str) -> str:
    """The case's own name for safety ("Jouw positie"), or "Jouw veiligheid"."""
    meter = scenario.meters[SAFETY]
    return shared_safety_label(meter.label.render(lang) if meter.label else None, ui)


def in_sentence(label: str) -> str:
    """ "Jouw positie" inside a sentence: "jouw positie"."""
    return label[:1].lower() + label[1:]


def level_index(breakthrough: str) -> int:
    return LEVELS.index(breakthrough) if breakthrough in LEVELS else 0


def level_sentence(breakthrough: str, ui: str) -> str:
    text = tr(SHARED, f"breakthrough.{breakthrough}", ui)
    return text[:1].upper() + text[1:]


def days_part(scenario: Scenario, score: Score, ui: str, lang: str) -> Part:
    client, deadline = play.client_name(scenario, lang), scenario.deadline_days
    key = "end.days" if score.wait_days <= deadline else "end.days_over"
    return Part(
        t(key, ui, client=client, wait=score.wait_days, deadline=deadline),
        t("end.days_explain", ui, client=client),
        play.bar_percent(score.wait_days, 0, deadline),
        play.urgency_tone(score.wait_days, deadline),
    )


def safety_part(session: Session, score: Score, ui: str, lang: str) -> Part:
    scenario = session.scenario
    meter = scenario.meters[SAFETY]
    label = safety_label(scenario, ui, lang)
    ending = session.view(lang).ending
    explain = t("end.safety_plain", ui)
    if ending is not None and ending.aftermath and ending.aftermath_text:
        change = f"{ending.aftermath:+d}".replace("-", "−")
        explain = t(
            "end.aftermath", ui, text=ending.aftermath_text, change=change,
            label=in_sentence(label),
        )  # fmt: skip
    return Part(
        t("end.safety_at_end", ui, label=label, value=score.safety, max=meter.max),
        explain,
        play.bar_percent(score.safety, meter.min or 0, meter.max or 100),
        "safety",
    )


def best_text(shown: Shown, ui: str) -> str | None:
    if shown is None:
        return None
    if shown == BUSY:
        return t("end.best_busy", ui)
    assert isinstance(shown, BestScore)
    return t("end.best" if shown.complete else "end.best_sample", ui, best=shown.score)


def reckoning(scenario: Scenario, score: Score, shown: Shown, ui: str, lang: str) -> Reckoning:
    best, busy = best_text(shown, ui), shown == BUSY
    if score.model == "1.1":
        total = score.outcome_points + score.breakthrough_points + score.meter_points
        parts = t(
            "end.parts", ui, outcome=score.outcome_points, level=score.breakthrough_points,
            meters=score.meter_points, meters_max=scenario.scoring.meters,
            label=in_sentence(safety_label(scenario, ui, lang)), total=total, top=score.top,
        )  # fmt: skip
        return Reckoning(score.score, best, busy, parts, None, None, None)
    client = play.client_name(scenario, lang)
    weights = scenario.weights
    if weights.client == weights.safety:
        mean = t("end.score_mean", ui)
    else:
        mean = t(
            "end.score_weighted", ui, client=client, wc=_num(weights.client),
            ws=_num(weights.safety),
        )  # fmt: skip
    return Reckoning(
        score.score,
        best,
        busy,
        None,
        t("end.client_part", ui, client=client, points=score.client_score),
        t("end.safety_part", ui, points=score.safety_score),
        mean,
    )


def reflection(session: Session, ui: str, lang: str) -> Reflection:
    scenario, state = session.scenario, session.state
    back = look_back(session.engine, state)

    def render(text: Text) -> str:
        return text.render(lang, state.values, state.player)

    return Reflection(
        [render(prompt) for prompt in back.prompts],
        _own_lines(scenario, back, render, ui, lang),
        # Two branches may give the same reason (the judge postponed, twice): say it once.
        list(dict.fromkeys(render(cause.because) for cause in back.causes)),
        _counters(scenario, back, ui, lang),
    )


def _own_lines(
    scenario: Scenario, back: Lookback, render: Callable[[Text], str], ui: str, lang: str
) -> list[str]:
    out = []
    for own in back.own:
        choice = scenario.choice(own.choice)
        said = as_sentence(render(choice.text)) if choice else own.choice
        if own.routine is not None and own.routine in scenario.routines:
            routine = scenario.routines[own.routine].label.render(lang)
            out.append(t("end.own_item", ui, choice=said, routine=routine))
        else:
            out.append(t("end.own_item_plain", ui, choice=said))
    return out


def _counters(scenario: Scenario, back: Lookback, ui: str, lang: str) -> list[Counter]:
    """The counter-moves of every routine met, also where the player did not give in."""
    out = []
    for routine_id in back.routine_ids():
        routine = scenario.routines[routine_id]
        if routine.counter_moves:
            heading = t("end.counter_moves", ui, routine=routine.label.render(lang))
            out.append(Counter(heading, [move.render(lang) for move in routine.counter_moves]))
    return out


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
