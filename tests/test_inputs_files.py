"""Files that are not files (issue 14, F03/F06/F11/F15): every reader refuses a pipe, a
device, a folder, a huge or sparse file and an over-long name with a message, and no
writer replaces something that is not a regular file or one of its own inputs."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from game.cli import main
from game.fileio import (
    InputError,
    is_regular_file,
    is_within,
    output_problem,
    read_input,
    write_atomic,
    write_output,
)
from game.scenario.loader import load_file, resolve_scenario
from tests.inputs import case_text, fifo, sparse, within_seconds

LONG_NAME = "x" * 5000


# -- the reader -------------------------------------------------------------------------


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello")
    assert read_input(path, 10) == b"hello"
    assert read_input(path, 10, head=2) == b"he"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: fifo(p), "this is a pipe, not a file"),
        (lambda p: p.mkdir(), "this is a folder, not a file"),
        (lambda p: p.symlink_to("/dev/zero"), "this is a device, not a file"),
        (lambda p: sparse(p, 5 * 1024**3), "the file is 5120.0 MB; at most 1.0 MB is read"),
        (lambda p: None, "the file does not exist"),
    ],
    ids=["fifo", "folder", "dev-zero", "sparse-5GB", "missing"],
)
def test_what_is_not_a_small_regular_file_is_refused_at_once(tmp_path, make, reason) -> None:
    path = tmp_path / "input"
    make(path)
    with within_seconds(10), pytest.raises(InputError) as refused:
        read_input(path, 1024 * 1024)
    assert refused.value.reason == reason


def test_an_over_long_name_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(InputError) as refused:
        read_input(tmp_path / LONG_NAME, 100)
    assert refused.value.not_found and refused.value.reason == "the file does not exist"
    assert not is_regular_file(tmp_path / LONG_NAME)
    assert not is_regular_file("a\0b")
    with pytest.raises(InputError):
        read_input("a\0b", 100)


def test_a_file_that_grows_past_the_cap_while_read_is_refused(tmp_path: Path) -> None:
    # st_size said it was small; the read itself stops at the cap.
    path = tmp_path / "grows"
    path.write_bytes(b"x" * 50)
    with pytest.raises(InputError) as refused:
        read_input(path, 10)
    assert refused.value.errno == errno.EFBIG


def test_within_follows_links_and_folder_links(tmp_path: Path) -> None:
    inside, outside = tmp_path / "case", tmp_path / "elsewhere"
    inside.mkdir()
    outside.mkdir()
    (outside / "secret.png").write_bytes(b"x")
    (inside / "own.png").write_bytes(b"x")
    (inside / "link.png").symlink_to(outside / "secret.png")
    (inside / "linked_folder").symlink_to(outside)
    (inside / "local_link.png").symlink_to(inside / "own.png")
    assert is_within(inside / "own.png", [inside])
    assert is_within(inside / "local_link.png", [inside])
    assert not is_within(inside / "link.png", [inside])
    assert not is_within(inside / "linked_folder" / "secret.png", [inside])
    with pytest.raises(InputError):
        read_input(inside / "link.png", 10, within=[inside])


# -- every way a file comes in ------------------------------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "sparse"])
def test_validate_and_play_refuse_a_file_that_is_not_one(tmp_path, capsys, kind) -> None:
    path = tmp_path / "case.yaml"
    {
        "fifo": fifo,
        "dev-zero": lambda p: p.symlink_to("/dev/zero"),
        "sparse": lambda p: sparse(p, 5 * 1024**3),
    }[kind](path)
    with within_seconds(20):
        assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert "[DB001]" in err or "[DB003]" in err, err
    with within_seconds(20):
        assert main(["play", str(path), "--text", "--no-log"]) == 2


def test_the_loader_says_why_in_the_same_words(tmp_path: Path) -> None:
    result = load_file(fifo(tmp_path / "pipe.yaml"))
    (diagnostic,) = result.diagnostics
    assert diagnostic.code == "DB001"
    assert diagnostic.message == "cannot read the file: this is a pipe, not a file"
    big = load_file(sparse(tmp_path / "big.yaml", 3 * 1024 * 1024))
    assert [d.code for d in big.diagnostics] == ["DB003"]


def test_an_over_long_scenario_argument_is_a_message(capsys) -> None:
    assert resolve_scenario(LONG_NAME) is None
    assert main(["validate", LONG_NAME]) == 2
    assert main(["play", LONG_NAME, "--text"]) == 2
    assert main(["new", LONG_NAME]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("doorbraak: error:") == 3
    assert max(len(line) for line in err.splitlines()) < 400  # the argument is cut, not echoed


def test_strings_import_refuses_a_pipe_and_dev_zero(tmp_path: Path, capsys) -> None:
    case = tmp_path / "probe.yaml"
    case.write_text(case_text(), encoding="utf-8")
    for table in (fifo(tmp_path / "t.csv"), tmp_path / "zero.csv"):
        if not table.exists():
            table.symlink_to("/dev/zero")
        with within_seconds(20):
            assert main(["strings", "import", str(case), str(table)]) == 2
    err = capsys.readouterr().err
    assert "this is a pipe, not a file" in err and "this is a device, not a file" in err


def test_live_reload_of_a_file_replaced_by_a_pipe_waits_instead_of_hanging(tmp_path) -> None:
    from game.ui.flow import reload_play
    from game.ui.playthrough import Playthrough

    case = tmp_path / "probe.yaml"
    case.write_text(case_text(), encoding="utf-8")
    play = Playthrough.begin(case, load_file(case), "nl", "solo", "Ann", None)
    case.unlink()
    fifo(case)
    with within_seconds(10):
        assert play.reload(load_file(case)) == "broken"
    case.unlink()
    case.symlink_to("/dev/zero")
    with within_seconds(10):
        assert play.reload(load_file(case)) == "broken"
    assert reload_play  # the window's path is the same load_file (tests/test_ui_reload.py)


# -- writers --------------------------------------------------------------------------------


def test_no_writer_replaces_what_is_not_a_regular_file(tmp_path: Path) -> None:
    pipe = fifo(tmp_path / "pipe")
    with pytest.raises(OSError, match="this is a pipe, not a file"):
        write_atomic(pipe, "x")
    assert pipe.is_fifo()
    assert output_problem(Path("/dev/null")) == "this is a device, not a file; it is left as it is"
    assert output_problem(Path("/dev/full")) == "this is a device, not a file; it is left as it is"
    assert output_problem(tmp_path) == "this is a folder, not a file; it is left as it is"


def test_a_device_node_is_never_replaced_even_as_root(tmp_path: Path) -> None:
    # The review replaced /dev/full as root; a device node of our own shows it safely.
    node = tmp_path / "full"
    if os.geteuid() == 0:
        os.mknod(node, 0o666 | 0o020000, os.makedev(1, 7))  # a character device, like /dev/full
    else:
        fifo(node)  # without root: a pipe is the node that must not be replaced
    problem = write_output(node, "a report")
    assert problem is not None and "left as it is" in problem
    assert not node.is_file()


def test_a_link_to_a_regular_file_is_followed_not_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_write_atomic_leaves_no_temporary_file_and_fsyncs(tmp_path, monkeypatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    write_atomic(tmp_path / "save.json", "{}")
    assert [p.name for p in tmp_path.iterdir()] == ["save.json"]
    assert len(synced) >= 2  # the file, then its folder


def test_two_writers_never_share_a_temporary_file(tmp_path, monkeypatch) -> None:
    import tempfile

    names: list[str] = []
    real = tempfile.mkstemp

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        handle, name = real(*args, **kwargs)
        names.append(name)
        return handle, name

    monkeypatch.setattr(tempfile, "mkstemp", spy)
    write_atomic(tmp_path / "save.json", "1")
    write_atomic(tmp_path / "save.json", "2")
    assert len(set(names)) == 2 and all(Path(n).parent == tmp_path for n in names)
