"""The browser player in a real browser: Debian's headless Chromium against a real server.

A trainee plays Sanne to an ending by clicking (on a 360 px phone), another
only with the keyboard; a reload mid-game; the server killed with SIGKILL
and started again on the same data; axe-core on every page; a page on
another site that posts a choice. Screenshots of every page go to out/web/
for review (360 and 1280 px).
"""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from game.paths import SOURCE_DIR
from game.web.db import sqlite_url
from game.web.store import Store
from tests.web.browser import axe_source, axe_violations, browser, serious
from tests.web.server import Server, free_port

OUT = SOURCE_DIR / "out" / "web"
MAX_STEPS = 200


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = Server(tmp_path_factory.mktemp("web") / "data").start()
    yield running
    running.stop()


@pytest.fixture
def phone(tmp_path: Path) -> Iterator[Any]:
    driver = browser(tmp_path / "profile", 360, 780)
    yield driver
    driver.quit()


def by_css(driver: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(driver.find_elements(By.CSS_SELECTOR, selector))


def start_case(driver: Any, server: Server, case: str, name: str) -> str:
    driver.get(server.url + "/")
    by_css(driver, f"label[for=case-{case}]")[0].click()
    field = by_css(driver, "#name")[0]
    field.clear()
    field.send_keys(name)
    by_css(driver, "form.start button[type=submit]")[0].click()
    from selenium.webdriver.support.ui import WebDriverWait

    # The click only starts the navigation: wait for the game's own address.
    WebDriverWait(driver, 30).until(lambda d: "/g/" in d.current_url and now_text(d))
    return str(driver.current_url).split("#")[0]


def now_text(driver: Any) -> str:
    """The text of the live region ("" while a page is being replaced), read in one go."""
    script = "const n = document.getElementById('now'); return n ? n.innerText.trim() : '';"
    return str(driver.execute_script(script))


def hud(driver: Any) -> list[str]:
    script = "return [...document.querySelectorAll('.hud li')].map(e => e.innerText.trim());"
    return [str(text) for text in driver.execute_script(script)]


def wait_for_change(driver: Any, before: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 20).until(lambda d: now_text(d) not in ("", before))
    assert "Dat lukte niet" not in driver.title, by_css(driver, "main")[0].text


def click_through(driver: Any, pick: int = 0, stop_after: int | None = None) -> int:
    """Click as a trainee does (a choice, or Verder) until the ending link shows; moves made."""
    moves = 0
    while moves < MAX_STEPS:
        if by_css(driver, "a.button.primary[href$='/end']"):
            return moves
        if stop_after is not None and moves >= stop_after:
            return moves
        before = now_text(driver)
        choices = by_css(driver, ".choices button.choice:not([disabled])")
        if choices:
            target = choices[min(pick, len(choices) - 1)]
        else:
            target = by_css(driver, "button.next")[0]
        target.click()
        wait_for_change(driver, before)
        moves += 1
    raise AssertionError("no ending within the step limit")


def shot(driver: Any, name: str, width: int) -> Path:
    """A full-page screenshot for review at ``width`` CSS pixels."""
    OUT.mkdir(parents=True, exist_ok=True)
    height = int(driver.execute_script("return document.documentElement.scrollHeight"))
    metrics = {"width": width, "deviceScaleFactor": 1, "mobile": width < 600}
    full = {**metrics, "height": min(height, 6000)}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", full)
    path = OUT / f"{name}_{width}.png"
    driver.save_screenshot(str(path))
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {**metrics, "height": 780})
    return path


# -- playing -----------------------------------------------------------------------------------


def test_a_trainee_plays_sanne_to_the_ending_by_clicking(server: Server, phone: Any) -> None:
    start_case(phone, server, "sanne", "Ayla")
    assert "Sanne" in phone.title
    moves = click_through(phone, pick=0)
    assert moves > 5
    by_css(phone, "a.button.primary[href$='/end']")[0].click()
    assert "/end" in phone.current_url
    text = by_css(phone, "main")[0].text
    assert "Jouw score" in text and "Hoe ver kwam je?" in text
    assert by_css(phone, "section.chart svg")  # the trainer package's chart
    assert by_css(phone, ".decision")  # and its personal debrief
    # Nothing wider than the phone except what scrolls in its own box.
    width = phone.execute_script("return document.documentElement.scrollWidth")
    assert width <= 360


def test_another_trainee_plays_only_with_the_keyboard(server: Server, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    driver = browser(tmp_path / "kbd", 1280, 900)
    try:
        driver.get(server.url + "/")
        keys = ActionChains(driver)

        def press(*sequence: str) -> None:
            for key in sequence:
                keys.send_keys(key)
            keys.perform()

        def focused() -> Any:
            return driver.switch_to.active_element

        # Tab to the name field: the skip link, the brand and the menu come first.
        for _ in range(20):
            press(Keys.TAB)
            if focused().get_attribute("id") == "name":
                break
        assert focused().get_attribute("id") == "name"
        press("Kim")
        for _ in range(10):
            press(Keys.TAB)
            if focused().get_attribute("type") == "submit":
                break
        outline = driver.execute_script(
            "return getComputedStyle(document.activeElement).outlineStyle"
        )
        assert outline != "none", "the focused control must show its focus"
        press(Keys.ENTER)
        for _ in range(MAX_STEPS):
            if by_css(driver, "a.button.primary[href$='/end']"):
                break
            before = now_text(driver)
            # After every move the new text has the focus; the next Tab reaches the first
            # choice (or Verder), Enter takes it.
            press(Keys.TAB)
            classes = str(focused().get_attribute("class"))
            assert "choice" in classes or "next" in classes, focused().get_attribute("outerHTML")
            press(Keys.ENTER)
            wait_for_change(driver, before)
            assert focused().get_attribute("id") == "now"
        link = by_css(driver, "a.button.primary[href$='/end']")[0]
        for _ in range(10):
            if focused() == link:
                break
            press(Keys.TAB)
        press(Keys.ENTER)
        assert "/end" in driver.current_url
        assert "Jouw score" in by_css(driver, "main")[0].text
    finally:
        driver.quit()


def test_a_reload_mid_game_shows_the_same_moment(server: Server, phone: Any) -> None:
    game = start_case(phone, server, "sanne", "Reload")
    click_through(phone, pick=1, stop_after=6)
    before, meters = now_text(phone), hud(phone)
    phone.refresh()
    assert now_text(phone) == before and hud(phone) == meters
    phone.get(game)
    assert hud(phone) == meters


def test_the_server_killed_mid_game_continues_at_the_same_moment(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = Server(data, free_port()).start()
    driver = browser(tmp_path / "profile", 360, 780)
    try:
        game = start_case(driver, first, "sanne", "Kill")
        click_through(driver, pick=2, stop_after=9)
        before, meters = now_text(driver), hud(driver)
        first.kill()  # SIGKILL right after the answer: no shutdown at all
        store = Store(_engine(data))
        row = store.get(game.rsplit("/", 1)[1])
        assert row is not None
        store.engine.dispose()
        second = Server(data, first.port).start()
        try:
            driver.get(game)
            assert now_text(driver).endswith(before.split("\n")[-1])  # the same line of text
            assert hud(driver) == meters
            again = Store(_engine(data)).get(row.id)
            assert again is not None and again.state == row.state and again.step == row.step
            click_through(driver, pick=0)  # and it plays on to an ending
        finally:
            second.stop()
    finally:
        driver.quit()
        first.stop()


def _engine(data: Path):  # type: ignore[no-untyped-def]
    from game.web.db import make_engine

    return make_engine(sqlite_url(data / "doorbraak.sqlite3"))


def test_a_page_on_another_site_cannot_post_a_choice(server: Server, phone: Any, tmp_path: Path):
    game = start_case(phone, server, "voorbeeld", "Target")
    store = Store(_engine(server.data))
    before = store.get(game.rsplit("/", 1)[1])
    assert before is not None
    evil = tmp_path / "evil"
    evil.mkdir()
    # "localhost" is another site than "127.0.0.1": the SameSite cookie stays home.
    (evil / "index.html").write_text(
        f'<form id="f" method="post" action="{game}/move">'
        f'<input name="csrf" value="guess"><input name="step" value="{before.step}">'
        '<input name="action" value="next"></form>'
        '<script>document.getElementById("f").submit()</script>',
        encoding="utf-8",
    )
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(  # noqa: E731
        *a, directory=str(evil), **k
    )
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        phone.get(f"http://localhost:{httpd.server_address[1]}/index.html")
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(phone, 20).until(lambda d: "/move" in d.current_url)
        assert "niets veranderd" in by_css(phone, "main")[0].text
    finally:
        httpd.shutdown()
        httpd.server_close()
    after = store.get(before.id)
    assert after is not None and (after.state, after.step) == (before.state, before.step)
    store.engine.dispose()


def test_the_ending_teaches_in_order_and_its_glossary_link_works_from_the_keyboard(
    server: Server, tmp_path: Path
) -> None:
    """The ending of issue 12 in a real browser: level, days, safety, the number beside the
    best score, then the reflection; Tab and Enter open the glossary; axe on both pages."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    from game.engine.glossary import terms_for
    from game.paths import SCENARIOS_DIR
    from game.scenario.loader import load_file

    source = axe_source()
    driver = browser(tmp_path / "ending", 1280, 900)
    try:
        game = start_case(driver, server, "familie_visser", "Noor")
        click_through(driver, pick=1)
        by_css(driver, "a.button.primary[href$='/end']")[0].click()
        WebDriverWait(driver, 30).until(lambda d: d.current_url.endswith("/end"))
        # The server works the best score out in the background from its start: the page
        # never waits for it, and shows it when opened again once it is known.
        for _ in range(240):
            if "nog uitgerekend" not in by_css(driver, "[data-end=best]")[0].text:
                break
            time.sleep(0.5)
            driver.refresh()
        assert by_css(driver, "[data-end=best]")[0].text.startswith("Beste score die deze")
        order = ("title", "days", "safety", "score", "reflect", "routines")
        tops = [by_css(driver, f"[data-end={name}]")[0].rect["y"] for name in order]
        assert tops == sorted(tops), tops  # read from the top down, in the order that teaches
        level = by_css(driver, "[data-end=level]")[0].rect
        assert level["y"] < by_css(driver, "[data-end=days]")[0].rect["y"]
        assert "Zo telt het: uitkomst" in by_css(driver, "[data-end=parts]")[0].text
        assert not serious(axe_violations(driver, source))
        shot(driver, "ending_issue12", 1280)
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 360, "height": 780, "deviceScaleFactor": 1,
                                "mobile": True})  # fmt: skip
        assert driver.execute_script("return document.documentElement.scrollWidth") <= 360
        assert not serious(axe_violations(driver, source))
        shot(driver, "ending_issue12", 360)
        # Only the keyboard from here: Tab from the top reaches the menu's glossary link,
        # then the one under the questions; Enter opens it.
        driver.execute_script("document.activeElement.blur(); window.scrollTo(0, 0)")
        keys = ActionChains(driver)
        reached = []
        for _ in range(150):
            keys.send_keys(Keys.TAB).perform()
            focused = driver.switch_to.active_element
            if str(focused.get_attribute("href")).endswith("/glossary"):
                reached.append(
                    driver.execute_script(
                        "return arguments[0].closest('nav, .glossary-link').tagName", focused
                    )
                )
                if len(reached) == 2:
                    break
        assert reached == ["NAV", "P"], reached
        keys.send_keys(Keys.ENTER).perform()
        WebDriverWait(driver, 30).until(lambda d: d.current_url == game + "/glossary")
        scenario = load_file(SCENARIOS_DIR / "familie_visser.yaml").scenario
        assert scenario is not None
        terms = [term.term.render("nl") for term in terms_for(scenario, "nl")]
        shown = [element.text for element in by_css(driver, "dl.glossary dt")]
        assert terms and shown == terms
        assert not serious(axe_violations(driver, source))
        shot(driver, "glossary", 360)
    finally:
        driver.quit()


# -- accessibility and how it looks ------------------------------------------------------------


def pages_of_a_game(driver: Any, server: Server, width: int) -> Iterator[str]:
    """Visit every kind of page, yielding a name at each (the caller checks and photographs)."""
    driver.get(server.url + "/")
    yield "home"
    start_case(driver, server, "sanne", "Axe")
    yield "conversation_narration"
    seen = {"speaker": False, "notice": False, "disabled": False}
    for _ in range(MAX_STEPS):
        if by_css(driver, "a.button.primary[href$='/end']"):
            break
        for kind, selector in (("speaker", ".portrait"), ("notice", ".notice"),
                               ("disabled", "button.choice[disabled]")):  # fmt: skip
            if not seen[kind] and by_css(driver, selector):
                seen[kind] = True
                yield f"conversation_{kind}"
        before = now_text(driver)
        choices = by_css(driver, ".choices button.choice:not([disabled])")
        (choices[-1] if choices else by_css(driver, "button.next")[0]).click()
        wait_for_change(driver, before)
    game = str(driver.current_url).split("#")[0]
    yield "conversation_last"
    driver.get(game + "/history")
    yield "history"
    driver.get(game + "/end")
    yield "ending"
    driver.get(game + "/glossary")
    yield "glossary"
    driver.get(server.url + "/settings")
    yield "settings"
    driver.get(server.url + "/privacy")
    yield "privacy"
    driver.get(server.url + "/g/" + "0" * 32)
    yield "error_404"
    driver.get(server.trainer_url)
    yield "trainer"


@pytest.mark.parametrize("width", [360, 1280])
def test_axe_finds_nothing_serious_on_any_page(server: Server, tmp_path: Path, width: int) -> None:
    source = axe_source()
    driver = browser(tmp_path / "axe", width, 800)
    found: dict[str, list[str]] = {}
    names = []
    try:
        for name in pages_of_a_game(driver, server, width):
            names.append(name)
            problems = serious(axe_violations(driver, source))
            if problems:
                found[name] = problems
            shot(driver, name, width)
    finally:
        driver.quit()
    assert {"home", "conversation_speaker", "ending", "trainer", "error_404"} <= set(names)
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)


def test_axe_in_high_contrast_and_the_largest_text(server: Server, tmp_path: Path) -> None:
    source = axe_source()
    driver = browser(tmp_path / "contrast", 360, 800)
    try:
        driver.get(server.url + "/settings")
        by_css(driver, "label[for=set-size-2]")[0].click()
        by_css(driver, "label[for=set-contrast]")[0].click()
        by_css(driver, "form.settings button[type=submit]")[0].click()
        from selenium.webdriver.support.ui import WebDriverWait

        # Read the new page, not the old one still on screen while the form is sent.
        WebDriverWait(driver, 30).until(lambda d: "saved=1" in d.current_url)
        classes = driver.execute_script("return document.documentElement.className")
        assert "size-2" in classes and "contrast" in classes
        found = {}
        for name in pages_of_a_game(driver, server, 360):
            problems = serious(axe_violations(driver, source))
            if problems:
                found[name] = problems
            if name in ("conversation_speaker", "ending", "home"):
                shot(driver, f"contrast_{name}", 360)
        assert not found, json.dumps(found, indent=1, ensure_ascii=False)
    finally:
        driver.quit()
