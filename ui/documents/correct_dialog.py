"""Correcting a registered document: subject, summary, correspondent, the sender's number and date.
The number, kind and registration date never change; the correction becomes a new version with its
reason, shown in the card's movement and kept in the audit log (app.documents.register.correct)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.documents import register
from app.documents.model import Document
from app.errors import KenseError
from app.security.session import Session
from ui import i18n
from ui.documents.register_dialog import parse_user_date
from ui.documents.texts import error_text
from ui.unsaved import may_close
from ui.widgets import error_label, show_error


class CorrectDialog(QDialog):
    def __init__(self, session: Session, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctDialog")
        self.setWindowTitle(self.tr("Correct the registration of %1").replace("%1", document.number))
        self.session, self.document = session, document
        row = document.row
        self.subject = QLineEdit(row.subject)
        self.subject.setObjectName("correctSubject")
        self.summary = QPlainTextEdit(document.summary)
        self.summary.setObjectName("correctSummary")
        self.summary.setMaximumHeight(90)
        self.correspondent = QLineEdit(row.correspondent)
        self.correspondent.setObjectName("correctCorrespondent")
        self.their_number = QLineEdit(row.their_number)
        self.their_number.setObjectName("correctTheirNumber")
        self.their_date = QLineEdit(i18n.format_date(row.their_date) if row.their_date else "")
        self.their_date.setObjectName("correctTheirDate")
        self.their_date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.reason = QLineEdit()
        self.reason.setObjectName("correctReason")
        self.reason.setPlaceholderText(self.tr("e.g. a typing error in the subject"))
        form = QFormLayout()
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Summary:"), self.summary)
        form.addRow(self.tr("Correspondent:"), self.correspondent)
        form.addRow(self.tr("Sender's number:"), self.their_number)
        form.addRow(self.tr("Sender's date:"), self.their_date)
        form.addRow(self.tr("Reason for the correction:"), self.reason)
        self.message = error_label()
        self.message.setObjectName("correctMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 380)

    def changes(self) -> dict[str, Any]:
        """Only what the user changed: an unchanged correspondent keeps its link to the directory."""
        row = self.document.row
        found: dict[str, Any] = {}
        if self.subject.text().strip() != row.subject:
            found["subject"] = self.subject.text()
        if self.summary.toPlainText().strip() != self.document.summary:
            found["summary"] = self.summary.toPlainText()
        if self.correspondent.text().strip() != row.correspondent:
            found["correspondent"] = self.correspondent.text()
        if self.their_number.text().strip() != row.their_number:
            found["their_number"] = self.their_number.text()
        day = parse_user_date(self.their_date.text())
        if (day.isoformat() if day else None) != row.their_date:
            found["their_date"] = day.isoformat() if day else None
        return found

    def _changed(self) -> bool:
        try:
            return bool(self.changes() or self.reason.text().strip())
        except ValueError:  # a half-typed date is a change too
            return True

    def reject(self) -> None:
        if may_close(self, self._changed, self.submit):
            super().reject()

    def submit(self) -> bool:
        show_error(self.message, "")
        if not self.reason.text().strip():
            show_error(self.message, self.tr("Say why the registration is corrected."))
            self.reason.setFocus()
            return False
        try:
            changes = self.changes()
        except ValueError:
            show_error(self.message, self.tr("The sender's date is not a date (dd.mm.yyyy)."))
            self.their_date.setFocus()
            return False
        try:
            register.correct(self.session, self.document.id, changes, reason=self.reason.text().strip())
        except KenseError as exc:
            show_error(self.message, error_text(exc))
            return False
        self.accept()
        return True
