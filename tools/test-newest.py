"""Run the suite against the newest releases of every dependency, on purpose.

    python3 tools/test-newest.py [pytest arguments...]

The README and CI install the locked versions (requirements.lock), so an
upgrade upstream never turns the suite red by accident. This script is how
an upgrade is tried: it makes a throw-away venv, installs the game with the
newest releases that pyproject.toml allows, prints what differs from the
lock, and runs the suite there. Green: refresh the lock (tools/lock.py).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)", re.MULTILINE)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(text: str) -> dict[str, str]:
    return {normalise(name): version for name, version in PIN.findall(text)}


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "venv"
        venv.create(folder, with_pip=True)
        python = folder / ("Scripts" if os.name == "nt" else "bin") / "python"
        install = [str(python), "-m", "pip", "install", "--quiet", "--upgrade"]
        subprocess.run([*install, "pip"], check=True)
        subprocess.run([*install, "-e", f"{ROOT}[test]"], check=True)
        frozen = subprocess.run(
            [str(python), "-m", "pip", "freeze", "--exclude-editable"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        locked = pins((ROOT / "requirements.lock").read_text(encoding="utf-8"))
        for name, version in sorted(pins(frozen).items()):
            was = locked.get(name, "(not locked)")
            if was != version:
                print(f"newer than the lock: {name} {was} -> {version}")
        return subprocess.run([str(python), "-m", "pytest", *argv], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
