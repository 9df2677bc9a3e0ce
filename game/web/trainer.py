"""The trainer's pages: who plays what and where they are, the logs as JSONL, and delete.

Behind the token the server printed at start-up: ``/trainer/login?token=…``
sets a signed trainer cookie (for this path only, for one workshop day) and
sends the browser on to ``/trainer``, so the token does not stay in the
address bar. Deleting asks for a typed word as well as the CSRF token.
"""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from game.engine import SessionState, StateError
from game.engine.model import SAFETY, WAIT
from game.log import logformat as lf
from game.web.app import PageError, field_text, lang_of, read_form, render, see_other, web_of
from game.web.security import TRAINER_COOKIE, TRAINER_MAX_AGE, is_id, new_id, tokens_equal
from game.web.strings import t

PATH = "/trainer"


def routes() -> list[Route]:
    return [
        Route(f"{PATH}/login", login),
        Route(PATH, overview),
        Route(f"{PATH}/export.zip", export),
        Route(f"{PATH}/delete", delete, methods=["POST"]),
    ]


def _session(request: Request) -> str:
    session = web_of(request).signer.trainer_session(request.cookies.get(TRAINER_COOKIE))
    if session is None:
        raise PageError(403, "tr.token")
    return session


def _csrf(request: Request, session: str) -> str:
    return web_of(request).signer.csrf(f"trainer:{session}")


async def login(request: Request) -> Response:
    token = request.query_params.get("token", "")
    if len(token) > 100 or not tokens_equal(token, web_of(request).config.trainer_token):
        raise PageError(403, "tr.token")
    response = see_other(PATH)
    response.set_cookie(
        TRAINER_COOKIE,
        web_of(request).signer.trainer_cookie(new_id()),
        max_age=TRAINER_MAX_AGE,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path=PATH,
    )
    return response


def _rows(request: Request, lang: str) -> list[dict[str, Any]]:
    web = web_of(request)
    rows = []
    for game in web.store.all_games():
        case = web.cases.get(game.scenario)
        try:
            state = SessionState.from_json(game.state)
        except StateError:
            state = None
        where = game.node
        if case is not None and game.ended:
            node = case.scenario.nodes.get(game.node)
            if node is not None and node.ending is not None:
                where = t("tr.ended", lang, title=node.ending.title.render(game.lang))
        rows.append(
            {
                "id": game.id,
                "name": game.player_name,
                "case": case.title(game.lang) if case else game.scenario,
                "where": where,
                "choices": len(state.path) if state else "–",
                "wait": state.values.get(WAIT, "–") if state else "–",
                "safety": state.values.get(SAFETY, "–") if state else "–",
                "updated": game.updated_at.astimezone().strftime("%H:%M"),
                "ended": game.ended,
            }
        )
    return rows


async def overview(request: Request) -> Response:
    session = _session(request)
    lang = lang_of(request)
    web = web_of(request)
    await run_in_threadpool(web.store.purge, web.config.keep_days)
    rows = await run_in_threadpool(_rows, request, lang)
    deleted = request.query_params.get("deleted")
    return render(
        request,
        "trainer.html",
        rows=rows,
        done=sum(1 for row in rows if row["ended"]),
        trainer_csrf=_csrf(request, session),
        keep_days=web_of(request).config.keep_days,
        deleted=int(deleted) if deleted and deleted.isdigit() else None,
        not_deleted=request.query_params.get("kept") == "1",
    )


async def export(request: Request) -> Response:
    _session(request)
    store = web_of(request).store

    def archive() -> bytes:
        return store.export_zip(store.all_games())

    data = await run_in_threadpool(archive)
    stamp = lf.utc_now().strftime("%Y%m%dT%H%M%SZ")
    return Response(
        data,
        media_type="application/zip",
        headers={
            "content-disposition": f'attachment; filename="doorbraak-logs-{stamp}.zip"',
            "cache-control": "no-store",
        },
    )


async def delete(request: Request) -> Response:
    session = _session(request)
    form = await read_form(request)
    token = field_text(form, "csrf", 64)
    if not tokens_equal(token, _csrf(request, session)):
        raise PageError(403, "err.403")
    one = field_text(form, "game", 32, required=False)
    if one:  # one game, from its row: no typed word needed
        if not is_id(one):
            raise PageError(400, "err.400")
        count = await run_in_threadpool(web_of(request).store.delete, [one])
        return see_other(f"{PATH}?deleted={count}")
    word = field_text(form, "confirm", 20, required=False).strip().upper()
    lang = lang_of(request)
    if word != t("tr.delete_word", lang) and word not in ("WISSEN", "DELETE"):
        return see_other(f"{PATH}?kept=1")
    count = await run_in_threadpool(web_of(request).store.delete, None)
    return see_other(f"{PATH}?deleted={count}")
