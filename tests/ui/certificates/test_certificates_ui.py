"""The certificates screens on a real encrypted profile: issuing through the dialog (a preview takes no
number), printing through a real QPrinter, voiding with a reason, a cancelled batch, the lock, roles.
PDFs are read back with poppler and zbar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app.certificates import register, verification
from app.errors import PermissionDenied
from app.people import pupils
from app.security.roles import Permission
from app.security.session import SessionState
from tests.certificates.conftest import PUPIL, Office, decode_qr, page_count, pdftotext
from tests.conftest import ADMIN_PASSWORD
from tests.ui.background import Hold
from tests.ui.conftest import sign_in
from tests.ui.test_lock import _pd_anywhere
from ui.certificates.batch_dialog import CLASS_CERTIFICATES, CLASS_LISTS
from ui.certificates.issue_dialog import IssueCertificateDialog
from ui.certificates.section import CertificatesSection
from ui.tasks import Place

NAME = f"{PUPIL['surname']} {PUPIL['given_name']} {PUPIL['patronymic']}"


def _count(office: Office) -> int:
    return office.session.conn.execute("SELECT count(*) FROM certificate").fetchone()[0]


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def section(qtbot, office: Office) -> CertificatesSection:
    widget = CertificatesSection(office.session)
    qtbot.addWidget(widget)
    return widget


def test_issue_through_the_dialog_and_find_it_in_the_register(qtbot, office: Office, section, tmp_path: Path):
    dialog = section.open_issue("pupil", office.pupil_id)
    assert dialog.person.text() == NAME
    assert dialog.preview.page_count() == 1
    # previews in every combination take no number
    dialog.language.setCurrentIndex(1)
    dialog.typed_purpose.setChecked(True)
    dialog.purpose.setText("социальный фонд")
    assert dialog.refresh_preview()
    assert _count(office) == 0 and section.model.rowCount() == 0

    target = tmp_path / "spravka.pdf"
    dialog.ask_save_path = lambda *_: target
    assert dialog.issue_and_save()
    assert _count(office) == 1
    text = " ".join(pdftotext(target.read_bytes(), tmp_path).split())
    assert "СПРАВКА" in text and NAME in text and "социальный фонд" in text and "№1 " in text
    assert decode_qr(target.read_bytes(), tmp_path) == dialog.last_issued.verification
    assert not dialog.save_button.isEnabled()     # one confirmation, one certificate

    # the register shows it (the change bus refreshes it), selected, and the filters find it
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=5000)
    assert section.selected()["number"] == "1"
    section.search.setText("өмүрбеков")
    assert section.model.rowCount() == 1
    section.search.setText("Асанов")
    assert section.model.rowCount() == 0
    section.search.clear()
    section.state.setCurrentIndex(section.state.findData("void"))
    assert section.model.rowCount() == 0
    section.state.setCurrentIndex(0)
    section.template.setCurrentIndex(section.template.findData("employment"))
    assert section.model.rowCount() == 0
    section.template.setCurrentIndex(0)
    assert section.model.rowCount() == 1
    dialog.done(0)


def test_closing_the_preview_leaves_no_gap_and_print_goes_through_qprinter(qtbot, office: Office, section,
                                                                          tmp_path: Path):
    first = section.open_issue("pupil", office.pupil_id)
    first.ask_printer = lambda *_: None          # the user cancels the print dialog
    assert not first.issue_and_print()
    first.done(0)
    assert _count(office) == 0

    second = section.open_issue("pupil", office.pupil_id)
    out = tmp_path / "printed.pdf"
    second.ask_printer = lambda *_: _pdf_printer(out)
    assert second.issue_and_print()
    assert second.last_issued.number == "1"       # no number was lost to the previews
    assert page_count(out.read_bytes(), tmp_path) == 1
    prints = office.session.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'print' AND object_id = ?", (second.last_issued.id,)).fetchone()
    assert prints[0] == 1
    second.done(0)


def test_void_with_a_reason_shows_as_void(qtbot, office: Office, section, tmp_path: Path):
    issued = register.issue(office.session, "study", office.pupil_id, "ky")
    section.refresh()
    section.table.selectRow(0)
    assert section.void_button.isEnabled()
    dialog = section.void_selected()
    dialog.submit()                                # no reason: refused inline, nothing changed
    assert dialog.error.isVisibleTo(dialog) and dialog.isVisible()
    assert register.find(office.session, issued.id)["status"] == "valid"
    dialog.reason.setText("Аты ката жазылган")
    dialog.submit()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: section.model.rows[0]["status"] == "void", timeout=5000)  # via the change bus
    row = section.model.rows[0]
    assert row["status"] == "void" and row["void_reason"] == "Аты ката жазылган"
    status_index = section.model.index(0, section.model.COLUMNS.index("status"))
    assert section.model.data(status_index) != section.model.data(status_index.siblingAtRow(0).siblingAtColumn(0))
    assert "Аты ката жазылган" in section.model.data(status_index, 3)   # tooltip: the reason
    assert not section.reprint_button.isEnabled() and not section.void_button.isEnabled()

    verify = section.verify()
    verify.text.setPlainText(issued.verification)
    assert verify.check() == "void"
    assert "Аты ката жазылган" in verify.result.text()
    # one character changed (never to itself: the code may already end in "A")
    verify.text.setPlainText(issued.verification[:-1] + ("B" if issued.verification.endswith("A") else "A"))
    assert verify.check() == "forged"
    assert verification.verify(office.session, issued.verification).status == "void"


def test_reprint_from_the_register_is_the_same_document(qtbot, office: Office, section, tmp_path: Path):
    issued = register.issue(office.session, "study", office.pupil_id, "ru")
    section.refresh()
    section.table.selectRow(0)
    preview = section.reprint_selected()
    assert preview.data == issued.pdf and preview.preview.page_count() == 1
    target = tmp_path / "again.pdf"
    preview.ask_save_path = lambda *_: target
    assert preview.save_document()
    assert target.read_bytes() == issued.pdf
    preview.done(0)


def _fill_class(office: Office, count: int) -> None:
    for n in range(count):
        pupils.create_pupil(office.session, {"surname": f"Бейшеналиев{n}", "given_name": "Үмөт", "sex": "M",
                                             "birth_date": "2014-02-02"}, class_ref="5-А",
                            admission_date="2020-09-01", order_number="12")


def test_batch_for_a_class_and_a_cancel_that_leaves_nothing_issued(qtbot, office: Office, section, tmp_path: Path,
                                                                     monkeypatch):
    _fill_class(office, 27)                              # 30 pupils
    dialog = section.open_batch(CLASS_CERTIFICATES)
    target = tmp_path / "class.pdf"
    dialog.ask_save_path = lambda *_: target
    results: list[bool] = []
    dialog.finishedWork.connect(results.append)
    with monkeypatch.context() as patch:
        # Held at its first page on the pool: the cancel lands during the rendering, however fast it is.
        hold = Hold().at_progress(patch, place=Place.POOL)
        assert dialog.start()
        qtbot.waitUntil(hold.reached.is_set, timeout=60000)
        assert office.session.conn.in_transaction is False and _count(office) == 0   # numbered, not written
        dialog.cancel_button.click()
        hold.release()
        qtbot.waitUntil(lambda: bool(results), timeout=60000)
    assert results == [False]
    assert dialog.status.text() == dialog.tr("Cancelled: nothing was issued or saved."), dialog.error.text()
    assert _count(office) == 0 and not target.exists()

    results.clear()
    assert dialog.start()                                # again, to the end
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    assert results == [True]
    assert _count(office) == 30 and page_count(target.read_bytes(), tmp_path) == 30
    assert section.model.rowCount() == 30
    dialog.done(0)


def test_class_lists_of_all_classes(qtbot, office: Office, section, tmp_path: Path):
    dialog = section.open_batch(CLASS_LISTS)
    target = tmp_path / "lists.pdf"
    dialog.ask_save_path = lambda *_: target
    results: list[bool] = []
    dialog.finishedWork.connect(results.append)
    assert dialog.start()
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    assert results == [True]
    assert "5-А" in pdftotext(target.read_bytes(), tmp_path)
    dialog.done(0)


def test_a_teacher_cannot_issue(qtbot, office: Office, make_user):
    teacher = make_user("mugalim", "teacher")
    assert not teacher.can(Permission.VIEW_CERTIFICATES)         # the section is not even listed
    with pytest.raises(PermissionDenied):
        register.issue(teacher, "study", office.pupil_id, "ky")
    dialog = IssueCertificateDialog(teacher, "pupil", office.pupil_id)
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isVisibleTo(dialog) and not dialog.save_button.isVisibleTo(dialog)
    assert dialog.error.isVisibleTo(dialog)
    assert _count(office) == 0


def test_lock_clears_the_register_and_closes_its_dialogs(qtbot, school, office: Office, make_shell):
    register.issue(office.session, "study", office.pupil_id, "ky")
    shell = make_shell(school.profile.root)
    sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    section = shell.workspace.open_section("certificates")
    assert isinstance(section, CertificatesSection)
    assert section.model.rowCount() == 1
    model = section.model
    section.open_issue("pupil", office.pupil_id)
    assert _pd_anywhere(NAME)
    shell.request_lock("manual")
    qtbot.waitUntil(lambda: shell.session.state is SessionState.LOCKED, timeout=5000)
    qtbot.wait(50)
    assert model.rowCount() == 0
    assert _pd_anywhere(NAME) == []
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not shell.window]
    assert visible == []
