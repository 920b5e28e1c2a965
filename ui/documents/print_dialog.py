""""Print register": one series for a period, saved as PDF or sent to a printer (the print is audited
by the service)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from app.atomic import write_atomic
from app.documents import register_pdf
from app.documents.model import Series
from app.errors import KenseError
from app.security.session import Session
from ui import i18n
from ui.documents.texts import error_text, series_name
from ui.widgets import error_label, primary, show_error


class PrintRegisterDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, series: Series | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printRegisterDialog")
        self.setWindowTitle(self.tr("Print register"))
        self.session = session
        self.series = QComboBox()
        self.series.setObjectName("printSeries")
        for s in Series:
            self.series.addItem(series_name(s), s.value)
        if series is not None:
            self.series.setCurrentIndex(self.series.findData(series.value))
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), 1, 1))
        self.start.setObjectName("printFrom")
        self.end = QDateEdit(today)
        self.end.setObjectName("printTo")
        for edit in (self.start, self.end):
            edit.setDisplayFormat(i18n.DATE_FORMAT)
            edit.setCalendarPopup(True)
        self.language = QComboBox()
        self.language.setObjectName("printLanguage")
        self.language.addItem("Кыргызча", "ky")
        self.language.addItem("Русский", "ru")
        self.language.setCurrentIndex(1 if i18n.current_language() == "ru" else 0)
        self.error = error_label()
        save = primary(QPushButton(self.tr("Save as PDF…")))
        save.setObjectName("savePdf")
        save.clicked.connect(self.save_pdf)
        send = QPushButton(self.tr("Print…"))
        send.setObjectName("printButton")
        send.clicked.connect(self.print_now)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(send)
        buttons.addWidget(save)
        form = QFormLayout(self)
        form.addRow(self.tr("Register:"), self.series)
        form.addRow(self.tr("From:"), self.start)
        form.addRow(self.tr("To:"), self.end)
        form.addRow(self.tr("Language of the printout:"), self.language)
        form.addRow("", self.error)
        form.addRow(buttons)
        self.setMinimumWidth(560)

    def render(self) -> bytes | None:
        start: date = self.start.date().toPython()
        end: date = self.end.date().toPython()
        try:
            return register_pdf.print_register(self.session, Series(self.series.currentData()), start, end,
                                               lang=str(self.language.currentData()))
        except KenseError as exc:
            show_error(self.error, error_text(exc))
            return None

    def default_name(self) -> str:
        return f"register-{self.series.currentData()}-{self.start.date().toString('yyyy-MM-dd')}" \
               f"-{self.end.date().toString('yyyy-MM-dd')}.pdf"

    def save_to(self, path: Path) -> bool:
        data = self.render()
        if data is None:
            return False
        try:
            write_atomic(path, data)
        except OSError:
            show_error(self.error, self.tr("The file could not be written there. Choose another folder."))
            return False
        show_error(self.error, "")
        return True

    def save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the register as PDF"), self.default_name(),
                                              self.tr("PDF files (*.pdf)"))
        if name:
            if not name.lower().endswith(".pdf"):
                name += ".pdf"
            if self.save_to(Path(name)):
                self.accept()

    def print_now(self) -> None:
        from ui.printing import print_pdf

        data = self.render()
        if data is not None and print_pdf(data, self.windowTitle(), self):
            self.accept()
