"""``graph``: a scenario as a flow chart, in Mermaid or Graphviz DOT (and SVG through ``dot``).

:func:`build_graph` turns a loaded scenario into a small, format-neutral chart
(plain strings, nothing escaped); :func:`render_mermaid` and :func:`render_dot`
escape and lay it out for each format. Output is deterministic: nodes in the
order of the file, edges in the order of their choices and branches.

What the chart shows, and why:
- a node: its id (what ``play --from`` takes), the speaker and a short text;
- a routine node: a hexagon with the routine's label, so a reader sees at a
  glance where the defensive routines are;
- an ending: a rounded box coloured by outcome (good, mixed, bad), with the
  outcome also written out, so the chart works in black and white too;
- an edge: the choice's short text, its effects (``+14 d, −10 veiligheid``),
  ``1×`` for a once-choice and its ``if``; a branch of ``next`` shows its
  ``if`` (or "otherwise");
- the deadline: one note with a dashed arrow to the deadline node. The rule
  applies on every step, but an arrow from every node would bury the chart.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from game.engine.model import SAFETY, WAIT, Choice, Effect, Node, Scenario

FORMATS = ("mermaid", "dot", "svg")
TEXT_WIDTH = 48
CHOICE_WIDTH = 30
LABEL_WIDTH = 40

Kind = Literal["node", "routine", "ending"]
EdgeKind = Literal["next", "branch", "choice"]

# Outcome colours: fill and border. The outcome is written in the label too.
COLORS: Mapping[str, tuple[str, str]] = {
    "good": ("#d8f0d2", "#2e7d32"),
    "mixed": ("#fdebc8", "#b26a00"),
    "bad": ("#f8d3d0", "#c62828"),
    "routine": ("#e9e1f5", "#6b4fa0"),
    "note": ("#f2f2f2", "#777777"),
}

WORDS: Mapping[str, Mapping[str, str]] = {
    "routine": {"nl": "routine: {label}", "en": "routine: {label}"},
    "ending": {"nl": "einde: {title}", "en": "ending: {title}"},
    "good": {"nl": "goed", "en": "good"},
    "mixed": {"nl": "gemengd", "en": "mixed"},
    "bad": {"nl": "slecht", "en": "bad"},
    "breakthrough": {"nl": "doorbraak: {level}", "en": "breakthrough: {level}"},
    "incident": {"nl": "incident", "en": "incident"},
    "policy": {"nl": "beleid", "en": "policy"},
    "system": {"nl": "systeem", "en": "system"},
    "safety": {"nl": "veiligheid", "en": "safety"},
    "days": {"nl": "d", "en": "d"},
    "otherwise": {"nl": "anders", "en": "otherwise"},
    "start": {"nl": "start", "en": "start"},
    "deadline": {
        "nl": "deadline: zodra wait_days ≥ {days}, vanaf elke knoop (één keer)",
        "en": "deadline: as soon as wait_days ≥ {days}, from any node (once)",
    },
}


def word(key: str, lang: str, **values: object) -> str:
    entry = WORDS[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


@dataclass(frozen=True, slots=True)
class ChartNode:
    id: str
    kind: Kind
    lines: tuple[str, ...]
    outcome: str | None = None


@dataclass(frozen=True, slots=True)
class ChartEdge:
    source: str
    target: str
    kind: EdgeKind
    lines: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Chart:
    id: str
    title: str
    start: str
    nodes: tuple[ChartNode, ...]
    edges: tuple[ChartEdge, ...]
    deadline_node: str | None = None
    deadline_note: str = ""


# --- building -------------------------------------------------------------


def build_graph(scenario: Scenario, lang: str | None = None) -> Chart:
    """The chart of ``scenario`` with texts in ``lang`` (default: its first language)."""
    lang = lang or scenario.default_language
    nodes = tuple(_chart_node(scenario, node, lang) for node in scenario.nodes.values())
    edges = tuple(edge for node in scenario.nodes.values() for edge in _edges(scenario, node, lang))
    note = ""
    if scenario.deadline_node is not None:
        note = word("deadline", lang, days=scenario.deadline_days)
    return Chart(
        id=scenario.id,
        title=scenario.title.render(lang),
        start=scenario.start,
        nodes=nodes,
        edges=edges,
        deadline_node=scenario.deadline_node,
        deadline_note=note,
    )


def shorten(text: str, width: int) -> str:
    """One line of at most ``width`` characters, cut at a word where possible, with '…'."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:") + "…"


def _chart_node(scenario: Scenario, node: Node, lang: str) -> ChartNode:
    head = node.id
    if node.speaker is not None:
        head += " · " + scenario.characters[node.speaker].name.render(lang)
    lines = [head]
    kind: Kind = "node"
    if node.routine is not None:
        kind = "routine"
        label = scenario.routines[node.routine].label.render(lang)
        lines.append(word("routine", lang, label=shorten(label, LABEL_WIDTH)))
    lines.append(shorten(node.text.raw(lang), TEXT_WIDTH))
    if node.effects:
        lines.append(effects_text(node.effects, lang))
    outcome = None
    if node.ending is not None:
        kind = "ending"
        outcome = node.ending.outcome
        title = shorten(node.ending.title.render(lang), LABEL_WIDTH)
        lines.append(word("ending", lang, title=title))
        lines.append(_ending_result(node.ending.outcome, node.ending.breakthrough, lang))
    return ChartNode(node.id, kind, tuple(lines), outcome)


def _ending_result(outcome: str, breakthrough: str, lang: str) -> str:
    result = word(outcome, lang)
    if breakthrough != "none":
        result += " · " + word("breakthrough", lang, level=word(breakthrough, lang))
    return result


def _edges(scenario: Scenario, node: Node, lang: str) -> Iterable[ChartEdge]:
    for choice in node.choices or ():
        yield ChartEdge(node.id, choice.goto, "choice", _choice_lines(choice, lang))
    branches = node.next or ()
    if len(branches) == 1 and branches[0].condition is None:
        yield ChartEdge(node.id, branches[0].goto, "next")
        return
    for branch in branches:
        if branch.condition is None:
            condition = word("otherwise", lang)
        else:
            condition = "if " + branch.condition.source
        yield ChartEdge(node.id, branch.goto, "branch", (condition,))


def _choice_lines(choice: Choice, lang: str) -> tuple[str, ...]:
    text = shorten(choice.text.raw(lang), CHOICE_WIDTH) or choice.id
    if choice.once:
        text += " (1×)"
    lines = [text]
    if choice.effects:
        lines.append(effects_text(choice.effects, lang))
    if choice.condition is not None:
        lines.append("if " + choice.condition.source)
    return tuple(lines)


def effects_text(effects: Iterable[Effect], lang: str) -> str:
    """``+14 d, −10 veiligheid, steun = 3, besproken = true``: effects in the written order."""
    return ", ".join(_effect_text(effect, lang) for effect in effects)


def _effect_text(effect: Effect, lang: str) -> str:
    if effect.kind == "flag":
        return f"{effect.target} = {'true' if effect.value else 'false'}"
    name = {WAIT: word("days", lang), SAFETY: word("safety", lang)}.get(
        effect.target, effect.target
    )
    if effect.kind == "set":
        return f"{name} = {effect.value}"
    amount = int(effect.value)
    sign = "+" if amount >= 0 else "−"  # a real minus sign reads better than a hyphen
    return f"{sign}{abs(amount)} {name}"


# --- Mermaid ---------------------------------------------------------------

# Mermaid reads "#name;" and "#123;" as character codes inside labels, so
# every character that could close a label or start markup is written so.
_MERMAID_CODES = {
    "#": "#35;",
    '"': "#quot;",
    "<": "#lt;",
    ">": "#gt;",
    "&": "#amp;",
    "|": "#124;",
    "`": "#96;",
    "%": "#37;",  # '%%' starts a Mermaid comment
}
_MERMAID_TABLE = str.maketrans(_MERMAID_CODES)


def mermaid_escape(text: str) -> str:
    return " ".join(text.split()).translate(_MERMAID_TABLE)


def _mermaid_label(lines: Iterable[str]) -> str:
    return '"' + "<br/>".join(mermaid_escape(line) for line in lines) + '"'


def _mermaid_id(node_id: str) -> str:
    # A prefix keeps ids like 'end', 'graph' or 'class' from being read as keywords.
    return "n_" + node_id


_MERMAID_SHAPES = {"node": ("[", "]"), "routine": ("{{", "}}"), "ending": ("([", "])")}


def render_mermaid(chart: Chart) -> str:
    out = [
        "---",
        f"title: {_yaml_quoted(chart.title)}",
        "---",
        f"%% {chart.id}: made by `doorbraak graph`",
        "flowchart TD",
        f'  p_start(("{mermaid_escape(word("start", "en"))}")) --> {_mermaid_id(chart.start)}',
    ]
    for node in chart.nodes:
        open_, close = _MERMAID_SHAPES[node.kind]
        out.append(f"  {_mermaid_id(node.id)}{open_}{_mermaid_label(node.lines)}{close}")
    for edge in chart.edges:
        source, target = _mermaid_id(edge.source), _mermaid_id(edge.target)
        label = f"|{_mermaid_label(edge.lines)}|" if edge.lines else ""
        out.append(f"  {source} -->{label} {target}")
    if chart.deadline_node is not None:
        note = _mermaid_label([chart.deadline_note])
        out.append(f"  p_deadline>{note}] -.-> {_mermaid_id(chart.deadline_node)}")
    out += _mermaid_classes(chart)
    return "\n".join(out) + "\n"


def _mermaid_classes(chart: Chart) -> list[str]:
    groups: dict[str, list[str]] = {"routine": [], "good": [], "mixed": [], "bad": []}
    for node in chart.nodes:
        key = node.outcome if node.kind == "ending" else node.kind
        if key in groups:
            groups[key].append(_mermaid_id(node.id))
    lines = []
    for name, (fill, stroke) in COLORS.items():
        lines.append(f"  classDef {name} fill:{fill},stroke:{stroke},stroke-width:2px")
    for name, members in groups.items():
        if members:
            lines.append(f"  class {','.join(members)} {name}")
    if chart.deadline_node is not None:
        lines.append("  class p_deadline note")
    return lines


def _yaml_quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + " ".join(escaped.split()) + '"'


# --- DOT -------------------------------------------------------------------


def dot_escape(text: str) -> str:
    """A DOT double-quoted string's content: backslash and quote escaped, entities kept literal.

    Graphviz turns ``&amp;``-style entities in any label into characters, so a
    literal ``&`` is written as ``&amp;``; a backslash would start an escape
    such as ``\\n`` or ``\\N`` (the node's name).
    """
    flat = " ".join(text.split())
    return flat.replace("\\", "\\\\").replace('"', '\\"').replace("&", "&amp;")


def _dot_label(lines: Iterable[str]) -> str:
    return '"' + "\\n".join(dot_escape(line) for line in lines) + '"'


def _dot_id(node_id: str) -> str:
    return f'"{node_id}"'


_FONT = 'fontname="Helvetica"'


def render_dot(chart: Chart) -> str:
    out = [
        f"// {chart.id}: made by `doorbraak graph`",
        f"digraph {_dot_id(chart.id)} {{",
        f"  graph [rankdir=TB, {_FONT}, labelloc=t, label={_dot_label([chart.title])}];",
        f'  node [shape=box, style="rounded,filled", fillcolor="#ffffff", {_FONT}, fontsize=10];',
        f"  edge [{_FONT}, fontsize=9];",
        f'  "__start" [label="{dot_escape(word("start", "en"))}", shape=circle, '
        f'style=filled, fillcolor="#333333", fontcolor="#ffffff"];',
        f'  "__start" -> {_dot_id(chart.start)};',
    ]
    out += [f"  {_dot_id(node.id)} [{_dot_node_attrs(node)}];" for node in chart.nodes]
    for edge in chart.edges:
        attrs = f" [label={_dot_label(edge.lines)}]" if edge.lines else ""
        out.append(f"  {_dot_id(edge.source)} -> {_dot_id(edge.target)}{attrs};")
    if chart.deadline_node is not None:
        fill, stroke = COLORS["note"]
        out.append(
            f'  "__deadline" [shape=note, style="filled,dashed", fillcolor="{fill}", '
            f'color="{stroke}", label={_dot_label([chart.deadline_note])}];'
        )
        out.append(f'  "__deadline" -> {_dot_id(chart.deadline_node)} [style=dashed];')
    endings = [_dot_id(node.id) for node in chart.nodes if node.kind == "ending"]
    if endings:
        out.append(f"  {{ rank=sink; {'; '.join(endings)}; }}")
    out.append("}")
    return "\n".join(out) + "\n"


def _dot_node_attrs(node: ChartNode) -> str:
    attrs = [f"label={_dot_label(node.lines)}"]
    if node.kind == "routine":
        fill, stroke = COLORS["routine"]
        attrs += ["shape=hexagon", 'style="filled"', f'fillcolor="{fill}"', f'color="{stroke}"']
    elif node.kind == "ending" and node.outcome is not None:
        fill, stroke = COLORS[node.outcome]
        attrs += ['style="rounded,filled,bold"', f'fillcolor="{fill}"', f'color="{stroke}"']
    return ", ".join(attrs)


# --- SVG -------------------------------------------------------------------


class GraphvizMissing(Exception):
    """Graphviz's ``dot`` program is not installed (or not on PATH)."""


class GraphvizFailed(Exception):
    """``dot`` ran but did not produce an SVG."""


GRAPHVIZ_HELP = (
    "--format svg needs Graphviz's 'dot' program, which was not found. Install Graphviz "
    "(Debian/Ubuntu: sudo apt-get install graphviz; macOS: brew install graphviz; "
    "Windows and others: https://graphviz.org/download/), or use --format dot or "
    "--format mermaid, which need nothing installed."
)


def render_svg(dot_source: str, timeout: float = 60.0) -> bytes:
    """Run ``dot -Tsvg`` on ``dot_source``; raises GraphvizMissing or GraphvizFailed."""
    program = shutil.which("dot")
    if program is None:
        raise GraphvizMissing(GRAPHVIZ_HELP)
    try:
        done = subprocess.run(
            [program, "-Tsvg"],
            input=dot_source.encode("utf-8"),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        raise GraphvizFailed(f"could not run '{program}': {err}") from err
    if done.returncode != 0 or not done.stdout:
        message = done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
        raise GraphvizFailed(f"'{program}' failed: {message}")
    return done.stdout


def format_from_suffix(filename: str) -> str | None:
    """The format an output file name asks for (``.mmd``, ``.dot``/``.gv``, ``.svg``)."""
    match = re.search(r"\.([A-Za-z]+)$", filename)
    suffix = match.group(1).lower() if match else ""
    return {"mmd": "mermaid", "mermaid": "mermaid", "dot": "dot", "gv": "dot", "svg": "svg"}.get(
        suffix
    )
