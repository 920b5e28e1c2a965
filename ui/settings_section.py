"""Settings: language, auto-lock, clipboard, and the user's own password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.admin import settings, users
from app.desk import responsible as _declares_privacy_officer  # noqa: F401 — the setting exists once imported
from app.errors import KenseError
from app.i18n import translate
from app.security.roles import Permission
from app.security.session import Session
from ui import i18n
from ui.sections import SectionWidget
from ui.widgets import error_label, label, password_field, primary, show_error, show_hint


class SettingsSection(SectionWidget):
    languageChosen = Signal(str)
    settingsChanged = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsSection")
        self.session = session
        can_manage = session.can(Permission.MANAGE_SETTINGS)
        values = settings.all_settings(session)

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.currentIndexChanged.connect(lambda _: self.languageChosen.emit(self.language.currentData()))

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(1, 30)
        self.idle_minutes.setValue(int(values["idle_lock_minutes"]))
        self.idle_minutes.setSuffix(" " + self.tr("min"))
        self.lock_on_minimize = QCheckBox(self.tr("Lock when the window is minimised"))
        self.lock_on_minimize.setObjectName("lockOnMinimize")
        self.lock_on_minimize.setChecked(bool(values["lock_on_minimize"]))
        self.clipboard_seconds = QSpinBox()
        self.clipboard_seconds.setObjectName("clipboardSeconds")
        self.clipboard_seconds.setRange(5, 300)
        self.clipboard_seconds.setValue(int(values["clipboard_clear_seconds"]))
        self.clipboard_seconds.setSuffix(" " + self.tr("s"))
        for widget in (self.idle_minutes, self.lock_on_minimize, self.clipboard_seconds):
            widget.setEnabled(can_manage)
        self.save_button = primary(QPushButton(self.tr("Save settings")))
        self.save_button.setObjectName("saveSettings")
        self.save_button.setVisible(can_manage)
        self.save_button.clicked.connect(self.save)
        self.settings_status = error_label()

        lock_box = QGroupBox(self.tr("Locking and privacy"))
        lock_form = QFormLayout(lock_box)
        lock_form.addRow(self.tr("Lock after inactivity:"), self.idle_minutes)
        lock_form.addRow("", self.lock_on_minimize)
        lock_form.addRow(self.tr("Clear copied personal data after:"), self.clipboard_seconds)
        if not can_manage:
            lock_form.addRow("", label(self.tr("Only the administrator can change these settings."), "hint"))
        lock_form.addRow("", self.settings_status)
        lock_form.addRow("", self.save_button)

        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("Language of the program:"), self.language)

        self.old_password = password_field()
        self.old_password.setObjectName("oldPassword")
        self.new_password = password_field()
        self.new_password.setObjectName("newPassword")
        self.repeat_password = password_field()
        self.repeat_password.setObjectName("repeatPassword")
        self.password_status = error_label()
        self.password_status.setObjectName("passwordStatus")
        change = QPushButton(self.tr("Change my password"))
        change.setObjectName("changePassword")
        change.clicked.connect(self.change_password)
        password_box = QGroupBox(self.tr("My password"))
        password_form = QFormLayout(password_box)
        password_form.addRow(self.tr("Current password:"), self.old_password)
        password_form.addRow(self.tr("New password:"), self.new_password)
        password_form.addRow(self.tr("New password again:"), self.repeat_password)
        password_form.addRow("", self.password_status)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(change)
        password_form.addRow(row)

        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Settings"), "heading"))
        layout.addWidget(language_box)
        layout.addWidget(lock_box)
        layout.addWidget(password_box)
        layout.addStretch(1)

    def help_topic(self) -> str:
        return "settings"

    def save(self) -> None:
        lang = i18n.current_language()
        try:
            settings.set_value(self.session, "idle_lock_minutes", self.idle_minutes.value())
            settings.set_value(self.session, "lock_on_minimize", self.lock_on_minimize.isChecked())
            settings.set_value(self.session, "clipboard_clear_seconds", self.clipboard_seconds.value())
        except KenseError as exc:
            show_error(self.settings_status, exc.message(lang))
            return
        show_hint(self.settings_status, self.tr("Saved."))
        self.settingsChanged.emit()

    def change_password(self) -> None:
        lang = i18n.current_language()
        if self.new_password.text() != self.repeat_password.text():
            show_error(self.password_status, translate("password.mismatch", lang))
            return
        try:
            users.change_own_password(self.session, self.old_password.text(), self.new_password.text())
        except KenseError as exc:
            show_error(self.password_status, exc.message(lang))
            return
        finally:
            for field in (self.old_password, self.new_password, self.repeat_password):
                field.clear()
        show_hint(self.password_status, self.tr("Your password has been changed."))

    def clear_personal_data(self) -> None:
        for field in (self.old_password, self.new_password, self.repeat_password):
            field.clear()
