"""A real PostgreSQL for the whole session, a migrated database, a demo-shaped tree, an in-process app."""

from __future__ import annotations

import dataclasses
import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi.testclient import TestClient

from app.sync import protocol as p
from server import db as dbmod
from server import devices, identity, orgs
from server.app import create_app
from server.config import Settings
from server.ratelimit import SharedWindow
from server.state import ServerState
from server.throwaway import Cluster

# Two districts of one oblast: A with three schools (A3 only for the checkpoint chain test), B with one.
TREE = [("KG", "country", None), ("OB", "oblast", "KG"), ("DA", "district", "OB"), ("DB", "district", "OB"),
        ("A1", "school", "DA"), ("A2", "school", "DA"), ("A3", "school", "DA"), ("B1", "school", "DB")]


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    with Cluster() as c:
        yield c


@pytest.fixture(scope="session")
def dsn(cluster: Cluster) -> str:
    dsn = cluster.create_database("kense_test")
    dbmod.migrate(dsn)
    database = dbmod.Database(dsn, 1, 1)
    with database.owner() as cur:
        identity.ensure(cur)
        for code, level, parent in TREE:
            orgs.add_org(cur, code, level, f"Unit {code}", parent)
    database.close()
    return dsn


@pytest.fixture(scope="session")
def state(dsn: str) -> Iterator[ServerState]:
    st = ServerState.open(Settings(dsn, pool_min=1, pool_max=8))
    yield st
    st.db.close()


@pytest.fixture()
def client(state: ServerState) -> Iterator[TestClient]:
    # Fresh rate windows per test: one test's traffic never limits another's.
    with TestClient(create_app(state=fresh_windows(state))) as c:
        yield c


def fresh_windows(state: ServerState, **limits: int) -> ServerState:
    """The server's windows under names of their own: counts start at zero (they live in PostgreSQL)."""
    fresh = uuid.uuid4().hex[:12]
    lim = dataclasses.replace(state.settings.limits, **limits)
    return dataclasses.replace(state, settings=dataclasses.replace(state.settings, limits=lim),
                               device_rate=SharedWindow(state.db, f"device-{fresh}", lim.rate_requests,
                                                        lim.rate_seconds),
                               enrol_failures=SharedWindow(state.db, f"failures-{fresh}", lim.enrol_failures,
                                                           lim.enrol_window_seconds))


def issue_code(state: ServerState, school: str) -> str:
    with state.db.owner() as cur:
        return devices.issue_enrol_code(cur, school, by="test")


PROTO = {p.HEADER_PROTOCOL: "1"}


@dataclass
class School:
    """One enrolled device of a school, speaking the protocol as the client would."""
    client: TestClient
    school: str
    device_id: str
    token: str
    server_id: str
    server_public: bytes

    @property
    def headers(self) -> dict[str, str]:
        return {**PROTO, "Authorization": f"Bearer {self.token}", p.HEADER_SERVER_ID: self.server_id}

    def get(self, path: str, **kw: Any) -> Any:
        return self.client.get(p.API_PREFIX + path, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def post(self, path: str, body: Any = None, **kw: Any) -> Any:
        return self.client.post(p.API_PREFIX + path, json=body, headers={**self.headers, **kw.pop("headers", {})},
                                **kw)

    def item(self, record: p.Record, client_id: str | None = None) -> dict[str, Any]:
        sealed = p.seal_record(record, self.server_public)
        return p.SealedItem(client_id or f"c{uuid.uuid4().hex[:12]}", record.type, record.id, record.version,
                            sealed).to_json()

    def send(self, *records: p.Record) -> list[dict[str, Any]]:
        resp = self.post("/records", {"items": [self.item(r) for r in records]})
        assert resp.status_code == 200, resp.text
        return [r["result"] for r in resp.json()["results"]]

    def put_chunk(self, sha: str, index: int, sealed: bytes, chunk_sha: str | None = None) -> Any:
        return self.client.put(f"{p.API_PREFIX}/files/{sha}/chunks/{index}", content=sealed,
                               headers={**self.headers, p.HEADER_CHUNK_SHA256:
                                        chunk_sha or hashlib.sha256(sealed).hexdigest(),
                                        "Content-Type": "application/octet-stream"})


def enrol(client: TestClient, state: ServerState, school: str, name: str = "Канцелярия-ПК") -> School:
    code = issue_code(state, school)
    key = p.raw_public_key(X25519PrivateKey.generate())
    resp = client.post(p.API_PREFIX + "/enrol", headers=PROTO,
                       json={"code": code, "device_name": name, "device_public_key": p.b64encode(key)})
    assert resp.status_code == 200, resp.text
    made = p.Enrolment.from_json(resp.json())
    return School(client, school, made.device_id, made.token, made.server_id, made.server_public_key)


@pytest.fixture()
def school_a1(client: TestClient, state: ServerState) -> School:
    return enrol(client, state, "A1")


@pytest.fixture()
def school_b1(client: TestClient, state: ServerState) -> School:
    return enrol(client, state, "B1")


def new_id() -> str:
    return str(uuid.uuid4())


def doc(number: str = "12", version: int = 1, rid: str | None = None, subject: str = "Мектеп ремонту",
        files: list[dict[str, Any]] | None = None) -> p.Record:
    return p.Record(p.RecordType.DOCUMENT_VERSION, rid or new_id(), version, {
        "kind": "incoming", "number": number, "reg_date": "2026-11-30", "subject": subject, "summary": "",
        "correspondent": "Аламүдүн райбилим", "their_number": "7-к", "their_date": None,
        "access_level": "normal", "corrects": None, "reason": "", "files": files or []})


def certificate(number: str, check: str = "ABCDEFGHJK", state: str = "valid") -> p.Record:
    return p.Record(p.RecordType.CERTIFICATE, new_id(), 1, {
        "series": "study", "number": number, "issued_on": "2026-11-30", "person_name": "Асанова Айгүл",
        "template": "study-v1", "state": state, "void_reason": "", "check": check})


def head(n: int) -> str:
    return hashlib.sha256(f"head {n} {uuid.uuid4()}".encode()).hexdigest()
