"""The desk's Alerts tab: every alert (open ones first; acknowledged ones with who, when and the note on
request), with "Acknowledge…" for the chosen open one. Loaded on the database worker (ui.desk.alerts_box)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.changes import Change
from app.errors import KenseError
from app.security.roles import Permission
from app.security.session import Session
from ui import i18n, icons, tasks
from ui.desk.alerts_box import AcknowledgeDialog, AlertLine, ask_acknowledge, load, may_acknowledge
from ui.desk.section import DeskTab, register_tab
from ui.sections import SectionWidget
from ui.widgets import error_label, label, read_only_table, show_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("Alerts", text)


class AlertsTab(SectionWidget):
    watches = Change.ALERTS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsTab")
        self.session = session
        self.lines: list[AlertLine] = []
        self.task: tasks.Task | None = None
        self.again = False
        self.dialog: AcknowledgeDialog | None = None
        self.show_acknowledged = QCheckBox(_tr("Show acknowledged"))
        self.show_acknowledged.setObjectName("showAcknowledged")
        self.show_acknowledged.toggled.connect(lambda _on: self.refresh())
        self.model = QStandardItemModel(0, 3, self)
        self.view = read_only_table(self.model, "alertsView")
        self.view.setWordWrap(True)
        self.acknowledge_button = QPushButton(_tr("Acknowledge…"))
        self.acknowledge_button.setObjectName("acknowledgeSelectedAlert")
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.acknowledge_button.setVisible(may_acknowledge(session))
        refresh = QPushButton(icons.icon("sync"), _tr("Refresh"))
        refresh.setObjectName("refreshAlerts")
        refresh.clicked.connect(self.refresh)
        self.status = label("", "hint")
        self.status.setObjectName("alertsStatus")
        self.error = error_label()
        top = QHBoxLayout()
        top.addWidget(self.show_acknowledged, 1)
        top.addWidget(self.acknowledge_button)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(label(_tr(
            "What the checks found that needs the responsible person's attention: repeated failed sign-ins, "
            "unusually many revealed records, exports to a removable drive, integrity findings, no verified "
            "backup for more than 7 days, this computer revoked by the district. Each alert stays until it is "
            "acknowledged with a note."), "hint"))
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

    def refresh(self) -> None:
        if self.task is not None and not self.task.done:
            self.again = True       # a change came while loading: load once more after
            return
        self.again = False

        def failed(exc: BaseException) -> None:
            show_error(self.error, exc.message(i18n.current_language()) if isinstance(exc, KenseError)
                       else _tr("The alerts could not be read. Your data is safe; press Refresh."))

        if not self.lines:
            self.status.setText(_tr("Loading…"))
        self.task = load(self.session, self, include_acknowledged=self.show_acknowledged.isChecked(),
                         on_result=self.show_lines, on_error=failed)

    def show_lines(self, lines: list[AlertLine]) -> None:
        self.lines = lines
        self.error.hide()
        self.model.clear()
        self.model.setHorizontalHeaderLabels([_tr("Seen"), _tr("Alert"), _tr("Acknowledged")])
        for line in lines:
            seen = QStandardItem(i18n.format_moment(line.alert.first_seen))
            self.model.appendRow([seen, QStandardItem(line.text), QStandardItem(line.acknowledged or _tr("open"))])
        self.view.setColumnWidth(0, 150)
        self.view.setColumnWidth(1, 560)
        self.view.resizeRowsToContents()
        still_open = sum(1 for line in lines if line.alert.open)
        self.status.setText(_tr("Open alerts: %1").replace("%1", str(still_open)) if still_open
                            else _tr("No open alerts."))
        self._enable()
        if self.again:
            self.task = None
            self.refresh()

    def selected(self) -> AlertLine | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.lines):
            return None
        return self.lines[rows[0].row()]

    def _enable(self) -> None:
        line = self.selected()
        self.acknowledge_button.setEnabled(line is not None and line.alert.open)

    def acknowledge(self) -> None:
        line = self.selected()
        if line is not None and line.alert.open:
            self.dialog = ask_acknowledge(self.session, line, self, self.refresh)

    def clear_personal_data(self) -> None:
        self.lines = []
        self.model.clear()

    def help_topic(self) -> str:
        return "desk"


def _factory(session: Session, parent: QWidget | None) -> SectionWidget:
    return AlertsTab(session, parent)


register_tab(DeskTab("alerts", lambda: QCoreApplication.translate("Alerts", "Alerts"), _factory,
                     Permission.VIEW_AUDIT))
