"""Where the game finds its own files. Nothing here touches the disk on import."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT_DIR = PACKAGE_DIR.parent
ASSETS_DIR = ROOT_DIR / "assets"
SCENARIOS_DIR = ROOT_DIR / "scenarios"
SCHEMA_FILE = PACKAGE_DIR / "schema" / "scenario.schema.json"
