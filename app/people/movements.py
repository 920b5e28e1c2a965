"""Enrolment and movement: admission, transfer in/out, promotion, grade jump (3→5, 6→8), repeat,
graduation (after 9 or 12), withdrawal — each with a date and an order number. A pupil has at most one
current enrolment; every movement that changes the class ends it and starts the next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.clock import now_iso
from app.errors import InvalidInput
from app.ids import uuid7
from app.people import classes as classes_service
from app.people.names import clean_text
from app.people.values import parse_date
from app.security.roles import Permission
from app.security.session import Session
from db import bulk
from db.connection import Connection

KINDS = ("admission", "transfer_in", "transfer_out", "promotion", "grade_jump", "repeat", "graduation",
         "withdrawal")
_ENTERING = {"admission", "transfer_in"}
_LEAVING = {"transfer_out", "withdrawal", "graduation"}
_CHANGING = {"promotion", "grade_jump", "repeat"}
GRADE_JUMPS = {3: 5, 6: 8}        # the 2025/26 move to twelve grades
GRADUATION_GRADES = {9, 11, 12}   # 11: the last classes of the old eleven-year programme


@dataclass(frozen=True)
class Movement:
    id: str
    pupil_id: str
    kind: str
    date: str
    order_number: str
    from_class: str | None
    to_class: str | None
    other_school: str
    reason: str | None

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


def current_enrolment(conn: Connection, pupil_id: str) -> tuple[str, str, int] | None:
    """(enrolment id, class id, grade) of the pupil's current class."""
    row = conn.execute(
        "SELECT e.id, c.id, c.grade FROM enrolment e JOIN class c ON c.id = e.class_id"
        " WHERE e.pupil_id = ? AND e.end_date IS NULL", (pupil_id,)).fetchone()
    return (row[0], row[1], int(row[2])) if row else None


_INSERT_MOVEMENT = ("INSERT INTO movement (id, pupil_id, kind, date, order_number, from_class_id, to_class_id,"
                    " other_school, reason, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_INSERT_ENROLMENT = ("INSERT INTO enrolment (id, pupil_id, class_id, start_date, start_movement_id)"
                     " VALUES (?, ?, ?, ?, ?)")


def admit_new(conn: Connection, user_id: str | None, admissions: list[tuple[str, str, date, str]]) -> None:
    """The admissions of pupils inserted in this transaction — (pupil id, class id, date, order number)
    each: what ``apply`` does for a ``new_pupil`` admission, in one statement per table for all of them."""
    for class_id in {admission[1] for admission in admissions}:
        if conn.execute("SELECT 1 FROM class WHERE id = ?", (class_id,)).fetchone() is None:
            raise InvalidInput("class.not_found", name=class_id)
    now = now_iso()
    moves = [(uuid7(), pid, cid, day.isoformat(), order) for pid, cid, day, order in admissions]
    bulk.insert_rows(conn, "movement", ("id", "pupil_id", "kind", "date", "order_number", "to_class_id",
                                        "created_at", "created_by"),
                     [(mid, pid, "admission", when, order, cid, now, user_id) for mid, pid, cid, when, order in moves])
    bulk.insert_rows(conn, "enrolment", ("id", "pupil_id", "class_id", "start_date", "start_movement_id"),
                     [(uuid7(), pid, cid, when, mid) for mid, pid, cid, when, _order in moves])


def apply(conn: Connection, user_id: str | None, pupil_id: str, kind: str, day: date, order_number: str = "",
          *, to_class_id: str | None = None, other_school: str = "", reason: str | None = None,
          new_pupil: bool = False) -> str:
    """Write one movement inside the caller's transaction, after checking it makes sense.
    ``new_pupil``: the pupil was inserted in this transaction (no enrolment yet, status active)."""
    if kind not in KINDS:
        raise InvalidInput("movement.bad_type", kind=kind, kinds=", ".join(KINDS))
    current = None if new_pupil else current_enrolment(conn, pupil_id)
    to_grade = None
    if to_class_id is not None:
        found = conn.execute("SELECT grade FROM class WHERE id = ?", (to_class_id,)).fetchone()
        if found is None:
            raise InvalidInput("class.not_found", name=to_class_id)
        to_grade = int(found[0])
    if kind in _ENTERING:
        if current is not None:
            raise InvalidInput("movement.already_enrolled")
        if to_class_id is None:
            raise InvalidInput("movement.needs_class")
    else:
        if current is None:
            raise InvalidInput("movement.not_enrolled")
        if kind in _CHANGING and to_class_id is None:
            raise InvalidInput("movement.needs_class")
    from_class_id = current[1] if current else None
    from_grade = current[2] if current else None
    if kind == "promotion" and from_grade is not None and to_grade != from_grade + 1:
        raise InvalidInput("movement.bad_jump", from_grade=from_grade, to_grade=to_grade)
    if kind == "grade_jump" and (from_grade is None or GRADE_JUMPS.get(from_grade) != to_grade):
        raise InvalidInput("movement.bad_jump", from_grade=from_grade, to_grade=to_grade)
    if kind == "repeat" and to_grade != from_grade:
        raise InvalidInput("movement.bad_jump", from_grade=from_grade, to_grade=to_grade)
    if kind == "graduation" and from_grade not in GRADUATION_GRADES:
        raise InvalidInput("movement.bad_graduation")
    if kind == "transfer_out" and not other_school:
        raise InvalidInput("movement.needs_school")
    if kind == "withdrawal" and not reason:
        raise InvalidInput("person.reason_required")
    if reason is not None and not conn.execute("SELECT 1 FROM ref_movement_reason WHERE code = ?",
                                               (reason,)).fetchone():
        raise InvalidInput("value.unknown_code", field=reason)
    movement_id = uuid7()
    conn.execute(
        _INSERT_MOVEMENT,
        (movement_id, pupil_id, kind, day.isoformat(), order_number, from_class_id,
         to_class_id if kind not in _LEAVING else None, other_school, reason, now_iso(), user_id))
    if current is not None and kind not in _ENTERING:
        conn.execute("UPDATE enrolment SET end_date = ?, end_movement_id = ? WHERE id = ?",
                     (day.isoformat(), movement_id, current[0]))
    if kind in _ENTERING or kind in _CHANGING:
        conn.execute(_INSERT_ENROLMENT, (uuid7(), pupil_id, to_class_id, day.isoformat(), movement_id))
    status = {"graduation": "graduated", "transfer_out": "left", "withdrawal": "left"}.get(kind, "active")
    if not new_pupil:
        conn.execute(
            "UPDATE pupil SET status = ?, updated_at = ? WHERE id = ?", (status, now_iso(), pupil_id))
    return movement_id


def add_movement(session: Session, pupil_id: str, kind: str, day: object, order_number: str, *,
                 to_class: str | None = None, other_school: str = "", reason: str | None = None) -> Movement:
    """The service behind `kense movement add`: checks rights and the record, writes, audits."""
    from app.people.pupils import require_editable

    session.require(Permission.EDIT_PEOPLE)
    conn = session.conn
    require_editable(conn, "pupil", pupil_id)
    kind = clean_text(kind).lower().replace("-", "_")
    if kind not in KINDS:
        raise InvalidInput("movement.bad_type", kind=kind, kinds=", ".join(KINDS))
    order_number = clean_text(order_number)
    if not order_number:
        raise InvalidInput("movement.order_required")
    parsed = parse_date(day, field="date", not_future=False)
    if parsed is None or parsed > date.today() + timedelta(days=366):
        raise InvalidInput("value.bad_date", field="date")
    to_class_id = classes_service.resolve_class(session, to_class).id if to_class else None
    from app.documents import movement_orders

    with session.write() as w:
        # "new" registers the director's order in the pupils' series (same transaction); a registered
        # number is linked to its order; an older, unregistered number is kept as typed.
        order_number, order_id = movement_orders.resolve(session, kind, parsed, order_number)
        movement_id = apply(w, session.user.id, pupil_id, kind, parsed, order_number, to_class_id=to_class_id,
                            other_school=clean_text(other_school), reason=reason)
        if order_id:
            movement_orders.link(w, order_id, movement_id)
        session.audit(w, "movement.add", "pupil", pupil_id,
                      {"kind": kind, "movement_id": movement_id, "order_linked": bool(order_id)})
    return get_movements(conn, pupil_id)[-1]


def get_movements(conn: Connection, pupil_id: str) -> list[Movement]:
    rows = conn.execute(
        "SELECT m.id, m.pupil_id, m.kind, m.date, m.order_number, fc.grade || '-' || fc.letter,"
        " tc.grade || '-' || tc.letter, m.other_school, m.reason FROM movement m"
        " LEFT JOIN class fc ON fc.id = m.from_class_id LEFT JOIN class tc ON tc.id = m.to_class_id"
        " WHERE m.pupil_id = ? ORDER BY m.date, m.id", (pupil_id,)).fetchall()
    return [Movement(*r) for r in rows]
