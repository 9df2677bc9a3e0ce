"""The browser player's routes over HTTP (in-process ASGI): pages, moves, refusals, the trainer.

Every refusal is checked twice: the page says why in the player's language
with the right status, and the stored game did not change.
"""

from __future__ import annotations

import html
import io
import json
import re
import time
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from game import __version__
from game.bestscore import compute
from game.engine import Session, SessionState
from game.engine.glossary import terms_for
from game.engine.lookback import look_back
from game.engine.model import Text
from game.log.reader import read_log
from game.paths import SCENARIOS_DIR, SOURCE_DIR
from game.web.app import create_app
from game.web.cases import Cases
from game.web.config import ServeConfig
from game.web.security import COOKIE, CSP
from tests.trainer.playlogs import VOORBEELD_PATHS, play_in_process, records, run_cli
from tests.web.asgi import Client, Page, make_app, shipped_cases

GAME_URL = re.compile(r"^/g/[0-9a-f]{32}$")


@pytest.fixture
def app(tmp_path: Path):  # type: ignore[no-untyped-def]
    made = make_app(tmp_path / "data")
    yield made
    made.state.web.store.engine.dispose()


@pytest.fixture
def client(app) -> Iterator[Client]:  # type: ignore[no-untyped-def]
    browser = Client(app)
    yield browser
    browser.close()


def stored(app, game_url: str):  # type: ignore[no-untyped-def]
    game = app.state.web.store.get(game_url.rsplit("/", 1)[1])
    assert game is not None
    return game


def unchanged(app, game_url: str, before) -> None:  # type: ignore[no-untyped-def]
    after = stored(app, game_url)
    assert (after.state, after.step, after.records) == (before.state, before.step, before.records)


# -- pages ---------------------------------------------------------------------------------------


def test_home_lists_the_cases_flagship_first_and_sets_a_safe_cookie(client: Client) -> None:
    answer = client.get("/")
    assert answer.status_code == 200
    page = answer.text
    assert '<html lang="nl"' in page and "<main" in page and "<h1>" in page
    ids = re.findall(r'name="case" id="case-([a-z_]+)"', page)
    assert ids[0] == "sanne"
    assert set(ids) == {"sanne", "voorbeeld", "familie_visser", "intervisie"}
    cookie = answer.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=") and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert answer.headers["content-security-policy"] == CSP
    assert "frame-ancestors 'none'" in CSP and "'unsafe-inline'" not in CSP
    # No inline script anywhere: the only script is the package's own file.
    assert re.findall(r"<script[^>]*>", page) == [
        f'<script src="/static/app.js?v={__version__}" defer>'
    ]
    assert " style=" not in page


def test_a_trainee_plays_to_the_ending_with_post_redirect_get(app, client: Client) -> None:
    game = client.start("voorbeeld", "Robin")
    assert GAME_URL.match(game)
    page = client.page(game)
    assert "Verder" in page.text or page.choices
    answer = client.move(game, "next") if not page.choices else None
    if answer is not None:
        assert answer.status_code == 303 and answer.headers["location"] == f"{game}#now"
    end = client.play(game, VOORBEELD_PATHS["gered_alleen"].split(","))
    assert end.ended
    ending = client.get(f"{game}/end")
    assert ending.status_code == 200
    assert "Jouw score" in ending.text and "<svg" in ending.text and "Moment 1" in ending.text
    row = stored(app, game)
    assert row.ended and row.records >= 5  # start, three choices, end
    history = client.get(f"{game}/history")
    assert history.status_code == 200 and "Jij" in history.text


def test_the_page_after_a_choice_shows_its_feedback_and_what_it_cost(client: Client) -> None:
    game = client.start("sanne")
    page = client.play(game, [])
    while not page.choices:
        client.move(game, "next")
        page = client.page(game)
    client.move(game, "choose", page.choices[0])
    after = client.page(game).text
    assert 'class="notice"' in after and "Jij:" in after
    assert "Gevolg:" in after or "Wat deed dat?" in after
    assert 'id="now"' in after and 'aria-live="polite"' in after


def test_disabled_choices_are_shown_with_their_reason(client: Client) -> None:
    # voorbeeld's second choice point shows a choice that needs an earlier one.
    game = client.start("voorbeeld")
    for _ in range(30):
        page = client.page(game)
        if "disabled" in page.text:
            break
        if page.ended:
            pytest.fail("no disabled choice on the way")
        if page.choices:
            client.move(game, "choose", page.choices[-1])
        else:
            client.move(game, "next")
    assert re.search(r'<button type="button" class="choice" disabled aria-describedby="why-\d+"',
                     page.text)  # fmt: skip
    assert "Kan nu niet:" in page.text


def test_undo_takes_back_the_last_choice(app, client: Client) -> None:
    game = client.start("voorbeeld")
    client.play(game, ["1"])
    before = SessionState.from_json(stored(app, game).state)
    assert before.path
    assert client.move(game, "undo").status_code == 303
    after = SessionState.from_json(stored(app, game).state)
    assert after.path == before.path[:-1]
    assert "teruggenomen" in client.page(game).text


def test_english_is_complete_on_the_way(client: Client) -> None:
    game = client.start("voorbeeld", lang="en")
    page = client.play(game, ["1"])
    text = client.page(game).text
    assert '<html lang="en"' in text
    assert "What do you do?" in text or "Continue" in text
    assert "Wat doe je?" not in text and "Verder</button>" not in page.text


# -- refusals -----------------------------------------------------------------------------------


def test_a_forged_post_is_refused_and_changes_nothing(app, client: Client) -> None:
    game = client.start()
    before = stored(app, game)
    page = client.page(game)
    data = {"csrf": "x" * 32, "step": page.value("step"), "action": "next"}
    answer = client.post(f"{game}/move", data)
    assert answer.status_code == 403 and "niets veranderd" in answer.text
    unchanged(app, game, before)
    # Without any cookie (another site's page posting), also refused.
    stranger = Client(app)
    answer = stranger.post(f"{game}/move", {**data, "csrf": page.value("csrf")})
    assert answer.status_code == 403
    stranger.close()
    unchanged(app, game, before)


def test_a_replayed_choice_is_refused_and_changes_nothing(app, client: Client) -> None:
    game = client.start("voorbeeld")
    page = client.page(game)
    data = {"csrf": page.value("csrf"), "step": page.value("step"), "action": "next"}
    if page.choices:
        data = {**data, "action": "choose", "choice": page.choices[0]}
    assert client.post(f"{game}/move", data).status_code == 303
    before = stored(app, game)
    again = client.post(f"{game}/move", data)  # the same form once more
    assert again.status_code == 409
    assert "al gemaakt" in again.text and f'href="{game}#now"' in again.text
    unchanged(app, game, before)


def test_a_choice_not_available_now_is_refused(app, client: Client) -> None:
    game = client.start("voorbeeld")
    page = client.play(game, [])
    assert page.choices
    before = stored(app, game)
    for choice in ("no_such_choice", "' OR 1=1 --"):
        data = {"csrf": page.value("csrf"), "step": page.value("step"), "action": "choose",
                "choice": choice}  # fmt: skip
        answer = client.post(f"{game}/move", data)
        assert answer.status_code == 409 and "kan nu niet" in answer.text
    # "next" where the node wants a choice is no move either.
    answer = client.post(f"{game}/move", {**data, "action": "next"})
    assert answer.status_code == 409
    unchanged(app, game, before)


def test_another_browser_can_neither_see_nor_play_a_game(app, client: Client) -> None:
    game = client.start()
    before = stored(app, game)
    other = Client(app)
    try:
        other.get("/")
        for url in (game, f"{game}/history", f"{game}/end", f"{game}/debrief.html"):
            answer = other.get(url)
            assert answer.status_code == 403, url
            assert "andere browser" in answer.text
        data = {"csrf": other.csrf(), "step": str(before.step), "action": "next"}
        assert other.post(f"{game}/move", data).status_code == 403
    finally:
        other.close()
    unchanged(app, game, before)


def test_a_garbage_cookie_is_a_new_browser_never_a_crash(app, client: Client) -> None:
    game = client.start()
    garbage = (b"x", b"a.b", b"%%%.%%%", b"e30." + b"A" * 43, "é".encode() * 50, b"a" * 5000,
               b'{"p": "' + b"0" * 32 + b'"}')  # fmt: skip
    for value in garbage:
        other = Client(app)
        cookie = {"cookie": b"doorbraak=" + value}
        home = other.get("/", headers=cookie)
        assert home.status_code == 200 and "Traceback" not in home.text
        assert COOKIE in home.headers["set-cookie"]  # a fresh one replaces it
        refused = other.get(game, headers=cookie)
        assert refused.status_code == 403 and "andere browser" in refused.text
        other.close()


def test_unknown_cases_and_games_get_a_clear_404(client: Client) -> None:
    token = client.csrf()
    answer = client.post("/start", {"csrf": token, "case": "nope", "name": "X", "lang": "nl"})
    assert answer.status_code == 404 and "bestaat niet" in answer.text
    for url in ("/g/" + "0" * 32, "/g/not-an-id", "/g/" + "0" * 32 + "/end", "/nothing/here",
                "/art/nope/x/neutral.png", "/art/sanne/nobody/neutral.png"):  # fmt: skip
        answer = client.get(url)
        assert answer.status_code == 404, url
        assert "Traceback" not in answer.text


def test_a_huge_body_is_refused_with_413(app, client: Client) -> None:
    game = client.start()
    before = stored(app, game)
    token = client.csrf()
    big = {"csrf": token, "step": "0", "action": "next", "choice": "x" * 100_000}
    answer = client.post(f"{game}/move", big)
    assert answer.status_code == 413 and "te veel tekst" in answer.text

    # A body sent in chunks without a length is counted as it comes.
    def chunks() -> Iterator[bytes]:
        yield b"csrf=" + token.encode() + b"&x="
        for _ in range(100):
            yield b"y" * 1000  # one field that never ends

    async def stream():  # type: ignore[no-untyped-def]
        for part in chunks():
            yield part

    answer = client.request(
        "POST",
        f"{game}/move",
        content=stream(),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 413
    unchanged(app, game, before)


def test_every_field_has_a_length_limit(app, client: Client) -> None:
    token = client.csrf()
    answer = client.post("/start", {"csrf": token, "case": "voorbeeld", "name": "N" * 61})
    assert answer.status_code == 400 and "niet goed ingevuld" in answer.text
    answer = client.post("/start", {"csrf": token, "case": "v" * 101, "name": "N"})
    assert answer.status_code == 400
    game = client.start()
    before = stored(app, game)
    for data in ({"step": "0" * 11}, {"action": "choose" * 3}, {"choice": "c" * 101}):
        form = {"csrf": token, "step": "0", "action": "choose", "choice": "x", **data}
        assert client.post(f"{game}/move", form).status_code == 400, data
    unchanged(app, game, before)


def test_only_plain_forms_are_read(client: Client) -> None:
    token = client.csrf()
    answer = client.post("/start", json={"csrf": token, "case": "voorbeeld"})
    assert answer.status_code == 400
    answer = client.post("/start", files={"case": ("case.yaml", b"id: evil")},
                         data={"csrf": token})  # fmt: skip
    assert answer.status_code == 400  # no scenario upload, no files at all
    assert client.get("/start").status_code == 405


def test_a_crash_shows_a_plain_page_in_the_players_language(app) -> None:  # type: ignore[no-untyped-def]
    # As a server runs it: the error is logged on the console, never sent to the browser.
    client = Client(app, raise_app_exceptions=False)
    game = client.start("voorbeeld", lang="en")

    def broken(_game_id: str) -> None:
        raise RuntimeError("a bug with a secret path /etc/shadow")

    app.state.web.store.get = broken
    try:
        answer = client.get(game)
    finally:
        client.close()
    assert answer.status_code == 500
    assert "Something went wrong" in answer.text
    assert "Traceback" not in answer.text and "shadow" not in answer.text


# -- settings, restart ----------------------------------------------------------------------------


def test_text_size_and_contrast_are_kept_in_the_cookie(client: Client) -> None:
    token = client.csrf()
    answer = client.post("/settings", {"csrf": token, "lang": "en", "size": "2",
                                       "contrast": "on", "back": "/"})  # fmt: skip
    assert answer.status_code == 303
    page = client.get("/").text
    assert '<html lang="en" class="size-2 contrast">' in page
    assert client.post("/settings", {"csrf": token, "lang": "xx", "size": "9"}).status_code == 400
    answer = client.post("/settings", {"csrf": token, "lang": "nl", "size": "0",
                                       "back": "https://evil.example/"})  # fmt: skip
    assert "evil" not in answer.headers["location"]


def test_a_new_server_on_the_same_data_continues_the_game(tmp_path: Path) -> None:
    first = make_app(tmp_path / "data")
    browser = Client(first)
    game = browser.start("sanne")
    browser.play(game, ["1", "2"])
    before = stored(first, game)
    cookie = browser.http.cookies.get(COOKIE)
    browser.close()
    second = make_app(tmp_path / "data")  # the same folder: the same secret and database
    again = Client(second)
    again.http.cookies.set(COOKIE, cookie)
    page = again.page(game)
    assert page.step == before.step
    assert stored(second, game).state == before.state
    again.close()
    first.state.web.store.engine.dispose()
    second.state.web.store.engine.dispose()


def _app_on(data: Path, folder: Path):  # type: ignore[no-untyped-def]
    config = ServeConfig.make(data, None, (folder,), warm_art=False, analyse=False,
                              best_score=False)  # fmt: skip
    return create_app(config, cases=Cases.load([folder]))


def test_a_game_of_an_unchanged_case_is_not_replayed_on_every_page_but_a_changed_case_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from game.engine import Engine

    folder = tmp_path / "cases"
    folder.mkdir()
    case_file = folder / "voorbeeld.yaml"
    case_file.write_text((SCENARIOS_DIR / "voorbeeld.yaml").read_text("utf-8"), "utf-8")
    replays: list[int] = []
    real_replay = Engine.replay

    def counted(self: Engine, state: SessionState, path: list[str]):  # type: ignore[no-untyped-def]
        replays.append(len(path))
        return real_replay(self, state, path)

    monkeypatch.setattr(Engine, "replay", counted)
    first = _app_on(tmp_path / "data", folder)
    browser = Client(first)
    game = browser.start("voorbeeld")
    browser.play(game, ["luisteren"])
    before = stored(first, game)
    assert "luisteren" in json.loads(before.state)["path"]
    replays.clear()
    browser.page(game)  # the same case file that made the game: its choices replay by making
    assert replays == []
    cookie = browser.http.cookies.get(COOKIE)
    browser.close()
    first.state.web.store.engine.dispose()

    # The trainer edits the case: the choice the trainee took now needs support they lack.
    text = case_file.read_text("utf-8")
    taken = "      - id: luisteren\n"
    assert taken in text
    case_file.write_text(text.replace(taken, taken + "        if: steun >= 5\n"), "utf-8")
    second = _app_on(tmp_path / "data", folder)
    again = Client(second)
    again.http.cookies.set(COOKIE, cookie)
    answer = again.get(game)
    assert answer.status_code == 409
    assert "Deze casus is veranderd sinds je begon" in html.unescape(answer.text)
    assert replays, "a game of a changed case file is replayed to see whether it still fits"
    unchanged(second, game, before)
    again.close()
    second.state.web.store.engine.dispose()


# -- the ending (issue 12) -------------------------------------------------------------------------

FIXTURES = SOURCE_DIR / "tests" / "ui" / "scenarios"
PARTS = re.compile(
    r"Zo telt het: uitkomst (\d+) \+ doorbraak (\d+) \+ dagen en (.+?) (\d+) "
    r"\(van de (\d+)\) = (\d+) van (\d+)\."
)


def play_picking(client: Client, game: str, pick: int) -> None:
    """To the ending through the page's forms, always taking the pick-th choice on offer."""
    for _ in range(500):
        page = client.page(game)
        if page.ended:
            return
        if page.choices:
            answer = client.move(game, "choose", page.choices[min(pick, len(page.choices) - 1)])
        else:
            answer = client.move(game, "next")
        assert answer.status_code == 303, answer.text
    raise AssertionError("the game did not end")


def session_of(app, game: str) -> Session:  # type: ignore[no-untyped-def]
    row = stored(app, game)
    scenario = app.state.web.cases.get(row.scenario).scenario
    return Session.resume(scenario, SessionState.from_json(row.state))


def plain(page: str) -> str:
    """The page's words as a reader gets them: no tags, entities read, spaces folded."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def part_of(page: str, name: str) -> str:
    """The words of the element marked data-end=name."""
    found = re.search(rf'<(\w+)[^>]*data-end="{name}"[^>]*>(.*?)</\1>', page, re.S)
    assert found, f"no part {name} on the page"
    return plain(found.group(2))


@pytest.fixture
def best_app(tmp_path: Path):  # type: ignore[no-untyped-def]
    made = make_app(tmp_path / "data", best_score=True)
    yield made
    made.state.web.close()
    made.state.web.store.engine.dispose()


def test_the_ending_leads_with_level_and_days_then_safety_then_the_number_beside_the_best(
    best_app, tmp_path: Path
) -> None:
    client = Client(best_app)
    game = client.start("familie_visser", "Eva")
    play_picking(client, game, 1)
    session = session_of(best_app, game)
    scenario, score = session.scenario, session.score()
    ending = session.view("nl").ending
    assert ending is not None and score.model == "1.1" and ending.aftermath < 0
    first = client.get(f"{game}/end")
    assert first.status_code == 200
    page = first.text
    # The order that teaches: how it ended and how far, the days, safety, then the number.
    order = ["title", "level", "days", "safety", "score", "parts", "reflect", "routines"]
    places = [page.index(f'data-end="{name}"') for name in order]
    assert places == sorted(places), dict(zip(order, places, strict=True))
    assert ending.title in part_of(page, "title")
    assert "Hoe ver kwam je?" in part_of(page, "level")
    client_name = scenario.characters[scenario.client].name.render("nl")
    days = f"{client_name} wachtte {score.wait_days} van de {scenario.deadline_days} dagen"
    assert score.wait_days <= scenario.deadline_days and days in part_of(page, "days")
    safety = part_of(page, "safety")
    assert f"Jouw positie aan het eind: {score.safety} van 100" in safety  # the case's own name
    assert ending.aftermath_text is not None
    aftermath = " ".join(ending.aftermath_text.split())
    assert f"{aftermath} (−{-ending.aftermath} jouw positie)" in safety
    # The number, and how it adds up: the parts are the engine's and add up to it.
    assert re.search(rf'<p class="big">{score.score} <small>van 100</small>', page)
    found = PARTS.search(part_of(page, "parts"))
    assert found, part_of(page, "parts")
    outcome, level, label, meters, meters_max, total, top = found.groups()
    assert label == "jouw positie"
    assert (int(outcome), int(level), int(meters)) == (
        score.outcome_points,
        score.breakthrough_points,
        score.meter_points,
    )
    assert int(outcome) + int(level) + int(meters) == int(total)
    assert (int(meters_max), int(top)) == (scenario.scoring.meters, score.top)
    assert round(100 * int(total) / int(top)) == score.score
    assert "gemiddelde" not in plain(page)  # the format-1 explanation is gone
    # The best score: never waited for; shown once the analyser is done.
    best = compute(scenario)
    assert best is not None and best.complete
    shown = part_of(page, "best")
    if "nog uitgerekend" in shown:
        assert f'href="{game}/end"' in page  # "look again": the same page
        deadline = time.monotonic() + 180
        while "nog uitgerekend" in shown and time.monotonic() < deadline:
            time.sleep(0.25)
            shown = part_of(client.get(f"{game}/end").text, "best")
    assert shown == f"Beste score die deze casus toelaat: {best.score}"
    assert best.score >= score.score
    # ... cached per case file in the server's data folder, beside the portraits.
    assert (tmp_path / "data" / "cache" / "best-score" / f"{scenario.sha256}.json").is_file()
    client.close()


def test_after_the_score_the_questions_your_own_mag_niet_the_causes_and_every_counter_move(
    app, client: Client
) -> None:
    game = client.start("familie_visser", "Eva")
    play_picking(client, game, 1)
    session = session_of(app, game)
    scenario, state = session.scenario, session.state
    back = look_back(session.engine, state)
    assert back.prompts and back.own and back.causes and len(back.routine_ids()) > 2
    page = client.get(f"{game}/end").text
    score_at = page.index('data-end="score"')
    reflect, routines = part_of(page, "reflect"), part_of(page, "routines")
    assert page.index('data-end="reflect"') > score_at

    def words(text: Text) -> str:
        return " ".join(text.render("nl", state.values, state.player).split())

    assert "Denk na" in reflect
    for prompt in back.prompts:
        assert words(prompt) in reflect
    assert "Jouw eigen 'mag niet'" in reflect
    for own in back.own:
        choice = scenario.choice(own.choice)
        assert choice is not None and words(choice.text) in part_of(page, "own")
    assert "Waarom het zo liep" in reflect
    for cause in back.causes:
        assert words(cause.because) in part_of(page, "causes")
    for routine_id in back.routine_ids():  # also where the player did not give in
        routine = scenario.routines[routine_id]
        assert f"Wat helpt tegen '{routine.label.render('nl')}'" in routines
        for move in routine.counter_moves:
            assert " ".join(move.render("nl").split()) in routines
    assert f'href="{game}/glossary"' in page  # the glossary, from the ending


def test_the_ending_in_english_and_without_a_best_score_when_switched_off(client: Client) -> None:
    game = client.start("voorbeeld", lang="en")
    client.play(game, VOORBEELD_PATHS["beleid"].split(","))
    page = client.get(f"{game}/end").text
    text = plain(page)
    assert "How far did you get?" in text and "Your safety at the end:" in text
    assert re.search(r"How it adds up: outcome \d+ \+ breakthrough \d+ \+ days and your safety "
                     r"\d+ \(of \d+\) = \d+ of \d+\.", text)  # fmt: skip
    assert "Think about it" in text and "What helps against '" in text
    assert 'data-end="best"' not in page  # this server works out no best scores


@pytest.mark.parametrize("case", ["mini", "rich"])
def test_a_format_1_case_keeps_the_mean_of_its_two_parts(tmp_path: Path, case: str) -> None:
    config = ServeConfig.make(tmp_path / "data", None, (FIXTURES,), warm_art=False,
                              analyse=False, best_score=False)  # fmt: skip
    made = create_app(config, cases=Cases.load([FIXTURES]))
    client = Client(made)
    try:
        game = client.start(case)
        play_picking(client, game, 1)
        session = session_of(made, game)
        score = session.score()
        assert session.scenario.format == "1" and score.model == "1"
        page = client.get(f"{game}/end").text
        client_name = session.scenario.characters[session.scenario.client].name.render("nl")
        parts = part_of(page, "parts")
        assert f"Voor {client_name}: {score.client_score} punten" in parts
        assert f"Voor jou: {score.safety_score} punten" in parts
        assert part_of(page, "mean") == "Je score is het gemiddelde van deze twee delen."
        assert "Zo telt het" not in plain(page)
        places = [page.index(f'data-end="{name}"') for name in ("days", "safety", "score")]
        assert places == sorted(places)
    finally:
        client.close()
        made.state.web.store.engine.dispose()


def test_the_glossary_is_a_page_of_the_game_reached_from_every_game_page(client: Client) -> None:
    game = client.start("familie_visser")
    link = f'href="{game}/glossary"'
    assert link in client.get(game).text and link in client.get(f"{game}/history").text
    answer = client.get(f"{game}/glossary")
    assert answer.status_code == 200
    page = answer.text
    assert "<h1" in page and "Woordenlijst" in page and '<dl class="glossary"' in page
    assert 'aria-current="page">Woordenlijst' in page
    terms = terms_for(client.app.state.web.cases.get("familie_visser").scenario, "nl")
    assert terms
    listed = re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", page, re.S)
    assert [(html.unescape(t), html.unescape(m)) for t, m in listed] == [
        (term.term.render("nl"), term.meaning.render("nl")) for term in terms
    ]
    assert f'href="{game}#now"' in page  # back to the conversation
    english = client.start("familie_visser", lang="en")  # the trainee's language changes
    page = client.get(f"{english}/glossary").text
    assert '<html lang="en"' in page and "Glossary" in page
    listed = re.findall(r"<dt>(.*?)</dt>", page)
    assert [html.unescape(t) for t in listed] == [
        term.term.render("en")
        for term in terms_for(client.app.state.web.cases.get("familie_visser").scenario, "en")
    ]
    other = Client(client.app)
    assert other.get(f"{game}/glossary").status_code == 403  # another browser's game
    other.close()


def test_a_game_begun_elsewhere_has_no_best_score_of_the_case() -> None:
    from game.engine.state import Origin
    from game.web.best import begun_elsewhere

    scenario = shipped_cases().get("voorbeeld").scenario  # type: ignore[union-attr]
    from_start = Session.begin(scenario, "Eva").state
    assert not begun_elsewhere(scenario, from_start)
    later = next(node for node in scenario.nodes if node != scenario.start)
    assert begun_elsewhere(scenario, replace(from_start, origin=Origin(later)))
    other_values = Origin(scenario.start, {"safety": 1})
    assert begun_elsewhere(scenario, replace(from_start, origin=other_values))


# -- the trainer -----------------------------------------------------------------------------------


def trainer_login(app, client: Client) -> Page:  # type: ignore[no-untyped-def]
    token = app.state.web.config.trainer_token
    answer = client.get(f"/trainer/login?token={token}")
    assert answer.status_code == 303 and answer.headers["location"] == "/trainer"
    assert "Path=/trainer" in answer.headers["set-cookie"]
    overview = client.get("/trainer")
    assert overview.status_code == 200
    return Page(overview.text)


def test_trainer_pages_need_the_token(app, client: Client) -> None:
    assert client.get("/trainer").status_code == 403
    assert client.get("/trainer/export.zip").status_code == 403
    assert client.get("/trainer/login?token=wrong").status_code == 403
    assert client.post("/trainer/delete", {"csrf": "x", "confirm": "WISSEN"}).status_code == 403


def test_the_trainer_sees_progress_exports_jsonl_that_report_reads(
    app, client: Client, tmp_path: Path
) -> None:
    game = client.start("voorbeeld", "Robin <b>&amp;</b>")
    client.play(game, VOORBEELD_PATHS["gered_alleen"].split(","))
    other = Client(app)
    other.play(other.start("sanne", "Sam"), ["1"])
    other.close()
    trainer = Client(app)
    page = trainer_login(app, trainer)
    assert "Robin &lt;b&gt;&amp;amp;&lt;/b&gt;" in page.text and "Sam" in page.text
    answer = trainer.get("/trainer/export.zip")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/zip"
    folder = tmp_path / "export"
    with zipfile.ZipFile(io.BytesIO(answer.content)) as archive:
        archive.extractall(folder)
    logs = sorted(folder.glob("*.jsonl"))
    assert len(logs) == 2
    read = {log.player: log for log in (read_log(path).log for path in logs) if log}
    finished = read["Robin <b>&amp;</b>"]
    assert finished.end is not None and len(finished.steps) == 3 and finished.client == "web"
    assert read["Sam"].end is None
    code, _, err = run_cli("report", str(folder), "-o", str(tmp_path / "report.html"),
                           "--debrief")  # fmt: skip
    assert code == 0, err
    assert "Robin" in (tmp_path / "report.html").read_text(encoding="utf-8")
    trainer.close()


def test_the_web_log_has_the_records_the_terminal_writes(app, client: Client, tmp_path: Path):
    path = VOORBEELD_PATHS["beleid"]
    game = client.start("voorbeeld", "Robin")
    client.play(game, path.split(","))
    web = app.state.web.store.records(game.rsplit("/", 1)[1])
    code, _, err = play_in_process("voorbeeld", path, tmp_path / "logs", player="Robin")
    assert code == 0, err
    (terminal_log,) = (tmp_path / "logs").glob("*.jsonl")
    terminal = records(terminal_log)
    volatile = {"at", "id", "started_at", "client"}

    def same(record: dict[str, object]) -> dict[str, object]:
        return {k: v for k, v in record.items() if k not in volatile}

    assert [same(r) for r in web] == [same(r) for r in terminal]
    assert web[0]["client"] == "web"


def test_the_trainer_deletes_everything_only_when_asked_twice(app, client: Client) -> None:
    client.play(client.start(), ["1"])
    trainer = Client(app)
    page = trainer_login(app, trainer)
    token = page.value("csrf")
    assert trainer.post("/trainer/delete", {"csrf": "bad", "confirm": "WISSEN"}).status_code == 403
    kept = trainer.post("/trainer/delete", {"csrf": token, "confirm": "ja"})
    assert kept.headers["location"] == "/trainer?kept=1"
    assert app.state.web.store.count() == 1
    client.play(client.start("sanne"), [])
    (one,) = [g.id for g in app.state.web.store.all_games() if g.scenario == "sanne"]
    done = trainer.post("/trainer/delete", {"csrf": token, "game": one})  # one row's button
    assert done.headers["location"] == "/trainer?deleted=1"
    assert [g.scenario for g in app.state.web.store.all_games()] == ["voorbeeld"]
    done = trainer.post("/trainer/delete", {"csrf": token, "confirm": "wissen"})
    assert done.headers["location"] == "/trainer?deleted=1"
    assert app.state.web.store.count() == 0
    trainer.close()


def test_healthz_and_the_packaged_files(client: Client) -> None:
    answer = client.get("/healthz")
    assert answer.status_code == 200 and answer.text.startswith("ok")
    css = client.get("/static/app.css", headers={"accept-encoding": "gzip"})
    assert css.status_code == 200 and css.headers["content-encoding"] == "gzip"
    assert "max-age" in css.headers["cache-control"]
    assert client.get("/static/app.js").status_code == 200
    font = client.get("/fonts/AtkinsonHyperlegible-Regular.ttf")
    assert font.status_code == 200 and len(font.content) > 10_000
    png = client.get("/art/sanne/sanne/worried.png")
    assert png.status_code == 200 and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert "immutable" in png.headers["cache-control"]


def test_the_debrief_download_is_the_trainers_debrief_page(client: Client) -> None:
    game = client.start("voorbeeld")
    assert client.get(f"{game}/debrief.html").status_code == 409  # not ended yet
    client.play(game, VOORBEELD_PATHS["woning"].split(","))
    answer = client.get(f"{game}/debrief.html")
    assert answer.status_code == 200 and "attachment" in answer.headers["content-disposition"]
    assert "Persoonlijke nabespreking" in answer.text
    assert json.dumps  # the page is self-contained HTML (no scripts)
    assert "<script" not in answer.text.lower()


def test_serve_says_plainly_when_the_port_is_taken(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        code, out, err = run_cli("serve", "--port", str(port), "--data", str(tmp_path))
    assert code == 2 and "cannot listen on 127.0.0.1" in err and "Traceback" not in err
    assert out == ""  # nothing printed before the port was ours
    code, _, err = run_cli("serve", "--port", "70000", "--data", str(tmp_path))
    assert code == 2 and "--port" in err


def test_the_welcome_names_both_addresses_with_the_qr_code_of_the_trainee_url() -> None:
    import io as text_io

    from game.cli.serve import print_welcome, qr_text, urls

    trainee, others = urls("127.0.0.1", 8123)
    assert trainee == "http://127.0.0.1:8123/" and others == []
    app = make_app(Path(__import__("tempfile").mkdtemp()) / "data")
    out = text_io.StringIO()
    print_welcome(out, "127.0.0.1", 8123, app.state.web, qr=True)
    text = out.getvalue()
    token = app.state.web.config.trainer_token
    assert "http://127.0.0.1:8123/" in text
    assert f"http://127.0.0.1:8123/trainer/login?token={token}" in text
    assert qr_text(trainee) in text and "█" in qr_text(trainee)
    app.state.web.store.engine.dispose()


def _copied_case(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "cases"
    folder.mkdir()
    case_file = folder / "voorbeeld.yaml"
    case_file.write_text((SCENARIOS_DIR / "voorbeeld.yaml").read_text("utf-8"), "utf-8")
    return folder, case_file


def _reopened(app, data: Path, folder: Path, cookie: str | None):  # type: ignore[no-untyped-def]
    app.state.web.store.engine.dispose()
    again = _app_on(data, folder)
    browser = Client(again)
    browser.http.cookies.set(COOKIE, cookie)
    return again, browser


def test_each_move_stores_the_case_file_it_was_made_with(tmp_path: Path) -> None:
    # Edited, then put back: the game went on under the edit, so the first file must
    # replay it again; that works only if the row names the file of the last move.
    folder, case_file = _copied_case(tmp_path)
    first = _app_on(tmp_path / "data", folder)
    browser = Client(first)
    game = browser.start("voorbeeld")
    browser.play(game, ["luisteren"])
    original = first.state.web.cases.get("voorbeeld").scenario.sha256
    assert stored(first, game).scenario_sha256 == original
    cookie = browser.http.cookies.get(COOKIE)
    browser.close()
    text = case_file.read_text("utf-8")
    case_file.write_text(
        text.replace("Vertel eerst wat er nu", "Vertel me eerst wat er nu"), "utf-8"
    )
    second, again = _reopened(first, tmp_path / "data", folder, cookie)
    edited = second.state.web.cases.get("voorbeeld").scenario.sha256
    assert edited != original
    page = again.page(game)  # the edit keeps the game's choices possible: it goes on
    answer = (
        again.move(game, "choose", page.choices[0]) if page.choices else again.move(game, "next")
    )
    assert answer.status_code == 303
    assert stored(second, game).scenario_sha256 == edited
    again.close()
    second.state.web.store.engine.dispose()


def test_undo_and_history_of_a_game_that_no_longer_replays_say_so_and_change_nothing(
    app, client: Client
) -> None:
    # A state that slipped past the cheap checks (stored under this very case file,
    # but its choices cannot be taken in this order: a new program could do that).
    game = client.start("voorbeeld")
    client.play(game, ["luisteren"])
    page = client.play(game, ["1"])
    row = stored(app, game)
    state = json.loads(row.state)
    assert len(state["path"]) >= 2
    state["path"] = list(reversed(state["path"]))
    with app.state.web.store.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE games SET state = ? WHERE id = ?", (json.dumps(state), row.id)
        )
    before = stored(app, game)
    history = client.get(f"{game}/history")
    assert history.status_code == 409
    assert "Deze casus is veranderd" in html.unescape(history.text)
    page = client.page(game)
    undo = client.post(f"{game}/move", {"csrf": page.value("csrf"), "step": page.value("step"),
                                        "action": "undo"})  # fmt: skip
    assert undo.status_code == 409
    assert "Deze casus is veranderd" in html.unescape(undo.text)
    unchanged(app, game, before)


def test_serve_builds_each_cases_engine_before_the_first_trainee_and_freezes_the_start_up(
    app, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from game.cli.serve import settle
    from game.engine import Engine

    settle(app.state.web)
    try:
        assert gc.get_freeze_count() > 10_000  # the cases, their engines, the libraries
    finally:
        gc.unfreeze()  # the rest of the test run collects as usual
    built: list[str] = []
    real_init = Engine.__init__

    def counted(self: Engine, scenario, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        built.append(scenario.id)
        real_init(self, scenario, *args, **kwargs)

    monkeypatch.setattr(Engine, "__init__", counted)
    for case in ("sanne", "voorbeeld", "familie_visser", "intervisie"):
        game = client.start(case)
        client.play(game, ["1"])
    assert built == []  # every page and move, one trainee at a time: the engines built at start
