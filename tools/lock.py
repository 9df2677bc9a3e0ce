"""Refresh requirements.lock: the exact versions (with hashes) a fresh install gets.

    python3 tools/lock.py            # newest releases that fit pyproject.toml
    python3 tools/lock.py --check    # exit 1 if the lock no longer fits pyproject.toml

It also writes constraints.txt, the same pins without hashes, for
``pipx install --pip-args=--constraint=constraints.txt doorbraak-….whl``
(pip refuses hashes in a constraints file).

The lock is resolved by uv for every platform at once (``--universal``) and
for the oldest Python the game supports, so Windows and macOS trainers get
their own wheels from the same file. uv is installed into a throw-away venv;
nothing is installed into yours. After refreshing, run the suite
(``.ci/run``) before you commit the new lock.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
CONSTRAINTS = ROOT / "constraints.txt"
CONSTRAINTS_HEAD = "# The pins of requirements.lock without hashes (written by tools/lock.py).\n"
SOURCES = ["pyproject.toml", "tools/build-requirements.in"]
INDEX = "https://pypi.org/simple"
OLDEST_PYTHON = "3.11"


def compile_lock(output: Path, uv: Path) -> None:
    command = [
        str(uv),
        "pip",
        "compile",
        "--quiet",
        "--universal",
        "--python-version",
        OLDEST_PYTHON,
        "--all-extras",
        "--generate-hashes",
        "--no-header",
        "--index-url",
        INDEX,
        *SOURCES,
        "-o",
        str(output),
    ]
    # The index is named on the command line: a machine's own pip mirror
    # must not end up deciding what every other machine installs.
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "UV_NO_CONFIG": "1"}
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def constraints_text(lock: str) -> str:
    """The lock's pins (with their markers), one per line, without the hashes."""
    pins = [
        line.rstrip(" \\") for line in lock.splitlines() if line and not line.startswith((" ", "#"))
    ]
    return CONSTRAINTS_HEAD + "\n".join(pins) + "\n"


def install_uv(folder: Path) -> Path:
    venv.create(folder, with_pip=True)
    bin_dir = folder / ("Scripts" if os.name == "nt" else "bin")
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull}
    command = [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "--index-url", INDEX]
    subprocess.run([*command, "uv"], check=True, env=env)
    return bin_dir / "uv"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the lock is current")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        uv = install_uv(Path(tmp) / "uv")
        target = Path(tmp) / "requirements.lock" if args.check else LOCK
        if args.check:
            target.write_bytes(LOCK.read_bytes())  # uv keeps what still fits
        compile_lock(target, uv)
        constraints = constraints_text(target.read_text(encoding="utf-8"))
        if args.check:
            stale = target.read_bytes() != LOCK.read_bytes()
            stale = stale or CONSTRAINTS.read_text(encoding="utf-8") != constraints
            if stale:
                print("requirements.lock no longer fits pyproject.toml: run python3 tools/lock.py")
                return 1
        else:
            CONSTRAINTS.write_text(constraints, encoding="utf-8")
    print(f"{LOCK.name} is current" if args.check else f"wrote {LOCK}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
