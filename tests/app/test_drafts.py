"""Encrypted drafts: kept in the SQLCipher file, per user, taken once."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput
from app.security import drafts
from app.security.session import LockReason


def test_draft_round_trip_and_taken_once(admin_session):
    drafts.save_draft(admin_session, "pupils", {"surname": "Асанова", "pin": "21203201410012"})
    assert drafts.pending_sections(admin_session) == ["pupils"]
    assert drafts.take_draft(admin_session, "pupils") == {"surname": "Асанова", "pin": "21203201410012"}
    assert drafts.take_draft(admin_session, "pupils") is None
    assert drafts.pending_sections(admin_session) == []


def test_draft_belongs_to_its_user_only(admin_session, make_user):
    drafts.save_draft(admin_session, "staff", {"name": "Бакыт"})
    other = make_user("aigerim", "secretary")
    assert drafts.pending_sections(other) == []
    assert drafts.take_draft(other, "staff") is None
    assert drafts.take_draft(admin_session, "staff") == {"name": "Бакыт"}


def test_draft_survives_lock_and_is_not_plaintext_on_disk(school, admin_session):
    drafts.save_draft(admin_session, "pupils", {"surname": "Өмүрбекова-уникалдуу"})
    admin_session.lock(LockReason.IDLE)
    for path in school.profile.root.iterdir():
        if path.is_file():
            assert "Өмүрбекова-уникалдуу".encode() not in path.read_bytes()
    admin_session.unlock(school.admin_password)
    assert drafts.take_draft(admin_session, "pupils") == {"surname": "Өмүрбекова-уникалдуу"}


def test_draft_audit_names_fields_not_values(admin_session):
    drafts.save_draft(admin_session, "pupils", {"surname": "Токтогулова"})
    rows = admin_session.conn.execute("SELECT detail FROM audit_log WHERE action = 'draft.save'").fetchall()
    assert rows and "Токтогулова" not in rows[0][0] and "surname" in rows[0][0]


def test_bad_section_refused(admin_session):
    with pytest.raises(InvalidInput):
        drafts.save_draft(admin_session, "", {"a": 1})
