"""No duplicates: the same file content, or the same correspondent + their number + their date."""

from __future__ import annotations

import pytest

from app.documents import attachments, correspondents
from app.documents import register as reg
from app.errors import Conflict
from tests.documents.conftest import count


def test_same_sender_reference_is_refused_and_the_existing_entry_named(secretary) -> None:
    first = reg.register(secretary, kind="incoming", subject="Отчет тапшыруу жөнүндө",
                         correspondent="Ак-Суу райондук билим берүү бөлүмү",
                         their_number="02-15/123", their_date="2025-09-01")
    before = (count(secretary, "document"), count(secretary, "document_event"), count(secretary, "audit_log"))
    # typed differently: case, spacing, a "№" sign
    with pytest.raises(Conflict) as caught:
        reg.register(secretary, kind="incoming", subject="Башка тема",
                     correspondent="ак-суу  райондук БИЛИМ берүү бөлүмү",
                     their_number="№ 02-15/123", their_date="2025-09-01")
    assert caught.value.key == "documents.duplicate_reference"
    assert caught.value.params["id"] == first.id and caught.value.params["number"] == first.number
    assert first.number in caught.value.message("ru")
    assert (count(secretary, "document"), count(secretary, "document_event"), count(secretary, "audit_log")) == before
    # a different date or number is a different letter; the refused attempt used up no number
    other = reg.register(secretary, kind="incoming", subject="Башка кат", correspondent="Ак-Суу райондук билим"
                         " берүү бөлүмү", their_number="02-15/123", their_date="2025-09-02")
    assert other.number == "2"


def test_reference_list_entry_matches_by_name(secretary) -> None:
    correspondents.add(secretary, "Кыргыз Республикасынын Агартуу министрлиги", "ministry")
    reg.register(secretary, kind="incoming", subject="Буйрук жөнүндө", correspondent="кыргыз республикасынын агартуу"
                 " министрлиги", their_number="15", their_date="2025-10-01")
    with pytest.raises(Conflict):
        reg.register(secretary, kind="incoming", subject="x", correspondent="КЫРГЫЗ РЕСПУБЛИКАСЫНЫН АГАРТУУ"
                     " МИНИСТРЛИГИ", their_number="15", their_date="2025-10-01")


def test_same_file_content_is_refused_on_register_and_on_attach(secretary, tmp_path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 100)
    copy = tmp_path / "renamed copy.pdf"
    copy.write_bytes(scan.read_bytes())
    first = reg.register(secretary, kind="incoming", subject="Сканерленген кат", files=[scan])
    with pytest.raises(Conflict) as caught:
        reg.register(secretary, kind="incoming", subject="Ошол эле кат кайра", files=[copy])
    assert caught.value.key == "documents.duplicate_file"
    assert caught.value.params["id"] == first.id
    assert count(secretary, "document") == 1
    second = reg.register(secretary, kind="incoming", subject="Башка кат")
    with pytest.raises(Conflict):
        attachments.attach(secretary, second.id, [copy])
    assert count(secretary, "attachment") == 1 and count(secretary, "blob") == 1


def test_correction_into_an_existing_reference_is_refused(secretary) -> None:
    reg.register(secretary, kind="incoming", subject="a", correspondent="Мектеп №1", their_number="7",
                 their_date="2025-09-01")
    b = reg.register(secretary, kind="incoming", subject="b", correspondent="Мектеп №1", their_number="8",
                     their_date="2025-09-01")
    with pytest.raises(Conflict):
        reg.correct(secretary, b.id, {"their_number": "7"})


def test_invisible_and_look_alike_characters_neither_print_nor_hide_a_duplicate(secretary) -> None:
    first = reg.register(secretary, kind="incoming", subject="Отчет \u202eжөнүндө\u200b",
                         correspondent="Ак-Суу райондук билим берүү бөлүмү",
                         their_number="А-15/123", their_date="2025-09-01")
    stored = secretary.conn.execute("SELECT subject, correspondent_text, their_number FROM document"
                                    " WHERE id = ?", (first.id,)).fetchone()
    assert stored[0] == "Отчет жөнүндө"
    assert not any(ch in "".join(stored) for ch in "\u202e\u200b\u0007")
    # a zero-width space, an RTL override, a Latin "A"/"o" and a bell typed into the same reference
    with pytest.raises(Conflict) as caught:
        reg.register(secretary, kind="incoming", subject="Башка тема",
                     correspondent="Ак-Суу\u200b райондук билим берүү бөлүмү\u202e",
                     their_number="A-15/\u0007123", their_date="2025-09-01")
    assert caught.value.params["id"] == first.id
    with pytest.raises(Conflict):
        reg.register(secretary, kind="incoming", subject="Үчүнчү",
                     correspondent="Aк-Сyу райондук билим берүү бөлүмү",   # Latin A and y on the wrong layout
                     their_number="а-15/123", their_date="2025-09-01")
