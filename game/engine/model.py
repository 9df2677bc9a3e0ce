"""The runtime form of a scenario: frozen, validated objects the engine runs.

The loader (``game.scenario``) builds these from YAML after every check has
passed, so the engine can trust them: every reference resolves, every
expression is compiled, every text has the default language. Nothing here
imports yaml or pygame.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

Value = int | bool
Outcome = Literal["good", "mixed", "bad"]
Breakthrough = Literal["none", "incident", "policy", "system"]
Role = Literal["client", "colleague", "manager", "director", "partner", "other"]

WAIT = "wait_days"
SAFETY = "safety"

# Reads meters, flags and visit counts; see game.engine.expr.
Condition = Callable[["Env"], object]


class Env:
    """What an expression may read: the values of meters and flags, and visits."""

    __slots__ = ("values", "visits")

    def __init__(self, values: Mapping[str, Value], visits: Mapping[str, int]) -> None:
        self.values = values
        self.visits = visits


@dataclass(frozen=True, slots=True)
class TextPart:
    """A literal piece of text, or (when ``name`` is set) a ``{name}`` slot."""

    literal: str = ""
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Text:
    """A text in one or more languages, pre-split into literal parts and slots.

    ``parts`` maps a language code to its parts. ``default`` is the scenario's
    default language, which every text has.
    """

    parts: Mapping[str, tuple[TextPart, ...]]
    default: str

    def languages(self) -> tuple[str, ...]:
        return tuple(self.parts)

    def raw(self, lang: str) -> str:
        """The source string (braces kept, ``{{``/``}}`` as single braces escaped back)."""
        out = []
        for part in self.parts.get(lang) or self.parts[self.default]:
            if part.name is None:
                out.append(part.literal.replace("{", "{{").replace("}", "}}"))
            else:
                out.append("{" + part.name + "}")
        return "".join(out)

    def render(self, lang: str, values: Mapping[str, Value] | None = None, player: str = "") -> str:
        """The text in ``lang`` (default language if missing), slots filled in."""
        out = []
        for part in self.parts.get(lang) or self.parts[self.default]:
            if part.name is None:
                out.append(part.literal)
            elif part.name == "player":
                out.append(player)
            else:
                value = (values or {}).get(part.name, "")
                out.append(_format_value(value))
        return "".join(out)

    @staticmethod
    def plain(by_lang: Mapping[str, str], default: str) -> Text:
        """A text without slots (for built-in labels and interface strings)."""
        return Text({lang: (TextPart(s),) for lang, s in by_lang.items()}, default)


def _format_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass(frozen=True, slots=True)
class Meter:
    id: str
    start: int = 0
    min: int | None = None
    max: int | None = None
    label: Text | None = None
    hidden: bool = False

    def clamp(self, value: int) -> int:
        if self.min is not None and value < self.min:
            return self.min
        if self.max is not None and value > self.max:
            return self.max
        return value


@dataclass(frozen=True, slots=True)
class Character:
    id: str
    name: Text
    role: Role
    title: Text | None = None
    # mood -> resolved file path; the key "" holds a single portrait for every mood.
    portraits: Mapping[str, str] = field(default_factory=dict)
    color: str | None = None
    # How the game draws the character (format 1.1): presentation, age, hair, ...
    look: Mapping[str, str | bool] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: Text
    background: str | None = None  # resolved file path, or None: the game draws one
    scene: str | None = None  # the kind of place the game draws (format 1.1)


@dataclass(frozen=True, slots=True)
class Label:
    """A routine or response type: built-in or declared by the scenario."""

    id: str
    label: Text
    explanation: Text | None = None
    counter_moves: tuple[Text, ...] = ()
    builtin: bool = False


@dataclass(frozen=True, slots=True)
class Effect:
    """One effect: ``add`` to a meter, ``set`` a meter, or ``flag`` a boolean."""

    target: str
    kind: Literal["add", "set", "flag"]
    value: Value


@dataclass(frozen=True, slots=True)
class Expr:
    """A compiled expression: its source (for display) and its evaluator."""

    source: str
    evaluate: Condition
    # Node ids whose visit counts the expression reads (the analyser tracks them).
    reads_visits: frozenset[str] = frozenset()
    reads_names: frozenset[str] = frozenset()
    # Comparisons of a number name with a constant, as (name, operator, constant)
    # with the name on the left; ``atom_only`` names the numbers read in no other
    # way, so that for them the expression depends only on those comparisons.
    atoms: tuple[tuple[str, str, int], ...] = ()
    atom_only: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Choice:
    id: str
    index: int  # 1-based position in the written order
    text: Text
    goto: str
    condition: Expr | None = None
    unavailable: Text | None = None
    once: bool = False
    effects: tuple[Effect, ...] = ()
    response: str | None = None
    feedback: Text | None = None
    line: int = 0  # source line, for tools that point authors at it
    # Format 1.1: the defensive routine the player uses *with this choice*
    # (the player's own "mag niet"); ``Node.routine`` is the one spoken to them.
    routine: str | None = None
    column: int = 0


@dataclass(frozen=True, slots=True)
class Branch:
    goto: str
    condition: Expr | None = None  # None: the fallback
    # Format 1.1: why the story went this way, for the debrief ("Karin said no,
    # because nobody in your team backed you").
    because: Text | None = None


@dataclass(frozen=True, slots=True)
class Ending:
    title: Text
    outcome: Outcome
    breakthrough: Breakthrough = "none"
    # Format 1.1: the change to ``safety`` that follows the ending (a complaint,
    # a calamity review), applied as the last effect of the ending node, and
    # the text that explains it. 0 and None in format 1.
    aftermath: int = 0
    aftermath_text: Text | None = None
    reflect: Text | None = None  # a reflection prompt for this ending only


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    text: Text
    speaker: str | None = None
    mood: str | None = None
    place: str | None = None
    routine: str | None = None
    discuss: Text | None = None
    effects: tuple[Effect, ...] = ()
    choices: tuple[Choice, ...] | None = None
    next: tuple[Branch, ...] | None = None
    ending: Ending | None = None
    line: int = 0
    column: int = 0


@dataclass(frozen=True, slots=True)
class Weights:
    client: float = 1.0
    safety: float = 1.0


LEVELS: tuple[Breakthrough, ...] = ("none", "incident", "policy", "system")
OUTCOMES: tuple[Outcome, ...] = ("bad", "mixed", "good")


@dataclass(frozen=True, slots=True)
class Scoring:
    """How the final score is made (docs/format.md, "Score").

    ``model`` "1": the format-1 score, the weighted mean of the client's and
    the safety score. ``model`` "1.1" (every format-1.1 file): points for the
    outcome and the breakthrough level plus ``meters`` points for that same
    mean, scaled to 0..100; a bad or mixed ending first costs safety
    (``aftermath``, applied by the engine as the ending's last effect).
    """

    model: Literal["1", "1.1"] = "1"
    outcome: tuple[tuple[Outcome, int], ...] = (("good", 40), ("mixed", 20), ("bad", 0))
    breakthrough: tuple[tuple[Breakthrough, int], ...] = (
        ("none", 0),
        ("incident", 5),
        ("policy", 12),
        ("system", 20),
    )
    meters: int = 40
    aftermath: tuple[tuple[Outcome, int], ...] = (("good", 0), ("mixed", -10), ("bad", -25))

    def outcome_points(self, outcome: str) -> int:
        return _lookup(self.outcome, outcome)

    def breakthrough_points(self, level: str) -> int:
        return _lookup(self.breakthrough, level)

    def aftermath_for(self, outcome: str) -> int:
        return _lookup(self.aftermath, outcome)

    @property
    def top(self) -> int:
        """The most points there are: the best outcome, the deepest level, full meters."""
        return max(p for _, p in self.outcome) + max(p for _, p in self.breakthrough) + self.meters


def _lookup(pairs: tuple[tuple[str, int], ...], key: str) -> int:
    for name, points in pairs:
        if name == key:
            return points
    return 0


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    id: str
    term: Text
    meaning: Text


@dataclass(frozen=True)
class Scenario:
    id: str
    title: Text
    languages: tuple[str, ...]
    client: str
    deadline_days: int
    start: str
    meters: Mapping[str, Meter]  # always has wait_days and safety
    flags: tuple[str, ...]
    characters: Mapping[str, Character]
    places: Mapping[str, Place]
    routines: Mapping[str, Label]  # built-in and the scenario's own
    responses: Mapping[str, Label]
    nodes: Mapping[str, Node]
    weights: Weights = Weights()
    scoring: Scoring = Scoring()
    # Format 1.1: the scenario's own reflection prompts (else the built-in ones)
    # and glossary terms (added to the built-in glossary).
    reflection: tuple[Text, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    deadline_node: str | None = None
    summary: Text | None = None
    version: str | None = None
    author: str | None = None
    format: str = "1"  # "1" or "1.1"
    source: str | None = None  # file path, for messages and logs
    sha256: str | None = None  # of the source bytes, for logs
    # Indexes built once from ``nodes`` (declared so type checkers see them).
    _choices_by_id: Mapping[str, Choice] = field(init=False, repr=False, compare=False)
    _node_by_choice: Mapping[str, Node] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("meters", "characters", "places", "routines", "responses", "nodes"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))
        by_id: dict[str, Choice] = {}
        node_of: dict[str, Node] = {}
        for node in self.nodes.values():
            for choice in node.choices or ():
                by_id[choice.id] = choice
                node_of[choice.id] = node
        object.__setattr__(self, "_choices_by_id", by_id)
        object.__setattr__(self, "_node_by_choice", node_of)

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def choice(self, choice_id: str) -> Choice | None:
        return self._choices_by_id.get(choice_id)

    def node_of_choice(self, choice_id: str) -> Node | None:
        return self._node_by_choice.get(choice_id)
