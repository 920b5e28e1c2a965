"""Regulation 2.3 operations: block, depersonalise, destroy with an act, own-data PDF."""

from __future__ import annotations

import subprocess

import pytest

from app.audit import chain
from app.errors import Conflict
from app.people import pd_operations, pupils


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_block_hides_freezes_and_stays_readable(admin_session, add_pupil) -> None:
    pid = add_pupil("Асанов", "Бакыт")
    pd_operations.block(admin_session, pid, "ата-энесинин арызы")
    assert pupils.pupil_ids(admin_session) == [] and pupils.pupil_ids(admin_session, query="ас") == []
    with pytest.raises(Conflict):
        pupils.update_pupil(admin_session, pid, {"given_name": "Бакытбек"})
    assert pupils.get_pupil(admin_session, pid)["blocked"] is True
    pd_operations.unblock(admin_session, pid)
    assert pupils.pupil_ids(admin_session) == [pid]
    actions = [e.action for e in chain.entries(admin_session.conn, limit=100)]
    assert "person.block" in actions and "person.unblock" in actions


def test_depersonalise_keeps_statistics_only(admin_session, add_pupil) -> None:
    pid = add_pupil("Асанов", "Бакыт", pin="20607201410000", reg_address="Ленин көч., 5")
    pupils.add_guardian(admin_session, pid, relation="mother", surname="Асанова", phone="+996 700 111111")
    pupils.update_pupil(admin_session, pid, {"given_name": "Бакытбек"})
    pd_operations.depersonalise(admin_session, pid)
    record = pupils.get_pupil(admin_session, pid)
    assert record["surname"] == "Окуучу" and record["pin"] is None and record["reg_address"] == ""
    assert record["birth_date"] == "2014-01-01" and record["sex"] == "M" and record["class"] == "5-А"
    assert record["guardians"] == []
    assert admin_session.conn.execute("SELECT count(*) FROM person_history WHERE person_id = ? AND old_values"
                                      " IS NOT NULL", (pid,)).fetchone()[0] == 0
    assert pupils.pupil_ids(admin_session, query="ас") == []
    with pytest.raises(Conflict):
        pd_operations.depersonalise(admin_session, pid)


def test_destroy_leaves_an_act_and_no_trace(admin_session, add_pupil, tmp_path) -> None:
    pid = add_pupil("Өмүрбеков", "Санжар", pin="20607201410000")
    keep = add_pupil("Асанов", "Бакыт", birth="2014-01-01")
    pupils.add_guardian(admin_session, pid, relation="mother", surname="Өмүрбекова")
    act = pd_operations.destroy(admin_session, pid, "сактоо мөөнөтү бүттү")
    assert act.number == 1 and act.items["pupil"] == 1 and act.items["guardian"] == 1
    conn = admin_session.conn
    for table, column in (("pupil", "id"), ("guardian", "pupil_id"), ("movement", "pupil_id"),
                          ("enrolment", "pupil_id"), ("person_history", "person_id"), ("consent", "pupil_id")):
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (pid,)).fetchone()[0] == 0  # noqa: S608
    assert pupils.pupil_ids(admin_session, query="өм") == [] and pupils.pupil_ids(admin_session) == [keep]
    assert conn.execute("SELECT count(*) FROM pupil_search WHERE pupil_search MATCH 'өмүрбеков'").fetchone()[0] == 0
    out = tmp_path / "act.pdf"
    pd_operations.write_destruction_act(admin_session, act, out, "ky")
    text = _pdf_text(out)
    assert "актысы № 1" in text and pid in text and "Өмүрбеков" not in text
    assert [a.number for a in pd_operations.destruction_acts(admin_session)] == [1]
    assert any(e.action == "person.destroy" and e.object_id == pid for e in chain.entries(conn, limit=50))


def test_own_data_export_pdf_holds_the_record_and_who_accessed_it(admin_session, add_pupil, tmp_path) -> None:
    pid = add_pupil("Өмүрбеков", "Санжар", pin="20607201410000")
    pupils.add_guardian(admin_session, pid, relation="mother", surname="Өмүрбекова", given_name="Айгүл")
    pupils.get_pupil(admin_session, pid)  # a reveal that must show up as an access
    out = tmp_path / "own.pdf"
    pd_operations.export_own_data(admin_session, pid, out, "ky")
    text = _pdf_text(out)
    assert "Жеке маалыматтар тууралуу маалымат" in text
    assert "Өмүрбеков" in text and "20607201410000" in text and "Өмүрбекова" in text
    assert "person.reveal" in text and "admission" in text
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    assert "DejaVu" in fonts and " yes " in fonts
    assert any(e.action == "person.export_own_data" for e in chain.entries(admin_session.conn, limit=20))


def test_secretary_cannot_destroy(add_pupil, make_user) -> None:
    from app.errors import PermissionDenied

    pid = add_pupil("Асанов", "Бакыт")
    secretary = make_user("katchy", "secretary")
    with pytest.raises(PermissionDenied):
        pd_operations.destroy(secretary, pid, "x")
