"""Batches into one PDF, off the GUI thread with a progress bar and Cancel: the study certificates of a
whole class (each registered) and the class lists of all classes.

The file is chosen (and a refused removable drive refused) before the work starts. The work runs in
three phases (``ui.tasks``): read the pupils and number the certificates on the database worker, render
the PDF on the pool without holding the database, then write the register in one transaction on the
database worker — so a cancel or a lock before that write leaves nothing issued, and a number taken
meanwhile by another issuer means reading and rendering again. The PDF is saved on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.certificates import output, printing, register
from app.errors import KenseError
from app.people import classes as classes_service
from app.security.session import Session
from ui.certificates import common
from ui.tasks import Task, manager
from ui.widgets import error_label, label, primary, show_error

CLASS_CERTIFICATES = "class_certificates"
CLASS_LISTS = "class_lists"


class BatchDialog(QDialog):
    finishedWork = Signal(bool)  # True when the PDF was saved

    def __init__(self, session: Session, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.session = session
        self.kind = kind
        self.task: Task | None = None
        self._cancelled = False
        self._attempts = 0
        self.path: Path | None = None
        self.result_pdf = b""
        self.ask_save_path: common.PathAsker = common.ask_save_path
        self.setWindowTitle(self.tr("Study certificates for a whole class") if kind == CLASS_CERTIFICATES
                            else self.tr("Class lists of all classes"))

        form = QFormLayout()
        self.klass = QComboBox()
        self.klass.setObjectName("batchClass")
        self.purpose = QLineEdit()
        self.purpose.setObjectName("batchPurpose")
        self.purpose.setMaxLength(register.MAX_PURPOSE)
        self.purpose.setPlaceholderText(self.tr("empty: “to whom it may concern”"))
        if kind == CLASS_CERTIFICATES:
            try:
                for item in classes_service.list_classes(session):
                    self.klass.addItem(f"{item.name} ({item.pupils})", item.id)
            except KenseError as exc:
                self.klass.setEnabled(False)
                self.klass.addItem(common.error_text(exc), "")
            form.addRow(self.tr("Class:"), self.klass)
            form.addRow(self.tr("Purpose:"), self.purpose)
        self.language = QComboBox()
        self.language.setObjectName("batchLanguage")
        self.language.addItem("Кыргызча", "ky")
        self.language.addItem("Русский", "ru")
        form.addRow(self.tr("Language:"), self.language)

        self.bar = QProgressBar()
        self.bar.setObjectName("batchProgress")
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status = label("", "hint")
        self.status.setObjectName("batchStatus")
        self.error = error_label()
        self.error.setObjectName("batchError")
        self.start_button = primary(QPushButton(self.tr("Make the PDF…")))
        self.start_button.setObjectName("startButton")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.start_button, self.cancel_button, self.close_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        if kind == CLASS_CERTIFICATES:
            layout.addWidget(label(self.tr("Every pupil of the class gets a numbered certificate; all of them go "
                                           "into one PDF file.")))
        else:
            layout.addWidget(label(self.tr("The lists of every class of the current school year in one PDF file.")))
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.setMinimumWidth(560)

    # ----------------------------------------------------------------- work
    def start(self) -> bool:
        if self.kind == CLASS_CERTIFICATES and not self.klass.currentData():
            show_error(self.error, self.tr("Choose a class."))
            return False
        suggested = common.file_name(self.windowTitle())
        path = self.ask_save_path(suggested, self)
        if path is None:
            return False
        try:
            output.check_destination(self.session, path, object_type="certificate")
        except Exception as exc:
            show_error(self.error, common.error_text(exc))
            return False
        self.path = path
        show_error(self.error, "")
        self.status.setText(self.tr("Working…"))
        self.bar.setRange(0, 0)
        self._running(True)
        self._cancelled = False
        self._attempts = 0
        self._read()
        return True

    def _read(self) -> None:
        """Phase one, on the database worker: the records (reveals audited) and, for certificates, the numbers."""
        lang = self.language.currentData()
        if self.kind == CLASS_CERTIFICATES:
            class_id, purpose = self.klass.currentData(), self.purpose.text()

            def work(db: Session, progress: Any, cancelled: Any) -> Any:
                return register.prepare_class(db, "study", class_id, lang, purpose, cancelled=cancelled,
                                              progress=lambda done, total, text: progress(done, 2 * total, text))
        else:
            def work(db: Session, progress: Any, cancelled: Any) -> Any:
                return printing.read_class_lists(db, lang, progress=progress, cancelled=cancelled)
        self.task = manager().run_db(self.session, work, on_result=self._render, on_error=self._failed,
                                     on_progress=self._progress, owner=self)

    def _render(self, read: Any) -> None:
        """Phase two, on the pool with no database: the PDF."""
        if self._cancelled:
            self._failed(register.Cancelled())
            return
        if isinstance(read, register.Batch):
            pages = len(read.items)

            def work(progress: Any, cancelled: Any) -> Any:
                def page_done(page: int) -> None:
                    if cancelled():
                        raise register.Cancelled()
                    progress(pages + page, 2 * pages, "")
                return register.render(read, on_page=page_done)
        else:
            def work(progress: Any, cancelled: Any) -> Any:
                if cancelled():
                    raise register.Cancelled()
                return printing.render_class_lists(read)
        self.task = manager().run(work, session=self.session, on_result=lambda rendered: self._write(read, rendered),
                                  on_error=self._failed, on_progress=self._progress, owner=self)

    def _write(self, read: Any, rendered: Any) -> None:
        """Phase three, on the database worker: the register in one transaction (or the print audit)."""
        if self._cancelled:
            self._failed(register.Cancelled())
            return

        def work(db: Session, progress: Any, cancelled: Any) -> bytes:
            if cancelled():
                raise register.Cancelled()
            if isinstance(read, register.Batch):
                register.commit(db, read, rendered)
                return bytes(rendered.pdf)
            printing.audit_class_lists(db, read)
            return bytes(rendered)
        self.task = manager().run_db(self.session, work, on_result=self._done, on_error=self._write_failed,
                                     owner=self)

    def _write_failed(self, exc: BaseException) -> None:
        if isinstance(exc, register.NumbersTaken) and self._attempts + 1 < register.NUMBERING_ATTEMPTS \
                and not self._cancelled:
            self._attempts += 1   # another issuer took the numbers: read, number and render again
            self._read()
            return
        self._failed(exc)

    def cancel(self) -> None:
        if self.task is not None and not self.task.done:
            self._cancelled = True
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.close_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for widget in (self.klass, self.purpose, self.language):
            widget.setEnabled(not running)

    def _progress(self, done: int, total: int, _text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _done(self, pdf: bytes) -> None:
        self._running(False)
        self.task = None
        if not pdf or self.path is None:
            self.status.setText(self.tr("Cancelled: nothing was issued or saved."))
            self.finishedWork.emit(False)
            return
        object_type = "certificate" if self.kind == CLASS_CERTIFICATES else "class"
        try:
            output.save_pdf(self.session, self.path, pdf, object_type=object_type, detail={"form": self.kind})
        except Exception as exc:
            show_error(self.error, common.error_text(exc))
            self.finishedWork.emit(False)
            return
        self.result_pdf = pdf
        self.status.setText(self.tr("Saved: %1").replace("%1", str(self.path)))
        self.finishedWork.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self._running(False)
        self.task = None
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if isinstance(exc, register.Cancelled):
            self.status.setText(self.tr("Cancelled: nothing was issued or saved."))
        else:
            self.status.setText("")
            show_error(self.error, common.error_text(exc))
        self.finishedWork.emit(False)

    def reject(self) -> None:
        self.cancel()  # closing while working cancels (a lock closes this dialog too: never blocked)
        super().reject()

    def done(self, result: int) -> None:
        self.result_pdf = b""
        super().done(result)
