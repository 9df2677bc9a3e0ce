"""`graph`: flow charts in Mermaid and DOT (snapshots), escaping, and the SVG path.

Re-record the snapshots after an intended change with
``DOORBRAAK_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_authoring_graph.py``
and review the diff.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import stat
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.authoring import graph
from game.authoring.graph import (
    build_graph,
    dot_escape,
    effects_text,
    mermaid_escape,
    render_dot,
    render_mermaid,
    shorten,
)
from game.cli import main
from game.engine.model import Effect, Scenario
from game.paths import SCENARIOS_DIR
from game.scenario.loader import load_file

HERE = Path(__file__).parent / "authoring"
SNAPSHOTS = HERE / "snapshots"
SMALL = HERE / "graph_small.yaml"
NASTY = HERE / "graph_nasty.yaml"
UPDATE = os.environ.get("DOORBRAAK_UPDATE_SNAPSHOTS") == "1"


def _load(path: Path) -> Scenario:
    result = load_file(path)
    assert result.ok, [d.format() for d in result.diagnostics]
    assert result.scenario is not None
    return result.scenario


def _graph_cli(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> tuple[int, str]:
    code = main(["graph", *args])
    return code, capsysbinary.readouterr().out.decode("utf-8")


@pytest.mark.parametrize(
    ("fmt", "lang", "suffix"),
    [
        ("mermaid", "nl", "mmd"),
        ("dot", "nl", "dot"),
        ("mermaid", "en", "mmd"),
        ("dot", "en", "dot"),
    ],
)
def test_snapshot(
    capsysbinary: pytest.CaptureFixture[bytes], fmt: str, lang: str, suffix: str
) -> None:
    code, out = _graph_cli(capsysbinary, str(SMALL), "--format", fmt, "--lang", lang)
    assert code == 0
    snapshot = SNAPSHOTS / f"graph_small.{lang}.{suffix}"
    if UPDATE:
        snapshot.write_text(out, encoding="utf-8")
    assert out == snapshot.read_text(encoding="utf-8")


def test_output_is_deterministic(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    for fmt in ("mermaid", "dot"):
        first = _graph_cli(capsysbinary, "voorbeeld", "--format", fmt)
        second = _graph_cli(capsysbinary, "voorbeeld", "--format", fmt)
        assert first == second
        assert first[0] == 0


def test_chart_marks_routines_endings_and_start() -> None:
    chart = build_graph(_load(SMALL), "nl")
    kinds = {node.id: node.kind for node in chart.nodes}
    assert kinds == {
        "balie": "routine",
        "besluit": "node",
        "te_laat": "node",
        "ja": "ending",
        "half": "ending",
        "nee": "ending",
    }
    outcomes = {node.id: node.outcome for node in chart.nodes if node.kind == "ending"}
    assert outcomes == {"ja": "good", "half": "mixed", "nee": "bad"}
    balie = chart.nodes[0]
    assert balie.lines[0] == "balie · Joost"
    assert balie.lines[1].startswith("routine: Je moet niet bij mij zijn")
    assert chart.start == "balie"


def test_edges_carry_choice_effects_once_and_conditions() -> None:
    chart = build_graph(_load(SMALL), "nl")
    labels = {(e.source, e.target): e.lines for e in chart.edges}
    assert labels[("balie", "balie")] == (
        "Ik bel de corporatie (1×)",
        "+3 d, gebeld = true, +1 steun",
    )
    assert labels[("balie", "besluit")] == (
        "Wij lossen het samen op",
        "−10 veiligheid, steun = 3",
        "if steun >= 1",
    )
    assert labels[("besluit", "ja")] == ("if gebeld and wait_days < 10",)
    assert labels[("besluit", "half")] == ("anders",)
    assert labels[("te_laat", "nee")] == ()


def test_deadline_is_one_note_not_an_edge_per_node() -> None:
    chart = build_graph(_load(SMALL), "en")
    mermaid = render_mermaid(chart)
    dot = render_dot(chart)
    assert mermaid.count("-.->") == 1
    assert "p_deadline" in mermaid
    assert "as soon as wait_days ≥ 20" in mermaid
    assert dot.count("style=dashed]") == 1
    assert sum(1 for e in chart.edges if e.target == "te_laat") == 0


def test_scenario_without_deadline_node_has_no_note() -> None:
    chart = build_graph(_load(NASTY))
    assert chart.deadline_node is None
    assert "deadline" not in render_mermaid(chart)
    assert "__deadline" not in render_dot(chart)


def test_effects_text_uses_short_names_and_a_real_minus() -> None:
    effects = [
        Effect("wait_days", "add", 14),
        Effect("safety", "add", -10),
        Effect("steun", "set", 3),
        Effect("besproken", "flag", True),
    ]
    assert effects_text(effects, "nl") == "+14 d, −10 veiligheid, steun = 3, besproken = true"
    assert effects_text(effects, "en") == "+14 d, −10 safety, steun = 3, besproken = true"


def test_shorten_cuts_at_a_word_and_marks_the_cut() -> None:
    assert shorten("kort", 10) == "kort"
    assert shorten("een  tekst\nover twee regels", 100) == "een tekst over twee regels"
    cut = shorten("Ze voldoet niet aan de criteria. Zwanger zijn is geen reden.", 30)
    assert cut == "Ze voldoet niet aan de…"
    assert len(cut) <= 30


# --- escaping ----------------------------------------------------------------

_MERMAID_DECODE = {"quot": '"', "lt": "<", "gt": ">", "amp": "&"}


def _mermaid_decode(label: str) -> list[str]:
    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        return chr(int(code)) if code.isdigit() else _MERMAID_DECODE[code]

    return [re.sub(r"#(\w+);", one, part) for part in label.split("<br/>")]


def _dot_strings(source: str) -> list[str]:
    """Every double-quoted string in a DOT text, decoded; fails on an unterminated one."""
    found = re.findall(r'"((?:[^"\\]|\\.)*)"', source)
    rest = re.sub(r'"((?:[^"\\]|\\.)*)"', "", source)
    assert '"' not in rest, "an unbalanced quote in the DOT output"
    return [re.sub(r"\\(.)", r"\1", s).replace("&amp;", "&") for s in found]


def _mermaid_labels(source: str) -> list[str]:
    return re.findall(r'"([^"]*)"', source.split("flowchart TD", 1)[1])


def test_nasty_texts_survive_both_formats() -> None:
    chart = build_graph(_load(NASTY))
    mermaid = render_mermaid(chart)
    decoded = [line for label in _mermaid_labels(mermaid) for line in _mermaid_decode(label)]
    dot_lines = [
        line for s in _dot_strings(render_dot(chart)) for line in re.split(r"(?<!\\)\\n", s)
    ]
    for node in chart.nodes:
        for line in node.lines:
            assert line in decoded
    for edge in chart.edges:
        for line in edge.lines:
            assert line in decoded
    assert 'He said "no" | [brackets] (parens) {{braces}}…' in decoded
    assert 'a\\b\\"c' in [e.lines[0] for e in chart.edges if e.lines]
    assert any('"S" [de] <cliënt>' in s for s in _dot_strings(render_dot(chart)))
    assert dot_lines


def test_mermaid_ids_never_clash_with_keywords() -> None:
    mermaid = render_mermaid(build_graph(_load(NASTY)))
    body = mermaid.split("flowchart TD", 1)[1]
    outside_labels = re.sub(r'"[^"]*"', '""', body)
    for keyword in ("end", "graph", "class", "style", "o", "x"):
        assert f"n_{keyword}" in outside_labels
        assert not re.search(rf"(?<![\w#]){keyword}\[", outside_labels)
    assert "n_x -->" in outside_labels


@given(st.text(max_size=60))
def test_mermaid_escape_round_trips_and_leaves_no_markup(text: str) -> None:
    escaped = mermaid_escape(text)
    assert not set(escaped) & set('"<>|`%&')
    assert _mermaid_decode(escaped) == [" ".join(text.split())]


@given(st.text(max_size=60))
def test_dot_escape_round_trips(text: str) -> None:
    escaped = dot_escape(text)
    assert _dot_strings(f'"{escaped}"') == [" ".join(text.split())]


# --- command line --------------------------------------------------------------


def test_every_shipped_scenario_draws(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    for path in sorted(SCENARIOS_DIR.glob("*.yaml")):
        for fmt in ("mermaid", "dot"):
            code, out = _graph_cli(capsysbinary, str(path), "--format", fmt)
            assert code == 0, path
            assert out.strip()


def test_output_file_and_format_from_its_extension(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    target = tmp_path / "chart.dot"
    code, out = _graph_cli(capsysbinary, str(SMALL), "-o", str(target))
    assert code == 0
    assert out == ""
    assert target.read_text(encoding="utf-8").startswith("// graph_small")
    mmd = tmp_path / "chart.mmd"
    assert main(["graph", str(SMALL), "-o", str(mmd)]) == 0
    assert "flowchart TD" in mmd.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no_such_scenario"], "no scenario file or id"),
        ([str(SMALL), "--lang", "de"], "has no language 'de'"),
        ([str(SMALL), "-o", "/nonexistent/dir/x.mmd"], "cannot write"),
    ],
)
def test_input_problems_exit_2(
    capsysbinary: pytest.CaptureFixture[bytes], args: list[str], message: str
) -> None:
    assert main(["graph", *args]) == 2
    err = capsysbinary.readouterr().err.decode("utf-8")
    assert message in err
    assert "Traceback" not in err


def test_scenario_with_errors_exits_2(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    broken = tmp_path / "kapot.yaml"
    broken.write_text("format: 1\nid: kapot\n", encoding="utf-8")
    assert main(["graph", str(broken)]) == 2
    assert "has errors" in capsysbinary.readouterr().err.decode("utf-8")


# --- SVG ----------------------------------------------------------------------


def test_svg_without_graphviz_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setattr(graph.shutil, "which", lambda name: None)
    target = tmp_path / "chart.svg"
    assert main(["graph", str(SMALL), "-o", str(target)]) == 2
    err = capsysbinary.readouterr().err.decode("utf-8")
    assert "apt-get install graphviz" in err
    assert "graphviz.org" in err
    assert "--format dot" in err
    assert not target.exists()


def _fake_dot(tmp_path: Path, body: str) -> str:
    script = tmp_path / "dot"
    script.write_text(f"#!{sys.executable}\nimport sys\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def test_svg_passes_the_dot_text_to_graphviz(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    # A stand-in for Graphviz: wraps what it reads, so the test sees what dot would get.
    fake = _fake_dot(
        tmp_path,
        "assert sys.argv[1:] == ['-Tsvg']\n"
        "data = sys.stdin.buffer.read()\n"
        "sys.stdout.buffer.write(b'<svg>' + data + b'</svg>')",
    )
    monkeypatch.setattr(graph.shutil, "which", lambda name: fake)
    code, out = _graph_cli(capsysbinary, str(SMALL), "--format", "svg")
    assert code == 0
    assert out == "<svg>" + render_dot(build_graph(_load(SMALL))) + "</svg>"


def test_svg_reports_a_graphviz_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    fake = _fake_dot(tmp_path, "sys.stderr.write('syntax error in line 3')\nsys.exit(1)")
    monkeypatch.setattr(graph.shutil, "which", lambda name: fake)
    assert main(["graph", str(SMALL), "--format", "svg"]) == 2
    assert "syntax error in line 3" in capsysbinary.readouterr().err.decode("utf-8")


def test_svg_with_the_real_graphviz(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """Runs Graphviz when it is installed (.ci/run installs it); otherwise checks the message.

    With Graphviz, every text of the nasty fixture must come out of dot as written:
    that proves the DOT escaping against the real parser.
    """
    target = tmp_path / "chart.svg"
    code = main(["graph", str(NASTY), "-o", str(target)])
    if shutil.which("dot") is None:
        assert code == 2
        assert "apt-get install graphviz" in capsysbinary.readouterr().err.decode("utf-8")
        return
    assert code == 0
    svg = target.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") or "<svg" in svg
    texts = {html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)}
    chart = build_graph(_load(NASTY))
    expected = {line for node in chart.nodes for line in node.lines}
    expected |= {line for edge in chart.edges for line in edge.lines}
    assert expected <= texts
