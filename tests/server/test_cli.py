"""kense-server as an operator runs it, on a database of its own."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from app.sync import protocol as p
from server.app import create_app
from server.config import Settings


def run(dsn: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "server.cli", *args, "--dsn", dsn], capture_output=True,
                          text=True, input=stdin, timeout=120)


@pytest.fixture(scope="module")
def cli_dsn(cluster) -> str:
    return cluster.create_database("kense_cli")


def test_an_operator_sets_up_a_district_and_enrols_a_school(cli_dsn: str) -> None:
    first = run(cli_dsn, "init-db")
    assert first.returncode == 0 and "applied 0001_tenancy.sql" in first.stdout
    assert "made server identity" in first.stdout
    again = run(cli_dsn, "init-db")
    assert again.returncode == 0 and "applied" not in again.stdout and "kept server identity" in again.stdout
    for args in (("KG", "--level", "country", "--name", "Кыргызстан"),
                 ("41708000000000", "--level", "oblast", "--name", "Чүй облусу", "--parent", "KG"),
                 ("41708203000000", "--level", "district", "--name", "Аламүдүн", "--parent", "41708000000000"),
                 ("S-1", "--level", "school", "--name", "№1 мектеп", "--parent", "41708203000000")):
        assert run(cli_dsn, "org", "add", *args).returncode == 0
    wrong = run(cli_dsn, "org", "add", "S-2", "--level", "school", "--name", "x", "--parent", "41708000000000")
    assert wrong.returncode == 4 and "belongs under a district" in wrong.stderr and "Traceback" not in wrong.stderr
    admin = run(cli_dsn, "admin", "add", "aigul", "--role", "district-admin", "--org", "41708203000000",
                "--password-stdin", stdin="a long enough password\n")
    assert admin.returncode == 0 and "password" not in admin.stdout
    assert run(cli_dsn, "admin", "add", "x", "--role", "auditor", "--org", "S-1", "--generate").returncode == 4
    code = run(cli_dsn, "enrol-code", "S-1").stdout.strip()
    assert len(code) == 11
    assert run(cli_dsn, "enrol-code", "NOPE").returncode == 3

    with TestClient(create_app(Settings(cli_dsn, pool_min=1, pool_max=2))) as client:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
        resp = client.post(p.API_PREFIX + "/enrol", headers={p.HEADER_PROTOCOL: "1"},
                           json={"code": code, "device_name": "PC", "device_public_key":
                                 p.b64encode(p.raw_public_key(X25519PrivateKey.generate()))})
        made = p.Enrolment.from_json(resp.json())
        headers = {p.HEADER_PROTOCOL: "1", "Authorization": f"Bearer {made.token}",
                   p.HEADER_SERVER_ID: made.server_id}
        record = p.Record(p.RecordType.INCIDENT, "0193f1c2-0000-7000-8000-000000000001", 1,
                          {"occurred_at": "2026-11-30T10:00:00Z", "kind": "flood", "severity": "high",
                           "summary": "Подвал суу алды"})
        item = p.SealedItem("1", record.type, record.id, 1, p.seal_record(record, made.server_public_key))
        assert client.post(p.API_PREFIX + "/records", headers=headers,
                           json={"items": [item.to_json()]}).json()["results"][0]["result"] == "ok"

        listed = json.loads(run(cli_dsn, "device", "list", "--json").stdout)
        assert [d["device_id"] for d in listed] == [made.device_id] and listed[0]["state"] == "active"
        assert run(cli_dsn, "device", "rotate", made.device_id).returncode == 0
        assert client.get(p.API_PREFIX + "/health", headers=headers).json()["rotate_token"] is True
        report = json.loads(run(cli_dsn, "report", "--school", "S-1", "--json").stdout)
        assert report["incidents"]["count"] == 1 and report["devices"]["active"] == 1
        assert report["incidents"]["bytes"] > 0 and report["last_checkpoint"] is None
        assert "incidents" in run(cli_dsn, "report", "--school", "S-1").stdout
        assert run(cli_dsn, "device", "revoke", made.device_id).returncode == 0
        assert run(cli_dsn, "device", "revoke", made.device_id).returncode == 3
        assert client.get(p.API_PREFIX + "/health", headers=headers).json()["error"] == "device_revoked"


def test_demo_prints_a_login_and_a_working_code(cluster) -> None:
    dsn = cluster.create_database("kense_demo")
    out = run(dsn, "demo", "--json")
    assert out.returncode == 0, out.stderr
    made = json.loads(out.stdout)
    assert set(made) == {"admin", "password", "school", "enrol_code"}
    second = json.loads(run(dsn, "demo", "--json").stdout)                  # a fresh password and code
    assert second["password"] != made["password"] and second["enrol_code"] != made["enrol_code"]
    with TestClient(create_app(Settings(dsn, pool_min=1, pool_max=2))) as client:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
        for code in (made["enrol_code"], second["enrol_code"]):
            resp = client.post(p.API_PREFIX + "/enrol", headers={p.HEADER_PROTOCOL: "1"},
                               json={"code": code, "device_name": "PC", "device_public_key":
                                     p.b64encode(p.raw_public_key(X25519PrivateKey.generate()))})
            assert resp.json()["school"]["code"] == made["school"]


def test_a_database_that_is_not_there_is_a_message(cluster) -> None:
    out = run(f"postgresql://postgres@127.0.0.1:{cluster.port}/missing_db", "org", "list")
    assert out.returncode == 5 and "database" in out.stderr and "Traceback" not in out.stderr


def test_server_demo_serves_and_cleans_up_after_itself() -> None:
    import re
    import signal
    import socket
    import urllib.request
    from pathlib import Path

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "server.demo_cluster", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        lines = []
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if "Uvicorn running" in line:        # printed once the socket listens
                break
        text = "".join(lines)
        folder = Path(re.search(r"PostgreSQL \(throwaway\): (\S+)", text).group(1))
        assert re.search(r"enrolment code: [A-Z2-9]{5}-[A-Z2-9]{5}", text) and "password:" in text
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/openapi.json", timeout=10) as resp:
            assert resp.status == 200
        assert folder.exists()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    assert proc.returncode == 0 and not folder.exists()
