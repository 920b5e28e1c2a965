"""User management for the administrator: add a user, change a role, give a new password, disable a
departed user (which deletes their key slot). The services check the permission again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.admin import users
from app.errors import KenseError
from app.i18n import translate
from app.security import passwords
from app.security.session import Session
from ui import i18n
from ui.widgets import error_label, label, password_field, primary, show_error

ROLES = ("secretary", "director", "teacher", "admin")


def role_names() -> dict[str, str]:
    return {"admin": QApplication.translate("UsersAdmin", "administrator"),
            "director": QApplication.translate("UsersAdmin", "director"),
            "secretary": QApplication.translate("UsersAdmin", "secretary"),
            "teacher": QApplication.translate("UsersAdmin", "teacher")}


def _busy(work: Callable[[], None]) -> None:
    """Argon2id takes about half a second on purpose; show it, keep the window from looking frozen."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        work()
    finally:
        QApplication.restoreOverrideCursor()


class StrengthMeter(QProgressBar):
    def __init__(self, field: QLineEdit) -> None:
        super().__init__()
        self.setRange(0, 4)
        self.setTextVisible(False)
        self.setMaximumHeight(8)
        field.textChanged.connect(lambda text: self.setValue(passwords.strength(text)))


class _PasswordForm:
    """Two password fields, a strength meter and the policy check, shared by both dialogs."""

    def __init__(self, form: QFormLayout, dialog: QDialog) -> None:
        self.first = password_field()
        self.first.setObjectName("newUserPassword")
        self.second = password_field()
        self.second.setObjectName("newUserPasswordAgain")
        form.addRow(QApplication.translate("UsersAdmin", "Password:"), self.first)
        form.addRow("", StrengthMeter(self.first))
        form.addRow(QApplication.translate("UsersAdmin", "Password again:"), self.second)
        form.addRow("", label(QApplication.translate(
            "UsersAdmin", "At least 10 characters; a few words are easy to remember and hard to guess. Tell the "
            "user in person, never by message."), "hint"))

    def value(self, error: object) -> str | None:
        lang = i18n.current_language()
        if self.first.text() != self.second.text():
            show_error(error, translate("password.mismatch", lang))  # type: ignore[arg-type]
            return None
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


class AddUserDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("New user"))
        self.setMinimumWidth(560)
        self.session = session
        self.login = QLineEdit()
        self.login.setObjectName("newUserLogin")
        self.login.setPlaceholderText(self.tr("e.g. aigerim"))
        self.full_name = QLineEdit()
        self.full_name.setObjectName("newUserName")
        self.role = QComboBox()
        self.role.setObjectName("newUserRole")
        for key in ROLES:
            self.role.addItem(role_names()[key], key)
        form = QFormLayout()
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Role:"), self.role)
        self.passwords = _PasswordForm(form, self)
        self.error = error_label()
        self.error.setObjectName("addUserError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        primary(buttons.button(QDialogButtonBox.StandardButton.Ok))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.login.setFocus()

    def submit(self) -> None:
        password = self.passwords.value(self.error)
        if password is None:
            return
        try:
            _busy(lambda: users.add_user(self.session, self.login.text(), self.full_name.text(),
                                         str(self.role.currentData()), password))
        except KenseError as exc:
            show_error(self.error, exc.message(i18n.current_language()))
            return
        self.passwords.clear()
        self.accept()


class ResetPasswordDialog(QDialog):
    def __init__(self, session: Session, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resetPasswordDialog")
        self.setMinimumWidth(560)
        self.setWindowTitle(self.tr("New password for %1").replace("%1", login))
        self.session = session
        self.user_login = login
        form = QFormLayout()
        self.passwords = _PasswordForm(form, self)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        primary(buttons.button(QDialogButtonBox.StandardButton.Ok))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("The user signs in with this password from now on; the old one stops "
                                       "working. A disabled account is enabled again."), "hint"))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        password = self.passwords.value(self.error)
        if password is None:
            return
        try:
            _busy(lambda: users.reset_password(self.session, self.user_login, password))
        except KenseError as exc:
            show_error(self.error, exc.message(i18n.current_language()))
            return
        self.passwords.clear()
        self.accept()


class UserActions(QWidget):
    """The buttons under the users table; ``selected_login`` tells which row is chosen."""

    def __init__(self, session: Session, selected_login: Callable[[], str | None], changed: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.selected_login = selected_login
        self.changed = changed
        self.status = error_label()
        self.status.setObjectName("userActionStatus")
        buttons = []
        for name, text, slot in (
            ("addUser", self.tr("Add user…"), self.add),
            ("changeRole", self.tr("Change role…"), self.change_role),
            ("resetPassword", self.tr("New password…"), self.reset),
            # Not "Өчүрүү" (reads as "delete"): the person's sign-in is closed, their records stay.
            ("disableUser", self.tr("Close sign-in…"), self.disable),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.append(button)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def _need_selection(self) -> str | None:
        login = self.selected_login()
        if not login:
            show_error(self.status, self.tr("Choose a user in the table first."))
        return login

    def _report(self, exc: KenseError) -> None:
        show_error(self.status, exc.message(i18n.current_language()))

    def add(self) -> None:
        if AddUserDialog(self.session, self).exec() == QDialog.DialogCode.Accepted:
            show_error(self.status, "")
            self.changed()

    def reset(self) -> None:
        login = self._need_selection()
        if login and ResetPasswordDialog(self.session, login, self).exec() == QDialog.DialogCode.Accepted:
            show_error(self.status, "")
            self.changed()

    def change_role(self) -> None:
        login = self._need_selection()
        if not login:
            return
        dialog = QDialog(self)
        dialog.setObjectName("changeRoleDialog")
        dialog.setWindowTitle(self.tr("Role of %1").replace("%1", login))
        combo = QComboBox()
        combo.setObjectName("roleChoice")
        for key in ROLES:
            combo.addItem(role_names()[key], key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(combo)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            users.set_role(self.session, login, str(combo.currentData()))
        except KenseError as exc:
            self._report(exc)
            return
        show_error(self.status, "")
        self.changed()

    def disable(self) -> None:
        login = self._need_selection()
        if not login:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Disable user"),
                          self.tr("Disable %1? Their key is deleted at once: they can no longer sign in. Everything "
                                  "they did stays in the audit log. An administrator can enable the account again "
                                  "with a new password.").replace("%1", login),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmDisable")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            users.disable_user(self.session, login)
        except KenseError as exc:
            self._report(exc)
            return
        show_error(self.status, "")
        self.changed()
