"""Sign-in screen: wrong password with the wait shown, failed-attempt notices, missing device key with
the way to recovery, recovery itself, and a user switch on a shared PC."""

from __future__ import annotations

from app.admin import users
from app.security.session import SessionState
from tests.ui.conftest import sign_in
from ui.recovery import RecoveryDialog
from ui.signin import SignInScreen

PASSWORD = "Tuura-Syrsoz-2026"


def test_wrong_passwords_show_the_growing_wait(qtbot, school, make_shell):
    shell = make_shell(school.profile.root, lang="ru")
    screen = shell.window.centralWidget()
    assert isinstance(screen, SignInScreen)
    assert any("Сатылганов" in label.text() for label in screen.findChildren(type(screen.message)))
    for attempt in range(1, 4):
        sign_in(qtbot, shell, "admin", f"wrong-{attempt}")
        assert f"Неудачных попыток подряд: {attempt}" in screen.message.text()
    assert not screen.sign_in_button.isEnabled()                  # the third failure starts a 2 s wait
    assert "Следующая попытка через" in screen.countdown_text.text()
    qtbot.waitUntil(lambda: screen.sign_in_button.isEnabled(), timeout=4000)
    assert "Теперь можно" in screen.countdown_text.text()
    sign_in(qtbot, shell, "admin", PASSWORD)
    assert shell.screen_name == "workspace"
    notice = shell.workspace.notice_text.text()
    assert "входа: 3" in notice and shell.workspace.notice.isVisibleTo(shell.window)


def test_admin_is_told_of_failures_under_other_names(qtbot, school, make_shell, make_user):
    make_user("aigerim", "secretary")
    shell = make_shell(school.profile.root, lang="ky")
    sign_in(qtbot, shell, "aigerim", "wrong-password-1")
    sign_in(qtbot, shell, "admin", PASSWORD)
    assert "Башка колдонуучулардын атынан ийгиликсиз аракеттер: 1" in shell.workspace.notice_text.text()


def test_missing_device_key_offers_recovery_not_wrong_password(qtbot, school, make_shell):
    school.profile.secrets.delete(school.profile.db_id)   # the keyring was cleared / another PC account
    shell = make_shell(school.profile.root, lang="ru")
    screen = shell.window.centralWidget()
    sign_in(qtbot, shell, "admin", PASSWORD)
    assert "ключа устройства" in screen.message.text() and "Неверный" not in screen.message.text()
    assert screen.recovery_button.isVisibleTo(screen)
    dialog = RecoveryDialog(shell.profile, "admin", shell.window)
    qtbot.addWidget(dialog)
    dialog.code.setText(school.recovery_code)
    dialog.new_password.setText("Zhany-Syrsoz-2027")
    dialog.repeat.setText("Zhany-Syrsoz-2027x")
    dialog.attempt()
    assert "не совпадают" in dialog.error.text() and dialog.session is None
    dialog.repeat.setText("Zhany-Syrsoz-2027")
    dialog.attempt()
    assert dialog.session is not None and dialog.session.user.login == "admin"
    shell._replace_session(dialog.session)
    assert shell.screen_name == "workspace"
    shell.request_lock("manual")
    sign_in(qtbot, shell, "admin", "Zhany-Syrsoz-2027")   # bound again: the new password works
    assert shell.session.state is SessionState.ACTIVE


def test_a_foreign_device_key_or_an_edited_key_file_is_named_on_the_screen(qtbot, school, make_shell):
    import json

    from app.security.device_secret import new_secret

    original = school.profile.secrets.read(school.profile.db_id)[1]
    school.profile.secrets.store(school.profile.db_id, new_secret())   # well formed, not this profile's
    shell = make_shell(school.profile.root, lang="ru")
    screen = shell.window.centralWidget()
    for _ in range(4):                        # more than the free attempts: no wait is ever started
        sign_in(qtbot, shell, "admin", PASSWORD)
        assert "не от этого профиля" in screen.message.text() and "Неверный" not in screen.message.text()
        assert screen.recovery_button.isVisibleTo(screen) and screen.sign_in_button.isEnabled()
    school.profile.secrets.store(school.profile.db_id, original)
    data = json.loads(school.profile.envelope_path.read_text())
    data["generation"] += 1
    school.profile.envelope_path.write_text(json.dumps(data))
    sign_in(qtbot, shell, "admin", PASSWORD)
    assert "Файл ключей (kense.keys) изменён" in screen.message.text()
    assert screen.sign_in_button.isEnabled()


def test_switch_user_ends_previous_session(qtbot, school, make_shell, make_user):
    make_user("aigerim", "secretary")
    shell = make_shell(school.profile.root)
    sign_in(qtbot, shell, "admin", PASSWORD)
    admin_session = shell.session
    shell.switch_user()
    screen = shell.window.centralWidget()
    assert isinstance(screen, SignInScreen) and screen.login.text() == ""
    sign_in(qtbot, shell, "aigerim", "Baska-Syrsoz-2026")
    assert admin_session.state is SessionState.CLOSED
    assert shell.session.user.login == "aigerim"
    keys = [s.key for s in shell.workspace.specs]
    assert "security" not in keys and "settings" in keys        # a secretary sees no security panel
    rows = users.list_users(shell.session)
    assert {u.login for u in rows} == {"admin", "aigerim"}


def test_every_section_opens_and_says_what_will_be_there(qtbot, school, make_shell):
    shell = make_shell(school.profile.root, lang="ky")
    sign_in(qtbot, shell, "admin", PASSWORD)
    from ui.people.section import PupilsSection
    from ui.sections_builtin import PlaceholderSection

    for spec in shell.workspace.specs:
        section = shell.workspace.open_section(spec.key)
        assert section is not None
        # every subsystem is built now: a placeholder here means its section failed to open
        assert not isinstance(section, PlaceholderSection), spec.key
    assert isinstance(shell.workspace.sections["pupils"], PupilsSection)
    security = shell.workspace.sections["security"]
    labels = [security.form.itemAt(i).widget().text() for i in range(security.form.count())
              if security.form.itemAt(i).widget() is not None]
    assert any("ооба, бүтүн" in t for t in labels)                  # audit chain verified
    shell.workspace.open_section("security")
    help_window = shell.open_help(shell.current_help_topic())
    assert help_window.topic == "security" and "Коопсуздук" in help_window.browser.toPlainText()


def test_the_days_database_check_runs_after_the_window_opens(qtbot, school, make_shell, monkeypatch):
    from db import connection as dbc

    with school.profile.locked_envelope() as envelope:
        envelope.set_integrity_checked_at(None)               # due: no sound check recorded yet
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    real = dbc.check_integrity
    threads: list[bool] = []

    def watched(conn):
        threads.append(QThread.currentThread() is QApplication.instance().thread())
        return [*real(conn), "page 9: HMAC check failed"]     # what a damaged page reports

    monkeypatch.setattr(dbc, "check_integrity", watched)
    shell = make_shell(school.profile.root, lang="ru")
    sign_in(qtbot, shell, "admin", PASSWORD)
    assert shell.workspace is not None                          # the window is open before the check ends
    qtbot.waitUntil(lambda: shell.full_check_task is not None and shell.full_check_task.done, timeout=20000)
    assert threads == [False]                                   # once, and not on the GUI thread
    qtbot.waitUntil(lambda: "database" in shell.session.notices.integrity_problems, timeout=5000)
    assert shell.tr("The check of the whole database found damaged pages. Tell the administrator: "
                    "a backup copy may be needed.") in shell.workspace.notice_text.text()
    assert school.profile.load_envelope().integrity_checked_at() is None   # still due at the next sign-in



def test_a_sound_background_check_is_recorded_and_not_repeated_that_day(qtbot, school, make_shell):
    with school.profile.locked_envelope() as envelope:
        envelope.set_integrity_checked_at(None)
    shell = make_shell(school.profile.root, lang="ky")
    sign_in(qtbot, shell, "admin", PASSWORD)
    qtbot.waitUntil(lambda: shell.full_check_task is not None and shell.full_check_task.done, timeout=20000)
    assert school.profile.load_envelope().integrity_checked_at() is not None
    assert not shell.session.notices.integrity_problems
    again = shell.profile.sign_in("admin", PASSWORD)            # later the same day: nothing deferred
    assert not again.notices.full_check_due
    again.close()
