"""The schema layer of the scenario loader: pydantic models of format 1.

``yamlsource`` turns YAML into plain data plus ``path -> position`` indexes;
:func:`validate_document` checks that data against the models below and turns
every pydantic error into one :class:`Diagnostic` with a file position and a
message a trainer can act on. The semantic checks (references, expressions,
the graph) run afterwards on the returned models.

The same models are exported as a draft-07 JSON Schema (:func:`json_schema`,
``python -m game.scenario.schema``) so editors show hover help and catch
typos while a scenario is being written.

Rules that need a precise message of their own (exactly one of
choices/next/ending, a non-empty choice list, meter bounds, ...) are left to
the semantic checks on purpose, so this layer does not report them twice.
"""

from __future__ import annotations

import argparse
import difflib
import json
import math
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path as FilePath
from typing import Annotated, Any, Literal, Protocol, get_args

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    ValidationError,
    WithJsonSchema,
    field_validator,
)
from pydantic_core import PydanticCustomError
from typing_extensions import TypeAliasType

from game.scenario import codes
from game.scenario.appearance import (
    AgeBand,
    Beard,
    HairColor,
    HairStyle,
    Outfit,
    Presentation,
    Scene,
    SkinTone,
)
from game.scenario.diagnostics import Diagnostic, sort_key

Path = tuple[str | int, ...]


class Pos(Protocol):
    """What this layer needs from a ``yamlsource`` position (1-based)."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


SCHEMA_URI = "http://json-schema.org/draft-07/schema#"

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
CHOICE_ID_PATTERN = r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)?$"
LANG_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"
COLOR_PATTERN = r"^#[0-9a-fA-F]{6}$"
SET_PATTERN = r"^=-?[0-9]+$"

# Words the expression language owns; a meter or flag with such a name could
# never be read in a condition.
RESERVED_NAMES = frozenset({"and", "or", "not", "true", "false", "visited", "visits", "player"})

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
ChoiceId = Annotated[str, StringConstraints(pattern=CHOICE_ID_PATTERN)]
LangCode = Annotated[str, StringConstraints(pattern=LANG_PATTERN)]
Color = Annotated[str, StringConstraints(pattern=COLOR_PATTERN)]
SetValue = Annotated[str, StringConstraints(pattern=SET_PATTERN)]

Role = Literal["client", "colleague", "manager", "director", "partner", "other"]
Outcome = Literal["good", "mixed", "bad"]
Breakthrough = Literal["none", "incident", "policy", "system"]

# --- unions -----------------------------------------------------------------
# Every union is discriminated by the Python type of the input, so pydantic
# tries one member only: a wrong value gives one error (not one per member),
# and a value of no accepted type gives one custom error whose type names the
# union. The tags show up in error locations; _yaml_path strips them.

STRING, MAPPING, LIST, INTEGER, BOOLEAN = (
    "<string>",
    "<mapping>",
    "<list>",
    "<integer>",
    "<boolean>",
)
TAGS = frozenset({STRING, MAPPING, LIST, INTEGER, BOOLEAN})


def shape(value: Any) -> str | None:
    """The union tag of a plain-data value (``bool`` first: it is an ``int``)."""
    if isinstance(value, bool):
        return BOOLEAN
    if isinstance(value, int):
        return INTEGER
    if isinstance(value, str):
        return STRING
    if isinstance(value, dict):
        return MAPPING
    if isinstance(value, list):
        return LIST
    return None


def _by_shape(error_type: str, message: str) -> Discriminator:
    return Discriminator(shape, custom_error_type=error_type, custom_error_message=message)


Text = TypeAliasType(
    "Text",
    Annotated[
        Annotated[str, Tag(STRING)] | Annotated[dict[LangCode, str], Tag(MAPPING)],
        _by_shape("text_type", "a text must be a string or a mapping from language to string"),
        Field(
            description=(
                "A text: a string in the scenario's default language, or a mapping from "
                "language code to string, such as {nl: 'Hallo', en: 'Hello'}. "
                "{name} shows a meter or flag, {player} the player's name."
            )
        ),
    ],
)

EffectValue = TypeAliasType(
    "EffectValue",
    Annotated[
        Annotated[int, Tag(INTEGER)]
        | Annotated[bool, Tag(BOOLEAN)]
        | Annotated[SetValue, Tag(STRING)],
        _by_shape("effect_type", "an effect must be a whole number, true/false or '=N'"),
        Field(
            description=(
                "For a meter: a whole number to add (safety: -10), or '=N' to set it "
                "(safety: '=50'). For a flag: true or false."
            )
        ),
    ],
)

Portrait = Annotated[
    Annotated[str, Tag(STRING)] | Annotated[dict[str, str], Tag(MAPPING)],
    _by_shape("portrait_type", "a portrait must be a path or a mapping from mood to path"),
]


def _version_as_text(value: Any) -> Any:
    """``version: 1.2`` is a float in YAML; authors mean the text "1.2"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


_VERSION_JSON = {"anyOf": [{"type": "string"}, {"type": "number"}, {"type": "null"}]}


def _supported_format(value: Any) -> Any:
    # Literal[1] alone also accepts true and 1.0, even in strict mode; YAML reads 1.1 as a float.
    if (type(value) is int and value == 1) or (type(value) is float and value == 1.1):
        return value
    raise PydanticCustomError(
        "unsupported_format", "format {value} is not supported", {"value": value}
    )


_FORMAT_JSON = {"enum": [1, 1.1]}

# Keys that format 1.1 added ("*" is any id or list position): a file that uses one
# says `format: 1.1`.
FORMAT_1_1_KEYS: tuple[tuple[str, ...], ...] = (
    ("places", "*", "scene"),
    ("characters", "*", "look"),
    ("featured",),
    # the score where helping counts, reflection, reasons and the glossary (issue 12)
    ("scoring", "outcome"),
    ("scoring", "breakthrough"),
    ("scoring", "meters"),
    ("scoring", "aftermath"),
    ("nodes", "*", "ending", "aftermath"),
    ("nodes", "*", "ending", "reflect"),
    ("nodes", "*", "next", "*", "because"),
    ("nodes", "*", "choices", "*", "routine"),
    ("routines", "*", "counter_moves"),
    ("reflection",),
    ("glossary",),
)


# --- models -----------------------------------------------------------------


class _Model(BaseModel):
    # strict: YAML already gives typed scalars, so "42" (quoted) is a mistake
    # the author should hear about, and true must never count as 1.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class MeterDef(_Model):
    """A number the story keeps track of, clamped into [min, max] after every effect."""

    start: int = Field(0, description="Value at the start of the scenario.")
    min: int | None = Field(None, description="Lowest value; no lower bound when left out.")
    max: int | None = Field(None, description="Highest value; no upper bound when left out.")
    label: Text | None = Field(
        None, description="Name shown to the player; the meter's id when left out."
    )
    hidden: bool = Field(
        False, description="When true the player does not see this meter; it is still logged."
    )


class LookDef(_Model):
    """How the game draws a character's portrait (format 1.1); every key is optional."""

    presentation: Presentation | None = Field(None, description="woman, man or neutral.")
    age: AgeBand | None = Field(
        None, description="child, young (about 18-30), adult (30-45), middle (45-60) or older."
    )
    hair: HairStyle | None = Field(
        None,
        description=(
            "short, side_part, buzz, bob, long, long_parted, ponytail, bun, curly, afro or bald."
        ),
    )
    hair_color: HairColor | None = Field(
        None,
        description="black, dark_brown, brown, light_brown, red, dark_blond, blond, grey or white.",
    )
    skin: SkinTone | None = Field(
        None, description="light, light_medium, medium, medium_dark or dark."
    )
    glasses: bool | None = Field(None, description="true: the character wears glasses.")
    beard: Beard | None = Field(None, description="none, stubble, moustache, short or full.")
    headscarf: bool | None = Field(None, description="true: the character wears a headscarf.")
    outfit: Outfit | None = Field(
        None,
        description=(
            "tshirt, striped, hoodie, cardigan, sweater, shirt, polo, zip_jacket, blazer, "
            "blazer_tie, scrubs or toga; chosen from the role when left out."
        ),
    )
    pregnant: bool | None = Field(None, description="true: the portrait shows a pregnant belly.")


class CharacterDef(_Model):
    """A member of the cast."""

    name: Text = Field(description="The character's name as shown in the game.")
    role: Role = Field(description="The character's part in the case.")
    title: Text | None = Field(None, description="Job title or relation, shown under the name.")
    portrait: Portrait | None = Field(
        None,
        description=(
            "Image file, or a mapping from mood (neutral, worried, ...) to image file. "
            "Without one the game draws a portrait itself."
        ),
    )
    color: Color | None = Field(None, description="The character's colour, written #rrggbb.")
    look: LookDef | None = Field(
        None,
        description=(
            "How the game draws this character (format 1.1): presentation, age, hair, "
            "hair_color, skin, glasses, beard, headscarf, outfit, pregnant. Every key is "
            "optional; the game chooses the rest from the role."
        ),
    )


class PlaceDef(_Model):
    """A location, shown as a backdrop."""

    name: Text = Field(description="The place's name as shown in the game.")
    background: str | None = Field(
        None, description="Background image file; the game draws one when left out."
    )
    scene: Scene | None = Field(
        None,
        description=(
            "The kind of place the game draws (format 1.1), such as hospital_ward or "
            "courtroom; guessed from the place's id and name when left out."
        ),
    )


class LabelDef(_Model):
    """A scenario's own defensive routine or response type."""

    label: Text = Field(description="Short name shown in facilitator mode and reports.")
    explanation: Text | None = Field(
        None, description="A sentence or two explaining it, for debriefs."
    )
    counter_moves: list[Text] | None = Field(
        None,
        description=(
            "Format 1.1, routines only: ways to answer the routine, shown in the debrief "
            "(the built-in routines have their own)."
        ),
    )


class ChoiceDef(_Model):
    """Something the player can say or do at a node."""

    text: Text = Field(description="What the player says or does.")
    goto: Id = Field(description="The node this choice leads to.")
    id: ChoiceId | None = Field(
        None,
        description=(
            "Stable id for logs and reports, unique in the scenario; '<node id>.<n>' if left out."
        ),
    )
    if_: str | None = Field(
        None,
        alias="if",
        description=(
            "Condition such as 'safety >= 40 and not warned'; when false the choice is unavailable."
        ),
    )
    unavailable: Text | None = Field(
        None,
        description="When 'if' is false, show the choice disabled with this text as the reason.",
    )
    once: bool = Field(False, description="When true the choice can be taken only once.")
    effects: dict[Id, EffectValue] | None = Field(
        None,
        description="Changes to meters and flags when the choice is taken, in the written order.",
    )
    response: Id | None = Field(
        None, description="Response type (built-in or scenario), for debriefs and reports."
    )
    feedback: Text | None = Field(
        None, description="Shown after the choice in facilitator mode and in the debrief."
    )
    routine: Id | None = Field(
        None,
        description=(
            "Format 1.1: the defensive routine the player uses with this choice (the "
            "player's own 'mag niet'), named in the debrief."
        ),
    )


class BranchDef(_Model):
    """One branch of 'next': the first branch whose condition holds is taken."""

    if_: str | None = Field(
        None, alias="if", description="Condition; the last branch has none (it is the fallback)."
    )
    goto: Id = Field(description="The node this branch leads to.")
    because: Text | None = Field(
        None,
        description=(
            "Format 1.1: why the story goes this way, shown in the debrief to a player "
            "who came along this branch."
        ),
    )


class AftermathDef(_Model):
    """Format 1.1: what follows an ending for the professional, such as a complaint."""

    safety: Annotated[int, Field(ge=-100, le=100)] | None = Field(
        None,
        description=(
            "Change to safety when the ending is reached; the default is scoring.aftermath "
            "for the ending's outcome (bad -25, mixed -10, good 0)."
        ),
    )
    text: Text | None = Field(
        None,
        description="What happens afterwards, shown with the ending; a standard text if left out.",
    )


class EndingDef(_Model):
    """Marks a node as an ending of the scenario."""

    title: Text = Field(description="Name of this ending, shown on the end screen and in reports.")
    outcome: Outcome = Field(description="How it went for the client: good, mixed or bad.")
    breakthrough: Breakthrough = Field(
        "none",
        description=(
            "How far the player got: helping this client (incident), changing how the team "
            "decides (policy), or changing the system (system)."
        ),
    )
    aftermath: AftermathDef | None = Field(
        None,
        description="Format 1.1: the cost (or gain) to your safety after this ending, and why.",
    )
    reflect: Text | None = Field(
        None, description="Format 1.1: a reflection question for this ending, shown first."
    )


Next = Annotated[
    Annotated[Id, Tag(STRING)] | Annotated[list[BranchDef], Tag(LIST)],
    _by_shape("next_type", "next must be a node id or a list of branches"),
]


class NodeDef(_Model):
    """A step of the story. Give it exactly one of 'choices', 'next' and 'ending'."""

    text: Text = Field(description="What is said (with a speaker) or narrated (without one).")
    speaker: Id | None = Field(
        None, description="Character id of who speaks; narration when left out."
    )
    mood: str | None = Field(
        None, description="A word such as neutral, worried, annoyed: the portrait to show."
    )
    place: Id | None = Field(None, description="Place id; stays in force for the following nodes.")
    routine: Id | None = Field(
        None, description="The defensive routine this line uses (built-in or scenario)."
    )
    discuss: Text | None = Field(
        None, description="A question for group discussion, shown in facilitator mode."
    )
    effects: dict[Id, EffectValue] | None = Field(
        None,
        description="Changes to meters and flags when the node is entered, in the written order.",
    )
    # minItems only in the JSON Schema (editor help): an empty list gets its
    # own diagnostic from the semantic checks.
    choices: list[ChoiceDef] | None = Field(
        None,
        description="What the player can do here, at least one.",
        json_schema_extra={"minItems": 1},
    )
    next: Next | None = Field(
        None,
        description="The next node: a node id, or a list of branches {if: condition, goto: node}.",
    )
    ending: EndingDef | None = Field(None, description="Makes this node an ending of the scenario.")


class WeightsDef(_Model):
    """How much the client's wait and the professional's safety count in the score."""

    client: float = Field(
        1, ge=0, allow_inf_nan=False, description="Weight of the client score (0 or more)."
    )
    safety: float = Field(
        1, ge=0, allow_inf_nan=False, description="Weight of the safety score (0 or more)."
    )


Points = Annotated[int, Field(ge=0, le=100)]
Change = Annotated[int, Field(ge=-100, le=100)]


class OutcomePointsDef(_Model):
    """Format 1.1: points per outcome."""

    good: Points | None = Field(None, description="For a good ending (default 40).")
    mixed: Points | None = Field(None, description="For a mixed ending (default 20).")
    bad: Points | None = Field(None, description="For a bad ending (default 0).")


class AftermathPointsDef(_Model):
    """Format 1.1: the change to safety after an ending, per outcome."""

    good: Change | None = Field(None, description="After a good ending (default 0).")
    mixed: Change | None = Field(None, description="After a mixed ending (default -10).")
    bad: Change | None = Field(None, description="After a bad ending (default -25).")


class LevelPointsDef(_Model):
    """Format 1.1: points per breakthrough level."""

    none: Points | None = Field(None, description="No breakthrough (default 0).")
    incident: Points | None = Field(None, description="This client helped (default 5).")
    policy: Points | None = Field(None, description="The team decides differently (default 12).")
    system: Points | None = Field(None, description="The system changed (default 20).")


class ScoringDef(_Model):
    """How the final score is computed."""

    weights: WeightsDef | None = Field(
        None, description="Weights of the client and safety scores; not both 0."
    )
    outcome: OutcomePointsDef | None = Field(
        None, description="Format 1.1: points per outcome (default good 40, mixed 20, bad 0)."
    )
    breakthrough: LevelPointsDef | None = Field(
        None,
        description=(
            "Format 1.1: points per breakthrough level "
            "(default none 0, incident 5, policy 12, system 20)."
        ),
    )
    meters: Points | None = Field(
        None,
        description=(
            "Format 1.1: points for the days and safety together (the format-1 score); default 40."
        ),
    )
    aftermath: AftermathPointsDef | None = Field(
        None,
        description=(
            "Format 1.1: change to safety after an ending, per outcome "
            "(default good 0, mixed -10, bad -25)."
        ),
    )


class GlossaryDef(_Model):
    """Format 1.1: a word of the case explained, for the glossary (woordenlijst)."""

    term: Text = Field(description="The word as it is written in the texts.")
    meaning: Text = Field(description="What it means, in one or two plain sentences.")


class ScenarioDef(_Model):
    """A Doorbraak scenario (format 1 or 1.1): one case, its cast and its story graph."""

    format: Annotated[
        int | float, BeforeValidator(_supported_format), WithJsonSchema(_FORMAT_JSON)
    ] = Field(description="Version of the scenario format: 1, or 1.1 for the keys added since.")
    id: Id = Field(description="The scenario's id.")
    title: Text = Field(description="Shown in menus and reports.")
    summary: Text | None = Field(None, description="One paragraph for the scenario menu.")
    featured: bool | None = Field(
        None,
        description=(
            "true: the case to start with, first on the title screen (format 1.1); "
            "other cases follow by title."
        ),
    )
    # Numbers are accepted too (see _version_as_text), so editors must not flag them.
    version: Annotated[str | None, WithJsonSchema(_VERSION_JSON)] = Field(
        None, description="The author's version of this scenario, copied into session logs."
    )
    author: str | None = Field(None, description="Who wrote the scenario.")
    languages: list[LangCode] = Field(
        ["nl"],
        min_length=1,
        description="Language codes of the texts; the first is the default language.",
    )
    client: Id = Field(description="Character id of the person whose wait is scored.")
    deadline_days: int = Field(
        gt=0, description="Days the client can wait, such as the days until a due date."
    )
    deadline_node: Id | None = Field(
        None, description="Node the story moves to once wait_days reaches deadline_days."
    )
    start: Id = Field(description="Id of the first node.")
    meters: dict[Id, MeterDef] = Field(
        {},
        description="Meters besides the built-in wait_days and safety, or overrides of those two.",
    )
    flags: list[Id] = Field(
        [], description="Names of true/false flags; all are false at the start."
    )
    characters: dict[Id, CharacterDef] = Field(description="The cast; must contain the client.")
    places: dict[Id, PlaceDef] = Field({}, description="Locations shown as backdrops.")
    routines: dict[Id, LabelDef] = Field(
        {}, description="Defensive routines of this scenario, besides the built-in ones."
    )
    responses: dict[Id, LabelDef] = Field(
        {}, description="Response types of this scenario, besides the built-in ones."
    )
    scoring: ScoringDef | None = Field(
        None, description="Score weights; client 1 and safety 1 when left out."
    )
    reflection: list[Text] | None = Field(
        None,
        description=(
            "Format 1.1: the reflection questions shown after every ending, instead of the "
            "built-in ones."
        ),
        min_length=1,
    )
    glossary: dict[Id, GlossaryDef] | None = Field(
        None,
        description="Format 1.1: words of this case explained, added to the built-in glossary.",
    )
    nodes: dict[Id, NodeDef] = Field(description="The story graph: node id -> node.")

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: Any) -> Any:
        return _version_as_text(value)


# --- validation -------------------------------------------------------------


def validate_document(
    data: Any, key_pos: Mapping[Path, Pos], value_pos: Mapping[Path, Pos], file: str
) -> tuple[ScenarioDef | None, list[Diagnostic]]:
    """Validate plain YAML data against the schema; never raises.

    The model is ``None`` exactly when pydantic refused the data. Reserved
    meter or flag names (DB106) are reported even when the model is returned,
    so callers must check the diagnostics for errors, not only the model.
    """
    where = _Locator(key_pos, value_pos, file)
    diagnostics = [*reserved_names(data, where), *newer_keys(data, where)]
    model: ScenarioDef | None = None
    try:
        model = ScenarioDef.model_validate(data)
    except ValidationError as error:
        diagnostics += [_safe_diagnostic(e, data, where) for e in error.errors(include_url=False)]
    except Exception as error:  # a loader must report, never crash
        message = f"the scenario could not be read ({type(error).__name__})"
        diagnostics.append(where.error(codes.WRONG_TYPE, message, ()))
    scoring = model.scoring if model is not None and model.format == 1 else None
    if scoring is not None and "weights" not in scoring.model_fields_set:
        # Format 1's 'scoring' is only the weights, so it must have them.
        message = "'scoring' has no 'weights'"
        diagnostics.append(where.error(codes.MISSING_KEY, message, ("scoring",), key=True))
    return model, sorted(_unique(diagnostics), key=sort_key)


def reserved_names(data: Any, where: _Locator) -> Iterator[Diagnostic]:
    """DB106: meters and flags must not be named like a word of the expression language."""
    if not isinstance(data, dict):
        return
    meters, flags = data.get("meters"), data.get("flags")
    if isinstance(meters, dict):
        for name in meters:
            if name in RESERVED_NAMES:
                yield where.error(
                    codes.RESERVED_NAME,
                    _reserved_message(name, "meter"),
                    ("meters", name),
                    key=True,
                )
    if isinstance(flags, list):
        for index, name in enumerate(flags):
            if isinstance(name, str) and name in RESERVED_NAMES:
                yield where.error(
                    codes.RESERVED_NAME, _reserved_message(name, "flag"), ("flags", index)
                )


def newer_keys(data: Any, where: _Locator) -> Iterator[Diagnostic]:
    """DB108: a key of format 1.1 in a file that says ``format: 1``."""
    if not isinstance(data, dict) or type(data.get("format")) is not int or data["format"] != 1:
        return
    for pattern in FORMAT_1_1_KEYS:
        for path in _paths_like(data, pattern):
            message = (
                f"'{path[-1]}' is a key of format 1.1: write 'format: 1.1' at the top to use it"
            )
            yield where.error(codes.NEEDS_FORMAT_1_1, message, path, key=True)


def _paths_like(data: Any, pattern: tuple[str, ...], done: Path = ()) -> Iterator[Path]:
    if not pattern:
        yield done
        return
    head, rest = pattern[0], pattern[1:]
    if isinstance(data, list):  # a list of choices or branches: "*" is every position
        if head == "*":
            for index, item in enumerate(data):
                yield from _paths_like(item, rest, (*done, index))
        return
    if not isinstance(data, dict):
        return
    keys = list(data) if head == "*" else [head] if head in data else []
    for key in keys:
        yield from _paths_like(data[key], rest, (*done, key))


def _reserved_message(name: str, kind: str) -> str:
    words = ", ".join(sorted(RESERVED_NAMES))
    return (
        f"'{name}' cannot be the name of a {kind}: conditions use it as a word (reserved: {words})"
    )


class _Locator:
    """Finds the file position of a path, falling back to the nearest enclosing one."""

    def __init__(
        self, key_pos: Mapping[Path, Pos], value_pos: Mapping[Path, Pos], file: str
    ) -> None:
        self.key_pos, self.value_pos, self.file = key_pos, value_pos, file

    def position(self, path: Path, key: bool = False) -> tuple[int, int]:
        first, second = (self.key_pos, self.value_pos) if key else (self.value_pos, self.key_pos)
        for depth in range(len(path), -1, -1):
            prefix = path[:depth]
            pos = first.get(prefix)
            if pos is None:
                pos = second.get(prefix)
            if pos is not None:
                return pos.line, pos.column
        return 1, 1

    def error(self, code: str, message: str, path: Path, key: bool = False) -> Diagnostic:
        line, column = self.position(path, key)
        return Diagnostic("error", code, message, self.file, line, column)


def _unique(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return list(dict.fromkeys(diagnostics))


def _safe_diagnostic(error: Mapping[str, Any], data: Any, where: _Locator) -> Diagnostic:
    try:
        return _diagnostic(error, data, where)
    except Exception:  # an error of a shape not foreseen here must still be reported
        return where.error(codes.WRONG_TYPE, f"invalid value: {error.get('msg', '?')}", ())


def _diagnostic(error: Mapping[str, Any], data: Any, where: _Locator) -> Diagnostic:
    value = error.get("input")
    path, is_key = _yaml_path(tuple(error["loc"]), data, value)
    kind = error["type"]
    handler = _HANDLERS.get(kind, _wrong_type)
    code, message, at_key = handler(path, value, error)
    return where.error(code, message, path, key=is_key or at_key)


def _yaml_path(loc: tuple[Any, ...], data: Any, value: Any) -> tuple[Path, bool]:
    """The YAML path of a pydantic ``loc``, and whether the error is about a key.

    pydantic adds union tags to ``loc`` and ends errors about a mapping's key
    with ``'[key]'``. A tag is skipped only where the data holds a value of
    that shape, and never twice in a row (no union directly holds another),
    so a mood that happens to be named like a tag is still followed.
    """
    is_key = len(loc) >= 2 and loc[-1] == "[key]" and _same(loc[-2], value)
    if is_key:
        loc = loc[:-1]
    path: list[str | int] = []
    current = data
    skipped = False
    for part in loc:
        skipped = not skipped and part in TAGS and shape(current) == part
        if skipped:
            continue
        path.append(part)
        current = _child(current, part)
    return tuple(path), is_key


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b


def _child(container: Any, part: Any) -> Any:
    if isinstance(container, dict):
        return container.get(part)
    if isinstance(container, list) and isinstance(part, int) and 0 <= part < len(container):
        return container[part]
    return None


# --- messages ---------------------------------------------------------------
# Written for trainers, not programmers: plain words, and the thing named the
# way the author thinks of it (node 'x', choice 2 of node 'x').

Handler = Callable[[Path, Any, Mapping[str, Any]], tuple[str, str, bool]]

_TEXT_FIELDS = frozenset(
    {
        "text",
        "title",
        "name",
        "label",
        "explanation",
        "summary",
        "discuss",
        "feedback",
        "unavailable",
        "portrait",
        "because",
        "reflect",
        "term",
        "meaning",
    }
)
_ID_KINDS = {
    "nodes": "node",
    "characters": "character",
    "places": "place",
    "meters": "meter",
    "routines": "routine",
    "responses": "response",
    "effects": "meter or flag",
    "flags": "flag",
    "start": "node",
    "deadline_node": "node",
    "goto": "node",
    "next": "node",
    "speaker": "character",
    "client": "character",
    "place": "place",
    "routine": "routine",
    "response": "response",
}
_EXPECTED = {
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "string_type": "text",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping (keys with values)",
    "model_type": "a mapping (keys with values)",
    "model_attributes_type": "a mapping (keys with values)",
    "text_type": "a text: a string, or a mapping from language to string",
    "portrait_type": "an image path, or a mapping from mood to image path",
    "next_type": "a node id, or a list of branches",
}
_ENUMS: dict[str, tuple[str, ...]] = {
    "role": get_args(Role),
    "outcome": get_args(Outcome),
    "breakthrough": get_args(Breakthrough),
    "scene": get_args(Scene),
    "presentation": get_args(Presentation),
    "age": get_args(AgeBand),
    "hair": get_args(HairStyle),
    "hair_color": get_args(HairColor),
    "skin": get_args(SkinTone),
    "beard": get_args(Beard),
    "outfit": get_args(Outfit),
}


def _owner(path: Path) -> tuple[type[_Model] | None, str]:
    """The model at ``path`` and how to name it, when ``path`` is a whole object."""
    match path:
        case ():
            return ScenarioDef, "the scenario"
        case ("nodes", node):
            return NodeDef, f"node '{_show(node)}'"
        case ("nodes", node, "choices", int(index)):
            return ChoiceDef, f"choice {index + 1} of node '{_show(node)}'"
        case ("nodes", node, "next", int(index)):
            return BranchDef, f"branch {index + 1} of node '{_show(node)}'"
        case ("nodes", node, "ending"):
            return EndingDef, f"the ending of node '{_show(node)}'"
        case ("nodes", node, "ending", "aftermath"):
            return AftermathDef, f"the aftermath of the ending of node '{_show(node)}'"
        case ("characters", name):
            return CharacterDef, f"character '{_show(name)}'"
        case ("characters", name, "look"):
            return LookDef, f"the look of character '{_show(name)}'"
        case ("places", name):
            return PlaceDef, f"place '{_show(name)}'"
        case ("meters", name):
            return MeterDef, f"meter '{_show(name)}'"
        case ("routines", name):
            return LabelDef, f"routine '{_show(name)}'"
        case ("responses", name):
            return LabelDef, f"response '{_show(name)}'"
        case ("scoring",):
            return ScoringDef, "'scoring'"
        case ("scoring", "weights"):
            return WeightsDef, "the scoring weights"
        case ("scoring", "outcome"):
            return OutcomePointsDef, "the outcome points in 'scoring'"
        case ("scoring", "breakthrough"):
            return LevelPointsDef, "the breakthrough points in 'scoring'"
        case ("scoring", "aftermath"):
            return AftermathPointsDef, "the aftermath in 'scoring'"
        case ("glossary", name):
            return GlossaryDef, f"glossary term '{_show(name)}'"
    return None, ""


def _phrase(path: Path) -> str:
    """Names the thing at ``path``: "'deadline_days'", "effect 'safety' of node 'x'"."""
    _, name = _owner(path)
    if name:
        return name
    parent, last = path[:-1], path[-1]
    if isinstance(last, int):
        return f"item {last + 1} of {_phrase(parent)}"
    if parent and parent[-1] == "effects":
        return f"effect '{_show(last)}' of {_phrase(parent[:-1])}"
    if parent and parent[-1] in _TEXT_FIELDS:
        return f"the '{_show(last)}' {parent[-1]} of {_phrase(parent[:-1])}"
    if not parent:
        return f"'{_show(last)}'"
    return f"'{_show(last)}' of {_phrase(parent)}"


def _show(value: Any, limit: int = 40) -> str:
    """A value for a message: one line of visible characters, not too long."""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _kind(value: Any) -> str:
    """How an author would describe the value they wrote."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _looks_numeric(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return math.isfinite(float(value))
    except ValueError:
        return False


def _suggest(word: Any, candidates: Sequence[str]) -> str:
    close = difflib.get_close_matches(str(word), candidates, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def _field_names(model: type[_Model]) -> list[str]:
    return [field.alias or name for name, field in model.model_fields.items()]


def _unknown_key(path: Path, value: Any, error: Mapping[str, Any]) -> tuple[str, str, bool]:
    model, owner = _owner(path[:-1])
    key = path[-1] if path else "?"
    where = owner or _phrase(path[:-1])
    message = f"unknown key '{_show(key)}' in {where}"
    if model is not None:
        names = _field_names(model)
        hint = _suggest(key, names)
        message += hint or f"; the keys allowed here are {', '.join(names)}"
    return codes.UNKNOWN_KEY, message, True


def _missing(path: Path, value: Any, error: Mapping[str, Any]) -> tuple[str, str, bool]:
    parent, key = path[:-1], path[-1]
    message = f"{_phrase(parent)} has no '{_show(key)}'"
    if path == ("format",):
        message += "; write 'format: 1' at the top"
    # The position is the parent's: a missing key has none of its own.
    return codes.MISSING_KEY, message, True


def _format(path: Path, value: Any, error: Mapping[str, Any]) -> tuple[str, str, bool]:
    shown = f"'{_show(value)}'" if isinstance(value, str) else _show(_yaml_word(value))
    message = f"format {shown} is not supported; this game reads format 1 and 1.1"
    if _looks_numeric(value):
        message += " (write it without quotes)"
    return codes.UNSUPPORTED_FORMAT, message, False


def _yaml_word(value: Any) -> Any:
    """A scalar as it is written in YAML: true, .inf, 3 (not 3.0)."""
    if value is None:
        return "(empty)"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        if value.is_integer():
            return int(value)
    return value


def _enum(path: Path, value: Any, error: Mapping[str, Any]) -> tuple[str, str, bool]:
    allowed = _ENUMS.get(str(path[-1]) if path else "")
    if allowed is None:
        return _wrong_type(path, value, error)
    message = (
        f"{_phrase(path)} must be one of {', '.join(allowed)}, not '{_show(_yaml_word(value))}'"
    )
    return codes.INVALID_VALUE, message + _suggest(value, allowed), False


def _pattern(path: Path, value: Any, error: Mapping[str, Any]) -> tuple[str, str, bool]:
    pattern = error.get("ctx", {}).get("pattern")
    shown = _show(value)
    if pattern in (ID_PATTERN, CHOICE_ID_PATTERN):
        kind = _id_kind(path)
        dot = " (a choice id may also contain one '.')" if pattern == CHOICE_ID_PATTERN else ""
        message = (
            f"'{shown}' is not a valid {kind}: use lowercase letters, digits and '_', "
            f"starting with a letter{dot}"
        )
        return codes.INVALID_ID, message, False
    if pattern == LANG_PATTERN:
        message = f"'{shown}' is not a language code: use a code such as 'nl' or 'en' (lowercase)"
        return codes.INVALID_VALUE, message, False
    if pattern == COLOR_PATTERN:
        message = (
            f"{_phrase(path)} must be a colour written as #rrggbb, such as #1f77b4, not '{shown}'"
        )
        return codes.INVALID_VALUE, message, False
    if pattern == SET_PATTERN:
        return _bad_effect(path, value, error)
    return codes.INVALID_VALUE, f"{_phrase(path)} has an invalid value '{shown}'", False


def _id_kind(path: Path) -> str:
    """ "node id", "character id", ...: what kind of id the author was writing."""
    if path and path[-1] == "id":
        return "choice id" if "choices" in path else "scenario id"
    for part in reversed(path):
        if isinstance(part, str) and part in _ID_KINDS:
            return f"{_ID_KINDS[part]} id"
    return "id"


def _is_id_field(path: Path) -> bool:
    if not path:
        return False
    last = path[-1]
    return last == "id" or (isinstance(last, str) and last in _ID_KINDS) or path[:1] == ("flags",)


def _bad_effect(path: Path, value: Any, error: Mapping[str, Any]) -> tuple[str, str, bool]:
    wrote = f"'{_show(value)}'" if isinstance(value, str) else _kind(value)
    message = (
        f"{_phrase(path)} must be a whole number to add (such as -10), '=N' to set a meter "
        f"(such as '=50'), or true/false for a flag; not {wrote}"
    )
    return codes.BAD_EFFECT_VALUE, message, False


def _too_small(path: Path, value: Any, error: Mapping[str, Any]) -> tuple[str, str, bool]:
    ctx = error.get("ctx", {})
    code = codes.BAD_WEIGHTS if path[:2] == ("scoring", "weights") else codes.INVALID_VALUE
    if "min_length" in ctx:
        count = ctx["min_length"]
        return code, f"{_phrase(path)} must have at least {count} item(s), not none", False
    if "gt" in ctx:
        bound = f"greater than {_yaml_word(ctx['gt'])}"
    elif "ge" in ctx:
        bound = f"{_yaml_word(ctx['ge'])} or more"
    else:
        bound = "a finite number"
    return code, f"{_phrase(path)} must be {bound}, not {_show(_yaml_word(value))}", False


def _too_big(path: Path, value: Any, error: Mapping[str, Any]) -> tuple[str, str, bool]:
    bound = _yaml_word(error.get("ctx", {}).get("le"))
    message = f"{_phrase(path)} must be {bound} or less, not {_show(_yaml_word(value))}"
    return codes.INVALID_VALUE, message, False


def _wrong_type(path: Path, value: Any, error: Mapping[str, Any]) -> tuple[str, str, bool]:
    expected = _EXPECTED.get(error["type"])
    if error["type"] == "string_type" and _is_id_field(path):
        expected = f"a {_id_kind(path)}"
    if expected is None:
        return codes.WRONG_TYPE, f"{_phrase(path)}: {error.get('msg', 'invalid value')}", False
    message = f"{_phrase(path)} must be {expected}, not {_kind(value)}"
    if _looks_numeric(value) and expected in ("a whole number", "a number"):
        message += f" (remove the quotes around {_show(value)})"
    return codes.WRONG_TYPE, message, False


_HANDLERS: dict[str, Handler] = {
    "extra_forbidden": _unknown_key,
    "missing": _missing,
    "unsupported_format": _format,
    "literal_error": _enum,
    "string_pattern_mismatch": _pattern,
    "effect_type": _bad_effect,
    "greater_than": _too_small,
    "greater_than_equal": _too_small,
    "less_than_equal": _too_big,
    "too_short": _too_small,
    "finite_number": _too_small,
}


# --- JSON Schema ------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """The draft-07 JSON Schema of format 1 and 1.1, as editors (yaml-language-server) read it."""
    schema = ScenarioDef.model_json_schema(by_alias=True, ref_template="#/definitions/{model}")
    definitions = schema.pop("$defs", {})
    schema = _draft07(schema)
    out: dict[str, Any] = {"$schema": SCHEMA_URI}
    out.update(schema)
    out["definitions"] = {name: _draft07(part) for name, part in sorted(definitions.items())}
    return out


def _draft07(node: Any) -> Any:
    """Rewrites the parts of pydantic's 2020-12 output that draft-07 reads differently."""
    if isinstance(node, list):
        return [_draft07(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _draft07(value) for key, value in node.items()}
    if "$ref" in node and len(node) > 1:
        # draft-07 ignores everything next to $ref, which would drop the
        # field's description from hover help.
        node = {"allOf": [{"$ref": node.pop("$ref")}], **node}
    patterns = node.get("patternProperties")
    if isinstance(patterns, dict) and len(patterns) == 1 and "additionalProperties" not in node:
        # pydantic writes dict[Id, X] as patternProperties, which lets any
        # other key through; this form flags a misspelt id in the editor.
        ((pattern, value_schema),) = patterns.items()
        del node["patternProperties"]
        node["propertyNames"] = {"pattern": pattern}
        node["additionalProperties"] = value_schema
    return node


def write_schema(target: FilePath | None = None) -> None:
    from game.paths import SCHEMA_FILE

    target = SCHEMA_FILE if target is None else target
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(schema_text(), encoding="utf-8")


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m game.scenario.schema",
        description="Write the JSON Schema of scenario format 1 and 1.1.",
    )
    parser.add_argument("-o", "--output", type=FilePath, help="file to write")
    args = parser.parse_args(argv)
    write_schema(args.output)
    print(f"wrote {args.output or 'the shipped scenario.schema.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
