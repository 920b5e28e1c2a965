"""The audit extract PDF against a known history, read back with pdftotext: the exact rows, the filter
in words, the chain state, the responsible person's name in the sign-off, the export audited by ids,
and the removable-drive rule of every other PDF."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.audit.viewer import AuditFilter
from app.certificates import output
from app.certificates.output import RemovableRefused
from app.desk import audit_extract
from app.forms.dates import format_moment
from tests.certificates.conftest import pdftotext
from tests.desk.conftest import PAST, extract_rows, signed_by


def _moments(session, record: str) -> list[str]:
    return [format_moment(at) for (at,) in session.conn.execute(
        "SELECT at FROM audit_log WHERE object_id = ? ORDER BY seq DESC", (record,))]


def test_extract_of_one_record_in_russian(admin_session, history, tmp_path) -> None:
    s, aibek = admin_session, history["aibek"]
    extract = audit_extract.build(s, AuditFilter(record_id=aibek), "ru", today=date(2026, 12, 3))
    text = pdftotext(audit_extract.render(extract), tmp_path)
    at = _moments(s, aibek)
    assert extract_rows(text) == [
        (at[0], "Зарина Токтогулова", "Зарина Токтогулова напечатал(а): Садыков Айбек (форма согласия)"),
        (at[1], "Зарина Токтогулова", "Зарина Токтогулова напечатал(а): Садыков Айбек (личное дело)"),
        (at[2], "Зарина Токтогулова",
         "Зарина Токтогулова открыл(а) запись «Садыков Айбек» и показал(а) скрытые поля"),
        (at[3], "Асанова Айгүл Бакытовна", "Асанова Айгүл Бакытовна добавил(а) запись: Садыков Айбек"),
    ]
    assert at[0] == format_moment(PAST)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Выписка из журнала аудита" in lines
    assert "Фильтр: запись: Садыков Айбек" in lines
    assert any(line.startswith("Состояние журнала: Журнал цел: проверено записей —") for line in lines)
    assert "Дата составления: 3 декабря 2026 г." in lines
    assert "Всего записей: 4" in lines
    assert signed_by(text) == "Асанова Айгүл Бакытовна"
    assert "(подпись)" in lines and "Дата: «____» ______________ 20___" in lines


def test_extract_in_kyrgyz_never_names_a_destroyed_person(admin_session, history, tmp_path) -> None:
    s = admin_session
    flt = AuditFilter(user_login="zarina", action_prefix="person.", date_from=date(2026, 1, 1))
    text = pdftotext(audit_extract.render(audit_extract.build(s, flt, "ky", today=date(2026, 12, 3))), tmp_path)
    rows = extract_rows(text)
    assert [r[2] for r in rows] == [
        "Зарина Токтогулова жок кылынган жазуу жазуусун ачып, жашыруун талааларды көрдү",
        "Зарина Токтогулова Садыков Айбек жазуусун ачып, жашыруун талааларды көрдү",
    ]
    flat = " ".join(text.split())
    assert "Аудит журналынан үзүндү" in flat
    assert ("Чыпка: ким: Зарина Токтогулова; иш-аракет: окуучулардын жана кызматкерлердин жазуулары;"
            " мезгил: 01.01.2026 — …") in flat
    assert "2026-жылдын 3-декабры" in flat
    assert "Жолдошева" not in text and "Бермет" not in text


def test_saving_is_an_audited_export_by_ids(admin_session, history, tmp_path) -> None:
    s, aibek = admin_session, history["aibek"]
    out = tmp_path / "extract.pdf"
    assert audit_extract.save(s, out, AuditFilter(user_login="zarina", record_id=aibek), "ru") == 3
    assert len(extract_rows(pdftotext(out.read_bytes(), tmp_path))) == 3
    action, object_type, detail = s.conn.execute(
        "SELECT action, object_type, detail FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    zarina = s.conn.execute("SELECT id FROM app_user WHERE login = 'zarina'").fetchone()[0]
    assert (action, object_type) == ("export", "audit_log")
    assert json.loads(detail) == {"form": "audit_extract", "format": "pdf", "lang": "ru", "removable": False,
                                  "rows": 3, "record": aibek, "user": zarina}
    # a name typed into the record field finds nothing and is not written into the log
    audit_extract.save(s, tmp_path / "typed.pdf", AuditFilter(record_id="Садыков"), "ru")
    (detail,) = s.conn.execute("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert "Садыков" not in detail


def test_removable_drive_refused_before_anything_is_read(admin_session, history, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(output, "is_removable", lambda path: True)
    out = tmp_path / "usb.pdf"
    with pytest.raises(RemovableRefused):
        audit_extract.save(admin_session, out, AuditFilter(), "ky")
    assert not out.exists()
    action, detail = admin_session.conn.execute(
        "SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == "export.refused" and json.loads(detail) == {"removable": True, "form": "audit_extract"}
