"""One CSV row per playthrough, for spreadsheets and statistics tools."""

from __future__ import annotations

import csv
import io

from game.log.logformat import timestamp
from game.log.reader import PlayLog
from game.trainer.aggregate import gave_in
from game.trainer.build import Report
from game.trainer.catalog import same_version

COLUMNS = (
    "file", "log_id", "player", "scenario", "scenario_version", "same_version", "lang", "mode",
    "client", "started_at", "ended_at", "finished", "ending", "outcome", "breakthrough",
    "wait_days", "safety", "client_score", "safety_score", "score", "choices", "undos",
    "gave_in", "path",
)  # fmt: skip

# A cell starting with one of these is a formula in Excel and LibreOffice; a player
# name like "=HYPERLINK(...)" must stay text (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def report_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for group in report.groups:
        for log in group.logs:
            writer.writerow(_row(log, same_version(log, group.scenario)))
    return out.getvalue()


def _row(log: PlayLog, same: bool) -> list[object]:
    end = log.end
    scores = (
        [end.wait_days, end.safety, end.client_score, end.safety_score, end.score]
        if end
        else [""] * 5
    )
    return [
        _text(log.path.name),
        _text(log.log_id),
        _text(log.player),
        log.scenario,
        _text(log.scenario_version or ""),
        int(same),
        _text(log.lang),
        _text(log.mode),
        _text(log.client),
        timestamp(log.started_at) if log.started_at else "",
        timestamp(end.at) if end and end.at else "",
        int(end is not None),
        end.ending if end else "",
        end.outcome if end else "",
        end.breakthrough if end else "",
        *scores,
        len(log.steps),
        len(log.undone),
        sum(1 for step in log.steps if gave_in(step)),
        " ".join(log.path_ids),
    ]


def _text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value
