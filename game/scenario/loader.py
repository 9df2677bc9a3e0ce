"""Loading a scenario: YAML text -> source nodes -> schema -> semantic checks -> Scenario.

Never raises on an author's mistake: every problem is a diagnostic.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from game.engine.model import Scenario
from game.fileio import InputError, is_folder, is_regular_file, read_input
from game.paths import SCENARIOS_DIR
from game.scenario import codes
from game.scenario.diagnostics import Diagnostic, has_errors, sort_key
from game.scenario.yamlsource import MAX_BYTES, load_yaml

SCENARIO_SUFFIXES = (".yaml", ".yml")


@dataclass
class LoadResult:
    file: str
    scenario: Scenario | None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.scenario is not None and not has_errors(self.diagnostics)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]


def load_bytes(source: bytes, file: str, base_dir: Path | None = None) -> LoadResult:
    """Load from bytes; ``file`` names the source in messages, ``base_dir`` resolves assets."""
    # Imported here so that importing the loader stays cheap for tools that only list files.
    from game.scenario.build import Builder
    from game.scenario.limits import check_limits
    from game.scenario.report import Reporter
    from game.scenario.schema import validate_document

    doc, diagnostics = load_yaml(source, file)
    # Like a compiler after a syntax error: YAML-level errors (a refused tag, a
    # duplicate key) would only cause confusing follow-up messages downstream.
    if doc is None or has_errors(diagnostics):
        return LoadResult(file, None, sorted(diagnostics, key=sort_key))
    sdef, schema_diags = validate_document(doc.data, doc.key_pos, doc.value_pos, file)
    diagnostics += schema_diags
    if sdef is None or has_errors(diagnostics):
        return LoadResult(file, None, sorted(diagnostics, key=sort_key))
    lines = source.decode("utf-8-sig").splitlines()  # the YAML stage checked it is UTF-8
    reporter = Reporter(doc, file, lines=lines)
    check_limits(doc, reporter)  # before the build: it computes with these numbers
    scenario = Builder(sdef, reporter, base_dir).build()
    diagnostics += reporter.diagnostics
    if scenario is not None:
        digest = hashlib.sha256(source).hexdigest()
        scenario = dataclasses.replace(scenario, source=file, sha256=digest)
    return LoadResult(file, scenario, sorted(diagnostics, key=sort_key))


def load_file(path: str | Path) -> LoadResult:
    """Load a scenario file; a file that cannot be read is a diagnostic (DB001, DB003)."""
    path = Path(path)
    try:
        data = read_input(path, MAX_BYTES)
    except InputError as err:
        code = codes.FILE_TOO_LARGE if err.errno == errno.EFBIG else codes.FILE_UNREADABLE
        message = (
            _too_large_message(path)
            if code == codes.FILE_TOO_LARGE
            else f"cannot read the file: {err.reason}"
        )
        return LoadResult(str(path), None, [Diagnostic("error", code, message, str(path), 1, 1)])
    return load_bytes(data, str(path), path.parent)


def _too_large_message(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        size = MAX_BYTES + 1
    mb = size / (1024 * 1024)
    return f"file is {mb:.1f} MB; a scenario may be at most {MAX_BYTES // (1024 * 1024)} MB"


def scenario_folders() -> tuple[Path, ...]:
    """Where a scenario id is looked up: the shipped cases, then the author's own."""
    from game.userdirs import UserDirs

    return (SCENARIOS_DIR, UserDirs.default().scenarios)


def resolve_scenario(arg: str) -> Path | None:
    """A path to a YAML file, or the id of a scenario in one of ``scenario_folders()``."""
    path = Path(arg)
    if is_regular_file(path):
        return path
    if "/" not in arg and "\\" not in arg:
        for folder in scenario_folders():
            for suffix in SCENARIO_SUFFIXES:
                candidate = folder / (arg + suffix)
                if is_regular_file(candidate):
                    return candidate
    return None


def scenario_files(folder: Path) -> list[Path]:
    try:
        found = [p for p in folder.rglob("*") if p.suffix in SCENARIO_SUFFIXES]
    except OSError:  # a folder that vanished or cannot be listed while we look
        return []
    return sorted(p for p in found if is_regular_file(p))


def known_scenario_ids() -> list[str]:
    ids = []
    for folder in scenario_folders():
        if is_folder(folder):
            ids += [p.stem for p in scenario_files(folder) if p.stem not in ids]
    return ids
