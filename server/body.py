"""Request bodies read within the limits: the raw size, and the decoded size of a gzip body."""

from __future__ import annotations

import json
import zlib
from typing import Any

from fastapi import Request

from app.sync.protocol import Fatal

from .errors import ApiError


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise ApiError(Fatal.BODY_TOO_LARGE, f"body over {limit} bytes")
    parts: list[bytes] = []
    size = 0
    async for piece in request.stream():
        size += len(piece)
        if size > limit:
            raise ApiError(Fatal.BODY_TOO_LARGE, f"body over {limit} bytes")
        parts.append(piece)
    raw = b"".join(parts)
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("", "identity"):
        return raw
    if encoding != "gzip":
        raise ApiError(Fatal.BAD_REQUEST, "Content-Encoding must be gzip or absent")
    return gunzip(raw, limit)


def gunzip(raw: bytes, limit: int) -> bytes:
    """Decoded bytes, refused as soon as they pass `limit` (a small bomb never expands in memory)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(raw, limit + 1)
    except zlib.error as exc:
        raise ApiError(Fatal.BAD_REQUEST, "body is not valid gzip") from exc
    if len(out) > limit or inflater.unconsumed_tail:
        raise ApiError(Fatal.BODY_TOO_LARGE, f"decoded body over {limit} bytes")
    if not inflater.eof or inflater.unused_data:
        raise ApiError(Fatal.BAD_REQUEST, "body is not one complete gzip stream")
    return out


def parse_json(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError, RecursionError) as exc:
        raise ApiError(Fatal.BAD_REQUEST, "body is not JSON") from exc


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")
