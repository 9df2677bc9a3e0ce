"""The trainer report as one HTML page: contents, a section per scenario, debrief, problems."""

from __future__ import annotations

from game.log.problems import Problem
from game.trainer.build import Report
from game.trainer.debrief_page import debrief_section
from game.trainer.htmlkit import Html, date_time, tag
from game.trainer.page import document, header
from game.trainer.sections import scenario_section, table
from game.trainer.strings import t


def report_html(report: Report) -> str:
    lang = report.lang
    personal = report.debrief is not None and len(report.logs) == 1
    title = t("debrief_doc_title" if personal else "doc_title", lang)
    parts: list[object] = [header(t("brand", lang), title, _meta_lines(report))]
    if len(report.groups) > 1 or report.debrief is not None:
        parts.append(contents(report))
    # One log: the person comes first, the (small) totals after.
    person_first = report.debrief is not None and len(report.logs) == 1
    sections = [
        scenario_section(group, lang, first=i == 0 and not person_first)
        for i, group in enumerate(report.groups)
    ]
    if report.debrief is not None:
        debrief = debrief_section(report.debrief, first=person_first)
        sections = [debrief, *sections] if person_first else [*sections, debrief]
    parts += sections
    listed = report.problems + report.notes
    if listed:
        parts.append(problems_section(listed, lang))
    parts.append(reading_section(lang))
    parts.append(tag("footer", t("footer", lang), class_="doc"))
    return document(title, lang, Html("".join(map(str, parts))))


def _meta_lines(report: Report) -> list[str]:
    lang = report.lang
    logs = len(report.logs)
    word = t("log_one" if logs == 1 else "log_many", lang)
    lines = [t("made", lang, date=date_time(report.made_at, lang), logs=logs, logs_word=word)]
    listed = len(report.problems) + len(report.notes)
    if listed:
        what = t("item_one" if listed == 1 else "item_many", lang)
        lines.append(t("skipped_note", lang, n=listed, what=what))
    return lines


def contents(report: Report) -> Html:
    lang = report.lang
    items = [
        tag("li", tag("a", g.scenario.title.render(lang), href=f"#s-{g.scenario.id}"))
        for g in report.groups
    ]
    if report.debrief is not None:
        entry = tag("li", tag("a", t("h_debrief", lang), href="#debrief"))
        items = [entry, *items] if len(report.logs) == 1 else [*items, entry]
    if report.problems or report.notes:
        items.append(tag("li", tag("a", t("h_problems", lang), href="#problems")))
    return tag("nav", [tag("b", t("contents", lang)), tag("ol", items)], class_="toc")


def problems_section(problems: list[Problem], lang: str) -> Html:
    rows = [
        [_short(p.file), p.line if p.line is not None else "", p.message(lang)] for p in problems
    ]
    return tag(
        "section",
        [
            tag("h2", t("h_problems", lang), id="problems"),
            tag("p", t("problems_lead", lang), class_="lead"),
            table(["col_file", "col_line", "col_problem"], rows, lang, numeric=frozenset({1})),
        ],
        class_="problems",
    )


def _short(path: str) -> str:
    """The file name and its folder: enough to find it, short enough for a column."""
    parts = path.replace("\\", "/").rsplit("/", 2)
    return "/".join(parts[-2:]) if len(parts) > 1 else path


def reading_section(lang: str) -> Html:
    items = [
        tag("li", t(key, lang)) for key in ("reading_gave_in", "reading_cost", "reading_score")
    ]
    return tag("section", [tag("h3", t("h_reading", lang)), tag("ul", items)], class_="reading")
