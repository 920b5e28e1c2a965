"""Issue one certificate for one person: template, language, purpose → preview → print or save.

Usage from any screen (the pupils and staff registers open it from a record)::

    from ui.certificates.issue_dialog import IssueCertificateDialog

    dialog = IssueCertificateDialog(session, "pupil", pupil_id, parent=self)   # or "staff", staff_id
    dialog.issued.connect(lambda number: ...)   # optional: the register number once it is issued
    dialog.open()

The preview takes no number (``register.preview``): a number is taken only when the user confirms the
print dialog or picks the file to save to, so a closed preview leaves no gap in the register.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.certificates import output, register
from app.errors import KenseError
from app.people import pupils as pupils_service
from app.people import staff as staff_service
from app.people.names import full_name
from app.security.roles import Permission
from app.security.session import Session
from ui import i18n
from ui.certificates import common
from ui.printing import paint_pdf
from ui.widgets import error_label, label, primary, show_error

TEMPLATES_FOR = {"pupil": ("study", "transfer"), "staff": ("employment",)}


def template_title(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {"study": QCoreApplication.translate("Certificates", "Study certificate"),
            "employment": QCoreApplication.translate("Certificates", "Employment certificate"),
            "transfer": QCoreApplication.translate("Certificates", "Transfer confirmation")}.get(kind, kind)


def person_name(session: Session, person_kind: str, person_id: str) -> str:
    """The name from the list row (no reveal needed for a name)."""
    rows = (pupils_service.pupil_rows(session, [person_id]) if person_kind == "pupil"
            else staff_service.staff_rows(session, [person_id], i18n.current_language()))
    if not rows:
        return ""
    return full_name(rows[0]["surname"], rows[0]["given_name"], rows[0]["patronymic"])


class IssueCertificateDialog(QDialog):
    """``person_kind`` is "pupil" or "staff"; ``person_id`` the record's id."""

    issued = Signal(str)  # the printed number

    def __init__(self, session: Session, person_kind: str, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueCertificateDialog")
        self.setWindowTitle(self.tr("Issue a certificate"))
        self.session = session
        self.person_kind = person_kind if person_kind in TEMPLATES_FOR else "pupil"
        self.person_id = person_id
        self.last_issued: register.Issued | None = None
        self.ask_printer: common.PrinterAsker = common.ask_printer
        self.ask_save_path: common.PathAsker = common.ask_save_path
        allowed = session.can(Permission.ISSUE_CERTIFICATES)

        try:
            name = person_name(session, self.person_kind, person_id)
        except KenseError:
            name = ""
        self.person = label(name, "subheading")
        self.person.setObjectName("personName")

        self.template = QComboBox()
        self.template.setObjectName("template")
        for kind in TEMPLATES_FOR[self.person_kind]:
            self.template.addItem(template_title(kind), kind)
        self.language = QComboBox()
        self.language.setObjectName("documentLanguage")
        self.language.addItem("Кыргызча", "ky")
        self.language.addItem("Русский", "ru")
        if i18n.current_language() == "ru":
            self.language.setCurrentIndex(1)
        self.standard_purpose = QRadioButton(self.tr("Standard: “to whom it may concern”"))
        self.standard_purpose.setObjectName("standardPurpose")
        self.typed_purpose = QRadioButton(self.tr("For:"))
        self.typed_purpose.setObjectName("typedPurpose")
        group = QButtonGroup(self)
        group.addButton(self.standard_purpose)
        group.addButton(self.typed_purpose)
        self.standard_purpose.setChecked(True)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.purpose.setMaxLength(register.MAX_PURPOSE)
        self.purpose.setPlaceholderText(self.tr("e.g. the social fund, the polyclinic"))
        self.purpose.setEnabled(False)
        self.typed_purpose.toggled.connect(self.purpose.setEnabled)
        purpose_row = QHBoxLayout()
        purpose_row.addWidget(self.typed_purpose)
        purpose_row.addWidget(self.purpose, 1)

        form = QFormLayout()
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.tr("Certificate:"), self.template)
        form.addRow(self.tr("Language of the certificate:"), self.language)
        form.addRow(self.tr("Purpose:"), self.standard_purpose)
        form.addRow("", purpose_row)

        self.preview = common.PdfPreview(self)
        self.preview.setMinimumHeight(260)
        self.status = label("", "hint")
        self.status.setObjectName("issueStatus")
        self.error = error_label()
        self.error.setObjectName("issueError")

        self.print_button = primary(QPushButton(self.tr("Issue and print…")))
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("Issue and save as PDF…"))
        self.save_button.setObjectName("saveButton")
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.print_button, self.save_button):
            button.setVisible(allowed)
        self.print_button.clicked.connect(self.issue_and_print)
        self.save_button.clicked.connect(self.issue_and_save)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        common.fit_to_screen(self, 860, 940)

        # Preview follows the choices (debounced while typing the purpose).
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.refresh_preview)
        self.template.currentIndexChanged.connect(lambda _: self.refresh_preview())
        self.language.currentIndexChanged.connect(lambda _: self.refresh_preview())
        self.standard_purpose.toggled.connect(lambda _: self.refresh_preview())
        self.purpose.textChanged.connect(lambda _: self._timer.start())
        if not allowed:
            show_error(self.error, self.tr("Your role does not allow issuing certificates."))
        else:
            self.refresh_preview()
        self.template.setFocus()

    # ----------------------------------------------------------------- choices
    def choices(self) -> tuple[str, str, str]:
        purpose = self.purpose.text().strip() if self.typed_purpose.isChecked() else ""
        return self.template.currentData(), self.language.currentData(), purpose

    def refresh_preview(self) -> bool:
        template, lang, purpose = self.choices()
        try:
            data = register.preview(self.session, template, self.person_id, lang, purpose)
        except KenseError as exc:
            self.preview.clear()
            show_error(self.error, common.error_text(exc))
            self._enable(False)
            return False
        self.preview.load(data)
        show_error(self.error, "")
        self.status.setText(self.tr("Preview: the number and the QR code are given when you print or save."))
        self._enable(True)
        return True

    def _enable(self, ok: bool) -> None:
        self.print_button.setEnabled(ok)
        self.save_button.setEnabled(ok)

    # ----------------------------------------------------------------- issuing
    def _issue(self) -> register.Issued | None:
        template, lang, purpose = self.choices()
        try:
            issued = register.issue(self.session, template, self.person_id, lang, purpose)
        except Exception as exc:
            show_error(self.error, common.error_text(exc))
            return None
        self.last_issued = issued
        self.preview.load(issued.pdf)
        self.issued.emit(issued.number)
        # One person, one certificate per confirmation: issuing again needs a new dialog.
        self._enable(False)
        self.template.setEnabled(False)
        self.language.setEnabled(False)
        return issued

    def issue_and_print(self) -> bool:
        printer = self.ask_printer(self.tr("Certificate"), self)
        if printer is None:  # cancelled: nothing issued
            return False
        issued = self._issue()
        if issued is None:
            return False
        paint_pdf(issued.pdf, printer)
        self.session.audit_now("print", "certificate", issued.id, {"template": issued.template})
        self.status.setText(self.tr("Certificate № %1 issued and sent to the printer.").replace("%1", issued.number))
        return True

    def issue_and_save(self) -> bool:
        template, _lang, _ = self.choices()
        path = self.ask_save_path(common.file_name(template_title(template), self.person.text()), self)
        if path is None:
            return False
        try:  # a refused drive must refuse before a number is taken
            output.check_destination(self.session, path, object_type="certificate")
        except Exception as exc:
            show_error(self.error, common.error_text(exc))
            return False
        issued = self._issue()
        if issued is None:
            return False
        try:
            output.save_pdf(self.session, path, issued.pdf, object_type="certificate", object_id=issued.id,
                            detail={"template": issued.template})
        except Exception as exc:
            show_error(self.error, common.error_text(exc) + " " + self.tr(
                "The certificate is issued; reprint it from the register."))
            return False
        self.status.setText(self.tr("Certificate № %1 issued and saved: %2").replace("%1", issued.number)
                            .replace("%2", str(path)))
        return True

    def done(self, result: int) -> None:
        self._timer.stop()
        self.preview.clear()
        super().done(result)
