"""A district server in a child process (killable, restartable), and a school enrolled with it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.security.session import Session
from app.sync import service

ROOT = Path(__file__).resolve().parents[2]


class District:
    """tests/sync/district.py run as `python -m`, its state in a folder that outlives a kill."""

    def __init__(self, state: Path) -> None:
        self.state = state
        self.proc: subprocess.Popen[str] | None = None
        self.port: int | None = None

    def _cli(self, *args: str) -> str:
        out = subprocess.run([sys.executable, "-m", "tests.sync.district", *args, "--state", str(self.state)],
                             cwd=ROOT, capture_output=True, text=True, check=True, timeout=60)
        return out.stdout.strip()

    def start(self, *extra: str) -> District:
        # The same port after a restart: the client keeps the address it enrolled with.
        args = [sys.executable, "-m", "tests.sync.district", "serve", "--state", str(self.state),
                "--port", str(self.port or 0), *extra]
        self.proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, text=True,
                                     env={**os.environ, "PYTHONUNBUFFERED": "1"})
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()   # the server prints its port once it listens
        if not line.strip().isdigit():
            raise RuntimeError("district server did not start")
        self.port = int(line)
        return self

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(timeout=30)
            self.proc = None

    def wait_exit(self, timeout: float = 60) -> int:
        assert self.proc is not None
        code = self.proc.wait(timeout=timeout)
        self.proc = None
        return code

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def code(self) -> str:
        return self._cli("code")

    def revoke(self) -> None:
        self._cli("revoke")

    def ask_rotation(self) -> None:
        self._cli("rotate")

    def report(self) -> dict[str, Any]:
        return json.loads(self._cli("report"))


@pytest.fixture
def district(tmp_path: Path) -> Iterator[District]:
    d = District(tmp_path / "district").start()
    yield d
    d.stop()


@pytest.fixture
def enrolled(admin_session: Session, district: District) -> Session:
    service.enrol(admin_session, district.url, district.code(), device_name="Канцелярия-ПК")
    return admin_session
