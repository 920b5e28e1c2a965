"""The intake API /api/v1 (docs/sync-protocol.md): what a school's Kense calls."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Header, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.sync import protocol as p
from app.sync.protocol import Fatal, ProtocolError

from . import checkpoints, devices, files, records
from .body import parse_json, read_body
from .errors import ApiError, documented
from .state import ServerState

router = APIRouter(prefix=p.API_PREFIX)
_bearer = HTTPBearer(auto_error=False, description="The device token issued at enrolment")

Protocol = Annotated[str | None, Header(alias=p.HEADER_PROTOCOL, description="Always 1")]
ServerId = Annotated[str | None, Header(alias=p.HEADER_SERVER_ID, description="The server id pinned at enrolment")]
Creds = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]

T = TypeVar("T")
_AUTHED = (Fatal.UNSUPPORTED_PROTOCOL, Fatal.BAD_REQUEST, Fatal.UNAUTHORIZED, Fatal.DEVICE_REVOKED,
           Fatal.WRONG_SERVER, Fatal.RATE_LIMITED)
_HEX64 = r"^[0-9a-f]{64}$"


def _state(request: Request) -> ServerState:
    state = request.app.state.kense
    assert isinstance(state, ServerState)
    return state


def _check_protocol(value: str | None) -> None:
    if value is None or value.strip() != str(p.PROTOCOL_VERSION):
        raise ApiError(Fatal.UNSUPPORTED_PROTOCOL, f"{p.HEADER_PROTOCOL}: {p.PROTOCOL_VERSION} is spoken here")


async def _device(request: Request, protocol: str | None, server_id: str | None,
                  credentials: HTTPAuthorizationCredentials | None) -> devices.Device:
    """Every authenticated call: protocol, token, revocation, pinned server, rate — in that order."""
    _check_protocol(protocol)
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(Fatal.UNAUTHORIZED, "Authorization: Bearer <device token> is required")
    state = _state(request)
    device = await run_in_threadpool(devices.authenticate, state.db, credentials.credentials)
    request.state.device = device.device_id
    if server_id != state.identity.server_id:
        raise ApiError(Fatal.WRONG_SERVER, "this is not the server the device enrolled with")
    wait = state.device_rate.hit(device.device_id)
    if wait:
        raise ApiError(Fatal.RATE_LIMITED, "too many requests from this device", {"Retry-After": str(wait)})
    return device


async def _parsed(request: Request, protocol: str | None, server_id: str | None,
                  credentials: HTTPAuthorizationCredentials | None, parse: Callable[[object], T],
                  limit: int | None = None) -> tuple[devices.Device, ServerState, T]:
    """An authenticated call's JSON body, read within the limit and checked by the protocol's parser."""
    device = await _device(request, protocol, server_id, credentials)
    state = _state(request)
    body = parse_json(await read_body(request, limit or state.settings.limits.max_body))
    try:
        return device, state, parse(body)
    except ProtocolError as exc:
        raise ApiError.from_protocol(exc) from exc


def _json_body(schema: dict[str, Any], content_type: str = "application/json") -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {content_type: {"schema": schema}}}}


_B64 = {"type": "string", "pattern": "^[A-Za-z0-9_-]*$"}
_SHA = {"type": "string", "pattern": _HEX64}
_ENROL_IN = {"type": "object", "required": ["code", "device_name", "device_public_key"],
             "additionalProperties": False,
             "properties": {"code": {"type": "string", "example": "K7MQP-2XRTA"},
                            "device_name": {"type": "string", "minLength": 1, "maxLength": 100},
                            "device_public_key": _B64}}
_ITEM = {"type": "object", "required": ["client_id", "type", "id", "version", "sealed"],
         "additionalProperties": False,
         "properties": {"client_id": {"type": "string", "pattern": "^[A-Za-z0-9_.:-]{1,64}$"},
                        "type": {"type": "string", "enum": [str(t) for t in p.RecordType]},
                        "id": {"type": "string", "format": "uuid"},
                        "version": {"type": "integer", "minimum": 1}, "sealed": _B64}}
_RECORDS_IN = {"type": "object", "required": ["items"], "additionalProperties": False,
               "properties": {"items": {"type": "array", "minItems": 1, "maxItems": p.MAX_BATCH, "items": _ITEM}}}
_RESULT = {"type": "object", "required": ["client_id", "result", "detail"],
           "properties": {"client_id": {"type": "string"}, "result": {"type": "string",
                                                                     "enum": [str(r) for r in p.Result]},
                          "detail": {"type": "string"}}}
_MISSING_IN = {"type": "object", "required": ["files"], "additionalProperties": False,
               "properties": {"files": {"type": "array", "maxItems": p.MAX_FILES_QUERY, "items": {
                   "type": "object", "required": ["sha256", "size"], "additionalProperties": False,
                   "properties": {"sha256": _SHA, "size": {"type": "integer", "minimum": 1,
                                                           "maximum": p.MAX_FILE}}}}}}
_FILE_STATE = {"type": "object", "required": ["sha256", "size", "complete", "chunk_count", "missing_chunks"],
               "properties": {"sha256": _SHA, "size": {"type": "integer"}, "complete": {"type": "boolean"},
                              "chunk_count": {"type": "integer"},
                              "missing_chunks": {"type": "array", "items": {"type": "integer"}}}}
_CHECKPOINT_IN = {"type": "object", "required": ["seq", "head"], "additionalProperties": False,
                  "properties": {"seq": {"type": "integer", "minimum": 0}, "head": _SHA,
                                 "prev_seq": {"type": ["integer", "null"], "minimum": 0},
                                 "prev_head": {"anyOf": [_SHA, {"type": "null"}]}}}


def _ok(schema: dict[str, Any], description: str) -> dict[int | str, dict]:
    return {200: {"description": description, "content": {"application/json": {"schema": schema}}}}


@router.post("/enrol", summary="Enrol a device with a one-time code", openapi_extra=_json_body(_ENROL_IN),
             responses={**_ok({"type": "object", "required": ["device_id", "token", "school", "server_id",
                                                               "server_public_key"]}, "The device's token"),
                        **documented(Fatal.UNSUPPORTED_PROTOCOL, Fatal.BAD_REQUEST, Fatal.UNAUTHORIZED,
                                     Fatal.RATE_LIMITED, Fatal.BODY_TOO_LARGE)})
async def enrol(request: Request, protocol: Protocol = None) -> dict[str, Any]:
    _check_protocol(protocol)
    state = _state(request)
    address = request.client.host if request.client else "?"
    wait = state.enrol_failures.blocked(address)
    if wait:
        raise ApiError(Fatal.RATE_LIMITED, "too many wrong enrolment codes from this address",
                       {"Retry-After": str(wait)})
    body = parse_json(await read_body(request, 4096))
    try:
        device_id, token, school, school_name = await run_in_threadpool(devices.enrol, state.db, body)
    except ApiError as exc:
        if exc.code == Fatal.UNAUTHORIZED:
            state.enrol_failures.hit(address)
        raise
    request.state.device = device_id
    return p.Enrolment(device_id, token, school, school_name, state.identity.server_id,
                       state.identity.public).to_json()


@router.get("/health", summary="Server time, identity and limits (proves a real connection)",
            responses={**_ok({"type": "object", "required": ["server_time", "server_id", "protocol", "limits",
                                                              "rotate_token"]}, "Health"),
                       **documented(*_AUTHED)})
async def health(request: Request, protocol: Protocol = None, server_id: ServerId = None,
                 credentials: Creds = None) -> dict[str, Any]:
    device = await _device(request, protocol, server_id, credentials)
    state = _state(request)
    lim = state.settings.limits
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    reply = p.Health(now, state.identity.server_id, p.PROTOCOL_VERSION, lim.max_body, lim.max_batch,
                     lim.max_record, lim.max_file, p.CHUNK_SIZE, lim.rate_requests, lim.rate_seconds,
                     rotate_token=device.rotate_requested or device.by_prev_token).to_json()
    reply["device"] = {"id": device.device_id, "school": device.school}
    return reply


@router.post("/records", summary="A batch of sealed records; one result per item",
             openapi_extra=_json_body(_RECORDS_IN),
             responses={**_ok({"type": "object", "required": ["results"],
                               "properties": {"results": {"type": "array", "items": _RESULT}}}, "Per-item results"),
                        **documented(*_AUTHED, Fatal.BODY_TOO_LARGE)})
async def post_records(request: Request, protocol: Protocol = None, server_id: ServerId = None,
                       credentials: Creds = None) -> dict[str, Any]:
    device, state, raw_items = await _parsed(request, protocol, server_id, credentials, p.batch_items)
    if len(raw_items) > state.settings.limits.max_batch:
        raise ApiError(Fatal.BODY_TOO_LARGE, f"batch over {state.settings.limits.max_batch} items")

    def work() -> list[p.ItemResult]:
        results, opened = records.open_items(raw_items, state.identity.private)
        with state.db.scoped(device.scope) as cur:
            return records.store(cur, device.school, device.device_id, results, opened)

    return {"results": [r.to_json() for r in await run_in_threadpool(work)]}


@router.post("/files/missing", summary="Announce files; which chunks does the server lack?",
             openapi_extra=_json_body(_MISSING_IN),
             responses={**_ok({"type": "object", "required": ["files"],
                               "properties": {"files": {"type": "array", "items": _FILE_STATE}}}, "File states"),
                        **documented(*_AUTHED, Fatal.BODY_TOO_LARGE)})
async def files_missing(request: Request, protocol: Protocol = None, server_id: ServerId = None,
                        credentials: Creds = None) -> dict[str, Any]:
    device, state, wants = await _parsed(request, protocol, server_id, credentials, p.missing_request)
    if any(w.size > state.settings.limits.max_file for w in wants):
        raise ApiError(Fatal.BODY_TOO_LARGE, f"file over {state.settings.limits.max_file} bytes")

    def work() -> list[dict[str, Any]]:
        with state.db.scoped(device.scope) as cur:
            return files.missing(cur, device.school, wants)

    return {"files": await run_in_threadpool(work)}


_RECEIPT = {"type": "object", "required": ["sha256", "index", "chunk_sha256", "received", "complete"],
            "properties": {"sha256": _SHA, "index": {"type": "integer"}, "chunk_sha256": _SHA,
                           "received": {"type": "boolean"}, "complete": {"type": "boolean"}}}


@router.put("/files/{sha256}/chunks/{index}", summary="One sealed chunk of an announced file; a receipt back",
            openapi_extra=_json_body({"type": "string", "format": "binary"}, "application/octet-stream"),
            responses={**_ok(_RECEIPT, "The chunk's receipt"),
                       **documented(*_AUTHED, Fatal.BODY_TOO_LARGE, Fatal.NOT_FOUND, Fatal.CHUNK_HASH_MISMATCH,
                                    Fatal.CHUNK_INVALID, Fatal.FILE_MISMATCH)})
async def put_chunk(request: Request,
                    sha256: Annotated[str, Path(pattern=_HEX64, description="The file's SHA-256")],
                    index: Annotated[int, Path(ge=0, lt=p.MAX_FILE // p.CHUNK_SIZE, description="Chunk index")],
                    protocol: Protocol = None, server_id: ServerId = None, credentials: Creds = None,
                    chunk_sha: Annotated[str | None, Header(alias=p.HEADER_CHUNK_SHA256)] = None,
                    ) -> dict[str, Any]:
    device = await _device(request, protocol, server_id, credentials)
    state = _state(request)
    sealed = await read_body(request, p.CHUNK_SIZE + p.CHUNK_OVERHEAD)
    actual = hashlib.sha256(sealed).hexdigest()
    if chunk_sha is None or not re.fullmatch(_HEX64, chunk_sha) or chunk_sha != actual:
        raise ApiError(Fatal.CHUNK_HASH_MISMATCH, f"the chunk does not hash to {p.HEADER_CHUNK_SHA256}")

    def work() -> files.ChunkOutcome:
        with state.db.scoped(device.scope) as cur:
            return files.put_chunk(cur, device.school, state.identity.private, sha256, index, sealed)

    try:
        outcome = await run_in_threadpool(work)
    except ProtocolError as exc:
        raise ApiError.from_protocol(exc) from exc
    if not outcome.known:
        raise ApiError(Fatal.NOT_FOUND, "announce the file with files/missing first")
    if outcome.mismatch:
        raise ApiError(Fatal.FILE_MISMATCH, "all chunks are in but the file is not the announced one: dropped")
    return {"sha256": sha256, "index": index, "chunk_sha256": actual, "received": True,
            "complete": outcome.complete}


@router.post("/checkpoints", summary="An audit checkpoint; must extend the last one held",
             openapi_extra=_json_body(_CHECKPOINT_IN),
             responses={**_ok({"type": "object", "required": ["result", "last_seq"],
                               "properties": {"result": {"type": "string", "enum": ["ok", "not_extending"]},
                                              "last_seq": {"type": ["integer", "null"]}}}, "The verdict"),
                        **documented(*_AUTHED, Fatal.BODY_TOO_LARGE)})
async def post_checkpoint(request: Request, protocol: Protocol = None, server_id: ServerId = None,
                          credentials: Creds = None) -> dict[str, Any]:
    device, state, cp = await _parsed(request, protocol, server_id, credentials, p.Checkpoint.from_json, 4096)

    def work() -> checkpoints.Outcome:
        with state.db.scoped(device.scope) as cur:
            return checkpoints.accept(cur, device.school, device.device_id, cp)

    outcome = await run_in_threadpool(work)
    return {"result": str(p.Result.OK if outcome.extends else p.Result.NOT_EXTENDING), "last_seq": outcome.last_seq}


@router.post("/device/rotate", summary="A new token for this device",
             responses={**_ok({"type": "object", "required": ["token"],
                               "properties": {"token": {"type": "string"}}}, "The new token"),
                        **documented(*_AUTHED)})
async def rotate(request: Request, protocol: Protocol = None, server_id: ServerId = None,
                 credentials: Creds = None) -> dict[str, Any]:
    device = await _device(request, protocol, server_id, credentials)
    return {"token": await run_in_threadpool(devices.rotate, _state(request).db, device)}
