"""The Certificates section: the issued-certificates register (filters, reprint, void), checking a QR
code, issuing for a person, and the printed lists and forms."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.certificates import printing, register
from app.changes import Change
from app.errors import KenseError
from app.security.roles import Permission
from app.security.session import Session
from ui import i18n
from ui.certificates import common
from ui.certificates.batch_dialog import CLASS_CERTIFICATES, CLASS_LISTS, BatchDialog
from ui.certificates.dialogs import PeriodDialog, PersonPicker, VerifyDialog, VoidDialog
from ui.certificates.issue_dialog import IssueCertificateDialog, template_title
from ui.certificates.preview_dialog import PdfPreviewDialog
from ui.sections import SectionSpec, SectionWidget, register_section
from ui.sections_builtin import TITLES
from ui.widgets import error_label, label, show_error

_Index = QModelIndex | QPersistentModelIndex


class RegisterModel(QAbstractTableModel):
    """Rows of the register as the service returns them (plain dicts); cleared on lock."""

    # who issued it by name, as people know each other (the login is for the command line)
    COLUMNS = ("number", "issued_on", "template", "lang", "person_name", "purpose", "issued_by_name", "status")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Date"), self.tr("Certificate"), self.tr("Language"), self.tr("Issued to"),
                self.tr("Purpose"), self.tr("Issued by"), self.tr("State")]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "issued_on":
                return i18n.format_date(row[key])
            if key == "template":
                return template_title(row[key])
            if key == "lang":
                return {"ky": "кырг.", "ru": "рус."}.get(row[key], row[key])
            if key == "status":
                return self.tr("void") if row["status"] == "void" else self.tr("valid")
            if key == "purpose":
                return row[key] or self.tr("to whom it may concern")
            return row[key]
        if role == Qt.ItemDataRole.ToolTipRole and row["status"] == "void":
            return self.tr("Void: %1").replace("%1", row["void_reason"] or "")
        if role == Qt.ItemDataRole.ForegroundRole and row["status"] == "void":
            return QColor("#b00020")
        return None

    def row_at(self, index: _Index) -> dict[str, Any] | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None


class CertificatesSection(SectionWidget):
    watches = Change.CERTIFICATES | Change.PUPILS
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificatesSection")
        self.session = session
        self.follow(session)
        self._select_next = ""   # a number just issued: selected when the bus brings it into the list
        self.can_issue = session.can(Permission.ISSUE_CERTIFICATES)
        self.can_print_lists = session.can(Permission.VIEW_PEOPLE)

        # filters
        self.template = QComboBox()
        self.template.setObjectName("filterTemplate")
        self.template.addItem(self.tr("All certificates"), "")
        for kind in register.TEMPLATES:
            self.template.addItem(template_title(kind), kind)
        today = date.today()
        self.date_from = QDateEdit(QDate(today.year, 1, 1))
        self.date_from.setObjectName("filterFrom")
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_to.setObjectName("filterTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(i18n.DATE_FORMAT)
        self.state = QComboBox()
        self.state.setObjectName("filterState")
        self.state.addItem(self.tr("Valid and void"), "")
        self.state.addItem(self.tr("Valid only"), "valid")
        self.state.addItem(self.tr("Void only"), "void")
        self.search = QLineEdit()
        self.search.setObjectName("filterSearch")
        self.search.setPlaceholderText(self.tr("Name or number"))
        self.search.setClearButtonEnabled(True)
        for signal in (self.template.currentIndexChanged, self.state.currentIndexChanged,
                       self.date_from.dateChanged, self.date_to.dateChanged, self.search.textChanged):
            signal.connect(lambda *_: self.refresh())
        # Two rows: a Kyrgyz label is long, and the search field must stay wide enough to type in.
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.template, 1)
        filters.addWidget(self.state, 1)
        period = QHBoxLayout()
        period.addWidget(label(self.tr("from"), wrap=False))
        period.addWidget(self.date_from)
        period.addWidget(label(self.tr("to"), wrap=False))
        period.addWidget(self.date_to)
        period.addStretch(1)

        # the register
        self.model = RegisterModel(self)
        self.table = QTableView()
        self.table.setObjectName("certificateTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((60, 95, 150, 60, 230, 120, 85, 100)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _: self.reprint_selected())
        self.count = label("", "hint")
        self.count.setObjectName("registerCount")
        self.error = error_label()
        self.error.setObjectName("sectionError")

        # actions
        def button(text: str, name: str, slot: Any, visible: bool = True) -> QPushButton:
            widget = QPushButton(text)
            widget.setObjectName(name)
            widget.clicked.connect(lambda _=False: slot())
            widget.setVisible(visible)
            return widget

        self.issue_button = button(self.tr("Issue a certificate…"), "issueButton", self.issue_for_person,
                                   self.can_issue)
        self.reprint_button = button(self.tr("Reprint"), "reprintButton", self.reprint_selected, self.can_issue)
        self.void_button = button(self.tr("Void…"), "voidButton", self.void_selected, self.can_issue)
        self.verify_button = button(self.tr("Check a QR code…"), "verifyButton", self.verify)
        self.batch_button = button(self.tr("Certificates for a whole class…"), "batchButton",
                                   lambda: self.open_batch(CLASS_CERTIFICATES), self.can_issue)
        self.lists_button = button(self.tr("Class lists of all classes…"), "listsButton",
                                   lambda: self.open_batch(CLASS_LISTS), self.can_print_lists)
        self.movement_button = button(self.tr("Pupil movement report…"), "movementButton", self.movement_report,
                                      self.can_print_lists)
        self.consent_button = button(self.tr("Consent form…"), "consentButton", self.consent_form,
                                     self.can_print_lists)
        top = QHBoxLayout()
        for widget in (self.issue_button, self.reprint_button, self.void_button, self.verify_button):
            top.addWidget(widget)
        top.addStretch(1)
        forms = QGridLayout()   # 2 × 2: the buttons keep their whole (long) Kyrgyz labels
        forms.addWidget(label(self.tr("Print:"), wrap=False), 0, 0)
        for number, widget in enumerate((self.batch_button, self.lists_button, self.movement_button,
                                         self.consent_button)):
            forms.addWidget(widget, number // 2, 1 + number % 2)
        forms.setColumnStretch(3, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Issued certificates"), "heading"))
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(period)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        layout.addLayout(forms)
        self._dialogs: list[QDialog] = []
        self._cleared = False
        self.refresh()
        self._selection_changed()

    # ----------------------------------------------------------------- register
    def refresh(self) -> int:
        if self._cleared:  # locked: never read again
            return 0
        status = self.state.currentData() or None
        try:
            rows = register.list_certificates(
                self.session, template=self.template.currentData() or None, query=self.search.text(),
                status=status, date_from=self.date_from.date().toPython(), date_to=self.date_to.date().toPython())
        except KenseError as exc:
            self.model.clear()
            show_error(self.error, common.error_text(exc))
            return 0
        show_error(self.error, "")
        self.model.set_rows(rows)
        self.count.setText(self.tr("Shown: %1").replace("%1", str(len(rows))))
        if self._select_next:
            self.select_number(self._select_next)
            self._select_next = ""
        self._selection_changed()
        return len(rows)

    def _select_when_listed(self, number: str) -> None:
        self._select_next = number

    def selected(self) -> dict[str, Any] | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0]) if indexes else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.reprint_button.setEnabled(row is not None and row["status"] == "valid")
        self.void_button.setEnabled(row is not None and row["status"] == "valid")

    def select_number(self, number: str) -> bool:
        for index, row in enumerate(self.model.rows):
            if row["number"] == number:
                self.table.selectRow(index)
                return True
        return False

    # ----------------------------------------------------------------- actions
    def _keep(self, dialog: QDialog) -> QDialog:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _=0, d=dialog: self._dialogs.remove(d) if d in self._dialogs else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def issue_for_person(self) -> PersonPicker:
        picker = self._keep(PersonPicker(self.session, parent=self))
        assert isinstance(picker, PersonPicker)
        picker.accepted.connect(lambda: self.open_issue(*picker.chosen) if picker.chosen else None)
        picker.open()
        return picker

    def open_issue(self, person_kind: str, person_id: str) -> IssueCertificateDialog:
        dialog = IssueCertificateDialog(self.session, person_kind, person_id, parent=self)
        self._keep(dialog)
        dialog.issued.connect(self._select_when_listed)
        dialog.open()
        return dialog

    def reprint_selected(self) -> PdfPreviewDialog | None:
        row = self.selected()
        if row is None or not self.can_issue or row["status"] != "valid":
            return None
        try:
            data = register.reprint(self.session, row["id"])
        except KenseError as exc:
            show_error(self.error, common.error_text(exc))
            return None
        show_error(self.error, "")
        dialog = PdfPreviewDialog(self.session, data, self.tr("Certificate № %1").replace("%1", row["number"]),
                                  common.file_name(template_title(row["template"]), f"№ {row['number']}",
                                                   row["person_name"]), object_type="certificate",
                                  object_id=row["id"], detail={"reprint": True}, parent=self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def void_selected(self) -> VoidDialog | None:
        row = self.selected()
        if row is None or not self.can_issue:
            return None
        dialog = VoidDialog(self.session, row, parent=self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def verify(self) -> VerifyDialog:
        dialog = VerifyDialog(self.session, parent=self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_batch(self, kind: str) -> BatchDialog:
        dialog = BatchDialog(self.session, kind, parent=self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _show_pdf(self, make: Any, title: str, file_name: str, object_type: str, object_id: str = "") -> None:
        try:
            data = make()
        except KenseError as exc:
            show_error(self.error, common.error_text(exc))
            return
        show_error(self.error, "")
        dialog = PdfPreviewDialog(self.session, data, title, file_name, object_type=object_type,
                                  object_id=object_id, parent=self)
        self._keep(dialog)
        dialog.open()

    def movement_report(self) -> PeriodDialog:
        dialog = PeriodDialog(self)
        self._keep(dialog)

        def chosen() -> None:
            start, end, lang = dialog.period()
            self._show_pdf(lambda: printing.movement_report_pdf(self.session, start.isoformat(), end.isoformat(),
                                                                lang),
                           self.tr("Pupil movement report"), common.file_name(self.tr("Pupil movement report")),
                           "movement")
        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def consent_form(self) -> PersonPicker:
        picker = PersonPicker(self.session, ("pupil",), parent=self)
        self._keep(picker)

        def chosen() -> None:
            if picker.chosen is None:
                return
            pupil_id = picker.chosen[1]
            lang = "ru" if i18n.current_language() == "ru" else "ky"
            self._show_pdf(lambda: printing.consent_form_pdf(self.session, pupil_id, lang),
                           self.tr("Consent form"), common.file_name(self.tr("Consent form")), "pupil", pupil_id)
        picker.accepted.connect(chosen)
        picker.open()
        return picker

    # ----------------------------------------------------------------- section contract
    def clear_personal_data(self) -> None:
        self._cleared = True
        for dialog in list(self._dialogs):
            dialog.done(QDialog.DialogCode.Rejected)
        self._dialogs.clear()
        self.model.clear()
        self.search.clear()
        self.count.setText("")

    def help_topic(self) -> str:
        return "certificates"


def create(session: Session, parent: QWidget | None = None) -> SectionWidget:
    return CertificatesSection(session, parent)


register_section(SectionSpec("certificates", TITLES["certificates"], create, Permission.VIEW_CERTIFICATES))
