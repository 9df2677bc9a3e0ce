"""One trainee's game as the pages see it, and the moves they make.

Every request rebuilds the ``Session`` from the stored ``SessionState`` JSON,
makes at most one move, and hands back the new state plus the session-log
records that move caused (written by the same ``SessionLogger`` the window
and the terminal use, into memory). The store commits both together.

The engine's route machine keeps a cursor, so one ``Engine`` must not serve
two requests at once. Building one costs a few milliseconds of the
interpreter's time (Sanne's machine has hundreds of transitions), far more
than a move, so engines are lent from a pool per case and given back after
the request: there are only as many as requests ever ran at the same time.
The scenario itself is shared; it never changes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from game.engine import (
    Engine,
    EngineError,
    Event,
    MeterChanged,
    NodeEntered,
    Session,
    SessionState,
    StateError,
)
from game.engine.model import SAFETY, WAIT, Scenario
from game.engine.view import NodeView
from game.i18n import SHARED, safety_word, tr
from game.log import logformat as lf
from game.log.writer import MemorySink, SessionLogger
from game.web.store import Game, Move
from game.web.strings import t

CLIENT = "web"  # the "client" field of the session log's start record
ACTIONS = ("choose", "next", "undo")


class MoveRefused(Exception):
    """A move the game cannot make now; ``code`` names the page that says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class CaseChanged(Exception):
    """The stored game no longer fits the case as it is loaded now."""


_free: dict[int, tuple[Scenario, list[Engine]]] = {}
_pool_lock = threading.Lock()


@contextmanager
def borrowed(scenario: Scenario) -> Iterator[Engine]:
    """An engine for ``scenario`` that no other request uses until this one gives it back."""
    with _pool_lock:
        entry = _free.get(id(scenario))
        if entry is None or entry[0] is not scenario:
            entry = _free[id(scenario)] = (scenario, [])
        engine = entry[1].pop() if entry[1] else None
    if engine is None:
        engine = Engine(scenario)
    try:
        yield engine
    finally:
        with _pool_lock:
            entry[1].append(engine)


def prepare(scenario: Scenario) -> None:
    """Build the first engine for ``scenario`` now, at start-up, instead of in a trainee's move."""
    with borrowed(scenario):
        pass


def resume_with(engine: Engine, game: Game) -> Session:
    # A state stored under the same case file (by its sha256: every move stores
    # the sha of the case that made it) was made from this scenario, so its
    # choices replay; a changed case is replayed in full, to find a game that no
    # longer fits it (CaseChanged). Undo and the history replay anyway and say
    # CaseChanged too if a state slipped through (a new program, same file).
    same_case = game.scenario_sha256 is not None and game.scenario_sha256 == engine.scenario.sha256
    try:
        state = SessionState.from_json(game.state)
        return Session.resume(engine, state, replay=not same_case)
    except (EngineError, StateError) as err:
        raise CaseChanged(str(err)) from None


@contextmanager
def resume(scenario: Scenario, game: Game) -> Iterator[Session]:
    """The stored game as a live session, on a borrowed engine, for one request."""
    with borrowed(scenario) as engine:
        yield resume_with(engine, game)


# -- moves -------------------------------------------------------------------------------------


@dataclass
class _Recorder:
    """The log records and meter changes of one move."""

    session: Session
    clock: Callable[[], datetime]
    changes: dict[str, int] = field(default_factory=dict)
    deadline: bool = False

    def __post_init__(self) -> None:
        self.sink = MemorySink()
        self.logger = SessionLogger(self.session, self.sink, self.clock)
        self._stop = self.session.subscribe(self._on_event)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, MeterChanged):
            delta = int(event.new) - int(event.old)
            self.changes[event.name] = self.changes.get(event.name, 0) + delta
        elif isinstance(event, NodeEntered) and event.by_deadline:
            self.deadline = True

    def finish(self) -> list[dict[str, Any]]:
        self._stop()
        self.logger.close()
        return self.sink.records


def start(
    scenario: Scenario, player_name: str, lang: str, clock: Callable[[], datetime] = lf.utc_now
) -> Move:
    """A new game at the case's start: its state and the log's start record."""
    with borrowed(scenario) as engine:
        session = Session.begin(engine, player_name)
        logger = SessionLogger.in_memory(session, lang=lang, clock=clock)
        logger.close()
        assert isinstance(logger.sink, MemorySink)
        records = logger.sink.records
        records[0]["client"] = CLIENT  # in_memory names itself "memory"; this log is kept
        return _move(session, records, None)


def make_move(
    scenario: Scenario,
    game: Game,
    action: str,
    choice: str | None = None,
    clock: Callable[[], datetime] = lf.utc_now,
) -> Move:
    """The move ``action`` (choose, next, undo) on ``game``; MoveRefused when it cannot be made."""
    with resume(scenario, game) as session:
        return _make_move(session, action, choice, clock)


def _make_move(
    session: Session, action: str, choice: str | None, clock: Callable[[], datetime]
) -> Move:
    recorder = _Recorder(session, clock)
    notice: dict[str, Any]
    try:
        if action == "choose":
            if not choice or session.over:
                raise MoveRefused("not_available")
            try:
                session.choose(choice)
            except EngineError:
                raise MoveRefused("not_available") from None
            notice = {"kind": "choice", "choice": choice}
        elif action == "next":
            if not session.can_advance:
                raise MoveRefused("not_available")
            session.advance()
            notice = {"kind": "next"}
        elif action == "undo":
            try:
                undone = session.undo()
            except EngineError as err:  # undo replays the path: it no longer fits the case
                raise CaseChanged(str(err)) from None
            if not undone:
                raise MoveRefused("not_available")
            notice = {"kind": "undo"}
        else:
            raise MoveRefused("not_available")
    finally:
        records = recorder.finish()
    notice["changes"] = recorder.changes
    notice["deadline"] = recorder.deadline
    return _move(session, records, notice)


def _move(session: Session, records: list[dict[str, Any]], notice: dict[str, Any] | None) -> Move:
    return Move(
        state=session.state.to_json(),
        node=session.state.node,
        ended=session.over,
        notice=notice,
        records=records,
        scenario_sha256=session.scenario.sha256,
    )


# -- what a page shows -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Meter:
    id: str
    caption: str
    value: str
    percent: int  # 0..100 in steps of 5 (the bar's width as a CSS class: no inline style)
    tone: str  # calm, warn, urgent; "safety" or "other" for the rest


@dataclass(frozen=True, slots=True)
class Speaker:
    id: str
    name: str
    title: str | None
    role: str
    mood: str


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the history: who said what (the trainee's own choices too)."""

    who: str
    text: str
    own: bool = False
    place: str | None = None


def client_name(scenario: Scenario, lang: str) -> str:
    character = scenario.characters.get(scenario.client)
    return character.name.render(lang) if character else scenario.client


def calendar_value(wait: int, deadline: int, lang: str) -> str:
    """The window's words for the calendar card (game.ui.hud), without pygame."""
    day = t("hud.day", lang, wait=wait, deadline=deadline)
    left = deadline - wait
    if left > 1:
        rest = t("hud.left", lang, n=left)
    elif left == 1:
        rest = t("hud.left_one", lang)
    elif left == 0:
        rest = t("hud.due", lang)
    else:
        rest = t("hud.late", lang, n=-left) if left < -1 else t("hud.late_one", lang)
    return f"{day} · {rest}"


def bar_percent(value: int, low: int, high: int) -> int:
    if high <= low:
        return 100
    share = min(1.0, max(0.0, (value - low) / (high - low)))
    return round(share * 20) * 5


def urgency_tone(wait: int, deadline: int) -> str:
    """Calm, then orange from halfway, then red in the last fifth and after the deadline."""
    share = wait / deadline if deadline > 0 else 1.0
    if share < 0.5:
        return "calm"
    return "warn" if share < 0.8 else "urgent"


def meters(session: Session, view: NodeView, lang: str) -> list[Meter]:
    scenario = session.scenario
    by_id = {m.id: m for m in view.meters}
    wait, deadline = by_id[WAIT].value, scenario.deadline_days
    out = [
        Meter(
            WAIT,
            t("hud.calendar", lang, client=client_name(scenario, lang)),
            calendar_value(wait, deadline, lang),
            bar_percent(wait, 0, deadline),
            urgency_tone(wait, deadline),
        )
    ]
    safety = by_id[SAFETY]
    out.append(
        Meter(
            SAFETY,
            t("hud.safety", lang),
            t("hud.of", lang, value=safety.value, max=safety.max),
            bar_percent(safety.value, safety.min or 0, safety.max or 100),
            "safety",
        )
    )
    for meter in view.meters:
        if meter.id in (WAIT, SAFETY) or meter.hidden:
            continue
        bounded = meter.min is not None and meter.max is not None
        value = t("hud.of", lang, value=meter.value, max=meter.max) if bounded else str(meter.value)
        low, high = (meter.min or 0, meter.max or 0) if bounded else (0, 0)
        percent = bar_percent(meter.value, low, high)
        out.append(Meter(meter.id, meter.label, value, percent, "other"))
    return out


def speaker(view: NodeView) -> Speaker | None:
    if view.speaker is None or view.speaker_name is None:
        return None
    return Speaker(
        view.speaker, view.speaker_name, view.speaker_title, view.speaker_role or "other", view.mood
    )


def role_label(role: str, lang: str) -> str:
    return tr(SHARED, f"role.{role}", lang)


def change_texts(scenario: Scenario, changes: dict[str, int], lang: str) -> list[str]:
    """'+3 dagen', '−5 veiligheid': the window's chips, for the meters the player can see."""
    out = []
    for name, delta in changes.items():
        meter = scenario.meters.get(name)
        if meter is None or meter.hidden or delta == 0:
            continue
        sign = "+" if delta > 0 else "−"
        n = abs(delta)
        if name == WAIT:
            out.append(t("fx.day" if n == 1 else "fx.days", lang, sign=sign, n=n))
        elif name == SAFETY:
            word = safety_word(meter.label.render(lang) if meter.label else None, lang)
            out.append(t("fx.safety", lang, sign=sign, n=n, label=word))
        else:
            label = meter.label.render(lang) if meter.label else meter.id
            out.append(t("fx.meter", lang, sign=sign, n=n, label=label))
    return out


def feedback(session: Session, notice: dict[str, Any] | None, lang: str) -> dict[str, Any] | None:
    """What the page after a move says about it: the choice, its feedback, what changed."""
    if not notice:
        return None
    scenario = session.scenario
    changes = change_texts(scenario, dict(notice.get("changes") or {}), lang)
    out: dict[str, Any] = {
        "kind": notice.get("kind"),
        "changes": changes,
        "deadline": bool(notice.get("deadline")),
    }
    choice = scenario.choice(str(notice.get("choice") or ""))
    if notice.get("kind") == "choice" and choice is not None:
        values, player = session.state.values, session.state.player
        out["said"] = choice.text.render(lang, values, player)
        out["feedback"] = choice.feedback.render(lang, values, player) if choice.feedback else None
    return out


def history(session: Session, lang: str) -> list[Line]:
    """Every line of the game so far, rendered as it read then (replayed from the origin).

    CaseChanged when the choices no longer replay (the case was edited under the game).
    """
    try:
        return _history(session, lang)
    except EngineError as err:
        raise CaseChanged(str(err)) from None


def _history(session: Session, lang: str) -> list[Line]:
    engine, state = session.engine, session.state
    origin = state.origin
    scenario = engine.scenario
    step = engine.start(
        state.player, origin.node if origin else None, origin.overrides if origin else None
    )
    current = step.state
    lines = [_line(engine, current, lang)]
    pending = list(state.path)
    for _ in range(len(state.trail) + 1):
        if len(current.trail) >= len(state.trail):
            break
        if engine.can_advance(current):
            current = engine.advance(current).state
        elif pending:
            choice = scenario.choice(pending[0])
            values, player = current.values, current.player
            said = choice.text.render(lang, values, player) if choice else pending[0]
            lines.append(Line(t("hist.you", lang), said, own=True))
            current = engine.choose(current, pending.pop(0)).state
        else:
            break
        lines.append(_line(engine, current, lang))
    return lines


def _line(engine: Engine, state: SessionState, lang: str) -> Line:
    node = engine.node(state)
    scenario = engine.scenario
    character = scenario.characters.get(node.speaker or "")
    who = (
        character.name.render(lang, state.values, state.player)
        if character
        else t("hist.narration", lang)
    )
    place = scenario.places.get(node.place or "")
    return Line(
        who,
        node.text.render(lang, state.values, state.player),
        place=place.name.render(lang, state.values, state.player) if place else None,
    )
