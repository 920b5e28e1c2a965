"""Enrolment: one-time, expiring codes read over the phone; attempts limited; only hashes stored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi.testclient import TestClient

from app.sync import protocol as p
from server import credentials
from server.app import create_app

from .conftest import PROTO, fresh_windows, issue_code


def _body(code: str, name: str = "Канцелярия") -> dict:
    return {"code": code, "device_name": name,
            "device_public_key": p.b64encode(p.raw_public_key(X25519PrivateKey.generate()))}


def _enrol(client: TestClient, body: dict):
    return client.post(p.API_PREFIX + "/enrol", headers=PROTO, json=body)


def test_code_as_read_over_the_phone_works_once(client, state) -> None:
    code = issue_code(state, "A2")
    assert len(code) == 11 and code[5] == "-" and all(c in p.ENROL_CODE_ALPHABET for c in code.replace("-", ""))
    spoken = " ".join(code.replace("-", "").lower())                 # typed as dictated: spaces, lower case
    resp = _enrol(client, _body(spoken))
    assert resp.status_code == 200
    made = p.Enrolment.from_json(resp.json())
    assert made.school == "A2" and made.school_name == "Unit A2"
    again = _enrol(client, _body(code))
    assert again.status_code == 401 and again.json()["error"] == "unauthorized"


def test_expired_code_is_refused(client, state) -> None:
    code = issue_code(state, "A2")
    with state.db.owner() as cur:
        cur.execute("UPDATE enrol_code SET expires_at = %s WHERE code_hash = %s",
                    (datetime.now(UTC) - timedelta(seconds=1), credentials.enrol_code_hash(code)))
    assert _enrol(client, _body(code)).status_code == 401


def test_only_hashes_of_codes_and_tokens_are_stored(client, state) -> None:
    code = issue_code(state, "A1")
    token = _enrol(client, _body(code)).json()["token"]
    with state.db.owner() as cur:
        cur.execute("SELECT string_agg(t::text, ' ') AS dump FROM (SELECT * FROM device) t")
        dump = cur.fetchone()["dump"] + " "
        cur.execute("SELECT string_agg(t::text, ' ') AS dump FROM (SELECT * FROM enrol_code) t")
        dump += cur.fetchone()["dump"]
    assert token not in dump and token[5:] not in dump
    assert code not in dump and code.replace("-", "") not in dump


def test_wrong_codes_are_limited_per_address(state) -> None:
    with TestClient(create_app(state=fresh_windows(state, enrol_failures=3))) as limited:
        good = issue_code(state, "A1")
        codes = [_enrol(limited, _body("AAAAA-AAAAA")).status_code for _ in range(3)]
        assert codes == [401, 401, 401]
        blocked = _enrol(limited, _body(good))         # even the right code waits now
        assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) > 0
        assert blocked.json()["error"] == "rate_limited"


def test_malformed_enrolments(client, state) -> None:
    code = issue_code(state, "A1")
    bad = [{}, {"code": code}, {**_body(code), "extra": 1}, _body(code, ""), _body(code, "a" * 101),
           _body(code, "PC\u202e"), {**_body(code), "device_public_key": "!!"},
           {**_body(code), "device_public_key": p.b64encode(b"short")}, [1], "x"]
    for body in bad:
        resp = _enrol(client, body)
        assert resp.status_code == 400 and resp.json()["error"] == "bad_request", body
    assert _enrol(client, _body(12345)).status_code == 401           # type: ignore[arg-type]
    assert _enrol(client, _body("short")).status_code == 401
    assert _enrol(client, _body(code)).status_code == 200             # none of the above used it up
