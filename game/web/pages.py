"""The trainee's pages: the cases, the conversation, the history, the ending and the settings.

GET pages only read. Every POST checks its CSRF token, its fields' lengths
and the step the form was drawn at, commits, and answers 303 to a page.
"""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from game.engine import Session
from game.engine.glossary import terms_for
from game.i18n import SHARED, UI_LANGUAGES, tr
from game.web import best, play
from game.web import ending as end
from game.web.app import (
    PageError,
    check_csrf,
    ensure_prefs,
    field_text,
    lang_of,
    local_path,
    own_game,
    quick,
    read_form,
    render,
    see_other,
    set_prefs_cookie,
    web_of,
)
from game.web.cases import Case
from game.web.db import NAME_LENGTH, SCENARIO_LENGTH
from game.web.debrief import debrief_of, document, sections
from game.web.security import TEXT_SIZES, new_id
from game.web.store import Game, Move, StaleMove
from game.web.strings import t

MOOD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz_")


def routes() -> list[Route]:
    return [
        Route("/", home),
        Route("/start", start, methods=["POST"]),
        Route("/g/{game_id}", conversation),
        Route("/g/{game_id}/move", move, methods=["POST"]),
        Route("/g/{game_id}/history", history),
        Route("/g/{game_id}/end", ending),
        Route("/g/{game_id}/glossary", glossary),
        Route("/g/{game_id}/debrief.html", debrief_download),
        Route("/settings", settings),
        Route("/settings", save_settings, methods=["POST"]),
        Route("/privacy", privacy),
        Route("/art/{scenario}/{character}/{mood}.png", portrait),
    ]


def text_lang(case: Case, lang: str) -> str:
    """The case's text in the trainee's language when it has it, else in its own first one."""
    return lang if lang in case.scenario.languages else case.scenario.default_language


# -- the start page ------------------------------------------------------------------------------


async def home(request: Request) -> Response:
    web = web_of(request)
    prefs, new = ensure_prefs(request)
    request.scope["doorbraak.prefs"] = prefs
    lang = prefs.lang
    going = [] if new else await quick(request, web.store.games_of, prefs.player)
    titles = {case.id: case.title(text_lang(case, lang)) for case in web.cases}
    response = render(
        request,
        "home.html",
        cases=[
            {
                "id": case.id,
                "title": titles[case.id],
                "summary": case.summary(text_lang(case, lang)),
                "langs": ", ".join(_lang_name(x, lang) for x in case.scenario.languages),
            }
            for case in web.cases
        ],
        going=[
            {
                "id": g.id,
                "title": titles.get(g.scenario, g.scenario),
                "name": g.player_name,
                "ended": g.ended,
            }
            for g in going
            if g.scenario in titles
        ],
        name=going[0].player_name if going else "",
        first=web.cases.cases[0].id if len(web.cases) else None,
    )
    if new:
        set_prefs_cookie(request, response, prefs)
    return response


def _lang_name(code: str, lang: str) -> str:
    key = f"lang_name.{code}"
    text = t(key, lang)
    return code if text == key else text


async def start(request: Request) -> Response:
    form = await read_form(request)
    prefs = check_csrf(request, form)
    case_id = field_text(form, "case", SCENARIO_LENGTH)
    name = " ".join(field_text(form, "name", NAME_LENGTH, required=False).split())
    lang = field_text(form, "lang", 8, required=False) or prefs.lang
    if lang not in UI_LANGUAGES:
        raise PageError(400, "err.400")
    web = web_of(request)
    case = web.cases.get(case_id)
    if case is None:
        raise PageError(404, "err.404")
    name = name or tr(SHARED, "player.default", lang)
    game_id = new_id()
    played = text_lang(case, lang)

    def create(initial: Move) -> None:
        web.best.start(case.scenario)  # worked out while the trainee plays
        web.store.create(
            game_id=game_id,
            player=prefs.player,
            player_name=name,
            scenario=case.id,
            scenario_sha256=case.scenario.sha256,
            lang=played,
            move=initial,
        )

    # As a move: the engine's part inline on SQLite, the commit in a thread.
    if web.inline:
        await run_in_threadpool(create, play.start(case.scenario, name, played))
    else:
        await run_in_threadpool(lambda: create(play.start(case.scenario, name, played)))
    response = see_other(f"/g/{game_id}#now")
    if lang != prefs.lang:
        set_prefs_cookie(request, response, prefs.with_(lang=lang))
    return response


# -- the conversation -----------------------------------------------------------------------------


def _conversation(request: Request, game: Game, case: Case) -> dict[str, Any]:
    lang = text_lang(case, lang_of(request))
    with play.resume(case.scenario, game) as session:
        return _conversation_of(session, game, case, lang)


def _conversation_of(session: Session, game: Game, case: Case, lang: str) -> dict[str, Any]:
    view = session.view(lang)
    who = play.speaker(view)
    sha = (case.scenario.sha256 or "")[:10]
    return {
        "game": game,
        "case_title": case.title(lang),
        "view": view,
        "paragraphs": [p for p in view.text.split("\n") if p.strip()],
        "speaker": who,
        "role": play.role_label(who.role, lang) if who else None,
        "portrait": f"/art/{case.id}/{who.id}/{who.mood}.png?v={sha}" if who else None,
        "meters": play.meters(session, view, lang),
        "notice": play.feedback(session, game.notice, lang),
        "can_undo": session.can_undo,
        "text_lang": lang,
    }


async def conversation(request: Request) -> Response:
    game, case = own_game(request, request.path_params["game_id"])
    try:
        context = await quick(request, _conversation, request, game, case)
    except play.CaseChanged:
        raise PageError(409, "dlg.case_changed", game=None) from None
    return render(request, "conversation.html", **context)


async def move(request: Request) -> Response:
    form = await read_form(request)
    check_csrf(request, form)
    game, case = own_game(request, request.path_params["game_id"])
    action = field_text(form, "action", 10)
    step_text = field_text(form, "step", 10)
    choice = field_text(form, "choice", 100, required=False) or None
    if action not in play.ACTIONS or not step_text.isdigit():
        raise PageError(400, "err.400", game=game.id)
    if int(step_text) != game.step:
        raise PageError(409, "err.stale", game=game.id)
    store = web_of(request).store
    try:
        # The move itself is the interpreter's work (about a millisecond): inline
        # on SQLite, as a page is (see quick), so moves do not take turns for the
        # interpreter lock across threads, each on an engine of its own. Only the
        # commit, which waits for the disk, goes to a thread.
        if web_of(request).inline:
            done = play.make_move(case.scenario, game, action, choice)
            await run_in_threadpool(store.commit_move, game.id, game.step, done)
        else:  # a database on the network: the move and its commit in one thread hop
            await run_in_threadpool(
                lambda: store.commit_move(
                    game.id, game.step, play.make_move(case.scenario, game, action, choice)
                )
            )
    except play.MoveRefused:
        raise PageError(409, "err.not_available", game=game.id) from None
    except StaleMove:
        raise PageError(409, "err.stale", game=game.id) from None
    except play.CaseChanged:
        raise PageError(409, "dlg.case_changed") from None
    return see_other(f"/g/{game.id}#now")


async def history(request: Request) -> Response:
    game, case = own_game(request, request.path_params["game_id"])
    lang = text_lang(case, lang_of(request))

    def lines() -> list[play.Line]:
        with play.resume(case.scenario, game) as session:
            return play.history(session, lang)

    try:
        found = await run_in_threadpool(lines)
    except play.CaseChanged:
        raise PageError(409, "dlg.case_changed") from None
    return render(request, "history.html", game=game, case_title=case.title(lang), lines=found)


# -- the ending ----------------------------------------------------------------------------------


def _ending(request: Request, game: Game, case: Case) -> dict[str, Any]:
    ui = lang_of(request)
    with play.resume(case.scenario, game) as session:
        return _ending_of(request, session, game, case, ui, text_lang(case, ui))


def _ending_of(
    request: Request, session: Session, game: Game, case: Case, ui: str, lang: str
) -> dict[str, Any]:
    """The page in the order that teaches (issue 12): how it ended and how far, the
    client's days, safety, the number beside the best the case allows, then what to
    think about and what helps; the trainer's chart and per-moment debrief after that."""
    web = web_of(request)
    view = session.view(lang)
    if view.ending is None:
        raise PageError(409, "end.unfinished", game=game.id)
    scenario = case.scenario
    score = session.score()
    elsewhere = best.begun_elsewhere(scenario, session.state)
    shown = None if elsewhere else web.best.shown(scenario)
    debrief = debrief_of(scenario, web.store.records(game.id), game.id, lang, web.ranges)
    parts = sections(debrief) if debrief is not None else None
    points = debrief.points if debrief is not None else []
    return {
        "game": game,
        "case": case,
        "case_title": case.title(lang),
        "view": view,
        "client": play.client_name(scenario, lang),
        "outcome": tr(SHARED, f"outcome.{view.ending.outcome}", ui),
        "level": end.level_index(view.ending.breakthrough),
        "level_sentence": end.level_sentence(view.ending.breakthrough, ui),
        "levels": end.LEVELS,
        "days": end.days_part(scenario, score, ui, lang),
        "safety": end.safety_part(session, score, ui, lang),
        "reckoning": end.reckoning(scenario, score, shown, ui, lang),
        "reflection": end.reflection(session, ui, lang),
        "safety_label": end.safety_label(scenario, ui, lang),
        "debrief": parts,
        "points": points,
        "can_undo": session.can_undo,
        "text_lang": lang,
    }


async def ending(request: Request) -> Response:
    game, case = own_game(request, request.path_params["game_id"])
    try:
        context = await run_in_threadpool(_ending, request, game, case)
    except play.CaseChanged:
        raise PageError(409, "dlg.case_changed") from None
    return render(request, "ending.html", **context)


_glossaries: dict[tuple[str, str | None, str], list[dict[str, str]]] = {}


def glossary_terms(case: Case, lang: str) -> list[dict[str, str]]:
    """The case's glossary in ``lang``, found once: searching Sanne's texts for every
    term takes some 40 ms, and a case never changes while the server runs."""
    key = (case.id, case.scenario.sha256, lang)
    found = _glossaries.get(key)
    if found is None:
        found = _glossaries[key] = [
            {"term": term.term.render(lang), "meaning": term.meaning.render(lang)}
            for term in terms_for(case.scenario, lang)
        ]
    return found


async def glossary(request: Request) -> Response:
    """The words of the social domain this case uses, in plain language (a <dl>)."""
    game, case = own_game(request, request.path_params["game_id"])
    lang = text_lang(case, lang_of(request))
    terms = await run_in_threadpool(glossary_terms, case, lang)
    return render(
        request, "glossary.html", game=game, case_title=case.title(lang), terms=terms,
        text_lang=lang,
    )  # fmt: skip


async def debrief_download(request: Request) -> Response:
    game, case = own_game(request, request.path_params["game_id"])
    web = web_of(request)
    lang = text_lang(case, lang_of(request))

    def page() -> str | None:
        debrief = debrief_of(case.scenario, web.store.records(game.id), game.id, lang, web.ranges)
        return document(debrief) if debrief is not None and debrief.finished else None

    html = await run_in_threadpool(page)
    if html is None:
        raise PageError(409, "end.unfinished", game=game.id)
    name = f"nabespreking-{case.id}.html" if lang == "nl" else f"debrief-{case.id}.html"
    return Response(
        html,
        media_type="text/html; charset=utf-8",
        headers={
            "content-disposition": f'attachment; filename="{name}"',
            "cache-control": "no-store",
        },
    )


# -- settings and other pages --------------------------------------------------------------------


async def settings(request: Request) -> Response:
    prefs, new = ensure_prefs(request)
    request.scope["doorbraak.prefs"] = prefs
    back = local_path(request.query_params.get("back"))
    response = render(
        request,
        "settings.html",
        back=back,
        sizes=TEXT_SIZES,
        languages=UI_LANGUAGES,
        saved=request.query_params.get("saved") == "1",
    )
    if new:
        set_prefs_cookie(request, response, prefs)
    return response


async def save_settings(request: Request) -> Response:
    form = await read_form(request)
    prefs = check_csrf(request, form)
    lang = field_text(form, "lang", 8)
    size = field_text(form, "size", 2)
    contrast = field_text(form, "contrast", 3, required=False)
    back = local_path(field_text(form, "back", 200, required=False))
    if lang not in UI_LANGUAGES or not size.isdigit() or int(size) not in TEXT_SIZES:
        raise PageError(400, "err.400")
    if contrast not in ("", "on"):
        raise PageError(400, "err.400")
    updated = prefs.with_(lang=lang, size=int(size), contrast=contrast == "on")
    response = see_other(f"/settings?saved=1&back={back}")
    set_prefs_cookie(request, response, updated)
    return response


async def privacy(request: Request) -> Response:
    web = web_of(request)
    return render(request, "privacy.html", keep_days=web.config.keep_days)


async def portrait(request: Request) -> Response:
    web = web_of(request)
    params = request.path_params
    case = web.cases.get(params["scenario"])
    mood = params["mood"]
    if case is None or len(mood) > 30 or not set(mood) <= MOOD_CHARS:
        raise PageError(404, "err.404")
    png = await run_in_threadpool(web.portraits.png, case.scenario, params["character"], mood)
    if png is None:
        raise PageError(404, "err.404")
    return Response(
        png,
        media_type="image/png",
        headers={"cache-control": "public, max-age=31536000, immutable"},
    )
