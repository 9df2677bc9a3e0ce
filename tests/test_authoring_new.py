"""`new` and `schema`: the starter scenario and the JSON Schema on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.authoring.starter import starter_text
from game.cli import main
from game.engine import Session
from game.paths import DOCS_DIR, SCENARIOS_DIR, SCHEMA_FILE, SOURCE_DIR
from game.scenario.loader import load_file, resolve_scenario, scenario_files
from game.scenario.schema import schema_text
from game.userdirs import UserDirs

# One path to each ending of the starter, by choice id.
PATHS = {
    "nl": {
        ("accepteren",): "doorverwezen",
        ("bellen", "doorvragen"): "woning",
        ("doorvragen",): "alleen",
        ("wachten",): "te_laat",
        ("bellen", "wachten"): "te_laat",
    },
    "en": {
        ("accept",): "referred",
        ("call", "probe"): "housed",
        ("probe",): "alone",
        ("wait",): "too_late",
    },
}


def _new(tmp_path: Path, *extra: str, scenario_id: str = "mijn_casus") -> int:
    return main(["new", scenario_id, "--dir", str(tmp_path), *extra])


def _play(path: Path, choices: tuple[str, ...]) -> str:
    result = load_file(path)
    assert result.scenario is not None
    session = Session.begin(result.scenario, "Test")
    for choice in choices:
        while session.can_advance:
            session.advance()
        session.choose(choice)
    while session.can_advance:
        session.advance()
    assert session.over, f"{choices} did not reach an ending"
    return session.state.node


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_starter_validates_without_any_diagnostic(tmp_path: Path, lang: str) -> None:
    assert _new(tmp_path, "--lang", lang) == 0
    result = load_file(tmp_path / "mijn_casus.yaml")
    assert result.ok
    assert result.diagnostics == []
    assert result.scenario is not None
    assert result.scenario.id == "mijn_casus"
    assert result.scenario.languages == (lang,)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_starter_plays_to_every_ending(tmp_path: Path, lang: str) -> None:
    assert _new(tmp_path, "--lang", lang) == 0
    path = tmp_path / "mijn_casus.yaml"
    endings = {_play(path, choices) for choices in PATHS[lang]}
    for choices, ending in PATHS[lang].items():
        assert _play(path, choices) == ending
    scenario = load_file(path).scenario
    assert scenario is not None
    all_endings = {n.id for n in scenario.nodes.values() if n.ending is not None}
    assert endings == all_endings


def test_good_ending_scores_best_in_the_starter(tmp_path: Path) -> None:
    assert _new(tmp_path) == 0
    result = load_file(tmp_path / "mijn_casus.yaml")
    assert result.scenario is not None
    scores = {}
    for choices in PATHS["nl"]:
        session = Session.begin(result.scenario)
        for choice in choices:
            while session.can_advance:
                session.advance()
            session.choose(choice)
        while session.can_advance:
            session.advance()
        scores[session.state.node] = session.score().score
    assert scores["woning"] > scores["alleen"] > scores["doorverwezen"] > scores["te_laat"]


def test_starter_is_dutch_by_default_and_english_on_request(tmp_path: Path) -> None:
    nl = starter_text("casus", tmp_path)
    en = starter_text("casus", tmp_path, "en")
    assert "Een regel die met # begint is een opmerking" in nl
    assert "languages: [nl]" in nl
    assert "A line that starts with # is a comment" in en
    assert "languages: [en]" in en


def test_modeline_names_the_schema_beside_the_case(tmp_path: Path) -> None:
    """The line stays right when the folder is mailed on or the game is reinstalled."""
    assert _new(tmp_path) == 0
    first = (tmp_path / "mijn_casus.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=scenario.schema.json"
    beside = tmp_path / "scenario.schema.json"
    assert beside.read_text(encoding="utf-8") == SCHEMA_FILE.read_text(encoding="utf-8")
    assert str(SOURCE_DIR) not in first and "site-packages" not in first


def test_new_refreshes_an_old_schema_copy_and_keeps_other_cases(tmp_path: Path) -> None:
    (tmp_path / "scenario.schema.json").write_text("{}", encoding="utf-8")
    (tmp_path / "oud.yaml").write_text("mine", encoding="utf-8")
    assert _new(tmp_path) == 0
    assert (tmp_path / "scenario.schema.json").read_text(encoding="utf-8") == schema_text()
    assert (tmp_path / "oud.yaml").read_text(encoding="utf-8") == "mine"


def test_new_tells_the_editor_to_read_yaml_as_the_game_does(tmp_path: Path) -> None:
    """The game reads YAML 1.1 (`yes` is true); the editor extension reads 1.2 unless a
    settings file says otherwise, and would then flag `once: yes` as no boolean."""
    import json

    from game.scenario.yamlsource import load_yaml

    doc, _ = load_yaml(b"once: yes\ntext: No\n", "case.yaml")
    assert doc is not None and doc.data == {"once": True, "text": False}
    assert _new(tmp_path) == 0
    settings = json.loads((tmp_path / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings == {"yaml.yamlVersion": "1.1"}
    root = json.loads((SOURCE_DIR / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert root["yaml.yamlVersion"] == "1.1"  # the checkout, opened as the guide says


def test_new_leaves_an_authors_own_editor_settings_alone(tmp_path: Path) -> None:
    own = tmp_path / ".vscode" / "settings.json"
    own.parent.mkdir()
    own.write_text('{"editor.fontSize": 18}', encoding="utf-8")
    assert _new(tmp_path) == 0
    assert own.read_text(encoding="utf-8") == '{"editor.fontSize": 18}'


def test_the_shipped_cases_have_their_schema_beside_them() -> None:
    for path in scenario_files(SCENARIOS_DIR):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=scenario.schema.json"
    assert SCHEMA_FILE.parent == SCENARIOS_DIR


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "mijn_casus.yaml"
    target.write_text("mine", encoding="utf-8")
    assert _new(tmp_path) == 2
    assert target.read_text(encoding="utf-8") == "mine"
    assert "already exists" in capsys.readouterr().err


def test_new_refuses_when_a_yml_file_has_the_id(tmp_path: Path) -> None:
    (tmp_path / "mijn_casus.yml").write_text("mine", encoding="utf-8")
    assert _new(tmp_path) == 2
    assert not (tmp_path / "mijn_casus.yaml").exists()


@pytest.mark.parametrize("bad", ["Mijn_casus", "1casus", "mijn-casus", "mijn casus", "_x", "é"])
def test_invalid_id_exits_2_with_the_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    assert _new(tmp_path, scenario_id=bad) == 2
    err = capsys.readouterr().err
    assert "starts with a lowercase letter" in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_new_creates_a_missing_folder(tmp_path: Path) -> None:
    folder = tmp_path / "nieuw" / "map"
    assert _new(folder) == 0
    assert load_file(folder / "mijn_casus.yaml").ok


def test_new_fails_cleanly_when_dir_is_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert _new(blocker) == 2
    assert "not a folder" in capsys.readouterr().err


def test_new_writes_to_the_players_own_scenarios_folder_by_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    own = UserDirs.default().scenarios  # under DOORBRAAK_USER_DIR in the tests
    assert main(["new", "standaard"]) == 0
    assert (own / "standaard.yaml").is_file()
    assert (own / "scenario.schema.json").is_file()
    out = capsys.readouterr().out
    assert "standaard.yaml" in out
    # The game finds it by its id now, so the next steps name it that way.
    assert " play standaard --text" in out
    assert " validate standaard" in out
    assert resolve_scenario("standaard") == own / "standaard.yaml"
    assert main(["validate", "standaard"]) == 0


def test_new_refuses_the_id_of_a_shipped_case(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "sanne"]) == 2
    assert "comes with the game" in capsys.readouterr().err
    assert not (UserDirs.default().scenarios / "sanne.yaml").exists()


def test_next_steps_name_the_program_as_it_was_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.argv", ["/home/anna/.local/bin/doorbraak", "new", "x"])
    assert main(["new", "installed", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "doorbraak validate" in out and "python main.py" not in out
    assert str(DOCS_DIR / "authoring.md") in out or "authoring.md" in out
    text = (tmp_path / "installed.yaml").read_text(encoding="utf-8")
    assert "#   doorbraak validate" in text
    monkeypatch.setattr("sys.argv", ["main.py", "new", "x"])
    assert main(["new", "checkout", "--dir", str(tmp_path)]) == 0
    assert "python main.py validate" in capsys.readouterr().out


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    assert out == schema_text()
    assert json.loads(out)["$schema"].startswith("http://json-schema.org/draft-07")


def test_schema_writes_a_file_equal_to_the_shipped_schema(tmp_path: Path) -> None:
    target = tmp_path / "scenario.schema.json"
    assert main(["schema", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == SCHEMA_FILE.read_text(encoding="utf-8")


def test_schema_to_an_impossible_path_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", "-o", str(tmp_path / "missing" / "x.json")]) == 2
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_analyze_finds_nothing_to_fix_in_the_starter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    """The starter is the first example an author copies: every ending reachable, no
    dominated choice, no false dilemma, no dead end."""
    assert _new(tmp_path, "--lang", lang) == 0
    capsys.readouterr()
    assert main(["analyze", str(tmp_path / "mijn_casus.yaml"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["complete"] is True
    assert all(ending["reachable"] for ending in report["endings"].values())
    for problem in ("unreachable_nodes", "stuck", "dominated", "false_dilemmas", "dead_cycles"):
        assert report.get(problem, []) == [], problem
