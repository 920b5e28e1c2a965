"""A reprint stays possible and byte-identical across updates: the issued PDF is kept in the register
(compressed, hashed), certificates of earlier builds are kept while this build still draws them as
issued, and a damaged or hostile kept copy is refused, never printed."""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from app.certificates import digest, keeping, register
from app.errors import InvalidInput, KenseError
from app.forms.templates.style import styles
from db.connection import DatabaseError
from tests.certificates.conftest import Office, page_count, pdftotext

FIXTURE = Path(__file__).parent.parent / "data" / "certificates" / "issued_by_build_b617652.json"


@pytest.fixture
def later_build(monkeypatch):
    """Kense after an update that draws certificates differently (a new line on every page)."""
    def install() -> None:
        for kind, tpl in list(register.TEMPLATES.items()):
            story = tpl.story

            def changed(data, lang, story=story):
                return [*story(data, lang), Paragraph("2027", styles().body)]

            monkeypatch.setitem(register.TEMPLATES, kind, replace(tpl, story=changed))
        monkeypatch.setattr(digest, "_fingerprints", {})
    return install


def _kept(office: Office, cert_id: str) -> tuple:
    return office.session.conn.execute("SELECT codec, size, sha256 FROM certificate_pdf WHERE certificate_id = ?",
                                       (cert_id,)).fetchone()


def test_the_issued_pdf_is_kept_and_a_reprint_after_an_update_gives_it_back(office: Office, later_build) -> None:
    issued = register.issue(office.session, "study", office.pupil_id, "ky", "Социалдык фондго")
    codec, size, sha = _kept(office, issued.id)
    assert (codec, size, sha) == ("zlib", len(issued.pdf), hashlib.sha256(issued.pdf).hexdigest())
    later_build()
    fresh = register.TEMPLATES["study"].render(issued.data, "ky")
    assert fresh != issued.pdf                                   # the update really draws differently
    assert register.reprint(office.session, issued.number, template="study") == issued.pdf


def test_a_batch_keeps_each_certificate_as_its_own_document(office: Office, tmp_path: Path, later_build) -> None:
    issued, combined = register.issue_for_class(office.session, "study", "5-А", "ru")
    assert len(issued) == 3 and page_count(combined, tmp_path) == 3
    later_build()
    for item in issued:
        again = register.reprint(office.session, item.id)
        assert page_count(again, tmp_path) == 1 and item.data.full_name in " ".join(pdftotext(again, tmp_path).split())
        assert hashlib.sha256(again).hexdigest() == _kept(office, item.id)[2]


def _forget_kept(office: Office, cert_id: str) -> None:
    """What a register written by a build before migration 0018 looks like: no kept PDF."""
    with office.session.write() as w:
        w.execute("DELETE FROM certificate_pdf WHERE certificate_id = ?", (cert_id,))


def test_certificates_of_an_earlier_build_are_kept_while_they_still_render_identically(office: Office,
                                                                                     later_build) -> None:
    first = register.issue(office.session, "study", office.pupil_id, "ky")
    second = register.issue(office.session, "employment", office.staff_id, "ru")
    for item in (first, second):
        _forget_kept(office, item.id)
    assert keeping.missing_count(office.session) == 2
    assert keeping.keep_missing(office.session) == keeping.Kept(kept=2, unmatched=0)
    assert keeping.missing_count(office.session) == 0
    later_build()                                   # the next update: both still reprint as issued
    assert register.reprint(office.session, first.id) == first.pdf
    assert register.reprint(office.session, second.id) == second.pdf


def test_an_unkept_certificate_the_new_renderer_draws_differently_is_refused_not_altered(office: Office,
                                                                                       later_build) -> None:
    issued = register.issue(office.session, "study", office.pupil_id, "ky")
    _forget_kept(office, issued.id)
    later_build()
    assert keeping.keep_missing(office.session) == keeping.Kept(kept=0, unmatched=1)
    with pytest.raises(KenseError) as caught:
        register.reprint(office.session, issued.id)
    assert caught.value.key == "certificate.reprint_differs"


def test_a_first_reprint_of_an_unkept_certificate_keeps_it(office: Office, later_build) -> None:
    issued = register.issue(office.session, "study", office.pupil_id, "ru")
    _forget_kept(office, issued.id)
    assert register.reprint(office.session, issued.id) == issued.pdf
    later_build()
    assert register.reprint(office.session, issued.id) == issued.pdf


def test_this_build_draws_what_build_b617652_issued_byte_for_byte() -> None:
    """Certificates issued before documents were kept can be kept now: for every template and language
    the render digest recorded by that build still matches, and the PDF is the same."""
    recorded = json.loads(FIXTURE.read_text(encoding="utf-8"))["certificates"]
    assert len(recorded) == 6
    for item in recorded:
        tpl = register.TEMPLATES[item["template"]]
        pdf = keeping.render_matching(tpl, item["lang"], json.dumps(item["snapshot"], ensure_ascii=False),
                                      item["render_digest"])
        assert pdf is not None, (item["template"], item["lang"])
        assert hashlib.sha256(pdf).hexdigest() == item["pdf_sha256"]


@pytest.mark.parametrize("damage", ["flipped", "truncated", "bomb", "wrong_size", "codec", "not_zlib", "text"])
def test_a_damaged_or_hostile_kept_copy_is_refused_and_nothing_is_printed(office: Office, damage: str) -> None:
    issued = register.issue(office.session, "study", office.pupil_id, "ky")
    content = zlib.compress(issued.pdf, 9)
    changes = {
        "flipped": ("content", content[:100] + bytes([content[100] ^ 1]) + content[101:]),
        "truncated": ("content", content[: len(content) // 2]),
        "bomb": ("content", zlib.compress(b"\0" * 50_000_000, 9)),       # inflates far beyond the size
        "wrong_size": ("size", len(issued.pdf) + 1),
        "codec": ("codec", "lzma"),
        "not_zlib": ("content", b"%PDF-1.4 not compressed"),
        "text": ("content", "a text, not bytes"),
    }
    column, value = changes[damage]
    conn = office.session.conn
    conn.execute("DROP TRIGGER certificate_pdf_no_update")   # an attacker with the key, or a damaged file
    if column == "codec":
        conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(f"UPDATE certificate_pdf SET {column} = ? WHERE certificate_id = ?", (value, issued.id))  # noqa: S608
    prints = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'print'").fetchone()[0]
    with pytest.raises(KenseError) as caught:
        register.reprint(office.session, issued.id)
    assert caught.value.key == "certificate.kept_pdf_damaged"
    assert issued.number in caught.value.message("ky")
    assert conn.execute("SELECT count(*) FROM audit_log WHERE action = 'print'").fetchone()[0] == prints


def test_what_was_issued_cannot_be_rewritten(office: Office) -> None:
    issued = register.issue(office.session, "study", office.pupil_id, "ky")
    with pytest.raises(DatabaseError), office.session.write() as w:
        w.execute("UPDATE certificate_pdf SET content = x'00' WHERE certificate_id = ?", (issued.id,))
    assert register.reprint(office.session, issued.id) == issued.pdf


def test_the_wording_is_a_versioned_legal_text_in_the_official_style(office: Office, tmp_path: Path) -> None:
    from app.certificates import legal_texts

    issued = register.issue(office.session, "study", office.pupil_id, "ky")
    flat = " ".join(pdftotext(issued.pdf, tmp_path).split())
    assert "чындап" not in flat and "окуучусу экендигин тастыктайт" in flat
    assert issued.data.wording["version"] == "certificate_study/ky/0"
    legal_texts.set_text(office.session, "certificate_study", "ky",
                         "Бул маалым кат {name} {year} окуу жылында {class} классында окуй тургандыгын күбөлөйт.\n\n"
                         "Маалым кат {purpose} берилди.")
    again = register.issue(office.session, "study", office.pupil_id, "ky", "банкка")
    flat = " ".join(pdftotext(again.pdf, tmp_path).split())
    assert "классында окуй тургандыгын күбөлөйт" in flat and "Маалым кат банкка берилди." in flat
    assert again.data.wording["version"] == "certificate_study/ky/1"
    assert register.reprint(office.session, issued.id) == issued.pdf        # the earlier one stays as issued
    with pytest.raises(InvalidInput):
        legal_texts.set_text(office.session, "certificate_study", "ky", "Аты жок текст.\n\nБерилди.")
    for template, person in (("employment", office.staff_id), ("study", office.pupil_id)):
        ru = register.issue(office.session, template, person, "ru")
        assert "действительно" in " ".join(pdftotext(ru.pdf, tmp_path).split())   # the Russian form keeps it
