"""The Sync page: state, last contact, the queue, the failed records with the server's reason and
Retry, "Sync now" with progress, and enrolment with the district's one-time code (admin)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import KenseError
from app.security.roles import Permission
from app.security.session import Session
from app.sync import service
from app.sync.sender import RunReport
from ui import i18n, tasks
from ui.sections import SectionWidget
from ui.sync import controller as sync_controller
from ui.sync.controller import _local_time
from ui.widgets import error_label, label, primary, show_error


def reason_text(reason: str | None) -> str:
    if not reason:
        return ""
    from app.i18n import translate

    return translate(f"sync.reason.{reason}", i18n.current_language())


def _local_stamp(iso: str | None) -> str:
    """A server-clock-free display: the local date and time of an instant we recorded."""
    if not iso:
        return "—"
    from app.clock import parse_iso

    try:
        return parse_iso(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return "—"


def _record_kind(record_type: str) -> str:
    names = {
        "document": QCoreApplication.translate("SyncSection", "Register entry"),
        "document_event": QCoreApplication.translate("SyncSection", "Movement of a document"),
        "attachment": QCoreApplication.translate("SyncSection", "Attached file"),
        "certificate": QCoreApplication.translate("SyncSection", "Issued certificate"),
        "audit_checkpoint": QCoreApplication.translate("SyncSection", "Audit checkpoint"),
    }
    return names.get(record_type, record_type)


class SyncSection(SectionWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncSection")
        self.session = session
        self.controller = sync_controller.current()
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Sync with the district"), "heading"))
        layout.addWidget(label(self.tr(
            "The document register, issued certificates and audit checkpoints go to the district education "
            "department by themselves whenever the internet works, also while Kense is locked. Pupils' and "
            "staff records never leave this computer."), "hint"))

        self.state_box = QGroupBox(self.tr("State"))
        form = QFormLayout(self.state_box)
        self.state = label()
        self.state.setObjectName("syncState")
        self.server = label()
        self.last_contact = label()
        self.queue = label()
        self.queue.setObjectName("syncQueue")
        self.clock = label()
        self.clock.setObjectName("syncClock")
        form.addRow(self.tr("State:"), self.state)
        form.addRow(self.tr("District server:"), self.server)
        form.addRow(self.tr("Last contact:"), self.last_contact)
        form.addRow(self.tr("Queue:"), self.queue)
        form.addRow(self.tr("Clock:"), self.clock)
        buttons = QHBoxLayout()
        self.sync_now = primary(QPushButton(self.tr("Sync now")))
        self.sync_now.setObjectName("syncNow")
        self.sync_now.clicked.connect(self.run_now)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setVisible(False)
        buttons.addWidget(self.sync_now)
        self.progress.setMaximumWidth(360)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout.addWidget(self.state_box)

        self.failed_box = QGroupBox(self.tr("Not accepted by the server"))
        failed_layout = QVBoxLayout(self.failed_box)
        self.failed_model = QStandardItemModel(0, 4, self)
        self.failed_model.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Number"), self.tr("State"),
                                                     self.tr("The server's reason")])
        self.failed_view = QTableView()
        self.failed_view.setObjectName("syncFailed")
        self.failed_view.setModel(self.failed_model)
        self.failed_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.failed_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.failed_view.horizontalHeader().setStretchLastSection(True)
        self.failed_view.verticalHeader().setVisible(False)
        failed_layout.addWidget(self.failed_view)
        retry_row = QHBoxLayout()
        self.retry_one = QPushButton(self.tr("Retry selected"))
        self.retry_one.setObjectName("syncRetry")
        self.retry_one.clicked.connect(self.retry_selected)
        self.retry_all = QPushButton(self.tr("Retry all"))
        self.retry_all.setObjectName("syncRetryAll")
        self.retry_all.clicked.connect(lambda: self._retry(None))
        retry_row.addStretch(1)
        retry_row.addWidget(self.retry_one)
        retry_row.addWidget(self.retry_all)
        failed_layout.addLayout(retry_row)
        layout.addWidget(self.failed_box, 1)

        self.enrol_box = QGroupBox(self.tr("Enrolment"))
        enrol_form = QFormLayout(self.enrol_box)
        self.url = QLineEdit()
        self.url.setObjectName("syncUrl")
        self.url.setPlaceholderText("https://district.example.kg")
        self.code = QLineEdit()
        self.code.setObjectName("syncCode")
        self.code.setPlaceholderText("ABCDE-FGHJK")
        self.enrol_button = primary(QPushButton(self.tr("Enrol this computer")))
        self.enrol_button.setObjectName("syncEnrol")
        self.enrol_button.clicked.connect(self.enrol)
        self.unenrol_button = QPushButton(self.tr("Forget the server"))
        self.unenrol_button.setObjectName("syncUnenrol")
        self.unenrol_button.clicked.connect(self.unenrol)
        self.enrol_error = error_label()
        enrol_form.addRow(self.tr("Server address:"), self.url)
        enrol_form.addRow(self.tr("One-time code:"), self.code)
        enrol_form.addRow(self.enrol_error)
        row = QHBoxLayout()
        row.addWidget(self.enrol_button)
        row.addStretch(1)
        row.addWidget(self.unenrol_button)
        enrol_form.addRow(row)
        layout.addWidget(self.enrol_box)
        self.enrol_box.setVisible(session.can(Permission.MANAGE_SETTINGS))

        self.status: service.Status | None = None
        self._rows: list[dict[str, Any]] = []
        if self.controller is not None:
            self.controller.changed.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
            self.controller.progressed.connect(self._progress)
            self.controller.runFinished.connect(self._finished)
        self.refresh()

    def help_topic(self) -> str:
        return "sync"

    # ----------------------------------------------------------------- reading
    def refresh(self) -> None:
        tasks.manager().run_read(self.session, lambda db, _p, _c: service.status(db.profile.root, db),
                                 on_result=self._show, owner=self)

    def _show(self, st: service.Status) -> None:
        self.status = st
        running = self.controller is not None and self.controller.running
        if not st.enrolled:
            self.state.setText(self.tr("Not enrolled: ask the district administrator for a one-time code."))
        elif running:
            self.state.setText(self.tr("Sending…"))
        elif st.stopped:
            self.state.setText(self.tr("Stopped: %1").replace("%1", reason_text(st.stopped)))
        elif st.last_error:
            self.state.setText(reason_text(st.last_error))
        else:
            self.state.setText(self.tr("Working"))
        self.server.setText(st.server or "—")
        self.last_contact.setText(_local_stamp(st.last_contact))
        data = st.to_json()
        self.queue.setText(self.tr("waiting: %1 · refused: %2 · last sent in full: %3")
                           .replace("%1", str(data["pending"])).replace("%2", str(data["failed"]))
                           .replace("%3", _local_time(st.last_success) or "—"))
        if st.skew_warning and st.skew_seconds is not None:
            self.clock.setText(self.tr("This computer's clock is off by %1 minutes: please set the right time.")
                               .replace("%1", str(round(abs(st.skew_seconds) / 60))))
            self.clock.setProperty("role", "error")
        else:
            self.clock.setText(self.tr("in step with the server") if st.skew_seconds is not None else "—")
            self.clock.setProperty("role", "")
        self.sync_now.setEnabled(st.enrolled and not running and self.session.can(Permission.SYNC))
        self.unenrol_button.setVisible(st.enrolled)
        self.enrol_button.setText(self.tr("Enrol again") if st.enrolled else self.tr("Enrol this computer"))
        self._rows = st.failed
        self.failed_model.removeRows(0, self.failed_model.rowCount())
        for r in st.failed:
            state = self.tr("refused") if r["state"] == "error" else self.tr("accepted with a warning")
            self.failed_model.appendRow([QStandardItem(_record_kind(r["record_type"])), QStandardItem(r["label"]),
                                         QStandardItem(state), QStandardItem(r["message"] or r["result"] or "")])
        self.failed_view.resizeColumnsToContents()
        self.failed_view.horizontalHeader().setStretchLastSection(True)
        self.failed_box.setVisible(bool(st.failed))

    def clear_personal_data(self) -> None:
        self.failed_model.removeRows(0, self.failed_model.rowCount())
        self._rows = []

    # ----------------------------------------------------------------- acting
    def run_now(self) -> None:
        if self.controller is None:
            return
        if self.controller.kick("now"):
            self.progress.setVisible(True)
            self.progress.setRange(0, 0)
            self.sync_now.setEnabled(False)

    def _progress(self, done: int, total: int, _phase: str) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, report: RunReport) -> None:
        self.progress.setVisible(False)
        self.refresh()

    def retry_selected(self) -> None:
        rows = sorted({i.row() for i in self.failed_view.selectionModel().selectedRows()})
        for row in rows:
            self._retry(self._rows[row]["id"])

    def _retry(self, row_id: str | None) -> None:
        tasks.manager().run_db(self.session, lambda db, _p, _c: service.retry(db, row_id),
                               on_result=lambda _n: self._after_retry(), on_error=self._error, owner=self)

    def _after_retry(self) -> None:
        self.refresh()
        if self.controller is not None:
            self.controller.kick("retry")

    def enrol(self) -> None:
        url, code = self.url.text().strip(), self.code.text().strip()
        show_error(self.enrol_error, "")
        self.enrol_button.setEnabled(False)
        tasks.manager().run_db(self.session, lambda db, _p, _c: service.enrol(db, url, code),
                               on_result=self._enrolled, on_error=self._enrol_failed, owner=self)

    def _enrolled(self, result: dict[str, Any]) -> None:
        self.enrol_button.setEnabled(True)
        self.code.clear()
        show_error(self.enrol_error, "")
        self.refresh()
        if self.controller is not None:
            self.controller.kick("enrol")

    def _enrol_failed(self, exc: BaseException) -> None:
        self.enrol_button.setEnabled(True)
        self._error(exc)

    def _error(self, exc: BaseException) -> None:
        text = exc.message(i18n.current_language()) if isinstance(exc, KenseError) else \
            self.tr("Something went wrong; nothing was lost. Try again.")
        show_error(self.enrol_error, text)
        self.refresh()

    def unenrol(self) -> None:
        answer = QMessageBox.question(self, self.tr("Forget the server"), self.tr(
            "This computer stops sending to the district server. Records not yet sent are kept and go to the "
            "server you enrol with next. Continue?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        tasks.manager().run_db(self.session, lambda db, _p, _c: service.unenrol(db),
                               on_result=lambda _r: self.refresh(), on_error=self._error, owner=self)
