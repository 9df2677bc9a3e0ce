"""The schema layer: pydantic models, their diagnostics and the JSON Schema.

Documents are written as YAML and read with ``yamlsource.load_yaml`` so that
every position asserted here is the one an author would see in an editor.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.paths import SCHEMA_FILE
from game.scenario import codes
from game.scenario.diagnostics import Diagnostic
from game.scenario.schema import (
    ScenarioDef,
    json_schema,
    main,
    schema_text,
    validate_document,
)
from game.scenario.yamlsource import load_yaml

# The example at the top of the format page (shared/scenario-format.md), with
# two flow mappings wrapped to keep lines short.
MINI = """\
# yaml-language-server: $schema=scenario.schema.json
format: 1
id: mini
title: {nl: "Een korte casus", en: "A short case"}
languages: [nl, en]
client: sanne
deadline_days: 42
start: intake
characters:
  sanne: {name: Sanne, role: client}
  joost: {name: Joost, role: colleague, title: {nl: "Collega Wmo", en: "Wmo colleague"}}
places:
  desk: {name: {nl: "Wijkteam, spreekkamer", en: "Neighbourhood team, meeting room"}}
nodes:
  intake:
    place: desk
    speaker: sanne
    mood: worried
    text: {nl: "Over drie weken moet ik mijn kamer uit.",
           en: "In three weeks I have to leave my room."}
    effects: {wait_days: 2}
    next: team
  team:
    speaker: joost
    routine: criteria
    discuss: {nl: "Welk criterium is hier eigenlijk bedoeld?", en: "Which criterion is meant here?"}
    text: {nl: "Ze voldoet niet aan de criteria.", en: "She doesn't meet the criteria."}
    choices:
      - text: {nl: "Dan verwijs ik haar door.", en: "Then I'll refer her elsewhere."}
        response: comply
        effects: {wait_days: 30, safety: 5}
        feedback: {nl: "Veilig voor jou; Sanne begint opnieuw.",
                   en: "Safe for you; Sanne starts over."}
        goto: street
      - text: {nl: "Welk criterium precies?", en: "Which criterion exactly?"}
        response: probe
        effects: {wait_days: 3, safety: -10}
        goto: housed
  street:
    text: {nl: "Sanne bevalt zonder eigen woning.", en: "Sanne gives birth without a home."}
    ending: {title: {nl: "Mag niet wint", en: "'Not allowed' wins"}, outcome: bad}
  housed:
    text: {nl: "Sanne krijgt een woning.", en: "Sanne gets a home."}
    ending: {title: {nl: "Doorbraak", en: "Breakthrough"}, outcome: good, breakthrough: incident}
"""

REGENERATE = "python -m game.scenario.schema"


def validate(text: str) -> tuple[ScenarioDef | None, list[Diagnostic]]:
    doc, problems = load_yaml(text.encode("utf-8"), "s.yaml")
    assert doc is not None and problems == [], problems
    return validate_document(doc.data, doc.key_pos, doc.value_pos, "s.yaml")


def variant(old: str, new: str, text: str = MINI) -> str:
    """MINI with one exact piece replaced; fails loudly when the piece is gone."""
    assert text.count(old) == 1, old
    return text.replace(old, new)


def at(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first ``needle`` in ``text``."""
    return position(text, text.index(needle))


def position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def after(text: str, prefix: str) -> tuple[int, int]:
    """Position of what follows ``prefix`` (which must occur once)."""
    assert text.count(prefix) == 1, prefix
    return position(text, text.index(prefix) + len(prefix))


def only(diagnostics: list[Diagnostic]) -> Diagnostic:
    assert len(diagnostics) == 1, [d.format() for d in diagnostics]
    return diagnostics[0]


def assert_one(
    text: str, code: str, where: tuple[int, int], message: str | None = None
) -> Diagnostic:
    _, diagnostics = validate(text)
    found = only(diagnostics)
    assert (found.code, (found.line, found.column)) == (code, where), found.format()
    assert found.severity == "error" and found.file == "s.yaml"
    if message is not None:
        assert found.message == message
    return found


# --- valid documents ----------------------------------------------------------


def test_the_format_page_example_validates() -> None:
    model, diagnostics = validate(MINI)
    assert diagnostics == []
    assert model is not None
    assert model.title == {"nl": "Een korte casus", "en": "A short case"}
    assert model.languages == ["nl", "en"]
    assert model.characters["sanne"].role == "client"
    assert model.nodes["intake"].next == "team"
    assert model.nodes["team"].choices is not None
    assert model.nodes["team"].choices[1].goto == "housed"
    ending = model.nodes["housed"].ending
    assert ending is not None and (ending.outcome, ending.breakthrough) == ("good", "incident")
    assert model.nodes["street"].ending.breakthrough == "none"  # type: ignore[union-attr]


def test_defaults_of_optional_parts() -> None:
    model, _ = validate(variant("languages: [nl, en]\n", ""))
    assert model is not None
    assert model.languages == ["nl"]
    assert (model.meters, model.flags, model.routines, model.responses) == ({}, [], {}, {})
    assert model.scoring is None


def test_models_are_frozen() -> None:
    model, _ = validate(MINI)
    assert model is not None
    with pytest.raises(ValueError):
        model.id = "other"  # type: ignore[misc]


def test_effects_keep_the_written_order() -> None:
    text = variant(
        "effects: {wait_days: 30, safety: 5}", "effects: {safety: '=5', done: true, wait_days: 30}"
    )
    model, diagnostics = validate(text)
    assert diagnostics == [] and model is not None
    effects = model.nodes["team"].choices[0].effects  # type: ignore[index]
    assert list(effects.items()) == [("safety", "=5"), ("done", True), ("wait_days", 30)]  # type: ignore[union-attr]


def test_if_is_read_by_its_alias() -> None:
    text = variant(
        "        response: probe\n", "        response: probe\n        if: safety >= 40\n"
    )
    text = variant(
        "    next: team", "    next: [{if: visited('team'), goto: street}, {goto: team}]", text
    )
    model, diagnostics = validate(text)
    assert diagnostics == [] and model is not None
    assert model.nodes["team"].choices[1].if_ == "safety >= 40"  # type: ignore[index]
    branches = model.nodes["intake"].next
    assert isinstance(branches, list)
    assert [(b.if_, b.goto) for b in branches] == [("visited('team')", "street"), (None, "team")]


def test_the_python_name_if_underscore_is_an_unknown_key() -> None:
    text = variant(
        "        response: probe\n", "        response: probe\n        if_: safety >= 40\n"
    )
    assert_one(
        text,
        codes.UNKNOWN_KEY,
        at(text, "if_:"),
        "unknown key 'if_' in choice 2 of node 'team'; did you mean 'if'?",
    )


@pytest.mark.parametrize(
    ("written", "kept"), [("1.2", "1.2"), ("3", "3"), ("'1.10'", "1.10"), ("v2", "v2")]
)
def test_version_may_be_written_as_a_number(written: str, kept: str) -> None:
    model, diagnostics = validate(variant("id: mini\n", f"id: mini\nversion: {written}\n"))
    assert diagnostics == [] and model is not None
    assert model.version == kept


def test_reserved_names_come_with_the_model() -> None:
    # DB106 does not stop the schema: the semantic checks may still run.
    text = variant("start: intake\n", "start: intake\nflags: [visits]\n")
    model, diagnostics = validate(text)
    assert model is not None
    assert only(diagnostics).code == codes.RESERVED_NAME


# --- one diagnostic per problem, at its position --------------------------------------


def test_unknown_key_suggests_the_closest_field() -> None:
    text = variant("    speaker: sanne", "    speeker: sanne")
    assert_one(
        text,
        codes.UNKNOWN_KEY,
        at(text, "speeker"),
        "unknown key 'speeker' in node 'intake'; did you mean 'speaker'?",
    )


def test_unknown_key_without_a_close_field_lists_the_allowed_ones() -> None:
    text = variant("deadline_days: 42\n", "deadline_days: 42\nbanana: 1\n")
    found = assert_one(text, codes.UNKNOWN_KEY, at(text, "banana"))
    assert found.message.startswith(
        "unknown key 'banana' in the scenario; the keys allowed here are format, id,"
    )


def test_missing_key_points_at_the_parent_key() -> None:
    text = variant(
        '    text: {nl: "Sanne bevalt zonder eigen woning.", '
        'en: "Sanne gives birth without a home."}\n',
        "",
    )
    assert_one(text, codes.MISSING_KEY, at(text, "street:"), "node 'street' has no 'text'")


def test_missing_top_level_key_points_at_the_document_start() -> None:
    text = variant("client: sanne\n", "")
    assert_one(text, codes.MISSING_KEY, at(text, "format"), "the scenario has no 'client'")


def test_missing_key_in_a_list_item_points_at_the_item() -> None:
    text = variant("        goto: housed\n", "")
    assert_one(
        text,
        codes.MISSING_KEY,
        at(text, 'text: {nl: "Welk'),
        "choice 2 of node 'team' has no 'goto'",
    )


def test_quoted_number_is_a_type_error() -> None:
    text = variant("deadline_days: 42", 'deadline_days: "42"')
    assert_one(
        text,
        codes.WRONG_TYPE,
        at(text, '"42"'),
        "'deadline_days' must be a whole number, not text (remove the quotes around 42)",
    )


@pytest.mark.parametrize("value", ["true", "42.0", "[42]", "{d: 42}", "''"])
def test_only_a_whole_number_is_a_whole_number(value: str) -> None:
    text = variant("deadline_days: 42", f"deadline_days: {value}")
    assert_one(text, codes.WRONG_TYPE, after(text, "deadline_days: "))


def test_a_boolean_is_not_a_meter_value() -> None:
    text = variant("start: intake\n", "start: intake\nmeters:\n  trust: {start: yes}\n")
    assert_one(
        text,
        codes.WRONG_TYPE,
        at(text, "yes"),
        "'start' of meter 'trust' must be a whole number, not true/false",
    )


@pytest.mark.parametrize(
    ("value", "shown"),
    [("2", "2"), ("true", "true"), ("1.0", "1"), ("'1'", "'1'"), ("one", "'one'")],
)
def test_format_other_than_1(value: str, shown: str) -> None:
    text = variant("format: 1", f"format: {value}")
    found = assert_one(text, codes.UNSUPPORTED_FORMAT, after(text, "format: "))
    assert found.message.startswith(f"format {shown} is not supported; this game reads format 1")


def test_invalid_id_as_a_key_points_at_the_key() -> None:
    text = variant("  street:\n", "  Street:\n")
    text = variant("goto: street", "goto: lane", text)
    assert_one(
        text,
        codes.INVALID_ID,
        at(text, "Street:"),
        "'Street' is not a valid node id: use lowercase letters, digits and '_', "
        "starting with a letter",
    )


def test_invalid_id_as_a_value_points_at_the_value() -> None:
    text = variant("start: intake", "start: Intake")
    assert_one(text, codes.INVALID_ID, at(text, "Intake"))


def test_choice_id_may_hold_one_dot() -> None:
    good = variant("        response: probe\n", "        response: probe\n        id: team.ask\n")
    assert validate(good)[1] == []
    bad = variant(
        "        response: probe\n", "        response: probe\n        id: team.ask.why\n"
    )
    found = assert_one(bad, codes.INVALID_ID, at(bad, "team.ask.why"))
    assert "choice id" in found.message


@pytest.mark.parametrize("kind", ["meters", "flags"])
@pytest.mark.parametrize(
    "name", ["and", "or", "not", "true", "false", "visited", "visits", "player"]
)
def test_reserved_meter_and_flag_names(kind: str, name: str) -> None:
    # Quoted in the list: an unquoted true/false there is a boolean (a DB103).
    block = f"meters:\n  {name}: {{}}\n" if kind == "meters" else f"flags: [ok, '{name}']\n"
    text = variant("start: intake\n", "start: intake\n" + block)
    where = after(text, "meters:\n  ") if kind == "meters" else after(text, "flags: [ok, ")
    found = assert_one(text, codes.RESERVED_NAME, where)
    assert found.message.startswith(f"'{name}' cannot be the name of a {kind[:-1]}")


def test_bad_enum_lists_the_allowed_values() -> None:
    text = variant("outcome: bad}", "outcome: great}")
    assert_one(
        text,
        codes.INVALID_VALUE,
        at(text, "great"),
        "'outcome' of the ending of node 'street' must be one of good, mixed, bad, not 'great'",
    )


def test_bad_enum_suggests_a_close_value() -> None:
    text = variant("role: colleague", "role: coleague")
    found = assert_one(text, codes.INVALID_VALUE, at(text, "coleague"))
    assert found.message.endswith("did you mean 'colleague'?")


def test_a_bad_text_gives_one_message() -> None:
    text = variant('title: {nl: "Een korte casus", en: "A short case"}', "title: [Een korte casus]")
    assert_one(
        text,
        codes.WRONG_TYPE,
        at(text, "[Een"),
        "'title' must be a text: a string, or a mapping from language to string, not a list",
    )


def test_a_bad_language_in_a_text_points_at_the_key() -> None:
    text = variant(
        'title: {nl: "Een korte casus", en: "A short case"}', 'title: {nl: "x", english: "y"}'
    )
    found = assert_one(text, codes.INVALID_VALUE, at(text, "english"))
    assert found.message.startswith("'english' is not a language code")


def test_a_bad_string_inside_a_text_names_the_language() -> None:
    text = variant('title: {nl: "Een korte casus", en: "A short case"}', "title: {nl: x, en: 3}")
    assert_one(
        text,
        codes.WRONG_TYPE,
        at(text, "3}"),
        "the 'en' title of the scenario must be text, not a whole number",
    )


@pytest.mark.parametrize(
    ("value", "shown"), [("'=x'", "'=x'"), ("1.5", "a decimal number"), ("[1]", "a list")]
)
def test_bad_effect_value(value: str, shown: str) -> None:
    text = variant("effects: {wait_days: 2}", f"effects: {{wait_days: {value}}}")
    found = assert_one(text, codes.BAD_EFFECT_VALUE, at(text, value))
    assert found.message.startswith("effect 'wait_days' of node 'intake' must be a whole number")
    assert found.message.endswith(f"not {shown}")


def test_negative_weight() -> None:
    text = variant(
        "start: intake\n", "start: intake\nscoring: {weights: {client: 1, safety: -1}}\n"
    )
    assert_one(
        text,
        codes.BAD_WEIGHTS,
        at(text, "-1}"),
        "'safety' of the scoring weights must be 0 or more, not -1",
    )


def test_next_of_the_wrong_kind() -> None:
    text = variant("    next: team", "    next: 3")
    found = assert_one(text, codes.WRONG_TYPE, after(text, "next: "))
    assert (
        found.message
        == "'next' of node 'intake' must be a node id, or a list of branches, not a whole number"
    )


def test_error_inside_a_branch_list() -> None:
    text = variant("    next: team", "    next: [{if: x, goto: team}, {goto: 7}]")
    assert_one(
        text,
        codes.WRONG_TYPE,
        after(text, "{goto: "),
        "'goto' of branch 2 of node 'intake' must be a node id, not a whole number",
    )


def test_empty_choices_and_several_kinds_are_left_to_the_semantic_checks() -> None:
    text = variant(
        "    next: team", "    next: team\n    choices: []\n    ending: {title: x, outcome: bad}"
    )
    model, diagnostics = validate(text)
    assert diagnostics == [] and model is not None


def test_several_problems_are_all_reported_in_document_order() -> None:
    text = variant("deadline_days: 42", "deadline_days: 0")
    text = variant("    mood: worried", "    mood: worried\n    sound: loud", text)
    _, diagnostics = validate(text)
    assert [d.code for d in diagnostics] == [codes.INVALID_VALUE, codes.UNKNOWN_KEY]
    assert diagnostics[0].message == "'deadline_days' must be greater than 0, not 0"


def test_not_a_mapping_at_all() -> None:
    model, diagnostics = validate_document(["x"], {}, {}, "s.yaml")
    assert model is None
    assert only(diagnostics).code == codes.WRONG_TYPE


# --- never raises ------------------------------------------------------------------

json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=30,
)


def check_diagnostics(diagnostics: list[Diagnostic]) -> None:
    known = {value for name, value in vars(codes).items() if name.isupper()}
    for found in diagnostics:
        assert found.code in known
        assert found.line >= 1 and found.column >= 1 and found.message


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(json_like)
def test_random_data_never_raises(data: Any) -> None:
    model, diagnostics = validate_document(data, {}, {}, "s.yaml")
    assert model is not None or diagnostics
    check_diagnostics(diagnostics)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_damaged_example_never_raises(draw: st.DataObject) -> None:
    doc, _ = load_yaml(MINI.encode(), "s.yaml")
    assert doc is not None
    target = doc.data
    path: list[Any] = []
    for _ in range(draw.draw(st.integers(0, 4))):
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        if not keys:
            break
        path.append(draw.draw(st.sampled_from(keys)))
        if not isinstance(target[path[-1]], dict | list):
            break
        target = target[path[-1]]
    parent = doc.data
    for step in path[:-1]:
        parent = parent[step]
    if path:
        parent[path[-1]] = draw.draw(json_like)
    _, diagnostics = validate_document(doc.data, doc.key_pos, doc.value_pos, "s.yaml")
    check_diagnostics(diagnostics)
    lines = MINI.count("\n") + 1
    assert all(d.line <= lines for d in diagnostics)


# --- JSON Schema ------------------------------------------------------------------


def test_checked_in_schema_is_up_to_date() -> None:
    assert SCHEMA_FILE.exists(), f"missing {SCHEMA_FILE}; run: {REGENERATE}"
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        f"{SCHEMA_FILE.name} is stale; regenerate it with: {REGENERATE}"
    )
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == json_schema()


def walk(node: Any) -> Any:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def test_schema_is_draft_07() -> None:
    schema = json_schema()
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    definitions = schema["definitions"]
    for node in walk(schema):
        if not isinstance(node, dict):
            continue
        assert "$defs" not in node and "prefixItems" not in node
        if "$ref" in node:
            assert set(node) == {"$ref"}, "draft-07 ignores keys beside $ref"
            prefix, name = node["$ref"].rsplit("/", 1)
            assert prefix == "#/definitions" and name in definitions
    for name, part in definitions.items():
        if part.get("type") == "object":
            assert part["additionalProperties"] is False, name
    assert "if" in definitions["ChoiceDef"]["properties"]
    assert "if_" not in json.dumps(schema)
    assert schema["properties"]["deadline_days"]["description"]


def test_schema_passes_a_draft_07_validator_when_available() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json_schema()
    jsonschema.Draft7Validator.check_schema(schema)
    doc, _ = load_yaml(MINI.encode(), "s.yaml")
    assert doc is not None
    assert list(jsonschema.Draft7Validator(schema).iter_errors(doc.data)) == []


def test_every_field_has_a_description() -> None:
    for name, part in json_schema()["definitions"].items():
        for field, spec in part.get("properties", {}).items():
            assert spec.get("description"), f"{name}.{field}"


def test_command_writes_the_schema(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    assert main(["-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8")) == json_schema()
    assert str(target) in capsys.readouterr().out


@pytest.mark.parametrize("mood", ["worried", "'<mapping>'", "'<string>'"])
def test_union_labels_do_not_hide_the_path(mood: str) -> None:
    # pydantic puts union labels such as '<mapping>' in error locations; a
    # mood written like one must still lead to the right value.
    text = variant(
        "sanne: {name: Sanne, role: client}",
        f"sanne: {{name: S, role: client, portrait: {{{mood}: 5}}}}",
    )
    found = assert_one(text, codes.WRONG_TYPE, after(text, f"{mood}: "))
    name = mood.strip("'")
    assert found.message == (
        f"the '{name}' portrait of character 'sanne' must be text, not a whole number"
    )
