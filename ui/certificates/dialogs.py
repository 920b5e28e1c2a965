"""Small dialogs of the certificates section: void with a reason, verify a QR text, pick a person, the
period of the movement report."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.certificates import register, verification
from app.errors import KenseError
from app.people import pupils as pupils_service
from app.people import staff as staff_service
from app.people.names import full_name
from app.security.session import Session
from ui import i18n
from ui.certificates import common
from ui.certificates.issue_dialog import template_title
from ui.widgets import error_label, label, show_error


class VoidDialog(QDialog):
    """Void a certificate: the reason is required (it is shown when the QR is checked)."""

    def __init__(self, session: Session, cert: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voidDialog")
        self.setWindowTitle(self.tr("Void certificate № %1").replace("%1", cert["number"]))
        self.session = session
        self.cert = cert
        self.result_row: dict | None = None
        self.reason = QLineEdit()
        self.reason.setObjectName("voidReason")
        self.reason.setMaxLength(register.MAX_PURPOSE)
        self.reason.setPlaceholderText(self.tr("e.g. a mistake in the name; issued again as № …"))
        self.error = error_label()
        self.error.setObjectName("voidError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Void"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("A void certificate keeps its number; checking its QR code will say it is "
                                       "void and why. This cannot be undone.")))
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Wrapped labels get their full height at this width (a bare dialog would squeeze the lines).
        self.setMinimumWidth(640)
        self.setMinimumHeight(layout.totalHeightForWidth(640))
        self.reason.setFocus()

    def submit(self) -> None:
        if not self.reason.text().strip():
            show_error(self.error, self.tr("Please write why the certificate is void."))
            self.reason.setFocus()
            return
        try:
            self.result_row = register.void(self.session, self.cert["id"], self.reason.text())
        except KenseError as exc:
            show_error(self.error, common.error_text(exc))
            return
        self.accept()


class VerifyDialog(QDialog):
    """Check a QR text read by a scanner or typed from the certificate."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Check a certificate"))
        self.session = session
        self.text = QPlainTextEdit()
        self.text.setObjectName("qrText")
        self.text.setPlaceholderText("KENSE1|…")
        self.text.setMaximumHeight(90)
        self.result = label("")
        self.result.setObjectName("verifyResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        check = buttons.addButton(self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole)
        check.setObjectName("checkButton")
        check.clicked.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Scan the QR code into this field, or type the text printed under it.")))
        layout.addWidget(self.text)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.text.setFocus()

    def check(self) -> str:
        try:
            verdict = verification.verify(self.session, self.text.toPlainText())
        except KenseError as exc:
            self.result.setText(common.error_text(exc))
            return "error"
        if verdict.status == "valid":
            text = self.tr("Genuine: %1 № %2 of %3, issued to %4.")
        elif verdict.status == "void":
            text = self.tr("VOID: %1 № %2 of %3 (%4) was voided. Reason: %5")
        elif verdict.reason == "not_in_register":
            text = self.tr("NOT IN THE REGISTER: the code is genuine, but the register has no certificate № %2 of "
                           "%3. The database may have been restored from an old copy: tell the administrator.")
        elif verdict.reason == "malformed":
            text = self.tr("NOT A KENSE CERTIFICATE CODE: check that the whole text was scanned.")
        else:
            text = self.tr("FORGED: this code was not issued by this school's Kense.")
        self.result.setText(text.replace("%1", template_title(verdict.template))
                            .replace("%2", verdict.number).replace("%3", i18n.format_date(verdict.issued_on))
                            .replace("%4", verdict.person_name).replace("%5", verdict.void_reason))
        self.result.setProperty("role", "" if verdict.valid else "error")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        return verdict.status


class PersonPicker(QDialog):
    """Find a pupil (or a staff member) by name; returns (kind, id)."""

    def __init__(self, session: Session, kinds: tuple[str, ...] = ("pupil", "staff"),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personPicker")
        self.setWindowTitle(self.tr("Choose a person"))
        self.session = session
        self.kind = QComboBox()
        self.kind.setObjectName("personKind")
        names = {"pupil": self.tr("Pupil"), "staff": self.tr("Staff member")}
        for kind in kinds:
            self.kind.addItem(names[kind], kind)
        self.query = QLineEdit()
        self.query.setObjectName("personQuery")
        self.query.setPlaceholderText(self.tr("Surname or name"))
        self.results = QListWidget()
        self.results.setObjectName("personResults")
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.results.itemDoubleClicked.connect(lambda _: self._accept())
        self.query.textChanged.connect(lambda _: self.search())
        self.kind.currentIndexChanged.connect(lambda _: self.search())
        form = QFormLayout()
        form.addRow(self.tr("Who:"), self.kind)
        form.addRow(self.tr("Search:"), self.query)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 480)
        self.chosen: tuple[str, str] | None = None
        self.query.setFocus()

    def search(self) -> int:
        self.results.clear()
        text = self.query.text().strip()
        if len(text) < 2:
            return 0
        try:
            if self.kind.currentData() == "pupil":
                rows = pupils_service.list_pupils(self.session, query=text)
            else:
                rows = staff_service.list_staff(self.session, query=text, lang=i18n.current_language())
        except KenseError as exc:
            show_error(self.error, common.error_text(exc))
            return 0
        show_error(self.error, "")
        for row in rows[:200]:
            extra = row.get("class") or row.get("position") or ""
            item = QListWidgetItem(full_name(row["surname"], row["given_name"], row["patronymic"])
                                   + (f" — {extra}" if extra else ""))
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        return self.results.count()

    def _accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            show_error(self.error, self.tr("Type at least two letters of the name and choose a person."))
            return
        self.chosen = (self.kind.currentData(), item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def done(self, result: int) -> None:
        self.results.clear()
        self.query.clear()
        super().done(result)


class PeriodDialog(QDialog):
    """The period and language of the pupil-movement report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodDialog")
        self.setWindowTitle(self.tr("Pupil movement report"))
        today = date.today()
        start = date(today.year if today.month >= 9 else today.year - 1, 9, 1)
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(i18n.DATE_FORMAT)
        self.language = QComboBox()
        self.language.addItem("Кыргызча", "ky")
        self.language.addItem("Русский", "ru")
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("From:"), self.start)
        form.addRow(self.tr("To:"), self.end)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.error)
        form.addRow(buttons)

    def _accept(self) -> None:
        if self.start.date() > self.end.date():
            show_error(self.error, self.tr("The start of the period is after its end."))
            return
        self.accept()

    def period(self) -> tuple[date, date, str]:
        return self.start.date().toPython(), self.end.date().toPython(), self.language.currentData()
