"""`kense sync …` as scripts and the OS scheduler run it: real processes, exit codes, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import Cli
from tests.sync.conftest import District


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    cli = Cli(tmp_path)
    result = cli("init", "--school-name", "Талас шаарындагы №1 мектеп", "--admin", "admin",
                 "--recovery-sheet", str(tmp_path / "sheet.pdf"), new_password="Tuura-Syrsoz-2026")
    assert result.returncode == 0, result.stderr
    return cli


def test_enrol_now_status_retry_unenrol(cli: Cli, district: District, tmp_path: Path) -> None:
    bad = cli("sync", "enrol", "--server", "http://district.example.kg", "--code", district.code())
    assert bad.returncode == 4 and "https" in bad.stderr
    bad = cli("sync", "enrol", "--server", district.url, "--code", "0000")
    assert bad.returncode == 4
    wrong = cli("sync", "enrol", "--server", district.url, "--code", "ABCDE-FGHJK")
    assert wrong.returncode == 3
    enrolled = cli.json("sync", "enrol", "--server", district.url, "--code", district.code())
    assert enrolled["server_id"].startswith("kds1-")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 " + b"x" * 300_000)
    assert cli("documents", "register", "--kind", "incoming", "--subject", "Кат", "--correspondent", "Район",
               "--file", str(scan)).returncode == 0
    # the OS scheduler's call: no user, no password, works from the sealed spool
    locked = cli("sync", "now", "--json", password=None, env={"KENSE_USER": ""})
    data = json.loads(locked.stdout)
    assert set(data) >= {"sent", "failed", "pending", "bytes_sent", "seconds"}
    assert locked.returncode == 0 and data["pending"] == 0 and data["sent"] >= 2 and data["bytes_sent"] > 300_000
    status = cli.json("sync", "status")
    assert status["enrolled"] and status["pending"] == 0 and status["last_success"] and status["failed"] == 0
    assert status["clock_skew_warning"] is False
    assert cli("sync", "retry").returncode == 2
    assert cli("sync", "retry", "no-such-row").returncode == 4
    assert cli.json("sync", "retry", "--all")["queued"] == 0
    district.stop()
    assert cli("documents", "register", "--kind", "internal", "--subject", "Буйрук").returncode == 0
    offline = cli("sync", "now", "--json")
    data = json.loads(offline.stdout)
    assert offline.returncode == 1 and data["pending"] >= 1 and data["reason"] == "offline"
    assert data["message"]   # in the user's language
    gone = cli.json("sync", "unenrol")
    assert gone["kept_unsynced"] >= 1
    again = cli("sync", "now")
    assert again.returncode == 4   # not enrolled: said in plain words
    assert "kense sync enrol" in again.stderr
