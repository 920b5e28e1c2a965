"""A server (or something in its place) that answers wrongly: nothing is believed that is not the
protocol's answer, nothing is marked synced without the server's "ok" for exactly that item, and the
run ends with a plain reason, never a traceback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from app.documents import register
from app.security.session import Session
from app.sync import outbox, service
from app.sync.protocol import PROTOCOL_VERSION, Health
from tests.sync.conftest import District


def _hostile(server_id: str, mode: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def _reply(self, status: int, body: bytes, kind: str = "application/json",
                   headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def _json(self, obj: Any, status: int = 200) -> None:
            self._reply(status, json.dumps(obj).encode())

        def do_GET(self) -> None:
            if mode == "redirect":
                return self._reply(302, b"", "text/html", {"Location": "http://127.0.0.1:9/login"})
            if mode == "health_garbage":
                return self._json({"server_time": "yesterday", "server_id": server_id, "protocol": 1,
                                   "limits": {}})
            now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            if mode == "skewed":
                now = "2026-01-01T00:00:00Z"
            self._json(Health(now, server_id, PROTOCOL_VERSION).to_json())

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}") \
                if self.headers.get("Content-Encoding") != "gzip" else None
            if self.headers.get("Content-Encoding") == "gzip":
                import gzip

                body = json.loads(gzip.decompress(self.rfile.read(int(self.headers["Content-Length"]))))
            if self.path.endswith("/records"):
                items = body["items"]
                if mode == "foreign_results":
                    return self._json({"results": [{"client_id": "someone-else.1", "result": "ok"}]})
                if mode == "half_results":
                    return self._json({"results": [{"client_id": items[0]["client_id"], "result": "ok",
                                                    "detail": ""}]})
                if mode == "server_error":
                    return self._reply(500, b"<h1>Internal Server Error</h1>", "text/html")
                if mode == "not_json":
                    return self._reply(200, b"{results: [", "application/json")
                if mode == "unknown_error":
                    return self._json({"error": "teapot", "detail": "?"}, 418)
                if mode == "bad_request":
                    return self._json({"error": "bad_request", "detail": "field x"}, 400)
            self._json({"results": []})

    return Handler


@pytest.fixture
def hostile(enrolled: Session, district: District, request: pytest.FixtureRequest) -> Iterator[str]:
    server_id = service.status(enrolled.profile.root, enrolled).to_json()["server"]
    from app.sync import credentials

    pinned = credentials.read(enrolled.profile.secrets, enrolled.db_id)
    assert pinned is not None and server_id
    district.stop()
    httpd = ThreadingHTTPServer(("127.0.0.1", district.port or 0), _hostile(pinned.server_id, request.param))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield request.param
    httpd.shutdown()
    httpd.server_close()


EXPECTED = {"redirect": "captive_portal", "health_garbage": "captive_portal", "foreign_results": "server_unavailable",
            "half_results": None, "server_error": "server_unavailable", "not_json": "captive_portal",
            "unknown_error": "server_unavailable", "bad_request": "bad_request"}


@pytest.mark.parametrize("hostile", list(EXPECTED), indirect=True)
def test_wrong_answers_are_not_believed(enrolled: Session, hostile: str) -> None:
    ids = [register.register(enrolled, kind="internal", subject=f"Буйрук {i}").id for i in range(3)]
    report = service.run_now(enrolled, stall_seconds=5)
    rows = {r.record_id: r for r in outbox.rows(enrolled.conn)}
    synced = [rid for rid in ids if rows[rid].state == outbox.SYNCED]
    if hostile == "half_results":
        # the unanswered ones go again in the next batch, until each has its own answer
        assert len(synced) == 3 and report.pending == 0 and report.requests >= 5
    else:
        assert report.reason == EXPECTED[hostile]
        assert synced == [] and report.pending >= 3
    if hostile == "bad_request":
        assert report.stopped   # a bug on one side: not retried by itself


@pytest.mark.parametrize("hostile", ["skewed"], indirect=True)
def test_clock_skew_is_measured_and_warned(enrolled: Session, hostile: str) -> None:
    report = service.run_now(enrolled)
    assert report.skew_seconds is not None and report.skew_seconds > 300
    st = service.status(enrolled.profile.root, enrolled)
    assert st.skew_warning
