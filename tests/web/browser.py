"""Debian's Chromium driven by Debian's chromedriver (selenium), headless, at a chosen width.

Nothing is downloaded: the browser and its driver come from the system
(`.ci/run` installs the packages chromium and chromium-driver), and axe-core
comes from the npm package in tests/web/js (installed by `npm ci`).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from game.paths import SOURCE_DIR

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
JS_DIR = SOURCE_DIR / "tests" / "web" / "js"
AXE = JS_DIR / "node_modules" / "axe-core" / "axe.min.js"
# The flags this machine's Chromium needs (no sandbox as root, no calls home on a closed network).
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars")  # fmt: skip


def browser(profile: Path, width: int = 360, height: int = 800) -> Any:
    """A new headless Chromium with its own empty profile, ``width`` CSS pixels wide."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    assert CHROMIUM, "chromium is needed for this test: apt-get install chromium"
    assert CHROMEDRIVER, "chromedriver is needed for this test: apt-get install chromium-driver"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(60)
    # --window-size sets the outer window; make the page itself exactly `width` wide.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1,
                            "mobile": width < 600})  # fmt: skip
    return driver


def axe_source() -> str:
    """axe-core's script from the npm package (installed here with `npm ci` if missing)."""
    if not AXE.is_file():
        npm = shutil.which("npm")
        assert npm, "npm is needed once to install axe-core for this test"
        subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], cwd=JS_DIR, check=True,
                       timeout=300)  # fmt: skip
    return AXE.read_text(encoding="utf-8")


def axe_violations(driver: Any, source: str) -> list[dict[str, Any]]:
    """axe-core's violations on the page now (WCAG 2.2 A/AA and best practice)."""
    # The page's CSP allows only its own scripts; WebDriver's script runs outside it.
    driver.execute_script(source)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
        " 'wcag21aa', 'wcag22aa', 'best-practice']}, resultTypes: ['violations']})"
        ".then(r => done(JSON.stringify(r.violations))).catch(e => done(JSON.stringify("
        "[{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));"
    )
    return list(json.loads(result))


def serious(violations: list[dict[str, Any]]) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}): {v.get('help')} at "
        + "; ".join(
            str(n.get("target")) + " " + str(n.get("failureSummary", ""))[:200]
            for n in v.get("nodes", [])[:3]
        )
        for v in violations
        if v.get("impact") in ("serious", "critical")
    ]
