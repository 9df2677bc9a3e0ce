"""The analysis as text for people: a table of endings, the choices, then the problems.

Each problem starts with ``file:line`` (editors and terminals turn that into
a link) and, where the story can get into trouble, ends with a ``play``
command that goes straight there.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence

from game.analysis.result import Analysis, ChoiceResult, EndingResult, Range, best_score
from game.analysis.sample import MAX_STEPS
from game.analysis.strings import STRINGS
from game.engine.model import Scenario
from game.i18n import tr


def render(a: Analysis, scenario: Scenario, lang: str) -> str:
    lines = [tr(STRINGS, "title", lang, id=a.scenario, file=a.file), _status(a, lang), ""]
    sections = (
        _endings(a, scenario, lang),
        _choices(a, scenario, lang),
        _giving_in(a, scenario, lang),
    )
    for section in sections:
        if section:
            lines += [*section, ""]
    lines += _problems(a, scenario, lang)
    lines += ["", *_learning(a, lang)]
    return "\n".join(lines) + "\n"


def _status(a: Analysis, lang: str) -> str:
    if a.complete:
        return tr(STRINGS, "complete", lang, states=_count(a.states))
    assert a.sample is not None
    text = tr(
        STRINGS,
        "sample",
        lang,
        max=_count(a.max_states),
        states=_count(a.states),
        runs=_count(a.sample.playthroughs),
        seed=a.sample.seed,
    )
    if a.sample.too_long:
        text += " " + tr(STRINGS, "too_long", lang, n=a.sample.too_long, steps=MAX_STEPS)
    return text


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # 1.000.000 reads well in Dutch and is clear in English


def _span(r: Range | None) -> str:
    if r is None:
        return "-"
    return str(r[0]) if r[0] == r[1] else f"{r[0]} - {r[1]}"


# -- endings ------------------------------------------------------------------------


def _endings(a: Analysis, scenario: Scenario, lang: str) -> list[str]:
    header = [
        tr(STRINGS, key, lang)
        for key in ("col.ending", "col.outcome", "col.reached", "col.wait", "col.safety")
    ]
    header += [tr(STRINGS, "col.score", lang), tr(STRINGS, "col.title", lang)]
    rows = [header] + [_ending_row(e, a, scenario, lang) for e in a.endings]
    out = [tr(STRINGS, "endings", lang), *_table(rows)]
    best = best_score(a)
    if best is not None:
        where = [e.node for e in a.endings if e.score is not None and e.score[1] == best]
        key = "best" if a.complete else "best_sample"
        out.append("  " + tr(STRINGS, key, lang, score=best, endings=", ".join(where)))
    return out


def _ending_row(e: EndingResult, a: Analysis, scenario: Scenario, lang: str) -> list[str]:
    if a.complete:
        reached = tr(STRINGS, "yes" if e.reachable else "no", lang)
    else:
        reached = tr(STRINGS, "seen" if e.reachable else "not_seen", lang)
    ending = scenario.nodes[e.node].ending
    title = ending.title.render(lang) if ending is not None else ""
    outcome = tr({}, f"outcome.{e.outcome}", lang)
    return [e.node, outcome, reached, _span(e.wait_days), _span(e.safety), _span(e.score), title]


def _table(rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    out = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        out.append(("  " + "  ".join(cells)).rstrip())
    return out


# -- choices --------------------------------------------------------------------------


def _choices(a: Analysis, scenario: Scenario, lang: str) -> list[str]:
    unreachable = {p.id for p in a.unreachable_nodes}
    by_node: dict[str, list[ChoiceResult]] = {}
    for c in a.choices:
        if c.node not in unreachable:
            by_node.setdefault(c.node, []).append(c)
    if not by_node:
        return []
    heading = "choices" if a.complete else "choices_sample"
    out = [tr(STRINGS, heading, lang)]
    for node, choices in by_node.items():
        line = scenario.nodes[node].line
        out.append("  " + tr(STRINGS, "node_heading", lang, node=node, line=line))
        header = ["col.choice", "col.score", "col.wait", "col.safety", "col.leads_to"]
        rows = [[tr(STRINGS, key, lang) for key in header]]
        rows += [_choice_row(c, lang) for c in choices]
        out += ["  " + line for line in _table(rows)]
    return out


def _choice_row(c: ChoiceResult, lang: str) -> list[str]:
    if not c.taken:
        return [c.id, "-", "-", "-", tr(STRINGS, "never_taken", lang)]
    leads = ", ".join(c.endings)
    if c.can_get_stuck:
        leads = ", ".join(filter(None, (leads, tr(STRINGS, "stuck_too", lang))))
    return [c.id, _span(c.score), _span(c.wait_days), _span(c.safety), leads]


# -- giving in and the learning checks -------------------------------------------------


def _giving_in(a: Analysis, scenario: Scenario, lang: str) -> list[str]:
    compared = [g for g in a.giving_in if g.states]
    if not compared:
        return []
    header = ["col.choice", "col.routine", "col.days_cost", "col.safety_cost"]
    rows = [[tr(STRINGS, key, lang) for key in header]]
    for g in compared:
        rows.append([g.choice, g.routine, _span(g.days), _span(g.safety)])
    return [tr(STRINGS, "giving_in", lang), *_table(rows)]


def _learning(a: Analysis, lang: str) -> list[str]:
    if not a.complete:
        return [tr(STRINGS, "learning_sample", lang)]
    if not a.learning:
        return [tr(STRINGS, "no_learning", lang)]
    return [tr(STRINGS, "learning", lang, n=len(a.learning))] + [
        "  " + d.format() for d in a.learning
    ]


# -- problems -------------------------------------------------------------------------


def _problems(a: Analysis, scenario: Scenario, lang: str) -> list[str]:
    found = sorted(_problem_lines(a, scenario, lang))
    if not found:
        return [tr(STRINGS, "no_problems", lang)]
    return [tr(STRINGS, "problems", lang, n=len(found))] + ["  " + text for _, text in found]


def _problem_lines(a: Analysis, scenario: Scenario, lang: str) -> list[tuple[int, str]]:
    """(line, message) pairs; sorted by line they read like the file."""
    suffix = "" if a.complete else "_sample"
    out: list[tuple[int, str]] = []

    def add(line: int, key: str, **values: object) -> None:
        out.append((line, tr(STRINGS, key, lang, where=f"{a.file}:{line}", **values)))

    for p in a.unreachable_nodes:
        add(p.line, "p.unreachable" + suffix, node=p.id)
    for p in a.unavailable_choices:
        add(p.line, "p.unavailable" + suffix, choice=p.id, node=p.node)
    for s in a.stuck:
        values = ", ".join(f"{name} = {_value(v)}" for name, v in s.values.items())
        add(s.line, "p.stuck", node=s.node, values=values, how=_how(a, s.path, lang))
    for c in a.dead_cycles:
        key = "p.loop" if c.without_choice else "p.cycle"
        add(c.line, key, nodes=_names(c.nodes, lang), how=_how(a, c.path, lang))
    client = scenario.characters[scenario.client].name.render(lang)
    for d in a.dominated:
        add(d.line, "p.dominated", node=d.node, choice=d.choice, by=d.by, client=client)
    for f in a.false_dilemmas:
        add(f.line, "p.false_dilemma", node=f.node, endings=_names(f.endings, lang))
    return out


def _value(v: int | bool) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def _names(ids: Sequence[str], lang: str) -> str:
    quoted = [f"'{i}'" for i in ids]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + f" {tr(STRINGS, 'and', lang)} " + quoted[-1]


def _how(a: Analysis, path: list[str], lang: str) -> str:
    if not path:
        return tr(STRINGS, "how_start", lang)
    command = f"doorbraak play {shlex.quote(a.file)} --text --choices {','.join(path)}"
    return tr(STRINGS, "how", lang, command=command)
