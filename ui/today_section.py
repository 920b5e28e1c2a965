"""The first page after sign-in: what the secretary has to do today, each item one click from its record.

Read off the GUI thread (``run_read``) from :mod:`app.today`; refreshed when documents, certificates or
settings change anywhere. An item asks the workspace to open a section and show a record there
(``openRequested(section_key, record)``): the shell connects it, the page knows no other section.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import today as today_service
from app.changes import Change
from app.documents.model import DocumentSummary
from app.forms.dates import format_long_date
from app.security.session import Session
from ui import i18n, icons, tasks
from ui.desk.alerts_box import AlertsBox, may_see
from ui.sections import SectionSpec, SectionWidget, register_section
from ui.widgets import label

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Today", text)


def short_date(iso: str | None) -> str:
    """A date as people write it here: 02.12.2026."""
    if not iso:
        return ""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return ""
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


class LineButton(QPushButton):
    """One line of a block: the whole text as a tooltip, elided to the column's width (a long subject
    must not widen the page past the screen and push the other column away)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.full_text = text
        self.target: Any = None
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_line(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                                   max(40, self.width() - 24)))


class Group(QFrame):
    """One block of the page: a title with its count, a line of what to do, and the items."""

    def __init__(self, name: str, icon: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = label("", "subheading")
        self.title.setObjectName(f"{name}Title")
        head = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icons.icon(icon).pixmap(22, 22))
        head.addWidget(badge)
        head.addWidget(self.title, 1)
        self.hint = label("", "hint")
        self.items = QVBoxLayout()
        self.items.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.hint)
        layout.addLayout(self.items)
        self.buttons: list[LineButton] = []
        self._on_click: Any = None
        self.shown = 0
        self.setStyleSheet("QPushButton[role=\"link\"] { text-align: left; padding: 4px 8px; }")

    def fill(self, title: str, hint: str, items: list[tuple[str, Any]], on_click: Any) -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        # Up to 5 × 50 lines are filled at once, on the GUI thread, at every refresh: the buttons are kept
        # and given their new line (a new button per line, each with its own style sheet and lambda, cost
        # ~0.5 ms a line: a 125 ms frame while a backup started). One rule and one slot serve them all.
        self._on_click = on_click
        for index, (text, target) in enumerate(items):
            if index < len(self.buttons):
                button = self.buttons[index]
                button.set_line(text)
            else:
                button = LineButton(text)
                button.setProperty("role", "link")
                button.setFlat(True)
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(self._clicked)
                self.items.addWidget(button)
                self.buttons.append(button)
            button.target = target
            button.setVisible(True)
        for button in self.buttons[len(items):]:
            button.setVisible(False)
            button.target = None
        self.shown = len(items)

    def lines(self) -> list[LineButton]:
        """The buttons showing a line now (the kept ones beyond them are hidden)."""
        return self.buttons[:self.shown]

    def _clicked(self) -> None:
        button = self.sender()
        if isinstance(button, LineButton) and self._on_click is not None:
            self._on_click(button.target)


class TodaySection(SectionWidget):
    watches = Change.DOCUMENTS | Change.CERTIFICATES | Change.SETTINGS | Change.USERS | Change.BACKUPS
    openRequested = Signal(str, object)     # section key, what to show there (a document id, …)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todaySection")
        self.session = session
        self.data_dir = session.profile.root
        self.failed_sign_ins = session.notices.failed_since_last
        self.data: today_service.Today | None = None
        self.task: tasks.Task | None = None

        self.heading = label(_tr("Today"), "heading")
        self.heading.setObjectName("todayHeading")
        self.status = label(_tr("Loading…"), "hint")
        self.status.setObjectName("todayStatus")
        self.groups = {
            "tasks": Group("todayTasks", "task"),
            "overdue": Group("todayOverdue", "warning"),
            "unassigned": Group("todayUnassigned", "documents"),
            "reserved": Group("todayReserved", "documents"),
            "certificates": Group("todayCertificates", "certificates"),
            "backup": Group("todayBackup", "backup"),
            "sync": Group("todaySync", "sync"),
            "notices": Group("todayNotices", "security"),
        }
        # Two columns fit 1366×768 in Kyrgyz: work on the left, state and notices on the right; each
        # column stacks its own blocks (a hidden block leaves no gap beside the other column's).
        columns = QHBoxLayout()
        columns.setSpacing(12)
        for keys, stretch in ((("tasks", "overdue", "unassigned", "reserved"), 3),
                              (("notices", "certificates", "backup", "sync"), 2)):
            column = QVBoxLayout()
            column.setSpacing(12)
            for key in keys:
                column.addWidget(self.groups[key])
            column.addStretch(1)
            columns.addLayout(column, stretch)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 8, 0)
        # the responsible person's alerts, full width above the day's work (admin and director only)
        self.alerts_box = AlertsBox(session) if may_see(session) else None
        if self.alerts_box is not None:
            self.alerts_box.shown.connect(lambda _n: self._show_quiet())
            inner_layout.addWidget(self.alerts_box)
        inner_layout.addLayout(columns)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        self.refresh_button = QPushButton(icons.icon("sync"), _tr("Refresh"))
        self.refresh_button.setObjectName("todayRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        for group in self.groups.values():
            group.setVisible(False)
        self.refresh()

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        if self.task is not None and not self.task.done:
            return
        data_dir, failed = self.data_dir, self.failed_sign_ins

        def work(db: Session, progress: Any, cancelled: Any) -> today_service.Today:
            return today_service.gather(db, data_dir=data_dir, failed_sign_ins=failed)

        def failed_read(exc: BaseException) -> None:
            log.warning("today page unreadable: %s", type(exc).__name__)
            self.status.setText(_tr("The list could not be read. Your data is safe; press Refresh."))

        self.task = tasks.manager().run_read(self.session, work, on_result=self.show_data, on_error=failed_read,
                                             owner=self)
        if self.alerts_box is not None:
            self.alerts_box.load()

    def show_data(self, data: today_service.Today) -> None:
        self.data = data
        lang = i18n.current_language()
        day = date.fromisoformat(data.day)
        self.heading.setText(_tr("Today, %1").replace("%1", format_long_date(day, lang)))
        self._show_quiet()
        self._fill_documents("tasks", data.my_tasks, _tr("My tasks (%1)"),
                             _tr("Documents you are responsible for; overdue ones first.") if data.my_tasks
                             else _tr("No open document is assigned to you."), always=True)
        self._fill_documents("overdue", data.overdue, _tr("Overdue in the office (%1)"),
                             _tr("Past their due date and not executed. Open one to see who is responsible."))
        self._fill_documents("unassigned", data.unassigned, _tr("Letters waiting for an executor (%1)"),
                             _tr("Registered incoming letters nobody was assigned yet: open one and press Assign."))
        self._fill_documents("reserved", data.reserved, _tr("Reserved order numbers (%1)"),
                             _tr("Numbers held for orders not signed yet: register the signed order under its "
                                 "number."))
        certs = [(f"№ {c.number} — {c.person_name}", ("certificates", c.number)) for c in data.certificates]
        self._group("certificates", _tr("Certificates issued today (%1)").replace("%1", str(len(certs))), "",
                    certs, visible=data.certificates is not None and bool(certs))
        self._fill_backup(data.backup)
        self._fill_sync(data.sync)
        self._fill_notices(data)

    def _show_quiet(self) -> None:
        if self.data is None:
            return
        quiet = self.data.is_quiet() and not (self.alerts_box is not None and self.alerts_box.count)
        self.status.setText(_tr("Nothing needs your attention today.") if quiet else "")
        self.status.setVisible(quiet)

    def _group(self, key: str, title: str, hint: str, items: list[tuple[str, Any]], *, visible: bool) -> None:
        group = self.groups[key]
        group.fill(title, hint, items, self._open)
        group.setVisible(visible)

    def _fill_documents(self, key: str, rows: list[DocumentSummary], title: str, hint: str, *,
                        always: bool = False) -> None:
        items = [(self._document_line(d), ("documents", d.id)) for d in rows]
        self._group(key, title.replace("%1", str(len(rows))), hint, items, visible=bool(rows) or always)

    def _document_line(self, d: DocumentSummary) -> str:
        parts = [f"№ {d.number}" if d.number else _tr("no number yet"), short_date(d.reg_date), d.subject]
        if d.due_date:
            due = _tr("overdue since %1") if d.overdue else _tr("due %1")
            parts.append(due.replace("%1", short_date(d.due_date)))
        if d.responsible_name and d.responsible_id != self.session.user.id:
            parts.append(d.responsible_name)
        return " · ".join(p for p in parts if p)

    def _fill_backup(self, state: today_service.BackupState | None) -> None:
        if state is None:
            self.groups["backup"].setVisible(False)
            return
        if state.last_at is None:
            title = _tr("No backup yet")
            hint = _tr("Ask the administrator to make the first backup today (command: kense backup now) and "
                       "to keep it on a second disk.")
        else:
            title = _tr("Last verified backup: %1").replace("%1", short_date(state.last_at))
            hint = _tr("More than a day old: make a backup today.") if state.due else _tr("Backups are up to date.")
        self._group("backup", title, hint, [], visible=True)

    def _fill_sync(self, state: today_service.SyncState | None) -> None:
        if state is None:
            self.groups["sync"].setVisible(False)
            return
        if not state.set_up:
            title = _tr("Sync with the district: not set up")
            hint = _tr("%1 records wait to be sent. Ask the administrator to connect Kense to the district "
                       "server.").replace("%1", str(state.pending)) if state.pending else \
                _tr("Ask the administrator to connect Kense to the district server.")
        elif state.failed:
            title = _tr("Sync: %1 records refused").replace("%1", str(state.failed))
            hint = _tr("Open Sync to see why and send them again.")
        else:
            title = _tr("Sync: %1 records waiting").replace("%1", str(state.pending)) if state.pending else \
                _tr("Sync: everything sent")
            hint = ""
        self._group("sync", title, hint, [("→ " + _tr("Open Sync"), ("sync", None))] if state.set_up else [],
                    visible=True)

    def _fill_notices(self, data: today_service.Today) -> None:
        items: list[tuple[str, Any]] = []
        if data.failed_sign_ins:
            items.append((_tr("%1 failed sign-in attempts since your last sign-in").replace(
                "%1", str(data.failed_sign_ins)), ("security", None)))
        if data.open_findings:
            items.append((_tr("%1 integrity findings open: see Security").replace("%1", str(data.open_findings)),
                          ("security", None)))
        self._group("notices", _tr("Notices (%1)").replace("%1", str(len(items))), "", items, visible=bool(items))

    def _open(self, target: tuple[str, Any]) -> None:
        self.openRequested.emit(target[0], target[1])

    # ------------------------------------------------------------------ section contract
    def clear_personal_data(self) -> None:
        self.data = None
        if self.alerts_box is not None:
            self.alerts_box.clear()
        for group in self.groups.values():
            group.fill("", "", [], self._open)
            group.setVisible(False)

    def help_topic(self) -> str:
        return "start"


def _factory(session: Session, parent: QWidget | None) -> SectionWidget:
    return TodaySection(session, parent)


register_section(SectionSpec("today", lambda: QCoreApplication.translate("Sections", "Today"), _factory, None))
