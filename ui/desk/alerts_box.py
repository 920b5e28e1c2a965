"""The responsible person's alerts on screen (app/desk/alerts.py): a box for the Today page and the
Security panel, the note dialog behind each "Acknowledge…" button, and the loader they share with the
desk's Alerts tab.

Loading evaluates the detectors, which may store new alerts, so it runs on the database worker; the box
reloads itself when alerts change anywhere (the change bus), and shows nothing to a user without the
right to see them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Change
from app.desk import alerts
from app.desk.alert_messages import Names, acknowledgement, describe
from app.errors import KenseError
from app.security.roles import Permission
from app.security.session import Session, SessionState
from ui import i18n, icons, tasks
from ui.changes import bus
from ui.widgets import error_label, label, show_error

log = logging.getLogger(__name__)

SHOWN = 8           # alerts listed in a box; the desk tab has all of them


def _tr(text: str) -> str:
    return QCoreApplication.translate("Alerts", text)


@dataclass(frozen=True)
class AlertLine:
    alert: alerts.Alert
    text: str            # the alert in words, names as they are now
    acknowledged: str    # who acknowledged it, when, and the note ("" while open)


def may_see(session: Session) -> bool:
    return session.can(Permission.VIEW_AUDIT)


def may_acknowledge(session: Session) -> bool:
    return session.can(Permission.ACKNOWLEDGE_ALERTS)


def load(session: Session, owner: QWidget, *, include_acknowledged: bool,
         on_result: Callable[[list[AlertLine]], None], on_error: Callable[[BaseException], None]) -> tasks.Task:
    """Refresh and read the alerts on the database worker, told in the current language."""
    lang = i18n.current_language()

    def work(db: Session, progress: Any, cancelled: Any) -> list[AlertLine]:
        alerts.refresh(db)
        items = alerts.list_alerts(db, include_acknowledged)
        names = Names.of(db)
        return [AlertLine(a, describe(a, lang, names), acknowledgement(a, lang, names)) for a in items]

    return tasks.manager().run_db(session, work, on_result=on_result, on_error=on_error, owner=owner)


class AcknowledgeDialog(QDialog):
    """The note is required: the service refuses a short one and the dialog says why."""

    def __init__(self, session: Session, line: AlertLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acknowledgeAlertDialog")
        self.setWindowTitle(_tr("Acknowledge alert"))
        self.session = session
        self.line = line
        self.done_alert: alerts.Alert | None = None
        what = label(line.text, "subheading")
        what.setObjectName("alertText")
        self.note = QPlainTextEdit()
        self.note.setObjectName("alertNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(_tr("What happened and what was done about it"))
        self.error = error_label()
        self.error.setObjectName("alertNoteError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("Acknowledge"))
        ok.setObjectName("acknowledgeAlertOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(label(_tr("Write what happened and what was done about it. The note is kept with the "
                                   "alert; the acknowledgement is recorded in the audit log."), "hint"))
        layout.addWidget(self.note, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.note.setFocus()

    def submit(self) -> None:
        try:
            self.done_alert = alerts.acknowledge(self.session, self.line.alert.id, self.note.toPlainText())
        except KenseError as exc:
            show_error(self.error, exc.message(i18n.current_language()))
            self.note.setFocus()
            return
        self.accept()


def ask_acknowledge(session: Session, line: AlertLine, parent: QWidget,
                    on_done: Callable[[], None]) -> AcknowledgeDialog:
    """Open the note dialog (window-modal, not blocking); ``on_done`` runs once it acknowledged."""
    dialog = AcknowledgeDialog(session, line, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(on_done)
    dialog.open()
    return dialog


class AlertsBox(QFrame):
    """Open alerts, each with its "Acknowledge…" button; hidden while there are none."""

    shown = Signal(int)      # the number of open alerts, after each load

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsBox")
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.session = session
        self.lines: list[AlertLine] = []
        self.task: tasks.Task | None = None
        self.dialog: AcknowledgeDialog | None = None
        self.count = 0
        self.again = False      # a change came while loading: load once more after
        self.title = label("", "subheading")
        self.title.setObjectName("alertsTitle")
        head = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icons.icon("warning").pixmap(22, 22))
        head.addWidget(badge)
        head.addWidget(self.title, 1)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        self.more = label("", "hint")
        self.more.setObjectName("alertsMore")
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(self.rows)
        layout.addWidget(self.more)
        layout.addWidget(self.error)
        self.row_widgets: list[QWidget] = []
        self.buttons: list[QPushButton] = []
        self.setVisible(False)
        bus().changed.connect(self._bus_changed)   # disconnected by Qt when this widget is destroyed

    def _bus_changed(self, changed: object) -> None:
        if isinstance(changed, Change) and changed & Change.ALERTS and self.session.state is SessionState.ACTIVE:
            self.load()

    def load(self) -> None:
        if not may_see(self.session):
            return
        if self.task is not None and not self.task.done:
            self.again = True
            return
        self.again = False

        def failed(exc: BaseException) -> None:
            log.warning("alerts unreadable: %s", type(exc).__name__)
            show_error(self.error, exc.message(i18n.current_language()) if isinstance(exc, KenseError)
                       else _tr("The alerts could not be read. Your data is safe; press Refresh."))
            self.setVisible(True)

        self.task = load(self.session, self, include_acknowledged=False, on_result=self.show_lines, on_error=failed)

    def show_lines(self, lines: list[AlertLine]) -> None:
        self.clear()
        self.lines = lines
        self.count = len(lines)
        self.title.setText(_tr("Alerts for the person responsible for personal data (%1)").replace("%1",
                                                                                                 str(len(lines))))
        for line in lines[:SHOWN]:
            row = QWidget()
            row.setObjectName("alertRow")
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            text = label(line.text)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(text, 1)
            if may_acknowledge(self.session):
                button = QPushButton(_tr("Acknowledge…"))
                button.setObjectName("acknowledgeAlert")
                button.clicked.connect(lambda _=False, chosen=line: self.acknowledge(chosen))
                box.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                self.buttons.append(button)
            self.rows.addWidget(row)
            self.row_widgets.append(row)
        hidden = len(lines) - SHOWN
        self.more.setText(_tr("%1 more: see Data protection → Alerts").replace("%1", str(hidden)) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)
        self.setVisible(bool(lines))
        self.shown.emit(len(lines))
        if self.again:
            self.again = False
            self.task = None
            self.load()

    def acknowledge(self, line: AlertLine) -> None:
        self.dialog = ask_acknowledge(self.session, line, self, self.load)

    def clear(self) -> None:
        """Drop the texts (they name users); the lock calls this through the section."""
        for widget in self.row_widgets:
            self.rows.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.row_widgets, self.buttons, self.lines = [], [], []
        self.error.hide()
        self.count = 0
        self.setVisible(False)
