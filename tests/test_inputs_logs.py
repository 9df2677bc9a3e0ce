"""Session logs and the report under hostile input (issue 14, F06/F08/F12/F14): the report
never writes over its inputs or a device, one damaged log never stops it, what a valid case
logs is always read back, and a copy of a log is one playthrough."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from game.trainer.build import build_report
from game.trainer.xapi import report_statements
from tests.inputs import doorbraak, fifo, no_traceback
from tests.trainer.playlogs import VOORBEELD_PATHS, play_in_process, run_cli


@pytest.fixture(scope="module")
def workshop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("workshop")
    for name, path in list(VOORBEELD_PATHS.items())[:2]:
        assert play_in_process("voorbeeld", path, folder, player=name)[0] == 0
    return folder


def logs_of(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.jsonl"))


# -- F06: outputs ------------------------------------------------------------------------------


@pytest.mark.parametrize("option", ["-o", "--csv", "--xapi"])
def test_the_report_never_writes_over_one_of_its_logs(workshop, option) -> None:
    log = logs_of(workshop)[0]
    before = log.read_bytes()
    code, _, err = run_cli("report", str(workshop), option, str(log))
    assert code == 2 and "session log or a case" in err
    assert log.read_bytes() == before


def test_the_typo_of_an_output_before_its_inputs_loses_no_log(workshop) -> None:
    first, second = logs_of(workshop)
    before = first.read_bytes()
    code, _, _ = run_cli("report", "-o", str(first), str(second))  # meant: two inputs
    assert code == 2 and first.read_bytes() == before


def test_a_report_output_that_is_an_input_under_another_name_is_refused(workshop, tmp_path):
    log = logs_of(workshop)[0]
    alias = tmp_path / "report.html"
    alias.symlink_to(log)
    before = log.read_bytes()
    code, _, err = run_cli("report", str(log), "-o", str(alias))
    assert code == 2 and "one of the files this command reads" in err
    assert log.read_bytes() == before


def test_the_report_never_replaces_a_device_or_a_pipe(workshop, tmp_path) -> None:
    node = tmp_path / "full"
    if os.geteuid() == 0:  # as the review ran it: root may replace a device node
        os.mknod(node, 0o666 | 0o020000, os.makedev(1, 7))
    else:
        fifo(node)
    for option in ("-o", "--csv", "--xapi"):
        code, _, err = run_cli("report", str(workshop), option, str(node))
        assert code == 2 and "left as it is" in err
        assert not node.is_file()
    code, _, err = run_cli("report", str(workshop), "-o", "/dev/full")
    assert code == 2 and Path("/dev/full").is_char_device()


def test_the_same_output_twice_is_refused(workshop, tmp_path) -> None:
    out = tmp_path / "r.html"
    code, _, _ = run_cli("report", str(workshop), "-o", str(out), "--csv", str(out))
    assert code == 2 and not out.exists()


# -- F08: one damaged log never stops the report -----------------------------------------------


def with_start(log: Path, target: Path, **changes: object) -> Path:
    lines = log.read_text(encoding="utf-8").splitlines()
    start = {**json.loads(lines[0]), **changes}
    target.write_text("\n".join([json.dumps(start), *lines[1:]]) + "\n", encoding="utf-8")
    return target


EDGE_TIMES = [
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00",
    "0001-01-01T00:00:00",
    "9999-12-31T23:59:59.999999",
]


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Kiritimati", "America/Adak"])
def test_edge_times_in_any_zone_are_not_a_crash(workshop, tmp_path, zone) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    good = logs_of(workshop)[0]
    shutil.copy(good, folder)
    for index, moment in enumerate(EDGE_TIMES):
        damaged = with_start(good, folder / f"edge{index}.jsonl", started_at=moment, id=f"e{index}")
        lines = damaged.read_text().splitlines()
        records = [json.loads(line) for line in lines]
        for record in records[1:]:
            record["at"] = moment
        damaged.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    out = tmp_path / "r"
    done = doorbraak(
        "report",
        str(folder),
        "-o",
        f"{out}.html",
        "--csv",
        f"{out}.csv",
        "--xapi",
        f"{out}.json",
        env={"TZ": zone},
    )
    no_traceback(done)
    assert done.returncode == 0, done.stderr
    assert Path(f"{out}.html").is_file() and Path(f"{out}.json").is_file()
    assert len(Path(f"{out}.csv").read_text(encoding="utf-8").splitlines()) == 1 + 5


def test_a_lone_surrogate_in_a_name_is_written_as_a_replacement(workshop, tmp_path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    log = with_start(logs_of(workshop)[0], folder / "s.jsonl", player="\\ud800")
    log.write_text(log.read_text().replace('"\\\\ud800"', '"\\ud800"'))  # the JSON escape
    assert '"\\ud800"' in log.read_text()
    out = tmp_path / "r.html"
    code, _, err = run_cli("report", str(folder), "-o", str(out), "--csv", str(tmp_path / "r.csv"))
    assert code == 0, err
    assert "\ufffd" in (tmp_path / "r.csv").read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_a_log_saved_with_a_bom_is_read(workshop, tmp_path) -> None:
    log = tmp_path / "bom.jsonl"
    log.write_bytes(b"\xef\xbb\xbf" + logs_of(workshop)[0].read_bytes())
    report = build_report([log])
    assert len(report.logs) == 1 and not report.problems


def test_logs_that_are_not_files_are_skipped_with_a_message(workshop, tmp_path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    shutil.copy(logs_of(workshop)[0], folder)
    fifo(folder / "pipe.jsonl")
    (folder / "zero.jsonl").symlink_to("/dev/zero")
    report = build_report([folder, folder / ("x" * 5000)])
    assert len(report.logs) == 1
    assert {p.code for p in report.problems} == {"not_found"}


# -- F12: a valid case's log is read back whole ------------------------------------------------

EDGE_CASE = """\
format: 1
id: {scenario}
title: Randen
client: sanne
deadline_days: 30
start: {node}
meters:
  groot: {{start: 1000000000}}
characters:
  sanne: {{name: Sanne, role: client}}
nodes:
  {node}:
    speaker: sanne
    text: "Groot: {{groot}}."
    effects: {{groot: 1000000000}}
    choices:
      - id: {choice}
        text: Verder.
        effects: {{groot: 1000000000, wait_days: 1000000000}}
        goto: end
  end:
    text: Klaar.
    ending: {{title: Klaar, outcome: bad}}
"""


def test_a_case_at_every_limit_writes_a_log_the_report_reads_whole(tmp_path: Path) -> None:
    node, scenario = "n" * 64, "s" * 64
    choice = f"{node}.{'c' * 64}"
    case = tmp_path / "edge.yaml"
    case.write_text(EDGE_CASE.format(node=node, choice=choice, scenario=scenario))
    code, _, err = run_cli("validate", str(case))
    assert code == 0, err
    logs = tmp_path / "logs"
    code, _, err = play_in_process(str(case), choice, logs)
    assert code == 0, err
    report = build_report([logs], catalog=None)
    assert not report.problems, [p.format() for p in report.problems]
    (log,) = report.logs
    assert [step.choice for step in log.steps] == [choice]
    assert log.steps[0].meters["groot"] == 3_000_000_000
    assert log.end is not None and log.end.wait_days == 1_000_000_000


# -- F14: a copy of a log is one playthrough ---------------------------------------------------


def test_a_backup_copy_is_counted_once_and_xapi_ids_never_repeat(workshop, tmp_path) -> None:
    folder = tmp_path / "logs"
    backup = folder / "backup"
    backup.mkdir(parents=True)
    for log in logs_of(workshop):
        shutil.copy(log, folder)
        shutil.copy(log, backup)
    edited = with_start(logs_of(workshop)[0], backup / "edited.jsonl", player="Someone else")
    report = build_report([folder])
    assert len(report.logs) == 3  # two playthroughs, and an edited copy that differs
    assert [p.code for p in report.problems] == ["duplicate", "duplicate"]
    ids = [statement["id"] for statement in report_statements(report)]
    assert len(ids) == len(set(ids))
    assert edited.exists()
    code, _, err = run_cli("report", str(folder), "--csv", str(tmp_path / "r.csv"))
    assert code == 0 and err.count("the same playthrough as") == 2
    assert len((tmp_path / "r.csv").read_text(encoding="utf-8").splitlines()) == 1 + 3
