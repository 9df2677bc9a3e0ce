"""Where the game finds its own files. Nothing here touches the disk on import.

The shipped cases, the fonts and images and the docs are package data of
``game``, found with ``importlib.resources``: in an installed wheel they are
real folders in the package; in a checkout ``game/scenarios``, ``game/assets``
and ``game/docs`` are links to the top-level source folders. Both take this
one code path.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _package_dir() -> Path:
    root = files("game")
    # A wheel is always installed unpacked; a zipped package (zipimport) would
    # hand out paths that pygame and the scenario loader cannot open.
    if not isinstance(root, Path):
        raise RuntimeError("the game must be installed as files, not inside a zip archive")
    return root


PACKAGE_DIR = _package_dir()
SCENARIOS_DIR = PACKAGE_DIR / "scenarios"
ASSETS_DIR = PACKAGE_DIR / "assets"
FONTS_DIR = ASSETS_DIR / "fonts"
DOCS_DIR = PACKAGE_DIR / "docs"
SCHEMA_FILE = SCENARIOS_DIR / "scenario.schema.json"
# The source tree (tests, bench, tools, main.py): only meaningful in a checkout
# or an unpacked sdist, never used by the installed game itself.
SOURCE_DIR = PACKAGE_DIR.resolve().parent


class DamagedInstall(RuntimeError):
    """A file that comes with the game is missing or unreadable: the install needs repair."""

    def __init__(self, path: Path, problem: str = "is missing") -> None:
        super().__init__(f"the game's file {path} {problem}; {REPAIR_HINT}")
        self.path = path


REPAIR_HINT = (
    "repair the install with `pipx reinstall doorbraak` or "
    "`pip install --force-reinstall doorbraak` (in a checkout: `git checkout -- .`)"
)


def shipped_file(path: Path) -> Path:
    """``path`` (a file that comes with the game) if it is there; else DamagedInstall."""
    if not path.is_file():
        raise DamagedInstall(path)
    return path


def check_shipped_cases() -> None:
    """DamagedInstall when the shipped cases are gone (an install without its package data)."""
    if not SCENARIOS_DIR.is_dir() or not any(SCENARIOS_DIR.glob("*.yaml")):
        raise DamagedInstall(SCENARIOS_DIR, "has no cases")
