"""The processing operations of regulation 2.3 as real functions, each audited: block (frozen, hidden
from lists, still readable by those allowed and auditable), unblock, depersonalise (irreversible; keeps
what statistics need), destroy (irrecoverable: rows deleted with secure_delete, search segments
rewritten, the WAL folded back; a destruction act stays) and the own-data export for a subject-access
request (a PDF of everything held about the person and who accessed it)."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.admin.school import get_school
from app.clock import now_iso
from app.errors import Conflict, InvalidInput
from app.people import search
from app.people.export import write_personal_file
from app.people.names import clean_text
from app.security.roles import Permission
from app.security.session import Session
from db.connection import Connection


def person_kind(conn: Connection, person_id: str) -> str:
    if conn.execute("SELECT 1 FROM pupil WHERE id = ?", (person_id,)).fetchone():
        return "pupil"
    if conn.execute("SELECT 1 FROM staff WHERE id = ?", (person_id,)).fetchone():
        return "staff"
    raise InvalidInput("person.not_found")


def block(session: Session, person_id: str, reason: str = "") -> str:
    session.require(Permission.MANAGE_PERSONAL_DATA)
    kind = person_kind(session.conn, person_id)
    with session.write() as w:
        w.execute(f"UPDATE {kind} SET blocked_at = ?, blocked_by = ? WHERE id = ? AND blocked_at IS NULL",  # noqa: S608
                  (now_iso(), session.user.id, person_id))
        _history(w, session, kind, person_id, "block", ["blocked_at"])
        session.audit(w, "person.block", kind, person_id, {"reason_given": bool(clean_text(reason))})
    return kind


def unblock(session: Session, person_id: str) -> str:
    session.require(Permission.MANAGE_PERSONAL_DATA)
    kind = person_kind(session.conn, person_id)
    with session.write() as w:
        w.execute(f"UPDATE {kind} SET blocked_at = NULL, blocked_by = NULL WHERE id = ?", (person_id,))  # noqa: S608
        _history(w, session, kind, person_id, "unblock", ["blocked_at"])
        session.audit(w, "person.unblock", kind, person_id, {})
    return kind


def _history(conn: Connection, session: Session, kind: str, person_id: str, action: str, fields: list[str]) -> None:
    from app.people import history

    history.record(conn, session.user.id, kind, person_id, action, fields)


_WIPE_PUPIL = {"patronymic": "", "birth_place": "", "pin": None, "birth_cert_series": "", "birth_cert_number": "",
               "birth_cert_date": None, "birth_cert_issuer": "", "reg_address": "", "act_address": "",
               "benefit": None, "mektep_app_number": ""}
_WIPE_STAFF = {"patronymic": "", "pin": None, "id_card_series": "", "id_card_number": "", "address": "",
               "phone": "", "diploma": "", "hire_order": "", "dismissal_order": ""}


def depersonalise(session: Session, person_id: str) -> str:
    """Remove what identifies the person; keep sex, birth year (as 1 January), regions, language,
    classes and movements for statistics. Guardians and sensitive flags are deleted, consent signers
    and the previous values in the history are wiped. Irreversible."""
    session.require(Permission.MANAGE_PERSONAL_DATA)
    conn = session.conn
    kind = person_kind(conn, person_id)
    row = conn.execute(f"SELECT search_rowid, birth_date, depersonalised_at FROM {kind} WHERE id = ?",  # noqa: S608
                       (person_id,)).fetchone()
    if row[2]:
        raise Conflict("person.depersonalised")
    rowid, birth = int(row[0]), row[1]
    wipe: dict[str, Any] = dict(_WIPE_PUPIL if kind == "pupil" else _WIPE_STAFF)
    label = "Окуучу" if kind == "pupil" else "Кызматкер"
    wipe.update({"surname": label, "given_name": f"№{rowid}",
                 "birth_date": f"{birth[:4]}-01-01" if birth else None})
    sets = ", ".join(f"{k} = ?" for k in wipe)
    with contextlib.ExitStack() as stack:
        conn.execute("PRAGMA secure_delete = ON")
        stack.callback(conn.execute, "PRAGMA secure_delete = OFF")
        with session.write() as w:
            w.execute(f"UPDATE {kind} SET {sets}, sort_key = ?, depersonalised_at = ?, updated_at = ?"  # noqa: S608
                      " WHERE id = ?", (*wipe.values(), f"\uffff{rowid:09d}", now_iso(), now_iso(), person_id))
            if kind == "pupil":
                w.execute("DELETE FROM guardian WHERE pupil_id = ?", (person_id,))
                w.execute("DELETE FROM pupil_flag WHERE pupil_id = ?", (person_id,))
                w.execute("UPDATE consent SET signer_name = '—' WHERE pupil_id = ?", (person_id,))
                search.drop_row(w, "pupil_search", rowid)
            else:
                w.execute("UPDATE consent SET signer_name = '—' WHERE staff_id = ?", (person_id,))
                search.drop_row(w, "staff_search", rowid)
            w.execute("UPDATE person_history SET old_values = NULL WHERE person_kind = ? AND person_id = ?",
                      (kind, person_id))
            _history(w, session, kind, person_id, "depersonalise", sorted(wipe))
            session.audit(w, "person.depersonalise", kind, person_id, {"fields": sorted(wipe)})
        _fold_wal(conn)
    return kind


def _fold_wal(conn: Connection) -> None:
    """Copy the (zeroed) pages back into the main file and empty the WAL, so no earlier page image of
    the erased rows stays in either file."""
    with contextlib.suppress(Exception):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@dataclass(frozen=True)
class DestructionAct:
    id: str
    number: int
    person_kind: str
    person_id: str
    destroyed_at: str
    destroyed_by: str
    reason: str
    items: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


def destroy(session: Session, person_id: str, reason: str) -> DestructionAct:
    """Erase the person and everything hanging off the record; record a destruction act (no names)."""
    session.require(Permission.MANAGE_PERSONAL_DATA)
    reason = clean_text(reason)
    if not reason:
        raise InvalidInput("person.reason_required")
    conn = session.conn
    kind = person_kind(conn, person_id)
    rowid = int(conn.execute(f"SELECT search_rowid FROM {kind} WHERE id = ?", (person_id,)).fetchone()[0])  # noqa: S608
    column = "pupil_id" if kind == "pupil" else "staff_id"
    counted = {"guardian": "pupil_id", "consent": column, "movement": "pupil_id", "enrolment": "pupil_id",
               "pupil_flag": "pupil_id"} if kind == "pupil" else {"consent": "staff_id", "staff_subject": "staff_id"}
    items = {kind: 1}
    for table, col in counted.items():
        items[table] = int(conn.execute(f"SELECT count(*) FROM {table} WHERE {col} = ?",  # noqa: S608
                                        (person_id,)).fetchone()[0])
    items["person_history"] = int(conn.execute(
        "SELECT count(*) FROM person_history WHERE person_kind = ? AND person_id = ?", (kind, person_id)).fetchone()[0])
    from app.ids import uuid7

    act_id = uuid7()
    now = now_iso()
    with contextlib.ExitStack() as stack:
        conn.execute("PRAGMA secure_delete = ON")
        stack.callback(conn.execute, "PRAGMA secure_delete = OFF")
        with session.write() as w:
            number = int(w.execute("SELECT coalesce(max(number), 0) + 1 FROM destruction_act").fetchone()[0])
            if kind == "pupil":
                # enrolment -> movement links first, then everything cascades from the pupil row
                w.execute("DELETE FROM enrolment WHERE pupil_id = ?", (person_id,))
                w.execute("DELETE FROM movement WHERE pupil_id = ?", (person_id,))
            w.execute(f"DELETE FROM {kind} WHERE id = ?", (person_id,))  # noqa: S608
            w.execute("DELETE FROM person_history WHERE person_kind = ? AND person_id = ?", (kind, person_id))
            search.drop_row(w, f"{kind}_search", rowid)
            w.execute("INSERT INTO destruction_act (id, number, person_kind, person_id, destroyed_at, destroyed_by,"
                      " reason, items) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      (act_id, number, kind, person_id, now, session.user.id, reason, json.dumps(items)))
            session.audit(w, "person.destroy", kind, person_id,
                          {"act_number": number, "items": [f"{t}:{n}" for t, n in sorted(items.items())]})
        _fold_wal(conn)
    return DestructionAct(act_id, number, kind, person_id, now, session.user.login, reason, items)


def destruction_acts(session: Session) -> list[DestructionAct]:
    session.require(Permission.MANAGE_PERSONAL_DATA)
    rows = session.conn.execute(
        "SELECT a.id, a.number, a.person_kind, a.person_id, a.destroyed_at, coalesce(u.login, ''), a.reason, a.items"
        " FROM destruction_act a LEFT JOIN app_user u ON u.id = a.destroyed_by ORDER BY a.number").fetchall()
    return [DestructionAct(r[0], int(r[1]), r[2], r[3], r[4], r[5], r[6], json.loads(r[7])) for r in rows]


def write_destruction_act(session: Session, act: DestructionAct, path: Path, lang: str = "ky") -> None:
    from app.people.pdf import render_destruction_act

    write_personal_file(session, path, render_destruction_act(get_school(session).name, act.to_json(), lang))
    session.audit_now("person.destruction_act_print", act.person_kind, act.person_id, {"act_number": act.number})


def export_own_data(session: Session, person_id: str, path: Path, lang: str = "ky") -> Path:
    """The subject-access request: everything held about the person, and who accessed the record."""
    session.require(Permission.REVEAL_PERSONAL)
    from app.people import pupils, staff
    from app.people.pdf import render_own_data

    conn = session.conn
    kind = person_kind(conn, person_id)
    # Read without the separate reveal audit: this export is itself the audited disclosure.
    record = (pupils.get_pupil(session, person_id, reveal=False, lang=lang) if kind == "pupil"
              else staff.get_staff(session, person_id, reveal=False))
    raw = (pupils._raw_record(conn, person_id) if kind == "pupil"
           else staff._raw(conn, person_id))
    record.update(raw)
    if kind == "pupil":
        record["guardians"] = pupils.guardians(conn, person_id)
    accesses = [{"at": at, "user": login or "", "action": action} for at, login, action in conn.execute(
        "SELECT a.at, u.login, a.action FROM audit_log a LEFT JOIN app_user u ON u.id = a.user_id"
        " WHERE a.object_id = ? ORDER BY a.seq", (person_id,))]
    pdf = render_own_data(get_school(session).name, kind, record, accesses, lang, date.today())
    write_personal_file(session, path, pdf)
    session.audit_now("person.export_own_data", kind, person_id, {"format": "pdf"})
    return path
