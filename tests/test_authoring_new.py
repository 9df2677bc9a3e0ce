"""`new` and `schema`: the starter scenario and the JSON Schema on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.authoring.starter import schema_reference, starter_text
from game.cli import main
from game.engine import Session
from game.paths import ROOT_DIR, SCHEMA_FILE
from game.scenario.loader import load_file
from game.scenario.schema import schema_text

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


def test_modeline_inside_the_game_folder_is_relative_and_points_at_the_schema() -> None:
    for folder in (ROOT_DIR / "scenarios", ROOT_DIR / "scenarios" / "eigen" / "2025", ROOT_DIR):
        reference = schema_reference(folder)
        assert not reference.startswith("/")
        assert (folder / reference).resolve() == SCHEMA_FILE
    assert schema_reference(ROOT_DIR / "scenarios") == "../game/schema/scenario.schema.json"


def test_modeline_outside_the_game_folder_is_absolute(tmp_path: Path) -> None:
    assert schema_reference(tmp_path) == SCHEMA_FILE.as_posix()
    assert _new(tmp_path) == 0
    first = (tmp_path / "mijn_casus.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema={SCHEMA_FILE.as_posix()}"


def test_modeline_path_with_a_space_becomes_a_file_uri(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import game.authoring.starter as starter

    spaced = Path("/opt/mijn spel/game/schema/scenario.schema.json")
    monkeypatch.setattr(starter, "SCHEMA_FILE", spaced)
    assert schema_reference(tmp_path) == "file:///opt/mijn%20spel/game/schema/scenario.schema.json"


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


def test_new_writes_to_the_scenarios_folder_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import game.paths

    monkeypatch.setattr(game.paths, "SCENARIOS_DIR", tmp_path)
    assert main(["new", "standaard"]) == 0
    assert (tmp_path / "standaard.yaml").is_file()
    out = capsys.readouterr().out
    assert "standaard.yaml" in out
    assert "play" in out


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
