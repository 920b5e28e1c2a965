"""Integrity findings persist: a rollback, a broken chain or a removed checkpoint stays reported
(status, verify, sign-in) until an administrator acknowledges it with a reason."""

from __future__ import annotations

import json
import shutil

import pytest

from app.admin.status import security_status
from app.audit import findings, service
from app.errors import InvalidInput, PermissionDenied
from app.security.session import LockReason


def _settle(session) -> None:
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _edit_envelope(school, change) -> None:
    path = school.profile.envelope_path
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def _roll_back(school, tmp_path):
    """Sign in, keep a copy, write more, then put the old copy back (what a thief hiding traces does)."""
    session = school.sign_in()
    _settle(session)
    old = tmp_path / "old.db"
    shutil.copy(school.profile.db_path, old)
    for i in range(3):
        session.audit_now("test.event", detail={"n": i})
    session.close()
    shutil.copy(old, school.profile.db_path)


def test_a_rollback_stays_reported_after_many_writes_and_sign_ins(school, tmp_path) -> None:
    _roll_back(school, tmp_path)
    for _ in range(6):  # before: each write moved the checkpoint, and the flag cleared itself
        session = school.sign_in()
        assert any(p.startswith("finding:rollback") for p in session.notices.integrity_problems)
        for i in range(5):
            session.audit_now("test.event", detail={"n": i})
        session.close()
    session = school.sign_in()
    result = service.verify(session)
    assert not result.ok
    assert [f.kind for f in result.findings] == ["rollback"]
    status = security_status(session)
    assert status["audit"]["verified"] is False and status["findings"][0]["kind"] == "rollback"
    session.close()


def test_an_admin_acknowledges_with_a_reason_and_it_is_audited(school, tmp_path) -> None:
    _roll_back(school, tmp_path)
    session = school.sign_in()
    with pytest.raises(InvalidInput):
        findings.acknowledge(session, "  ")
    done = findings.acknowledge(session, "Restored yesterday's copy after the disk failed")
    assert [f.kind for f in done] == ["rollback"]
    assert findings.open_findings(session) == []
    assert service.verify(session).ok
    acks = session.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'audit.finding_acknowledged'")
    assert acks.fetchone()[0] == 1
    kept = findings.all_findings(session)[0]
    assert not kept.open and kept.reason == "Restored yesterday's copy after the disk failed"
    session.close()
    again = school.sign_in()
    assert again.notices.integrity_problems == []
    again.close()
    # the acknowledgement's words stay inside the encrypted database, not in the key file
    assert "disk failed" not in school.profile.envelope_path.read_text()


def test_only_an_admin_may_acknowledge(school, tmp_path, make_user) -> None:
    director = make_user("direktor", "director")
    _edit_envelope(school, lambda d: d.pop("checkpoint"))
    with pytest.raises(PermissionDenied):
        findings.acknowledge(director, "not mine to close")


def test_a_removed_checkpoint_is_itself_a_finding(school) -> None:
    _edit_envelope(school, lambda d: d.pop("checkpoint"))
    session = school.sign_in()
    assert [f.kind for f in findings.open_findings(session)] == ["checkpoint_missing"]
    session.audit_now("test.event")
    assert "checkpoint" not in json.loads(school.profile.envelope_path.read_text()), \
        "no fresh checkpoint may be laid over the gap before an admin has looked"
    findings.acknowledge(session, "Key file restored by hand; checked")
    assert service.verify(session).ok
    assert json.loads(school.profile.envelope_path.read_text())["checkpoint"]["seq"] > 0
    session.close()


def test_removed_checkpoint_beside_a_rolled_back_database(school, tmp_path) -> None:
    _roll_back(school, tmp_path)
    _edit_envelope(school, lambda d: d.pop("checkpoint"))
    session = school.sign_in()
    assert "checkpoint_missing" in {f.kind for f in findings.open_findings(session)}
    assert not service.verify(session).ok
    session.close()


def test_a_forged_checkpoint_is_a_finding_not_a_lockout(school) -> None:
    _edit_envelope(school, lambda d: d["checkpoint"].update(seq=1))
    session = school.sign_in()
    assert [f.kind for f in findings.open_findings(session)] == ["checkpoint_forged"]
    session.close()


def test_erasing_the_findings_from_the_key_file_does_not_erase_them(school, tmp_path) -> None:
    _roll_back(school, tmp_path)
    session = school.sign_in()
    session.close()
    _edit_envelope(school, lambda d: d.pop("findings"))
    session = school.sign_in()
    assert [f.kind for f in findings.open_findings(session)] == ["rollback"]
    session.close()


def test_a_forged_acknowledgement_in_the_key_file_is_refused(school, tmp_path) -> None:
    _roll_back(school, tmp_path)
    school.sign_in().close()

    def forge(d) -> None:
        for item in d["findings"]["items"]:
            item["acknowledged_at"] = "2026-01-01T00:00:00Z"
    _edit_envelope(school, forge)
    session = school.sign_in()
    kinds = {f.kind for f in findings.open_findings(session)}
    assert {"rollback", "findings_altered"} <= kinds
    session.close()


def test_rolling_back_the_database_does_not_erase_a_finding(school, tmp_path) -> None:
    """The finding lives in the envelope too: restoring the pre-finding copy again keeps it open."""
    session = school.sign_in()
    _settle(session)
    before = tmp_path / "before.db"
    shutil.copy(school.profile.db_path, before)
    session.audit_now("test.event")
    session.lock(LockReason.MANUAL)
    shutil.copy(before, school.profile.db_path)
    school.sign_in().close()          # finding recorded in both copies
    shutil.copy(before, school.profile.db_path)   # and the database's copy of it rolled away
    session = school.sign_in()
    assert [f.kind for f in findings.open_findings(session)] == ["rollback"]
    session.close()


def test_an_acknowledged_broken_entry_does_not_hide_a_later_one(admin_session) -> None:
    conn = admin_session.conn
    for i in range(4):
        admin_session.audit_now("test.event", detail={"n": i})
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET detail = '{\"n\": 99}' WHERE seq = 3")
    first = service.verify(admin_session)
    assert [(f.kind, f.seq) for f in first.findings] == [("chain_broken", 3)]
    findings.acknowledge(admin_session, "Entry 3 damaged by the disk; reported")
    assert service.verify(admin_session).ok
    last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    conn.execute("UPDATE audit_log SET action = 'x' WHERE seq = ?", (last - 1,))
    later = service.verify(admin_session)
    assert [(f.kind, f.seq) for f in later.findings] == [("chain_broken", last - 1)]
