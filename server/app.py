"""The ASGI application: the intake API, its OpenAPI description, an access log without secrets.

The HTML pages for district administrators and the public /verify page are their own module
(server/web/), mounted as another router; the intake API does not depend on them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError

from app.sync.protocol import PROTOCOL_VERSION

from . import api, web
from .config import Settings
from .errors import ApiError, api_error_handler, validation_error_handler
from .state import ServerState

access_log = logging.getLogger("kense.server.access")


def create_app(settings: Settings | None = None, state: ServerState | None = None) -> FastAPI:
    """An app on `state` (tests share one), or on a state opened from `settings` at start-up."""
    if state is None and settings is None:
        raise ValueError("settings or state")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = state is None
        app.state.kense = state if state is not None else ServerState.open(settings)  # type: ignore[arg-type]
        try:
            yield
        finally:
            if own:
                app.state.kense.db.close()

    app = FastAPI(title="Kense district server", version=f"protocol {PROTOCOL_VERSION}", lifespan=lifespan,
                  description="Receives what schools' Kense send: docs/sync-protocol.md.",
                  docs_url=None, redoc_url=None)
    if state is not None:
        app.state.kense = state
    app.add_exception_handler(ApiError, api_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.include_router(api.router)
    app.include_router(web.router)
    app.middleware("http")(_access_log)
    return app


def from_environment() -> FastAPI:
    """The app for `kense-server serve --workers N`: each worker process builds its own from the
    environment (KENSE_SERVER_DSN, KENSE_SERVER_POOL), with its own pool and rate windows."""
    import os
    return create_app(Settings(os.environ["KENSE_SERVER_DSN"], pool_max=int(os.environ.get("KENSE_SERVER_POOL", "10"))))


async def _access_log(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """One line per request. Never the Authorization header, a body or a query string (no secrets, no
    personal data); X-Road-* headers as they came, so a Tunduk security server's ids can be traced."""
    started = time.perf_counter()
    response = await call_next(request)
    xroad = {k: v[:200] for k, v in request.headers.items() if k.lower().startswith("x-road-")}
    access_log.info("%s %s %s %.1fms device=%s%s", request.method, request.url.path, response.status_code,
                    (time.perf_counter() - started) * 1000, getattr(request.state, "device", "-"),
                    "".join(f" {k}={v!r}" for k, v in sorted(xroad.items())))
    return response
