"""The HTML report in a real browser (headless Chromium): every section renders and prints.

Writes out/report.html, out/report.png (a full-page screenshot for review)
and out/report.pdf (A4, as a trainer would print it). Skipped, with the
reason, where Chromium is not installed (.ci/run installs it).
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from game.paths import SCENARIOS_DIR
from game.scenario.loader import load_file
from game.trainer import LOG_DIR_ENV
from game.trainer.simulate import make_logs, play_random
from tests.trainer.playlogs import EVIL, ROOT, VOORBEELD_PATHS, play_in_process, run_cli

OUT = ROOT / "out"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

SECTIONS_NL = [
    "Oefencasus: de eerste week", "Hoe het afliep", "Uitkomst", "Hoe ver kwam de doorbraak?",
    "Spreiding van de eindstand", "Routines: waar gaf de groep toe?", "Keuzes per moment",
    "Deelnemers", "Persoonlijke nabespreking", "Je twee meters, keuze na keuze", "Jouw weg",
    "Wat is overgeslagen", "Zo lees je dit verslag",
]  # fmt: skip


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workshop: a first real player, a room of random ones, a group vote, damage, evil."""
    logs = tmp_path_factory.mktemp("logs")
    play_in_process("voorbeeld", VOORBEELD_PATHS["gered_alleen"], logs, player="Sanne's coach")
    scenario = load_file(SCENARIOS_DIR / "voorbeeld.yaml").scenario
    assert scenario is not None
    make_logs(scenario, logs, 24, seed=11, undo_chance=0.1)
    play_random(scenario, logs, random.Random(2), mode="facilitator", player="Groep B")
    play_in_process(str(EVIL), "toegeven", logs, player="<script>alert('x')</script>")
    (logs / "zz_cut.jsonl").write_text('{"type": "start", "format": 1, "scen')
    OUT.mkdir(exist_ok=True)
    target = OUT / "report.html"
    code, _, err = run_cli("report", str(logs), "-o", str(target), "--debrief")
    assert code == 0, err
    return target


def _chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # .ci/run installs Debian's chromium; elsewhere: apt-get install chromium
    assert CHROMIUM is not None, "chromium is needed for this test: apt-get install chromium"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           f"--user-data-dir={profile}", "--no-first-run", *args]  # fmt: skip
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


def test_every_section_is_in_the_rendered_page(report: Path, tmp_path: Path) -> None:
    done = _chromium(tmp_path, "--dump-dom", report.as_uri())
    dom = done.stdout
    assert "<body>" in dom, done.stderr
    for heading in SECTIONS_NL:
        assert heading in dom, heading
    assert "<script" not in dom.lower()
    assert dom.count("<svg") >= 2 * 6 + 3  # the charts of two scenarios and the debrief


def test_screenshot_for_review(report: Path, tmp_path: Path) -> None:
    shot = OUT / "report.png"
    shot.unlink(missing_ok=True)
    _chromium(tmp_path, "--window-size=1100,9000", f"--screenshot={shot}", report.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1100, 9000)
    assert len(data) > 100_000  # a page full of charts, not a blank one


def test_it_prints_on_a4(report: Path, tmp_path: Path) -> None:
    pdf = OUT / "report.pdf"
    pdf.unlink(missing_ok=True)
    _chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", report.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert boxes, "no pages"
    for width, height in boxes:  # A4 is 595 x 842 points
        assert abs(float(width) - 595) < 2 and abs(float(height) - 842) < 2
    assert len(boxes) >= 4  # each scenario and the debrief start on a new page


@pytest.fixture(autouse=True)
def _never_the_user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "default-logs"))


def test_axe_finds_nothing_serious_in_the_report(report: Path, tmp_path: Path) -> None:
    """The trainer's report, with its personal debrief, as axe-core sees it in Chromium
    (the colour chips of the outcomes were below AA contrast)."""
    from tests.web.browser import axe_source, axe_violations, browser, serious

    driver = browser(tmp_path / "axe", 1100, 900)
    try:
        driver.get(report.as_uri())
        violations = axe_violations(driver, axe_source())
        problems = serious(violations)
        landmarks = driver.execute_script("return document.querySelectorAll('main').length")
    finally:
        driver.quit()
    assert not problems, problems
    assert landmarks == 1  # a screen reader's "skip to main" lands on the report
    assert "region" not in {v["id"] for v in violations}  # no content outside a landmark
