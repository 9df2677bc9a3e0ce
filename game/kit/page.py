"""The trainer's kit as one HTML file that prints on A4: plans, route cards, a handout.

Made from the cases themselves (``routes``), the built-in routines and the
glossary, so it never drifts from the game. The same page style as the
trainers' report (``game.trainer.page``): no scripts, no network, the
game's font embedded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from game import __version__
from game.engine import builtins, glossary, reflection
from game.engine.model import Scenario
from game.i18n import SHARED, tr
from game.kit.routes import Routes, RoutineStop, routes
from game.kit.strings import t
from game.trainer.htmlkit import Html, tag
from game.trainer.page import document
from game.trainer.sections import neutral

EASY_TO_MISS = 25  # percent of random rounds: below this a route card flags the routine
SHORT_WORDS = 7  # words of a choice's text shown in a way


@dataclass(frozen=True, slots=True)
class Block:
    minutes: int
    title: str
    do: str


KIT_CSS = """
section.case, section.routes, section.handout, section.use { break-before: page; }
section.use { break-before: auto; }
table.plan td:first-child { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.plan td { font-size: 13px; }
.card { border: 1px solid var(--edge); border-radius: 8px; padding: 8px 12px; margin: 8px 0;
  background: var(--panel); break-inside: avoid; }
.card h4 { margin: 0 0 2px; font-size: 14px; }
.card p { margin: 2px 0; font-size: 12.5px; }
.way { font-size: 12px; color: var(--soft); }
.chip.miss { background: #F8EBD8; color: var(--mixed); }
ol.moments li { margin: 0 0 5px; font-size: 13px; }
.routine { border-bottom: 1px solid var(--edge); padding: 6px 0; break-inside: avoid; }
.routine h4 { margin: 0 0 2px; }
.routine p { margin: 0 0 3px; font-size: 13px; }
.routine ul { margin: 2px 0 0; padding-left: 18px; font-size: 13px; }
dl.glossary { columns: 2; column-gap: 24px; font-size: 12px; }
dl.glossary div { break-inside: avoid; margin: 0 0 6px; }
dl.glossary dt { font-weight: 700; }
dl.glossary dd { margin: 0; color: var(--soft); }
table.moves td { font-size: 12.5px; }
.keep { break-inside: avoid; }
@media print {
  body { font-size: 9.5pt; }
  section.case, section.routes, section.handout { break-before: page; }
  .card, .routine, .keep { break-inside: avoid; }
  h3 { margin: 14px 0 4px; }
  table.plan td { padding: 4px 8px; }
  ol.moments li { margin: 0 0 3px; }
  dl.glossary { font-size: 8.5pt; }
}
"""


def kit_html(scenarios: Sequence[Scenario], lang: str) -> str:
    """The whole kit: how to use it, then per case a plan and route cards, then the handout."""
    cases = [(s, routes(s)) for s in scenarios]
    names = ", ".join(s.title.render(lang) for s in scenarios)
    parts: list[object] = [
        tag(
            "header",
            [
                tag("div", t("brand", lang), class_="brand"),
                tag("h1", t("title", lang)),
                tag("p", t("made", lang, version=__version__, cases=names), class_="meta"),
            ],
            class_="doc",
        ),
        use_section(cases, lang),
    ]
    for scenario, found in cases:
        parts.append(plan_section(scenario, found, lang))
        parts.append(routes_section(scenario, found, lang))
    parts.append(handout_section(lang))
    parts.append(tag("footer", t("footer", lang), class_="doc"))
    html = document(t("title", lang), lang, Html("".join(str(p) for p in parts)))
    return html.replace("</style>", KIT_CSS + "</style>", 1)


# -- how to use -----------------------------------------------------------------------------


def use_section(cases: list[tuple[Scenario, Routes]], lang: str) -> Html:
    items = [tag("li", t(f"use_{i}", lang)) for i in range(1, 6)]
    toc = [tag("li", f"{s.title.render(lang)}: {plan_minutes(r)} min") for s, r in cases] + [
        tag("li", t("kicker_handout", lang))
    ]
    return tag(
        "section",
        [
            tag("h2", t("h_use", lang)),
            tag("p", t("use_lead", lang), class_="lead"),
            tag("ol", items),
            tag("p", [tag("b", f"{t('toc', lang)}: ")]),
            tag("ol", toc),
            tag("p", t("print_note", lang), class_="note"),
            tag("p", t("print_command", lang), class_="note"),
        ],
        class_="use",
    )


# -- the lesson plan ------------------------------------------------------------------------


def typical(found: Routes) -> tuple[int, int, int]:
    """Fewest, usual (median) and most choices in a round, from the random rounds."""
    rounds = sorted(found.decisions) or [0]
    return rounds[0], rounds[len(rounds) // 2], rounds[-1]


def plan_minutes(found: Routes) -> int:
    """Two hours for a long case or a short practice case (played three times); an hour and a
    half for a case of a handful of choices (intervisie)."""
    usual = typical(found)[1]
    return 90 if 4 < usual <= 8 else 120


def plan(scenario: Scenario, found: Routes, lang: str) -> list[Block]:
    client = scenario.characters[scenario.client].name.render(lang)
    practice = typical(found)[1] <= 4
    play = t("b_play_practice" if practice else "b_play_do", lang)
    if plan_minutes(found) == 90:
        return [
            Block(5, t("b_open", lang), t("b_open_do", lang)),
            Block(5, t("b_case", lang), t("b_case_do", lang, client=client)),
            Block(35, t("b_play", lang), play),
            Block(25, t("b_debrief", lang), t("b_debrief_do", lang)),
            Block(15, t("b_own", lang), t("b_own_do", lang)),
            Block(5, t("b_close", lang), t("b_close_do", lang)),
        ]
    return [
        Block(10, t("b_open", lang), t("b_open_do", lang)),
        Block(5, t("b_case", lang), t("b_case_do", lang, client=client)),
        Block(50, t("b_play", lang), play),
        Block(10, t("b_break", lang), t("b_break_do", lang)),
        Block(25, t("b_debrief", lang), t("b_debrief_do", lang)),
        Block(15, t("b_own", lang), t("b_own_do", lang)),
        Block(5, t("b_close", lang), t("b_close_do", lang)),
    ]


def plan_section(scenario: Scenario, found: Routes, lang: str) -> Html:
    low, usual, high = typical(found)
    minutes = plan_minutes(found)
    rows, start = [], 0
    for block in plan(scenario, found, lang):
        when = f"{_clock(start)}–{_clock(start + block.minutes)}"
        rows.append(tag("tr", [tag("td", when), tag("td", tag("b", block.title)),
                               tag("td", block.do)]))  # fmt: skip
        start += block.minutes
    head = tag("tr", [tag("th", t(k, lang)) for k in ("col_time", "col_block", "col_do")])
    widths = tag("colgroup", [Html('<col style="width:13%">'), Html('<col style="width:17%">'),
                              Html('<col style="width:70%">')])  # fmt: skip
    parts: list[object] = [
        tag("span", t("kicker_plan", lang), class_="kicker"),
        tag("h2", scenario.title.render(lang), id=f"plan-{scenario.id}"),
    ]
    if scenario.summary is not None:
        parts.append(tag("p", scenario.summary.render(lang), class_="lead"))
    parts += [
        tag("p", t("plan_facts", lang, minutes=minutes, players=4), class_="note"),
        tag("p", t("plan_case", lang, low=low, high=high, typical=usual), class_="note"),
        tag("table", [widths, tag("thead", head), tag("tbody", rows)], class_="plan fixed"),
    ]
    parts += moments_block(scenario, lang)
    parts += questions_block(scenario, lang)
    best = best_ending(scenario, found)
    if best is not None:
        ending = scenario.nodes[best].ending
        assert ending is not None
        short = t("short_route", lang, ending=ending.title.render(lang), n=len(found.endings[best]))
        parts.append(tag("p", short, class_="note"))
    return tag("section", parts, class_="case")


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def moments_block(scenario: Scenario, lang: str) -> list[Html]:
    items = []
    for node in scenario.nodes.values():
        if node.discuss is None:
            continue
        who = scenario.characters.get(node.speaker or "")
        label = scenario.routines.get(node.routine or "")
        head = ", ".join(
            x for x in (who.name.render(lang) if who else "",
                        f"'{label.label.render(lang)}'" if label else "") if x
        )  # fmt: skip
        text = neutral(node.discuss, lang)
        items.append(tag("li", [tag("b", f"{head}: ") if head else "", text]))
    if not items:
        return []
    return [
        tag("h3", t("h_moments", lang)),
        tag("p", t("moments_lead", lang), class_="note"),
        tag("ol", items, class_="moments"),
    ]


def questions_block(scenario: Scenario, lang: str) -> list[Html]:
    """The group's questions; the personal ones are on the handout and the ending screen,
    unless the case has its own."""
    group = [tag("li", q.render(lang)) for q in reflection.GROUP]
    parts: list[object] = [tag("h3", t("h_group", lang)), tag("ul", group, class_="moves")]
    if scenario.reflection != reflection.PERSONAL:
        personal = [tag("li", q.render(lang)) for q in scenario.reflection]
        parts += [tag("h3", t("h_personal", lang)), tag("ul", personal, class_="moves")]
    else:
        parts.append(tag("p", t("personal_on_handout", lang), class_="note"))
    return [tag("div", parts, class_="keep")]


def best_ending(scenario: Scenario, found: Routes) -> str | None:
    """The ending at the deepest level with a good outcome that the search reached."""
    levels = ("none", "incident", "policy", "system")
    reached = [
        n
        for n in found.endings
        if (e := scenario.nodes[n].ending) is not None and e.outcome == "good"
    ]
    if not reached:
        return None
    return max(reached, key=lambda n: levels.index(scenario.nodes[n].ending.breakthrough))  # type: ignore[union-attr]


# -- the route cards ------------------------------------------------------------------------


def routes_section(scenario: Scenario, found: Routes, lang: str) -> Html:
    parts: list[object] = [
        tag("span", t("kicker_routes", lang), class_="kicker"),
        tag("h2", scenario.title.render(lang), id=f"routes-{scenario.id}"),
        tag("p", t("routes_lead", lang), class_="lead"),
    ]
    parts += [route_card(scenario, found, stop, lang) for stop in found.stops]
    parts += endings_table(scenario, found, lang)
    return tag("section", parts, class_="routes")


def route_card(scenario: Scenario, found: Routes, stop: RoutineStop, lang: str) -> Html:
    label = scenario.routines[stop.routine].label.render(lang)
    heading: list[object] = [label]
    share = found.share(stop)
    if share < EASY_TO_MISS:
        heading += [" ", tag("span", t("easy_to_miss", lang), class_="chip miss")]
    who = scenario.characters.get(stop.speaker or "")
    said = ""
    if who is not None:
        title = who.title.render(lang) if who.title else ""
        said = t("said_by", lang, who=who.name.render(lang) + (f" ({title})" if title else ""))
    parts: list[object] = [tag("h4", heading), tag("p", said, class_="note")]
    leads = [_short(scenario, c, lang) for c in stop.leads_in]
    if leads:
        parts.append(tag("p", [tag("b", f"{t('leads_in', lang)}: "), "; ".join(leads)]))
    if stop.path is None:
        parts.append(tag("p", t("no_way", lang), class_="way"))
    else:
        way = " → ".join(_short(scenario, c, lang) for c in stop.path) or t("way_start", lang)
        parts.append(
            tag("p", [tag("b", f"{t('way', lang, n=len(stop.path))}: "), way], class_="way")
        )
    parts.append(tag("p", t("chance", lang, pct=share, n=found.playthroughs), class_="note"))
    return tag("div", parts, class_="card")


def _short(scenario: Scenario, choice_id: str, lang: str) -> str:
    """The first words of a choice's text: enough to find it on the screen."""
    choice = scenario.choice(choice_id)
    if choice is None:
        return choice_id
    words = neutral(choice.text, lang).strip("'\"‘’“” ").split()
    text = " ".join(words[:SHORT_WORDS])
    return text + ("…" if len(words) > SHORT_WORDS else "")


def endings_table(scenario: Scenario, found: Routes, lang: str) -> list[Html]:
    rows = []
    for node in scenario.nodes.values():
        ending = node.ending
        if ending is None:
            continue
        path = found.endings.get(node.id)
        outcome = tr(SHARED, f"outcome.{ending.outcome}", lang)
        level = tr(SHARED, f"breakthrough.{ending.breakthrough}", lang)
        cells = [
            tag("td", tag("b", ending.title.render(lang))),
            tag("td", f"{outcome}, {level}"),
            tag("td", "–" if path is None else str(len(path)), class_="num"),
        ]
        rows.append(tag("tr", cells))
    head = tag("tr", [tag("th", t("col_ending", lang)), tag("th", t("col_outcome", lang)),
                      tag("th", t("col_choices", lang), class_="num")])  # fmt: skip
    table = tag("table", [tag("thead", head), tag("tbody", rows)])
    return [tag("div", [tag("h3", t("h_endings", lang)), table], class_="keep")]


# -- the handout ----------------------------------------------------------------------------


def handout_section(lang: str) -> Html:
    parts: list[object] = [
        tag("span", t("kicker_handout", lang), class_="kicker"),
        tag("h2", t("h_handout", lang), id="handout"),
        tag("p", t("handout_lead", lang), class_="lead"),
    ]
    for routine in builtins.BUILTIN_ROUTINES.values():
        moves = [tag("li", m.render(lang)) for m in routine.counter_moves]
        parts.append(
            tag(
                "div",
                [
                    tag("h4", f"'{routine.label.render(lang)}'"),
                    tag("p", routine.explanation.render(lang) if routine.explanation else ""),
                    tag("p", tag("b", t("what_helps", lang))),
                    tag("ul", moves),
                ],
                class_="routine",
            )
        )
    parts += [
        tag("h3", t("h_model2", lang)),
        tag("p", t("model2", lang)),
        tag("h3", t("h_levels", lang)),
        tag("ul", [tag("li", t(f"level_{k}", lang)) for k in ("incident", "policy", "system")]),
        tag("h3", t("h_moves", lang)),
        tag("p", t("moves_lead", lang), class_="note"),
        responses_table(lang),
        tag("h3", t("h_personal", lang)),
        tag("ol", [tag("li", q.render(lang)) for q in reflection.PERSONAL]),
        tag("h3", t("h_glossary", lang), id="glossary"),
        tag("p", t("glossary_lead", lang), class_="note"),
        tag(
            "dl",
            [
                tag(
                    "div", [tag("dt", term.term.render(lang)), tag("dd", term.meaning.render(lang))]
                )
                for term in glossary.everything(lang)
            ],
            class_="glossary",
        ),
    ]
    return tag("section", parts, class_="handout")


def responses_table(lang: str) -> Html:
    rows = [
        tag("tr", [tag("td", tag("b", r.label.render(lang))),
                   tag("td", r.explanation.render(lang) if r.explanation else "")])
        for r in builtins.BUILTIN_RESPONSES.values()
    ]  # fmt: skip
    widths = tag("colgroup", [Html('<col style="width:28%">'), Html('<col style="width:72%">')])
    return tag("table", [widths, tag("tbody", rows)], class_="moves fixed")
