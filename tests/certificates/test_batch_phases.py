"""A class batch in three phases — read and number (database), render (no database), write (database) —
so the write transaction never holds a rendering: the phases, a number taken by another issuer in
between (nothing written, numbered again), and a render that is cancelled (nothing written)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.certificates import register
from tests.certificates.conftest import Office, decode_qr, page_count


def issued(office: Office) -> list[str]:
    return [r[0] for r in office.session.conn.execute("SELECT number FROM certificate ORDER BY seq")]


def test_phases_render_outside_any_transaction(office: Office, tmp_path: Path):
    batch = register.prepare_class(office.session, "study", "5-А", "ky")
    assert [n.issued.number for n in batch.items] == ["1", "2", "3"] and issued(office) == []
    seen: list[bool] = []
    rendered = register.render(batch, on_page=lambda page: seen.append(office.session.conn.in_transaction))
    assert seen == [False, False, False]                   # each page drawn with no transaction open
    assert page_count(rendered.pdf, tmp_path) == 3 and issued(office) == []
    written = register.commit(office.session, batch, rendered)
    assert [c.number for c in written] == ["1", "2", "3"] == issued(office)
    assert decode_qr(rendered.pdf, tmp_path) == batch.items[0].issued.verification
    # the register's digest is the one a reprint checks: the same document comes back
    assert register.reprint(office.session, "2")[:5] == b"%PDF-"


def test_a_number_taken_meanwhile_writes_nothing_and_the_batch_is_numbered_again(office: Office):
    batch = register.prepare_class(office.session, "study", "5-А", "ru")
    rendered = register.render(batch)
    register.issue(office.session, "study", office.pupil_id, "ky")      # another issuer takes № 1
    with pytest.raises(register.NumbersTaken) as refused:
        register.commit(office.session, batch, rendered)
    assert issued(office) == ["1"]
    assert "ничего не зарегистрировано" in refused.value.message("ru")
    again = register.prepare_class(office.session, "study", "5-А", "ru")
    register.commit(office.session, again, register.render(again))
    assert issued(office) == ["1", "2", "3", "4"]


def test_issue_for_class_numbers_again_when_another_issuer_writes_during_its_render(office: Office, tmp_path: Path):
    other = office.session.profile.sign_in("admin", "Tuura-Syrsoz-2026")
    rendering, taken = threading.Event(), threading.Event()

    def progress(done: int, total: int, _text: str) -> None:
        if done > total // 2:                 # the second half of the bar is the rendering
            rendering.set()

    def cancelled() -> bool:                  # asked after each page: another PC issues one right then
        if rendering.is_set() and not taken.is_set():
            taken.set()
            register.issue(other, "study", office.pupil_id, "ky")
        return False

    try:
        certificates, pdf = register.issue_for_class(office.session, "study", "5-А", "ky", progress=progress,
                                                     cancelled=cancelled)
    finally:
        other.close()
    assert taken.is_set()
    assert [c.number for c in certificates] == ["2", "3", "4"] and issued(office) == ["1", "2", "3", "4"]
    assert decode_qr(pdf, tmp_path) == certificates[0].verification    # the PDF carries the new numbers
    assert "|2|" in certificates[0].verification


def test_a_cancel_during_the_render_writes_nothing(office: Office):
    pages: list[int] = []

    def cancelled() -> bool:
        return len(pages) >= 2

    def progress(done: int, total: int, _text: str) -> None:
        if done > total // 2:
            pages.append(done)

    with pytest.raises(register.Cancelled):
        register.issue_for_class(office.session, "study", "5-А", "ky", progress=progress, cancelled=cancelled)
    assert issued(office) == []
