"""The record form of a pupil or a staff member: the fields with inline messages in the user's language
(from app.people.fields), PIN warnings shown as warnings, a duplicate offered as "open the existing
record", the tabs (movement, guardians and consent, history, personal-data operations) and the buttons
other subsystems register (ui.people.actions). Read-only for teachers and for blocked records."""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import Conflict, KenseError
from app.people import classes as classes_service
from app.people import classifiers, pupils, staff
from app.people.fields import PUPIL_FIELDS, STAFF_FIELDS, FieldError, check_record, pin_warnings
from app.security.roles import Permission
from app.security.session import Session
from ui import i18n
from ui.people.actions import record_actions
from ui.people.texts import error_text, field_label, ref_entries
from ui.unsaved import close_without_asking, may_close
from ui.widgets import error_label, label, notice_frame, primary, show_error, show_hint

WARNING_STYLE = "color: #8a5a00;"
# Fields grouped as the paper forms group them.
PUPIL_GROUPS = (
    ("Person", ("surname", "given_name", "patronymic", "sex", "birth_date", "birth_place", "citizenship", "pin")),
    ("Birth certificate", ("birth_cert_series", "birth_cert_number", "birth_cert_date", "birth_cert_issuer")),
    ("Address", ("reg_region", "reg_address", "act_region", "act_address")),
    ("School", ("language", "benefit", "mektep_app_number")),
)
STAFF_GROUPS = (
    ("Person", ("surname", "given_name", "patronymic", "sex", "birth_date", "pin", "id_card_series",
                "id_card_number", "reg_region", "address", "phone")),
    ("Work", ("position", "education", "diploma", "qualification", "workload_hours", "hire_date", "hire_order",
              "dismissal_date", "dismissal_order", "prior_service_months")),
)


class RecordForm(QDialog):
    saved = Signal(str)            # the record was created or changed
    openRequested = Signal(str)    # open another record (the existing duplicate)

    def __init__(self, session: Session, kind: str, person_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordForm")
        self.session, self.kind = session, kind
        self.person_id: str | None = None
        self.fields_spec = PUPIL_FIELDS if kind == "pupil" else STAFF_FIELDS
        self.record: dict[str, Any] = {}
        self.loaded: dict[str, str] = {}
        self.duplicate_ids: list[str] = []
        self.editable = session.can(Permission.EDIT_PEOPLE)
        self.resize(900, 680)

        self.title = label("", "heading")
        self.title.setObjectName("formTitle")
        self.status = label("", "hint", wrap=False)
        self.status.setObjectName("formStatus")

        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.pin_warning = label("")
        self.pin_warning.setObjectName("pinWarning")
        self.pin_warning.setStyleSheet(WARNING_STYLE)
        self.pin_warning.setVisible(False)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        titles = {"Person": self.tr("Person"), "Birth certificate": self.tr("Birth certificate"),
                  "Address": self.tr("Address"), "School": self.tr("School"), "Work": self.tr("Work")}
        for group_name, names in (PUPIL_GROUPS if kind == "pupil" else STAFF_GROUPS):
            box = QGroupBox(titles[group_name])
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for name in names:
                widget = self._make_input(name)
                error = error_label()
                error.setObjectName(f"error_{name}")
                self.errors[name] = error
                cell = QWidget()
                cell_layout = QVBoxLayout(cell)
                cell_layout.setContentsMargins(0, 0, 0, 0)
                cell_layout.setSpacing(2)
                cell_layout.addWidget(widget)
                cell_layout.addWidget(error)
                if name == "pin":
                    cell_layout.addWidget(self.pin_warning)
                required = self.fields_spec[name][2]
                form.addRow(field_label(name) + (" *" if required else "") + ":", cell)
            page_layout.addWidget(box)
        self.admission_box = self._admission_box() if kind == "pupil" else None
        if self.admission_box is not None:
            page_layout.addWidget(self.admission_box)
        self.subjects: QListWidget | None = None
        self.loaded_subjects: list[str] = []
        if kind == "staff":
            page_layout.addWidget(self._subjects_box())
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("recordTabs")
        self.tabs.addTab(scroll, self.tr("Record"))
        self.extra_tabs: list[QWidget] = []

        # duplicate offer
        self.duplicate_frame = notice_frame()
        self.duplicate_frame.setObjectName("duplicateFrame")
        self.duplicate_text = label("")
        self.open_existing = QPushButton(self.tr("Open the existing record"))
        self.open_existing.setObjectName("openExisting")
        self.open_existing.clicked.connect(self._open_existing)
        self.save_anyway = QPushButton(self.tr("Save: it is a different person"))
        self.save_anyway.setObjectName("saveAnyway")
        self.save_anyway.clicked.connect(lambda: self.submit(confirm_duplicate=True))
        dup_layout = QHBoxLayout(self.duplicate_frame)
        dup_layout.addWidget(self.duplicate_text, 1)
        dup_layout.addWidget(self.open_existing)
        dup_layout.addWidget(self.save_anyway)
        self.duplicate_frame.setVisible(False)

        self.message = error_label()
        self.message.setObjectName("formMessage")
        self.warnings = label("")
        self.warnings.setObjectName("formWarnings")
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setVisible(False)
        self.actions_row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        self.save_button = primary(QPushButton(self.tr("Save"), self))
        self.save_button.setObjectName("saveRecord")
        self.save_button.clicked.connect(lambda: self.submit())
        self.save_button.setVisible(self.editable)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeRecord")
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addLayout(self.actions_row)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.duplicate_frame)
        layout.addWidget(self.message)
        layout.addWidget(self.warnings)
        layout.addLayout(bottom)

        if person_id:
            self.load(person_id)
        else:
            self._set_title()
            self.loaded = self.values()
        first = self.inputs["surname"]
        first.setFocus()

    # ----------------------------------------------------------------- inputs
    def _make_input(self, name: str) -> QWidget:
        kind, table, _required, max_len = self.fields_spec[name]
        widget: QWidget
        if kind == "sex":
            combo = QComboBox()
            combo.addItem("—", "")
            combo.addItem(self.tr("female"), "F")
            combo.addItem(self.tr("male"), "M")
            combo.currentIndexChanged.connect(lambda _=0, n=name: self.check_field(n))
            widget = combo
        elif kind == "ref":
            combo = QComboBox()
            combo.addItem("—", "")
            assert table is not None
            for code, text in ref_entries(self.session, table):
                combo.addItem(text, code)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            combo.currentIndexChanged.connect(lambda _=0, n=name: self.check_field(n))
            widget = combo
        else:
            edit = QLineEdit()
            if max_len:
                edit.setMaxLength(max_len + 20)  # longer input gets the "too long" message, not a silent cut
            if kind in ("date", "date_past"):
                edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
            if kind == "pin":
                edit.setPlaceholderText(self.tr("14 digits"))
                edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
            edit.editingFinished.connect(lambda n=name: self.check_field(n))
            widget = edit
        widget.setObjectName(f"field_{name}")
        self.inputs[name] = widget
        return widget

    def _admission_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Admission"))
        form = QFormLayout(box)
        self.class_combo = QComboBox()
        self.class_combo.setObjectName("admissionClass")
        self.class_combo.addItem(self.tr("— no class yet —"), "")
        for cls in classes_service.list_classes(self.session):
            self.class_combo.addItem(cls.name, cls.id)
        self.admission_date = QLineEdit(date.today().strftime("%d.%m.%Y"))
        self.admission_date.setObjectName("admissionDate")
        self.admission_order = QLineEdit()
        self.admission_order.setObjectName("admissionOrder")
        self.admission_order.setPlaceholderText(self.tr("e.g. 45-к"))
        form.addRow(self.tr("Class:"), self.class_combo)
        form.addRow(self.tr("Admission date:"), self.admission_date)
        form.addRow(self.tr("Order number:"), self.admission_order)
        return box

    def _subjects_box(self) -> QGroupBox:
        """The subjects a teacher teaches: ticked from the reference list, never typed."""
        box = QGroupBox(self.tr("Subjects taught"))
        self.subjects = QListWidget()
        self.subjects.setObjectName("staffSubjects")
        self.subjects.setMaximumHeight(150)
        for code, name in ref_entries(self.session, "ref_subject"):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.subjects.addItem(item)
        QVBoxLayout(box).addWidget(self.subjects)
        return box

    def checked_subjects(self) -> list[str]:
        if self.subjects is None:
            return []
        items = (self.subjects.item(i) for i in range(self.subjects.count()))
        return sorted(str(i.data(Qt.ItemDataRole.UserRole)) for i in items
                      if i.checkState() == Qt.CheckState.Checked)

    def set_subjects(self, codes: list[str]) -> None:
        if self.subjects is None:
            return
        for i in range(self.subjects.count()):
            item = self.subjects.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def value_of(self, name: str) -> str:
        widget = self.inputs[name]
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def values(self) -> dict[str, str]:
        return {name: self.value_of(name) for name in self.inputs}

    def set_values(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            widget = self.inputs.get(name)
            if isinstance(widget, QComboBox):
                index = widget.findData(str(value or ""))
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QLineEdit):
                kind = self.fields_spec[name][0]
                text = "" if value is None else str(value)
                if kind in ("date", "date_past") and len(text) == 10 and text[4] == "-":
                    text = i18n.format_date(text)
                if kind == "number" and text.endswith(".0"):
                    text = text[:-2]
                widget.setText(text)

    def has_input(self) -> bool:
        return self.values() != self.loaded or self.checked_subjects() != self.loaded_subjects

    # ----------------------------------------------------------------- loading
    def load(self, person_id: str) -> None:
        reveal = self.session.can(Permission.REVEAL_PERSONAL)
        lang = i18n.current_language()
        if self.kind == "pupil":
            record = pupils.get_pupil(self.session, person_id, reveal=reveal, lang=lang)
        else:
            record = staff.get_staff(self.session, person_id, reveal=reveal)
        self.person_id, self.record = person_id, record
        self.set_values({k: record.get(k) for k in self.inputs})
        self.loaded = self.values()
        self.set_subjects(list(record.get("subjects") or []))
        self.loaded_subjects = self.checked_subjects()
        self.editable = self.session.can(Permission.EDIT_PEOPLE) and reveal and not record.get("blocked") \
            and not record.get("depersonalised")
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(not self.editable)
            else:
                widget.setEnabled(self.editable)
        if self.subjects is not None:
            self.subjects.setEnabled(self.editable)
        self.save_button.setVisible(self.editable)
        if self.admission_box is not None:
            self.admission_box.setVisible(False)
        self._set_title()
        self._build_tabs()
        self._build_actions()
        self._update_pin_warning()

    def _set_title(self) -> None:
        if not self.person_id:
            self.setWindowTitle(self.tr("New pupil") if self.kind == "pupil" else self.tr("New staff member"))
            self.title.setText(self.windowTitle())
            return
        name = " ".join(str(self.record.get(k) or "") for k in ("surname", "given_name", "patronymic")).strip()
        self.setWindowTitle(name)
        self.title.setText(name)
        parts = []
        if self.record.get("book"):
            parts.append(self.tr("Book No. %1").replace("%1", str(self.record["book"])))
        if self.record.get("class"):
            parts.append(self.tr("class %1").replace("%1", str(self.record["class"])))
        if self.record.get("blocked"):
            parts.append(self.tr("blocked"))
        if self.record.get("depersonalised"):
            parts.append(self.tr("depersonalised"))
        self.status.setText(" · ".join(parts))

    def _build_tabs(self) -> None:
        from ui.people import tabs

        for widget in self.extra_tabs:
            self.tabs.removeTab(self.tabs.indexOf(widget))
            widget.deleteLater()
        self.extra_tabs = []
        assert self.person_id is not None
        made: list[tuple[QWidget, str]] = []
        if self.kind == "pupil":
            made.append((tabs.MovementsTab(self), self.tr("Movement")))
            made.append((tabs.GuardiansTab(self), self.tr("Guardians and consent")))
        made.append((tabs.HistoryTab(self), self.tr("Changes")))
        if self.session.can(Permission.MANAGE_PERSONAL_DATA) or self.session.can(Permission.REVEAL_PERSONAL):
            made.append((tabs.PersonalDataTab(self), self.tr("Personal data")))
        for widget, title in made:
            self.tabs.addTab(widget, title)
            self.extra_tabs.append(widget)

    def _build_actions(self) -> None:
        for button in self.action_buttons.values():
            self.actions_row.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        if not self.person_id or self.record.get("depersonalised"):
            return
        for action in record_actions(self.session, self.kind):
            button = QPushButton(action.title())
            button.setObjectName(f"action_{action.key}")
            button.clicked.connect(lambda _=False, a=action: self._run_action(a))
            self.actions_row.addWidget(button)
            self.action_buttons[action.key] = button

    def _run_action(self, action: Any) -> None:
        if self.person_id is None:
            return
        try:
            action.callback(self.session, self.kind, self.person_id, self)
        except KenseError as exc:
            show_error(self.message, error_text(exc))

    def reload(self) -> None:
        if self.person_id:
            current = self.tabs.currentIndex()
            self.load(self.person_id)
            self.tabs.setCurrentIndex(min(current, self.tabs.count() - 1))
            self.saved.emit(self.person_id)

    # ----------------------------------------------------------------- checking
    def check_field(self, name: str) -> bool:
        """Inline check of one field as the user leaves it; the message is in the user's language."""
        if not shiboken6.isValid(self) or not self.editable or not self.isVisible() \
                or self.session.state != "active":
            return True   # a closing form (or a locked session) loses focus too: nothing to check
        refs = classifiers.of_session(self.session)
        checked = check_record(self.fields_spec, {name: self.value_of(name)}, refs, partial=True)
        issue = next((i for i in checked.errors if i.field == name), None)
        if name in self.errors:
            show_error(self.errors[name], issue.message(i18n.current_language()) if issue else "")
        if name in ("pin", "birth_date", "sex"):
            self._update_pin_warning()
        return issue is None

    def _update_pin_warning(self) -> None:
        refs = classifiers.of_session(self.session)
        data = {k: self.value_of(k) for k in ("pin", "birth_date", "sex")}
        checked = check_record(self.fields_spec, data, refs, partial=True)
        if checked.errors or not checked.values.get("pin"):
            show_error(self.pin_warning, "")
            return
        lang = i18n.current_language()
        show_error(self.pin_warning, " ".join(i.message(lang) for i in pin_warnings(checked.values)))

    def check_all(self) -> bool:
        refs = classifiers.of_session(self.session)
        checked = check_record(self.fields_spec, self.values(), refs)
        lang = i18n.current_language()
        for name, error in self.errors.items():
            issue = next((i for i in checked.errors if i.field == name), None)
            show_error(error, issue.message(lang) if issue else "")
        self._update_pin_warning()
        if checked.errors:
            first = checked.errors[0].field
            if first in self.inputs:
                self.tabs.setCurrentIndex(0)
                self.inputs[first].setFocus()
        return not checked.errors

    # ----------------------------------------------------------------- saving
    def submit(self, *, confirm_duplicate: bool = False) -> bool:
        if not self.editable:
            return False
        show_error(self.message, "")
        self.duplicate_frame.setVisible(False)
        if not self.check_all():
            show_error(self.message, self.tr("Correct the fields marked in red."))
            return False
        values = self.values()
        try:
            if self.person_id is None:
                saved = self._create(values, confirm_duplicate)
            else:
                changes = {k: v for k, v in values.items() if v != self.loaded.get(k)}
                subjects = self.checked_subjects()
                saved = (pupils.update_pupil(self.session, self.person_id, changes) if self.kind == "pupil"
                         else staff.update_staff(self.session, self.person_id, changes,
                                                 subjects=subjects if subjects != self.loaded_subjects else None))
        except FieldError as exc:
            if exc.field in self.errors:
                show_error(self.errors[exc.field], exc.message(i18n.current_language()))
            show_error(self.message, exc.message(i18n.current_language()))
            return False
        except Conflict as exc:
            if exc.key in ("person.possible_duplicate", "pin.duplicate"):
                self._offer_duplicate(exc, values)
            else:
                show_error(self.message, error_text(exc))
            return False
        except KenseError as exc:
            show_error(self.message, error_text(exc))
            return False
        lang = i18n.current_language()
        warnings = " ".join(w.message(lang) for w in saved.warnings)
        self.load(saved.id)
        show_error(self.warnings, warnings)
        show_hint(self.message, self.tr("Saved."))
        self.saved.emit(saved.id)
        return True

    def _create(self, values: dict[str, str], confirm_duplicate: bool) -> Any:
        data = {k: v for k, v in values.items() if v}
        if self.kind == "staff":
            return staff.create_staff(self.session, data, subjects=self.checked_subjects(),
                                      confirm_duplicate=confirm_duplicate)
        class_id = self.class_combo.currentData() or None
        return pupils.create_pupil(self.session, data, class_ref=class_id,
                                   admission_date=self.admission_date.text().strip() or None,
                                   order_number=self.admission_order.text(), confirm_duplicate=confirm_duplicate)

    def _offer_duplicate(self, exc: Conflict, values: dict[str, str]) -> None:
        checked = check_record(self.fields_spec, values, classifiers.of_session(self.session))
        table = "pupil" if self.kind == "pupil" else "staff"
        found = pupils.duplicates_of(self.session, checked.values, exclude_id=self.person_id, table=table)
        self.duplicate_ids = [pid for pid, _reason in found]
        self.message.setProperty("role", "error")
        if exc.key == "pin.duplicate":
            show_error(self.errors["pin"], exc.message(i18n.current_language()))
        self.duplicate_text.setText(exc.message(i18n.current_language()))
        self.save_anyway.setVisible(exc.key == "person.possible_duplicate")
        self.open_existing.setVisible(bool(self.duplicate_ids))
        self.duplicate_frame.setVisible(True)

    def _open_existing(self) -> None:
        if self.duplicate_ids:
            self.openRequested.emit(self.duplicate_ids[0])

    def destroyed_record(self) -> None:
        """The record no longer exists: tell the list, drop what the form shows, close."""
        person_id = self.person_id
        self.clear()
        self.person_id = None
        if person_id:
            self.saved.emit(person_id)
        close_without_asking(self)

    def reject(self) -> None:
        # Close, ✕ and Esc: typed changes are never thrown away without a word.
        if may_close(self, lambda: self.editable and self.has_input(), self.submit):
            super().reject()

    # ----------------------------------------------------------------- drafts and lock
    def draft(self) -> dict[str, Any]:
        return {"kind": self.kind, "person_id": self.person_id, "values": self.values(),
                "subjects": self.checked_subjects()}

    def clear(self) -> None:
        """Drop every value on the form (lock)."""
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.clear()
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
        for widget in self.extra_tabs:
            widget.deleteLater()
        self.extra_tabs = []
        self.set_subjects([])
        self.record, self.loaded, self.loaded_subjects = {}, {}, []
        self.title.clear()
        self.status.clear()
