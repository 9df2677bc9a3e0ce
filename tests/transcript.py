"""Golden transcripts: play a scenario along a list of choices and write what happened.

A transcript file (``tests/plans/<scenario>/<path>.txt``) starts with a
header, then the expected lines::

    choices: 2,1,accepteren
    lang: nl
    ---
    node: intake
    say: Sanne [worried]: Over drie weken ...
    option 1: Vertel eerst ...
    select: 1 (intake_vraag.1)
    ...
    result: {"scenario": ..., "score": 64, ...}

The scenario is ``tests/plans/<scenario>.yaml`` or, for the shipped ones,
``scenarios/<scenario>.yaml``. Re-record after an intended change with
``python -m tests.transcript record NAME PATH CHOICES [LANG]`` and review the diff.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from game.engine import Engine, MeterChanged, NodeEntered, Session, SessionState
from game.engine.model import Scenario
from game.paths import SCENARIOS_DIR
from game.scenario.loader import load_file

PLANS = Path(__file__).parent / "plans"


def scenario_path(name: str) -> Path:
    local = PLANS / f"{name}.yaml"
    return local if local.exists() else SCENARIOS_DIR / f"{name}.yaml"


def load(name: str) -> Scenario:
    result = load_file(scenario_path(name))
    assert result.ok, "\n".join(d.format() for d in result.diagnostics)
    assert result.scenario is not None
    return result.scenario


def _roundtrip(session: Session) -> Session:
    """Save and reload the state, as a player who quits and continues would."""
    state = SessionState.from_json(session.state.to_json())
    fresh = Session.resume(session.engine, state)
    fresh._listeners = session._listeners  # keep the transcript's subscriber
    return fresh


def play(
    scenario: Scenario,
    choices: list[str],
    lang: str,
    *,
    roundtrip: bool = False,
) -> list[str]:
    """The transcript lines of one playthrough."""
    lines: list[str] = []

    def hear(event: object) -> None:
        if isinstance(event, MeterChanged):
            lines.append(f"change: {event.name} {event.old} -> {event.new}")
        elif isinstance(event, NodeEntered) and event.by_deadline:
            lines.append("deadline!")

    session = Session.begin(Engine(scenario), "Robin", listeners=(hear,))
    step: Callable[[Session], Session] = _roundtrip if roundtrip else (lambda s: s)
    pending = list(choices)
    while True:
        session = step(session)
        _describe(session, lang, lines)
        if session.over:
            break
        if session.can_advance:
            session.advance()
            continue
        if not pending:
            lines.append("stopped: no choices left")
            break
        item = pending.pop(0)
        key: int | str = int(item) if item.isdigit() else item
        session.choose(key)
        lines.append(f"select: {item} ({session.state.path[-1]})")
    score = session.score()
    result = {"ending": session.state.node if session.over else None, "path": session.state.path}
    result |= {"wait_days": score.wait_days, "safety": score.safety, "score": score.score}
    result |= {"client_score": score.client_score, "safety_score": score.safety_score}
    if score.model == "1.1":  # the parts of the format-1.1 score
        result |= {
            "outcome_points": score.outcome_points,
            "breakthrough_points": score.breakthrough_points,
            "meter_points": score.meter_points,
        }
    lines.append("result: " + json.dumps(result, ensure_ascii=False, sort_keys=True))
    return lines


def _describe(session: Session, lang: str, lines: list[str]) -> None:
    view = session.view(lang)
    lines.append(f"node: {view.node}" + (f" @ {view.place}" if view.place else ""))
    who = f"{view.speaker_name} [{view.mood}]" if view.speaker_name else "narrator"
    lines.append(f"say: {who}: {view.text}")
    for choice in view.choices:
        if choice.available:
            lines.append(f"option {choice.number}: {choice.text}")
        else:
            lines.append(f"disabled: {choice.text} ({choice.reason})")
    if view.ending:
        e = view.ending
        lines.append(f"ending: {e.title} ({e.outcome}, {e.breakthrough})")
        if e.aftermath:
            lines.append(f"aftermath: {e.aftermath:+d} safety: {e.aftermath_text}")


def read_transcript(path: Path) -> tuple[list[str], str, list[str]]:
    header, _, body = path.read_text(encoding="utf-8").partition("---\n")
    fields = dict(line.split(": ", 1) for line in header.strip().splitlines())
    choices = [c for c in fields.get("choices", "").split(",") if c]
    return choices, fields.get("lang", "nl"), body.rstrip("\n").splitlines()


def record(name: str, path_name: str, choices: str, lang: str = "nl") -> Path:
    items = [c for c in choices.split(",") if c]
    lines = play(load(name), items, lang)
    target = PLANS / name / f"{path_name}.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    text = f"choices: {','.join(items)}\nlang: {lang}\n---\n" + "\n".join(lines) + "\n"
    target.write_text(text, encoding="utf-8")
    return target


if __name__ == "__main__":
    if len(sys.argv) < 5 or sys.argv[1] != "record":
        print(__doc__)
        sys.exit(2)
    from game.engine import EngineError

    try:
        print(record(*sys.argv[2:6]))
    except (EngineError, AssertionError) as err:
        print(f"cannot record: {err}", file=sys.stderr)
        sys.exit(2)
