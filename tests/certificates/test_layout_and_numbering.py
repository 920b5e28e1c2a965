"""Layout under stress (long names and addresses, long legal texts) and numbering under concurrency."""

from __future__ import annotations

import threading
from pathlib import Path

from app.certificates import legal_texts, printing, register
from app.people import pupils
from app.security.session import Session
from tests.certificates.conftest import Office, page_count, pdftotext, word_boxes
from tests.conftest import ProfileFixture

LONG_SURNAME = "Өмүрбекова-Ңурланбекова-Түгөлбаева-Абдыкадырова"
LONG_GIVEN = "Үмүтай-Гүлнур"
LONG_PATRONYMIC = "Нурсултан кызы"
LONG_ADDRESS = ("Жалал-Абад облусу, Сузак району, Көк-Жаңгак шаары, Ңурбаев атындагы айыл аймагы, "
                "Үсөнбаев көчөсү, 118-үй, 4-батир, Өзгөн жолунун боюндагы жаңы конуш, «Ынтымак» турак жай "
                "кооперативи, кире бериш 2, кабат 3, эшиги көк түстөгү, суу мунарасынын жанында")


def _inside_page(pdf: bytes, tmp: Path) -> None:
    boxes = word_boxes(pdf, tmp)
    assert boxes
    for width, x0, _y0, x1, _y1, word in boxes:
        assert x0 >= 20 and x1 <= width - 20, f"{word!r} runs off the page ({x0:.0f}–{x1:.0f} of {width:.0f})"


def test_a_70_character_name_and_a_200_character_address_wrap_inside_the_page(office: Office,
                                                                              tmp_path: Path) -> None:
    name = f"{LONG_SURNAME} {LONG_GIVEN} {LONG_PATRONYMIC}"
    assert len(name) >= 70 and len(LONG_ADDRESS) >= 200
    saved = pupils.create_pupil(office.session, {"surname": LONG_SURNAME, "given_name": LONG_GIVEN,
                                                 "patronymic": LONG_PATRONYMIC, "sex": "F",
                                                 "birth_date": "2013-01-30", "act_address": LONG_ADDRESS},
                                class_ref="5-А", admission_date="2020-09-01", order_number="12")
    for lang in ("ky", "ru"):
        issued = register.issue(office.session, "study", saved.id, lang, "Ж" * 120 + " " + "ү" * 70)
        assert page_count(issued.pdf, tmp_path) == 1
        _inside_page(issued.pdf, tmp_path)
        flat = " ".join(pdftotext(issued.pdf, tmp_path).split())
        for part in (LONG_GIVEN, LONG_PATRONYMIC):
            assert part in flat
        listing = printing.class_list_pdf(office.session, "5-А", lang, "sex,birth_date,book,pin,address")
        _inside_page(listing, tmp_path)
        words = " ".join(pdftotext(listing, tmp_path).split())
        assert "Үсөнбаев" in words and "мунарасынын" in words
        _inside_page(printing.personal_file_pdf(office.session, saved.id, lang), tmp_path)
        _inside_page(printing.consent_form_pdf(office.session, saved.id, lang), tmp_path)


def test_the_signature_never_stands_alone_on_a_page(office: Office, tmp_path: Path) -> None:
    """Legal texts of growing length push the page break through every position; the signature lines
    always share their page with the notice's last sentence."""
    base = legal_texts.current(office.session, "consent", "ru").body
    last_line = "С уведомлением ознакомлен(а)."
    pages_seen = set()
    for extra in range(0, 16):
        text = base + "".join(f"\n\nДополнительный пункт {n}: " + "текст положения " * 12 for n in range(extra))
        legal_texts.set_text(office.session, "consent", "ru", text)
        pdf = printing.consent_form_pdf(office.session, office.pupil_id, "ru")
        count = page_count(pdf, tmp_path)
        pages_seen.add(count)
        last = " ".join(pdftotext(pdf, tmp_path, page=count).split())
        assert "Подпись" in last and last_line in last and "Версия текста: transfer_notice/ru/0" in last
        assert f"consent/ru/{extra + 1}" in " ".join(pdftotext(pdf, tmp_path).split())
    assert pages_seen >= {1, 2}


def test_two_concurrent_issuers_get_every_number_once(school: ProfileFixture, office: Office) -> None:
    sessions: list[Session] = [school.sign_in(), school.sign_in()]
    errors: list[BaseException] = []
    numbers: list[str] = []
    lock = threading.Lock()

    def issuer(session: Session) -> None:
        try:
            for _ in range(12):
                issued = register.issue(session, "study", office.pupil_id, "ky")
                with lock:
                    numbers.append(issued.number)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=issuer, args=(s,)) for s in sessions]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in sessions:
        s.close()
    assert not errors
    assert sorted(int(n) for n in numbers) == list(range(1, 25))
    seqs = [r[0] for r in office.session.conn.execute("SELECT seq FROM certificate ORDER BY seq")]
    assert seqs == list(range(1, 25))
