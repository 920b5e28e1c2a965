"""Screen privacy (masking, audited reveal, privacy mode, clipboard) and background tasks."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from app.errors import InvalidInput
from tests.ui.conftest import sign_in
from ui import tasks
from ui.privacy import MaskedDelegate, MaskedField, mask, privacy, secure_clipboard

PASSWORD = "Tuura-Syrsoz-2026"
PIN = "21203201410123"


def test_masks():
    assert mask(PIN, "pin") == "2••••••••••123"
    assert mask("2012-03-12", "birth_date") == "••.••.••••"
    assert mask("+996 555 123 456", "phone").endswith("56") and "555" not in mask("+996 555 123 456", "phone")
    assert mask("Ак-Суу, Ленин көчөсү 12", "address") == "Ак-Суу, ••••••"
    assert mask("", "pin") == ""


def _reveals(session):
    return session.conn.execute("SELECT object_id, detail FROM audit_log WHERE action = 'person.reveal'").fetchall()


def test_reveal_is_audited_and_privacy_mode_hides_everything(qtbot, school, make_shell):
    shell = make_shell(school.profile.root)
    sign_in(qtbot, shell, "admin", PASSWORD)
    session = shell.session

    def audit(object_type, object_id, kind):
        session.audit_now("person.reveal", object_type, object_id, {"field": kind})

    field = MaskedField("pin", audit, object_id="p-1")
    qtbot.addWidget(field)
    field.set_value(PIN)
    assert field.label.text() == "2••••••••••123"
    field.button.click()
    assert field.label.text() == PIN and field.is_revealed
    rows = _reveals(session)
    assert rows == [("p-1", '{"field":"pin"}')] or (rows[0][0] == "p-1" and PIN not in rows[0][1])

    model = QStandardItemModel()
    for key, value in (("a", PIN), ("b", "11111111111111")):
        item = QStandardItem(value)
        item.setData(key, Qt.ItemDataRole.UserRole)
        model.appendRow(item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = MaskedDelegate("pin", audit, lambda index: index.data(Qt.ItemDataRole.UserRole))
    view.setItemDelegateForColumn(0, delegate)
    assert delegate.reveal(model.index(0, 0))
    assert len(_reveals(session)) == 2

    shell.window.show()
    qtbot.waitExposed(shell.window)
    qtbot.keyClick(shell.workspace.nav, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert privacy.active
    assert shell.workspace.body.currentWidget() is shell.workspace.cover
    assert field.label.text() == "2••••••••••123" and not field.is_revealed
    field.button.click()                                   # no reveal while in privacy mode
    assert not field.is_revealed and len(_reveals(session)) == 2
    assert not delegate.reveal(model.index(1, 0))
    qtbot.keyClick(shell.workspace.nav, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not privacy.active and shell.workspace.body.currentIndex() == 0


def test_clipboard_marked_secret_and_cleared_on_timer_and_lock(qtbot, school, make_shell):
    shell = make_shell(school.profile.root)
    sign_in(qtbot, shell, "admin", PASSWORD)
    board = secure_clipboard()
    board.clear_seconds = 1
    board.copy(PIN)
    data = QGuiApplication.clipboard().mimeData()
    assert QGuiApplication.clipboard().text() == PIN
    assert bytes(data.data("x-kde-passwordManagerHint")) == b"secret"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)
    board.clear_seconds = 30
    board.copy(PIN)
    shell.request_lock("manual")
    assert QGuiApplication.clipboard().text() == ""
    QGuiApplication.clipboard().setText("the user's own text")   # not ours: left alone
    board.clear()
    assert QGuiApplication.clipboard().text() == "the user's own text"


def test_task_result_progress_error_and_cancel(qtbot):
    seen, results, errors = [], [], []
    main_thread = threading.get_ident()
    threads = []

    def work(progress, cancelled):
        threads.append(threading.get_ident())
        for i in range(3):
            progress(i + 1, 3, "step")
        return 42

    task = tasks.run_task(work, on_result=results.append, on_progress=lambda d, t, s: seen.append((d, t)))
    qtbot.waitUntil(lambda: task.done, timeout=3000)
    assert results == [42] and seen == [(1, 3), (2, 3), (3, 3)] and threads[0] != main_thread

    def failing(progress, cancelled):
        raise InvalidInput("input.school_name")

    task = tasks.run_task(failing, on_error=errors.append)
    qtbot.waitUntil(lambda: task.done, timeout=3000)
    assert isinstance(errors[0], InvalidInput)

    gate = threading.Event()
    stopped = []

    def long(progress, cancelled):
        gate.wait(2)
        stopped.append(cancelled())
        return None

    task = tasks.run_task(long)
    dialog = tasks.ProgressDialog.attach(task, "…")
    qtbot.addWidget(dialog)
    dialog.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: task.done, timeout=3000)
    assert stopped == [True] and not dialog.isVisible()
