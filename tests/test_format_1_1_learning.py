"""Format 1.1's keys for the score, reflection, reasons and the glossary (issue 12).

Each is accepted in a format-1.1 file and refused, with DB108 at the key, in a
format-1 file; wrong values get a message and a code; the built runtime
scenario carries what the author wrote, with the defaults filled in.
"""

from __future__ import annotations

import pytest

from game.engine import reflection
from game.engine.model import SAFETY
from game.scenario.loader import load_bytes

BASE = """\
format: {format}
id: x
title: X
client: sanne
deadline_days: 30
start: team
characters:
  sanne: {{name: Sanne, role: client}}
  joost: {{name: Joost, role: colleague}}
{top}nodes:
  team:
    speaker: joost
    routine: criteria
    text: Nee.
    choices:
      - text: Goed.
        response: comply
{choice}        goto: check
      - text: Waarom?
        response: probe
        goto: check
  check:
    text: Het team besluit.
    next:
      - if: wait_days > 5
        goto: late
{branch}      - goto: housed
  late:
    text: Te laat.
    ending:
      title: Te laat
      outcome: bad
{ending}  housed:
    text: Een huis.
    ending: {{title: Huis, outcome: good, breakthrough: incident}}
"""

KEYS = {
    "scoring": {"top": "scoring: {outcome: {good: 50}}\n"},
    "reflection": {"top": "reflection: ['Wat nu?']\n"},
    "glossary": {"top": "glossary:\n  wmo: {term: Wmo, meaning: De wet.}\n"},
    "counter_moves": {
        "top": "routines:\n  te_druk: {label: Druk, counter_moves: ['Vraag wanneer wel.']}\n"
    },
    "routine": {"choice": "        routine: rules\n"},
    "because": {"branch": "        because: Het duurde te lang.\n"},
    "aftermath": {"ending": "      aftermath: {safety: -30, text: Er komt een klacht.}\n"},
    "reflect": {"ending": "      reflect: Wat had je anders gedaan?\n"},
}


def source(version: str, **parts: str) -> bytes:
    fields = {"format": version, "top": "", "choice": "", "branch": "", "ending": ""}
    fields.update(parts)
    return BASE.format(**fields).encode()


@pytest.mark.parametrize("key", sorted(KEYS))
def test_each_key_needs_format_1_1(key: str) -> None:
    newer = load_bytes(source("1.1", **KEYS[key]), "x.yaml")
    assert newer.ok and not [d for d in newer.diagnostics if d.severity == "error"], [
        d.format() for d in newer.diagnostics
    ]
    older = load_bytes(source("1", **KEYS[key]), "x.yaml")
    db108 = [d for d in older.diagnostics if d.code == "DB108"]
    assert db108 and all(d.severity == "error" for d in db108)
    assert "write 'format: 1.1'" in db108[0].message
    named = "outcome" if key == "scoring" else key  # 'scoring' itself is format 1
    assert f"'{named}'" in db108[0].message  # it names the key


def test_the_scenario_carries_what_the_author_wrote() -> None:
    parts = {
        k: "".join(KEYS[name].get(k, "") for name in KEYS)
        for k in ("top", "choice", "branch", "ending")
    }
    scenario = load_bytes(source("1.1", **parts), "x.yaml").scenario
    assert scenario is not None and scenario.format == "1.1"
    assert scenario.scoring.outcome_points("good") == 50  # written
    assert scenario.scoring.outcome_points("mixed") == 20  # the default
    assert [q.render("nl") for q in scenario.reflection] == ["Wat nu?"]
    assert [g.id for g in scenario.glossary] == ["wmo"]
    assert [m.render("nl") for m in scenario.routines["te_druk"].counter_moves] == [
        "Vraag wanneer wel."
    ]
    assert scenario.nodes["team"].choices[0].routine == "rules"  # type: ignore[index]
    assert scenario.nodes["check"].next[0].because is not None  # type: ignore[index]
    late = scenario.nodes["late"]
    assert late.ending is not None and late.ending.aftermath == -30
    assert late.effects[-1].target == SAFETY and late.effects[-1].value == -30  # last effect
    assert late.ending.reflect is not None


def test_defaults_of_a_format_1_1_file() -> None:
    scenario = load_bytes(source("1.1"), "x.yaml").scenario
    assert scenario is not None
    late, housed = scenario.nodes["late"].ending, scenario.nodes["housed"].ending
    assert late is not None and late.aftermath == -25 and late.aftermath_text is not None
    assert housed is not None and housed.aftermath == 0 and housed.aftermath_text is None
    assert scenario.reflection == reflection.PERSONAL
    assert scenario.scoring.top == 100


def test_a_format_1_file_keeps_its_score_and_gets_the_reflection_questions() -> None:
    scenario = load_bytes(source("1"), "x.yaml").scenario
    assert scenario is not None and scenario.format == "1"
    assert scenario.scoring.model == "1"
    late = scenario.nodes["late"].ending
    assert late is not None and late.aftermath == 0 and not scenario.nodes["late"].effects
    assert scenario.reflection == reflection.PERSONAL  # shown for every format


@pytest.mark.parametrize(
    ("top", "code", "words"),
    [
        ("scoring: {outcome: {good: 140}}\n", "DB107", "100 or less"),
        ("scoring: {breakthrough: {system: -1}}\n", "DB107", "0 or more"),
        ("scoring: {aftermath: {bad: -300}}\n", "DB107", "-100 or more"),
        (
            "scoring: {outcome: {good: 0, mixed: 0, bad: 0}, "
            "breakthrough: {none: 0, incident: 0, policy: 0, system: 0}, meters: 0}\n",
            "DB404",
            "cannot all be 0",
        ),
        ("reflection: []\n", "DB107", "at least 1"),
        ("responses:\n  r: {label: R, counter_moves: ['x']}\n", "DB101", "only routines"),
    ],
)
def test_wrong_values_get_a_message_and_a_code(top: str, code: str, words: str) -> None:
    result = load_bytes(source("1.1", top=top), "x.yaml")
    assert not result.ok
    found = [d for d in result.diagnostics if d.code == code]
    assert found, [d.format() for d in result.diagnostics]
    assert words in found[0].message


def test_format_1_scoring_still_needs_its_weights() -> None:
    result = load_bytes(source("1", top="scoring: {}\n"), "x.yaml")
    assert [d.code for d in result.errors] == ["DB102"]
