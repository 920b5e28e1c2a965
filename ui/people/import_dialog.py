"""Import of pupils or staff from xlsx/xls/ods/CSV: choose the file, see how its columns were recognised
and change any (one choice per column), check it (a dry run: every bad row with its problem), then
import with a progress bar and Cancel. Reading, checking and writing run off the GUI thread on their own
connection (app.people.importing.worker); the write is one transaction, so Cancel — or a lock, or a
kill — leaves nothing half-written."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.people.fields import PUPIL_FIELDS, STAFF_FIELDS
from app.people.importing.headers import IGNORE, find_header
from app.people.importing.readers import read_table
from app.people.importing.run import ImportCancelled, ImportRefused, ImportReport, run_import
from app.security.session import Session
from ui import i18n
from ui.people.texts import error_text, field_label
from ui.tasks import ProgressDialog, Task, manager, run_task
from ui.widgets import error_label, label, primary, show_error

_EXTRA = {"pupil": ("full_name", "class", "class_letter"), "staff": ("full_name", "subjects")}
_UNSAFE = re.compile(r"[,;=]")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_columns(path: Path, kind: str) -> dict[str, Any]:
    """(worker) The file's header cells, an example value of each and the field each was recognised as."""
    table = read_table(path)
    allowed = set(PUPIL_FIELDS if kind == "pupil" else STAFF_FIELDS) | set(_EXTRA[kind])
    header_row, columns = find_header(table.rows, allowed, {})
    header = table.rows[header_row]
    sample = next((r for r in table.rows[header_row + 1:] if any(v not in (None, "") for v in r)), [])
    return {"headers": [_text(h) for h in header],
            "samples": [_text(sample[i]) if i < len(sample) else "" for i in range(len(header))],
            "fields": [columns.get(i, IGNORE) for i in range(len(header))],
            "format": table.format}


class ImportDialog(QDialog):
    imported = Signal()

    def __init__(self, session: Session, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.session, self.kind = session, kind
        self.path: Path | None = None
        self.task: Task | None = None
        self.progress: ProgressDialog | None = None
        self.report: ImportReport | None = None
        self.checked_mapping: str | None = None
        self.setWindowTitle(self.tr("Import pupils") if kind == "pupil" else self.tr("Import staff"))
        self.resize(980, 760)

        self.file = QLineEdit()
        self.file.setObjectName("importFile")
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("xlsx, xls, ods or csv"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.setObjectName("chooseFile")
        choose.clicked.connect(lambda: self.choose_file())
        file_row = QHBoxLayout()
        file_row.addWidget(label(self.tr("File:"), wrap=False))
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)

        self.mapping = QTableWidget(0, 3)
        self.mapping.setObjectName("columnMapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First value"),
                                                self.tr("Kense field")])
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        self.headers: list[str] = []

        self.order = QLineEdit()
        self.order.setObjectName("importOrder")
        self.order.setPlaceholderText(self.tr("e.g. 45-к"))
        options = QFormLayout()
        if kind == "pupil":
            options.addRow(self.tr("Admission order number:"), self.order)

        self.check_button = QPushButton(self.tr("Check (nothing is saved)"))
        self.check_button.setObjectName("checkImport")
        self.check_button.clicked.connect(lambda: self.start_check())
        self.import_button = primary(QPushButton(self.tr("Import")))
        self.import_button.setObjectName("runImport")
        self.import_button.clicked.connect(lambda: self.start_import())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        self.summary = label("")
        self.summary.setObjectName("importSummary")
        self.message = error_label()
        self.message.setObjectName("importMessage")
        self.report_table = QTableWidget(0, 3)
        self.report_table.setObjectName("importReport")
        self.report_table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"), self.tr("Problem")])
        self.report_table.verticalHeader().setVisible(False)
        self.report_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.report_table.setWordWrap(True)
        header = self.report_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(label(self.tr("How the columns were recognised. Change a field where it is wrong; "
                                       "“do not import” skips the column."), "hint"))
        layout.addWidget(self.mapping, 3)
        layout.addLayout(options)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.report_table, 2)
        self._update_buttons()

    # ----------------------------------------------------------------- helpers
    def field_names(self) -> list[tuple[str, str]]:
        spec = PUPIL_FIELDS if self.kind == "pupil" else STAFF_FIELDS
        extra = {"full_name": self.tr("Full name (surname, name, patronymic)"),
                 "class_letter": self.tr("Class letter"),
                 "class": field_label("class"), "subjects": field_label("subjects")}
        names = [(IGNORE, self.tr("— do not import —"))]
        names += [(name, extra[name]) for name in _EXTRA[self.kind]]
        names += [(name, field_label(name)) for name in spec]
        return names

    def mapping_text(self) -> str:
        parts = []
        for header, combo in zip(self.headers, self.combos, strict=True):
            column = _UNSAFE.sub(" ", header).strip()
            if column:
                parts.append(f"{column}={combo.currentData()}")
        return ",".join(parts)

    def _busy(self) -> bool:
        return self.task is not None and not self.task.done

    def _update_buttons(self) -> None:
        ready = self.path is not None and bool(self.combos) and not self._busy()
        self.check_button.setEnabled(ready)
        clean = self.report is not None and not self.report.errors and self.report.dry_run \
            and self.checked_mapping == self.mapping_text() and self.report.to_import > 0
        self.import_button.setEnabled(ready and clean)

    def _failed(self, exc: BaseException) -> None:
        show_error(self.message, error_text(exc))
        self._update_buttons()

    # ----------------------------------------------------------------- 1. the file
    def choose_file(self, path: Path | None = None) -> Task | None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose file"), str(Path.home()),
                                                  self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv)"))
            if not name:
                return None
            path = Path(name)
        self.path = Path(path)
        self.file.setText(str(self.path))
        self.report = None
        self._show_report(None)
        show_error(self.message, "")
        kind = self.kind
        self.task = run_task(lambda progress, cancelled: read_columns(Path(path), kind),
                             on_result=self._columns_read, on_error=self._failed, parent=self)
        self._update_buttons()
        return self.task

    def _columns_read(self, info: dict[str, Any]) -> None:
        self.headers = info["headers"]
        names = self.field_names()
        self.combos = []
        self.mapping.setRowCount(len(self.headers))
        for row, (header, sample, field) in enumerate(zip(info["headers"], info["samples"], info["fields"],
                                                          strict=True)):
            self.mapping.setItem(row, 0, QTableWidgetItem(header))
            self.mapping.setItem(row, 1, QTableWidgetItem(sample[:40]))
            combo = QComboBox()
            combo.setObjectName(f"map_{row}")
            for key, text in names:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(combo.findData(field), 0))
            combo.currentIndexChanged.connect(lambda _=0: self._update_buttons())
            self.mapping.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        recognised = sum(1 for f in info["fields"] if f != IGNORE)
        self.summary.setText(self.tr("Columns recognised: %1 of %2. Check the file before importing.")
                             .replace("%1", str(recognised)).replace("%2", str(len(self.headers))))
        self._update_buttons()

    # ----------------------------------------------------------------- 2. the dry run
    def start_check(self) -> Task | None:
        return self._start(dry_run=True)

    def start_import(self) -> Task | None:
        return self._start(dry_run=False)

    def _start(self, *, dry_run: bool) -> Task | None:
        if self.path is None or self._busy():
            return None
        show_error(self.message, "")
        path, kind, mapping, order = self.path, self.kind, self.mapping_text(), self.order.text()

        def work(db: Session, progress: Any, cancelled: Any) -> ImportReport:
            try:   # one transaction on the database worker: a lock or a cancel leaves nothing
                return run_import(db, path, kind=kind, mapping=mapping, dry_run=dry_run,
                                  order_number=order, progress=progress, cancel=cancelled)
            except ImportRefused as refused:
                return refused.report

        self.task = manager().run_db(self.session, work, on_result=lambda report, m=mapping: self._reported(report, m),
                                     on_error=self._failed, on_finished=self._update_buttons, owner=self)
        if not dry_run:
            self.progress = ProgressDialog.attach(self.task, self.tr("Importing…"), self)
        self._update_buttons()
        return self.task

    def _reported(self, report: ImportReport, mapping: str) -> None:
        self.report = report
        self.checked_mapping = mapping if report.dry_run else None
        self._show_report(report)
        if not report.dry_run and report.imported:
            self.imported.emit()
        self._update_buttons()

    def _show_report(self, report: ImportReport | None) -> None:
        if report is None:
            self.report_table.setRowCount(0)
            return
        lang = i18n.current_language()
        rows: list[tuple[str, str, str]] = []
        for error in report.errors:
            rows.append((str(error.row), field_label(error.issue.field), error.issue.message(lang)))
        for warning in report.warnings:
            rows.append((str(warning.row), field_label(warning.issue.field),
                         self.tr("Warning: %1").replace("%1", warning.issue.message(lang))))
        for existing in report.existing:
            rows.append((str(existing["row"]), "", self.tr("Already in the register: %1 — not imported again.")
                         .replace("%1", existing["name"])))
        self.report_table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.report_table.setItem(r, c, QTableWidgetItem(value))
        self.report_table.resizeRowsToContents()
        bad_rows = len({e.row for e in report.errors})
        if report.errors:
            text = self.tr("Rows with errors: %1 of %2. Nothing will be imported until they are corrected in the file "
                           "(or their columns skipped).").replace("%1", str(bad_rows)).replace("%2",
                                                                                                str(report.data_rows))
            self.summary.setProperty("role", "error")
        elif report.dry_run:
            text = self.tr("Ready to import: %1 rows. Already in the register: %2. New classes: %3.") \
                .replace("%1", str(report.to_import)).replace("%2", str(len(report.existing))) \
                .replace("%3", ", ".join(report.new_classes) or "—")
            self.summary.setProperty("role", "hint")
        else:
            text = self.tr("Imported: %1 rows.").replace("%1", str(report.imported))
            self.summary.setProperty("role", "hint")
        self.summary.setText(text)
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    # ----------------------------------------------------------------- lock
    def clear_personal_data(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.report = None
        self.report_table.setRowCount(0)
        self.mapping.setRowCount(0)
        self.combos, self.headers = [], []
        self.summary.clear()

    def cancelled_message(self) -> str:
        return ImportCancelled().message(i18n.current_language())


