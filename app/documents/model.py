"""Kinds, series, statuses and the records of the document register."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from app.errors import InvalidInput


class Kind(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    INTERNAL = "internal"
    ORDER = "order"


class Series(StrEnum):
    """Numbering series: a running number per series and calendar year."""

    INCOMING = "incoming"
    OUTGOING = "outgoing"
    INTERNAL = "internal"
    ORDER_MAIN = "order_main"        # orders on main activity
    ORDER_STAFF = "order_staff"      # orders on staff
    ORDER_PUPILS = "order_pupils"    # orders on pupils (admission, transfer, graduation)
    INCIDENT = "incident"            # incident reports (regulation 6.10): internal, filed by anyone


ORDER_SERIES = (Series.ORDER_MAIN, Series.ORDER_STAFF, Series.ORDER_PUPILS)
# Series only their own service registers (app/desk/incidents.py), never the register's own form.
SERVICE_SERIES = (Series.INCIDENT,)
# A mark before the running number, so an incident report's number never reads like an internal
# document's (the district sees both as internal documents): "И-3" (инцидент, in Kyrgyz and Russian).
SERIES_MARKS = {Series.INCIDENT: "И"}
# Short names accepted on the command line: --series main|staff|pupils.
_SERIES_ALIASES = {"main": Series.ORDER_MAIN, "staff": Series.ORDER_STAFF, "pupils": Series.ORDER_PUPILS}


class Status(StrEnum):
    RESERVED = "reserved"            # an order number held before signing
    REGISTERED = "registered"        # registered, nobody assigned yet
    IN_PROGRESS = "in_progress"      # assigned to an executor
    EXECUTED = "executed"
    SENT = "sent"                    # outgoing letter dispatched
    ARCHIVED = "archived"


CLOSED_STATUSES = frozenset({Status.EXECUTED, Status.SENT, Status.ARCHIVED})


class EventKind(StrEnum):
    REGISTERED = "registered"
    ASSIGNED = "assigned"
    FORWARDED = "forwarded"
    COMMENTED = "commented"
    EXECUTED = "executed"
    SENT = "sent"
    ARCHIVED = "archived"
    CORRECTED = "corrected"


class AccessLevel(StrEnum):
    NORMAL = "normal"
    RESTRICTED = "restricted"        # director and admin only


class CorrespondentKind(StrEnum):
    DISTRICT = "district"            # district education department
    MINISTRY = "ministry"
    SCHOOL = "school"
    PARENT = "parent"
    OTHER = "other"


def parse_kind(text: str) -> Kind:
    try:
        return Kind(str(text).strip().lower())
    except ValueError:
        raise InvalidInput("documents.bad_kind", kind=text, kinds=", ".join(k.value for k in Kind)) from None


def parse_series(kind: Kind, text: str | None) -> Series:
    """The series of a kind: letters have one series each; an order needs main, staff or pupils."""
    if kind is not Kind.ORDER:
        if text and str(text).strip().lower() not in ("", kind.value):
            raise InvalidInput("documents.series_not_for_kind", series=text)
        return Series(kind.value)
    value = str(text or "").strip().lower()
    if value in _SERIES_ALIASES:
        return _SERIES_ALIASES[value]
    if value in {s.value for s in ORDER_SERIES}:
        return Series(value)
    raise InvalidInput("documents.bad_series", series=text or "-", choices="main, staff, pupils")


def kind_of_series(series: Series) -> Kind:
    if series in SERVICE_SERIES:
        return Kind.INTERNAL
    return Kind.ORDER if series in ORDER_SERIES else Kind(series.value)


# A register's dates lie within a working life of the school: a typo such as 0001-01-01 or 9999-12-31
# would sort, print and count as overdue absurdly, so it is refused as it is typed.
EARLIEST_DATE = date(1950, 1, 1)
LATEST_YEARS_AHEAD = 10


def parse_date(text: str | date | None, name: str, *, today: date | None = None,
               bounded: bool = True) -> date | None:
    """A date typed into the register; ``bounded=False`` for search filters, which may reach far."""
    if text is None or text == "":
        return None
    if isinstance(text, date):
        day = text
    else:
        try:
            day = date.fromisoformat(str(text).strip())
        except ValueError:
            raise InvalidInput("documents.bad_date", name=name, value=text) from None
    if not bounded:
        return day
    now = today or date.today()
    latest = now.replace(year=now.year + LATEST_YEARS_AHEAD, day=min(now.day, 28))
    if not EARLIEST_DATE <= day <= latest:
        raise InvalidInput("documents.date_out_of_range", name=name, value=day.strftime("%d.%m.%Y"),
                           earliest=EARLIEST_DATE.strftime("%d.%m.%Y"), latest=latest.strftime("%d.%m.%Y"))
    return day


def format_number(prefix: str, seq: int) -> str:
    return f"{prefix}/{seq}" if prefix else str(seq)


@dataclass(frozen=True)
class Event:
    id: str
    kind: EventKind
    at: str
    actor_id: str
    actor_login: str
    assignee_id: str | None = None
    assignee_login: str | None = None
    due_date: str | None = None
    note: str = ""
    version: int | None = None
    actor_name: str = ""                # people's names for histories (logins are for the command line)
    assignee_name: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind.value, "at": self.at, "actor": self.actor_login,
                "assignee": self.assignee_login, "due_date": self.due_date, "note": self.note,
                "version": self.version}


@dataclass(frozen=True)
class Attachment:
    id: str
    filename: str
    size: int
    sha256: str
    media_type: str
    type_mismatch: bool
    added_at: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class DocumentSummary:
    """One row of the register."""

    id: str
    kind: Kind
    series: Series
    number: str
    reg_date: str
    subject: str
    correspondent: str
    their_number: str
    their_date: str | None
    access_level: AccessLevel
    status: Status
    responsible_id: str | None
    responsible_login: str | None
    responsible_name: str | None
    due_date: str | None
    executed_at: str | None
    overdue: bool

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["series"] = self.series.value
        data["access_level"] = self.access_level.value
        data["status"] = self.status.value
        return data


@dataclass(frozen=True)
class Document:
    """A document card: the current version with its movement, files and links."""

    row: DocumentSummary
    version: int
    summary: str
    index_prefix: str
    correspondent_id: str | None
    reply_to: str | None
    reserved: bool
    created_at: str
    created_by: str
    events: list[Event] = field(default_factory=list)
    files: list[Attachment] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.row.id

    @property
    def number(self) -> str:
        return self.row.number

    def to_json(self) -> dict[str, Any]:
        data = self.row.to_json()
        data.update({
            "version": self.version, "summary": self.summary, "index_prefix": self.index_prefix,
            "correspondent_id": self.correspondent_id, "reply_to": self.reply_to, "reserved": self.reserved,
            "created_at": self.created_at, "created_by": self.created_by,
            "responsible": self.row.responsible_login,
            "events": [e.to_json() for e in self.events],
            "files": [f.to_json() for f in self.files],
            "replies": self.replies,
            "links": [{"object_type": t, "object_id": i} for t, i in self.links],
        })
        return data
