"""A throwaway PostgreSQL cluster for tests, benchmarks and `./run server-demo` (never for production).

initdb/pg_ctl from the system's PostgreSQL packages; as root they run as the postgres user, in a
folder directly under the temp directory that postgres may enter (TESTING.md).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    which = shutil.which("pg_ctl")
    if which:
        return Path(which).parent
    raise FileNotFoundError("PostgreSQL's server binaries are not installed (apt-get install postgresql)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    def __init__(self, durable: bool = False) -> None:
        self.durable = durable          # fsync on (benchmarks); tests need no crash safety
        self.bin = _bin_dir()
        self.folder = Path(tempfile.mkdtemp(prefix="kense-pg."))
        self.port = _free_port()
        self._as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        if self._as_root:
            shutil.chown(self.folder, "postgres")
        self.dsn = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *cmd: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self._as_root else []
        subprocess.run([*prefix, *cmd], check=True, capture_output=True, timeout=120)

    def start(self) -> Cluster:
        data, log = self.folder / "data", self.folder / "log"
        self._run(str(self.bin / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--no-sync")
        self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o",
                  f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
                  " -c max_connections=300" + ("" if self.durable else " -c fsync=off"), "start")
        return self

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
