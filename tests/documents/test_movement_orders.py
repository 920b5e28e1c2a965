"""Orders on pupils are registered from the movements they decide, and linked to them."""

from __future__ import annotations

from datetime import date

import pytest

from app.documents import movement_orders, queries
from app.errors import InvalidInput, PermissionDenied
from app.people import classes, movements, pupils


@pytest.fixture
def pupil(admin_session) -> str:
    classes.create_class(admin_session, "9-Б")
    data = {"surname": "Асанов", "given_name": "Бакыт", "sex": "M", "birth_date": "2011-03-04"}
    return pupils.create_pupil(admin_session, data).id


def _order_rows(session) -> list[tuple[str, str]]:
    return session.conn.execute(
        "SELECT id, number FROM document WHERE series = 'order_pupils' ORDER BY seq").fetchall()


def test_new_order_is_registered_with_the_next_number_and_linked(admin_session, pupil) -> None:
    day = date.today()
    first = movements.add_movement(admin_session, pupil, "admission", day, "жаңы", to_class="9-Б")
    orders = _order_rows(admin_session)
    assert len(orders) == 1
    assert first.order_number == orders[0][1]  # the movement prints the register's number
    movement_id = admin_session.conn.execute(
        "SELECT id FROM movement WHERE pupil_id = ? ORDER BY date DESC, rowid DESC LIMIT 1", (pupil,)).fetchone()[0]
    assert movement_orders.orders_of_movement(admin_session.conn, movement_id) == [orders[0][0]]
    card = queries.get_document(admin_session, orders[0][0])
    subject = card.row.subject
    assert "кабыл алуу" in subject and "Асанов" not in subject  # no pupil names: the register goes to the district
    assert ("pupil_movement", movement_id) in card.links


def test_an_existing_order_number_is_linked_not_registered_again(admin_session, pupil) -> None:
    from app.documents import register

    made = register.register_order(admin_session, "order_pupils", subject="Кабыл алуу жөнүндө")
    movements.add_movement(admin_session, pupil, "admission", date.today(), made.number, to_class="9-Б")
    assert len(_order_rows(admin_session)) == 1
    linked = admin_session.conn.execute(
        "SELECT count(*) FROM document_link WHERE document_id = ? AND object_type = 'pupil_movement'",
        (made.id,)).fetchone()[0]
    assert linked == 1


def test_an_unknown_old_order_number_is_kept_as_typed(admin_session, pupil) -> None:
    saved = movements.add_movement(admin_session, pupil, "admission", date(2019, 9, 1), "14-к", to_class="9-Б")
    assert saved.order_number == "14-к"
    assert _order_rows(admin_session) == []


def test_a_failed_movement_leaves_no_order_behind(admin_session, pupil) -> None:
    with pytest.raises(InvalidInput):  # the class does not exist: the movement is refused
        movements.add_movement(admin_session, pupil, "admission", date.today(), "new", to_class="11-Я")
    assert _order_rows(admin_session) == []


def test_teacher_cannot_register_orders_through_a_movement(make_user, admin_session, pupil) -> None:
    teacher = make_user("mugalim", "teacher")
    with pytest.raises(PermissionDenied):
        movements.add_movement(teacher, pupil, "admission", date.today(), "new", to_class="9-Б")
    assert _order_rows(admin_session) == []
