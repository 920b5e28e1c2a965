"""Movement of a document: registered, assigned, forwarded, commented, executed, sent, archived,
corrected. The current responsible person, status and due date are derived from the events alone
(:func:`derive_state`); the document row caches them, rewritten in the same transaction as each event.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.clock import now_iso
from app.documents import outbox, permissions
from app.documents.model import CLOSED_STATUSES, EventKind, Kind, Status, parse_date
from app.documents.queries import Head, load_head, resolve_user
from app.errors import InvalidInput
from app.ids import uuid7
from app.security.roles import Role
from app.security.session import Session
from db.connection import Connection

MAX_NOTE = 2000


@dataclass(frozen=True)
class EventFact:
    kind: EventKind
    at: str
    actor_id: str
    assignee_id: str | None = None
    due_date: str | None = None


@dataclass(frozen=True)
class State:
    status: Status
    responsible_id: str | None
    due_date: str | None
    executed_at: str | None


def derive_state(events: Iterable[EventFact], *, reserved: bool = False) -> State:
    """Fold the events, oldest first, into who is responsible now and in what state the document is.

    Until someone is assigned, the person who registered it is responsible. Assigning or forwarding
    hands it on (with a new due date when one is given); executing, sending and archiving close it and
    leave the last responsible person on record. Comments and corrections change neither.
    """
    status, responsible, due, executed = Status.REGISTERED, None, None, None
    for event in events:
        if event.kind is EventKind.REGISTERED:
            status, responsible = Status.REGISTERED, event.actor_id
            due = event.due_date or due
        elif event.kind in (EventKind.ASSIGNED, EventKind.FORWARDED):
            status, responsible = Status.IN_PROGRESS, event.assignee_id
            due = event.due_date or due
        elif event.kind is EventKind.EXECUTED:
            status, executed = Status.EXECUTED, event.at
        elif event.kind is EventKind.SENT:
            status = Status.SENT
            executed = executed or event.at
        elif event.kind is EventKind.ARCHIVED:
            status = Status.ARCHIVED
    if reserved:
        status = Status.RESERVED
    return State(status, responsible, due, executed)


def event_facts(conn: Connection, document_id: str) -> list[EventFact]:
    rows = conn.execute(
        "SELECT kind, at, actor_id, assignee_id, due_date FROM document_event WHERE document_id = ? ORDER BY n",
        (document_id,),
    ).fetchall()
    return [EventFact(EventKind(r[0]), r[1], r[2], r[3], r[4]) for r in rows]


def append_event(session: Session, conn: Connection, head: Head, kind: EventKind, *, assignee_id: str | None = None,
                 due_date: str | None = None, note: str = "", version: int | None = None,
                 at: str | None = None) -> str:
    """Write one event and bring the document's cached state up to date (caller's transaction)."""
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise InvalidInput("documents.text_too_long", name="note", max=MAX_NOTE)
    event_id = uuid7()
    conn.execute(
        "INSERT INTO document_event (id, document_id, kind, at, actor_id, assignee_id, due_date, note, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (event_id, head.id, kind.value, at or now_iso(), session.user.id, assignee_id, due_date, note, version),
    )
    refresh_state(conn, head.id)
    outbox.enqueue(conn, "document_event", event_id)
    return event_id


def refresh_state(conn: Connection, document_id: str) -> State:
    reserved = bool(conn.execute("SELECT reserved FROM document WHERE id = ?", (document_id,)).fetchone()[0])
    state = derive_state(event_facts(conn, document_id), reserved=reserved)
    conn.execute("UPDATE document SET status = ?, responsible_id = ?, due_date = ?, executed_at = ? WHERE id = ?",
                 (state.status.value, state.responsible_id, state.due_date, state.executed_at, document_id))
    return state


def _open_head(session: Session, conn: Connection, document_id: str) -> Head:
    permissions.require_read(session, document_id)
    head = load_head(conn, document_id)
    if head.status is Status.RESERVED:
        raise InvalidInput("documents.reserved_unsigned", number=head.number)
    return head


def _refuse_closed(head: Head) -> None:
    if head.status in CLOSED_STATUSES:
        raise InvalidInput("documents.closed", number=head.number, status=head.status.value)


def _check_due(head: Head, due: date | None) -> str | None:
    if due is None:
        return None
    if due < date.fromisoformat(head.reg_date):
        raise InvalidInput("documents.due_before_registration")
    return due.isoformat()


def assign(session: Session, document_id: str, to_login: str, *, due: str | date | None = None,
           note: str = "", at: str | None = None) -> Head:
    """Make ``to_login`` responsible. The secretary and the director assign; the person responsible
    now may pass it on, which is recorded as "forwarded"."""
    due_date = parse_date(due, "due")
    with session.write() as conn:
        head = _open_head(session, conn, document_id)
        permissions.require_assign(session, head.responsible_id)
        _refuse_closed(head)
        assignee_id, role, active = resolve_user(conn, to_login)
        if not active:
            raise InvalidInput("documents.user_inactive", login=to_login)
        if head.access_level.value == "restricted" and not permissions.may_hold_restricted(Role(role)):
            raise InvalidInput("documents.restricted_assignee")
        kind = EventKind.ASSIGNED
        if head.responsible_id == session.user.id and head.status is Status.IN_PROGRESS:
            kind = EventKind.FORWARDED
        append_event(session, conn, head, kind, assignee_id=assignee_id, due_date=_check_due(head, due_date),
                     note=note, at=at)
        session.audit(conn, "document.assign", "document", head.id,
                      {"event": kind.value, "due": due_date is not None, "note": bool(note)})
        return load_head(conn, document_id)


def execute(session: Session, document_id: str, *, note: str = "", at: str | None = None) -> Head:
    with session.write() as conn:
        head = _open_head(session, conn, document_id)
        permissions.require_execute(session, head.responsible_id)
        _refuse_closed(head)
        append_event(session, conn, head, EventKind.EXECUTED, note=note, at=at)
        session.audit(conn, "document.execute", "document", head.id, {"note": bool(note)})
        return load_head(conn, document_id)


def send(session: Session, document_id: str, *, note: str = "", at: str | None = None) -> Head:
    """Mark an outgoing letter as dispatched."""
    with session.write() as conn:
        head = _open_head(session, conn, document_id)
        permissions.require_execute(session, head.responsible_id)
        if head.kind is not Kind.OUTGOING:
            raise InvalidInput("documents.send_needs_outgoing")
        if head.status in (Status.SENT, Status.ARCHIVED):
            raise InvalidInput("documents.closed", number=head.number, status=head.status.value)
        append_event(session, conn, head, EventKind.SENT, note=note, at=at)
        session.audit(conn, "document.send", "document", head.id, {"note": bool(note)})
        return load_head(conn, document_id)


def comment(session: Session, document_id: str, note: str) -> Head:
    if not (note or "").strip():
        raise InvalidInput("input.bad_value", name="note")
    with session.write() as conn:
        head = _open_head(session, conn, document_id)
        append_event(session, conn, head, EventKind.COMMENTED, note=note)
        session.audit(conn, "document.comment", "document", head.id, {"note": True})
        return load_head(conn, document_id)


def archive(session: Session, document_id: str, *, note: str = "") -> Head:
    with session.write() as conn:
        head = _open_head(session, conn, document_id)
        permissions.require_register(session, head.access_level)
        if head.status is Status.ARCHIVED:
            raise InvalidInput("documents.closed", number=head.number, status=head.status.value)
        append_event(session, conn, head, EventKind.ARCHIVED, note=note)
        session.audit(conn, "document.archive", "document", head.id, {"note": bool(note)})
        return load_head(conn, document_id)
