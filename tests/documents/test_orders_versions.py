"""Orders with reserved numbers and links, corrections as new versions, append-only facts, the outbox."""

from __future__ import annotations

import pytest

from app.documents import events, queries
from app.documents import register as reg
from app.documents.model import Status
from app.errors import InvalidInput
from db.connection import DatabaseError


def test_reserved_order_number_is_kept_when_signed(secretary) -> None:
    doc_id, number = reg.reserve_order_number(secretary, "pupils")
    assert number == "1"
    assert queries.get_document(secretary, doc_id).row.status is Status.RESERVED
    with pytest.raises(InvalidInput):
        events.execute(secretary, doc_id)
    later = reg.register_order(secretary, "pupils", subject="Окуучуну которуу жөнүндө")
    assert later.number == "2"
    signed = reg.register_order(secretary, "pupils", subject="1-класска кабыл алуу жөнүндө", reserved_id=doc_id,
                                links=[("pupil_movement", "01900000-0000-7000-8000-000000000001")])
    assert (signed.id, signed.number) == (doc_id, "1")
    card = queries.get_document(secretary, doc_id)
    assert card.row.status is Status.REGISTERED and card.version == 2 and not card.reserved
    assert card.links == [("pupil_movement", "01900000-0000-7000-8000-000000000001")]
    with pytest.raises(Exception):
        reg.register_order(secretary, "pupils", subject="again", reserved_id=doc_id)


def test_correction_is_a_new_version_pointing_to_the_old(secretary) -> None:
    doc = reg.register(secretary, kind="incoming", subject="Тема ката менен", correspondent="Бөлүм",
                       their_number="5", their_date="2025-09-01")
    reg.correct(secretary, doc.id, {"subject": "Тема туураланды", "their_number": "6"}, reason="typo")
    history = queries.versions(secretary, doc.id)
    assert [(v["version"], v["corrects"]) for v in history] == [(1, None), (2, 1)]
    assert history[0]["data"]["subject"] == "Тема ката менен" and history[1]["data"]["subject"] == "Тема туураланды"
    card = queries.get_document(secretary, doc.id)
    assert card.number == "1" and card.row.their_number == "6"
    assert card.events[-1].kind.value == "corrected" and card.events[-1].version == 2
    assert [d.subject for d in queries.list_documents(secretary, queries.Filters(search="туураланды"))] == [
        "Тема туураланды"]
    with pytest.raises(InvalidInput):
        reg.correct(secretary, doc.id, {"subject": "Тема туураланды", "their_number": "6"})
    with pytest.raises(InvalidInput):
        reg.correct(secretary, doc.id, {"number": "99"})


def test_facts_are_append_only_and_every_version_is_queued_for_sync(secretary) -> None:
    doc = reg.register(secretary, kind="incoming", subject="Синхрондоо", executor="secretary")
    reg.correct(secretary, doc.id, {"summary": "кошумча"})
    conn = secretary.conn
    rows = conn.execute("SELECT record_type, version, state FROM sync_outbox WHERE record_type = 'document'"
                        " ORDER BY version").fetchall()
    assert [tuple(r) for r in rows] == [("document", 1, "pending"), ("document", 2, "pending")]
    assert conn.execute("SELECT count(*) FROM sync_outbox WHERE record_type = 'document_event'").fetchone()[0] == 3
    for sql in ("UPDATE document_event SET note = 'x'", "DELETE FROM document_event",
                "UPDATE document_version SET reason = 'x'", "DELETE FROM document",
                "UPDATE document SET number = '99'"):
        with pytest.raises(DatabaseError):
            conn.execute(sql)


def test_audit_names_fields_not_values(admin_session, secretary) -> None:
    doc = reg.register(secretary, kind="incoming", subject="Асанов Асан жөнүндө арыз", correspondent="Ата-эне")
    reg.correct(secretary, doc.id, {"subject": "Асанова Айгүл жөнүндө арыз"})
    rows = admin_session.conn.execute("SELECT action, detail FROM audit_log WHERE object_id = ?", (doc.id,)).fetchall()
    assert {r[0] for r in rows} >= {"document.register", "document.correct"}
    assert all("Асан" not in r[1] for r in rows)
