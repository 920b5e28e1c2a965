"""Incident reports (regulation 6.10): anyone files one, it lands in the register and the district's
outbox in one transaction, the responsible person records the outcome."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.desk import incidents
from app.documents import queries
from app.errors import InvalidInput, KenseError, PermissionDenied
from app.sync import payloads, protocol

NOW = datetime(2026, 12, 3, 10, 15)


def _outbox(session) -> list[tuple[str, int]]:
    return [(r[0], r[1]) for r in session.conn.execute(
        "SELECT record_type, version FROM sync_outbox ORDER BY created_at, rowid")]


def _counts(session) -> tuple[int, int, int]:
    conn = session.conn
    return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]  # noqa: S608
                 for t in ("document", "incident", "sync_outbox"))


def _record_id(conn, document_id: str) -> str:
    return str(conn.execute("SELECT id FROM incident WHERE document_id = ?", (document_id,)).fetchone()[0])


def test_a_teacher_files_a_report_it_is_registered_assigned_and_queued(admin_session, make_user) -> None:
    teacher = make_user("nurlan", "teacher")
    before = _outbox(admin_session)
    filed = incidents.report_incident(teacher, summary="Класстын журналы мугалимдер бөлмөсүндө ачык калды",
                                      when="03.12.2026 08:40", data="5-А классынын баалары",
                                      done="Журналды сейфке салдым", lang="ky", now=NOW)
    assert (filed.number, filed.year, filed.access_level) == ("И-1", 2026, "restricted")
    assert filed.responsible == "Асанова Айгүл Бакытовна"
    row = admin_session.conn.execute(
        "SELECT kind, series, number, reg_date, subject, summary, access_level, status, responsible_id, created_by"
        " FROM document WHERE id = ?", (filed.id,)).fetchone()
    assert row == ("internal", "incident", "И-1", "2026-12-03", "Класстын журналы мугалимдер бөлмөсүндө ачык калды",
                   "Качан: 03.12.2026 08:40\nОордугу: орточо\nКайсы маалыматка тиешелүү: 5-А классынын баалары\n"
                   "Эмне кылынды: Журналды сейфке салдым",
                   "restricted", "in_progress", admin_session.user.id, teacher.user.id)
    assert admin_session.conn.execute(
        "SELECT occurred_at, data_concerned, action_taken, severity, reported_by FROM incident").fetchall() == [
        ("2026-12-03T08:40", "5-А классынын баалары", "Журналды сейфке салдым", "medium", teacher.user.id)]
    added = _outbox(admin_session)[len(before):]
    # the document, its "registered" and "assigned" events, the district's incident record
    assert sorted(added) == sorted([("document", 1), ("document_event", 1), ("document_event", 1),
                                    ("incident", 1)])
    audit = admin_session.conn.execute(
        "SELECT user_id, action, object_type, object_id, detail FROM audit_log WHERE action LIKE 'incident.%'"
    ).fetchall()
    assert [(a[0], a[1], a[2], a[3]) for a in audit] == [(teacher.user.id, "incident.report", "document", filed.id)]
    assert json.loads(audit[0][4]) == {"series": "incident", "severity": "medium", "access": "restricted",
                                       "time_given": True, "data": True, "done": True, "assigned": True}
    # the teacher cannot open it in the register, yet sees her own report in the incident list
    assert queries.list_documents(teacher) == []
    assert [i.number for i in incidents.list_incidents(teacher)] == ["И-1"]


def test_numbers_run_in_their_own_series(admin_session, make_user) -> None:
    from app.documents import register

    register.register(admin_session, kind="internal", subject="Ички буйрук")
    first = incidents.report_incident(admin_session, summary="Сырсөз кагазга жазылып турат", when="2026-12-01",
                                      now=NOW)
    second = incidents.report_incident(admin_session, summary="Бейтааныш адам компьютерге отурду", now=NOW)
    assert (first.number, second.number) == ("И-1", "И-2")
    assert [i.occurred_at for i in incidents.list_incidents(admin_session)] == ["2026-12-03", "2026-12-01"]
    # the administrator reporting herself is not "assigned" to herself
    assert admin_session.conn.execute("SELECT count(*) FROM document_event e JOIN document d ON d.id = e.document_id"
                                      " WHERE d.series = 'incident' AND e.kind = 'assigned'").fetchone()[0] == 0


def test_a_failure_in_between_leaves_neither_register_row_nor_outbox_row(admin_session, make_user,
                                                                         monkeypatch) -> None:
    teacher = make_user("nurlan", "teacher")
    before = _counts(admin_session)

    def broken(conn, record_type, record_id, version=1):
        raise RuntimeError("disk full")

    monkeypatch.setattr(incidents.outbox, "enqueue", broken)
    with pytest.raises(RuntimeError):
        incidents.report_incident(teacher, summary="Флешка табылды", now=NOW)
    assert _counts(admin_session) == before
    assert admin_session.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'incident.report'"
                                      ).fetchone()[0] == 0
    monkeypatch.undo()
    assert incidents.report_incident(teacher, summary="Флешка табылды", now=NOW).number == "И-1"


@pytest.mark.parametrize(("kw", "key", "ky"), [
    ({"summary": "   "}, "incident.summary_required", "Эмне болгонун жазыңыз."),
    ({"summary": "x", "when": "2026-12-04"}, "incident.when_in_future",
     "04.12.2026 — азырынча келе элек убакыт. Качан болгонун жазыңыз."),
    ({"summary": "x", "when": "03.12.2026 10:16"}, "incident.when_in_future",
     "03.12.2026 10:16 — азырынча келе элек убакыт. Качан болгонун жазыңыз."),
    ({"summary": "x", "when": "1999-12-31"}, "incident.when_too_early",
     "31.12.1999 — өтө эрте. Күн 01.01.2000 жана андан кийин болушу керек."),
    ({"summary": "x", "when": "кечээ"}, "incident.bad_when",
     "Качан болгону туура эмес жазылды (кечээ). Үлгү: 03.12.2026 же 03.12.2026 09:30."),
    ({"summary": "x", "severity": "awful"}, "incident.bad_severity",
     "Оордугу: low, medium же high (берилгени: awful)."),
    ({"summary": "x", "data": "я" * 1001}, "incident.text_too_long",
     "«Кайсы маалыматка тиешелүү» өтө узун: эң көп 1000 белги."),
])
def test_bad_input_is_refused_with_a_clear_message(admin_session, kw, key, ky) -> None:
    with pytest.raises(InvalidInput) as caught:
        incidents.report_incident(admin_session, lang="ky", now=NOW, **kw)
    assert caught.value.key == key
    assert caught.value.message("ky") == ky
    assert admin_session.conn.execute("SELECT count(*) FROM document").fetchone()[0] == 0


def test_this_minute_is_not_the_future() -> None:
    assert incidents.parse_when("03.12.2026 10:15", now=NOW) == "2026-12-03T10:15"
    assert incidents.parse_when(None, now=NOW) == "2026-12-03"
    assert incidents.parse_when("2000-01-01", now=NOW) == "2000-01-01"


def test_who_sees_which_reports(admin_session, make_user) -> None:
    teacher = make_user("nurlan", "teacher")
    secretary = make_user("zarina", "secretary")
    director = make_user("director", "director")
    incidents.report_incident(teacher, summary="Биринчи", now=NOW)
    incidents.report_incident(secretary, summary="Экинчи", now=NOW)
    assert [i.summary for i in incidents.list_incidents(teacher)] == ["Биринчи"]
    assert [i.summary for i in incidents.list_incidents(secretary)] == ["Экинчи"]
    assert [i.summary for i in incidents.list_incidents(director)] == ["Экинчи", "Биринчи"]
    assert [i.reporter for i in incidents.list_incidents(admin_session, 2026)] == ["Тестов zarina", "Тестов nurlan"]
    assert incidents.list_incidents(admin_session, 2025) == []
    with pytest.raises(KenseError) as caught:
        incidents.find_incident(teacher, "И-2")
    assert caught.value.key == "incident.not_found"


def test_the_responsible_person_records_the_outcome_once(admin_session, make_user) -> None:
    teacher = make_user("nurlan", "teacher")
    filed = incidents.report_incident(teacher, summary="Сырсөз стикерде", now=NOW)
    with pytest.raises(PermissionDenied):
        incidents.record_outcome(teacher, filed.number, "Өзүм чечтим")
    with pytest.raises(InvalidInput) as caught:
        incidents.record_outcome(admin_session, "1", "  ")
    assert caught.value.key == "incident.outcome_required"
    done = incidents.record_outcome(admin_session, "1", "Сырсөз алмаштырылды, мугалим менен сүйлөштүм")
    assert (done.status.value, done.outcome, done.closed) == (
        "executed", "Сырсөз алмаштырылды, мугалим менен сүйлөштүм", True)
    assert incidents.list_incidents(teacher)[0].outcome == "Сырсөз алмаштырылды, мугалим менен сүйлөштүм"
    with pytest.raises(InvalidInput) as caught:
        incidents.record_outcome(admin_session, filed.id, "Дагы бир жолу")
    assert caught.value.key == "incident.closed"
    assert admin_session.conn.execute(
        "SELECT action, object_id, detail FROM audit_log WHERE action = 'incident.outcome'").fetchall() == [
        ("incident.outcome", filed.id, '{"note": true}')]
    event = admin_session.conn.execute("SELECT kind, actor_id FROM document_event WHERE document_id = ?"
                                       " ORDER BY n DESC LIMIT 1", (filed.id,)).fetchone()
    assert event == ("executed", admin_session.user.id)


def test_what_the_district_receives_passes_the_shared_schema(admin_session, make_user) -> None:
    teacher = make_user("nurlan", "teacher")
    filed = incidents.report_incident(teacher, summary="Экрандагы тизмени бөтөн адам көрдү", when="2026-12-02",
                                      severity="high", done="Экранды кулпуладым", lang="ru", now=NOW)
    conn = admin_session.conn
    record = payloads.record_for(conn, "incident", _record_id(conn, filed.id), 1)
    assert dict(record.data) == {
        "occurred_at": "2026-12-02", "kind": "personal_data", "severity": "high",
        "summary": "№ И-1. Экрандагы тизмени бөтөн адам көрдү\nКогда: 02.12.2026\nСерьёзность: высокая\n"
                   "Что сделано: Экранды кулпуладым"}
    assert protocol.Record.from_json(record.to_json()) == record
    version = payloads.record_for(conn, "document", filed.id, 1)
    assert protocol.Record.from_json(version.to_json()).data["number"] == "И-1"
    timed = incidents.report_incident(teacher, summary="y", when="2026-12-02 14:05", now=NOW)
    assert protocol.Record.from_json(payloads.record_for(conn, "incident", _record_id(conn, timed.id), 1).to_json()
                                     ).data["occurred_at"] == "2026-12-02T14:05"
