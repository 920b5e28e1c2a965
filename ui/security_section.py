"""The security panel (regulation 3.2, 5.x): encryption, device binding, users, failed sign-ins,
the audit chain and the auto-lock setting, in words a school's security officer can show an inspector."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFormLayout, QFrame, QGroupBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.admin import settings, users
from app.admin.status import security_status
from app.errors import KenseError
from app.security.autolock import idle_lock_seconds
from app.security.roles import Permission
from app.security.session import Session
from ui import i18n
from ui.desk.alerts_box import AlertsBox, may_see
from ui.findings_panel import FindingsBox
from ui.sections import SectionWidget
from ui.users_admin import UserActions
from ui.widgets import fill_form, label, read_only_table

ROLE_KEYS = ("admin", "director", "secretary", "teacher")


class SecuritySection(SectionWidget):
    def __init__(self, session: Session, parent: QWidget | None = None, os_sources: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securitySection")
        self.session = session
        self.os_sources = os_sources or []
        self.form_box = QGroupBox(self.tr("Protection of the data"))
        self.form = QFormLayout(self.form_box)
        self.users_model = QStandardItemModel(0, 5, self)
        self.users_view = read_only_table(self.users_model, "usersView")
        refresh = QPushButton(self.tr("Check again"))
        refresh.setObjectName("refreshSecurity")
        refresh.clicked.connect(self.refresh)
        outer = QVBoxLayout(self)
        outer.addWidget(label(self.tr("Security"), "heading"))
        # the boxes scroll: findings and alerts come on top of the form on a 1366×768 screen
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.users_view.setMinimumHeight(160)
        layout.addWidget(self.form_box)
        self.findings_box = FindingsBox(session, self.refresh)
        layout.addWidget(self.findings_box)
        self.alerts_box = AlertsBox(session) if may_see(session) else None
        if self.alerts_box is not None:
            layout.addWidget(self.alerts_box)
        users_box = QGroupBox(self.tr("Users and roles"))
        users_layout = QVBoxLayout(users_box)
        users_layout.addWidget(self.users_view)
        self.user_actions: UserActions | None = None
        if session.can(Permission.MANAGE_USERS):
            self.user_actions = UserActions(session, self.selected_login, self.refresh, self)
            users_layout.addWidget(self.user_actions)
        layout.addWidget(users_box, 1)
        outer.addWidget(refresh, alignment=Qt.AlignmentFlag.AlignRight)
        self.refresh()

    def help_topic(self) -> str:
        return "security"

    def selected_login(self) -> str | None:
        rows = self.users_view.selectionModel().selectedRows() if self.users_view.selectionModel() else []
        if not rows:
            return None
        item = self.users_model.item(rows[0].row(), 0)
        return item.text() if item else None

    def _yes_no(self, value: bool) -> str:
        return self.tr("yes") if value else self.tr("no")

    def role_name(self, role: str) -> str:
        return {"admin": self.tr("administrator"), "director": self.tr("director"),
                "secretary": self.tr("secretary"), "teacher": self.tr("teacher")}.get(role, role)

    def rows(self, status: dict[str, Any]) -> list[tuple[str, str]]:
        binding = {
            "bound": self.tr("yes — a copy of the database cannot be opened on another computer"),
            "missing": self.tr("the device key is missing from this account's key store: use the recovery sheet"),
            "unavailable": self.tr("no — there is no key store on this computer; passwords only"),
        }.get(status["device_binding"], status["device_binding"])
        audit = status["audit"]
        audit_text = (self.tr("yes, intact (%1 entries)").replace("%1", str(audit["entries"])) if audit["verified"]
                      else self.tr("NO — the log was damaged or altered (%1)").replace("%1", str(audit["problem"])))
        by_role = ", ".join(f"{self.role_name(r)}: {n}" for r, n in sorted(status["users_by_role"].items()))
        minutes = int(settings.get(self.session, "idle_lock_minutes"))
        seconds = idle_lock_seconds(minutes)
        idle = self.tr("%1 min").replace("%1", str(minutes))
        if seconds < minutes * 60:
            idle += " " + self.tr("(shortened on this computer to %1 s)").replace("%1", str(seconds))
        return [
            (self.tr("Encryption:"), self.tr("on — the whole database (SQLCipher 4, AES-256)")),
            (self.tr("Cipher version:"), str(status["cipher_version"])),
            (self.tr("Database schema:"), str(status["schema_version"])),
            (self.tr("Bound to this computer:"), binding),
            (self.tr("Key store:"), str(status["keyring_backend"] or self.tr("none"))),
            (self.tr("Recovery sheet slot:"), self._yes_no(bool(status["recovery_slot"]))),
            (self.tr("Users:"), f"{status['users']} ({by_role})"),
            (self.tr("Failed sign-ins, last 30 days:"), str(status["failed_sign_ins_30_days"])),
            (self.tr("Audit log verified:"), audit_text),
            (self.tr("Whole database last found sound:"),
             i18n.format_moment(status["database_full_check_at"]) if status["database_full_check_at"]
             else self.tr("not yet — checked at the next sign-in")),
            (self.tr("Last verified backup:"), self._backup_text()),
            (self.tr("Auto-lock after inactivity:"), idle),
            (self.tr("Lock with the computer's screen lock:"),
             ", ".join(self.os_sources) if self.os_sources else self.tr("not available on this computer")),
        ]

    def _backup_text(self) -> str:
        from app.backup import service as backup_service

        try:
            state = backup_service.state(self.session)
        except (KenseError, OSError):
            return "—"
        if state.last is None:
            return self.tr("none yet — make one on the Backups page")
        text = i18n.format_moment(state.last.created_at)
        return self.tr("%1 — older than 7 days!").replace("%1", text) if state.stale else text

    def refresh(self) -> None:
        status = security_status(self.session)
        fill_form(self.form, self.rows(status))
        self.findings_box.show_findings(status["findings"])
        if self.alerts_box is not None:
            self.alerts_box.load()
        self.users_model.clear()
        self.users_model.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Full name"), self.tr("Role"),
                                                    self.tr("Active"), self.tr("Last sign-in")])
        if self.session.can(Permission.VIEW_USERS):
            for user in users.list_users(self.session):
                self.users_model.appendRow([
                    QStandardItem(user.login), QStandardItem(user.full_name), QStandardItem(self.role_name(user.role)),
                    QStandardItem(self._yes_no(user.active)),
                    QStandardItem(i18n.format_date(user.last_sign_in_at) if user.last_sign_in_at else "—"),
                ])
        self.users_view.resizeColumnsToContents()

    def clear_personal_data(self) -> None:
        if self.alerts_box is not None:
            self.alerts_box.clear()
        self.users_model.clear()
        while self.form.rowCount():
            self.form.removeRow(0)
