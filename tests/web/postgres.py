"""A private PostgreSQL server for the tests: its own cluster in a temporary folder.

It listens on a Unix socket in that folder only (no TCP port at all), so it
touches nothing else on the machine and needs no password. Debian's package
``postgresql`` provides the programs (`.ci/run` installs it); as root the
cluster runs as the ``postgres`` user, as PostgreSQL insists. Set
``DOORBRAAK_TEST_POSTGRES`` to a URL to use a server of your own instead.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.web.server import free_port

URL_ENV = "DOORBRAAK_TEST_POSTGRES"


def bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    assert initdb, "PostgreSQL is needed for this test: apt-get install postgresql"
    return Path(initdb).parent


def _version(path: str) -> float:
    try:
        return float(Path(path).parts[-3])
    except ValueError:
        return 0.0


def _as_owner(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def postgres_server() -> Iterator[str]:
    """A running server with an empty database; yields its SQLAlchemy URL."""
    given = os.environ.get(URL_ENV)
    if given:
        yield given
        return
    programs = bin_dir()
    root = Path(tempfile.mkdtemp(prefix="doorbraak-pg-", dir="/tmp"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    port = free_port()
    run = lambda *args: subprocess.run(  # noqa: E731
        _as_owner([str(programs / args[0]), *args[1:]]),
        check=True, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    try:
        run("initdb", "-D", str(data), "-A", "trust", "-U", "doorbraak", "-E", "UTF8", "--no-sync")
        options = f"-k {root} -p {port} -c listen_addresses='' -c fsync=off"
        run("pg_ctl", "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "start")
        try:
            run("createdb", "-h", str(root), "-p", str(port), "-U", "doorbraak", "doorbraak")
            yield f"postgresql://doorbraak@/doorbraak?host={root}&port={port}"
        finally:
            run("pg_ctl", "-D", str(data), "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(root, ignore_errors=True)
