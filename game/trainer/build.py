"""From log files to the report's content: read, match scenarios, add up, debrief.

The HTML page, the CSV file and the xAPI statements are all made from the
``Report`` this module builds, so they always agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from game.engine.model import Scenario
from game.log.logformat import utc_now
from game.log.problems import Problem
from game.log.reader import PlayLog, find_logs, read_log
from game.trainer.aggregate import ScenarioSummary, summarise
from game.trainer.catalog import ScenarioCatalog, same_version, version_note
from game.trainer.debrief import Debrief, build_debrief
from game.trainer.ranges import Ranges, from_analysis, from_logs


@dataclass
class Report:
    lang: str
    files: int  # log files found
    sources: list[Path] = field(default_factory=list)  # those files (outputs must not be one)
    groups: list[ScenarioSummary] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # what was skipped
    notes: list[Problem] = field(default_factory=list)  # kept, but worth knowing
    debrief: Debrief | None = None
    made_at: datetime = field(default_factory=utc_now)

    @property
    def logs(self) -> list[PlayLog]:
        return [log for group in self.groups for log in group.logs]

    def scenario_of(self, log: PlayLog) -> Scenario | None:
        for group in self.groups:
            if log in group.logs:
                return group.scenario
        return None


def build_report(
    inputs: Sequence[str | Path],
    lang: str = "nl",
    *,
    catalog: ScenarioCatalog | None = None,
    debrief: bool | None = None,
    use_analysis: bool = True,
) -> Report:
    """Read every log under ``inputs``; ``debrief`` None means: when there is exactly one log."""
    catalog = catalog or ScenarioCatalog()
    files, problems = find_logs(inputs)
    report = Report(lang, len(files), sources=list(files), problems=problems)
    by_id: dict[str, tuple[Scenario, list[PlayLog]]] = {}
    for log in _read_all(files, report):
        scenario = catalog.for_log(log)
        if scenario is None:
            report.problems.append(Problem("unknown_scenario", str(log.path), None, log.scenario))
            continue
        _note_versions(report, log, scenario)
        by_id.setdefault(scenario.id, (scenario, []))[1].append(log)
    report.groups = [summarise(scenario, logs) for scenario, logs in by_id.values()]
    logs = report.logs
    if logs and (debrief or (debrief is None and len(logs) == 1)):
        report.debrief = _debrief(report, logs[0], catalog, use_analysis)
    return report


def _read_all(files: Iterable[Path], report: Report) -> Iterable[PlayLog]:
    """Each playthrough once: a copy of a log (a backup in a subfolder) is the same game."""
    seen: dict[str, Path] = {}
    for path in files:
        result = read_log(path)
        report.problems.extend(result.problems)
        log = result.log
        if log is None:
            continue
        first = seen.get(log.digest)
        if first is not None:
            report.problems.append(Problem("duplicate", str(log.path), None, str(first)))
            continue
        seen[log.digest] = log.path
        yield log


def _note_versions(report: Report, log: PlayLog, scenario: Scenario) -> None:
    if not same_version(log, scenario):
        detail = version_note(log, scenario)
        report.notes.append(Problem("other_version", str(log.path), None, detail))
    for step in log.steps:
        if scenario.choice(step.choice) is None:
            report.notes.append(Problem("unknown_choice", str(log.path), step.line, step.choice))


def _debrief(report: Report, log: PlayLog, catalog: ScenarioCatalog, analysis: bool) -> Debrief:
    scenario = catalog.for_log(log)
    assert scenario is not None
    ranges = (from_analysis(scenario) if analysis else None) or _ranges_from_logs(report, log)
    return build_debrief(log, scenario, report.lang, ranges)


def _ranges_from_logs(report: Report, log: PlayLog) -> Ranges:
    """Other players' logs: those in the report, else the ones next to this log."""
    others = [other for other in report.logs if other.scenario == log.scenario]
    if len(others) <= 1:
        others = [log, *sibling_logs(log)]
    return from_logs(others)


def sibling_logs(log: PlayLog, limit: int = 5000) -> list[PlayLog]:
    """Logs of the same scenario in the same folder (the machine's or the workshop's)."""
    siblings = []
    for path in sorted(log.path.parent.glob("*.jsonl"))[:limit]:
        if path.resolve() == log.path.resolve():
            continue
        other = read_log(path).log
        if other is not None and other.scenario == log.scenario:
            siblings.append(other)
    return siblings
