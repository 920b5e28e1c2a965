"""The reference list of correspondents (district department, ministry, other schools, parents).
A letter names a listed correspondent or, failing that, free text."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from app.clock import now_iso
from app.documents.duplicates import name_key
from app.documents.model import CorrespondentKind
from app.errors import Conflict, InvalidInput
from app.ids import uuid7
from app.security.roles import Permission
from app.security.session import Session
from db.connection import Connection

MAX_NAME = 300


@dataclass(frozen=True)
class Correspondent:
    id: str
    name: str
    kind: str
    active: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def add(session: Session, name: str, kind: str | CorrespondentKind = CorrespondentKind.OTHER) -> Correspondent:
    session.require(Permission.REGISTER_DOCUMENTS)
    name = " ".join((name or "").split())
    if not name:
        raise InvalidInput("input.bad_value", name="name")
    if len(name) > MAX_NAME:
        raise InvalidInput("documents.text_too_long", name="name", max=MAX_NAME)
    try:
        parsed = CorrespondentKind(str(kind).strip().lower())
    except ValueError:
        raise InvalidInput("input.bad_value", name="kind") from None
    key = name_key(name)
    with session.write() as conn:
        if conn.execute("SELECT 1 FROM correspondent WHERE name_key = ?", (key,)).fetchone():
            raise Conflict("documents.correspondent_exists", name=name)
        cid = uuid7()
        conn.execute("INSERT INTO correspondent (id, name, name_key, kind, created_at) VALUES (?, ?, ?, ?, ?)",
                     (cid, name, key, parsed.value, now_iso()))
        session.audit(conn, "correspondent.add", "correspondent", cid, {"kind": parsed.value})
    return Correspondent(cid, name, parsed.value, True)


def list_all(session: Session) -> list[Correspondent]:
    session.require(Permission.VIEW_DOCUMENTS)
    return [Correspondent(r[0], r[1], r[2], bool(r[3])) for r in session.conn.execute(
        "SELECT id, name, kind, active FROM correspondent ORDER BY kind, name")]


def resolve(conn: Connection, text: str | None) -> tuple[str | None, str]:
    """(reference id or None, name as registered) for what the user typed."""
    name = " ".join((text or "").split())
    if not name:
        return None, ""
    if len(name) > MAX_NAME:
        raise InvalidInput("documents.text_too_long", name="correspondent", max=MAX_NAME)
    row = conn.execute("SELECT id, name FROM correspondent WHERE name_key = ? AND active = 1",
                       (name_key(name),)).fetchone()
    return (str(row[0]), str(row[1])) if row else (None, name)
