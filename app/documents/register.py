"""Registering documents: letters in and out, internal documents, the director's orders; corrections
(a new version pointing to the one it replaces), replies, and order numbers reserved before signing.

Everything a registration writes — the number, the document, its first version, the events, the files,
the links, the outbox rows and the audit entry — commits in one transaction or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.clock import now_iso
from app.documents import attachments, correspondents, duplicates, numbering, outbox, permissions, search
from app.documents.events import append_event
from app.documents.model import (
    AccessLevel,
    EventKind,
    Kind,
    Series,
    Status,
    kind_of_series,
    parse_date,
    parse_kind,
    parse_series,
)
from app.documents.queries import Head, load_head, resolve_user
from app.errors import InvalidInput, KenseError
from app.ids import uuid7
from app.security.roles import Role
from app.security.session import Session
from app.text import clean_text
from db.connection import Connection

MAX_SUBJECT = 1000
MAX_SUMMARY = 10_000
MAX_THEIR_NUMBER = 60
CORRECTABLE = ("subject", "summary", "correspondent", "their_number", "their_date", "access_level")


@dataclass
class Registered:
    id: str
    number: str
    series: str
    year: int
    warnings: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "number": self.number, "series": self.series, "year": self.year,
                "warnings": self.warnings}


def _text(value: str | None, name: str, limit: int) -> str:
    # Control, zero-width and bidi characters go (they would print reversed or hidden into the register);
    # the summary keeps its line breaks.
    if name == "summary":
        text = "\n".join(clean_text(line) for line in (value or "").splitlines()).strip()
    else:
        text = clean_text(value)
    if len(text) > limit:
        raise InvalidInput("documents.text_too_long", name=name, max=limit)
    return text


def _access(value: str | AccessLevel | None) -> AccessLevel:
    try:
        return AccessLevel(str(value or "normal").strip().lower())
    except ValueError:
        raise InvalidInput("input.bad_value", name="access") from None


def _their(number: str | None, their_date: str | date | None) -> tuple[str, str | None]:
    num = _text(number, "their_number", MAX_THEIR_NUMBER).lstrip("№# ").strip()
    day = parse_date(their_date, "their_date")
    if bool(num) != bool(day):
        raise InvalidInput("documents.their_pair")
    return num, day.isoformat() if day else None


def _executor(conn: Connection, login: str | None, access: AccessLevel) -> str | None:
    if not login:
        return None
    user_id, role, active = resolve_user(conn, login)
    if not active:
        raise InvalidInput("documents.user_inactive", login=login)
    if access is AccessLevel.RESTRICTED and not permissions.may_hold_restricted(Role(role)):
        raise InvalidInput("documents.restricted_assignee")
    return user_id


def _snapshot(conn: Connection, document_id: str) -> dict[str, Any]:
    return load_head(conn, document_id).fields()


def _write_version(session: Session, conn: Connection, document_id: str, version: int, reason: str = "") -> None:
    conn.execute(
        "INSERT INTO document_version (document_id, version, corrects, data, reason, created_at, created_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (document_id, version, version - 1 if version > 1 else None,
         json.dumps(_snapshot(conn, document_id), ensure_ascii=False, sort_keys=True), reason, now_iso(),
         session.user.id),
    )
    outbox.enqueue(conn, "document", document_id, version)


def register(session: Session, *, kind: str | Kind, subject: str, series: str | Series | None = None,
             correspondent: str | None = None, their_number: str | None = None,
             their_date: str | date | None = None, summary: str = "",
             files: Sequence[str | Path] = (), executor: str | None = None, due: str | date | None = None,
             access_level: str | AccessLevel | None = None, reg_date: str | date | None = None,
             index_prefix: str | None = None, reply_to: str | None = None,
             links: Sequence[tuple[str, str]] = (), at: str | None = None,
             contents: Sequence[tuple[str, bytes]] = (), expect_seq: int | None = None,
             _reserve: bool = False) -> Registered:
    """Register one document and return its id and number. ``at``: the moment of registration when
    a paper register is transcribed (and for the demo); otherwise now. ``contents``: files Kense made
    in memory, (name, bytes). ``expect_seq``: the number a form was printed with; another number would
    be taken instead: :class:`numbering.NumberTaken`, nothing written."""
    kind = kind if isinstance(kind, Kind) else parse_kind(kind)
    series = series if isinstance(series, Series) else parse_series(kind, series)
    access = _access(access_level)
    permissions.require_register(session, access)
    subject = _text(subject, "subject", MAX_SUBJECT)
    if not subject and not _reserve:
        raise InvalidInput("documents.subject_required")
    summary = _text(summary, "summary", MAX_SUMMARY)
    num, their_day = _their(their_number, their_date)
    day = parse_date(reg_date, "date") or date.today()
    due_day = parse_date(due, "due")
    if due_day is not None and due_day < day:
        raise InvalidInput("documents.due_before_registration")
    prefix = numbering.parse_prefix(index_prefix)
    prepared = attachments.prepare_all(session, list(files))
    prepared += [attachments.prepare_bytes(session, name, data) for name, data in contents]
    with session.write() as conn:
        corr_id, corr_text = correspondents.resolve(conn, correspondent)
        executor_id = _executor(conn, executor, access)
        dup_key = duplicates.reference_key(corr_id, corr_text, num, their_day)
        duplicates.check_reference(conn, dup_key)
        for item in prepared:
            duplicates.check_content(conn, item.sha256, item.filename)
        if reply_to is not None:
            permissions.require_read(session, reply_to)
        document_id, number, head = insert_document(
            session, conn, kind=kind, series=series, day=day, prefix=prefix, subject=subject, summary=summary,
            access=access, correspondent=(corr_id, corr_text), their=(num, their_day), reply_to=reply_to,
            reserved=_reserve, dup_key=dup_key, due_day=due_day, at=at, expect_seq=expect_seq)
        if executor_id is not None:
            append_event(session, conn, head, EventKind.ASSIGNED, assignee_id=executor_id,
                         due_date=due_day.isoformat() if due_day else None, at=at)
        link_records(conn, document_id, links)
        session.audit(conn, "document.register", "document", document_id,
                      {"kind": kind.value, "series": series.value, "files": len(prepared),
                       "reserved": _reserve, "reply": reply_to is not None})
        for item in prepared:
            attachments.store(session, conn, document_id, item)
    warnings = [w for w in (p.warning() for p in prepared) if w]
    return Registered(document_id, number, series.value, day.year, warnings)


def insert_document(session: Session, conn: Connection, *, kind: Kind, series: Series, day: date, prefix: str,
                    subject: str, summary: str, access: AccessLevel,
                    correspondent: tuple[str | None, str] = (None, ""), their: tuple[str, str | None] = ("", None),
                    reply_to: str | None = None, reserved: bool = False, dup_key: str | None = None,
                    due_day: date | None = None, at: str | None = None,
                    expect_seq: int | None = None) -> tuple[str, str, Head]:
    """The number, the document row, its first version (queued for the district) and the "registered"
    event, inside the caller's write transaction; the caller has checked who may do this and audits it."""
    corr_id, corr_text = correspondent
    num, their_day = their
    seq, number = numbering.allocate(conn, series, day.year, prefix)
    if expect_seq is not None and seq != expect_seq:
        raise numbering.NumberTaken()
    document_id = uuid7()
    cur = conn.execute(
        "INSERT INTO document (id, kind, series, year, seq, index_prefix, number, reg_date, version, subject,"
        " summary, correspondent_id, correspondent_text, their_number, their_date, access_level, reply_to,"
        " reserved, dup_key, status, created_at, created_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (document_id, kind.value, series.value, day.year, seq, prefix, number, day.isoformat(), subject, summary,
         corr_id, corr_text, num, their_day, access.value, reply_to, int(reserved), dup_key,
         (Status.RESERVED if reserved else Status.REGISTERED).value, at or now_iso(), session.user.id),
    )
    rid = int(cur.lastrowid or 0)
    search.index(conn, rid, subject, summary, corr_text)
    _write_version(session, conn, document_id, 1)
    head = load_head(conn, document_id)
    append_event(session, conn, head, EventKind.REGISTERED, due_date=due_day.isoformat() if due_day else None,
                 note="reserved" if reserved else "", at=at)
    return document_id, number, head


def link_records(conn: Connection, document_id: str, links: Sequence[tuple[str, str]]) -> None:
    """Tie a document to the records it decides (inside the caller's transaction)."""
    for object_type, object_id in links:
        if not object_type or not object_id:
            raise InvalidInput("input.bad_value", name="link")
        conn.execute("INSERT OR IGNORE INTO document_link (document_id, object_type, object_id, created_at)"
                     " VALUES (?, ?, ?, ?)", (document_id, str(object_type), str(object_id), now_iso()))


def correct(session: Session, document_id: str, changes: dict[str, Any], *, reason: str = "") -> Head:
    """A correction: a new version of the registered fields, pointing to the one it replaces. The
    registration number, kind and date never change."""
    unknown = set(changes) - set(CORRECTABLE)
    if unknown:
        raise InvalidInput("documents.bad_field", field=", ".join(sorted(unknown)))
    permissions.require_read(session, document_id)
    with session.write() as conn:
        head = load_head(conn, document_id)
        access = _access(changes.get("access_level", head.access_level))
        permissions.require_register(session, head.access_level)
        permissions.require_register(session, access)
        subject = _text(changes.get("subject", head.subject), "subject", MAX_SUBJECT)
        if not subject:
            raise InvalidInput("documents.subject_required")
        summary = _text(changes.get("summary", head.summary), "summary", MAX_SUMMARY)
        if "correspondent" in changes:
            corr_id, corr_text = correspondents.resolve(conn, changes["correspondent"])
        else:
            corr_id, corr_text = head.correspondent_id, head.correspondent_text
        num, their_day = _their(changes.get("their_number", head.their_number),
                                changes.get("their_date", head.their_date))
        new = (subject, summary, corr_id, corr_text, num, their_day, access)
        old = (head.subject, head.summary, head.correspondent_id, head.correspondent_text, head.their_number,
               head.their_date, head.access_level)
        if new == old:
            raise InvalidInput("documents.nothing_to_correct")
        if access is AccessLevel.RESTRICTED and head.responsible_id:
            _, role, _ = _role_of(conn, head.responsible_id)
            if not permissions.may_hold_restricted(Role(role)):
                raise InvalidInput("documents.restricted_assignee")
        dup_key = duplicates.reference_key(corr_id, corr_text, num, their_day)
        duplicates.check_reference(conn, dup_key, exclude_id=document_id)
        version = head.version + 1
        conn.execute(
            "UPDATE document SET version = ?, subject = ?, summary = ?, correspondent_id = ?, correspondent_text = ?,"
            " their_number = ?, their_date = ?, access_level = ?, dup_key = ? WHERE id = ?",
            (version, subject, summary, corr_id, corr_text, num, their_day, access.value, dup_key, document_id),
        )
        search.index(conn, head.rid, subject, summary, corr_text)
        _write_version(session, conn, document_id, version, _text(reason, "reason", 500))
        append_event(session, conn, head, EventKind.CORRECTED, note=reason, version=version)
        changed = [name for name, a, b in zip(
            ("subject", "summary", "correspondent_id", "correspondent", "their_number", "their_date", "access_level"),
            new, old, strict=True) if a != b]
        session.audit(conn, "document.correct", "document", document_id, {"fields": changed, "version": version})
        return load_head(conn, document_id)


def _role_of(conn: Connection, user_id: str) -> tuple[str, str, bool]:
    row = conn.execute("SELECT id, role, active FROM app_user WHERE id = ?", (user_id,)).fetchone()
    return str(row[0]), str(row[1]), bool(row[2])


def reply(session: Session, incoming_id: str, *, subject: str, summary: str = "",
          files: Sequence[str | Path] = (), executor: str | None = None, due: str | date | None = None,
          index_prefix: str | None = None, reg_date: str | date | None = None) -> Registered:
    """Register the outgoing letter that answers an incoming one: same correspondent, a link back."""
    permissions.require_read(session, incoming_id)
    incoming = load_head(session.conn, incoming_id)
    if incoming.kind is not Kind.INCOMING:
        raise InvalidInput("documents.reply_needs_incoming")
    return register(session, kind=Kind.OUTGOING, subject=subject, summary=summary,
                    correspondent=incoming.correspondent_text, files=files, executor=executor, due=due,
                    access_level=incoming.access_level, index_prefix=index_prefix, reply_to=incoming_id,
                    reg_date=reg_date)


def reserve_order_number(session: Session, series: str | Series, *, reg_date: str | date | None = None,
                         index_prefix: str | None = None) -> tuple[str, str]:
    """Hold the next order number of ``series`` before the order is signed: (id, number)."""
    parsed = series if isinstance(series, Series) else parse_series(Kind.ORDER, series)
    if kind_of_series(parsed) is not Kind.ORDER:
        raise InvalidInput("documents.bad_series", series=str(series), choices="main, staff, pupils")
    result = register(session, kind=Kind.ORDER, series=parsed, subject="", reg_date=reg_date,
                      index_prefix=index_prefix, _reserve=True)
    return result.id, result.number


def register_order(session: Session, series: str | Series, *, subject: str, summary: str = "",
                   reserved_id: str | None = None, files: Sequence[str | Path] = (),
                   executor: str | None = None, due: str | date | None = None,
                   links: Sequence[tuple[str, str]] = (), reg_date: str | date | None = None,
                   access_level: str | AccessLevel | None = None) -> Registered:
    """Register a signed order; with ``reserved_id`` the reserved number is used. ``links`` ties the
    order to the records it decides, e.g. ``[("pupil_movement", movement_id)]``."""
    parsed = series if isinstance(series, Series) else parse_series(Kind.ORDER, series)
    if reserved_id is None:
        return register(session, kind=Kind.ORDER, series=parsed, subject=subject, summary=summary, files=files,
                        executor=executor, due=due, links=links, reg_date=reg_date, access_level=access_level)
    return _sign_reserved(session, reserved_id, parsed, subject=subject, summary=summary, files=files,
                          executor=executor, due=due, links=links, access_level=access_level)


def _sign_reserved(session: Session, reserved_id: str, series: Series, *, subject: str, summary: str,
                   files: Sequence[str | Path], executor: str | None, due: str | date | None,
                   links: Sequence[tuple[str, str]], access_level: str | AccessLevel | None) -> Registered:
    access = _access(access_level)
    permissions.require_register(session, access)
    permissions.require_read(session, reserved_id)
    subject = _text(subject, "subject", MAX_SUBJECT)
    if not subject:
        raise InvalidInput("documents.subject_required")
    summary = _text(summary, "summary", MAX_SUMMARY)
    due_day = parse_date(due, "due")
    prepared = attachments.prepare_all(session, list(files))
    with session.write() as conn:
        head = load_head(conn, reserved_id)
        if not head.reserved or head.series is not series:
            raise KenseError("documents.not_reserved", number=head.number)
        if due_day is not None and due_day.isoformat() < head.reg_date:
            raise InvalidInput("documents.due_before_registration")
        executor_id = _executor(conn, executor, access)
        version = head.version + 1
        conn.execute("UPDATE document SET version = ?, subject = ?, summary = ?, access_level = ?, reserved = 0"
                     " WHERE id = ?", (version, subject, summary, access.value, reserved_id))
        search.index(conn, head.rid, subject, summary, head.correspondent_text)
        _write_version(session, conn, reserved_id, version, "signed")
        append_event(session, conn, head, EventKind.REGISTERED, note="signed", version=version,
                     due_date=due_day.isoformat() if due_day else None)
        if executor_id is not None:
            append_event(session, conn, head, EventKind.ASSIGNED, assignee_id=executor_id,
                         due_date=due_day.isoformat() if due_day else None)
        link_records(conn, reserved_id, links)
        session.audit(conn, "document.register", "document", reserved_id,
                      {"kind": "order", "series": series.value, "files": len(prepared), "reserved": False,
                       "signed_reservation": True})
        for item in prepared:
            attachments.store(session, conn, reserved_id, item)
    warnings = [w for w in (p.warning() for p in prepared) if w]
    return Registered(reserved_id, head.number, series.value, head.year, warnings)
