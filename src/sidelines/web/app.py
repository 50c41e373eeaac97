"""The FastAPI application: one store, the JSON API under /api, the pages, and the security rules of both."""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from sidelines.errors import SidelinesError
from sidelines.ingest.fetch import is_loopback_host
from sidelines.store import open_store
from sidelines.store.sql import SqlStore

HERE = Path(__file__).resolve().parent
#: The environment variable holding the token that write requests must carry.
TOKEN_ENV = "SIDELINES_TOKEN"
#: The largest request body accepted (bytes).
MAX_BODY = 2_000_000
#: The headers every response carries: no inline script, no framing, no type sniffing.
SECURITY_HEADERS = {
    "content-security-policy": ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                                "frame-ancestors 'none'"),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
}

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass
class WebConfig:
    """How the app may be used: where it listens, whether it writes, and the token writes need."""

    store_url: str
    host: str = "127.0.0.1"
    writable: bool = False
    token: str | None = None
    max_body: int = MAX_BODY

    def check(self) -> None:
        """Refuse a writable app on a non-loopback address without a token."""
        if self.writable and not is_loopback(self.host) and not self.token:
            raise SidelinesError(f"writes on {self.host} need a token: give --token or set {TOKEN_ENV}",
                                 code="E500")


def is_loopback(host: str) -> bool:
    """Whether a host name or address only reaches this machine."""
    return is_loopback_host(host)


class Guard:
    """ASGI middleware: the security headers on every response, and a limit on request bodies."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await self._too_large(send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise _TooLarge
            return message

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.decode().lower() not in SECURITY_HEADERS]
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, limited, with_headers)
        except _TooLarge:
            await self._too_large(send)

    async def _too_large(self, send: Send) -> None:
        body = b'{"detail":"request body larger than the limit"}'
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    """A request body went over the limit while it was read."""


def create_app(store_url: str, *, host: str = "127.0.0.1", writable: bool = False, token: str | None = None,
               max_body: int = MAX_BODY, pipeline: Any = None) -> FastAPI:
    """The app over one store.

    Read-only unless ``writable``; on a non-loopback ``host`` a writable app needs ``token``
    (else the ``SIDELINES_TOKEN`` environment variable), which write requests carry as
    ``Authorization: Bearer TOKEN``. ``pipeline`` is the extraction pipeline for
    ``POST /api/extract`` (built on first use when None).
    """
    from sidelines.web import api, pages

    config = WebConfig(store_url=store_url, host=host, writable=writable,
                       token=token or os.environ.get(TOKEN_ENV) or None, max_body=max_body)
    config.check()
    store: SqlStore = open_store(store_url)
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="sidelines", version="0.1.0", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Who met whom, where, when, and who said what: the record of a store, read-only "
                              "unless the server was started writable.")
    app.state.config = config
    app.state.store = store
    app.state.pipeline = pipeline
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.exception_handler(SidelinesError)
    async def library_error(request: Request, exc: SidelinesError) -> Response:
        status = 404 if exc.code in {"E404", "E405", "E406", "E408"} else 400
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.message, "code": exc.code}, status_code=status)
        return pages.error_page(request, status, exc.message)

    app.add_middleware(Guard, max_body=config.max_body)
    return app


def token_matches(config: WebConfig, header: str | None) -> bool:
    """Whether an Authorization header carries the configured token (always, when none is configured)."""
    if not config.token:
        return True
    given = (header or "").removeprefix("Bearer ").strip()
    return secrets.compare_digest(given.encode(), config.token.encode())
