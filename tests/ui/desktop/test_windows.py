"""F1 everywhere, the help window and the file viewer: closed by Esc or their own button, page and
zoom controls, printing a file from memory (audited), and sizes that fit a 1366×768 screen."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.documents import register
from tests.conftest import ADMIN_PASSWORD
from tests.ui.conftest import sign_in
from ui.documents.files import FileOpener, PreviewWindow
from ui.help import HelpWindow


def _pdf(pages: int) -> bytes:
    from io import BytesIO

    out = BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=1)
    for number in range(pages):
        page.drawString(72, 720, f"Барак {number + 1}")
        page.showPage()
    page.save()
    return out.getvalue()


def _help_window(shell) -> HelpWindow | None:
    window = shell.help_window
    return window if window is not None and window.isVisible() else None


@pytest.mark.parametrize("where", ["signin", "workspace"])
def test_f1_opens_the_help_of_the_screen_without_an_ambiguous_shortcut(qtbot, qtlog, school, make_shell, where):
    shell = make_shell(school.profile.root)
    if where == "workspace":
        sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
        shell.workspace.open_section("security")
    shell.window.show()
    qtbot.waitExposed(shell.window)
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window, timeout=2000)
    target = QApplication.focusWidget() or shell.window
    qtbot.keyClick(target, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: _help_window(shell) is not None, timeout=2000)
    assert shell.help_window.topic == ("security" if where == "workspace" else "signin")
    assert not [r for r in qtlog.records if "Ambiguous" in r.message]
    # the menu shows the same action, so F1 is bound once
    if where == "workspace":
        bound = [a for a in shell.window.findChildren(type(shell.help_action)) if a.shortcut().toString() == "F1"]
        assert bound == [shell.help_action]


def test_help_window_closes_with_esc_and_its_button(qtbot, school, make_shell):
    shell = make_shell(school.profile.root)
    window = shell.open_help("signin")
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.browser, Qt.Key.Key_Escape)
    assert not window.isVisible()
    window = shell.open_help("start")
    window.close_button.click()
    assert not window.isVisible()


def test_file_viewer_controls_fit_and_escape(qtbot, admin_session, tmp_path: Path):
    data = _pdf(3)
    window = PreviewWindow("f", data, "application/pdf", print_file=lambda *_: True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() * 0.9 + 1 and window.height() <= area.height() * 0.9 + 1
    viewer = window.viewer
    assert viewer.page_count() == 3 and "1" in viewer.page_label.text() and "3" in viewer.page_label.text()
    assert not viewer.previous_button.isEnabled() and viewer.next_button.isEnabled()
    viewer.next_button.click()
    qtbot.waitUntil(lambda: viewer.current_page() == 1, timeout=2000)
    assert viewer.previous_button.isEnabled()
    viewer.go_to(99)
    qtbot.waitUntil(lambda: viewer.current_page() == 2, timeout=2000)
    assert not viewer.next_button.isEnabled()
    before = viewer.zoom()
    viewer.zoom_in_button.click()
    bigger = viewer.zoom()
    viewer.zoom_out_button.click()
    viewer.zoom_out_button.click()
    assert bigger > viewer.zoom() and viewer.view.zoomMode().name == "Custom"
    viewer.fit_button.click()
    assert viewer.view.zoomMode().name == "FitToWidth" and before > 0
    assert window.print_button is not None and window.close_button.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(viewer.view, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_printing_an_attached_pdf_from_memory_is_audited(qtbot, admin_session, tmp_path: Path):
    source = tmp_path / "letter.pdf"
    source.write_bytes(_pdf(2))
    doc = register.register(admin_session, kind="incoming", subject="Кат", correspondent="Райондук билим берүү",
                            files=[source])
    attachment_id = admin_session.conn.execute("SELECT id FROM attachment WHERE document_id = ?",
                                               (doc.id,)).fetchone()[0]
    owner = QWidget()
    qtbot.addWidget(owner)
    opener = FileOpener(admin_session, owner)
    out = tmp_path / "printed.pdf"

    def printer(*_):
        made = QPrinter(QPrinter.PrinterMode.HighResolution)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(out))
        return made

    opener.ask_printer = printer
    window = opener.preview(attachment_id, "application/pdf")
    assert window is not None and window.print_button is not None
    window.print_button.click()
    assert out.stat().st_size > 1000
    rows = admin_session.conn.execute("SELECT action, object_type, object_id FROM audit_log WHERE action = 'print'"
                                      ).fetchall()
    assert ("print", "attachment", attachment_id) in [tuple(r) for r in rows]
    opener.ask_printer = lambda *_: None   # cancelled: nothing printed, nothing audited
    assert not opener.print_file(attachment_id, b"", owner)
    opener.close_all()   # closing a preview that printed once crashed Qt at the deferred delete
    qtbot.wait(20)
    assert not shiboken6.isValid(window) or not window.isVisible()


def test_the_sign_in_fields_stay_put_when_an_error_appears(qtbot, school, make_shell):
    shell = make_shell(school.profile.root)
    shell.window.resize(1366, 768)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    screen = shell.window.centralWidget()
    before = screen.password.mapTo(screen, screen.password.rect().topLeft())
    screen.login.setText("admin")
    screen.password.setText("wrong-password-1")
    screen.submit()
    qtbot.waitUntil(lambda: screen.message_frame.isVisible(), timeout=3000)
    qtbot.wait(20)
    assert screen.password.mapTo(screen, screen.password.rect().topLeft()) == before


def test_suggested_file_names_are_words_not_codes():
    from ui.certificates.common import file_name

    made = file_name("Окуу жайынан маалым кат", "Өмүрбеков Үмүтбек")
    assert made == "Окуу жайынан маалым кат — Өмүрбеков Үмүтбек.pdf"
    assert file_name("Маалым кат", "№ 01-07/12", 'A<b>:c"d|e?*') == "Маалым кат — № 01-07-12 — A-b--c-d-e--.pdf"
    assert file_name("  ", "x" * 300).endswith(".pdf") and len(file_name("x" * 300)) <= 124


def test_a_number_field_does_not_stretch_across_a_form(qtbot):
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox

    from ui.widgets import apply_style

    app = QApplication.instance()
    kept = app.styleSheet(), app.font()
    apply_style(app)              # the application's look (pytest-qt made the application first)
    form_widget = QWidget()
    form = QFormLayout(form_widget)
    number, text = QSpinBox(), QLineEdit()
    form.addRow("Мүнөт:", number)
    form.addRow("Аты:", text)
    qtbot.addWidget(form_widget)
    form_widget.resize(1000, 200)
    form_widget.show()
    qtbot.waitExposed(form_widget)
    try:
        assert number.width() <= 160 < text.width()   # 140 px of content plus padding and frame
    finally:
        app.setStyleSheet(kept[0])
        app.setFont(kept[1])
