"""The browser player's ASGI app: the trainee's pages, the trainer's, the files and the errors.

Every page is a URL and every change a plain form: POST, commit, then 303 to
the page that shows the result (POST-redirect-GET), so a reload never
repeats a move and the back button never resends one. Work that touches the
database or the engine runs in the thread pool; the event loop only parses
requests and sends answers.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

from game import __version__
from game.i18n import DEFAULT_LANGUAGE, UI_LANGUAGES
from game.paths import FONTS_DIR
from game.web.art import Portraits
from game.web.best import BestScores
from game.web.cases import Case, Cases
from game.web.config import ServeConfig
from game.web.db import Checkpoints, open_database
from game.web.debrief import RangeCache
from game.web.security import (
    COOKIE,
    COOKIE_MAX_AGE,
    BodyLimit,
    Prefs,
    SecurityHeaders,
    Signer,
    new_id,
)
from game.web.store import Game, Store
from game.web.strings import t
from game.web.worker import Worker

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
MAX_FIELDS = 12
ONE_DAY = b"public, max-age=86400"

log = logging.getLogger("doorbraak.web")


class PageError(Exception):
    """A request the server refuses: the status, and the key of the sentence that says why."""

    def __init__(self, status: int, key: str, game: str | None = None) -> None:
        super().__init__(key)
        self.status = status
        self.key = key
        self.game = game


@dataclass
class Web:
    """Everything a request needs, made once when the app is built."""

    config: ServeConfig
    store: Store
    cases: Cases
    signer: Signer
    portraits: Portraits
    ranges: RangeCache
    best: BestScores
    worker: Worker
    templates: Environment
    checkpoints: Checkpoints | None = None
    ready: threading.Event = field(default_factory=threading.Event)

    @property
    def inline(self) -> bool:
        return self.store.engine.dialect.name == "sqlite"

    def warm(self) -> None:
        """Start the analyser's work for every case (in the worker); returns at once."""
        scenarios = [case.scenario for case in self.cases]
        self.ranges.warm(scenarios)
        self.best.warm(scenarios)  # after the ranges: an ending waits for those, not for this

    def close(self) -> None:
        self.worker.close()
        if self.checkpoints is not None:
            self.checkpoints.stop()


def templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        # The templates ship in the package and do not change while it runs: no
        # stat() of the file before every page.
        auto_reload=False,
    )
    return env


async def quick(request: Request, work: Any, *args: Any) -> Any:
    """Run short work that waits for no disk: inline on SQLite, in the thread pool otherwise.

    Reading a game from a local SQLite file and drawing the page, or working out
    a move, takes about a millisecond: less than handing it to a worker thread
    and back, which on a busy machine costs two waits for a CPU, and under the
    interpreter lock threads add no speed to such work. A database on the
    network gets the thread pool, so the event loop never waits for it. Commits,
    which wait for the disk, always go to the thread pool.
    """
    if web_of(request).inline:
        return work(*args)
    return await run_in_threadpool(work, *args)


def web_of(request: Request) -> Web:
    web: Web = request.app.state.web
    return web


# -- who is asking -------------------------------------------------------------------------------


def prefs_of(request: Request) -> Prefs | None:
    """The trainee's verified cookie, or None (no cookie, or one this server did not sign)."""
    cached = request.scope.get("doorbraak.prefs", False)
    if cached is not False:
        return cached  # type: ignore[no-any-return]
    prefs = web_of(request).signer.prefs(request.cookies.get(COOKIE))
    request.scope["doorbraak.prefs"] = prefs
    return prefs


def lang_of(request: Request) -> str:
    prefs = prefs_of(request)
    if prefs is not None:
        return prefs.lang
    asked = request.query_params.get("lang")
    return asked if asked in UI_LANGUAGES else DEFAULT_LANGUAGE


def ensure_prefs(request: Request) -> tuple[Prefs, bool]:
    """The trainee's prefs; a new player id (and True: set the cookie) for a new browser."""
    prefs = prefs_of(request)
    if prefs is not None:
        return prefs, False
    asked = request.query_params.get("lang")
    return Prefs(new_id(), asked if asked in UI_LANGUAGES else DEFAULT_LANGUAGE), True


def set_prefs_cookie(request: Request, response: Response, prefs: Prefs) -> None:
    response.set_cookie(
        COOKIE,
        web_of(request).signer.prefs_cookie(prefs),
        max_age=COOKIE_MAX_AGE,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )


# -- rendering -------------------------------------------------------------------------------


def render(
    request: Request,
    template: str,
    status: int = 200,
    /,
    *,
    lang: str | None = None,
    **context: Any,
) -> HTMLResponse:
    web = web_of(request)
    prefs = prefs_of(request)
    ui = lang or lang_of(request)

    def translate(key: str, **values: object) -> str:
        return t(key, ui, **values)

    page = web.templates.get_template(template).render(
        t=translate,
        lang=ui,
        prefs=prefs,
        size=prefs.size if prefs else 0,
        contrast=prefs.contrast if prefs else False,
        csrf=web.signer.csrf(prefs.player) if prefs else "",
        path=request.url.path,
        version=__version__,
        **context,
    )
    response = HTMLResponse(page, status_code=status)
    response.headers["cache-control"] = "no-store"  # pages hold a game's state: never stale
    return response


def error_page(request: Request, status: int, key: str, game: str | None = None) -> HTMLResponse:
    return render(request, "error.html", status, message_key=key, game=game, status=status)


# -- forms -----------------------------------------------------------------------------------------


async def read_form(request: Request) -> FormData:
    """The posted form (urlencoded only: nothing here takes files), or PageError 400."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise PageError(400, "err.400")
    try:
        form = await request.form(
            max_files=0, max_fields=MAX_FIELDS, max_part_size=web_of(request).config.max_body
        )
    except HTTPException:
        raise
    except Exception:  # a malformed body: multipart's parser raises several kinds
        raise PageError(400, "err.400") from None
    return form


def field_text(form: FormData, name: str, limit: int, *, required: bool = True) -> str:
    value = form.get(name)
    if value is None:
        if required:
            raise PageError(400, "err.400")
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise PageError(400, "err.400")
    return value


def check_csrf(request: Request, form: FormData) -> Prefs:
    """The poster's prefs when the form's CSRF token fits their cookie; else PageError 403."""
    prefs = prefs_of(request)
    token = form.get("csrf")
    if prefs is None or not isinstance(token, str) or len(token) > 64:
        raise PageError(403, "err.403")
    if not web_of(request).signer.csrf_ok(prefs.player, token):
        raise PageError(403, "err.403")
    return prefs


def own_game(request: Request, game_id: str) -> tuple[Game, Case]:
    """The trainee's own game and its case; 404 for an unknown one, 403 for another's."""
    from game.web.security import is_id

    if not is_id(game_id):
        raise PageError(404, "err.404")
    game = web_of(request).store.get(game_id)
    if game is None:
        raise PageError(404, "err.404")
    prefs = prefs_of(request)
    if prefs is None or prefs.player != game.player:
        raise PageError(403, "err.not_yours")
    case = web_of(request).cases.get(game.scenario)
    if case is None:
        raise PageError(404, "err.404", game=game.id)
    return game, case


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def local_path(value: str | None, fallback: str = "/") -> str:
    """A return address that stays on this site: a path, never another host."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return fallback
    if len(value) > 200 or any(ord(c) < 32 for c in value):
        return fallback
    return value


# -- errors -------------------------------------------------------------------------------------


async def on_page_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, PageError)
    return error_page(request, exc.status, exc.key, exc.game)


HTTP_KEYS = {400: "err.400", 403: "err.403", 404: "err.404", 405: "err.405", 413: "err.413"}


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    status = exc.status_code
    key = HTTP_KEYS.get(status, "err.400" if status < 500 else "err.500")
    return error_page(request, status, key)


async def on_crash(request: Request, exc: Exception) -> Response:
    # The server's console gets the traceback (uvicorn logs it); the trainee a plain page.
    try:
        return error_page(request, 500, "err.500")
    except Exception:  # even the error page failed: say it plainly, never a traceback
        return PlainTextResponse("Er ging iets mis op de server. / Something went wrong.", 500)


def too_large_app(app: Starlette) -> Any:
    async def answer(scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        request.scope["app"] = app
        response = error_page(request, 413, "err.413")
        response.headers["connection"] = "close"
        await response(scope, receive, send)

    return answer


# -- the app -----------------------------------------------------------------------------------


def build_web(config: ServeConfig, cases: Cases | None = None) -> Web:
    engine = open_database(config.database_url)
    checkpoints = Checkpoints(engine).start()
    store = Store(engine)
    store.purge(config.keep_days)
    worker = Worker()
    return Web(
        config=config,
        store=store,
        cases=cases if cases is not None else Cases.load(config.scenario_dirs),
        signer=Signer(config.secret),
        portraits=Portraits(config.art_cache),
        ranges=RangeCache(worker, config.analyse),
        best=BestScores(config.data_dir, worker, config.best_score),
        worker=worker,
        templates=templates(),
        checkpoints=checkpoints,
    )


def create_app(config: ServeConfig, cases: Cases | None = None) -> Any:
    """The ASGI app for ``config``: database migrated and cases loaded before it returns."""
    from game.web import pages, trainer

    web = build_web(config, cases)
    routes = [
        *pages.routes(),
        *trainer.routes(),
        Route("/healthz", healthz),
        Mount("/static", app=Cached(StaticFiles(directory=STATIC)), name="static"),
        Mount("/fonts", app=Cached(StaticFiles(directory=FONTS_DIR)), name="fonts"),
    ]
    app = Starlette(
        routes=routes,
        # A page is 5-80 kB of text; gzip makes it a fifth of that on a phone's connection.
        middleware=[Middleware(GZipMiddleware, minimum_size=800, compresslevel=6)],
        exception_handlers={
            PageError: on_page_error,
            HTTPException: on_http_error,
            Exception: on_crash,
        },
        lifespan=_lifespan(web),
    )
    app.state.web = web
    web.ready.set()
    limited = BodyLimit(app, config.max_body, too_large_app(app))
    outer = SecurityHeaders(limited)
    outer.state = app.state  # type: ignore[attr-defined]  # tests reach the Web through it
    return outer


class Cached:
    """The package's own files may be kept a day: the pages name them with ``?v=`` + version."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_cache(message: Any) -> None:
            if message["type"] == "http.response.start" and message.get("status") == 200:
                headers = [*message.get("headers", []), (b"cache-control", ONE_DAY)]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_cache)


def _lifespan(web: Web) -> Any:
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> Any:
        web.warm()  # the analyser's work, in the worker process
        threading.Thread(target=_warm, args=(web,), name="doorbraak-warm", daemon=True).start()
        try:
            yield
        finally:
            web.close()

    return lifespan


def _warm(web: Web) -> None:
    """Draw the portraits before the first trainee needs them."""
    scenarios = [case.scenario for case in web.cases]
    try:
        if web.config.warm_art:
            web.portraits.warm(scenarios)
    except Exception:  # warming is an optimisation; a request will do it again
        log.exception("warming the caches failed")


async def healthz(request: Request) -> Response:
    web = web_of(request)
    try:
        await run_in_threadpool(web.store.ping)
    except Exception:
        return PlainTextResponse("database unavailable\n", 503)
    if not web.ready.is_set():
        return PlainTextResponse("starting\n", 503)
    return PlainTextResponse(f"ok: {len(web.cases)} cases\n")
