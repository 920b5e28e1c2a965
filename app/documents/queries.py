"""Reading the register: one document's head row, the card, lists with filters, "my tasks"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.documents import permissions, search
from app.documents.model import (
    CLOSED_STATUSES,
    AccessLevel,
    Attachment,
    Document,
    DocumentSummary,
    Event,
    EventKind,
    Kind,
    Series,
    Status,
)
from app.errors import InvalidInput, KenseError
from app.security.session import Session
from db.connection import Connection

_OPEN = tuple(s.value for s in Status if s not in CLOSED_STATUSES and s is not Status.RESERVED)


@dataclass(frozen=True)
class Head:
    """The current row of one document (internal to the services)."""

    rid: int
    id: str
    kind: Kind
    series: Series
    year: int
    seq: int
    index_prefix: str
    number: str
    reg_date: str
    version: int
    subject: str
    summary: str
    correspondent_id: str | None
    correspondent_text: str
    their_number: str
    their_date: str | None
    access_level: AccessLevel
    reply_to: str | None
    reserved: bool
    status: Status
    responsible_id: str | None
    due_date: str | None
    executed_at: str | None
    created_at: str
    created_by: str

    def fields(self) -> dict[str, Any]:
        """The registered fields a version snapshot carries (and a correction may change)."""
        return {"kind": self.kind.value, "series": self.series.value, "number": self.number,
                "reg_date": self.reg_date, "subject": self.subject, "summary": self.summary,
                "correspondent_id": self.correspondent_id, "correspondent": self.correspondent_text,
                "their_number": self.their_number, "their_date": self.their_date,
                "access_level": self.access_level.value, "reply_to": self.reply_to, "reserved": self.reserved}


_HEAD_COLUMNS = ("rid, id, kind, series, year, seq, index_prefix, number, reg_date, version, subject, summary,"
                 " correspondent_id, correspondent_text, their_number, their_date, access_level, reply_to,"
                 " reserved, status, responsible_id, due_date, executed_at, created_at, created_by")


def _head(r: tuple[Any, ...]) -> Head:
    return Head(int(r[0]), r[1], Kind(r[2]), Series(r[3]), int(r[4]), int(r[5]), r[6], r[7], r[8], int(r[9]),
                r[10], r[11], r[12], r[13], r[14], r[15], AccessLevel(r[16]), r[17], bool(r[18]), Status(r[19]),
                r[20], r[21], r[22], r[23], r[24])


def load_head(conn: Connection, document_id: str) -> Head:
    row = conn.execute(f"SELECT {_HEAD_COLUMNS} FROM document WHERE id = ?",  # noqa: S608 — constant
                       (document_id,)).fetchone()
    if row is None:
        raise KenseError("documents.not_found", id=document_id)
    return _head(row)


def resolve_user(conn: Connection, login: str) -> tuple[str, str, bool]:
    """(id, role, active) of a login."""
    row = conn.execute("SELECT id, role, active FROM app_user WHERE login = ?",
                       ((login or "").strip().lower(),)).fetchone()
    if row is None:
        raise InvalidInput("user.not_found", login=login)
    return str(row[0]), str(row[1]), bool(row[2])


def is_overdue(status: Status, due_date: str | None, today: date | None = None) -> bool:
    if not due_date or status.value not in _OPEN:
        return False
    return due_date < (today or date.today()).isoformat()


_LIST_SELECT = (
    "SELECT d.id, d.kind, d.series, d.number, d.reg_date, d.subject, d.correspondent_text, d.their_number,"
    " d.their_date, d.access_level, d.status, d.responsible_id, u.login, u.full_name, d.due_date, d.executed_at"
    " FROM document d LEFT JOIN app_user u ON u.id = d.responsible_id"
)


_KINDS = {k.value: k for k in Kind}
_SERIES = {s.value: s for s in Series}
_STATUSES = {s.value: s for s in Status}
_ACCESS = {a.value: a for a in AccessLevel}


def _summary(r: tuple[Any, ...], today: date | None) -> DocumentSummary:
    status = _STATUSES[r[10]]
    return DocumentSummary(r[0], _KINDS[r[1]], _SERIES[r[2]], r[3], r[4], r[5], r[6], r[7], r[8], _ACCESS[r[9]],
                           status, r[11], r[12], r[13], r[14], r[15], is_overdue(status, r[14], today))


@dataclass(frozen=True)
class Filters:
    kind: Kind | None = None
    series: Series | None = None
    search: str | None = None
    correspondent: str | None = None       # words of the correspondent's name
    status: Status | None = None
    responsible_login: str | None = None
    overdue: bool = False
    mine: bool = False                     # my open tasks
    date_from: date | None = None
    date_to: date | None = None
    limit: int = 500
    offset: int = 0


def _where(session: Session, f: Filters, today: date | None) -> tuple[list[str], list[Any]] | None:
    """The WHERE clauses and parameters of a filter (None: the search text holds no word, so nothing)."""
    where, params = permissions.visibility_sql(session)
    clauses: list[str] = [where]
    args: list[Any] = list(params)
    if f.kind is not None:
        clauses.append("d.kind = ?")
        args.append(f.kind.value)
    if f.series is not None:
        clauses.append("d.series = ?")
        args.append(f.series.value)
    if f.date_from is not None:
        clauses.append("d.reg_date >= ?")
        args.append(f.date_from.isoformat())
    if f.date_to is not None:
        clauses.append("d.reg_date <= ?")
        args.append(f.date_to.isoformat())
    if f.status is not None:
        clauses.append("d.status = ?")
        args.append(f.status.value)
    if f.responsible_login:
        clauses.append("d.responsible_id = (SELECT id FROM app_user WHERE login = ?)")
        args.append(f.responsible_login.strip().lower())
    if f.mine:
        clauses.append(f"d.responsible_id = ? AND d.status IN ({','.join('?' * len(_OPEN))})")
        args += [session.user.id, *_OPEN]
    if f.overdue:
        clauses.append(f"d.due_date < ? AND d.status IN ({','.join('?' * len(_OPEN))})")
        args += [(today or date.today()).isoformat(), *_OPEN]
    match_parts: list[str] = []
    if f.search:
        query = search.fts_query(f.search)
        if query is None:
            return None
        match_parts.append(f"({query})")
    if f.correspondent:
        query = search.fts_query(f.correspondent)
        if query is None:
            return None
        match_parts.append(f"correspondent : ({query})")
    if match_parts:
        clauses.append("d.rid IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?)")
        args.append(" AND ".join(match_parts))
    return clauses, args


def _order(f: Filters) -> tuple[str, str]:
    """(FROM clause, ORDER BY) of a filter."""
    if f.mine:
        return "FROM document d", "d.due_date IS NULL, d.due_date, d.reg_date, d.seq"
    # Walk the register's order index and let LIMIT stop early; otherwise SQLite collects every
    # full-text match and sorts it (10x slower on SQLCipher at 10,000 documents).
    return "FROM document d INDEXED BY document_order", "d.reg_date DESC, d.seq DESC"


def list_documents(session: Session, filters: Filters | None = None, *,
                   today: date | None = None) -> list[DocumentSummary]:
    f = filters or Filters()
    built = _where(session, f, today)
    if built is None:
        return []
    clauses, args = built
    source, order = _order(f)
    select = _LIST_SELECT.replace("FROM document d", source)
    sql = f"{select} WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT ? OFFSET ?"
    args += [max(1, min(f.limit, 100_000)), max(0, f.offset)]
    return [_summary(r, today) for r in session.conn.execute(sql, args)]


def document_ids(session: Session, filters: Filters | None = None, *, today: date | None = None) -> list[str]:
    """The ids of every document a filter selects, in register order (``limit``/``offset`` apply):
    a view loads these first and builds its rows on demand with :func:`summaries`."""
    f = filters or Filters()
    built = _where(session, f, today)
    if built is None:
        return []
    clauses, args = built
    source, order = _order(f)
    sql = f"SELECT d.id {source} WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT ? OFFSET ?"
    args += [max(1, min(f.limit, 100_000)), max(0, f.offset)]
    return [str(r[0]) for r in session.conn.execute(sql, args)]


def summaries(session: Session, ids: list[str], *, today: date | None = None) -> dict[str, DocumentSummary]:
    """Register rows of the given ids that this user may read (others are silently left out)."""
    result: dict[str, DocumentSummary] = {}
    where, params = permissions.visibility_sql(session)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = f"{_LIST_SELECT} WHERE d.id IN ({','.join('?' * len(chunk))}) AND {where}"
        for r in session.conn.execute(sql, [*chunk, *params]):
            row = _summary(r, today)
            result[row.id] = row
    return result


def my_tasks(session: Session, *, today: date | None = None) -> list[DocumentSummary]:
    """Open documents the signed-in user is responsible for, overdue ones first."""
    rows = list_documents(session, Filters(mine=True, limit=10_000), today=today)
    return sorted(rows, key=lambda r: (not r.overdue, r.due_date or "9999", r.reg_date))


def get_document(session: Session, document_id: str, *, today: date | None = None) -> Document:
    permissions.require_read(session, document_id)
    conn = session.conn
    where, params = permissions.visibility_sql(session)
    row = conn.execute(f"{_LIST_SELECT} WHERE d.id = ? AND {where}", [document_id, *params]).fetchone()
    head = load_head(conn, document_id)
    events = [
        Event(r[0], EventKind(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10] or r[4], r[11] or r[6])
        for r in conn.execute(
            "SELECT e.id, e.kind, e.at, e.actor_id, a.login, e.assignee_id, s.login, e.due_date, e.note, e.version,"
            " a.full_name, s.full_name"
            " FROM document_event e JOIN app_user a ON a.id = e.actor_id"
            " LEFT JOIN app_user s ON s.id = e.assignee_id WHERE e.document_id = ? ORDER BY e.n", (document_id,))
    ]
    files = [
        Attachment(r[0], r[1], int(r[2]), r[3], r[4], bool(r[5]), r[6])
        for r in conn.execute(
            "SELECT id, filename, size, sha256, media_type, type_mismatch, added_at FROM attachment"
            " WHERE document_id = ? ORDER BY added_at, id", (document_id,))
    ]
    replies = [str(r[0]) for r in conn.execute(
        f"SELECT d.id FROM document d WHERE d.reply_to = ? AND {where} ORDER BY d.rid",  # noqa: S608
        [document_id, *params])]
    links = [(str(r[0]), str(r[1])) for r in conn.execute(
        "SELECT object_type, object_id FROM document_link WHERE document_id = ? ORDER BY object_type, object_id",
        (document_id,))]
    return Document(_summary(row, today), head.version, head.summary, head.index_prefix, head.correspondent_id,
                    head.reply_to, head.reserved, head.created_at, head.created_by, events, files, replies, links)


def find_by_number(session: Session, number: str, series: Series | None = None,
                   year: int | None = None) -> list[DocumentSummary]:
    """Documents carrying a registration number (the CLI accepts "123" or "02-15/123" for an id)."""
    where, params = permissions.visibility_sql(session)
    clauses = [where, "d.number = ?"]
    args: list[Any] = [*params, number.strip()]
    if series is not None:
        clauses.append("d.series = ?")
        args.append(series.value)
    if year is not None:
        clauses.append("d.year = ?")
        args.append(year)
    sql = f"{_LIST_SELECT} WHERE {' AND '.join(clauses)} ORDER BY d.year DESC"
    return [_summary(r, None) for r in session.conn.execute(sql, args)]


def versions(session: Session, document_id: str) -> list[dict[str, Any]]:
    import json

    permissions.require_read(session, document_id)
    return [{"version": int(r[0]), "corrects": r[1], "data": json.loads(r[2]), "reason": r[3], "created_at": r[4]}
            for r in session.conn.execute(
                "SELECT version, corrects, data, reason, created_at FROM document_version WHERE document_id = ?"
                " ORDER BY version", (document_id,))]


def document_head(session: Session, document_id: str) -> Head:
    """:func:`load_head` for a screen, on the session's connection."""
    return load_head(session.conn, document_id)
