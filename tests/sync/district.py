"""A protocol-faithful district server for the client's tests, until the real one (server/) is merged.

It speaks docs/sync-protocol.md with app/sync/protocol.py's own validation and opening of sealed
items, keeps its state in a SQLite file (so it can be killed and restarted mid-run), and answers
`report` with what it holds: counts, duplicates, files and their hashes.

    python -m tests.sync.district serve --state DIR --port P [--die-after-chunks N]
    python -m tests.sync.district code --state DIR        # a one-time enrolment code
    python -m tests.sync.district revoke --state DIR
    python -m tests.sync.district report --state DIR      # JSON
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import secrets
import sqlite3
import sys
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.sync import protocol as p

_SCHEMA = """
CREATE TABLE IF NOT EXISTS code (code TEXT PRIMARY KEY, used INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS device (id TEXT PRIMARY KEY, token TEXT UNIQUE, revoked INTEGER NOT NULL DEFAULT 0,
                                   new_token TEXT);
CREATE TABLE IF NOT EXISTS record (type TEXT, id TEXT, version INTEGER, hash TEXT, data TEXT,
                                   PRIMARY KEY (type, id, version));
CREATE TABLE IF NOT EXISTS received (n INTEGER PRIMARY KEY, type TEXT, id TEXT, version INTEGER);
CREATE TABLE IF NOT EXISTS file (sha256 TEXT PRIMARY KEY, size INTEGER, complete INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS chunk (sha256 TEXT, idx INTEGER, plain BLOB, digest TEXT, PRIMARY KEY (sha256, idx));
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


class State:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        key_file = folder / "server.key"
        if not key_file.exists():
            key_file.write_bytes(X25519PrivateKey.generate().private_bytes_raw())
        self.key = X25519PrivateKey.from_private_bytes(key_file.read_bytes())
        self.public = p.raw_public_key(self.key)
        self.server_id = p.server_id_for(self.public)
        self.db = sqlite3.connect(folder / "state.sqlite", isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(_SCHEMA)
        self.lock = threading.Lock()

    def meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default


class Reply(Exception):
    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(status)
        self.status, self.body = status, body


def fatal(code: p.Fatal, detail: str = "") -> Reply:
    return Reply(p.FATAL_STATUS[code], p.error_body(code, detail))


def make_handler(state: State, die_after_chunks: int | None) -> type[BaseHTTPRequestHandler]:
    chunks_taken = [0]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def _body(self) -> bytes:
            n = int(self.headers.get("Content-Length", "0"))
            if n > p.MAX_BODY + 1024:
                raise fatal(p.Fatal.BODY_TOO_LARGE)
            raw = self.rfile.read(n)
            if self.headers.get("Content-Encoding") == "gzip":
                raw = gzip.decompress(raw)
            return raw

        def _json(self) -> Any:
            try:
                return json.loads(self._body())
            except ValueError:
                raise fatal(p.Fatal.BAD_REQUEST, "not JSON") from None

        def _send(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _device(self) -> str:
            if self.headers.get(p.HEADER_PROTOCOL) != str(p.PROTOCOL_VERSION):
                raise fatal(p.Fatal.UNSUPPORTED_PROTOCOL)
            auth = self.headers.get("Authorization", "")
            token = auth.removeprefix("Bearer ")
            row = state.db.execute("SELECT id, revoked FROM device WHERE token = ? OR new_token = ?",
                                   (token, token)).fetchone()
            if row is None:
                raise fatal(p.Fatal.UNAUTHORIZED)
            if row[1]:
                raise fatal(p.Fatal.DEVICE_REVOKED)
            if self.headers.get(p.HEADER_SERVER_ID) != state.server_id:
                raise fatal(p.Fatal.WRONG_SERVER)
            state.db.execute("UPDATE device SET token = new_token, new_token = NULL WHERE new_token = ?", (token,))
            return str(row[0])

        def _route(self, method: str) -> None:
            try:
                with state.lock:
                    try:
                        self._dispatch(method)
                    except p.ProtocolError as exc:
                        code = p.Fatal(exc.code) if exc.code in p.Fatal.__members__.values() else p.Fatal.BAD_REQUEST
                        raise fatal(code, exc.detail) from None
            except Reply as r:
                self._send(r.status, r.body)

        def do_GET(self) -> None:
            self._route("GET")

        def do_POST(self) -> None:
            self._route("POST")

        def do_PUT(self) -> None:
            self._route("PUT")

        def _dispatch(self, method: str) -> None:
            path = self.path.removeprefix(p.API_PREFIX)
            if method == "POST" and path == "/enrol":
                return self._enrol()
            device = self._device()
            if method == "GET" and path == "/health":
                h = p.Health(datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), state.server_id, p.PROTOCOL_VERSION,
                             rotate_token=state.meta("rotate") == "1")
                return self._send(200, h.to_json())
            if method == "POST" and path == "/device/rotate":
                self._body()
                token = secrets.token_urlsafe(32)
                state.db.execute("UPDATE device SET new_token = ? WHERE id = ?", (token, device))
                state.db.execute("DELETE FROM meta WHERE key = 'rotate'")
                return self._send(200, {"token": token})
            if method == "POST" and path == "/records":
                return self._records()
            if method == "POST" and path == "/files/missing":
                return self._missing()
            if method == "PUT" and path.startswith("/files/"):
                return self._chunk(path)
            raise fatal(p.Fatal.NOT_FOUND)

        def _enrol(self) -> None:
            body = self._json()
            code = p.normalise_enrol_code(str(body.get("code", "")))
            row = state.db.execute("SELECT used FROM code WHERE code = ?", (code,)).fetchone()
            if row is None or row[0]:
                raise fatal(p.Fatal.UNAUTHORIZED, "enrolment code wrong or used")
            state.db.execute("UPDATE code SET used = 1 WHERE code = ?", (code,))
            device, token = "dev-" + secrets.token_hex(8), secrets.token_urlsafe(32)
            state.db.execute("INSERT INTO device (id, token) VALUES (?, ?)", (device, token))
            e = p.Enrolment(device, token, "41701000000001", "Школа №1", state.server_id, state.public)
            self._send(200, e.to_json())

        def _records(self) -> None:
            items = p.batch_items(self._json())
            results = []
            for obj in items:
                cid = p.item_client_id(obj) or ""
                try:
                    item = p.SealedItem.from_json(obj)
                    record = p.open_record(item.sealed, state.key, str(item.type), item.id, item.version)
                except p.ProtocolError as exc:
                    results.append(p.ItemResult(cid, p.Result(exc.code) if exc.code in p.Result.__members__.values()
                                                else p.Result.INVALID, exc.detail).to_json())
                    continue
                digest = record.content_hash()
                state.db.execute("INSERT INTO received (type, id, version) VALUES (?, ?, ?)",
                                 (str(record.type), record.id, record.version))
                held = state.db.execute("SELECT hash FROM record WHERE type = ? AND id = ? AND version = ?",
                                        (str(record.type), record.id, record.version)).fetchone()
                if held is None:
                    state.db.execute("INSERT INTO record VALUES (?, ?, ?, ?, ?)",
                                     (str(record.type), record.id, record.version, digest,
                                      json.dumps(record.to_json(), ensure_ascii=False)))
                    results.append(p.ItemResult(cid, p.Result.OK).to_json())
                elif held[0] == digest:
                    results.append(p.ItemResult(cid, p.Result.OK).to_json())
                else:
                    results.append(p.ItemResult(cid, p.Result.CONFLICT, "other content under this version").to_json())
            self._send(200, {"results": results})

        def _missing(self) -> None:
            out = []
            for want in p.missing_request(self._json()):
                state.db.execute("INSERT OR IGNORE INTO file (sha256, size) VALUES (?, ?)", (want.sha256, want.size))
                complete = state.db.execute("SELECT complete FROM file WHERE sha256 = ?", (want.sha256,)).fetchone()[0]
                have = {r[0] for r in state.db.execute("SELECT idx FROM chunk WHERE sha256 = ?", (want.sha256,))}
                count = p.chunk_count(want.size)
                out.append({"sha256": want.sha256, "size": want.size, "complete": bool(complete),
                            "chunk_count": count,
                            "missing_chunks": [] if complete else [i for i in range(count) if i not in have]})
            self._send(200, {"files": out})

        def _chunk(self, path: str) -> None:
            parts = path.split("/")   # '', files, sha, chunks, idx
            if len(parts) != 5 or parts[3] != "chunks" or not p.is_sha256(parts[2]) or not parts[4].isdigit():
                raise fatal(p.Fatal.NOT_FOUND)
            sha, idx = parts[2], int(parts[4])
            row = state.db.execute("SELECT size, complete FROM file WHERE sha256 = ?", (sha,)).fetchone()
            if row is None:
                raise fatal(p.Fatal.NOT_FOUND)
            body = self._body()
            digest = hashlib.sha256(body).hexdigest()
            if self.headers.get(p.HEADER_CHUNK_SHA256) != digest:
                raise fatal(p.Fatal.CHUNK_HASH_MISMATCH)
            try:
                plain = p.open_chunk(body, state.key, sha, int(row[0]), idx)
            except p.ProtocolError as exc:
                raise fatal(p.Fatal(exc.code), exc.detail) from None
            state.db.execute("INSERT OR REPLACE INTO chunk VALUES (?, ?, ?, ?)", (sha, idx, plain, digest))
            chunks_taken[0] += 1
            if die_after_chunks is not None and chunks_taken[0] >= die_after_chunks:
                os._exit(17)   # stored, but the receipt never leaves: the client must resend and not double
            complete = bool(row[1])
            count = p.chunk_count(int(row[0]))
            have = state.db.execute("SELECT count(*) FROM chunk WHERE sha256 = ?", (sha,)).fetchone()[0]
            if not complete and have == count:
                whole = b"".join(r[0] for r in state.db.execute(
                    "SELECT plain FROM chunk WHERE sha256 = ? ORDER BY idx", (sha,)))
                if len(whole) != int(row[0]) or hashlib.sha256(whole).hexdigest() != sha:
                    state.db.execute("DELETE FROM chunk WHERE sha256 = ?", (sha,))
                    raise fatal(p.Fatal.FILE_MISMATCH)
                state.db.execute("UPDATE file SET complete = 1 WHERE sha256 = ?", (sha,))
                complete = True
            self._send(200, {"sha256": sha, "index": idx, "chunk_sha256": digest, "received": True,
                             "complete": complete})

    return Handler


def report(state: State) -> dict[str, Any]:
    db = state.db
    files = {r[0]: {"size": r[1], "complete": bool(r[2])}
             for r in db.execute("SELECT sha256, size, complete FROM file")}
    for sha, info in files.items():
        if info["complete"]:
            whole = b"".join(r[0] for r in db.execute("SELECT plain FROM chunk WHERE sha256 = ? ORDER BY idx", (sha,)))
            info["stored_sha256"] = hashlib.sha256(whole).hexdigest()
    return {
        "records": db.execute("SELECT count(*) FROM record").fetchone()[0],
        "by_type": dict(db.execute("SELECT type, count(*) FROM record GROUP BY type").fetchall()),
        "received": db.execute("SELECT count(*) FROM received").fetchone()[0],
        "duplicates": db.execute("SELECT count(*) FROM (SELECT type, id, version FROM record"
                                 " GROUP BY type, id, version HAVING count(*) > 1)").fetchone()[0],
        "files": files,
        "files_stored": {sha: {"complete": info["complete"], "stored_sha256": info.get("stored_sha256")}
                         for sha, info in files.items()},
        "record_ids": sorted(f"{r[0]}:{r[1]}:{r[2]}" for r in db.execute("SELECT type, id, version FROM record")),
        "data": {f"{r[0]}:{r[1]}:{r[2]}": json.loads(r[3])["data"]
                 for r in db.execute("SELECT type, id, version, data FROM record")},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["serve", "code", "revoke", "report", "rotate"])
    ap.add_argument("--state", required=True, type=Path)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--die-after-chunks", type=int)
    args = ap.parse_args(argv)
    state = State(args.state)
    if args.command == "code":
        code = "".join(secrets.choice(p.ENROL_CODE_ALPHABET) for _ in range(10))
        state.db.execute("INSERT INTO code (code) VALUES (?)", (code,))
        print(f"{code[:5]}-{code[5:]}")
    elif args.command == "revoke":
        state.db.execute("UPDATE device SET revoked = 1")
    elif args.command == "rotate":
        state.db.execute("INSERT OR REPLACE INTO meta VALUES ('rotate', '1')")
    elif args.command == "report":
        print(json.dumps(report(state)))
    else:
        server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(state, args.die_after_chunks))
        print(server.server_address[1], flush=True)
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
