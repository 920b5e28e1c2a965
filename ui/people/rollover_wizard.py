"""The year-end rollover: choose the new school year, the order, the grade jumps and the pupils who
repeat their grade; see the preview (per class: promoted, jumping, repeating, graduating; the classes
that will be created) and only then commit. The preview (it reads every current enrolment) and the commit
run on their own connection off the GUI thread; the commit is one transaction: all of it or nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import KenseError
from app.people import classes as classes_service
from app.people import pupils, rollover
from app.people.values import next_academic_year
from app.security.session import Session
from ui.people.texts import error_text
from ui.tasks import ProgressDialog, Task, manager
from ui.widgets import error_label, label, primary, show_error, show_hint


class RolloverWizard(QDialog):
    committed = Signal()
    previewed = Signal(object)   # the plan, or None when the preview was refused

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rolloverWizard")
        self.setWindowTitle(self.tr("Year-end rollover"))
        self.session = session
        self.repeaters: dict[str, str] = {}      # id -> name and class, as the list shows it
        self.plan: rollover.Plan | None = None
        self.planned_with: tuple[Any, ...] | None = None
        self.task: Task | None = None
        self.resize(940, 720)
        current = classes_service.school_year(session)

        self.year = QLineEdit(next_academic_year(current))
        self.year.setObjectName("targetYear")
        self.order = QLineEdit()
        self.order.setObjectName("rolloverOrder")
        self.order.setPlaceholderText(self.tr("e.g. 112-к"))
        self.jump_3 = QCheckBox(self.tr("Grade 3 moves to grade 5"))
        self.jump_3.setObjectName("jump3")
        self.jump_6 = QCheckBox(self.tr("Grade 6 moves to grade 8"))
        self.jump_6.setObjectName("jump6")
        for box in (self.jump_3, self.jump_6):
            box.toggled.connect(lambda _=False: self._update_buttons())
        self.year.textChanged.connect(lambda _: self._update_buttons())
        jumps = QHBoxLayout()
        jumps.addWidget(self.jump_3)
        jumps.addWidget(self.jump_6)
        jumps.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Current school year:"), label(current))
        form.addRow(self.tr("New school year:"), self.year)
        form.addRow(self.tr("Order number:"), self.order)
        form.addRow(self.tr("Grade jumps:"), jumps)

        self.find = QLineEdit()
        self.find.setObjectName("repeaterSearch")
        self.find.setPlaceholderText(self.tr("Find a pupil who repeats the grade: surname, name…"))
        self.find.textChanged.connect(self._search)
        self.found = QListWidget()
        self.found.setObjectName("repeaterCandidates")
        self.found.setMaximumHeight(110)
        self.found.itemDoubleClicked.connect(self._add_repeater)
        self.chosen = QListWidget()
        self.chosen.setObjectName("repeaters")
        self.chosen.setMaximumHeight(110)
        self.chosen.itemDoubleClicked.connect(self._remove_repeater)
        lists = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.find)
        left.addWidget(self.found)
        right = QVBoxLayout()
        right.addWidget(label(self.tr("Repeat the grade (double-click to remove):"), "hint"))
        right.addWidget(self.chosen)
        lists.addLayout(left, 1)
        lists.addLayout(right, 1)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("previewRollover")
        self.preview_button.clicked.connect(lambda: self.preview())
        self.commit_button = primary(QPushButton(self.tr("Carry out the rollover")))
        self.commit_button.setObjectName("commitRollover")
        self.commit_button.clicked.connect(lambda: self.commit())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.commit_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("rolloverPreview")
        self.table.setHorizontalHeaderLabels([self.tr("Class"), self.tr("Promoted"), self.tr("Grade jump"),
                                              self.tr("Repeat"), self.tr("Graduate")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = label("")
        self.summary.setObjectName("rolloverSummary")
        self.message = error_label()
        self.message.setObjectName("rolloverMessage")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    # ----------------------------------------------------------------- repeaters
    def _search(self, text: str) -> None:
        self.found.clear()
        if len(text.strip()) < 2:
            return
        try:
            ids = pupils.pupil_ids(self.session, query=text, limit=30)
            rows = pupils.pupil_rows(self.session, ids)
        except KenseError as exc:
            show_error(self.message, error_text(exc))
            return
        for row in rows:
            name = f"{row['surname']} {row['given_name']} {row['patronymic'] or ''}".strip()
            item = QListWidgetItem(f"{name} — {row['class'] or '?'}")
            item.setData(256, row["id"])
            self.found.addItem(item)

    def _add_repeater(self, item: QListWidgetItem) -> None:
        self.add_repeater(str(item.data(256)), item.text())

    def add_repeater(self, pupil_id: str, text: str) -> None:
        if pupil_id in self.repeaters:
            return
        self.repeaters[pupil_id] = text
        chosen = QListWidgetItem(text)
        chosen.setData(256, pupil_id)
        self.chosen.addItem(chosen)
        self._update_buttons()

    def _remove_repeater(self, item: QListWidgetItem) -> None:
        self.repeaters.pop(str(item.data(256)), None)
        self.chosen.takeItem(self.chosen.row(item))
        self._update_buttons()

    # ----------------------------------------------------------------- preview and commit
    def params(self) -> tuple[str, frozenset[str], tuple[tuple[int, int], ...]]:
        jumps = tuple((a, b) for box, a, b in ((self.jump_3, 3, 5), (self.jump_6, 6, 8)) if box.isChecked())
        return self.year.text().strip(), frozenset(self.repeaters), jumps

    def _update_buttons(self) -> None:
        if not hasattr(self, "commit_button"):
            return
        busy = self.task is not None and not self.task.done
        self.preview_button.setEnabled(not busy)
        self.commit_button.setEnabled(not busy and self.plan is not None and self.planned_with == self.params())

    def preview(self) -> Task | None:
        """Build the plan off the GUI thread; ``previewed`` brings it (or None) back."""
        if self.task is not None and not self.task.done:
            return None
        show_error(self.message, "")
        params = self.params()
        year, repeaters, jumps = params

        def work(db: Session, progress: Any, cancelled: Any) -> rollover.Plan | None:
            if cancelled():
                return None
            return rollover.plan(db, year, repeaters=set(repeaters), jumps=dict(jumps))

        # A read: on its own connection, not queued behind the database worker's writes.
        self.task = manager().run_read(self.session, work, on_result=lambda plan: self._show_plan(plan, params),
                                       on_error=self._preview_failed, on_finished=self._update_buttons,
                                       owner=self)
        ProgressDialog.attach(self.task, self.tr("Preparing the preview…"), self)
        self._update_buttons()
        return self.task

    def _preview_failed(self, exc: BaseException) -> None:
        self.task = None   # the answer is here: the buttons are final before anyone hears ``previewed``
        self.plan = None
        self.table.setRowCount(0)
        self.summary.clear()
        show_error(self.message, error_text(exc))
        self._update_buttons()
        self.previewed.emit(None)

    def _show_plan(self, plan: rollover.Plan | None, params: tuple[Any, ...]) -> None:
        # The result is the end of the preview for the screen: the buttons must be final before
        # ``previewed`` is emitted, not only when the task's ``finished`` arrives later.
        self.task = None
        if plan is None:     # cancelled
            self._update_buttons()
            self.previewed.emit(None)
            return
        self.plan, self.planned_with = plan, params
        data = plan.to_json()
        self.table.setRowCount(len(data["classes"]))
        for r, entry in enumerate(data["classes"]):
            values = [entry["class"], *(str(entry.get(k, 0) or "") for k in
                                        ("promotion", "grade_jump", "repeat", "graduation"))]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        counts = plan.counts()
        self.summary.setText(self.tr("%1 → %2: promoted %3, grade jump %4, repeat %5, graduate %6. New classes: %7.")
                             .replace("%1", plan.from_year).replace("%2", plan.to_year)
                             .replace("%3", str(counts.get("promotion", 0)))
                             .replace("%4", str(counts.get("grade_jump", 0)))
                             .replace("%5", str(counts.get("repeat", 0)))
                             .replace("%6", str(counts.get("graduation", 0)))
                             .replace("%7", str(len(plan.new_classes))))
        self.summary.setToolTip(", ".join(plan.new_classes))
        self._update_buttons()
        self.previewed.emit(plan)

    def commit(self) -> Task | None:
        if self.plan is None or self.planned_with != self.params():
            show_error(self.message, self.tr("Look at the preview first."))
            return None
        if not self.order.text().strip():
            show_error(self.message, self.tr("Give the order number."))
            return None
        year, repeaters, jumps = self.params()
        order = self.order.text()

        def work(db: Session, progress: Any, cancelled: Any) -> rollover.Plan | None:
            if cancelled():
                return None
            return rollover.commit(db, year, order, repeaters=set(repeaters), jumps=dict(jumps))

        self.task = manager().run_db(self.session, work, on_result=self._committed, on_error=self._failed,
                                     on_finished=self._update_buttons, owner=self)
        ProgressDialog.attach(self.task, self.tr("Carrying out the rollover…"), self)
        self._update_buttons()
        return self.task

    def _committed(self, plan: rollover.Plan | None) -> None:
        self.task = None
        if plan is None:
            self._update_buttons()
            return
        self.plan = None
        show_hint(self.message, self.tr("Done: the school year is now %1.").replace("%1", plan.to_year))
        self.committed.emit()
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        show_error(self.message, error_text(exc))
        self._update_buttons()

    def clear_personal_data(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.repeaters.clear()
        self.found.clear()
        self.chosen.clear()
        self.table.setRowCount(0)
        self.plan = None
