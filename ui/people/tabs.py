"""The record form's tabs: movement history (add a movement with its order number), guardians and
consent (add; withdraw a consent), the change history, and the personal-data operations of regulation
2.3 for those allowed (block, depersonalise, destroy with an act, the person's own-data PDF), each behind
a confirmation that says what will happen."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput, KenseError
from app.people import classes as classes_service
from app.people import movements, pd_operations, pupils
from app.security.roles import Permission
from ui import i18n
from ui.people.texts import error_text, field_label, history_action, movement_name, ref_entries
from ui.widgets import error_label, label, primary, show_error

if TYPE_CHECKING:
    from ui.people.form import RecordForm


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class SmallDialog(QDialog):
    """A form in a dialog: rows, an inline message, OK/Cancel; ``submit`` does the work."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def combo(self, items: list[tuple[str, str]], empty: bool = False) -> QComboBox:
        box = QComboBox()
        if empty:
            box.addItem("—", "")
        for code, text in items:
            box.addItem(text, code)
        return box

    def submit(self) -> bool:  # pragma: no cover - each dialog has its own
        raise NotImplementedError

    def run(self, work: object) -> bool:
        try:
            work()  # type: ignore[operator]
        except KenseError as exc:
            show_error(self.error, error_text(exc))
            return False
        self.accept()
        return True


# ----------------------------------------------------------------------------- movement
class MovementDialog(SmallDialog):
    def __init__(self, form: RecordForm) -> None:
        super().__init__(QCoreApplication.translate("PersonTabs", "Add movement"), form)
        self.setObjectName("movementDialog")
        self.person_form = form
        self.kind = self.combo([(k, movement_name(k)) for k in movements.KINDS])
        self.kind.setObjectName("movementKind")
        self.date = QLineEdit(date.today().strftime("%d.%m.%Y"))
        self.date.setObjectName("movementDate")
        self.order = QLineEdit()
        self.order.setObjectName("movementOrder")
        self.to_class = self.combo([(c.id, c.name) for c in classes_service.list_classes(form.session)], empty=True)
        self.to_class.setObjectName("movementClass")
        self.school = QLineEdit()
        self.school.setObjectName("movementSchool")
        self.reason = self.combo(ref_entries(form.session, "ref_movement_reason"), empty=True)
        self.form.addRow(QCoreApplication.translate("PersonTabs", "Movement:"), self.kind)
        self.form.addRow(QCoreApplication.translate("PersonTabs", "Date:"), self.date)
        self.form.addRow(QCoreApplication.translate("PersonTabs", "Order number:"), self.order)
        self.form.addRow(QCoreApplication.translate("PersonTabs", "To class:"), self.to_class)
        self.form.addRow(QCoreApplication.translate("PersonTabs", "Other school:"), self.school)
        self.form.addRow(QCoreApplication.translate("PersonTabs", "Reason:"), self.reason)

    def submit(self) -> bool:
        if not self.order.text().strip():
            show_error(
                self.error,
                InvalidInput("movement.order_required").message(i18n.current_language()).replace(" (--order)", ""),
            )
            return False
        form = self.person_form
        assert form.person_id is not None
        return self.run(
            lambda: movements.add_movement(
                form.session,
                form.person_id,
                self.kind.currentData(),
                self.date.text().strip(),
                self.order.text(),
                to_class=self.to_class.currentData() or None,
                other_school=self.school.text(),
                reason=self.reason.currentData() or None,
            )
        )


class MovementsTab(QWidget):
    def __init__(self, form: RecordForm) -> None:
        super().__init__()
        self.setObjectName("movementsTab")
        self.form = form
        self.table = _table(
            [
                QCoreApplication.translate("PersonTabs", "Date"),
                QCoreApplication.translate("PersonTabs", "Movement"),
                QCoreApplication.translate("PersonTabs", "From"),
                QCoreApplication.translate("PersonTabs", "To"),
                QCoreApplication.translate("PersonTabs", "Order No."),
                QCoreApplication.translate("PersonTabs", "School"),
            ]
        )
        self.table.setObjectName("movementTable")
        rows = []
        for m in form.record.get("movements", []):
            rows.append(
                [
                    i18n.format_date(m["date"]),
                    movement_name(m["kind"]),
                    m["from_class"] or "",
                    m["to_class"] or "",
                    m["order_number"] or "",
                    m["other_school"] or "",
                ]
            )
        _fill(self.table, rows)
        self.add_button = QPushButton(QCoreApplication.translate("PersonTabs", "Add movement…"), self)
        self.add_button.setObjectName("addMovement")
        self.add_button.clicked.connect(self.open_add)
        self.add_button.setVisible(form.editable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)

    def open_add(self) -> MovementDialog:
        dialog = MovementDialog(self.form)
        dialog.accepted.connect(self.form.reload)
        dialog.show()
        return dialog


# ----------------------------------------------------------------------------- guardians and consent
class GuardianDialog(SmallDialog):
    def __init__(self, form: RecordForm) -> None:
        super().__init__(QCoreApplication.translate("PersonTabs", "Add guardian"), form)
        self.setObjectName("guardianDialog")
        self.person_form = form
        self.relation = self.combo(ref_entries(form.session, "ref_relation"))
        self.relation.setObjectName("guardianRelation")
        self.surname, self.given, self.patronymic, self.pin, self.phone = (QLineEdit() for _ in range(5))
        for widget, name in (
            (self.surname, "surname"),
            (self.given, "given_name"),
            (self.patronymic, "patronymic"),
            (self.pin, "pin"),
            (self.phone, "phone"),
        ):
            widget.setObjectName(f"guardian_{name}")
            self.form.addRow(field_label(name) + ":", widget)
        self.form.insertRow(0, QCoreApplication.translate("PersonTabs", "Relation:"), self.relation)

    def submit(self) -> bool:
        form = self.person_form
        assert form.person_id is not None
        return self.run(
            lambda: pupils.add_guardian(
                form.session,
                form.person_id,
                relation=self.relation.currentData(),
                surname=self.surname.text(),
                given_name=self.given.text(),
                patronymic=self.patronymic.text(),
                pin=self.pin.text() or None,
                phone=self.phone.text(),
            )
        )


class ConsentDialog(SmallDialog):
    def __init__(self, form: RecordForm) -> None:
        super().__init__(QCoreApplication.translate("PersonTabs", "Add consent"), form)
        self.setObjectName("consentDialog")
        self.person_form = form
        guardians = form.record.get("guardians", [])
        self.guardian = self.combo(
            [
                (g["id"], " ".join(filter(None, (g.get("surname"), g.get("given_name")))))
                for g in guardians
                if g.get("surname")
            ],
            empty=True,
        )
        self.guardian.currentIndexChanged.connect(self._guardian_chosen)
        self.signer = QLineEdit()
        self.signer.setObjectName("consentSigner")
        self.signed_on = QLineEdit(date.today().strftime("%d.%m.%Y"))
        self.signed_on.setObjectName("consentDate")
        self.version = QLineEdit("v1")
        self.version.setObjectName("consentVersion")
        self.scope = self.combo(ref_entries(form.session, "ref_consent_scope"))
        self.scope.setObjectName("consentScope")
        self.form.addRow(QCoreApplication.translate("PersonTabs", "Guardian:"), self.guardian)
        self.form.addRow(QCoreApplication.translate("PersonTabs", "Signed by:"), self.signer)
        self.form.addRow(QCoreApplication.translate("PersonTabs", "Signed on:"), self.signed_on)
        self.form.addRow(QCoreApplication.translate("PersonTabs", "Text version:"), self.version)
        self.form.addRow(QCoreApplication.translate("PersonTabs", "Scope:"), self.scope)

    def _guardian_chosen(self) -> None:
        if self.guardian.currentData():
            self.signer.setText(self.guardian.currentText())

    def submit(self) -> bool:
        form = self.person_form
        assert form.person_id is not None
        return self.run(
            lambda: pupils.add_consent(
                form.session,
                form.person_id,
                signer_name=self.signer.text(),
                signed_on=self.signed_on.text().strip(),
                text_version=self.version.text(),
                scope=self.scope.currentData(),
                guardian_id=self.guardian.currentData() or None,
            )
        )


class GuardiansTab(QWidget):
    def __init__(self, form: RecordForm) -> None:
        super().__init__()
        self.setObjectName("guardiansTab")
        self.form = form
        relations = dict(ref_entries(form.session, "ref_relation"))
        scopes = dict(ref_entries(form.session, "ref_consent_scope"))
        self.guardians = _table(
            [
                QCoreApplication.translate("PersonTabs", "Relation"),
                field_label("surname"),
                field_label("given_name"),
                field_label("patronymic"),
                field_label("phone"),
            ]
        )
        self.guardians.setObjectName("guardianTable")
        _fill(
            self.guardians,
            [
                [
                    relations.get(g["relation"], g["relation"]),
                    g.get("surname") or "",
                    g.get("given_name") or "",
                    g.get("patronymic") or "",
                    g.get("phone") or "•••",
                ]
                for g in form.record.get("guardians", [])
            ],
        )
        self.consent_ids = [c["id"] for c in form.record.get("consents", [])]
        self.consents = _table(
            [
                QCoreApplication.translate("PersonTabs", "Signed by"),
                QCoreApplication.translate("PersonTabs", "Signed on"),
                QCoreApplication.translate("PersonTabs", "Version"),
                QCoreApplication.translate("PersonTabs", "Scope"),
                QCoreApplication.translate("PersonTabs", "Withdrawn"),
            ]
        )
        self.consents.setObjectName("consentTable")
        _fill(
            self.consents,
            [
                [
                    c["signer_name"],
                    i18n.format_date(c["signed_on"]),
                    c["text_version"],
                    scopes.get(c["scope"], c["scope"]),
                    i18n.format_date(c["withdrawn_on"]) if c["withdrawn_on"] else "",
                ]
                for c in form.record.get("consents", [])
            ],
        )
        self.add_guardian = QPushButton(QCoreApplication.translate("PersonTabs", "Add guardian…"), self)
        self.add_guardian.setObjectName("addGuardian")
        self.add_guardian.clicked.connect(self.open_add_guardian)
        self.add_consent = QPushButton(QCoreApplication.translate("PersonTabs", "Add consent…"), self)
        self.add_consent.setObjectName("addConsent")
        self.add_consent.clicked.connect(self.open_add_consent)
        self.withdraw = QPushButton(QCoreApplication.translate("PersonTabs", "Withdraw the selected consent"), self)
        self.withdraw.setObjectName("withdrawConsent")
        self.withdraw.clicked.connect(self.withdraw_selected)
        self.error = error_label()
        for button in (self.add_guardian, self.add_consent, self.withdraw):
            button.setVisible(form.editable)
        guardians_box = QGroupBox(QCoreApplication.translate("PersonTabs", "Guardians"))
        g_layout = QVBoxLayout(guardians_box)
        g_layout.addWidget(self.guardians)
        g_row = QHBoxLayout()
        g_row.addWidget(self.add_guardian)
        g_row.addStretch(1)
        g_layout.addLayout(g_row)
        consents_box = QGroupBox(QCoreApplication.translate("PersonTabs", "Consent to personal data processing"))
        c_layout = QVBoxLayout(consents_box)
        c_layout.addWidget(self.consents)
        c_row = QHBoxLayout()
        c_row.addWidget(self.add_consent)
        c_row.addWidget(self.withdraw)
        c_row.addStretch(1)
        c_layout.addLayout(c_row)
        layout = QVBoxLayout(self)
        layout.addWidget(guardians_box, 1)
        layout.addWidget(consents_box, 1)
        layout.addWidget(self.error)

    def open_add_guardian(self) -> GuardianDialog:
        dialog = GuardianDialog(self.form)
        dialog.accepted.connect(self.form.reload)
        dialog.show()
        return dialog

    def open_add_consent(self) -> ConsentDialog:
        dialog = ConsentDialog(self.form)
        dialog.accepted.connect(self.form.reload)
        dialog.show()
        return dialog

    def withdraw_selected(self) -> bool:
        row = self.consents.currentRow()
        if not 0 <= row < len(self.consent_ids):
            show_error(self.error, QCoreApplication.translate("PersonTabs", "Select a consent in the list first."))
            return False
        try:
            pupils.withdraw_consent(self.form.session, self.consent_ids[row], date.today())
        except KenseError as exc:
            show_error(self.error, error_text(exc))
            return False
        self.form.reload()
        return True


# ----------------------------------------------------------------------------- history
class HistoryTab(QWidget):
    def __init__(self, form: RecordForm) -> None:
        super().__init__()
        self.setObjectName("historyTab")
        table = _table(
            [
                QCoreApplication.translate("PersonTabs", "When"),
                QCoreApplication.translate("PersonTabs", "Who"),
                QCoreApplication.translate("PersonTabs", "What"),
                QCoreApplication.translate("PersonTabs", "Fields"),
            ]
        )
        table.setObjectName("historyTable")
        _fill(
            table,
            [
                [
                    i18n.format_date(h["at"][:10]) + " " + h["at"][11:16],
                    h.get("user") or "",
                    history_action(h["action"]),
                    ", ".join(field_label(f) for f in h["fields"]),
                ]
                for h in form.record.get("history", [])
            ],
        )
        QVBoxLayout(self).addWidget(table)


# ----------------------------------------------------------------------------- personal-data operations
class OperationDialog(SmallDialog):
    """The confirmation of one personal-data operation: what happens, a reason where the law wants one,
    where to save the PDF, and a button that names the operation."""

    def __init__(self, form: RecordForm, operation: str) -> None:
        titles = {
            "block": QCoreApplication.translate("PersonTabs", "Block the record"),
            "unblock": QCoreApplication.translate("PersonTabs", "Unblock the record"),
            "depersonalise": QCoreApplication.translate("PersonTabs", "Depersonalise the record"),
            "destroy": QCoreApplication.translate("PersonTabs", "Destroy the record"),
            "own_data": QCoreApplication.translate("PersonTabs", "Copy of own data (PDF)"),
        }
        super().__init__(titles[operation], form)
        self.setObjectName(f"operation_{operation}")
        self.person_form, self.operation = form, operation
        texts = {
            "block": QCoreApplication.translate(
                "PersonTabs",
                "The record will be frozen and hidden from the lists. It stays in the register and "
                "can be unblocked. The reason is kept in the audit log as given or not, never as text.",
            ),
            "unblock": QCoreApplication.translate(
                "PersonTabs", "The record will appear in the lists again and can be changed."
            ),
            "depersonalise": QCoreApplication.translate(
                "PersonTabs",
                "Names, PIN, documents, addresses, guardians and earlier values will be erased "
                "for good. Sex, birth year, regions and classes stay for statistics. This cannot "
                "be undone.",
            ),
            "destroy": QCoreApplication.translate(
                "PersonTabs",
                "The record and everything attached to it will be erased for good. A destruction act "
                "(without names) is kept and saved as a PDF. This cannot be undone.",
            ),
            "own_data": QCoreApplication.translate(
                "PersonTabs",
                "A PDF with everything held about this person and who looked at the record, for "
                "the person or their parent (within 7 days, free of charge).",
            ),
        }
        text = label(texts[operation])
        text.setMinimumWidth(520)
        self.form.addRow(text)
        self.reason = QLineEdit()
        self.reason.setObjectName("operationReason")
        if operation in ("block", "destroy"):
            self.form.addRow(QCoreApplication.translate("PersonTabs", "Reason:"), self.reason)
        self.path = QLineEdit()
        self.path.setObjectName("operationPath")
        browse = QPushButton(QCoreApplication.translate("PersonTabs", "Choose…"))
        browse.clicked.connect(self._browse)
        if operation in ("destroy", "own_data"):
            row = QHBoxLayout()
            row.addWidget(self.path, 1)
            row.addWidget(browse)
            self.form.addRow(QCoreApplication.translate("PersonTabs", "Save the PDF to:"), row)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(titles[operation])
        primary(ok)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), str(Path.home()), "PDF (*.pdf)")
        if name:
            self.path.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def submit(self) -> bool:
        form = self.person_form
        session, person_id = form.session, form.person_id
        assert person_id is not None
        lang = i18n.current_language()
        path = Path(self.path.text().strip()) if self.path.text().strip() else None
        if self.operation in ("destroy", "own_data") and path is None:
            show_error(self.error, QCoreApplication.translate("PersonTabs", "Choose where to save the PDF."))
            return False
        if self.operation == "destroy" and not self.reason.text().strip():
            show_error(self.error, InvalidInput("person.reason_required").message(lang))
            return False

        def work() -> None:
            if self.operation == "block":
                pd_operations.block(session, person_id, self.reason.text())
            elif self.operation == "unblock":
                pd_operations.unblock(session, person_id)
            elif self.operation == "depersonalise":
                pd_operations.depersonalise(session, person_id)
            elif self.operation == "destroy":
                assert path is not None
                act = pd_operations.destroy(session, person_id, self.reason.text())
                pd_operations.write_destruction_act(session, act, path, lang)
            else:
                assert path is not None
                pd_operations.export_own_data(session, person_id, path, lang)

        return self.run(work)


class PersonalDataTab(QWidget):
    def __init__(self, form: RecordForm) -> None:
        super().__init__()
        self.setObjectName("personalDataTab")
        self.form = form
        manage = form.session.can(Permission.MANAGE_PERSONAL_DATA)
        record = form.record
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "PersonTabs", "Operations on personal data (regulation 2.3). Each one is recorded in the audit log."
                ),
                "hint",
            )
        )
        self.buttons: dict[str, QPushButton] = {}
        items = [("own_data", QCoreApplication.translate("PersonTabs", "Copy of own data (PDF)…"), True)]
        if manage:
            blocked = bool(record.get("blocked"))
            gone = bool(record.get("depersonalised"))
            items += [
                ("block", QCoreApplication.translate("PersonTabs", "Block…"), not blocked and not gone),
                ("unblock", QCoreApplication.translate("PersonTabs", "Unblock…"), blocked),
                ("depersonalise", QCoreApplication.translate("PersonTabs", "Depersonalise…"), not gone),
                ("destroy", QCoreApplication.translate("PersonTabs", "Destroy…"), True),
            ]
        for key, text, visible in items:
            button = QPushButton(text, self)
            button.setObjectName(f"pd_{key}")
            button.clicked.connect(lambda _=False, k=key: self.open_operation(k))
            button.setVisible(visible)
            self.buttons[key] = button
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)

    def open_operation(self, operation: str) -> OperationDialog:
        dialog = OperationDialog(self.form, operation)
        dialog.setModal(True)
        if operation == "destroy":
            dialog.accepted.connect(self.form.destroyed_record)
        elif operation != "own_data":
            dialog.accepted.connect(self.form.reload)
        dialog.show()
        return dialog
