"""The audit tab of the Data protection section: every entry in plain words, filtered by person, action
kind, period and record, the chain's state on top, and the filtered view exported as a signed-off PDF.

Reading runs on the session's database worker (the chain walk and a big log take seconds), so the
window stays live; a newer filter simply outruns an older read, whose answer is then ignored. The rows
hold names, so the lock drops them with the rest of the section.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.admin import users as users_service
from app.audit import viewer
from app.audit.viewer import AuditFilter, ChainState, ViewEntry
from app.changes import Change
from app.desk import audit_extract
from app.errors import KenseError
from app.security.roles import Permission
from app.security.session import Session
from ui import i18n, tasks
from ui.desk.section import DeskTab, register_tab
from ui.sections import SectionWidget
from ui.widgets import error_label, label, read_only_table, show_error, show_hint

ROWS = 1000                     # newest entries shown at once; the count says when the filter should narrow
_NO_DAY = QDate(2000, 1, 1)     # a date field at its minimum shows "—": no bound on that side
_Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("AuditModel", "When"), QT_TRANSLATE_NOOP("AuditModel", "Who"),
               QT_TRANSLATE_NOOP("AuditModel", "What happened"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ViewEntry] = []

    def set_rows(self, rows: list[ViewEntry]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        entry = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (i18n.format_moment(entry.at), entry.who, entry.sentence)[index.column()]
        return None

    def texts(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (the tests read this)."""
        return [tuple(str(self.data(self.index(r, c))) for c in range(3)) for r in range(len(self.rows))]  # type: ignore[misc]


def _date_field(name: str) -> QDateEdit:
    field = QDateEdit()
    field.setObjectName(name)
    field.setCalendarPopup(True)
    field.setDisplayFormat(i18n.DATE_FORMAT)
    field.setMinimumDate(_NO_DAY)
    field.setSpecialValueText("—")
    field.setDate(_NO_DAY)
    return field


class AuditTab(SectionWidget):
    watches = (Change.PUPILS | Change.STAFF | Change.CLASSES | Change.DOCUMENTS | Change.CERTIFICATES
               | Change.SETTINGS | Change.USERS)   # every write is audited: any of them adds entries
    loaded = Signal()        # the rows of the current filter are shown (or its error)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditTab")
        self.session = session
        self.follow(session)
        self._cleared = False
        self._stale = True          # rows (and the chain state) to be read when next shown
        self._load_number = 0       # the newest read started; older answers are ignored
        self.load_task: tasks.Task | None = None
        self.export_task: tasks.Task | None = None

        self.chain = label("", "subheading")
        self.chain.setObjectName("chainState")
        self.person = QComboBox()
        self.person.setObjectName("filterUser")
        self.action = QComboBox()
        self.action.setObjectName("filterAction")
        self.date_from = _date_field("filterFrom")
        self.date_to = _date_field("filterTo")
        self.any_time = QPushButton(self.tr("Any time"))
        self.any_time.setObjectName("anyTime")
        self.any_time.clicked.connect(self.clear_period)
        self.record = QLineEdit()
        self.record.setObjectName("filterRecord")
        self.record.setClearButtonEnabled(True)
        self.record.setPlaceholderText(self.tr("Record id (a pupil, staff member or document)"))
        self.record_name = label("", "hint", wrap=False)
        self.record_name.setObjectName("recordName")
        self._fill_choices()
        for signal in (self.person.currentIndexChanged, self.action.currentIndexChanged,
                       self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(lambda *_: self.reload())
        self.record.editingFinished.connect(self._record_typed)
        self.record.textChanged.connect(lambda text: self.reload() if not text else None)

        self.model = AuditModel(self)
        self.table = read_only_table(self.model, "auditTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.count = label("", "hint")
        self.count.setObjectName("auditCount")
        self.message = error_label()
        self.message.setObjectName("auditMessage")
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(lambda: self.export_pdf())

        first = QHBoxLayout()
        first.addWidget(label(self.tr("Who:"), wrap=False))
        first.addWidget(self.person, 2)
        first.addWidget(label(self.tr("What:"), wrap=False))
        first.addWidget(self.action, 2)
        second = QHBoxLayout()
        second.addWidget(label(self.tr("from"), wrap=False))
        second.addWidget(self.date_from)
        second.addWidget(label(self.tr("to"), wrap=False))
        second.addWidget(self.date_to)
        second.addWidget(self.any_time)
        second.addSpacing(16)
        second.addWidget(label(self.tr("Record:"), wrap=False))
        second.addWidget(self.record, 2)
        second.addWidget(self.record_name, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

    def _fill_choices(self) -> None:
        lang = i18n.current_language()
        for combo in (self.person, self.action):
            combo.blockSignals(True)
            combo.clear()
        self.person.addItem(self.tr("Everyone"), "")
        if self.session.can(Permission.VIEW_USERS):
            for user in sorted(users_service.list_users(self.session), key=lambda u: (u.full_name or u.login)):
                self.person.addItem(f"{user.full_name or user.login} ({user.login})", user.login)
        self.action.addItem(self.tr("All actions"), "")
        for prefix in viewer.ACTION_GROUPS:
            self.action.addItem(viewer.group_name(prefix, lang), prefix)
        for combo in (self.person, self.action):
            combo.blockSignals(False)

    # ----------------------------------------------------------------- filter
    def current_filter(self) -> AuditFilter:
        def day(field: QDateEdit) -> date | None:
            value = field.date()
            return None if value == _NO_DAY else date(value.year(), value.month(), value.day())

        return AuditFilter(user_login=self.person.currentData() or None, record_id=self.record.text().strip() or None,
                           action_prefix=self.action.currentData() or None, date_from=day(self.date_from),
                           date_to=day(self.date_to), limit=ROWS)

    def clear_period(self) -> None:
        for field in (self.date_from, self.date_to):
            field.blockSignals(True)
            field.setDate(_NO_DAY)
            field.blockSignals(False)
        self.reload()

    def show_record(self, record_id: str) -> tasks.Task | None:
        """Who saw or changed this record: the record filter alone, every other filter let go."""
        for widget in (self.person, self.action, self.date_from, self.date_to, self.record):
            widget.blockSignals(True)
        self.person.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.date_from.setDate(_NO_DAY)
        self.date_to.setDate(_NO_DAY)
        self.record.setText(record_id)
        for widget in (self.person, self.action, self.date_from, self.date_to, self.record):
            widget.blockSignals(False)
        return self.reload(with_state=self._stale)

    def _record_typed(self) -> None:
        shown = self._shown_filter.record_id if self._shown_filter is not None else None
        if (self.record.text().strip() or None) != shown:
            self.reload()

    # ----------------------------------------------------------------- reading
    _shown_filter: AuditFilter | None = None   # the filter whose rows are on screen

    def reload(self, *, with_state: bool = False) -> tasks.Task | None:
        """Read the rows of the current filter (and the chain's state) on the database worker."""
        if self._cleared:
            return None
        flt, lang = self.current_filter(), i18n.current_language()
        self._load_number += 1
        number = self._load_number
        self._stale = False

        def work(db: Session, progress: Any, cancelled: Any) -> tuple[list[ViewEntry], ChainState | None]:
            rows = viewer.entries(db, flt, lang)
            return rows, (viewer.chain_state(db) if with_state else None)

        def done(result: tuple[list[ViewEntry], ChainState | None]) -> None:
            if number != self._load_number or self._cleared:
                return
            rows, state = result
            self._shown_filter = flt
            self.model.set_rows(rows)
            if state is not None:
                self.chain.setText(viewer.chain_text(state, lang))
                self.chain.setStyleSheet("" if state.ok else "color: #b00020;")
            self._show_count(flt, rows)
            show_error(self.message, "")
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if number != self._load_number or self._cleared:
                return
            self.model.clear()
            self.count.setText("")
            self.record_name.setText("")
            show_error(self.message, exc.message(lang) if isinstance(exc, KenseError) else
                       self.tr("The audit log could not be read."))
            self.loaded.emit()

        show_hint(self.message, self.tr("Reading the audit log…"))
        self.load_task = tasks.manager().run_db(self.session, work, on_result=done, on_error=failed, owner=self)
        return self.load_task

    def _show_count(self, flt: AuditFilter, rows: list[ViewEntry]) -> None:
        text = self.tr("Entries: %1").replace("%1", str(len(rows)))
        if len(rows) >= flt.limit:
            text = self.tr("The newest %1 entries are shown; narrow the filter to see older ones.") \
                .replace("%1", str(flt.limit))
        self.count.setText(text)
        what = next((e.what for e in rows if e.object_id == flt.record_id and e.what), "") if flt.record_id else ""
        self.record_name.setText(what)

    # ----------------------------------------------------------------- export
    def export_pdf(self, path: Path | None = None) -> tasks.Task | None:
        """The filtered view as the signed-off PDF extract, written on the database worker (the drive
        rule and the audit entry are the service's). Returns the task (None when the dialog was cancelled)."""
        if self._cleared:
            return None
        lang = i18n.current_language()
        doc_lang = lang if lang in ("ky", "ru") else "ky"
        if path is None:
            suggested = Path.home() / (self.tr("Audit log extract") + ".pdf")
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), str(suggested), "PDF (*.pdf)")
            if not name:
                return None
            path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        flt, target = self.current_filter(), path

        def work(db: Session, progress: Any, cancelled: Any) -> int:
            return audit_extract.save(db, target, flt, doc_lang)

        def done(rows: int) -> None:
            show_hint(self.message, self.tr("Saved %1 entries to %2.").replace("%1", str(rows))
                      .replace("%2", str(target)))

        def failed(exc: BaseException) -> None:
            show_error(self.message, exc.message(lang) if isinstance(exc, KenseError) else
                       self.tr("The PDF could not be saved."))

        self.export_button.setEnabled(False)
        show_hint(self.message, self.tr("Saving the PDF…"))
        self.export_task = tasks.manager().run_db(self.session, work, on_result=done, on_error=failed, owner=self,
                                                  on_finished=lambda: self.export_button.setEnabled(True))
        return self.export_task

    # ----------------------------------------------------------------- SectionWidget
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self._cleared:
            self.reload(with_state=True)

    def data_changed(self, changed: Change) -> None:
        if changed & Change.USERS:
            self._fill_choices()
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def clear_personal_data(self) -> None:
        self._cleared = True
        self._load_number += 1      # an answer still on its way is dropped
        self.model.clear()
        self.person.clear()
        self.record.clear()
        self.record_name.setText("")
        self.chain.setText("")
        self.count.setText("")
        show_error(self.message, "")

    def help_topic(self) -> str:
        return "desk"


def _factory(session: Session, parent: QWidget | None) -> SectionWidget:
    return AuditTab(session, parent)


register_tab(DeskTab("audit", lambda: QCoreApplication.translate("AuditTab", "Audit log"), _factory,
                     Permission.VIEW_AUDIT))
