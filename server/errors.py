"""Refusals of a whole request: {"error": code, "detail": text} with the status protocol.py assigns."""

from __future__ import annotations

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from app.sync.protocol import FATAL_STATUS, Fatal, ProtocolError, error_body


class ApiError(Exception):
    def __init__(self, code: Fatal, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.code, self.detail, self.headers = code, detail, headers or {}

    @classmethod
    def from_protocol(cls, exc: ProtocolError) -> ApiError:
        code = Fatal(exc.code) if exc.code in Fatal.__members__.values() else Fatal.BAD_REQUEST
        return cls(code, exc.detail)


def error_response(code: Fatal, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, detail), status_code=FATAL_STATUS[code], headers=headers)


async def api_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.code, exc.detail, exc.headers)


async def validation_error_handler(request: Request, exc: Exception) -> JSONResponse:
    # Path and header parameters FastAPI checks itself; the message names the parameter, never a value.
    assert isinstance(exc, RequestValidationError)
    where = sorted({".".join(str(p) for p in e.get("loc", ())) for e in exc.errors()})
    return error_response(Fatal.BAD_REQUEST, "not valid: " + ", ".join(where)[:300])


# Documented error statuses of the routes (OpenAPI "responses").
ERROR_SCHEMA = {"type": "object", "required": ["error", "detail"],
                "properties": {"error": {"type": "string", "enum": [str(c) for c in Fatal]},
                               "detail": {"type": "string"}}}


def documented(*codes: Fatal) -> dict[int | str, dict]:
    out: dict[int | str, dict] = {}
    for code in codes:
        status = FATAL_STATUS[code]
        entry = out.setdefault(status, {"description": "", "content": {"application/json": {"schema": ERROR_SCHEMA}}})
        entry["description"] = ", ".join(filter(None, [entry["description"], str(code)]))
    return out
