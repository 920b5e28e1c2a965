"""Issuing certificates: real PDFs read back with poppler, the QR decoded with zbar and verified."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from app.certificates import register, verification
from app.errors import Conflict, InvalidInput, PermissionDenied
from app.forms.dates import format_long_date
from app.people import pupils
from tests.certificates.conftest import Office, decode_qr, fonts, page_count, pdftotext


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_study_certificate_reads_back_with_kyrgyz_letters_and_a_working_qr(office: Office, tmp_path: Path,
                                                                          lang: str) -> None:
    issued = register.issue(office.session, "study", office.pupil_id, lang)
    text = pdftotext(issued.pdf, tmp_path)
    flat = " ".join(text.split())
    assert "Өмүрбеков Үмүтбек Ңурланович" in flat          # ң ө ү intact
    assert re.search(rf"№\s?{re.escape(issued.number)}\b", flat)
    assert format_long_date(date.today(), lang) in flat      # "2026-жылдын 22-ноябры" / "22 ноября 2026 г."
    assert format_long_date(date(2014, 3, 5), lang) in flat
    assert ("МААЛЫМ КАТ" if lang == "ky" else "СПРАВКА") in flat
    assert ("талап кылынган жерге" if lang == "ky" else "по месту требования") in flat
    assert ("М.О." if lang == "ky" else "М.П.") in flat
    assert "5-«А»" in flat and "Сатылганова Гүлзат Өмүрбековна" in flat
    listed = fonts(issued.pdf, tmp_path)
    assert listed and all(row[-5] == "yes" for row in listed), listed   # every font embedded
    assert not any("Helvetica" in row[0] for row in listed)
    assert page_count(issued.pdf, tmp_path) == 1

    decoded = decode_qr(issued.pdf, tmp_path)
    assert decoded == issued.verification
    verdict = verification.verify(office.session, decoded)
    assert (verdict.status, verdict.number, verdict.person_name) == ("valid", issued.number,
                                                                     "Өмүрбеков Үмүтбек Ңурланович")


def test_tampered_qr_texts_are_forged(office: Office) -> None:
    issued = register.issue(office.session, "study", office.pupil_id, "ky")
    head, school, series, number, day, check = issued.verification.split("|")
    flipped = check[:-1] + ("A" if check[-1] != "A" else "B")
    cases = {
        "|".join((head, school, series, str(int(number) + 1), day, check)): "bad_checksum",
        "|".join((head, school, series, number, "2020-01-01", check)): "bad_checksum",
        "|".join((head, school, "E", number, day, check)): "bad_checksum",
        "|".join((head, school, series, number, day, flipped)): "bad_checksum",
        "|".join((head, "01900000-0000-7000-8000-000000000000", series, number, day, check)): "other_school",
        "hello": "malformed",
        "": "malformed",
        issued.verification + "|x": "malformed",
    }
    for text, reason in cases.items():
        verdict = verification.verify(office.session, text)
        assert (verdict.status, verdict.reason) == ("forged", reason), text


def test_a_genuine_checksum_for_a_number_the_register_lacks_is_not_valid(office: Office) -> None:
    conn = office.session.conn
    school_id = conn.execute("SELECT id FROM school").fetchone()[0]
    with office.session.write() as w:
        key = verification.school_key(w, school_id)
    text = verification.qr_text(school_id, "study", "999", "2026-01-05",
                                verification.checksum(key, school_id, "study", "999", "2026-01-05"))
    assert verification.verify(office.session, text).reason == "not_in_register"


def test_void_is_reported_with_its_reason_and_blocks_reprint(office: Office) -> None:
    issued = register.issue(office.session, "study", office.pupil_id, "ru")
    row = register.void(office.session, issued.id, "Ошибка в цели выдачи")
    assert row["status"] == "void"
    verdict = verification.verify(office.session, issued.verification)
    assert (verdict.status, verdict.void_reason) == ("void", "Ошибка в цели выдачи")
    with pytest.raises(Conflict):
        register.void(office.session, issued.id, "again")
    with pytest.raises(Conflict):
        register.reprint(office.session, issued.id)
    with pytest.raises(InvalidInput):
        register.void(office.session, register.issue(office.session, "study", office.pupil_id, "ru").id, "  ")


def test_reprint_is_byte_identical_even_after_the_record_changed(office: Office) -> None:
    issued = register.issue(office.session, "study", office.pupil_id, "ky", "Социалдык фондго")
    pupils.update_pupil(office.session, office.pupil_id, {"surname": "Асанов"})
    again = register.reprint(office.session, issued.number, template="study")
    assert again == issued.pdf
    fresh = register.issue(office.session, "study", office.pupil_id, "ky")
    assert fresh.number != issued.number and fresh.pdf != issued.pdf


def test_numbers_run_per_series_with_the_prefix(office: Office) -> None:
    from app.admin import settings

    settings.set_value(office.session, "certificate_prefix_study", "01-07/")
    first = register.issue(office.session, "study", office.pupil_id, "ky")
    second = register.issue(office.session, "study", office.pupil_id, "ru")
    staff = register.issue(office.session, "employment", office.staff_id, "ky")
    assert (first.number, second.number, staff.number) == ("01-07/1", "01-07/2", "1")
    assert register.find(office.session, "01-07/2")["id"] == second.id
    with pytest.raises(InvalidInput):
        settings.set_value(office.session, "certificate_prefix_study", "a|b")


def test_employment_certificate(office: Office, tmp_path: Path) -> None:
    issued = register.issue(office.session, "employment", office.staff_id, "ru", "для банка")
    flat = " ".join(pdftotext(issued.pdf, tmp_path).split())
    assert "Жээнбекова Чолпон Үсөновна" in flat
    assert "учитель" in flat and "25 августа 2010 г." in flat and "№ 45-к" in flat
    assert "Справка выдана для банка." in flat
    assert decode_qr(issued.pdf, tmp_path) == issued.verification
    ky = register.issue(office.session, "employment", office.staff_id, "ky")
    assert "2010-жылдын 25-августу" in " ".join(pdftotext(ky.pdf, tmp_path).split())


def test_transfer_confirmation_needs_the_recorded_departure(office: Office, tmp_path: Path) -> None:
    from app.people import movements

    with pytest.raises(InvalidInput) as caught:
        register.issue(office.session, "transfer", office.pupil_id, "ky")
    assert caught.value.key == "certificate.no_transfer"
    movements.add_movement(office.session, office.pupil_id, "transfer_out", "2025-12-20", "88-у",
                           other_school="Ош шаарындагы №5 Ү. Ңурбаев атындагы мектеп")
    issued = register.issue(office.session, "transfer", office.pupil_id, "ky")
    flat = " ".join(pdftotext(issued.pdf, tmp_path).split())
    assert "Ош шаарындагы №5 Ү. Ңурбаев атындагы мектеп" in flat and "№ 88-у" in flat
    assert "2025-жылдын 20-декабры" in flat
    with pytest.raises(InvalidInput):   # left the school: no study certificate any more
        register.issue(office.session, "study", office.pupil_id, "ky")


def test_bad_requests_are_refused_before_anything_is_written(office: Office, make_user) -> None:
    for template, person, lang, purpose in (("diploma", office.pupil_id, "ky", ""),
                                            ("study", office.pupil_id, "en", ""),
                                            ("study", "no-such-id", "ky", ""),
                                            ("employment", office.pupil_id, "ky", ""),
                                            ("study", office.pupil_id, "ky", "x" * 201)):
        with pytest.raises(InvalidInput):
            register.issue(office.session, template, person, lang, purpose)
    assert register.list_certificates(office.session) == []
    teacher = make_user("teacher1", "teacher")
    with pytest.raises(PermissionDenied):
        register.issue(teacher, "study", office.pupil_id, "ky")


def test_audit_names_fields_never_values(office: Office) -> None:
    issued = register.issue(office.session, "study", office.pupil_id, "ru", "Социальный фонд")
    register.reprint(office.session, issued.id)
    register.void(office.session, issued.id, "Испорчен бланк")
    rows = office.session.conn.execute("SELECT action, detail FROM audit_log WHERE object_id = ?",
                                       (issued.id,)).fetchall()
    actions = [r[0] for r in rows]
    assert actions == ["certificate.issue", "print", "certificate.void"]
    for _, detail in rows:
        assert not re.search("Өмүрбеков|Социальный|Испорчен", detail)
