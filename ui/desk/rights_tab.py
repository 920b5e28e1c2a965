"""The desk's "Access rights" tab: every account with its role and since when, the disabled ones and
since when, and a matrix of what each role may do — read from the permission table the services
enforce (``app.desk.access_rights``), in plain words in the user's language."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QGroupBox, QHeaderView, QVBoxLayout, QWidget

from app.changes import Change
from app.desk import access_rights
from app.desk.access_rights import AccessRights
from app.security.roles import Permission
from app.security.session import Session
from ui import i18n
from ui.certificates.common import error_text
from ui.desk.section import DeskTab, register_tab
from ui.sections import SectionWidget
from ui.tasks import Task, manager
from ui.widgets import label, read_only_table

log = logging.getLogger(__name__)
ALLOWED = "✓"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskRights", text)


class RightsTab(SectionWidget):
    shown = Signal()     # the rights are on screen

    watches = Change.USERS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskRightsTab")
        self.session = session
        self.data: AccessRights | None = None
        self.task: Task | None = None
        self.users_model = QStandardItemModel(0, 6, self)
        self.users_view = read_only_table(self.users_model, "rightsUsers")
        self.matrix_model = QStandardItemModel(0, 0, self)
        self.matrix_view = read_only_table(self.matrix_model, "rightsMatrix")
        self.matrix_view.setWordWrap(True)
        self.matrix_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix_view.horizontalHeader().setStretchLastSection(False)
        self.status = label("", "hint")
        self.status.setObjectName("rightsStatus")

        users_box = QGroupBox(_tr("Who has which role"))
        users_layout = QVBoxLayout(users_box)
        users_layout.addWidget(self.users_view)
        matrix_box = QGroupBox(_tr("What each role may do"))
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.addWidget(label(_tr("Read from the rules the program itself enforces; a tick: the role may."),
                                      "hint"))
        matrix_layout.addWidget(self.matrix_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(users_box, 1)
        layout.addWidget(matrix_box, 3)
        self.status.setVisible(False)
        self.refresh()

    def help_topic(self) -> str:
        return "desk"

    def refresh(self) -> None:
        if self.task is not None and not self.task.done:
            return
        lang = i18n.current_language()

        def work(db: Session, progress: Any, cancelled: Any) -> AccessRights:
            return access_rights.rights(db, lang)

        def failed(exc: BaseException) -> None:
            log.warning("access rights unreadable: %s", type(exc).__name__)
            self.status.setText(error_text(exc))
            self.status.setVisible(True)

        self.task = manager().run_read(self.session, work, on_result=self.show_rights, on_error=failed, owner=self)

    def show_rights(self, data: AccessRights) -> None:
        self.data = data
        self.status.setVisible(False)
        self.users_model.clear()
        self.users_model.setHorizontalHeaderLabels([_tr("Login"), _tr("Full name"), _tr("Role"), _tr("Role since"),
                                                    _tr("State"), _tr("Last sign-in")])
        for u in data.users:
            state = (_tr("active") if u.active else _tr("disabled since %1").replace(
                "%1", i18n.format_date(u.disabled_since) if u.disabled_since else "—"))
            row = [QStandardItem(u.login), QStandardItem(u.full_name), QStandardItem(u.role_name),
                   QStandardItem(i18n.format_date(u.role_since)), QStandardItem(state),
                   QStandardItem(i18n.format_date(u.last_sign_in_at) if u.last_sign_in_at else "—")]
            if not u.active:
                for item in row:
                    item.setForeground(Qt.GlobalColor.darkGray)
            self.users_model.appendRow(row)
        self.users_view.resizeColumnsToContents()

        self.matrix_model.clear()
        self.matrix_model.setColumnCount(1 + len(data.roles))
        self.matrix_model.setHorizontalHeaderLabels([_tr("May"), *(r.name for r in data.roles)])
        for value, name in data.permissions:
            cells = [QStandardItem(name)]
            for r in data.roles:
                item = QStandardItem(ALLOWED if value in r.permissions else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cells.append(item)
            self.matrix_model.appendRow(cells)
        header = self.matrix_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)   # the words wrap; a role's name is never cut
        for column in range(1, 1 + len(data.roles)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.shown.emit()

    def clear_personal_data(self) -> None:
        self.data = None
        self.users_model.clear()
        self.matrix_model.clear()


register_tab(DeskTab("rights", lambda: _tr("Access rights"), lambda s, p: RightsTab(s, p), Permission.VIEW_AUDIT))
