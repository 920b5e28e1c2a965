"""The director's orders on pupils, tied to the movements they decide (admission, transfer, graduation…).

A movement names its order number. "new" (жаңы / новый) registers a new order in the pupils' series
with the next number, inside the movement's own transaction; a number that is already registered (or
reserved) in that series and year is linked to instead. Either way the order's card lists the
movements it decided, and the movement prints the order's real number. A number that the register
does not know is kept as typed (orders from before Kense), unlinked.
"""

from __future__ import annotations

from datetime import date

from app.documents import register as register_service
from app.documents.model import Series
from app.security.session import Session
from db.connection import Connection

NEW_ORDER_WORDS = frozenset({"new", "жаңы", "новый"})

# Subjects name the decision, never the pupil: the register is sent to the district.
_SUBJECTS = {
    "admission": "Окуучуну мектепке кабыл алуу жөнүндө / О зачислении учащегося",
    "transfer_in": "Башка мектептен келген окуучуну кабыл алуу жөнүндө / О приёме учащегося из другой школы",
    "transfer_out": "Окуучуну башка мектепке которуу жөнүндө / О выбытии учащегося в другую школу",
    "promotion": "Окуучуну кийинки класска которуу жөнүндө / О переводе учащегося в следующий класс",
    "grade_jump": "Окуучуну класстан аттатып которуу жөнүндө / О переводе учащегося через класс",
    "repeat": "Окуучуну кайра ошол класста калтыруу жөнүндө / Об оставлении учащегося на повторный год",
    "graduation": "Окуучуну мектепти бүтүрдү деп эсептөө жөнүндө / О выпуске учащегося",
    "withdrawal": "Окуучуну мектептен чыгаруу жөнүндө / Об отчислении учащегося",
}


def wants_new_order(order_number: str) -> bool:
    return order_number.strip().lower() in NEW_ORDER_WORDS


def find_order(conn: Connection, number: str, day: date) -> str | None:
    row = conn.execute(
        "SELECT id FROM document WHERE series = ? AND year = ? AND number = ?",
        (Series.ORDER_PUPILS.value, day.year, number.strip()),
    ).fetchone()
    return str(row[0]) if row else None


def resolve(session: Session, kind: str, day: date, order_number: str) -> tuple[str, str | None]:
    """(the number to record on the movement, the order's document id or None). Call inside the
    movement's write transaction: a new order and the movement commit together or not at all."""
    if wants_new_order(order_number):
        registered = register_service.register_order(
            session, Series.ORDER_PUPILS, subject=_SUBJECTS.get(kind, _SUBJECTS["admission"]), reg_date=day)
        return registered.number, registered.id
    return order_number, find_order(session.conn, order_number, day)


def link(conn: Connection, document_id: str, movement_id: str) -> None:
    register_service.link_records(conn, document_id, [("pupil_movement", movement_id)])


def orders_of_movement(conn: Connection, movement_id: str) -> list[str]:
    return [str(r[0]) for r in conn.execute(
        "SELECT document_id FROM document_link WHERE object_type = 'pupil_movement' AND object_id = ?",
        (movement_id,))]
