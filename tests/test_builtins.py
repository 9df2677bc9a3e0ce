"""The built-in routines and response types are complete in both languages."""

from __future__ import annotations

import pytest

from game.engine.builtins import BUILTIN_RESPONSES, BUILTIN_ROUTINES
from game.engine.model import Text

ROUTINE_IDS = {
    "rules",
    "criteria",
    "not_feasible",
    "too_expensive",
    "law",
    "wrong_desk",
    "self_reliance",
    "precedent",
    "good_will",
}
RESPONSE_IDS = {
    "comply",
    "probe",
    "reframe",
    "exception",
    "escalate",
    "ally",
    "discuss",
    "defer",
    "workaround",
}
# Labels as printed in the format page's tables.
ROUTINE_LABELS = {
    "rules": ("Het mag niet van de regels", "The rules don't allow it"),
    "criteria": ("Zij voldoet niet aan de criteria", "She doesn't meet the criteria"),
    "not_feasible": ("Hier kunnen we niet aan beginnen", "We can't start on this"),
    "too_expensive": ("Dit is te duur", "This is too expensive"),
    "law": ("Het mag niet van de wet", "The law doesn't allow it"),
    "wrong_desk": ("Je moet niet bij mij zijn maar bij iemand anders", "I'm not the one you need"),
    "self_reliance": (
        "Als wij het oplossen, leert zij het zelf niet",
        "If we solve it, she won't learn to",
    ),
    "precedent": ("Dan is het hek van de dam", "Then the floodgates open"),
    "good_will": ("Ik zou wel willen, maar ...", "I'd like to, but ..."),
}


def _assert_bilingual(text: Text | None) -> None:
    assert text is not None
    for lang in ("nl", "en"):
        assert lang in text.parts, f"missing {lang}"
        assert text.render(lang).strip(), f"empty {lang}"


def test_all_routine_ids_present() -> None:
    assert set(BUILTIN_ROUTINES) == ROUTINE_IDS


def test_all_response_ids_present() -> None:
    assert set(BUILTIN_RESPONSES) == RESPONSE_IDS


@pytest.mark.parametrize("table", [BUILTIN_ROUTINES, BUILTIN_RESPONSES])
def test_ids_match_keys_and_are_builtin(table: dict) -> None:
    for key, label in table.items():
        assert label.id == key
        assert label.builtin


@pytest.mark.parametrize("routine_id", sorted(ROUTINE_IDS))
def test_routine_labels_match_format_page(routine_id: str) -> None:
    label = BUILTIN_ROUTINES[routine_id].label
    assert (label.render("nl"), label.render("en")) == ROUTINE_LABELS[routine_id]


@pytest.mark.parametrize("routine_id", sorted(ROUTINE_IDS))
def test_routine_is_complete(routine_id: str) -> None:
    routine = BUILTIN_ROUTINES[routine_id]
    _assert_bilingual(routine.label)
    _assert_bilingual(routine.explanation)
    assert 2 <= len(routine.counter_moves) <= 3
    for move in routine.counter_moves:
        _assert_bilingual(move)


@pytest.mark.parametrize("response_id", sorted(RESPONSE_IDS))
def test_response_is_complete(response_id: str) -> None:
    response = BUILTIN_RESPONSES[response_id]
    _assert_bilingual(response.label)
    _assert_bilingual(response.explanation)
    assert response.counter_moves == ()


def test_module_imports_only_the_model() -> None:
    import ast
    import pathlib

    import game.engine.builtins as module

    tree = ast.parse(pathlib.Path(module.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
    assert imported <= {"__future__", "game.engine.model"}
