"""xAPI 1.0.3 statements from real logs, checked against the statement rules."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from game.log.reader import read_log
from game.trainer import LOG_DIR_ENV
from tests.trainer.playlogs import HERE, VOORBEELD_PATHS, play_in_process, run_cli

BASE = "https://leren.example.org/doorbraak"
VERBS = {
    "launched": "http://adlnet.gov/expapi/verbs/launched",
    "answered": "http://adlnet.gov/expapi/verbs/answered",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
}
SCHEMA = json.loads((HERE / "xapi-statement.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _never_the_user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "default-logs"))


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("logs")
    for player, path in zip(("Ann", "Bob <b>", "", "Dee"), VOORBEELD_PATHS.values(), strict=True):
        play_in_process("voorbeeld", path, folder, player=player)
    play_in_process("voorbeeld", "1,2", folder, player="Half")  # stopped before an ending
    return folder


def _export(logs: Path, target: Path, *extra: str) -> list[dict[str, Any]]:
    code, _, err = run_cli("report", str(logs), "--xapi", str(target), *extra)
    assert code == 0, err
    return json.loads(target.read_text(encoding="utf-8"))


def test_every_statement_follows_the_rules(logs: Path, tmp_path: Path) -> None:
    statements = _export(logs, tmp_path / "x.json", "--xapi-base", BASE)
    validator = jsonschema.Draft7Validator(SCHEMA)
    for statement in statements:
        errors = [e.message for e in validator.iter_errors(statement)]
        assert errors == [], (errors, statement)
        assert uuid.UUID(statement["id"]).version == 5
        assert statement["verb"]["id"] in VERBS.values()
        assert statement["object"]["id"].startswith(BASE + "/")
        assert statement["actor"]["account"]["homePage"] == BASE
        assert datetime.fromisoformat(statement["timestamp"]).tzinfo is not None
        for key in _extension_keys(statement):
            assert key.startswith(BASE + "/extensions/")
    assert len({s["id"] for s in statements}) == len(statements)


def _extension_keys(statement: dict[str, Any]) -> list[str]:
    keys = list(statement.get("result", {}).get("extensions", {}))
    return keys + list(statement.get("context", {}).get("extensions", {}))


def test_launched_answered_completed_per_playthrough(logs: Path, tmp_path: Path) -> None:
    statements = _export(logs, tmp_path / "x.json", "--xapi-base", BASE)
    by_run: dict[str, list[dict[str, Any]]] = {}
    for statement in statements:
        by_run.setdefault(statement["context"]["registration"], []).append(statement)
    assert len(by_run) == 5
    for log_path in logs.glob("*.jsonl"):
        log = read_log(log_path).log
        assert log is not None
        run = by_run[log.log_id]
        verbs = [s["verb"]["id"] for s in run]
        expected = [VERBS["launched"]] + [VERBS["answered"]] * len(log.steps)
        expected += [VERBS["completed"]] if log.end else []
        assert verbs == expected
        answers = [s["result"]["response"] for s in run if s["verb"]["id"] == VERBS["answered"]]
        assert answers == log.path_ids
        stamps = [datetime.fromisoformat(s["timestamp"]) for s in run]
        assert stamps == sorted(stamps)
        assert {s["actor"]["account"]["name"] for s in run} == {log.player or "anonymous"}
        if log.end is not None:
            _check_completed(run[-1], log.end.score, log.end.outcome)


def _check_completed(statement: dict[str, Any], score: int, outcome: str) -> None:
    result = statement["result"]
    assert 0 <= result["score"]["scaled"] <= 1
    assert result["score"]["scaled"] == pytest.approx(score / 100)
    assert result["score"]["min"] <= result["score"]["raw"] <= result["score"]["max"]
    assert result["success"] is (outcome == "good") and result["completion"] is True
    names = {key.rsplit("/", 1)[1] for key in result["extensions"]}
    assert {"wait_days", "safety", "outcome"} <= names


def test_answers_carry_meters_routine_and_response(logs: Path, tmp_path: Path) -> None:
    statements = _export(logs, tmp_path / "x.json", "--xapi-base", BASE)
    collega = [s for s in statements if s["object"]["id"].endswith("/nodes/collega")]
    assert collega
    for statement in collega:
        extensions = statement["result"]["extensions"]
        assert extensions[f"{BASE}/extensions/routine"] == "criteria"
        assert extensions[f"{BASE}/extensions/response"] in {"comply", "probe", "workaround"}
        assert isinstance(extensions[f"{BASE}/extensions/wait_days"], int)
        assert isinstance(extensions[f"{BASE}/extensions/safety"], int)
        definition = statement["object"]["definition"]
        assert definition["interactionType"] == "choice"
        ids = [c["id"] for c in definition["choices"]]
        assert ids == ["accepteren", "doorvragen", "stiekem"]
        assert statement["result"]["response"] in ids
        parent = statement["context"]["contextActivities"]["parent"][0]["id"]
        assert parent == f"{BASE}/scenarios/voorbeeld"


def test_statement_ids_are_the_same_on_every_export(logs: Path, tmp_path: Path) -> None:
    first = _export(logs, tmp_path / "a.json")
    second = _export(logs, tmp_path / "b.json")
    assert first == second


def test_the_default_base_is_a_valid_iri(logs: Path, tmp_path: Path) -> None:
    statements = _export(logs, tmp_path / "x.json")
    jsonschema.validate(statements[0], SCHEMA)


def test_another_base_gives_new_statements_not_a_refused_batch(logs: Path, tmp_path: Path) -> None:
    """An LRS refuses a known id with other content (409), and with it the batch: a
    trainer who tried the default base first must still be able to send with theirs."""
    default = _export(logs, tmp_path / "a.json")
    own = _export(logs, tmp_path / "b.json", "--xapi-base", BASE)
    assert len(default) == len(own)
    assert not {s["id"] for s in default} & {s["id"] for s in own}


def test_an_edited_case_changes_only_the_ids_of_changed_statements(
    logs: Path, tmp_path: Path
) -> None:
    from game.paths import SCENARIOS_DIR

    before = _export(logs, tmp_path / "a.json")
    edited = tmp_path / "voorbeeld.yaml"
    text = (SCENARIOS_DIR / "voorbeeld.yaml").read_text(encoding="utf-8")
    old = 'title: {nl: "Oefencasus: de eerste week"'
    assert old in text
    edited.write_text(text.replace(old, 'title: {nl: "Oefencasus: week één"', 1), "utf-8")
    code, _, err = run_cli(
        "report", str(logs), "--xapi", str(tmp_path / "b.json"), "--scenario", str(edited)
    )
    assert code == 0, err
    after = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    same = [a["id"] == b["id"] for a, b in zip(before, after, strict=True)]
    assert any(same) and not all(same)  # the launches name the title; the answers do not
    for a, b, kept in zip(before, after, same, strict=True):
        assert kept == (
            {k: v for k, v in a.items() if k != "id"} == {k: v for k, v in b.items() if k != "id"}
        )


def test_xapi_to_standard_output_is_utf8_json_alone(logs: Path, tmp_path: Path) -> None:
    """`report LOGS --xapi - | curl --data-binary @- …`: the pipe gets the JSON only, in
    UTF-8 whatever the terminal's encoding; what else was written is said on stderr."""
    import os
    import subprocess
    import sys

    from tests.trainer.playlogs import ROOT

    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "report", str(logs), "--xapi", "-",
         "-o", str(tmp_path / "r.html"), "--xapi-base", BASE],
        capture_output=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    piped = json.loads(done.stdout.decode("utf-8"))
    assert piped == _export(logs, tmp_path / "x.json", "--xapi-base", BASE)
    assert b"wrote" in done.stderr and (tmp_path / "r.html").exists()
    assert not (Path.cwd() / "-").exists()


def test_two_outputs_on_standard_output_are_refused(logs: Path) -> None:
    code, out, err = run_cli("report", str(logs), "--xapi", "-", "--csv", "-")
    assert code == 2 and out == ""
    assert "only one of" in err
