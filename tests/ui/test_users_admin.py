"""The administrator manages users from the security panel; the services enforce the rights."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.admin import users
from app.errors import WrongCredentials
from ui.security_section import SecuritySection
from ui.users_admin import AddUserDialog, ResetPasswordDialog


def _confirm_when_asked() -> QTimer:
    """Click Yes on the confirmation box as soon as it is open (polls; robust on a busy machine)."""
    timer = QTimer()

    def poll() -> None:
        for widget in QApplication.allWidgets():
            if isinstance(widget, QMessageBox) and widget.objectName() == "confirmDisable" and widget.isVisible():
                timer.stop()
                widget.button(QMessageBox.StandardButton.Yes).click()
                return

    timer.timeout.connect(poll)
    timer.start(20)
    return timer


def _logins(section: SecuritySection) -> list[str]:
    return [section.users_model.item(r, 0).text() for r in range(section.users_model.rowCount())]


def _select(section: SecuritySection, login: str) -> None:
    from PySide6.QtCore import QItemSelectionModel

    row = _logins(section).index(login)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    section.users_view.selectionModel().select(section.users_model.index(row, 0), flags)


def test_add_user_through_the_dialog(qtbot, admin_session, school) -> None:
    section = SecuritySection(admin_session)
    qtbot.addWidget(section)
    assert section.user_actions is not None
    dialog = AddUserDialog(admin_session, section)
    qtbot.addWidget(dialog)
    dialog.login.setText("aigerim")
    dialog.full_name.setText("Осмонова Айгерим")
    dialog.role.setCurrentIndex(dialog.role.findData("secretary"))
    dialog.passwords.first.setText("Ak-Terek-2026-kz")
    dialog.passwords.second.setText("Ak-Terek-2026-kx")
    dialog.submit()
    assert dialog.error.text() and not dialog.result()  # mismatch shown inline, nothing added
    dialog.passwords.second.setText("Ak-Terek-2026-kz")
    dialog.submit()
    assert dialog.result() == AddUserDialog.DialogCode.Accepted
    section.refresh()
    assert "aigerim" in _logins(section)
    school.profile.sign_in("aigerim", "Ak-Terek-2026-kz").close()


def test_weak_password_is_explained_in_the_dialog(qtbot, admin_session) -> None:
    dialog = AddUserDialog(admin_session)
    qtbot.addWidget(dialog)
    dialog.login.setText("bakyt")
    dialog.passwords.first.setText("123")
    dialog.passwords.second.setText("123")
    dialog.submit()
    assert "10" in dialog.error.text() and not dialog.result()
    assert all(u.login != "bakyt" for u in users.list_users(admin_session))


def test_reset_and_disable(qtbot, admin_session, school) -> None:
    users.add_user(admin_session, "teacher", "Токтогулов Эрлан", "teacher", "Mugalim-Jakshy-9")
    section = SecuritySection(admin_session)
    qtbot.addWidget(section)
    reset = ResetPasswordDialog(admin_session, "teacher", section)
    qtbot.addWidget(reset)
    reset.passwords.first.setText("Jangy-Mugalim-10")
    reset.passwords.second.setText("Jangy-Mugalim-10")
    reset.submit()
    school.profile.sign_in("teacher", "Jangy-Mugalim-10").close()

    _select(section, "teacher")

    assert section.selected_login() == "teacher"
    timer = _confirm_when_asked()
    section.user_actions.disable()
    timer.stop()
    assert not timer.isActive() and section.user_actions.status.text() == ""
    try:
        school.profile.sign_in("teacher", "Jangy-Mugalim-10")
        raise AssertionError("a disabled user signed in")
    except WrongCredentials:
        pass


def test_the_last_admin_cannot_be_disabled_and_the_reason_is_shown(qtbot, admin_session) -> None:
    section = SecuritySection(admin_session)
    qtbot.addWidget(section)
    _select(section, "admin")

    timer = _confirm_when_asked()
    section.user_actions.disable()
    timer.stop()
    assert section.user_actions.status.text()
    assert any(u.login == "admin" and u.active for u in users.list_users(admin_session))


def test_director_sees_no_user_management(qtbot, make_user) -> None:
    director = make_user("director", "director")
    section = SecuritySection(director)
    qtbot.addWidget(section)
    assert section.user_actions is None


def test_panel_shows_when_the_whole_database_was_last_found_sound(qtbot, admin_session) -> None:
    from PySide6.QtCore import QCoreApplication

    from app.admin.status import security_status
    from ui import i18n

    checked = security_status(admin_session)["database_full_check_at"]
    assert checked                                  # the sign-in of the fixture ran the full check
    section = SecuritySection(admin_session)
    qtbot.addWidget(section)
    rows = dict(section.rows(security_status(admin_session)))
    title = QCoreApplication.translate("SecuritySection", "Whole database last found sound:")
    assert rows[title] == i18n.format_moment(checked)
