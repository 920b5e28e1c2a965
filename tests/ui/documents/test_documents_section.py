"""The Documents section against a real encrypted profile (pytest-qt, offscreen): registering through
the dialog, a duplicate shown as the existing entry, search as you type, the card's actions and "My
tasks", files, lock, access for a teacher, and the lazy model under QAbstractItemModelTester."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.documents import events, queries
from app.documents import register as reg
from app.documents.model import Series
from app.security.session import LockReason
from ui.documents.model import OVERDUE_ROLE, PAGE, DocumentTableModel
from ui.documents.section import MINE, DocumentsSection

PASSWORD = "Baska-Syrsoz-2026"


@pytest.fixture
def app(qtbot):
    from ui.launcher import create_application

    return create_application()


@pytest.fixture
def people(make_user, admin_session):
    secretary = make_user("katchy", "secretary")
    teacher = make_user("mugalim", "teacher")
    director = make_user("direktor", "director")
    return {"secretary": secretary, "teacher": teacher, "director": director, "admin": admin_session}


def make_section(qtbot, session) -> DocumentsSection:
    section = DocumentsSection(session)
    qtbot.addWidget(section)
    section.resize(1100, 700)
    section.show()
    return section


def register_letters(session, count: int, **extra) -> list[str]:
    ids = []
    for n in range(count):
        ids.append(reg.register(session, kind="incoming", subject=f"Окуу жылы боюнча маалымат {n}",
                                correspondent="Ак-Суу райондук билим берүү бөлүмү", their_number=f"A-{n}",
                                their_date="2025-09-01", **extra).id)
    return ids


def test_register_through_dialog_then_duplicate_shown(app, qtbot, people):
    section = make_section(qtbot, people["secretary"])
    dialog = section.open_register_dialog()
    dialog.series.setCurrentIndex(dialog.series.findData("incoming"))
    # inline validation: the subject is required, in the user's language (Kyrgyz by default)
    dialog.submit()
    assert dialog.errors["subject"].isVisible()
    assert "документ" in dialog.errors["subject"].text().lower() or dialog.errors["subject"].text()
    dialog.correspondent.setEditText("Ак-Суу райондук билим берүү бөлүмү")
    dialog.their_number.setText("02-15/77")
    dialog.their_date.setText("31.02.2025")
    dialog.subject.setText("Өрткө каршы коопсуздук боюнча текшерүү жөнүндө")
    dialog.submit()
    assert dialog.errors["their"].isVisible()  # not a real date
    dialog.their_date.setText("01.09.2025")
    dialog.executor.setCurrentIndex(dialog.executor.findData("mugalim"))
    dialog.submit()
    assert dialog.result_number == "1"
    assert not dialog.isVisible()
    # the new document is open in its card and listed in the register
    assert section.pages.currentWidget() is section.card
    assert section.card.document.row.subject.startswith("Өрткө")
    qtbot.waitUntil(lambda: section.model.total() == 1, timeout=5000)  # via the change bus

    # the same letter again: refused, and shown as the existing entry with a button to open it
    again = section.open_register_dialog()
    again.series.setCurrentIndex(again.series.findData("incoming"))
    again.correspondent.setEditText("ак-суу  райондук билим берүү бөлүмү")
    again.their_number.setText("№ 02-15/77")
    again.their_date.setText("01.09.2025")
    again.subject.setText("Дагы бир жолу")
    again.submit()
    assert again.isVisible()
    assert again.duplicate_frame.isVisible()
    assert "№1" in again.duplicate_text.text().replace(" ", "") or "1" in again.duplicate_text.text()
    assert section.model.total() == 1  # nothing registered
    section.show_register()
    again.open_duplicate.click()
    assert section.pages.currentWidget() is section.card
    assert section.card.document.number == "1"


def test_search_as_you_type_narrows_the_list(app, qtbot, people):
    secretary = people["secretary"]
    register_letters(secretary, 3)
    reg.register(secretary, kind="internal", subject="Педагогикалык кеңештин протоколу")
    reg.register(secretary, kind="order", series="staff", subject="Мугалимди ишке кабыл алуу жөнүндө")
    section = make_section(qtbot, secretary)
    assert section.model.total() == 5
    for letter in "КЕҢЕШ":                        # typed letter by letter; case folding of ң
        section.search.insert(letter)
    assert section.search_timer.isActive()       # debounced: no query per keystroke
    qtbot.waitUntil(lambda: section.model.total() == 1, timeout=2000)
    assert "протокол" in section.model.index(0, 3).data()
    section.search.setText("окуу жыл")           # prefixes of two words
    qtbot.waitUntil(lambda: section.model.total() == 3, timeout=2000)
    section.search.clear()
    qtbot.waitUntil(lambda: section.model.total() == 5, timeout=2000)
    section.select_tab(Series.ORDER_STAFF.value)
    assert section.model.total() == 1
    section.select_tab(Series.INCOMING.value)
    assert section.model.total() == 3
    section.correspondent.setText("райондук")
    qtbot.waitUntil(lambda: section.model.total() == 3, timeout=2000)
    section.correspondent.setText("министрлик")
    qtbot.waitUntil(lambda: section.model.total() == 0, timeout=2000)


def test_assign_execute_timeline_and_my_tasks(app, qtbot, people):
    secretary, teacher = people["secretary"], people["teacher"]
    (doc_id,) = register_letters(secretary, 1, due="2025-09-10", reg_date="2025-09-02")
    section = make_section(qtbot, secretary)
    assert section.open_document(doc_id)
    card = section.card
    events_before = card.timeline.rowCount()
    assert card.assign_button.isVisible() and card.execute_button.isVisible()
    assert card.do_assign("mugalim", note="Жооп даярдаңыз")
    assert card.timeline.rowCount() == events_before + 1
    last = card.timeline.rowCount() - 1
    assert "mugalim" in card.timeline.item(last, 2).text()
    assert card.timeline.item(last, 1).text() == "Тестов katchy"          # histories name people, not logins
    assert card.timeline.item(last, 3).text() == "Жооп даярдаңыз"

    # the teacher's "My tasks": the letter is there, overdue (due 10.09.2025) and highlighted
    mine = make_section(qtbot, teacher)
    assert mine.current_tab() == MINE
    assert mine.model.total() == 1
    index = mine.model.index(0, 0)
    assert index.data(OVERDUE_ROLE) is True
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert mine.register_button.isHidden() and mine.print_button.isHidden()
    assert mine.open_document(doc_id)
    assert mine.card.execute_button.isVisible() and not mine.card.reply_button.isVisible()
    assert mine.card.do_comment("Маалымат чогултулууда")
    assert mine.card.do_execute("Жооп жөнөтүлдү")
    assert not mine.card.execute_button.isVisible()  # closed now
    kinds = [mine.card.timeline.item(r, 2).text() for r in range(mine.card.timeline.rowCount())]
    assert len(kinds) == events_before + 3
    mine.show_register()
    qtbot.waitUntil(lambda: mine.model.total() == 0, timeout=5000)   # no longer an open task (the bus)
    assert "task" in mine.count_label.text() or mine.count_label.text()
    # the secretary's view picks the change up when it refreshes
    section.refresh()
    section.open_document(doc_id)
    assert section.card.timeline.rowCount() == events_before + 3


def test_reply_creates_linked_outgoing_letter(app, qtbot, people):
    secretary = people["secretary"]
    (doc_id,) = register_letters(secretary, 1)
    section = make_section(qtbot, secretary)
    section.open_document(doc_id)
    assert section.card.reply_button.isVisible()
    section.card.reply_button.click()
    dialog = next(d for d in section.dialogs if d.reply_to is not None)
    assert dialog.correspondent.currentText() == "Ак-Суу райондук билим берүү бөлүмү"
    dialog.subject.setText("Маалымат жөнөтүлөт")
    dialog.submit()
    assert dialog.result_number == "1"
    card = section.card.document
    assert card.row.kind.value == "outgoing" and card.reply_to == doc_id
    assert "№ 1" in section.card.values["links"].text()


def test_files_preview_open_copy_and_attach(app, qtbot, people, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    secretary = people["secretary"]
    pdf = tmp_path / "кат.pdf"
    canvas = Canvas(str(pdf))
    canvas.drawString(72, 720, "Kense test")
    canvas.save()
    (doc_id,) = register_letters(secretary, 1, files=[pdf])
    section = make_section(qtbot, secretary)
    section.open_document(doc_id)
    card = section.card
    assert card.files.count() == 1
    card.preview_file()
    assert len(card.opener.previews) == 1 and card.opener.previews[0].page_count() == 1
    path = Path(card.opener.open_external(card._current_file()[0]))
    assert path.read_bytes() == pdf.read_bytes()
    assert oct(path.parent.stat().st_mode & 0o777) == "0o700"

    other = tmp_path / "scan.png"
    other.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(3 * 1024 * 1024))
    progress = []
    task = card.attach_files([other])
    task.progressed.connect(lambda done, total, _t: progress.append((done, total)))
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    qtbot.waitUntil(lambda: card.files.count() == 2, timeout=5000)
    assert progress and progress[-1][0] == progress[-1][1]

    section.show_register()                      # leaving the card removes the decrypted copy
    assert not path.exists() and not path.parent.exists()
    assert card.opener.previews == []


def test_lock_clears_every_model_and_temp_file(app, qtbot, people, tmp_path):
    secretary = people["secretary"]
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + os.urandom(2048))
    (doc_id,) = register_letters(secretary, 1, files=[pdf])
    section = make_section(qtbot, secretary)
    section.search.setText("окуу")
    section.refresh()
    section.open_document(doc_id)
    path = Path(section.card.opener.open_external(section.card.document.files[0].id))
    dialog = section.open_register_dialog(modal=False)
    dialog.subject.setText("Жарым-жартылай толтурулган")
    assert section.save_draft() == {"register": dialog.fields()}
    secretary.lock(LockReason.MANUAL)
    section.clear_personal_data()
    assert section.model.rowCount() == 0 and section.model.total() == 0 and section.model.cached_rows() == 0
    assert section.card.document is None and section.card.timeline.rowCount() == 0
    assert section.card.files.count() == 0 and section.card.values["subject"].text() == ""
    assert section.search.text() == "" and section.dialogs == []
    assert not path.exists()


def test_teacher_sees_no_restricted_document(app, qtbot, people):
    director, secretary = people["director"], people["secretary"]
    secret = reg.register(director, kind="internal", subject="Жашыруун: тергөө материалдары",
                          access_level="restricted").id
    visible = reg.register(secretary, kind="internal", subject="Мугалимге тапшырма", executor="mugalim").id
    reg.register(secretary, kind="internal", subject="Башка мугалимге эмес")
    section = make_section(qtbot, people["teacher"])
    for tab in section._tab_keys:
        section.select_tab(tab)
        shown = {section.model.document_id(r) for r in range(section.model.rowCount())}
        assert secret not in shown
        assert shown <= {visible}
    assert section.open_document(secret) is False   # same "not found" as an unknown id
    sec_view = make_section(qtbot, secretary)
    assert secret not in {sec_view.model.document_id(r) for r in range(sec_view.model.rowCount())}
    dir_view = make_section(qtbot, director)
    assert secret in {dir_view.model.document_id(r) for r in range(dir_view.model.rowCount())}
    assert dir_view.register_button.isVisible() and dir_view.dialogs == []


def test_lazy_model_pages_and_passes_model_tester(app, qtbot, people):
    secretary = people["secretary"]
    for n in range(PAGE * 2 + 17):
        reg.register(secretary, kind="internal", subject=f"Ички документ {n}")
    model = DocumentTableModel()
    model.set_query(secretary, queries.Filters(limit=100_000))
    assert model.total() == PAGE * 2 + 17
    assert model.rowCount() == PAGE and model.cached_rows() == 0   # ids only until a row is shown
    assert model.index(5, 3).data() == f"Ички документ {PAGE * 2 + 17 - 6}"
    assert model.cached_rows() == PAGE                             # one page built on demand
    inserted = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    while model.canFetchMore():
        model.fetchMore()
    assert inserted == [(PAGE, 2 * PAGE - 1), (2 * PAGE, 2 * PAGE + 16)]   # inclusive end rows
    assert model.rowCount() == PAGE * 2 + 17
    assert model.index(model.rowCount() - 1, 0).data() == "1"

    checked = DocumentTableModel()
    tester = QAbstractItemModelTester(checked, QAbstractItemModelTester.FailureReportingMode.Fatal)
    checked.set_query(secretary, queries.Filters(limit=100_000))
    while checked.canFetchMore():
        checked.fetchMore()
    checked.set_query(secretary, queries.Filters(search="документ 1", limit=100_000))
    assert checked.total() == 1 + 10 + 100  # "документ 1*": 1, 10–19, 100–199
    checked.clear()
    assert checked.rowCount() == 0
    del tester


def test_help_and_translations(app, qtbot, people):
    from ui import i18n
    from ui.help import help_html

    for lang in ("ky", "ru"):
        html, used = help_html("documents", lang)
        assert used == lang and "<h1>" in html
    i18n.install("ru")
    try:
        section = make_section(qtbot, people["secretary"])
        assert section.register_button.text() == QCoreApplication.translate("DocumentsSection",
                                                                             "Register document…")
        assert section.register_button.text() != "Register document…"
        assert section.help_topic() == "documents"
    finally:
        i18n.install("ky")


def test_correct_send_and_archive_from_the_card(app, qtbot, people):
    from ui.documents.correct_dialog import CorrectDialog

    secretary, teacher = people["secretary"], people["teacher"]
    (incoming,) = register_letters(secretary, 1)
    out = reg.register(secretary, kind="outgoing", subject="Отчет жөнөтүлөт", correspondent="Райондук бөлүм").id
    section = make_section(qtbot, secretary)
    assert section.open_document(incoming)
    card = section.card
    assert card.correct_button.isVisible() and card.archive_button.isVisible()
    assert not card.send_button.isVisible()                      # only outgoing letters are sent
    dialog = CorrectDialog(secretary, card.document, card)
    qtbot.addWidget(dialog)
    dialog.subject.setText("Окуу жылы боюнча маалымат (оңдолду)")
    dialog.their_date.setText("31.09.2025")
    assert not dialog.submit() and dialog.message.text()        # a reason is required
    dialog.reason.setText("темадагы ката")
    assert not dialog.submit()                                   # there is no 31 September
    assert dialog.message.text() == QCoreApplication.translate("CorrectDialog",
                                                               "The sender's date is not a date (dd.mm.yyyy).")
    dialog.their_date.setText("02.09.2025")
    assert dialog.changes() == {"subject": "Окуу жылы боюнча маалымат (оңдолду)", "their_date": "2025-09-02"}
    assert dialog.submit()
    card.show_document(incoming)
    assert card.document.version == 2 and card.values["subject"].text() == "Окуу жылы боюнча маалымат (оңдолду)"
    unchanged = CorrectDialog(secretary, card.document, card)
    qtbot.addWidget(unchanged)
    unchanged.reason.setText("жок")
    assert not unchanged.submit() and unchanged.message.text()    # nothing to correct: said, not saved

    assert section.open_document(out)
    assert section.card.send_button.isVisible()
    assert section.card.do_event(events.send, note="почта аркылуу")
    assert section.card.document.row.status.value == "sent" and not section.card.send_button.isVisible()
    assert section.card.do_event(events.archive)
    assert section.card.document.row.status.value == "archived"
    assert not section.card.archive_button.isVisible() and not section.card.send_button.isVisible()

    events.assign(secretary, incoming, "mugalim")                 # the teacher may read it now
    reader = make_section(qtbot, teacher)                          # no register right: no buttons
    assert reader.open_document(incoming)
    assert not reader.card.correct_button.isVisible() and not reader.card.archive_button.isVisible()


def test_reserve_an_order_number_then_register_the_signed_order(app, qtbot, people):
    secretary = people["secretary"]
    section = make_section(qtbot, secretary)
    assert section.reserve_button.isVisible()
    number = section.reserve_number(Series.ORDER_PUPILS)
    assert number and section.card.document.row.status.value == "reserved"
    assert number in section.card.message.text()
    card = section.card
    assert card.sign_button.isVisible() and not card.correct_button.isVisible()
    card.sign_button.click()
    dialog = next(d for d in section.dialogs if getattr(d, "reserved", None) is not None)
    assert not dialog.series.isEnabled() and not dialog.reg_date.isEnabled()
    assert dialog.current_series() is Series.ORDER_PUPILS
    dialog.subject.setText("5-А классына окуучуну кабыл алуу жөнүндө")
    dialog.submit()
    assert dialog.result_number == number                       # the reserved number, not a new one
    signed = section.card.document
    assert signed.row.number == number and signed.row.status.value != "reserved"
    assert signed.row.subject == "5-А классына окуучуну кабыл алуу жөнүндө"
    assert not section.card.sign_button.isVisible()
    # the next reservation takes the next number: nothing was doubled or skipped
    following = section.reserve_number(Series.ORDER_PUPILS)
    assert following is not None and int(following) == int(number) + 1


def test_teacher_cannot_reserve(app, qtbot, people):
    section = make_section(qtbot, people["teacher"])
    assert not section.reserve_button.isVisible()


def test_register_dialog_with_typing_asks_before_closing(app, qtbot, people):
    from tests.ui.prompts import Answerer

    section = make_section(qtbot, people["secretary"])
    dialog = section.open_register_dialog()
    dialog.subject.setText("Мектептин жылдык планы жөнүндө")
    back = Answerer("unsavedPrompt", "unsavedBack")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    back.stop()
    assert back.seen == 1 and dialog.isVisible() and dialog.subject.text().startswith("Мектептин")
    discard = Answerer("unsavedPrompt", "unsavedDiscard")
    dialog.close()
    discard.stop()
    assert discard.seen == 1 and not dialog.isVisible()
    assert queries.document_ids(people["secretary"]) == []
    empty = section.open_register_dialog()
    watcher = Answerer("unsavedPrompt", "unsavedBack")
    empty.close()
    watcher.stop()
    assert watcher.seen == 0 and not empty.isVisible()
