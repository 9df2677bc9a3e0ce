"""The report's sections for a scenario: figures, charts and tables, as escaped HTML."""

from __future__ import annotations

from collections.abc import Sequence

from game.engine.model import SAFETY, Node, Scenario, Text
from game.i18n import SHARED, tr
from game.log.reader import PlayLog
from game.trainer.aggregate import (
    NodeSummary,
    RoutineSummary,
    ScenarioSummary,
    gave_in,
    mean,
    median,
)
from game.trainer.catalog import same_version
from game.trainer.htmlkit import Html, date_time, number, percent, signed, tag
from game.trainer.strings import t
from game.trainer.svg import (
    CALENDAR,
    LEVEL_COLORS,
    OUTCOME_COLORS,
    SAFETY_BLUE,
    Bar,
    bar_chart,
    histogram,
)

OUTCOMES = ("good", "mixed", "bad")
LEVELS = ("none", "incident", "policy", "system")


# -- shared small pieces ----------------------------------------------------------------------


def client_name(scenario: Scenario, lang: str) -> str:
    character = scenario.characters.get(scenario.client)
    return character.name.render(lang) if character else scenario.client


def neutral(text: Text, lang: str) -> str:
    """A text outside any playthrough: slots (``{wait_days}``, ``{player}``) become '…'."""
    parts = text.parts.get(lang) or text.parts[text.default]
    return "".join(part.literal if part.name is None else "…" for part in parts)


def ending_title(scenario: Scenario, node_id: str, lang: str) -> str:
    node = scenario.nodes.get(node_id)
    return node.ending.title.render(lang) if node and node.ending else node_id


def outcome_chip(outcome: str, lang: str) -> Html:
    return tag("span", tr(SHARED, f"outcome.{outcome}", lang), class_=f"chip {outcome}")


def level_text(level: str, lang: str) -> str:
    text = tr(SHARED, f"breakthrough.{level}", lang)
    return text[:1].upper() + text[1:]


def speaker_line(scenario: Scenario, node: Node, lang: str, text: str | None = None) -> Html:
    character = scenario.characters.get(node.speaker or "")
    who = character.name.render(lang) if character else t("narrator", lang)
    line = text if text is not None else neutral(node.text, lang)
    return tag("p", [tag("span", who, class_="who"), ": “", line, "”"], class_="quote")


def kpi(value: object, label: str, small: str = "") -> Html:
    extra = tag("small", " " + small) if small else Html("")
    return tag("div", [tag("b", [str(value), extra]), tag("span", label)], class_="kpi")


def taken_cell(count: int, total: int, lang: str) -> Html:
    width = round(100 * count / total) if total else 0
    meter = Html(f'<span class="meter"><i style="width:{width}%"></i></span>')
    return tag("div", [meter, f"{count} ({percent(count, total, lang)})"], class_="taken")


# -- one scenario ------------------------------------------------------------------------------


def scenario_section(summary: ScenarioSummary, lang: str, first: bool = False) -> Html:
    scenario = summary.scenario
    parts = [
        tag("span", scenario.id, class_="kicker"),
        tag("h2", scenario.title.render(lang), id=f"s-{scenario.id}"),
    ]
    if scenario.summary is not None:
        parts.append(tag("p", scenario.summary.render(lang), class_="lead"))
    version = scenario.version or t("no_version", lang)
    parts.append(tag("p", t("scenario_meta", lang, id=scenario.id, version=version), class_="meta"))
    if summary.other_version:
        note = t("other_version_note", lang, n=summary.other_version, total=summary.plays)
        parts.append(tag("p", note, class_="warn"))
    parts += [
        kpis(summary, lang),
        endings_block(summary, lang),
        spread_block(summary, lang),
        routines_block(summary, lang),
        nodes_block(summary, lang),
        players_block(summary, lang),
    ]
    return tag("section", parts, class_="scenario first" if first else "scenario")


def kpis(summary: ScenarioSummary, lang: str) -> Html:
    met = sum(r.met for r in summary.routines.values())
    given = sum(r.gave_in for r in summary.routines.values())
    deadline = t("kpi_wait_of", lang, deadline=summary.scenario.deadline_days)
    return tag(
        "div",
        [
            kpi(summary.plays, t("kpi_plays", lang)),
            kpi(summary.finished, t("kpi_finished", lang)),
            kpi(number(mean(summary.scores), lang), t("kpi_score", lang)),
            kpi(number(median(summary.wait_days), lang), t("kpi_wait", lang), deadline),
            kpi(percent(given, met, lang), t("kpi_gave_in", lang)),
        ],
        class_="kpis",
    )


def endings_block(summary: ScenarioSummary, lang: str) -> Html:
    scenario, total = summary.scenario, summary.finished
    endings = [n for n in scenario.nodes.values() if n.ending is not None]
    known = {n.id for n in endings}
    bars = [
        Bar(n.ending.title.render(lang), summary.endings[n.id], OUTCOME_COLORS[n.ending.outcome])
        for n in endings
        if n.ending is not None
    ]
    bars += [Bar(e, c, "#8A8F99") for e, c in summary.endings.items() if e not in known]
    outcome_bars = [
        Bar(tr(SHARED, f"outcome.{o}", lang), summary.outcomes[o], OUTCOME_COLORS[o])
        for o in OUTCOMES
    ]
    level_bars = [
        Bar(t(f"level_chart_{v}", lang), summary.levels[v], LEVEL_COLORS[v]) for v in LEVELS
    ]
    return Html(
        tag("h3", t("h_endings", lang))
        + tag("p", t("h_endings_lead", lang), class_="lead")
        + figure("", bar_chart(bars, total, lang, t("h_endings", lang), width=720))
        + tag(
            "div",
            [
                figure(
                    t("h_outcomes", lang),
                    bar_chart(outcome_bars, total, lang, t("h_outcomes", lang), 420),
                ),
                figure(
                    t("h_levels", lang),
                    bar_chart(level_bars, total, lang, t("h_levels", lang), 420),
                ),
            ],
            class_="grid2",
        )
    )


def figure(caption: str, chart: Html) -> Html:
    return tag("figure", [tag("figcaption", caption) if caption else Html(""), chart])


def spread_block(summary: ScenarioSummary, lang: str) -> Html:
    scenario = summary.scenario
    client = client_name(scenario, lang)
    deadline = scenario.deadline_days
    safety = scenario.meters[SAFETY]
    wait_title = t("hist_wait", lang, client=client)
    charts = [
        figure(
            wait_title,
            histogram(
                summary.wait_days,
                0,
                deadline,
                wait_title,
                color=CALENDAR,
                marker=(deadline, t("deadline", lang)),
            ),
        ),
        figure(
            t("hist_safety", lang),
            histogram(
                summary.safety,
                safety.min or 0,
                safety.max or 100,
                t("hist_safety", lang),
                color=SAFETY_BLUE,
            ),
        ),
        figure(t("hist_score", lang), histogram(summary.scores, 0, 100, t("hist_score", lang))),
    ]
    return Html(tag("h3", t("h_spread", lang)) + tag("div", charts, class_="grid3"))


# -- routines -------------------------------------------------------------------------------


def routines_block(summary: ScenarioSummary, lang: str) -> Html:
    client = client_name(summary.scenario, lang)
    head = tag("h3", t("h_routines", lang)) + tag(
        "p", t("routines_lead", lang, client=client), class_="lead"
    )
    if not summary.routines:
        return Html(head + tag("p", t("no_routines", lang), class_="note"))
    columns = ["col_routine", "col_met", "col_gave_in", "col_end_gave_in", "col_end_other"]
    rows = [routine_row(summary.scenario, r, lang) for r in _in_story_order(summary)]
    widths = (34, 12, 20, 17, 17)
    foot = tag("p", t("routines_foot", lang, client=client), class_="note")
    return Html(
        head + table(columns, rows, lang, numeric=frozenset({1, 3, 4}), widths=widths) + foot
    )


def _in_story_order(summary: ScenarioSummary) -> list[RoutineSummary]:
    order = {node_id: i for i, node_id in enumerate(summary.scenario.nodes)}

    def first_node(r: RoutineSummary) -> int:
        return min((order.get(n, len(order)) for n in r.nodes), default=len(order))

    return sorted(summary.routines.values(), key=first_node)


def routine_row(scenario: Scenario, routine: RoutineSummary, lang: str) -> list[object]:
    label = scenario.routines.get(routine.routine)
    name = label.label.render(lang) if label else routine.routine
    explanation = label.explanation.render(lang) if label and label.explanation else ""
    split = t("gave_in_split", lang, comply=routine.comply, defer=routine.defer)
    return [
        Html(tag("b", name) + (tag("div", explanation, class_="note") if explanation else "")),
        routine.met,
        Html(taken_cell(routine.gave_in, routine.met, lang) + tag("div", split, class_="note")),
        _end_days(routine.end_gave_in, routine.days_gave_in, lang, cost=True),
        _end_days(routine.end_other, routine.days_other, lang),
    ]


def _end_days(ends: list[int], steps: list[int], lang: str, cost: bool = False) -> Html:
    """The mean days waited at the end, and below it the mean change over the step itself."""
    if not ends:
        shown: object = "–"
    else:
        shown = t("days_end", lang, n=number(mean(ends), lang), games=len(ends))
    step = tag("div", t("days_step", lang, n=signed(mean(steps), lang)), class_="note")
    return Html(tag("span", shown, class_="cost" if cost else None) + step)


def table(
    columns: list[str],
    rows: Sequence[Sequence[object]],
    lang: str,
    numeric: frozenset[int] = frozenset(),
    row_classes: list[str | None] | None = None,
    class_: str | None = None,
    widths: tuple[int, ...] | None = None,
) -> Html:
    head = "".join(
        tag("th", t(c, lang), class_="num" if i in numeric else None) for i, c in enumerate(columns)
    )
    body = []
    for r, row in enumerate(rows):
        cells = "".join(
            tag("td", cell, class_="num" if i in numeric else None) for i, cell in enumerate(row)
        )
        klass = row_classes[r] if row_classes else None
        body.append(tag("tr", Html(cells), class_=klass))
    cols = Html("")
    if widths:  # the same columns line up from one table to the next
        cols = tag("colgroup", [Html(f'<col style="width:{w}%">') for w in widths])
        class_ = f"{class_ or ''} fixed".strip()
    return tag(
        "table", [cols, tag("thead", tag("tr", Html(head))), tag("tbody", body)], class_=class_
    )


# -- choices per node ---------------------------------------------------------------------------


def nodes_block(summary: ScenarioSummary, lang: str) -> Html:
    blocks = [node_block(summary.scenario, node, lang) for node in summary.nodes.values()]
    return Html(
        tag("h3", t("h_nodes", lang))
        + tag("p", t("nodes_lead", lang), class_="lead")
        + "".join(blocks)
    )


def node_block(scenario: Scenario, node_sum: NodeSummary, lang: str) -> Html:
    node = scenario.nodes.get(node_sum.node)
    parts: list[object] = [tag("span", node_sum.node, class_="kicker")]
    if node is not None:
        parts.append(speaker_line(scenario, node, lang))
        if node.routine:
            routine = scenario.routines.get(node.routine)
            name = routine.label.render(lang) if routine else node.routine
            parts.append(
                tag("p", [tag("span", f"{t('routine_tag', lang)}: {name}", class_="chip")])
            )
        if node.discuss is not None:
            parts.append(
                tag("p", f"{t('discuss', lang)}: {neutral(node.discuss, lang)}", class_="discuss")
            )
    if node_sum.decisions == 0:
        parts.append(tag("p", t("not_reached", lang), class_="note"))
        return tag("div", parts, class_="node")
    parts.append(choices_table(scenario, node_sum, lang))
    if node_sum.votes:
        note = t("decisions_here", lang, n=node_sum.decisions, votes=node_sum.votes)
        parts.append(tag("p", note, class_="note"))
    return tag("div", parts, class_="node")


def choices_table(scenario: Scenario, node_sum: NodeSummary, lang: str) -> Html:
    voted = node_sum.votes > 0
    hands = sum(c.votes for c in node_sum.choices.values())
    columns = ["col_choice", "col_response", "col_taken"] + (["col_votes"] if voted else [])
    columns.append("col_feedback")
    rows = []
    for choice_id, count in node_sum.choices.items():
        choice = scenario.choice(choice_id)
        text = neutral(choice.text, lang) if choice else f"{choice_id} {t('unknown_choice', lang)}"
        response = scenario.responses.get(choice.response or "") if choice else None
        row: list[object] = [
            text,
            response.label.render(lang) if response else "",
            taken_cell(count.taken, node_sum.decisions, lang),
        ]
        if voted:
            share = f"{count.votes} ({percent(count.votes, hands, lang)})"
            row.append(tag("span", share, class_="nowrap"))
        feedback = choice.feedback if choice else None
        row.append(tag("span", neutral(feedback, lang), class_="feedback") if feedback else "")
        rows.append(row)
    widths = (30, 13, 19, 11, 27) if voted else (33, 14, 19, 34)
    return table(columns, rows, lang, widths=widths)


# -- participants --------------------------------------------------------------------------------


def players_block(summary: ScenarioSummary, lang: str) -> Html:
    logs = sorted(
        summary.logs, key=lambda log: (log.started_at is None, log.started_at, log.player)
    )
    modes = {log.mode for log in logs}
    columns = ["col_player", "col_started", "col_ending", "col_level", "col_wait"]
    columns += ["col_safety_short", "col_score", "col_choices", "col_gave_in_short", "col_undos"]
    rows = [player_row(summary.scenario, log, lang) for log in logs]
    if len(modes) > 1:  # a mix of solo and group play: say which was which
        columns.insert(2, "col_mode")
        for row, log in zip(rows, logs, strict=True):
            row.insert(2, mode_text(log.mode, lang))
    if any(row[-1] for row in rows):
        columns.append("col_note")
    else:
        rows = [row[:-1] for row in rows]
    first_number = columns.index("col_wait")
    classes = [None if log.finished else "muted" for log in logs]
    numeric = frozenset(range(first_number, first_number + 6))
    players = table(columns, rows, lang, numeric=numeric, row_classes=classes, class_="players")
    return Html(tag("h3", t("h_players", lang)) + players)


def mode_text(mode: str, lang: str) -> str:
    return t(f"mode_{mode}", lang) if mode in ("solo", "facilitator") else mode


def player_row(scenario: Scenario, log: PlayLog, lang: str) -> list[object]:
    end = log.end
    notes = [] if end else [t("not_finished", lang)]
    if not same_version(log, scenario):
        notes.append(t("other_version", lang))
    name = tag("span", log.player or t("unnamed", lang), title=log.path.name)
    ending: object = "–"
    if end:
        ending = [ending_title(scenario, end.ending, lang), " ", outcome_chip(end.outcome, lang)]
    return [
        name,
        tag("span", date_time(log.started_at, lang), class_="nowrap"),
        ending,
        t(f"level_short_{end.breakthrough}", lang) if end else "–",
        end.wait_days if end else "–",
        end.safety if end else "–",
        tag("b", end.score) if end else "–",
        len(log.steps),
        sum(1 for step in log.steps if gave_in(step)),
        len(log.undone),
        ", ".join(notes),
    ]
