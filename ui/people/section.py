"""The Pupils and Staff sections: the lazy list (search as you type, class filter, masked columns with
an audited per-record reveal), the record forms, the classes overview, import, rollover and export.
Buttons are shown only to roles that may use them; the services check again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Change
from app.errors import KenseError
from app.people import classes as classes_service
from app.people import export, pupils, staff
from app.security.roles import Permission
from app.security.session import Session
from ui import i18n, tasks
from ui.list_section import LazyListSection
from ui.people.form import RecordForm
from ui.people.model import PeopleTableModel, column_title, sex_text
from ui.people.texts import error_text, ref_entries
from ui.privacy import REVEAL_SECONDS, privacy
from ui.unsaved import close_without_asking
from ui.widgets import error_label, label, primary, show_error, show_hint

ExportTable = tuple[list[str], list[str], list[list[Any]]]   # column keys, headers, rows

SEARCH_DELAY_MS = 200
WIDTHS = {"book": 70, "surname": 140, "given_name": 110, "patronymic": 150, "class": 60, "sex": 50,
          "birth_date": 115, "pin": 160, "address": 150, "position": 190, "phone": 130, "hire_date": 110}


def fit(button: QPushButton) -> QPushButton:
    """At least as wide as its (possibly bold) text: a layout short of room must not cut a button's words."""
    font = button.font()
    font.setBold(bool(button.property("primary")))
    button.setMinimumWidth(QFontMetrics(font).horizontalAdvance(button.text()) + 44)
    return button


class PeopleSection(LazyListSection):
    """What the pupil and the staff lists share."""

    kind = "pupil"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.follow(session)
        self.can_edit = session.can(Permission.EDIT_PEOPLE)
        self.can_reveal = session.can(Permission.REVEAL_PERSONAL)
        self.dialogs: list[QDialog] = []
        self.model = PeopleTableModel(self.kind, self)
        self.model.setObjectName(f"{self.kind}Model")

        self.heading = label("", "heading", wrap=False)
        self.new_button = primary(QPushButton(self))  # parented: setVisible must not show a window
        self.new_button.setObjectName("newRecord")
        self.new_button.clicked.connect(lambda: self.open_new())
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(lambda: self.open_import())
        self.export_button = QPushButton(self.tr("Export list…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(lambda: self.export_list())
        self.new_button.setVisible(self.can_edit)
        self.import_button.setVisible(session.can(Permission.IMPORT_PEOPLE) and self.can_edit)
        self.export_button.setVisible(session.can(Permission.EXPORT_DATA))
        self.top = QHBoxLayout()
        self.top.addWidget(self.heading, 1)
        self.top.addWidget(self.export_button)
        self.top.addWidget(self.import_button)
        self.top.addWidget(self.new_button)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.inactive = QCheckBox()
        self.inactive.setObjectName("includeInactive")
        self.inactive.toggled.connect(lambda _: self.refresh())
        self.reveal_button = QPushButton(self.tr("Show hidden data"), self)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setToolTip(self.tr("Shows the PIN, birth date and address of the selected row for 30 "
                                              "seconds. Showing personal data is recorded in the audit log."))
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.reveal_button.setVisible(self.can_reveal)
        self.reveal_note = label("", "hint")
        self.reveal_note.setObjectName("revealNote")
        self.reveal_note.setVisible(False)
        self.model.revealChanged.connect(self._reveal_changed)
        self.search.setMinimumWidth(320)
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 1)
        options = QHBoxLayout()
        options.addWidget(self.inactive)
        options.addStretch(1)
        options.addWidget(self.reveal_note)
        options.addWidget(self.reveal_button)

        self.view = QTableView()
        self.view.setObjectName(f"{self.kind}View")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column, key in enumerate(self.model.columns):   # fixed widths: sizing to contents reads every row
            title = column_title(key)
            self.view.setColumnWidth(column, max(WIDTHS.get(key, 120), metrics.horizontalAdvance(title) + 26))
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.count_label = label("", "hint")
        self.count_label.setObjectName("countLabel")
        self.message = error_label()
        self.message.setObjectName("sectionMessage")

        self.list_page = QWidget()
        page = QVBoxLayout(self.list_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(self.filters)
        page.addLayout(options)
        page.addWidget(self.message)
        page.addWidget(self.view, 1)
        page.addWidget(self.count_label)
        privacy.changed.connect(self._privacy_changed)

    def _privacy_changed(self, active: bool) -> None:
        self.reveal_button.setEnabled(not active)

    # ----------------------------------------------------------------- list
    def ids_query(self) -> Any:   # (session, limit, after) -> ids
        raise NotImplementedError

    def query(self) -> Any:
        return self.ids_query()

    def row_id(self, row: int) -> str | None:
        return self.model.person_id(row)

    def error_text(self, exc: KenseError) -> str:
        return error_text(exc)

    def show_count(self) -> None:
        self.update_count()

    def update_count(self) -> None:
        known = self.model.known()
        if known == 0:
            self.count_label.setText(self.tr("Nothing found. Change the search or the filter."))
        elif self.model.is_complete():
            self.count_label.setText(self.tr("Found: %1").replace("%1", str(known)))
        else:
            self.count_label.setText(self.tr("Found: more than %1 — the list loads further as you scroll; type more "
                                             "letters to narrow it.").replace("%1", str(known)))

    def reveal_selected(self) -> bool:
        index = self.view.currentIndex()
        if not index.isValid():
            show_error(self.message, self.tr("Select a row first."))
            return False
        try:
            return self.model.reveal(index.row())
        except KenseError as exc:
            show_error(self.message, error_text(exc))
            return False

    def toggle_reveal(self) -> bool:
        """One button: "Show hidden data" on a masked row, "Hide again" while a row is shown."""
        if self.model.has_revealed():
            self.model.hide_revealed()
            return False
        return self.reveal_selected()

    def _reveal_changed(self) -> None:
        shown = self.model.has_revealed()
        self.reveal_button.setText(self.tr("Hide again") if shown else self.tr("Show hidden data"))
        self.reveal_note.setText(self.tr("Shown for %1 s, then hidden again. This is recorded in the audit log.")
                                 .replace("%1", str(REVEAL_SECONDS)) if shown else "")
        self.reveal_note.setVisible(shown)

    def _activated(self, index: QModelIndex) -> None:
        person_id = self.model.person_id(index.row())
        if person_id:
            self.open_record(person_id)

    # ----------------------------------------------------------------- dialogs
    def track(self, dialog: QDialog) -> QDialog:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _=0, d=dialog: self._untrack(d))
        return dialog

    def _untrack(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
            dialog.deleteLater()

    def forms(self) -> list[RecordForm]:
        return [d for d in self.dialogs if isinstance(d, RecordForm) and shiboken6.isValid(d)]

    def open_record(self, person_id: str) -> RecordForm | None:
        for form in self.forms():
            if form.person_id == person_id:
                form.raise_()
                form.activateWindow()
                return form
        try:
            form = RecordForm(self.session, self.kind, person_id, self)
        except KenseError as exc:
            show_error(self.message, error_text(exc))
            return None
        return self._show_form(form)

    def open_new(self, values: dict[str, Any] | None = None) -> RecordForm:
        form = RecordForm(self.session, self.kind, None, self)
        if values:
            form.set_values(values)
        return self._show_form(form)

    def _show_form(self, form: RecordForm) -> RecordForm:
        form.openRequested.connect(self.open_record)
        self.track(form)
        form.show()
        return form

    def open_import(self) -> QDialog:
        from ui.people.import_dialog import ImportDialog

        dialog = ImportDialog(self.session, self.kind, self)
        self.track(dialog)
        dialog.show()
        return dialog

    # ----------------------------------------------------------------- export
    def export_source(self) -> Callable[[Session], ExportTable]:
        """The list as filtered now, as a read to run on a worker session (reads no widget there)."""
        raise NotImplementedError

    def export_list(self, path: Path | None = None) -> tasks.Task | None:
        """Save the list as it is filtered now (no hidden columns) to xlsx or csv, on the database worker
        (20,000 rows take seconds). Refused on a removable drive unless the administrator allows it;
        always audited. Returns the task (None when the save dialog was cancelled)."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export list"), str(Path.home()),
                                                  "Excel (*.xlsx);;CSV (*.csv)")
            if not name:
                return None
            path = Path(name)
            if path.suffix.lower() not in (".xlsx", ".csv"):
                path = path.with_suffix(".xlsx")
        source, kind, target = self.export_source(), self.kind, path

        def work(db: Session, progress: Any, cancelled: Any) -> tuple[Path, int]:
            keys, headers, rows = source(db)
            return export.export_table(db, target, headers, rows, what=kind, columns=keys), len(rows)

        def done(result: tuple[Path, int]) -> None:
            written, count = result
            show_hint(self.message, self.tr("Saved %1 rows to %2.").replace("%1", str(count))
                      .replace("%2", str(written)))
            self.message.setProperty("role", "error")

        def failed(exc: BaseException) -> None:
            show_error(self.message, error_text(exc) if isinstance(exc, KenseError) else
                       self.tr("The list could not be saved."))

        self.export_button.setEnabled(False)
        show_hint(self.message, self.tr("Saving the list…"))
        return tasks.manager().run_db(self.session, work, on_result=done, on_error=failed, owner=self,
                                      on_finished=lambda: self.export_button.setEnabled(True))

    # ----------------------------------------------------------------- SectionWidget
    def clear_personal_data(self) -> None:
        for dialog in list(self.dialogs):
            if shiboken6.isValid(dialog):
                if isinstance(dialog, RecordForm):
                    dialog.clear()
                clear = getattr(dialog, "clear_personal_data", None)
                if clear is not None:
                    clear()
                close_without_asking(dialog)
        self.dialogs.clear()
        self.search_timer.stop()
        self.model.clear()
        self.search.clear()
        self.count_label.clear()
        show_error(self.message, "")

    def save_draft(self) -> dict | None:
        for form in self.forms():
            if form.isVisible() and form.editable and form.has_input():
                return {"form": form.draft()}
        return None

    def restore_draft(self, draft: dict) -> None:
        data = draft.get("form")
        if not isinstance(data, dict) or not isinstance(data.get("values"), dict):
            return
        form = self.open_record(data["person_id"]) if data.get("person_id") else self.open_new()
        if form is not None:
            form.set_values(data["values"])
            if isinstance(data.get("subjects"), list):
                form.set_subjects([str(code) for code in data["subjects"]])

    def help_topic(self) -> str:
        return "pupils" if self.kind == "pupil" else "staff"


class PupilsSection(PeopleSection):
    kind = "pupil"
    watches = Change.PUPILS | Change.CLASSES

    def data_changed(self, changed: Change) -> None:
        if changed & Change.CLASSES:
            self.load_classes()
            self.overview.refresh()
        self.refresh()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("pupilsSection")
        self.heading.setText(self.tr("Pupils"))
        self.new_button.setText(self.tr("New pupil…"))
        self.search.setPlaceholderText(self.tr("Search: surname, name, PIN or book number (Ө/7)…"))
        self.inactive.setText(self.tr("Also left and graduated"))
        self.rollover_button = QPushButton(self.tr("Year-end rollover…"), self)
        self.rollover_button.setObjectName("rolloverButton")
        self.rollover_button.clicked.connect(lambda: self.open_rollover())
        self.rollover_button.setVisible(self.can_edit)
        self.top.insertWidget(1, self.rollover_button)
        self.class_filter = QComboBox()
        self.class_filter.setObjectName("classFilter")
        self.class_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filters.insertWidget(0, self.class_filter)
        self.class_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.overview = ClassesOverview(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pupilTabs")
        self.tabs.addTab(self.list_page, self.tr("List"))
        self.tabs.addTab(self.overview, self.tr("Classes"))
        self.tabs.currentChanged.connect(lambda i: i == 1 and self.overview.refresh())
        for button in (self.new_button, self.import_button, self.export_button, self.rollover_button):
            fit(button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.tabs, 1)
        self.load_classes()
        self.refresh()
        self.search.setFocus()

    def load_classes(self) -> None:
        current = self.class_filter.currentData()
        self.class_filter.blockSignals(True)
        self.class_filter.clear()
        teacher = classes_service.teacher_scope(self.session) is not None
        if not teacher:
            self.class_filter.addItem(self.tr("All classes"), "")
        for cls in classes_service.list_classes_without_counts(self.session):
            self.class_filter.addItem(cls.name, cls.id)
        index = self.class_filter.findData(current) if current else 0
        self.class_filter.setCurrentIndex(max(index, 0))
        self.class_filter.blockSignals(False)

    def ids_query(self) -> Any:
        class_id = self.class_filter.currentData() or None
        text = self.search.text()
        inactive = self.inactive.isChecked()

        def query(session: Session, limit: int, after: str | None) -> list[str]:
            return pupils.pupil_ids(session, class_id=class_id, query=text, include_inactive=inactive,
                                    limit=limit, after=after)
        return query

    def export_source(self) -> Callable[[Session], ExportTable]:
        keys = ["book", "surname", "given_name", "patronymic", "class", "sex"]
        headers = [column_title(k) for k in keys]
        sexes = {code: sex_text(code) for code in ("F", "M", None)}
        class_id = self.class_filter.currentData() or None
        text, inactive = self.search.text(), self.inactive.isChecked()

        def read(session: Session) -> ExportTable:
            ids = pupils.pupil_ids(session, class_id=class_id, query=text, include_inactive=inactive)
            rows = [[r[k] if k != "sex" else sexes.get(r["sex"], "") for k in keys]
                    for r in pupils.pupil_rows(session, ids)]
            return keys, headers, rows
        return read

    def open_rollover(self) -> QDialog:
        from ui.people.rollover_wizard import RolloverWizard

        dialog = RolloverWizard(self.session, self)
        self.track(dialog)
        dialog.show()
        return dialog

    def clear_personal_data(self) -> None:
        super().clear_personal_data()
        self.overview.clear()
        self.class_filter.blockSignals(True)
        self.class_filter.clear()
        self.class_filter.blockSignals(False)


class StaffSection(PeopleSection):
    kind = "staff"
    watches = Change.STAFF

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("staffSection")
        self.heading.setText(self.tr("Staff"))
        self.new_button.setText(self.tr("New staff member…"))
        self.search.setPlaceholderText(self.tr("Search: surname, name or PIN…"))
        self.inactive.setText(self.tr("Also dismissed"))
        for button in (self.new_button, self.import_button, self.export_button):
            fit(button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.list_page, 1)
        self.refresh()
        self.search.setFocus()

    def ids_query(self) -> Any:
        text = self.search.text()
        dismissed = self.inactive.isChecked()

        def query(session: Session, limit: int, after: str | None) -> list[str]:
            # A school has tens of staff: one query, then the page the model asked for.
            ids = staff.staff_ids(session, query=text, include_dismissed=dismissed)
            start = ids.index(after) + 1 if after in ids else 0
            return ids[start:start + limit]
        return query

    def export_source(self) -> Callable[[Session], ExportTable]:
        keys = ["surname", "given_name", "patronymic", "position", "sex"]
        headers = [column_title(k) for k in keys]
        sexes = {code: sex_text(code) for code in ("F", "M", None)}
        text, dismissed, lang = self.search.text(), self.inactive.isChecked(), i18n.current_language()

        def read(session: Session) -> ExportTable:
            ids = staff.staff_ids(session, query=text, include_dismissed=dismissed)
            rows = [[r[k] if k != "sex" else sexes.get(r["sex"], "") for k in keys]
                    for r in staff.staff_rows(session, ids, lang)]
            return keys, headers, rows
        return read


class ClassesOverview(QWidget):
    """Classes of the current year with pupil counts by sex, a subtotal per grade and the school total."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classesOverview")
        self.session = session
        self.year = label("", "subheading")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("classesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Class"), self.tr("Language"), self.tr("Pupils"),
                                              self.tr("Girls"), self.tr("Boys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.year)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        try:
            found = classes_service.list_classes(self.session)
            year = classes_service.school_year(self.session)
        except KenseError:
            self.clear()
            return
        self.year.setText(self.tr("School year %1").replace("%1", year))
        languages = dict(ref_entries(self.session, "ref_language"))
        bold = QFont()
        bold.setBold(True)
        rows: list[tuple[list[str], bool]] = []
        total = [0, 0, 0]
        grades = sorted({c.grade for c in found})
        for grade in grades:
            in_grade = [c for c in found if c.grade == grade]
            for c in in_grade:
                language = languages.get(c.language, c.language)
                rows.append(([c.name, language, str(c.pupils), str(c.girls), str(c.boys)], False))
            sums = [sum(c.pupils for c in in_grade), sum(c.girls for c in in_grade), sum(c.boys for c in in_grade)]
            total = [a + b for a, b in zip(total, sums, strict=True)]
            rows.append(([self.tr("Grade %1 in all").replace("%1", str(grade)), "", *map(str, sums)], True))
        if grades:
            rows.append(([self.tr("School in all"), "", *map(str, total)], True))
        self.table.clearSpans()
        self.table.setRowCount(len(rows))
        for r, (values, strong) in enumerate(rows):
            if strong:   # "Grade 5 in all" over the class and language columns
                self.table.setSpan(r, 0, 1, 2)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if strong:
                    item.setFont(bold)
                self.table.setItem(r, c, item)

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.year.clear()
