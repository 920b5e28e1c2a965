"""A rendered document (a reprint, a class list, a report) shown before it is printed or saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from app.certificates import output
from app.security.session import Session
from ui.certificates import common
from ui.printing import paint_pdf
from ui.widgets import error_label, label, primary, show_error


class PdfPreviewDialog(QDialog):
    def __init__(self, session: Session, data: bytes, title: str, file_name: str, *, object_type: str,
                 object_id: str = "", detail: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreviewDialog")
        self.setWindowTitle(title)
        self.session = session
        self.data = data
        self.file_name = file_name
        self.audit = {"object_type": object_type, "object_id": object_id, "detail": detail or {}}
        self.ask_printer: common.PrinterAsker = common.ask_printer
        self.ask_save_path: common.PathAsker = common.ask_save_path

        self.preview = common.PdfPreview(self)
        pages = self.preview.load(data)
        self.info = label(self.tr("Pages: %1").replace("%1", str(pages)), "hint")
        self.error = error_label()
        self.print_button = primary(QPushButton(self.tr("Print…")))
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("saveButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)

        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        common.fit_to_screen(self, 820, 900)

    def print_document(self) -> bool:
        printer = self.ask_printer(self.windowTitle(), self)
        if printer is None:
            return False
        try:
            self.session.audit_now("print", self.audit["object_type"], self.audit["object_id"],
                                   {"printer": True, **self.audit["detail"]})
        except Exception as exc:
            show_error(self.error, common.error_text(exc))
            return False
        paint_pdf(self.data, printer)
        show_error(self.error, "")
        self.info.setText(self.tr("Sent to the printer."))
        return True

    def save_document(self) -> bool:
        path = self.ask_save_path(self.file_name, self)
        if path is None:
            return False
        try:
            output.save_pdf(self.session, path, self.data, object_type=self.audit["object_type"],
                            object_id=self.audit["object_id"], detail=self.audit["detail"])
        except Exception as exc:
            show_error(self.error, common.error_text(exc))
            return False
        show_error(self.error, "")
        self.info.setText(self.tr("Saved: %1").replace("%1", str(path)))
        return True

    def done(self, result: int) -> None:
        self.preview.clear()
        self.data = b""
        super().done(result)
