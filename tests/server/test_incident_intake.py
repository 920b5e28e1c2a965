"""A school's incident report reaches the district whole: the register's document, its events and the
incident record a real school database builds are accepted and listed on the district's page."""

from __future__ import annotations

from datetime import datetime

from app.desk import incidents
from app.sync import outbox, payloads
from app.sync import protocol as p
from server.web import queries

from .conftest import School, new_id


def test_a_real_incident_report_is_accepted_and_listed(school_a1: School, state, admin_session, make_user) -> None:
    teacher = make_user("nurlan", "teacher")
    filed = incidents.report_incident(teacher, summary="Бөтөн адам экрандагы тизмени сүрөткө тартты",
                                      when="2026-12-02", severity="high", lang="ky",
                                      now=datetime(2026, 12, 3, 10, 0))
    conn = admin_session.conn
    rows = [r for r in outbox.rows(conn) if r.record_type in ("document", "document_event", "incident")]
    records = [payloads.record_for(conn, r.record_type, r.record_id, r.version) for r in rows]
    assert sorted(str(r.type) for r in records) == ["document_event", "document_event", "document_version",
                                                    "incident"]
    assert school_a1.send(*records) == ["ok"] * 4
    record_id = str(conn.execute("SELECT id FROM incident WHERE document_id = ?", (filed.id,)).fetchone()[0])
    with state.db.owner() as cur:
        listed = [r for r in queries.incidents(cur, "A1") if r["id"] == record_id]   # A1 lives for the session
    assert [(r["id"], r["data"]["occurred_at"], r["data"]["severity"], r["data"]["kind"]) for r in listed] == [
        (record_id, "2026-12-02", "high", "personal_data")]
    assert listed[0]["data"]["summary"].startswith("№ И-1. Бөтөн адам экрандагы тизмени сүрөткө тартты\n")


def test_when_is_a_day_or_a_moment_and_nothing_else(school_a1: School) -> None:
    def incident(when: str) -> p.Record:
        return p.Record(p.RecordType.INCIDENT, new_id(), 1,
                        {"occurred_at": when, "kind": "personal_data", "severity": "low", "summary": "x"})

    assert school_a1.send(incident("2026-12-02"), incident("2026-12-02T09:30"), incident("2026-12-02T09:30:00Z"),
                          incident("кечээ"), incident("2026-13-02"), incident("")) == [
        "ok", "ok", "ok", "invalid", "invalid", "invalid"]
