"""The timeline answers "who is responsible now" after every event."""

from __future__ import annotations

from datetime import date

import pytest

from app.documents import events, queries
from app.documents import register as reg
from app.documents.events import derive_state, event_facts
from app.documents.model import Status
from app.errors import InvalidInput, PermissionDenied


def _now(session, doc_id: str) -> tuple[str | None, str]:
    card = queries.get_document(session, doc_id)
    # the cached state on the row is exactly what the events say
    derived = derive_state(event_facts(session.conn, doc_id), reserved=card.reserved)
    assert derived.responsible_id == card.row.responsible_id and derived.status is card.row.status
    return card.row.responsible_login, card.row.status.value


def test_responsible_person_after_every_event(secretary, teacher, director) -> None:
    doc = reg.register(secretary, kind="incoming", subject="Олимпиада жөнүндө", correspondent="Райондук бөлүм",
                       due="2035-01-10")
    assert _now(director, doc.id) == ("secretary", "registered")
    events.assign(secretary, doc.id, "teacher", due="2035-01-05", note="Тизме даярдаңыз")
    assert _now(director, doc.id) == ("teacher", "in_progress")
    events.comment(teacher, doc.id, "Тизме даярдалууда")
    assert _now(director, doc.id) == ("teacher", "in_progress")
    events.assign(teacher, doc.id, "director", note="Кол коюу үчүн")
    assert _now(director, doc.id) == ("director", "in_progress")
    events.execute(director, doc.id, note="Аткарылды")
    assert _now(director, doc.id) == ("director", "executed")
    events.archive(secretary, doc.id)
    assert _now(director, doc.id) == ("director", "archived")
    card = queries.get_document(director, doc.id)
    assert [e.kind.value for e in card.events] == ["registered", "assigned", "commented", "forwarded", "executed",
                                                   "archived"]
    assert card.events[1].due_date == "2035-01-05" and card.row.due_date == "2035-01-05"
    with pytest.raises(InvalidInput):
        events.assign(secretary, doc.id, "teacher")


def test_executor_on_registration_and_my_tasks_with_overdue_first(secretary, teacher) -> None:
    late = reg.register(secretary, kind="incoming", subject="Мөөнөтү өткөн", reg_date="2025-01-10",
                        executor="teacher", due="2025-01-20")
    soon = reg.register(secretary, kind="incoming", subject="Жакында", reg_date="2025-01-10",
                        executor="teacher", due="2025-03-01")
    done = reg.register(secretary, kind="incoming", subject="Аткарылган", reg_date="2025-01-10",
                        executor="teacher", due="2025-01-15")
    events.execute(teacher, done.id)
    tasks = queries.my_tasks(teacher, today=date(2025, 2, 1))
    assert [t.id for t in tasks] == [late.id, soon.id]
    assert tasks[0].overdue and not tasks[1].overdue
    overdue = queries.list_documents(secretary, queries.Filters(overdue=True), today=date(2025, 2, 1))
    assert [d.id for d in overdue] == [late.id]


def test_only_the_responsible_or_the_office_may_execute(secretary, teacher, make_user) -> None:
    other = make_user("teacher2", "teacher")
    doc = reg.register(secretary, kind="incoming", subject="Тапшырма", executor="teacher")
    events.assign(secretary, doc.id, "teacher2")
    events.assign(secretary, doc.id, "teacher")
    with pytest.raises(PermissionDenied):
        events.execute(other, doc.id)  # previously assigned: may read, may not execute
    events.execute(teacher, doc.id)
    assert queries.get_document(other, doc.id).row.status is Status.EXECUTED


def test_send_and_reply(secretary) -> None:
    incoming = reg.register(secretary, kind="incoming", subject="Сурам", correspondent="Мектеп №5",
                            their_number="3", their_date="2025-09-01")
    answer = reg.reply(secretary, incoming.id, subject="Суроого жооп")
    card = queries.get_document(secretary, answer.id)
    assert card.reply_to == incoming.id and card.row.correspondent == "Мектеп №5"
    assert card.row.kind.value == "outgoing" and answer.number == "1"
    assert queries.get_document(secretary, incoming.id).replies == [answer.id]
    events.send(secretary, answer.id)
    assert queries.get_document(secretary, answer.id).row.status is Status.SENT
    with pytest.raises(InvalidInput):
        events.send(secretary, incoming.id)
    with pytest.raises(InvalidInput):
        reg.reply(secretary, answer.id, subject="жооптун жообу")
