"""The trainer's kit: lesson plans, route cards derived from the cases, a handout; docs and A4.

The route cards must be true of the cases: every way a card shows is played
with the engine and must arrive where the card says. The printed kit is
checked as PDF pages from headless Chromium (A4, fonts embedded, nothing
outside the page) and written as PNG pages to out/kit/ for a person to look
at. Chromium and poppler-utils (pdftoppm, pdffonts, pdftotext) come from
Debian (.ci/run installs them).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game.engine import Engine, builtins, reflection
from game.engine.glossary import BUILTIN_GLOSSARY
from game.engine.model import Scenario
from game.engine.state import SessionState
from game.kit import __main__ as kit_docs
from game.kit.page import kit_html, plan, plan_minutes
from game.kit.routes import Routes, routes
from game.paths import SOURCE_DIR
from game.trainer.htmlkit import esc

MAIN = str(SOURCE_DIR / "main.py")
OUT = SOURCE_DIR / "out" / "kit"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
A4 = (595.0, 842.0)  # points


@pytest.fixture(scope="module")
def cases() -> list[tuple[Scenario, Routes]]:
    return [(scenario, routes(scenario)) for scenario in kit_docs.shipped()]


def _to_choice(engine: Engine, state: SessionState) -> SessionState:
    while engine.can_advance(state):
        state = engine.advance(state).state
    return state


def _play(scenario: Scenario, path: list[str]) -> SessionState:
    engine = Engine(scenario)
    state = _to_choice(engine, engine.start().state)
    for choice in path:
        state = _to_choice(engine, engine.choose(state, choice).state)
    return state


def test_every_shipped_case_is_in_the_kit(cases: list[tuple[Scenario, Routes]]) -> None:
    assert [s.id for s, _ in cases] == ["sanne", "intervisie", "familie_visser", "voorbeeld"]


def test_each_route_card_way_really_leads_to_its_routine(
    cases: list[tuple[Scenario, Routes]],
) -> None:
    for scenario, found in cases:
        assert found.stops, scenario.id
        for stop in found.stops:
            assert stop.path is not None, f"{scenario.id}: no way to {stop.moment}"
            state = _play(scenario, stop.path)
            assert state.node == stop.moment, (scenario.id, stop.moment, stop.path)
            assert scenario.nodes[stop.node].routine == stop.routine
            for choice_id in stop.leads_in:
                assert scenario.choice(choice_id) is not None


def test_each_ending_way_really_ends_there(cases: list[tuple[Scenario, Routes]]) -> None:
    for scenario, found in cases:
        endings = {n for n, node in scenario.nodes.items() if node.ending is not None}
        assert set(found.endings) == endings, scenario.id  # every ending has a way
        for ending, path in found.endings.items():
            assert _play(scenario, path).node == ending, (scenario.id, ending)


def test_a_routine_easy_to_miss_is_flagged(cases: list[tuple[Scenario, Routes]]) -> None:
    """Karin's 'pak je ruimte' is on a narrow branch (the content review): the card says so."""
    sanne = next(found for scenario, found in cases if scenario.id == "sanne")
    karin = next(stop for stop in sanne.stops if stop.moment == "karin_ruimte")
    assert sanne.share(karin) < 25
    intake_routines = [s for s in sanne.stops if s.moment == "team_ruud"]
    assert intake_routines and sanne.share(intake_routines[0]) == 100  # every route meets Ruud


def test_the_lesson_plans_fill_two_hours_and_ninety_minutes_for_intervisie(
    cases: list[tuple[Scenario, Routes]],
) -> None:
    for scenario, found in cases:
        for lang in ("nl", "en"):
            blocks = plan(scenario, found, lang)
            expected = 90 if scenario.id == "intervisie" else 120
            assert plan_minutes(found) == expected, scenario.id
            assert sum(b.minutes for b in blocks) == expected, (scenario.id, lang)


def test_the_handout_has_the_nine_routines_their_moves_and_the_glossary() -> None:
    for lang in ("nl", "en"):
        html = kit_html(kit_docs.shipped()[:1], lang)
        for routine in builtins.BUILTIN_ROUTINES.values():
            assert _esc(routine.label.render(lang)) in html
            for move in routine.counter_moves:
                assert _esc(move.render(lang)) in html
        for term in BUILTIN_GLOSSARY:
            assert _esc(term.term.render(lang)) in html
        for question in reflection.PERSONAL:
            assert _esc(question.render(lang)) in html


def _esc(text: str) -> str:
    return str(esc(text))


def test_english_kit_has_no_dutch_interface_words() -> None:
    html = kit_html(kit_docs.shipped(), "en")
    for word in ("Lesplan", "Routekaarten", "Woordenlijst", "Kortste weg", "Recht ernaartoe"):
        assert word not in html


def test_the_docs_pages_are_current() -> None:
    assert kit_docs.main(["--check"]) == 0, "run: python -m game.kit"


def test_the_command_writes_the_kit(tmp_path: Path) -> None:
    target = tmp_path / "kit.html"
    proc = subprocess.run(
        [sys.executable, MAIN, "kit", "voorbeeld", "--lang", "en", "-o", str(target)],
        capture_output=True, text=True, cwd=SOURCE_DIR, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    html = target.read_text(encoding="utf-8")
    assert "Practice case: the first week" in html and "Nine ways to say 'no'" in html.replace(
        "&#x27;", "'"
    )
    bad = subprocess.run(
        [sys.executable, MAIN, "kit", "no/such.yaml", "-o", str(tmp_path / "x.html")],
        capture_output=True, text=True, cwd=SOURCE_DIR, timeout=120,
    )  # fmt: skip
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


# -- printed ---------------------------------------------------------------------------------


@pytest.fixture(scope="module", params=["nl", "en"])
def printed(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Path]:
    assert CHROMIUM is not None, "chromium is needed for this test: apt-get install chromium"
    lang = request.param
    folder = tmp_path_factory.mktemp(f"kit-{lang}")
    page = folder / "kit.html"
    page.write_text(kit_html(kit_docs.shipped(), lang), encoding="utf-8")
    pdf = folder / "kit.pdf"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           f"--user-data-dir={folder / 'profile'}", "--no-pdf-header-footer",
           f"--print-to-pdf={pdf}", page.as_uri()]  # fmt: skip
    subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert pdf.read_bytes().startswith(b"%PDF")
    pages = OUT / lang
    shutil.rmtree(pages, ignore_errors=True)
    pages.mkdir(parents=True)
    _poppler("pdftoppm", "-r", "60", "-png", str(pdf), str(pages / "page"))
    return lang, pdf


def _poppler(tool: str, *args: str) -> str:
    found = shutil.which(tool)
    assert found is not None, f"{tool} is needed for this test: apt-get install poppler-utils"
    done = subprocess.run([found, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_printed_kit_is_a4_with_a_page_per_part(printed: tuple[str, Path]) -> None:
    lang, pdf = printed
    info = _poppler("pdfinfo", str(pdf))
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]
    # how to use (1), per case a plan and route cards (each on new pages), the handout (>= 2)
    assert 1 + 4 * 2 + 2 <= pages <= 30
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.MULTILINE)
    assert size is not None
    assert abs(float(size.group(1)) - A4[0]) < 2 and abs(float(size.group(2)) - A4[1]) < 2
    assert len(list((OUT / lang).glob("page-*.png"))) == pages  # one PNG per page, to look at


def test_the_printed_kit_embeds_its_fonts(printed: tuple[str, Path]) -> None:
    table = _poppler("pdffonts", str(printed[1])).splitlines()[2:]
    assert table, "no fonts"
    assert any("Atkinson" in row for row in table)  # the game's own, readable font
    for row in table:
        assert row.split()[-5] == "yes", f"not embedded: {row}"


def test_nothing_on_the_printed_kit_runs_off_the_page(printed: tuple[str, Path]) -> None:
    """Every word sits inside the page's printable area (the margins of @page, less 2 mm)."""
    boxes = _poppler("pdftotext", "-bbox", str(printed[1]), "-")
    words = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">', boxes
    )
    assert len(words) > 3000
    mm = 72 / 25.4
    left, right = 14 * mm - 2 * mm, A4[0] - 14 * mm + 2 * mm
    top, bottom = 15 * mm - 2 * mm, A4[1] - 17 * mm + 2 * mm
    outside = [w for w in words if float(w[0]) < left or float(w[2]) > right
               or float(w[1]) < top or float(w[3]) > bottom]  # fmt: skip
    assert outside == []
