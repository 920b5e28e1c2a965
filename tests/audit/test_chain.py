"""The audit chain: intact logs verify; edited, deleted, truncated or rolled-back ones do not."""

from __future__ import annotations

import shutil

import pytest

from app.audit import chain, service
from app.security.session import LockReason


def _drop_guards(conn) -> None:
    """What an attacker holding the key would do first."""
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")


@pytest.fixture
def busy_session(admin_session):
    for i in range(5):
        admin_session.audit_now("test.event", "thing", f"id-{i}", {"n": i})
    return admin_session


def test_an_intact_chain_verifies(busy_session) -> None:
    result = service.verify(busy_session)
    assert result.ok and result.entries >= 8


def test_an_edited_row_is_detected(busy_session) -> None:
    conn = busy_session.conn
    _drop_guards(conn)
    conn.execute("UPDATE audit_log SET detail = '{\"n\": 99}' WHERE seq = 5")
    result = service.verify(busy_session)
    assert not result.ok and result.problem == "edited" and result.seq == 5


def test_a_deleted_row_is_detected(busy_session) -> None:
    conn = busy_session.conn
    _drop_guards(conn)
    conn.execute("DELETE FROM audit_log WHERE seq = 4")
    result = service.verify(busy_session)
    assert not result.ok and result.problem == "missing" and result.seq == 4


def test_a_recomputed_chain_still_fails_the_outside_checkpoint(busy_session) -> None:
    """Truncate the tail and even rebuild hashes: the checkpoint in the envelope catches it."""
    conn = busy_session.conn
    _drop_guards(conn)
    head_seq = chain.head(conn, busy_session.db_id)[0]
    conn.execute("DELETE FROM audit_log WHERE seq > ?", (head_seq - 3,))
    result = service.verify(busy_session)
    assert not result.ok and result.problem == "truncated"


def test_a_database_rolled_back_to_an_old_copy_is_detected(school, tmp_path) -> None:
    session = school.sign_in()
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    old_copy = tmp_path / "old.db"
    shutil.copy(school.profile.db_path, old_copy)
    for i in range(3):
        session.audit_now("test.event", detail={"n": i})
    session.lock(LockReason.MANUAL)
    shutil.copy(old_copy, school.profile.db_path)
    rolled_back = school.sign_in()
    assert rolled_back.notices.integrity_problems, "sign-in must report the rolled-back log"
    assert not service.verify(rolled_back).ok
    rolled_back.close()


def test_detail_refuses_free_text(admin_session) -> None:
    with pytest.raises(ValueError):
        admin_session.audit_now("test.event", detail={"note": "x" * 500})
