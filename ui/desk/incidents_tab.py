"""The desk's "Incidents" tab: every incident report, newest first, with the outcome the responsible
person records ("Outcome…") and a way to file one herself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Change
from app.desk import incidents
from app.desk.incidents import Incident
from app.errors import KenseError
from app.i18n import translate
from app.security.roles import Permission
from app.security.session import Session
from ui import i18n
from ui.desk.section import DeskTab, register_tab
from ui.sections import SectionWidget
from ui.widgets import error_label, label, primary, read_only_table, show_error


def _severity(code: str) -> str:
    return {"low": QCoreApplication.translate("IncidentsTab", "low"),
            "medium": QCoreApplication.translate("IncidentsTab", "medium"),
            "high": QCoreApplication.translate("IncidentsTab", "high")}.get(code, code)


class OutcomeDialog(QDialog):
    """What was found and done: recorded once, as the report's "executed" event."""

    def __init__(self, session: Session, item: Incident, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentOutcomeDialog")
        self.session = session
        self.item = item
        self.setWindowTitle(self.tr("Outcome of incident No. %1").replace("%1", item.number))
        self.setMinimumWidth(560)
        self.text = QPlainTextEdit()
        self.text.setObjectName("outcomeText")
        self.text.setTabChangesFocus(True)
        self.error = error_label()
        self.error.setObjectName("outcomeError")
        buttons = QDialogButtonBox()
        self.save = primary(buttons.addButton(self.tr("Record the outcome"), QDialogButtonBox.ButtonRole.AcceptRole))
        self.save.setObjectName("outcomeSave")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label(item.summary, "subheading"))
        layout.addWidget(label(self.tr("What was found, and what was done about it:")))
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.text.setFocus()

    def submit(self) -> None:
        lang = i18n.current_language()
        try:
            incidents.record_outcome(self.session, self.item.id, self.text.toPlainText(), lang=lang)
        except KenseError as exc:
            show_error(self.error, exc.message(lang))
            return
        self.accept()


class IncidentsTab(SectionWidget):
    watches = Change.DOCUMENTS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: list[Incident] = []
        self.model = QStandardItemModel(0, 6, self)
        self.table = read_only_table(self.model, "incidentsTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _index: self.open_outcome())
        self.details = label()
        self.details.setObjectName("incidentDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_button = QPushButton(self.tr("Report an incident…"))
        self.report_button.setObjectName("incidentReport")
        self.report_button.clicked.connect(self.open_report)
        self.outcome_button = primary(QPushButton(self.tr("Outcome…")))
        self.outcome_button.setObjectName("incidentOutcome")
        self.outcome_button.clicked.connect(self.open_outcome)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.outcome_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr(
            "Reports of incidents with personal data (regulation 6.10). Each is registered in the document register "
            "and sent to the district; record what was found and done with Outcome…"), "hint"))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.items = incidents.list_incidents(self.session)
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("No."), self.tr("When"), self.tr("How serious"),
                                              self.tr("What happened"), self.tr("Reported by"), self.tr("State")])
        for item in self.items:
            state = self.tr("outcome recorded") if item.closed else self.tr("under review")
            cells = [item.number, incidents.people_when(item.occurred_at), _severity(item.severity), item.summary,
                     item.reporter, state]
            self.model.appendRow([QStandardItem(text) for text in cells])
        for column in (0, 1, 2):
            self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(3, 360)
        if self.items:
            self.table.selectRow(0)
        self._selected()

    def current(self) -> Incident | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def _selected(self) -> None:
        item = self.current()
        lang = i18n.current_language()
        self.outcome_button.setEnabled(item is not None and not item.closed
                                       and incidents.may_record_outcome(self.session, item))
        if item is None:
            self.details.setText(self.tr("No incident reports yet.") if not self.items else "")
            return
        lines = [f"{translate('incident.field.data', lang)}: {item.data_concerned or '—'}",
                 f"{translate('incident.field.done', lang)}: {item.action_taken or '—'}"]
        if item.outcome:
            lines.append(f"{translate('incident.field.outcome', lang)}: {item.outcome}")
        self.details.setText("\n".join(lines))

    def open_outcome(self) -> None:
        item = self.current()
        if item is None or not self.outcome_button.isEnabled():
            return
        self.outcome_dialog = OutcomeDialog(self.session, item, self)
        self.outcome_dialog.accepted.connect(self.refresh)
        self.outcome_dialog.open()

    def open_report(self) -> None:
        from ui.desk.incident_dialog import IncidentDialog

        self.report_dialog = IncidentDialog(self.session, parent=self)
        self.report_dialog.accepted.connect(self.refresh)
        self.report_dialog.open()

    def clear_personal_data(self) -> None:
        self.items = []
        self.model.clear()
        self.details.clear()

    def help_topic(self) -> str:
        return "desk"


register_tab(DeskTab("incidents", lambda: QCoreApplication.translate("IncidentsTab", "Incidents"),
                     lambda session, parent: IncidentsTab(session, parent), Permission.RECORD_INCIDENT_OUTCOME))
