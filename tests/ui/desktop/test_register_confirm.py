"""Registering takes a number for good, so it is never done by a stray Enter: Enter in a field does
nothing, the Register button asks with what will be registered, "Go back" registers nothing; a
duplicate is named by its number and the date as people write it, never by an internal id."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.documents import register as reg
from app.errors import Conflict
from ui.documents.section import DocumentsSection


@pytest.fixture
def section(qtbot, make_user):
    from ui.launcher import create_application

    create_application()
    widget = DocumentsSection(make_user("katchy", "secretary"))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _count(section) -> int:
    return int(section.session.conn.execute("SELECT count(*) FROM document").fetchone()[0])


def test_enter_never_registers_and_the_button_asks_first(qtbot, section):
    dialog = section.open_register_dialog()
    dialog.series.setCurrentIndex(dialog.series.findData("incoming"))
    dialog.subject.setText("Окуу китептери жөнүндө")
    dialog.correspondent.setEditText("Ат-Башы райондук билим берүү бөлүмү")
    asked: list[str] = []
    dialog.ask_confirm = lambda text: asked.append(text) or False
    dialog.subject.setFocus()
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Enter)
    assert dialog.isVisible() and _count(section) == 0 and asked == []
    dialog.ok_button.click()                           # asked, and the answer is "Go back"
    assert len(asked) == 1 and _count(section) == 0 and dialog.isVisible()
    assert "Окуу китептери жөнүндө" in asked[0] and "Ат-Башы" in asked[0]
    assert "Файлдар: 0" in asked[0] or "0" in asked[0].splitlines()[3]
    dialog.ask_confirm = lambda text: True
    assert dialog.confirm_and_submit()
    assert _count(section) == 1 and dialog.result_number == "1"


def test_an_empty_subject_is_refused_before_the_question(qtbot, section):
    dialog = section.open_register_dialog()
    dialog.series.setCurrentIndex(dialog.series.findData("incoming"))
    asked: list[str] = []
    dialog.ask_confirm = lambda text: asked.append(text) or True
    dialog.ok_button.click()
    assert asked == [] and dialog.errors["subject"].isVisible() and _count(section) == 0


def test_the_duplicate_message_names_the_entry_as_people_do(section):
    session = section.session
    first = reg.register(session, kind="incoming", subject="Кат", correspondent="Нарын облустук администрациясы",
                         their_number="12/4", their_date="2026-11-20", reg_date="2026-11-24")
    with pytest.raises(Conflict) as caught:
        reg.register(session, kind="incoming", subject="Кат", correspondent="Нарын облустук администрациясы",
                     their_number="12/4", their_date="2026-11-20")
    for lang in ("ky", "ru", "en"):
        text = caught.value.message(lang)
        assert f"№ {first.number}" in text or f"No. {first.number}" in text
        assert "24.11.2026" in text and "2026-11-24" not in text and first.id not in text and "id" not in text
