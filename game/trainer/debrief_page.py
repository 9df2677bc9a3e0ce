"""The personal debrief as HTML: a section of the report, or a page of its own.

``personal_debrief_html(log_path)`` is what the window's ending screen and
the terminal player's offer call.
"""

from __future__ import annotations

from pathlib import Path

from game.engine.model import SAFETY, WAIT, Label, Scenario
from game.i18n import days, safety_word
from game.i18n import safety_label as shared_safety_label
from game.log.problems import Problem
from game.trainer.catalog import ScenarioCatalog
from game.trainer.debrief import Alternative, Debrief, Decision
from game.trainer.htmlkit import Html, date_time, tag
from game.trainer.page import document, header
from game.trainer.sections import (
    client_name,
    level_text,
    outcome_chip,
    table,
)
from game.trainer.strings import t
from game.trainer.svg import CALENDAR, SAFETY_BLUE, Panel, line_panels, range_bar


def debrief_section(debrief: Debrief, first: bool = False) -> Html:
    """``first``: the section right under the title (no page break before it in print)."""
    lang, scenario, log = debrief.lang, debrief.scenario, debrief.log
    client = client_name(scenario, lang)
    title = scenario.title.render(lang)
    parts: list[object] = [
        tag("span", t("h_debrief", lang), class_="kicker"),
        tag("h2", debrief.player or t("unnamed", lang), id="debrief"),
        tag("p", t("debrief_for", lang, player=debrief.player, title=title), class_="lead"),
        tag("p", date_time(log.started_at, lang), class_="meta"),
    ]
    if not debrief.version_ok:
        parts.append(tag("p", t("version_warning", lang), class_="warn"))
    parts.append(ending_card(debrief))
    parts += [
        tag("h3", t("h_meters", lang)),
        tag("p", t("meters_lead", lang, client=client), class_="lead"),
        meters_chart(debrief),
        tag("h3", t("h_path", lang)),
        tag("p", f"{range_source(debrief)} {t('range_dot', lang)}", class_="lead"),
    ]
    parts += [decision_block(debrief, d) for d in debrief.decisions]
    parts += look_back_blocks(debrief)
    return tag("section", parts, class_="debrief first" if first else "debrief")


def look_back_blocks(debrief: Debrief) -> list[Html]:
    """After the path: think about it, your own 'mag niet', why it went this way, the
    routines met, the questions for the group and the glossary (issue 12)."""
    lang, scenario, back = debrief.lang, debrief.scenario, debrief.lookback
    out: list[Html] = []
    if back is None:
        return out
    player = debrief.player
    values = final_values(debrief)
    if back.prompts:
        out.append(tag("h3", t("h_reflect", lang), id="reflect"))
        out.append(tag("p", t("reflect_lead", lang), class_="lead"))
        items = [tag("li", p.render(lang, values, player)) for p in back.prompts]
        out.append(tag("ol", items, class_="prompts"))
    if back.own:
        out.append(tag("h3", t("h_own", lang)))
        out.append(tag("p", t("own_lead", lang), class_="lead"))
        rows = []
        for own in back.own:
            choice = scenario.choice(own.choice)
            text = choice.text.render(lang, values, player) if choice else own.choice
            routine = scenario.routines.get(own.routine or "")
            name = routine.label.render(lang) if routine else t("own_unnamed", lang)
            rows.append(tag("li", [tag("b", f"{name}: "), text]))
        out.append(tag("ul", rows, class_="moves"))
    if back.causes:
        out.append(tag("h3", t("h_causes", lang)))
        out.append(tag("p", t("causes_lead", lang), class_="lead"))
        items = [tag("li", c.because.render(lang, values, player)) for c in back.causes]
        out.append(tag("ul", items, class_="moves"))
    if back.routines:
        out.append(tag("h3", t("h_met", lang)))
        out.append(tag("p", t("met_lead", lang), class_="lead"))
        for routine_id in back.routine_ids():
            label = scenario.routines[routine_id]
            answers = [
                _label_text(scenario.responses.get(m.response or ""), lang)
                for m in back.routines
                if m.routine == routine_id
            ]
            heading = [tag("b", label.label.render(lang)), " ",
                       tag("span", ", ".join(a for a in answers if a), class_="note")]  # fmt: skip
            out.append(tag("p", heading, class_="quote"))
            if label.counter_moves:
                moves = [tag("li", m.render(lang)) for m in label.counter_moves]
                out.append(tag("ul", moves, class_="moves"))
    if back.questions:
        out.append(tag("h3", t("h_questions", lang)))
        out.append(tag("p", t("questions_lead", lang), class_="lead"))
        items = [tag("li", q.text.render(lang, values, player)) for q in back.questions]
        out.append(tag("ul", items, class_="moves"))
    out += glossary_block(scenario, lang)
    return out


def final_values(debrief: Debrief) -> dict[str, int | bool]:
    """The meters and flags as the game ended (for the slots in a reflection question)."""
    log = debrief.log
    values: dict[str, int | bool] = dict(log.start_meters)
    if log.steps:
        values.update(log.steps[-1].flags)
        values.update(log.steps[-1].meters)
    if log.end is not None:
        values.update({WAIT: log.end.wait_days, SAFETY: log.end.safety})
    return values


def glossary_block(scenario: Scenario, lang: str) -> list[Html]:
    from game.engine.glossary import terms_for

    terms = terms_for(scenario, lang)
    if not terms:
        return []
    rows = [
        tag("div", [tag("dt", term.term.render(lang)), tag("dd", term.meaning.render(lang))])
        for term in terms
    ]
    return [
        tag("h3", t("h_glossary", lang), id="glossary"),
        tag("p", t("glossary_lead", lang), class_="lead"),
        tag("dl", rows, class_="glossary"),
    ]


def _label_text(label: Label | None, lang: str) -> str:
    return label.label.render(lang) if label is not None else ""


def ending_card(debrief: Debrief) -> Html:
    """The level and the client's days first, then safety, then the score (issue 12)."""
    lang, scenario, end = debrief.lang, debrief.scenario, debrief.log.end
    if end is None:
        return tag("p", t("unfinished_debrief", lang), class_="warn")
    node = scenario.nodes.get(end.ending)
    ending = node.ending if node else None
    title = ending.title.render(lang) if ending else end.ending
    safety = scenario.meters[SAFETY]
    client = client_name(scenario, lang)
    days_key = "ending_days" if end.wait_days <= scenario.deadline_days else "ending_days_over"
    facts: list[object] = [
        tag("span", t("your_ending", lang), class_="kicker"),
        tag("span", title, class_="ending-title"),
        tag("div", [level_text(end.breakthrough, lang), " ", outcome_chip(end.outcome, lang)]),
        tag(
            "div",
            t(days_key, lang, client=client, wait=end.wait_days, deadline=scenario.deadline_days),
        ),
    ]
    if ending is not None and ending.aftermath and ending.aftermath_text is not None:
        change = f"{ending.aftermath:+d}".replace("-", "−")
        text = ending.aftermath_text.render(lang)
        facts.append(tag("div", t("aftermath", lang, text=text, change=change), class_="aftermath"))
    facts.append(
        tag("div", t("ending_safety", lang, label=safety_label(scenario, lang), value=end.safety,
                     max=safety.max))
    )  # fmt: skip
    facts.append(tag("div", score_parts(debrief), class_="note"))
    score: list[object] = [str(end.score), tag("small", t("score_of", lang))]
    best = debrief.ranges.best
    if best is not None:
        score.append(tag("small", t("best_score", lang, best=best), class_="best"))
    return tag("div", [tag("div", facts), tag("div", score, class_="big")], class_="ending-card")


def safety_label(scenario: Scenario, lang: str) -> str:
    meter = scenario.meters[SAFETY]
    return shared_safety_label(meter.label.render(lang) if meter.label else None, lang)


def score_parts(debrief: Debrief) -> str:
    """How the score adds up: the parts of a format-1.1 score, or the two of format 1."""
    lang, scenario, end = debrief.lang, debrief.scenario, debrief.log.end
    assert end is not None
    if scenario.scoring.model == "1.1":
        node = scenario.nodes.get(end.ending)
        outcome = scenario.scoring.outcome_points(end.outcome)
        level = scenario.scoring.breakthrough_points(end.breakthrough)
        meters = max(0, round(end.score * scenario.scoring.top / 100) - outcome - level)
        if node is not None and node.ending is not None:
            from game.engine.score import compute_score

            values = {WAIT: end.wait_days, SAFETY: end.safety}
            meters = compute_score(scenario, values, node.ending).meter_points
        return t(
            "score_parts",
            lang,
            outcome=outcome,
            level=level,
            meters=meters,
            meters_max=scenario.scoring.meters,
            total=outcome + level + meters,
            top=scenario.scoring.top,
        )
    client = client_name(scenario, lang)
    safety = scenario.meters[SAFETY]
    return " ".join(
        (
            t("client_points", lang, client=client, points=end.client_score, wait=end.wait_days,
              deadline=scenario.deadline_days),
            t("safety_points", lang, points=end.safety_score, value=end.safety, max=safety.max),
        )
    )  # fmt: skip


def meters_chart(debrief: Debrief) -> Html:
    lang, scenario = debrief.lang, debrief.scenario
    points = debrief.points
    safety = scenario.meters[SAFETY]
    wait_meter = scenario.meters[WAIT]
    labels = [t("axis_start", lang)] + [str(p.step) for p in points[1:]]
    if debrief.finished:
        labels[-1] = t("axis_end", lang) if len(points) > len(debrief.decisions) + 1 else labels[-1]
    client = client_name(scenario, lang)
    panels = [
        Panel(
            t("hist_wait", lang, client=client),
            [p.wait_days for p in points],
            wait_meter.min or 0,
            scenario.deadline_days,
            CALENDAR,
            (scenario.deadline_days, t("deadline", lang)),
        ),
        Panel(
            safety_label(scenario, lang),  # the case's own name ("Jouw positie"), as above it
            [p.safety for p in points],
            safety.min or 0,
            safety.max or 100,
            SAFETY_BLUE,
        ),
    ]
    return tag("figure", line_panels(panels, labels, t("h_meters", lang)))


def range_source(debrief: Debrief) -> str:
    ranges, lang = debrief.ranges, debrief.lang
    if ranges.source == "analysis":
        return t("range_analysis", lang)
    if ranges.source == "analysis_sample":
        return t("range_analysis_sample", lang)
    return t("range_logs", lang, n=ranges.compared)


def decision_block(debrief: Debrief, decision: Decision) -> Html:
    lang = debrief.lang
    heading: list[object] = [t("moment", lang, n=decision.number)]
    if decision.routine:
        heading += [
            " ",
            tag("span", f"{t('routine_tag', lang)}: {decision.routine}", class_="chip"),
        ]
    parts: list[object] = [tag("h4", heading)]
    for line in decision.lines:
        who = line.speaker or t("narrator", lang)
        parts.append(
            tag("p", [tag("span", who, class_="who"), ": “", line.text, "”"], class_="quote")
        )
    chose: list[object] = [tag("b", f"{t('you_chose', lang)}: "), decision.chosen]
    if decision.response:
        chose += [" ", tag("span", decision.response, class_="chip")]
    if decision.gave_in:
        chose += [" ", tag("span", t("gave_in_tag", lang), class_="chip gave-in")]
    parts.append(tag("p", chose))
    parts.append(tag("p", [tag("b", f"{t('effect', lang)}: "), effect_text(debrief, decision)]))
    if decision.feedback:
        parts.append(tag("p", decision.feedback, class_="feedback"))
    parts += routine_help(debrief, decision)
    parts.append(tag("h4", t("alternatives", lang)))
    parts.append(alternatives_table(debrief, decision))
    return tag("div", parts, class_="decision")


def effect_text(debrief: Debrief, decision: Decision) -> str:
    lang = debrief.lang
    client = client_name(debrief.scenario, lang)
    parts = []
    if decision.delta_wait:
        sign = "+" if decision.delta_wait > 0 else "−"
        n = days(abs(decision.delta_wait), lang)
        parts.append(t("effect_wait", lang, sign=sign, days=n, client=client))
    if decision.delta_safety:
        sign = "+" if decision.delta_safety > 0 else "−"
        meter = debrief.scenario.meters[SAFETY]
        word = safety_word(meter.label.render(lang) if meter.label else None, lang)
        parts.append(t("effect_safety", lang, sign=sign, n=abs(decision.delta_safety), label=word))
    return ", ".join(parts) or t("effect_none", lang)


def routine_help(debrief: Debrief, decision: Decision) -> list[Html]:
    """What the routine is, and its counter-moves: for every routine met, not only where
    the player gave in (issue 12)."""
    lang = debrief.lang
    out = []
    if decision.routine_explanation:
        out.append(
            tag("p", [tag("b", f"{t('what_routine', lang)} "), decision.routine_explanation])
        )
    if decision.discuss:
        question = [tag("b", f"{t('discuss', lang)}: "), decision.discuss]
        out.append(tag("p", question, class_="discuss"))
    if decision.counter_moves:
        out.append(tag("p", tag("b", t("counter_moves", lang)), class_="quote"))
        out.append(tag("ul", [tag("li", move) for move in decision.counter_moves], class_="moves"))
    return out


def alternatives_table(debrief: Debrief, decision: Decision) -> Html:
    lang = debrief.lang
    own = debrief.log.end.score if debrief.log.end else None
    rows, classes = [], []
    for alt in decision.alternatives:
        row = alternative_row(alt, own, lang)
        if decision.votes is not None:  # the room's hands, in facilitator mode
            row.insert(2, decision.votes.get(alt.choice_id, 0))
        rows.append(row)
        classes.append(
            "chosen-row" if alt.chosen else ("muted" if alt.available is False else None)
        )
    columns = ["col_choice", "col_response", "col_worst", "col_best", "col_range"]
    widths: tuple[int, ...]  # one per column
    numeric, widths = frozenset({2, 3}), (42, 15, 10, 10, 23)
    if decision.votes is not None:
        columns.insert(2, "col_votes")
        numeric, widths = frozenset({2, 3, 4}), (36, 14, 9, 10, 10, 21)
    return table(columns, rows, lang, numeric=numeric, row_classes=classes, widths=widths)


def alternative_row(alt: Alternative, own: int | None, lang: str) -> list[object]:
    label: list[object] = [alt.text]
    if alt.chosen:
        label += [" ", tag("span", t("your_choice", lang), class_="chip you")]
    elif alt.available is False:
        reason = f": {alt.reason}" if alt.reason else ""
        label += [tag("div", t("not_open", lang) + reason, class_="note")]
    rng = alt.range
    if rng is None:
        unknown = t("unknown_range", lang)
        return [label, alt.response or "", unknown, unknown, ""]
    bar = range_bar(rng.worst, rng.best, own if alt.chosen else None, f"{rng.worst}–{rng.best}")
    return [label, alt.response or "", rng.worst, rng.best, bar]


# -- a page of its own --------------------------------------------------------------------------


def debrief_document(debrief: Debrief, problems: list[Problem] | None = None) -> str:
    from game.trainer.report_page import problems_section

    lang = debrief.lang
    title = t("debrief_doc_title", lang)
    body = Html(
        header(t("brand", lang), title, [debrief.scenario.title.render(lang)])
        + debrief_section(debrief, first=True)
        + (problems_section(problems, lang) if problems else "")
        + tag("footer", t("footer", lang), class_="doc")
    )
    return document(title, lang, body)


def personal_debrief_html(
    log_path: str | Path, lang: str | None = None, *, catalog: ScenarioCatalog | None = None
) -> str:
    """The personal debrief page of one log (for the window's ending screen and the terminal).

    ``lang`` defaults to the language the game was played in. Raises
    ``ValueError`` with a plain message when the log cannot be used.
    """
    from game.trainer.build import build_report

    report = build_report(
        [log_path], lang or _log_lang(Path(log_path)), catalog=catalog, debrief=True
    )
    if report.debrief is None:
        reasons = "; ".join(p.format("en") for p in report.problems) or "no usable log"
        raise ValueError(f"no debrief for {log_path}: {reasons}")
    return debrief_document(report.debrief, report.problems)


def _log_lang(path: Path) -> str:
    from game.log.reader import read_log

    log = read_log(path).log
    return log.lang if log is not None and log.lang in ("nl", "en") else "nl"
