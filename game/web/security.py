"""The trainee's signed cookie, CSRF tokens, and the headers and limits on every response.

The cookie holds a random player id and the trainee's settings, signed with
HMAC-SHA256 under the server's secret (kept in the data folder, so cookies
outlive a restart). A cookie that does not verify is treated as no cookie.
Every form carries a CSRF token derived from the player id; together with
the SameSite cookie a page on another site cannot post a choice.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, replace
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from game.i18n import DEFAULT_LANGUAGE, UI_LANGUAGES

COOKIE = "doorbraak"
TRAINER_COOKIE = "doorbraak_trainer"
COOKIE_MAX_AGE = 60 * 60 * 24 * 90  # 90 days: a course with weeks between its sessions
TRAINER_MAX_AGE = 60 * 60 * 12  # one workshop day
MAX_COOKIE = 1024
TEXT_SIZES = (0, 1, 2)

# Everything comes from this server; no inline script, no framing, no plug-ins.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


def new_id() -> str:
    """128 random bits as 32 hex characters: a game or player id nobody can guess."""
    return secrets.token_hex(16)


def is_id(value: str) -> bool:
    return len(value) == 32 and all(c in "0123456789abcdef" for c in value)


@dataclass(frozen=True, slots=True)
class Prefs:
    """What the cookie carries: who the browser is, and how it wants the pages."""

    player: str
    lang: str = DEFAULT_LANGUAGE
    size: int = 0
    contrast: bool = False

    def with_(self, **changes: Any) -> Prefs:
        return replace(self, **changes)


class Signer:
    def __init__(self, secret: bytes) -> None:
        self._key = secret

    def _mac(self, purpose: str, data: bytes) -> bytes:
        return hmac.new(self._key, purpose.encode() + b"\x00" + data, hashlib.sha256).digest()

    def sign(self, purpose: str, payload: dict[str, Any]) -> str:
        data = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
        return _b64(data) + "." + _b64(self._mac(purpose, data))

    def unsign(self, purpose: str, value: str | None) -> dict[str, Any] | None:
        """The payload of a value this server signed for ``purpose``; None for anything else."""
        if not value or len(value) > MAX_COOKIE or value.count(".") != 1:
            return None
        body, mac = value.split(".")
        try:
            data, given = _unb64(body), _unb64(mac)
        except ValueError:
            return None
        if not hmac.compare_digest(given, self._mac(purpose, data)):
            return None
        try:
            payload = json.loads(data)
        except ValueError:
            return None
        return payload if isinstance(payload, dict) else None

    # -- the trainee's cookie ------------------------------------------------------------------

    def prefs(self, value: str | None) -> Prefs | None:
        payload = self.unsign(COOKIE, value)
        if payload is None:
            return None
        player, lang, size = payload.get("p"), payload.get("l"), payload.get("s")
        if not isinstance(player, str) or not is_id(player):
            return None
        return Prefs(
            player,
            lang if lang in UI_LANGUAGES else DEFAULT_LANGUAGE,
            size if size in TEXT_SIZES else 0,
            payload.get("c") is True,
        )

    def prefs_cookie(self, prefs: Prefs) -> str:
        return self.sign(
            COOKIE, {"p": prefs.player, "l": prefs.lang, "s": prefs.size, "c": prefs.contrast}
        )

    def csrf(self, player: str) -> str:
        return _b64(self._mac("csrf", player.encode()))[:32]

    def csrf_ok(self, player: str, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(str(token), self.csrf(player))

    # -- the trainer's -----------------------------------------------------------------------

    def trainer_cookie(self, session: str) -> str:
        return self.sign(TRAINER_COOKIE, {"t": session})

    def trainer_session(self, value: str | None) -> str | None:
        payload = self.unsign(TRAINER_COOKIE, value)
        session = payload.get("t") if payload else None
        return session if isinstance(session, str) and is_id(session) else None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError) as err:
        raise ValueError(str(err)) from None


def tokens_equal(given: str | None, expected: str) -> bool:
    return bool(given) and hmac.compare_digest(str(given).encode(), expected.encode())


class SecurityHeaders:
    """Adds the CSP and its friends to every response (error pages and files too)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                headers += [(n, v) for n, v in HEADERS if n not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses a request body over ``limit`` bytes before the app reads it all.

    A declared Content-Length over the limit is answered at once (by
    ``too_large``); a body sent in chunks is counted as it arrives, and the
    read that passes the limit raises HTTPException(413) inside the app, so
    the app's own error page answers it.
    """

    def __init__(self, app: ASGIApp, limit: int, too_large: ASGIApp) -> None:
        self.app = app
        self.limit = limit
        self.too_large = too_large

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = self.limit + 1
                if declared > self.limit:
                    await self.too_large(scope, receive, send)
                    return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise HTTPException(413)
            return message

        await self.app(scope, counted, send)
