"""Events written into the key file before sign-in are facts only when MAC'd under the device secret:
someone who can edit kense.keys but not read the OS keyring cannot put entries into the audit log."""

from __future__ import annotations

import json

import pytest

from app.audit import chain
from app.errors import WrongCredentials
from app.security import pending_audit
from tests.conftest import create_profile


def _forge(profile, events: list[object]) -> None:
    path = profile.envelope_path
    data = json.loads(path.read_text(encoding="utf-8"))
    data["pending_audit"] = data.get("pending_audit", []) + events
    path.write_text(json.dumps(data), encoding="utf-8")


def test_forged_events_never_enter_the_chain_as_facts(school) -> None:
    with pytest.raises(WrongCredentials):
        school.profile.sign_in("admin", "wrong-once")           # one genuine failed attempt
    forged = [{"at": "2026-12-01T10:00:00Z", "action": "user.password_reset", "login_ref": "x"},
              {"at": "not-a-date", "action": "session.sign_in_failed", "login_ref": "x"}]
    forged += [{"at": "2026-12-01T10:00:00Z", "action": "session.sign_in_failed", "login_ref": "x",
                "mac": "00" * 32}] * 50_000
    _forge(school.profile, forged)

    session = school.sign_in()
    try:
        failed = chain.entries(session.conn, action_prefix="session.sign_in_failed")
        assert len(failed) == 1 and failed[0].object_id == session.user.id
        assert not chain.entries(session.conn, action_prefix="user.password_reset")
        claims = chain.entries(session.conn, action_prefix=pending_audit.UNVERIFIED_ACTION)
        assert len(claims) == 1
        assert claims[0].detail["count"] == len(forged)          # counted as claims, none believed
        assert session.notices.failed_others == 0
    finally:
        session.close()
    # the genuine entry came with a MAC; the file no longer holds any event
    assert school.profile.load_envelope().data["pending_audit"] == []


def test_a_pending_list_of_the_wrong_type_is_survived(school) -> None:
    path = school.profile.envelope_path
    data = json.loads(path.read_text(encoding="utf-8"))
    data["pending_audit"] = 12345
    path.write_text(json.dumps(data), encoding="utf-8")
    session = school.sign_in()
    assert not chain.entries(session.conn, action_prefix="session.sign_in_failed")
    session.close()


def test_password_only_installs_report_events_as_claims(tmp_path, file_keyring) -> None:
    school = create_profile(tmp_path / "p", file_keyring, bind_device=False)
    # no device secret on this account: nothing written to the key file can be verified
    with pytest.raises(WrongCredentials):
        school.profile.sign_in("admin", "wrong-once")
    session = school.sign_in()
    try:
        facts = chain.entries(session.conn, action_prefix="session.sign_in_failed")
        claims = chain.entries(session.conn, action_prefix=pending_audit.UNVERIFIED_ACTION)
        assert facts == [] and len(claims) == 1 and claims[0].detail["count"] == 1
    finally:
        session.close()
