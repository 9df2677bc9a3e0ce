"""The app in-process over real HTTP semantics (httpx's ASGI transport), with cookies.

Each client is one browser: it keeps its cookies, reads the forms of the
page it was given and posts them back, as a trainee's browser does.
"""

from __future__ import annotations

import asyncio
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from game.paths import SCENARIOS_DIR
from game.web.app import create_app
from game.web.cases import Cases
from game.web.config import ServeConfig

_CASES: dict[str, Cases] = {}


def shipped_cases() -> Cases:
    """The shipped cases, loaded once for the whole test run (loading takes a second)."""
    if "shipped" not in _CASES:
        _CASES["shipped"] = Cases.load([SCENARIOS_DIR])
    return _CASES["shipped"]


def make_app(data: Path, database: str | None = None, **options: Any) -> Any:
    options.setdefault("warm_art", False)
    options.setdefault("analyse", False)
    options.setdefault("best_score", False)
    config = ServeConfig.make(data, database, (SCENARIOS_DIR,), **options)
    return create_app(config, cases=shipped_cases())


class Client:
    def __init__(self, app: Any, raise_app_exceptions: bool = True) -> None:
        self.app = app
        self.loop = asyncio.new_event_loop()
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=raise_app_exceptions)
        self.http = httpx.AsyncClient(transport=transport, base_url="http://testserver")

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self.loop.run_until_complete(self.http.request(method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, data: dict[str, str] | None = None, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, data=data, **kwargs)

    def close(self) -> None:
        self.loop.run_until_complete(self.http.aclose())
        self.loop.close()

    # -- a trainee's moves, through the page's own forms -------------------------------------

    def csrf(self) -> str:
        page = self.get("/")
        return form_value(page.text, "csrf")

    def start(self, case: str = "voorbeeld", name: str = "Robin", lang: str = "nl") -> str:
        token = self.csrf()
        answer = self.post("/start", {"csrf": token, "case": case, "name": name, "lang": lang})
        assert answer.status_code == 303, answer.text
        return str(answer.headers["location"]).removesuffix("#now")

    def page(self, game: str) -> Page:
        answer = self.get(game)
        assert answer.status_code == 200, answer.text
        return Page(answer.text)

    def move(self, game: str, action: str, choice: str | None = None) -> httpx.Response:
        page = self.page(game)
        data = {"csrf": page.value("csrf"), "step": page.value("step"), "action": action}
        if choice is not None:
            data["choice"] = choice
        return self.post(f"{game}/move", data)

    def play(self, game: str, choices: list[str]) -> Page:
        """Go on and choose, as a trainee would, until the choices are used up or it ends."""
        pending = list(choices)
        for _ in range(500):
            page = self.page(game)
            if page.ended:
                return page
            if page.choices:
                if not pending:
                    return page
                wanted = pending.pop(0)
                key = page.choices[int(wanted) - 1] if wanted.isdigit() else wanted
                answer = self.move(game, "choose", key)
            else:
                answer = self.move(game, "next")
            assert answer.status_code == 303, answer.text
        raise AssertionError("the game did not end")


@dataclass
class Page:
    text: str

    def value(self, name: str) -> str:
        return form_value(self.text, name)

    @property
    def choices(self) -> list[str]:
        return [html.unescape(v) for v in re.findall(r'name="choice" value="([^"]*)"', self.text)]

    @property
    def ended(self) -> bool:
        return bool(re.search(r'href="/g/[0-9a-f]{32}/end"', self.text))

    @property
    def step(self) -> int:
        return int(self.value("step"))


def form_value(text: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', text)
    assert found, f"no field {name} in the page"
    return html.unescape(found.group(1))
