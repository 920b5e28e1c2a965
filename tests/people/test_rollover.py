"""Movements and the year-end rollover."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import InvalidInput
from app.people import classes, movements, pupils, rollover


def _year(session) -> str:
    return classes.current_year(session.conn)


def test_movements_transfer_out_and_withdrawal(admin_session, add_pupil) -> None:
    pid = add_pupil("Асанов", "Бакыт")
    today = date.today().isoformat()
    with pytest.raises(InvalidInput) as info:
        movements.add_movement(admin_session, pid, "transfer_out", today, "12-к")
    assert info.value.key == "movement.needs_school"
    moved = movements.add_movement(admin_session, pid, "transfer-out", today, "12-к",
                                   other_school="Бишкек ш., №5 мектеп")
    assert moved.kind == "transfer_out" and moved.from_class == "5-А"
    assert pupils.pupil_ids(admin_session) == [] and pupils.pupil_ids(admin_session, include_inactive=True) == [pid]
    movements.add_movement(admin_session, pid, "transfer_in", today, "15-к", to_class="5-А")
    with pytest.raises(InvalidInput):
        movements.add_movement(admin_session, pid, "withdrawal", today, "16-к")   # needs a reason
    movements.add_movement(admin_session, pid, "withdrawal", today, "16-к", reason="family_moved")
    kinds = [m.kind for m in movements.get_movements(admin_session.conn, pid)]
    assert kinds == ["admission", "transfer_out", "transfer_in", "withdrawal"]


def test_rollover_preview_then_commit(admin_session, add_pupil) -> None:
    year = _year(admin_session)
    nxt = f"{int(year[:4]) + 1}/{int(year[:4]) + 2}"
    p3 = add_pupil("Асанов", "Бакыт", class_name="3-А", birth="2016-01-01")
    p5 = add_pupil("Беков", "Улан", class_name="5-А", birth="2014-01-01")
    rep = add_pupil("Жумабаев", "Нурлан", class_name="5-А", birth="2014-02-01")
    p9 = add_pupil("Осмонов", "Эрлан", class_name="9-Б", birth="2010-01-01")
    p11 = add_pupil("Токтогулов", "Марат", class_name="11-А", birth="2008-01-01")
    preview = rollover.plan(admin_session, nxt, repeaters={rep}, leavers={p9}, jumps={3: 5})
    assert preview.counts() == {"grade_jump": 1, "promotion": 1, "repeat": 1, "graduation": 2}
    assert preview.new_classes == ["5-А", "6-А"]
    assert _year(admin_session) == year                         # a preview changes nothing
    with pytest.raises(InvalidInput):
        rollover.plan(admin_session, nxt, jumps={3: 6})
    done = rollover.commit(admin_session, nxt, "45-к", repeaters={rep}, leavers={p9}, jumps={3: 5})
    assert done.counts() == preview.counts() and _year(admin_session) == nxt
    place = {r["id"]: r["class"] for r in pupils.list_pupils(admin_session, include_inactive=True)}
    assert place[p3] == "5-А" and place[p5] == "6-А" and place[rep] == "5-А"
    assert place[p9] == "" and place[p11] == ""
    assert pupils.get_pupil(admin_session, p11)["status"] == "graduated"
    assert {c.name: c.pupils for c in classes.list_classes(admin_session)} == {"5-А": 2, "6-А": 1}
    with pytest.raises(InvalidInput):
        rollover.plan(admin_session, nxt)                      # not the year after the current one
