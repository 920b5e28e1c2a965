"""The "Register document" dialog: fields checked as they are typed, in the user's language; the
correspondent chosen from the reference list or typed freely; a duplicate is shown as the entry that
already exists, with a button that opens it. A reply is the same dialog, tied to the incoming letter."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.admin import users
from app.documents import correspondents
from app.documents import register as register_service
from app.documents.model import SERVICE_SERIES, Kind, Series
from app.documents.queries import Head
from app.errors import Conflict, InvalidInput, KenseError
from app.security.roles import Permission
from app.security.session import Session
from ui import i18n
from ui.documents.texts import error_text, series_name
from ui.pdf_viewer import fit_to_screen
from ui.unsaved import close_without_asking, may_close
from ui.widgets import error_label, label, notice_frame, primary, show_error

_DATE = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")
_FIELD_OF_ERROR = {
    "documents.subject_required": "subject",
    "documents.their_pair": "their",
    "documents.due_before_registration": "due",
    "documents.restricted_assignee": "executor",
    "documents.user_inactive": "executor",
    "user.not_found": "executor",
    "documents.file_empty": "files",
    "documents.file_too_large": "files",
    "documents.file_same_twice": "files",
    "error.file_unreadable": "files",
    "documents.bad_prefix": "index",
}


def parse_user_date(text: str) -> date | None:
    """dd.mm.yyyy (also with / or -) or ISO; None when empty. Raises ValueError when not a date."""
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    return date.fromisoformat(text)


def assignable_users(session: Session) -> list[tuple[str, str]]:
    """(login, display name) of active users, when this user may see the list; else empty."""
    if not session.can(Permission.VIEW_USERS):
        return []
    try:
        return [(u.login, f"{u.full_name} ({u.login})" if u.full_name else u.login)
                for u in users.list_users(session, include_disabled=False)]
    except KenseError:
        return []


class RegisterDialog(QDialog):
    """Registers one document (or, with ``reply_to``, the outgoing reply to an incoming letter)."""

    openRequested = Signal(str)   # the id of an existing entry the user wants to see

    def __init__(self, session: Session, parent: QWidget | None = None, *, reply_to: Head | None = None,
                 series: Series | None = None, reserved: Head | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerDialog")
        self.session = session
        self.reply_to = reply_to
        self.reserved = reserved      # an order whose number was reserved: registered under that number
        self.result_number = ""
        self.result_id = ""
        self.duplicate_id = ""
        self.files: list[Path] = []
        if reserved is not None:
            self.setWindowTitle(self.tr("Register the signed order No. %1").replace("%1", reserved.number))
        else:
            self.setWindowTitle(self.tr("Reply to letter No. %1").replace("%1", reply_to.number) if reply_to
                                else self.tr("Register document"))

        self.series = QComboBox()
        self.series.setObjectName("series")
        for s in Series:
            if s not in SERVICE_SERIES:   # incident reports come through their own form
                self.series.addItem(series_name(s), s.value)
        if reply_to is not None:
            series = Series.OUTGOING
        if reserved is not None:
            series = reserved.series
        if series is not None:
            self.series.setCurrentIndex(self.series.findData(series.value))
        self.series.setEnabled(reply_to is None and reserved is None)
        self.series.currentIndexChanged.connect(self._series_changed)

        self.reg_date = QDateEdit(QDate.currentDate())
        self.reg_date.setObjectName("regDate")
        self.reg_date.setDisplayFormat(i18n.DATE_FORMAT)
        self.reg_date.setCalendarPopup(True)
        if reserved is not None:      # the date the number was taken on; it cannot change
            self.reg_date.setDate(QDate.fromString(reserved.reg_date, "yyyy-MM-dd"))
            self.reg_date.setEnabled(False)

        self.correspondent = QComboBox()
        self.correspondent.setObjectName("correspondent")
        self.correspondent.setEditable(True)
        self.correspondent.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.correspondent.addItem("")
        try:
            for c in correspondents.list_all(session):
                if c.active:
                    self.correspondent.addItem(c.name, c.id)
        except KenseError:
            pass
        completer = QCompleter([self.correspondent.itemText(i) for i in range(1, self.correspondent.count())], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.correspondent.setCompleter(completer)
        self.correspondent.lineEdit().setPlaceholderText(self.tr("Choose from the list or type the name"))
        if reply_to is not None:
            self.correspondent.setEditText(reply_to.correspondent_text)
            self.correspondent.setEnabled(False)

        self.their_number = QLineEdit()
        self.their_number.setObjectName("theirNumber")
        self.their_number.setPlaceholderText(self.tr("e.g. 02-15/123"))
        self.their_date = QLineEdit()
        self.their_date.setObjectName("theirDate")
        self.their_date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.their_date.setMaximumWidth(160)
        their_row = QHBoxLayout()
        their_row.addWidget(self.their_number, 2)
        their_row.addWidget(QLabel(self.tr("of")))
        their_row.addWidget(self.their_date, 1)

        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.setPlaceholderText(self.tr("What the document is about"))
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setFixedHeight(80)

        self.executor = QComboBox()
        self.executor.setObjectName("executor")
        self.executor.addItem(self.tr("— nobody yet —"), "")
        for login, name in assignable_users(session):
            self.executor.addItem(name, login)
        self.due = QLineEdit()
        self.due.setObjectName("due")
        self.due.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.due.setMaximumWidth(160)

        self.restricted = QCheckBox(self.tr("Restricted: only the director and the administrator may see it"))
        self.restricted.setObjectName("restricted")
        self.restricted.setVisible(session.can(Permission.VIEW_RESTRICTED_DOCUMENTS) and reply_to is None)

        self.file_list = QListWidget()
        self.file_list.setObjectName("fileList")
        self.file_list.setFixedHeight(64)
        add_file = QPushButton(self.tr("Add file…"))
        add_file.setObjectName("addFile")
        add_file.clicked.connect(self._choose_files)
        remove_file = QPushButton(self.tr("Remove"))
        remove_file.clicked.connect(self._remove_file)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(add_file)
        file_buttons.addWidget(remove_file)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_list, 1)
        file_row.addLayout(file_buttons)

        self.errors = {key: error_label() for key in ("correspondent", "their", "subject", "executor", "due",
                                                        "files", "index")}
        self.general_error = error_label()
        self.general_error.setObjectName("generalError")

        self.duplicate_frame = notice_frame("danger")
        self.duplicate_frame.setObjectName("duplicateNotice")
        dup_row = QHBoxLayout(self.duplicate_frame)
        self.duplicate_text = label()
        self.duplicate_text.setObjectName("duplicateText")
        self.open_duplicate = QPushButton(self.tr("Open it"))
        self.open_duplicate.setObjectName("openDuplicate")
        self.open_duplicate.clicked.connect(self._open_duplicate)
        dup_row.addWidget(self.duplicate_text, 1)
        dup_row.addWidget(self.open_duplicate)
        self.duplicate_frame.setVisible(False)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Register:"), self.series)
        form.addRow(self.tr("Registration date:"), self.reg_date)
        self.correspondent_label = QLabel(self.tr("Correspondent:"))
        form.addRow(self.correspondent_label, self.correspondent)
        form.addRow("", self.errors["correspondent"])
        self.their_label = QLabel(self.tr("Sender's number and date:"))
        form.addRow(self.their_label, their_row)
        form.addRow("", self.errors["their"])
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow("", self.errors["subject"])
        form.addRow(self.tr("Summary:"), self.summary)
        form.addRow(self.tr("Executor:"), self.executor)
        form.addRow("", self.errors["executor"])
        form.addRow(self.tr("Due date:"), self.due)
        form.addRow("", self.errors["due"])
        form.addRow("", self.restricted)
        form.addRow(self.tr("Files:"), file_row)
        form.addRow("", self.errors["files"])
        self._form = form

        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)

        self.ok_button = primary(QPushButton(self.tr("Register")))
        self.ok_button.setObjectName("registerButton")
        # Enter in a field never registers (a stray Enter once registered a letter with only a subject):
        # no button of this dialog is a default one, and the Register button asks first.
        self.ok_button.clicked.connect(self.confirm_and_submit)
        self.ask_confirm = self._ask_confirm    # a test answers here
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.duplicate_frame)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        for push in self.findChildren(QPushButton):
            push.setAutoDefault(False)
            push.setDefault(False)
        fit_to_screen(self, 780, 620)

        self.subject.textEdited.connect(lambda _: self._check_field("subject"))
        self.their_number.textEdited.connect(lambda _: self._check_field("their"))
        self.their_date.editingFinished.connect(lambda: self._check_field("their"))
        self.due.editingFinished.connect(lambda: self._check_field("due"))
        self._series_changed()
        self.subject.setFocus() if reply_to else self.series.setFocus()

    # ----------------------------------------------------------------- state
    def current_series(self) -> Series:
        return Series(self.series.currentData())

    def _series_changed(self) -> None:
        letter = self.current_series() in (Series.INCOMING, Series.OUTGOING)
        for widget in (self.correspondent, self.correspondent_label):
            widget.setVisible(letter)
        incoming = self.current_series() is Series.INCOMING
        for widget in (self.their_label, self.their_number, self.their_date):
            widget.setVisible(incoming)
        self._form.setRowVisible(self.their_label, incoming)
        self._form.setRowVisible(self.correspondent_label, letter)

    def fields(self) -> dict[str, Any]:
        """What is typed so far (also the draft kept on lock)."""
        return {"series": self.series.currentData(), "reg_date": self.reg_date.date().toString("yyyy-MM-dd"),
                "correspondent": self.correspondent.currentText(), "their_number": self.their_number.text(),
                "their_date": self.their_date.text(), "subject": self.subject.text(),
                "summary": self.summary.toPlainText(), "executor": self.executor.currentData() or "",
                "due": self.due.text(), "restricted": self.restricted.isChecked(),
                "reply_to": self.reply_to.id if self.reply_to else None}

    def set_fields(self, data: dict[str, Any]) -> None:
        index = self.series.findData(data.get("series"))
        if index >= 0 and self.reply_to is None:
            self.series.setCurrentIndex(index)
        day = QDate.fromString(str(data.get("reg_date", "")), "yyyy-MM-dd")
        if day.isValid():
            self.reg_date.setDate(day)
        if self.reply_to is None:
            self.correspondent.setEditText(str(data.get("correspondent", "")))
        self.their_number.setText(str(data.get("their_number", "")))
        self.their_date.setText(str(data.get("their_date", "")))
        self.subject.setText(str(data.get("subject", "")))
        self.summary.setPlainText(str(data.get("summary", "")))
        self.executor.setCurrentIndex(max(0, self.executor.findData(data.get("executor", ""))))
        self.due.setText(str(data.get("due", "")))
        self.restricted.setChecked(bool(data.get("restricted")))

    def reject(self) -> None:
        if may_close(self, self.has_input, self._save_from_prompt, self.tr("Register")):
            super().reject()

    def _save_from_prompt(self) -> bool:
        self.submit()
        return bool(self.result_id)

    def has_input(self) -> bool:
        return any((self.subject.text().strip(), self.summary.toPlainText().strip(), self.their_number.text().strip(),
                    self.files, self.reply_to is None and self.correspondent.currentText().strip()))

    # ----------------------------------------------------------------- files
    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose files to attach"))
        for name in names:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        if path not in self.files:
            self.files.append(path)
            self.file_list.addItem(path.name)
        show_error(self.errors["files"], "")

    def _remove_file(self) -> None:
        row = self.file_list.currentRow()
        if 0 <= row < len(self.files):
            self.files.pop(row)
            self.file_list.takeItem(row)

    # ----------------------------------------------------------------- validation
    def _check_field(self, key: str) -> str:
        """Check one field now; show the message under it (or clear it). Returns the message."""
        message = ""
        if key == "subject" and not self.subject.text().strip():
            message = self.tr("Write what the document is about.")
        elif key == "their" and self.current_series() is Series.INCOMING:
            number, day = self.their_number.text().strip(), self.their_date.text().strip()
            try:
                parse_user_date(day)
            except ValueError:
                message = self.tr("Write the date as 01.09.2025.")
            else:
                if bool(number) != bool(day) and (self.their_date.hasFocus() is False or day):
                    message = self.tr("Give both the sender's number and its date, or neither.")
        elif key == "due":
            try:
                due = parse_user_date(self.due.text())
            except ValueError:
                message = self.tr("Write the date as 01.09.2025.")
            else:
                if due is not None and due < self.reg_date.date().toPython():
                    message = self.tr("The due date cannot be before the registration date.")
        show_error(self.errors[key], message)
        return message

    def validate(self) -> bool:
        messages = [self._check_field(key) for key in ("their", "subject", "due")]
        return not any(messages)

    # ----------------------------------------------------------------- registering
    def confirmation_text(self) -> str:
        series = self.current_series()
        subject = self.subject.text().strip()
        lines = [self.tr("Register in the %1 register?").replace("%1", series_name(series))]
        if subject:
            lines.append(self.tr("Subject: %1").replace("%1", subject))
        correspondent = self.correspondent.currentText().strip() if series in (Series.INCOMING, Series.OUTGOING) \
            else ""
        if correspondent:
            lines.append(self.tr("Correspondent: %1").replace("%1", correspondent))
        lines.append(self.tr("Files: %1").replace("%1", str(len(self.files))))
        lines.append("")
        lines.append(self.tr("The registration number is taken for good: it is never given to another document, "
                             "even if this one is corrected later."))
        return "\n".join(lines)

    def _ask_confirm(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Register the document"), text,
                          QMessageBox.StandardButton.NoButton, self)
        register_button = box.addButton(self.tr("Register"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(register_button)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is register_button

    def confirm_and_submit(self) -> bool:
        """The Register button: check the fields, ask, then register."""
        show_error(self.general_error, "")
        if not self.validate():
            return False
        if not self.ask_confirm(self.confirmation_text()):
            return False
        self.submit()
        return bool(self.result_id)

    def submit(self) -> None:
        show_error(self.general_error, "")
        self.duplicate_frame.setVisible(False)
        if not self.validate():
            return
        series = self.current_series()
        letter = series in (Series.INCOMING, Series.OUTGOING)
        kind = Kind.ORDER if series.value.startswith("order") else Kind(series.value)
        try:
            if self.reserved is not None:
                result = register_service.register_order(
                    self.session, series, subject=self.subject.text(), summary=self.summary.toPlainText(),
                    reserved_id=self.reserved.id, files=self.files, executor=self.executor.currentData() or None,
                    due=parse_user_date(self.due.text()),
                    access_level="restricted" if self.restricted.isChecked() else "normal")
            elif self.reply_to is not None:
                result = register_service.reply(
                    self.session, self.reply_to.id, subject=self.subject.text(), summary=self.summary.toPlainText(),
                    files=self.files, executor=self.executor.currentData() or None,
                    due=parse_user_date(self.due.text()), reg_date=self.reg_date.date().toPython())
            else:
                result = register_service.register(
                    self.session, kind=kind, series=series, subject=self.subject.text(),
                    summary=self.summary.toPlainText(),
                    correspondent=self.correspondent.currentText() if letter else None,
                    their_number=self.their_number.text() if series is Series.INCOMING else None,
                    their_date=parse_user_date(self.their_date.text()) if series is Series.INCOMING else None,
                    files=self.files, executor=self.executor.currentData() or None,
                    due=parse_user_date(self.due.text()),
                    access_level="restricted" if self.restricted.isChecked() else "normal",
                    reg_date=self.reg_date.date().toPython())
        except Conflict as exc:
            if exc.key in ("documents.duplicate_reference", "documents.duplicate_file"):
                self._show_duplicate(exc)
            else:
                show_error(self.general_error, error_text(exc))
            return
        except InvalidInput as exc:
            field = _FIELD_OF_ERROR.get(exc.key)
            show_error(self.errors[field] if field else self.general_error, error_text(exc))
            return
        except KenseError as exc:
            field = _FIELD_OF_ERROR.get(exc.key)
            show_error(self.errors[field] if field else self.general_error, error_text(exc))
            return
        self.result_id, self.result_number = result.id, result.number
        self.accept()

    def _show_duplicate(self, exc: Conflict) -> None:
        self.duplicate_id = str(exc.params.get("id", ""))
        number = str(exc.params.get("number", ""))
        day = i18n.format_date(str(exc.params.get("date", "")))
        if exc.key == "documents.duplicate_file":
            text = self.tr("The file «%1» is already registered as No. %2 of %3.") \
                .replace("%1", str(exc.params.get("filename", ""))).replace("%2", number).replace("%3", day)
        else:
            text = self.tr("This is already registered as No. %1 of %2.").replace("%1", number).replace("%2", day)
        self.duplicate_text.setText(text + " " + self.tr("Nothing new was registered."))
        self.duplicate_frame.setVisible(True)
        self.open_duplicate.setFocus()

    def _open_duplicate(self) -> None:
        if self.duplicate_id:
            self.openRequested.emit(self.duplicate_id)
            close_without_asking(self)  # nothing new to keep: the entry exists
