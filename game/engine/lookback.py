"""Looking back on one playthrough: what the ending screen, the terminal and the debrief show.

From a session state the path is replayed (the engine is deterministic) and
read for what a trainee should think about afterwards:

- the routines met, each with what the player answered, so that the
  counter-moves of *every* routine met can be shown, not only where the
  player gave in;
- the player's own defensive moves ("jouw eigen 'mag niet'"): a choice that
  names the routine the player uses with it (``routine:`` on a choice,
  format 1.1); in a format-1 file, which cannot name it, a choice that goes
  along (``response: comply``) where nobody used a routine on the player;
- the reasons behind the doors that opened or closed: the ``because`` of
  every `next` branch the story took;
- the discussion questions of the moments passed;
- the reflection questions: the ending's own first, then the scenario's.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.builtins import GIVING_IN
from game.engine.core import Engine
from game.engine.events import BranchTaken, ChoiceTaken, NodeEntered
from game.engine.model import Text
from game.engine.state import SessionState


@dataclass(frozen=True, slots=True)
class RoutineMet:
    routine: str  # the routine's id
    node: str  # where it was spoken
    speaker: str | None  # character id
    choice: str  # the choice that answered it
    response: str | None
    gave_in: bool  # comply or defer


@dataclass(frozen=True, slots=True)
class OwnMove:
    node: str
    choice: str
    routine: str | None  # the routine the player used, when the author named it


@dataclass(frozen=True, slots=True)
class Cause:
    node: str
    because: Text


@dataclass(frozen=True, slots=True)
class Question:
    node: str
    text: Text


@dataclass(frozen=True, slots=True)
class Lookback:
    routines: tuple[RoutineMet, ...]
    own: tuple[OwnMove, ...]
    causes: tuple[Cause, ...]
    questions: tuple[Question, ...]
    prompts: tuple[Text, ...]

    def routine_ids(self) -> list[str]:
        """Each routine met once, in the order first met."""
        return list(dict.fromkeys(r.routine for r in self.routines))


def look_back(engine: Engine, state: SessionState) -> Lookback:
    """What to look back on after ``state``'s path (at an ending or not)."""
    scenario = engine.scenario
    events = engine.replay(state, state.path).events
    routines: list[RoutineMet] = []
    own: list[OwnMove] = []
    causes: list[Cause] = []
    questions: list[Question] = []
    for event in events:
        if isinstance(event, ChoiceTaken):
            choice = scenario.choice(event.choice)
            if event.routine and event.routine_node:
                speaker = scenario.nodes[event.routine_node].speaker
                gave_in = event.response in GIVING_IN
                routines.append(
                    RoutineMet(
                        event.routine, event.routine_node, speaker, event.choice,
                        event.response, gave_in,
                    )
                )  # fmt: skip
            guess = scenario.format == "1"  # format 1 has no way to name it: guess
            if choice is not None and _own_move(
                choice.routine, choice.response, event.routine, guess
            ):
                own.append(OwnMove(event.node, event.choice, choice.routine))
        elif isinstance(event, BranchTaken):
            branches = scenario.nodes[event.node].next or ()
            because = branches[event.branch].because if event.branch < len(branches) else None
            # A branch taken again (a node entered twice) has the same reason: once.
            if because is not None and all(c.because != because for c in causes):
                causes.append(Cause(event.node, because))
        elif isinstance(event, NodeEntered):
            discuss = scenario.nodes[event.node].discuss
            if discuss is not None and all(q.node != event.node for q in questions):
                questions.append(Question(event.node, discuss))
    ending = scenario.nodes[state.node].ending
    prompts = tuple(p for p in (ending.reflect if ending else None,) if p) + scenario.reflection
    return Lookback(tuple(routines), tuple(own), tuple(causes), tuple(questions), prompts)


def _own_move(
    own_routine: str | None, response: str | None, spoken: str | None, guess: bool
) -> bool:
    """The player's own 'mag niet': named by the author (format 1.1); in a format-1 file,
    where it cannot be named, going along where nobody used a routine on the player."""
    return own_routine is not None or (guess and spoken is None and response == "comply")
