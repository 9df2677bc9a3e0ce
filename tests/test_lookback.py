"""Looking back on a playthrough (issue 12): routines met, your own 'mag niet', why it went
this way, the questions met and the reflection questions; the same in the terminal."""

from __future__ import annotations

import io

from game.engine import Engine, Session, reflection
from game.engine.lookback import look_back
from game.scenario.loader import load_bytes
from game.terminal.player import TerminalPlayer
from tests.transcript import load


def _played(name: str, choices: list[str]) -> Session:
    session = Session.begin(load(name), "Robin")
    for choice in choices:
        while session.can_advance:
            session.advance()
        session.choose(choice)
    while session.can_advance:
        session.advance()
    return session


def test_giving_in_all_the_way() -> None:
    session = _played("voorbeeld", ["formulier", "accepteren", "wachten"])
    assert session.state.node == "te_laat"  # the deadline came first
    back = look_back(session.engine, session.state)
    assert [(r.routine, r.node, r.gave_in) for r in back.routines] == [
        ("criteria", "collega", True),
        ("precedent", "teamleider", True),
    ]
    assert [(o.choice, o.routine) for o in back.own] == [("formulier", "rules")]
    assert back.causes == ()  # no branch was taken: the deadline decided
    assert [q.node for q in back.questions] == ["collega", "teamleider"]
    assert back.prompts == reflection.PERSONAL


def test_the_reason_behind_the_door_that_opened() -> None:
    session = _played("voorbeeld", ["luisteren", "doorvragen", "bespreekbaar"])
    assert session.state.node == "beleid"
    back = look_back(session.engine, session.state)
    assert [(r.routine, r.gave_in) for r in back.routines] == [
        ("criteria", False),
        ("precedent", False),
    ]
    assert back.own == ()
    (cause,) = back.causes
    assert cause.node == "besluit" and "echte aantal" in cause.because.render("nl")


FORMAT_1 = """
format: 1
id: old
title: Old
client: c
deadline_days: 10
start: desk
characters: {c: {name: C, role: client}}
nodes:
  desk:
    text: "Wat doe je?"
    choices:
      - {text: "Volg het protocol.", response: comply, goto: end}
      - {text: "Vraag door.", response: probe, goto: end}
  end: {text: "Klaar.", ending: {title: End, outcome: good}}
"""


def test_a_format_1_file_counts_going_along_unasked_as_your_own() -> None:
    scenario = load_bytes(FORMAT_1.encode(), "old.yaml").scenario
    assert scenario is not None
    engine = Engine(scenario)
    state = engine.choose(engine.start().state, 1).state
    assert [o.choice for o in look_back(engine, state).own] == ["desk.1"]
    state = engine.choose(engine.start().state, 2).state
    assert look_back(engine, state).own == ()


def test_the_terminal_looks_back_in_this_order() -> None:
    session = Session.begin(load("voorbeeld"), "Robin")
    out = io.StringIO()
    player = TerminalPlayer(
        session, "nl", out, None, ["formulier", "accepteren", "wachten"], best=lambda _: None
    )
    assert player.run().exit_code == 0
    text = out.getvalue()
    order = [
        "Einde: Te laat",
        "Geen doorbraak. Uitkomst: slecht.",
        "Sanne wachtte 44 dagen: langer dan de 30 dagen die er waren.",  # 2 + 7 + 14 + 21
        "(-25 jouw veiligheid.)",
        "Jouw veiligheid aan het eind:",
        "Score:",
        "Zo telt het: uitkomst 0 + doorbraak 0",
        "Denk na:",
        "Bij welk 'nee' ging jij mee?",
        'Joost gebruikte de routine "Zij voldoet niet aan de criteria"',
        'Tegenzetten bij "Zij voldoet niet aan de criteria":',
        'Tegenzetten bij "Dan is het hek van de dam":',
        "Jouw eigen 'mag niet':",
        'Zo gebruikte je zelf de routine "Het mag niet van de regels".',
    ]
    at = [text.find(line) for line in order]
    assert all(i >= 0 for i in at), [line for line, i in zip(order, at, strict=True) if i < 0]
    assert at == sorted(at)
    assert "Waarom het zo liep" not in text  # the deadline decided, no branch
    assert "-25 veiligheid" not in text.split("Einde:")[0]  # the aftermath is not a step


TWICE = """
format: 1.1
id: twice
title: Twice
client: c
deadline_days: 10
start: desk
characters: {c: {name: C, role: client}}
nodes:
  desk:
    text: "Wat doe je?"
    choices:
      - {text: "Nog eens.", response: probe, goto: gate, effects: {wait_days: +1}}
      - {text: "Klaar.", response: probe, goto: end}
  gate:
    text: "De deur."
    next:
      - if: wait_days < 5
        goto: desk
        because: "De deur bleef dicht, omdat niemand tekende."
      - goto: end
  end: {text: "Klaar.", ending: {title: End, outcome: good}}
"""


def test_a_reason_met_twice_is_given_once() -> None:
    """The same branch taken again (the node entered twice) is one reason, not a list."""
    result = load_bytes(TWICE.encode(), "twice.yaml")
    assert result.scenario is not None, result.diagnostics
    session = Session.begin(result.scenario, "Robin")
    for choice in ("desk.1", "desk.1", "desk.2"):
        while session.can_advance:
            session.advance()
        session.choose(choice)
    back = look_back(session.engine, session.state)
    assert session.state.visits["gate"] == 2
    assert [c.because.render("nl") for c in back.causes] == [
        "De deur bleef dicht, omdat niemand tekende."
    ]
