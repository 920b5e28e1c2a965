"""Recovery with the code from the recovery sheet: new password, and this computer bound again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.errors import KenseError
from app.i18n import translate
from app.security import passwords
from app.security.profile import Profile
from app.security.session import Session
from ui import i18n
from ui.widgets import error_label, label, password_field, show_error


class RecoveryDialog(QDialog):
    def __init__(self, profile: Profile, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.profile = profile
        self.session: Session | None = None
        self.setWindowTitle(self.tr("Recovery with the recovery sheet"))
        intro = label(self.tr(
            "Type the 48-digit code from the recovery sheet kept in the director's safe, your login and a new "
            "password. This also binds the database to this computer account again."))
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText("000000-000000-000000-000000-000000-000000-000000-000000")
        self.code.setMinimumWidth(520)
        self.login = QLineEdit(login)
        self.login.setObjectName("login")
        self.new_password = password_field()
        self.new_password.setObjectName("newPassword")
        self.repeat = password_field()
        self.repeat.setObjectName("repeatPassword")
        self.error = error_label()
        self.error.setObjectName("error")
        form = QFormLayout()
        form.addRow(self.tr("Recovery code:"), self.code)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("New password:"), self.new_password)
        form.addRow(self.tr("New password again:"), self.repeat)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(self.tr("Recover and sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("recoverButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.code.setFocus()

    def attempt(self) -> None:
        lang = i18n.current_language()
        if self.new_password.text() != self.repeat.text():
            show_error(self.error, translate("password.mismatch", lang))
            self.repeat.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.session = self.profile.recover(self.code.text(), self.login.text(), self.new_password.text())
        except KenseError as exc:
            show_error(self.error, exc.message(lang))
            return
        except Exception:
            show_error(self.error, self.tr("Something unexpected went wrong. Nothing was changed."))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    @staticmethod
    def strength_ok(password: str) -> bool:
        return not passwords.problems(password)
