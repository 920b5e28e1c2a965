"""The real district server (server/, `kense-server`) as a process of its own on a throwaway PostgreSQL:
one database per test, the server killable and restartable on the same port, its operator CLI for
codes, revocation and the report, and PostgreSQL itself for what arrived byte by byte."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import psycopg

ROOT = Path(__file__).resolve().parents[2]
SCHOOL = "41701000000042"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RealDistrict:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn
        self.port = _free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.cli("init-db")
        for code, level, parent in (("KG", "country", None), ("41700000000000", "oblast", "KG"),
                                    ("41701000000000", "district", "41700000000000"),
                                    (SCHOOL, "school", "41701000000000")):
            args = ["org", "add", code, "--level", level, "--name", f"Бөлүм {code}"]
            self.cli(*args, *(["--parent", parent] if parent else []))

    def cli(self, *args: str, stdin: str = "") -> str:
        out = subprocess.run([sys.executable, "-m", "server.cli", *args, "--dsn", self.dsn], cwd=ROOT,
                             capture_output=True, text=True, timeout=120, input=stdin)
        if out.returncode != 0:
            raise RuntimeError(f"kense-server {args[0]}: {out.stderr.strip()}")
        return out.stdout.strip()

    def start(self) -> RealDistrict:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "server.cli", "serve", "--port", str(self.port),
                                      "--pool", "4", "--dsn", self.dsn], cwd=ROOT, env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:   # ready when it accepts connections
            if self.proc.poll() is not None:
                raise RuntimeError("kense-server serve exited")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("kense-server did not start listening")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(timeout=30)
            self.proc = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def code(self) -> str:
        return self.cli("enrol-code", SCHOOL, "--by", "test")

    def revoke(self) -> None:
        for device in json.loads(self.cli("device", "list", "--school", SCHOOL, "--json")):
            if device["state"] == "active":
                self.cli("device", "revoke", str(device["device_id"]))

    def add_admin(self, login: str, password: str) -> None:
        self.cli("admin", "add", login, "--role", "district-admin", "--org", "41701000000000", "--password-stdin",
                 stdin=password + "\n")

    def report(self) -> dict[str, Any]:
        """`kense-server report` and, from PostgreSQL, the identities held and each file's stored hash."""
        rep: dict[str, Any] = json.loads(self.cli("report", "--school", SCHOOL, "--json"))
        with psycopg.connect(self.dsn) as conn:
            rows = conn.execute("SELECT type, id::text, version FROM record WHERE school = %s", (SCHOOL,)).fetchall()
            rep["record_ids"] = sorted(f"{t}:{i}:{v}" for t, i, v in rows)
            rep["duplicates"] = len(rows) - len(set(rep["record_ids"]))
            rep["data"] = {f"{t}:{i}:{v}": d for t, i, v, d in conn.execute(
                "SELECT type, id::text, version, data FROM record WHERE school = %s", (SCHOOL,)).fetchall()}
            rep["files_stored"] = {}
            for sha, complete in conn.execute("SELECT encode(sha256, 'hex'), complete FROM file WHERE school = %s",
                                              (SCHOOL,)).fetchall():
                digest = hashlib.sha256()
                for (piece,) in conn.execute("SELECT data FROM file_chunk WHERE school = %s AND sha256 = decode(%s,"
                                             " 'hex') ORDER BY idx", (SCHOOL, sha)).fetchall():
                    digest.update(piece)
                rep["files_stored"][sha] = {"complete": complete, "stored_sha256": digest.hexdigest()}
        return rep


def new_database(cluster: Any) -> str:
    return str(cluster.create_database(f"district_{uuid.uuid4().hex[:10]}"))
