"""Incident reports (regulation 6.10): anyone signed in tells the responsible person what happened.

A report is a document of the register — internal, in a numbering series of its own ("И-3") —
assigned to the school's person responsible for personal data, restricted to the director and the
administrators when she is one of them. The number, the document, its events, the report's own row,
the district's outbox rows and the audit entry commit in one transaction or not at all; the reporter
needs no right on the register for it. The responsible person records the outcome: the document's
"executed" event, whose note is the outcome.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from app.clock import now_iso
from app.desk import incident_texts  # noqa: F401 — registers the messages
from app.desk.responsible import responsible
from app.documents import outbox, permissions
from app.documents.events import MAX_NOTE, append_event
from app.documents.model import CLOSED_STATUSES, AccessLevel, EventKind, Kind, Series, Status
from app.documents.queries import load_head
from app.documents.register import insert_document
from app.errors import InvalidInput, KenseError, PermissionDenied
from app.i18n import translate
from app.ids import uuid7
from app.security.roles import Permission, Role
from app.security.session import Session
from app.text import clean_text
from db.connection import Connection

MAX_TEXT = 1000                 # each of the four answers; together they fit the district's 4000
EARLIEST = date(2000, 1, 1)
SEVERITIES = ("low", "medium", "high")
RECORD_TYPE = "incident"        # the outbox row the district's incident list is built from
RECORD_KIND = "personal_data"   # what regulation 6.10 asks to report

_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")
_TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M", "%Y-%m-%dT%H:%M:%S")


@dataclass(frozen=True)
class Filed:
    id: str
    number: str
    year: int
    responsible: str | None      # her name, to tell the reporter who will look at it
    access_level: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Incident:
    id: str
    number: str
    year: int
    reg_date: str
    occurred_at: str            # YYYY-MM-DD or YYYY-MM-DDTHH:MM, local time as reported
    summary: str
    data_concerned: str
    action_taken: str
    severity: str
    status: Status
    reporter: str
    responsible_id: str | None
    responsible: str | None
    outcome: str | None
    outcome_at: str | None

    @property
    def closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = self.status.value
        return data


# ----------------------------------------------------------------- input

def _answer(value: str | None, field: str, lang: str | None) -> str:
    # Line breaks stay (a paragraph reads as typed); control, zero-width and bidi characters go.
    text = "\n".join(clean_text(line) for line in (value or "").splitlines()).strip()
    if len(text) > MAX_TEXT:
        raise InvalidInput("incident.text_too_long", field=translate(f"incident.field.{field}", lang), max=MAX_TEXT)
    return text


def parse_when(value: str | date | datetime | None, *, now: datetime | None = None) -> str:
    """When it happened: a date, or a date and a time to the minute, not in the future, not before 2000."""
    moment = now or datetime.now()
    if value is None or (isinstance(value, str) and not value.strip()):
        return moment.date().isoformat()
    if isinstance(value, datetime):
        parsed: date | datetime = value.replace(second=0, microsecond=0, tzinfo=None)
    elif isinstance(value, date):
        parsed = value
    else:
        parsed = _parse_text(re.sub(r"\s+", " ", value.strip()))
    shown = parsed.strftime("%d.%m.%Y %H:%M" if isinstance(parsed, datetime) else "%d.%m.%Y")
    day = parsed.date() if isinstance(parsed, datetime) else parsed
    if day < EARLIEST:
        raise InvalidInput("incident.when_too_early", value=shown, earliest=EARLIEST.strftime("%d.%m.%Y"))
    late = parsed > moment if isinstance(parsed, datetime) else parsed > moment.date()
    if late:
        raise InvalidInput("incident.when_in_future", value=shown)
    return parsed.strftime("%Y-%m-%dT%H:%M") if isinstance(parsed, datetime) else parsed.isoformat()


def _parse_text(text: str) -> date | datetime:
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(text, fmt).replace(second=0)
        except ValueError:
            pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise InvalidInput("incident.bad_when", value=text[:40])


def _severity(value: str | None) -> str:
    text = (value or "medium").strip().lower()
    if text not in SEVERITIES:
        raise InvalidInput("incident.bad_severity", value=str(value)[:20])
    return text


def people_when(occurred_at: str) -> str:
    """03.12.2026 or 03.12.2026 09:30."""
    day = ".".join(reversed(occurred_at[:10].split("-")))
    return f"{day} {occurred_at[11:16]}" if len(occurred_at) > 10 else day


def _details(occurred_at: str, severity: str, data: str, done: str, lang: str | None) -> str:
    """The register's summary of the report, in the reporter's language."""
    def line(field: str, value: str) -> str:
        return f"{translate(f'incident.field.{field}', lang)}: {value}"

    lines = [line("when", people_when(occurred_at)),
             line("severity", translate(f"incident.severity.{severity}", lang))]
    if data:
        lines.append(line("data", data))
    if done:
        lines.append(line("done", done))
    return "\n".join(lines)


# ----------------------------------------------------------------- filing

@dataclass(frozen=True)
class Report:
    """A report checked and ready to file (nothing written yet)."""

    summary: str
    occurred_at: str
    data: str
    done: str
    severity: str
    day: date
    details: str


def prepare_report(*, summary: str, when: str | date | datetime | None = None, data: str = "", done: str = "",
                   severity: str | None = None, lang: str | None = None, now: datetime | None = None) -> Report:
    """Check the answers before anyone signs in or anything is written; refusals say which answer."""
    what = clean_text(_answer(summary, "summary", lang))   # the register's subject is one line
    if not what:
        raise InvalidInput("incident.summary_required")
    occurred_at = parse_when(when, now=now)
    data_text = _answer(data, "data", lang)
    done_text = _answer(done, "done", lang)
    level = _severity(severity)
    return Report(what, occurred_at, data_text, done_text, level, (now or datetime.now()).date(),
                  _details(occurred_at, level, data_text, done_text, lang))


def report_incident(session: Session, *, summary: str, when: str | date | datetime | None = None,
                    data: str = "", done: str = "", severity: str | None = None, lang: str | None = None,
                    now: datetime | None = None) -> Filed:
    """File one report under ``session``'s user (any role) and return its register number."""
    return file_report(session, prepare_report(summary=summary, when=when, data=data, done=done, severity=severity,
                                               lang=lang, now=now))


def file_report(session: Session, report: Report) -> Filed:
    with session.write() as conn:
        officer = responsible(conn)
        officer_role = _role(conn, officer.user_id) if officer else None
        restricted = officer_role is None or permissions.may_hold_restricted(officer_role)
        access = AccessLevel.RESTRICTED if restricted else AccessLevel.NORMAL
        document_id, number, head = insert_document(
            session, conn, kind=Kind.INTERNAL, series=Series.INCIDENT, day=report.day, prefix="",
            subject=report.summary, summary=report.details, access=access)
        assigned = officer is not None and officer.user_id != session.user.id
        if assigned and officer is not None:
            append_event(session, conn, head, EventKind.ASSIGNED, assignee_id=officer.user_id)
        record_id = uuid7()
        conn.execute("INSERT INTO incident (document_id, id, occurred_at, data_concerned, action_taken, severity,"
                     " reported_by, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (document_id, record_id, report.occurred_at, report.data, report.done, report.severity,
                      session.user.id, now_iso()))
        outbox.enqueue(conn, RECORD_TYPE, record_id)
        session.audit(conn, "incident.report", "document", document_id,
                      {"series": Series.INCIDENT.value, "severity": report.severity, "access": access.value,
                       "time_given": len(report.occurred_at) > 10, "data": bool(report.data),
                       "done": bool(report.done), "assigned": assigned})
    return Filed(document_id, number, report.day.year, officer.display if officer else None, access.value)


def _role(conn: Connection, user_id: str) -> Role:
    return Role(conn.execute("SELECT role FROM app_user WHERE id = ?", (user_id,)).fetchone()[0])


# ----------------------------------------------------------------- reading

def _sees_all(session: Session) -> bool:
    return session.can(Permission.RECORD_INCIDENT_OUTCOME) or session.can(Permission.VIEW_RESTRICTED_DOCUMENTS)


_SELECT = (
    "SELECT d.id, d.number, d.year, d.reg_date, i.occurred_at, d.subject, i.data_concerned, i.action_taken,"
    " i.severity, d.status, coalesce(nullif(u.full_name, ''), u.login), d.responsible_id,"
    " coalesce(nullif(r.full_name, ''), r.login),"
    " (SELECT e.note FROM document_event e WHERE e.document_id = d.id AND e.kind = 'executed' ORDER BY e.n DESC"
    "  LIMIT 1),"
    " (SELECT e.at FROM document_event e WHERE e.document_id = d.id AND e.kind = 'executed' ORDER BY e.n DESC"
    "  LIMIT 1)"
    " FROM incident i JOIN document d ON d.id = i.document_id JOIN app_user u ON u.id = i.reported_by"
    " LEFT JOIN app_user r ON r.id = d.responsible_id"
)


def _incident(r: tuple[Any, ...]) -> Incident:
    return Incident(r[0], r[1], int(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], Status(r[9]), r[10], r[11], r[12],
                    r[13], r[14])


def _visible(session: Session) -> tuple[str, list[Any]]:
    """Everyone sees the reports they filed (and those they are responsible for); the director and
    the administrators see all."""
    if _sees_all(session):
        return "1 = 1", []
    return "(i.reported_by = ? OR d.responsible_id = ?)", [session.user.id, session.user.id]


def list_incidents(session: Session, year: int | None = None) -> list[Incident]:
    """Reports newest first (of one registration year when given)."""
    where, args = _visible(session)
    if year is not None:
        where += " AND d.year = ?"
        args.append(int(year))
    sql = f"{_SELECT} WHERE {where} ORDER BY d.year DESC, d.seq DESC"
    return [_incident(r) for r in session.conn.execute(sql, args)]


def _normal_number(ref: str) -> str:
    text = ref.strip().upper().replace(" ", "")
    if text.isdigit():
        return f"И-{int(text)}"
    return re.sub(r"^[IИ]-?", "И-", text)


def find_incident(session: Session, ref: str) -> Incident:
    """A report by its id or its number ("И-3", or just "3"; the newest year's when numbers repeat)."""
    where, args = _visible(session)
    sql = f"{_SELECT} WHERE {where} AND (d.id = ? OR d.number = ?) ORDER BY d.year DESC LIMIT 1"
    row = session.conn.execute(sql, [*args, ref.strip(), _normal_number(ref)]).fetchone()
    if row is None:
        raise KenseError("incident.not_found", number=ref.strip()[:40])
    return _incident(row)


def may_record_outcome(session: Session, incident: Incident) -> bool:
    return session.can(Permission.RECORD_INCIDENT_OUTCOME) or incident.responsible_id == session.user.id


def record_outcome(session: Session, ref: str, text: str, *, lang: str | None = None) -> Incident:
    """The responsible person's outcome: the report is executed, the outcome its note (audited)."""
    note = "\n".join(clean_text(line) for line in (text or "").splitlines()).strip()
    if not note:
        raise InvalidInput("incident.outcome_required")
    if len(note) > MAX_NOTE:
        raise InvalidInput("incident.text_too_long", field=translate("incident.field.outcome", lang),
                           max=MAX_NOTE)
    with session.write() as conn:
        found = find_incident(session, ref)
        if not may_record_outcome(session, found):
            raise PermissionDenied(Permission.RECORD_INCIDENT_OUTCOME.value)
        head = load_head(conn, found.id)
        if head.status in CLOSED_STATUSES:
            raise InvalidInput("incident.closed", number=head.number)
        append_event(session, conn, head, EventKind.EXECUTED, note=note)
        session.audit(conn, "incident.outcome", "document", found.id, {"note": True})
    return find_incident(session, found.id)
