"""The HTTP side of the protocol (docs/sync-protocol.md), with httpx: one object per run, one
connection kept alive, timeouts that measure stalls (no byte moved for N seconds), never a whole
transfer. Everything the server says is checked before it is believed: a reply that is not the
protocol's JSON is a captive portal or a proxy, not a success."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from app.sync.protocol import (
    API_PREFIX,
    HEADER_CHUNK_SHA256,
    HEADER_PROTOCOL,
    HEADER_SERVER_ID,
    PROTOCOL_VERSION,
    Enrolment,
    Fatal,
    Health,
    ProtocolError,
    is_sha256,
)

if TYPE_CHECKING:
    import httpx

PIECE = 16 * 1024   # bodies go out in pieces this size, so the write timeout is a stall timeout


class LinkDown(Exception):
    """No usable round trip: no route, refused, reset, stalled, or not the server (captive portal).
    `reason` is one of: offline, stalled, captive_portal, server_unavailable."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ServerRefused(Exception):
    """The server refused the whole request with a protocol error code."""

    def __init__(self, code: str, detail: str, status: int, retry_after: float | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail
        self.status = status
        self.retry_after = retry_after


def check_server_url(url: str) -> str:
    """HTTPS, or plain HTTP to this machine only (DESIGN §7). Returns the URL without a trailing slash."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname or parts.query or parts.fragment:
        raise ValueError("url")
    if parts.scheme == "http" and parts.hostname not in ("localhost", "127.0.0.1", "::1"):
        raise ValueError("plain_http")
    return url.strip().rstrip("/")


@dataclass(frozen=True)
class FileState:
    sha256: str
    size: int
    complete: bool
    missing: list[int]


class Client:
    def __init__(self, base_url: str, *, token: str | None = None, server_id: str | None = None,
                 stall_seconds: float = 30.0, connect_seconds: float = 20.0,
                 on_bytes: Callable[[int], None] | None = None) -> None:
        headers = {HEADER_PROTOCOL: str(PROTOCOL_VERSION), "User-Agent": "Kense-sync/1",
                   "Accept-Encoding": "gzip"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if server_id:
            headers[HEADER_SERVER_ID] = server_id
        self.server_id = server_id
        self._on_bytes = on_bytes
        self.requests = 0
        self.confirmed_bytes = 0   # request bodies whose reply came
        import httpx  # here, not at import: every command-line start would pay for it

        self._http = httpx.Client(
            base_url=check_server_url(base_url) + API_PREFIX, headers=headers, follow_redirects=False,
            timeout=httpx.Timeout(connect=connect_seconds, read=stall_seconds, write=stall_seconds,
                                  pool=connect_seconds),
            limits=httpx.Limits(max_connections=1, max_keepalive_connections=1), trust_env=False)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_token(self, token: str) -> None:
        self._http.headers["Authorization"] = f"Bearer {token}"

    # ----------------------------------------------------------------- one request
    def _pieces(self, body: bytes) -> Iterator[bytes]:
        for i in range(0, len(body), PIECE):
            piece = body[i:i + PIECE]
            yield piece
            if self._on_bytes is not None:
                self._on_bytes(len(piece))

    def _call(self, method: str, path: str, *, body: bytes | None = None, content_type: str = "application/json",
              gzip_body: bool = False, headers: dict[str, str] | None = None) -> Any:
        extra = dict(headers or {})
        content: Iterator[bytes] | None = None
        if body is not None:
            if gzip_body:
                body = gzip.compress(body, 6, mtime=0)
                extra["Content-Encoding"] = "gzip"
            extra["Content-Type"] = content_type
            extra["Content-Length"] = str(len(body))
            content = self._pieces(body)
        self.requests += 1
        import httpx

        try:
            reply = self._http.request(method, path, content=content, headers=extra)
        except httpx.TimeoutException as exc:
            raise LinkDown("stalled") from exc
        except (httpx.TransportError, OSError) as exc:
            raise LinkDown("offline") from exc
        self.confirmed_bytes += len(body or b"")
        return self._decode(reply)

    @staticmethod
    def _decode(reply: httpx.Response) -> Any:
        kind = reply.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind != "application/json":
            # A captive portal's 200 page, a proxy's error page, a redirect to a login: not the server.
            raise LinkDown("captive_portal" if reply.status_code < 500 else "server_unavailable")
        try:
            obj = json.loads(reply.content)
        except ValueError:
            raise LinkDown("captive_portal") from None
        if reply.is_success:
            return obj
        code = obj.get("error") if isinstance(obj, dict) else None
        if code not in Fatal.__members__.values():
            raise LinkDown("server_unavailable")
        detail = str(obj.get("detail", ""))[:500]
        retry = None
        if code == Fatal.RATE_LIMITED:
            try:
                retry = max(1.0, min(float(reply.headers.get("retry-after", "60")), 3600.0))
            except ValueError:
                retry = 60.0
        raise ServerRefused(str(code), detail, reply.status_code, retry)

    # ----------------------------------------------------------------- the routes
    def enrol(self, code: str, device_name: str, device_public_key: bytes) -> Enrolment:
        from app.sync.protocol import b64encode

        body = json.dumps({"code": code, "device_name": device_name,
                           "device_public_key": b64encode(device_public_key)}).encode("utf-8")
        return Enrolment.from_json(self._call("POST", "/enrol", body=body))

    def health(self) -> Health:
        if self.server_id is None:
            raise ValueError("no pinned server")
        obj = self._call("GET", "/health")
        try:
            return Health.from_json(obj, self.server_id)
        except ProtocolError as exc:
            if exc.code == Fatal.BAD_REQUEST:   # JSON, but not the server's health: not online
                raise LinkDown("captive_portal") from exc
            raise ServerRefused(exc.code, exc.detail, 200) from exc

    def rotate(self) -> str:
        obj = self._call("POST", "/device/rotate", body=b"{}")
        token = obj.get("token") if isinstance(obj, dict) else None
        if not isinstance(token, str) or not 16 <= len(token) <= 512:
            raise LinkDown("server_unavailable")
        return token

    def files_missing(self, files: list[tuple[str, int]]) -> list[FileState]:
        body = json.dumps({"files": [{"sha256": s, "size": n} for s, n in files]}).encode("utf-8")
        obj = self._call("POST", "/files/missing", body=body, gzip_body=True)
        asked = dict(files)
        out: list[FileState] = []
        try:
            for f in obj["files"]:
                sha, size = f["sha256"], int(f["size"])
                if not is_sha256(sha) or asked.get(sha) != size:
                    raise ValueError(sha)
                missing = sorted({int(i) for i in f["missing_chunks"]})
                out.append(FileState(sha, size, bool(f["complete"]), missing))
        except (KeyError, TypeError, ValueError):
            raise LinkDown("server_unavailable") from None
        return out

    def put_chunk(self, sha256: str, index: int, sealed: bytes) -> bool:
        """PUT one sealed chunk; returns the receipt's `complete`. The receipt must name this very chunk."""
        digest = hashlib.sha256(sealed).hexdigest()
        obj = self._call("PUT", f"/files/{sha256}/chunks/{index}", body=sealed,
                         content_type="application/octet-stream", headers={HEADER_CHUNK_SHA256: digest})
        if not (isinstance(obj, dict) and obj.get("sha256") == sha256 and obj.get("index") == index
                and obj.get("chunk_sha256") == digest and obj.get("received") is True):
            raise LinkDown("server_unavailable")
        return bool(obj.get("complete"))

    def post_records(self, items: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
        body = json.dumps({"items": items}, separators=(",", ":")).encode("utf-8")
        obj = self._call("POST", "/records", body=body, gzip_body=True)
        try:
            return [(str(r["client_id"]), str(r["result"]), str(r.get("detail", ""))[:1000]) for r in obj["results"]]
        except (KeyError, TypeError):
            raise LinkDown("server_unavailable") from None
