""""I saw something": the incident report form (regulation 6.10), from the Help menu and the lock screen.

Signed in, the report is filed under the user's own session. On the sign-in or lock screen nobody is
signed in, so the form also asks for a login and password: a session is opened for the report alone,
the report commits (register, incident row, district outbox, audit — one transaction) and that session
closes again at once. After filing the form shows the register number.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.desk import incidents
from app.desk.incidents import Filed
from app.errors import KenseError
from app.security.session import Session
from ui import i18n
from ui.widgets import error_label, label, password_field, primary, show_error

SignIn = Callable[[str, str], Session]   # (login, password) -> a fresh session of that user


def _text_box(name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)   # Tab moves on, as in every other field of the form
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class IncidentDialog(QDialog):
    """``session``: the signed-in user's; without one, ``sign_in`` opens a session for the report only."""

    def __init__(self, session: Session | None = None, *, sign_in: SignIn | None = None, login: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if session is None and sign_in is None:
            raise ValueError("a session or a way to sign in")
        self.setObjectName("incidentDialog")
        self.setWindowTitle(self.tr("Report an incident"))
        self.setMinimumWidth(620)
        self.session = session
        self._sign_in = sign_in
        self.filed: Filed | None = None

        intro = label(self.tr(
            "Saw or suspect that personal data was seen, copied, changed or lost by someone who should not "
            "have? Tell the person responsible for personal data. The report is registered and she is told."))
        self.summary = _text_box("incidentSummary", 3)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("incidentDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setDateRange(QDate(2000, 1, 1), QDate.currentDate())
        self.time_known = QCheckBox(self.tr("at"))
        self.time_known.setObjectName("incidentTimeKnown")
        self.time = QTimeEdit(QTime.currentTime())
        self.time.setObjectName("incidentTime")
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(False)
        self.time_known.toggled.connect(self.time.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.time_known)
        when.addWidget(self.time)
        when.addStretch(1)
        self.data_box = _text_box("incidentData", 2)
        self.data_box.setPlaceholderText(self.tr("for example: the marks of class 5-А, a pupil's address"))
        self.done_box = _text_box("incidentDone", 2)
        self.done_box.setPlaceholderText(self.tr("for example: locked the screen, put the journal in the safe"))
        self.severity = QComboBox()
        self.severity.setObjectName("incidentSeverity")
        for code, text in (("low", self.tr("low")), ("medium", self.tr("medium")), ("high", self.tr("high"))):
            self.severity.addItem(text, code)
        self.severity.setCurrentIndex(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.login: QLineEdit | None = None
        self.password: QLineEdit | None = None
        if session is None:
            self.login = QLineEdit(login)
            self.login.setObjectName("incidentLogin")
            self.password = password_field()
            self.password.setObjectName("incidentPassword")
            form.addRow(self.tr("Your login:"), self.login)
            form.addRow(self.tr("Your password:"), self.password)
        form.addRow(self.tr("What happened:"), self.summary)
        form.addRow(self.tr("When:"), when)
        form.addRow(self.tr("What data it concerns:"), self.data_box)
        form.addRow(self.tr("What was done:"), self.done_box)
        form.addRow(self.tr("How serious:"), self.severity)

        self.error = error_label()
        self.error.setObjectName("incidentError")
        self.result_text = label("", "subheading")
        self.result_text.setObjectName("incidentResult")
        self.result_text.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.send = primary(self.buttons.addButton(self.tr("Send the report"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole))
        self.send.setObjectName("incidentSend")
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.form_part = QWidget()
        form_column = QVBoxLayout(self.form_part)
        form_column.setContentsMargins(0, 0, 0, 0)
        form_column.addWidget(intro)
        form_column.addLayout(form)
        form_column.addWidget(self.error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_part)
        layout.addWidget(self.result_text)
        layout.addWidget(self.buttons)
        first = self.login if self.login is not None and not login else self.password or self.summary
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def when(self) -> datetime | str:
        day = self.day.date()
        if not self.time_known.isChecked():
            return day.toString("yyyy-MM-dd")
        return QDateTime(day, self.time.time()).toPython().replace(second=0, microsecond=0)

    def submit(self) -> None:
        if self.filed is not None:
            self.accept()
            return
        lang = i18n.current_language()
        if self.login is not None and self.password is not None:
            if not self.login.text().strip():
                show_error(self.error, self.tr("Type your login."))
                self.login.setFocus()
                return
            if not self.password.text():
                show_error(self.error, self.tr("Type your password."))
                self.password.setFocus()
                return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.filed = self._file(lang)
        except KenseError as exc:
            show_error(self.error, exc.message(lang))
            return
        except Exception:  # never a traceback on this form
            show_error(self.error, self.tr("Something unexpected went wrong. Nothing was registered."))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            if self.password is not None:
                self.password.clear()
        self._show_filed(self.filed)

    def _file(self, lang: str) -> Filed:
        # Checked before anyone is signed in: a typo costs no sign-in (and leaves no audit entry).
        report = incidents.prepare_report(summary=self.summary.toPlainText(), when=self.when(),
                                          data=self.data_box.toPlainText(), done=self.done_box.toPlainText(),
                                          severity=self.severity.currentData(), lang=lang)
        if self.session is not None:
            return incidents.file_report(self.session, report)
        assert self._sign_in is not None and self.login is not None and self.password is not None
        own = self._sign_in(self.login.text().strip(), self.password.text())
        try:
            return incidents.file_report(own, report)
        finally:
            own.close()   # opened for this report only

    def _show_filed(self, filed: Filed) -> None:
        self.form_part.setVisible(False)
        text = self.tr("Registered under No. %1.").replace("%1", filed.number)
        if filed.responsible:
            text += " " + self.tr("%1, the person responsible for personal data, will look at it.").replace(
                "%1", filed.responsible)
        self.result_text.setText(text)
        self.result_text.setVisible(True)
        self.send.setText(self.tr("Close"))
        self.cancel.setVisible(False)
        self.adjustSize()

