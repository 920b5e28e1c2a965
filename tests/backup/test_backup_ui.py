"""The desktop side of backups with pytest-qt on real profiles: the automatic backup at the first sign-in of
a day and at closing after changes, a lock in the middle of one, the Backups page, the setup wizard's
"Restore from a backup" on a new PC, and the offer to restore when the database is found damaged."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.admin import settings
from app.backup import engine, service, snapshot
from app.security.profile import Profile
from app.security.session import SessionState
from tests.conftest import FAST_KDF, ProfileFixture, make_file_keyring
from tests.ui.conftest import make_shell, profile_factory, sign_in  # noqa: F401 — fixtures
from ui import i18n

PASSWORD = "Tuura-Syrsoz-2026"


def _folder(school: ProfileFixture) -> Path:
    return service.default_folder(school.profile.root)


def _wait_idle(qtbot, shell) -> None:
    qtbot.waitUntil(lambda: not shell.backups.runner.busy(), timeout=60_000)


def test_first_sign_in_of_the_day_backs_up_once_and_the_status_bar_shows_it(qtbot, school, make_shell):  # noqa: F811
    shell = make_shell(school.profile.root, lang="en")
    sign_in(qtbot, shell, "admin", PASSWORD)
    assert shell.backups.runner.busy()                # started by itself, off the GUI thread
    assert shell.workspace.backup_label.text() == "Automatic backup…"
    _wait_idle(qtbot, shell)
    generations = engine.list_backups(_folder(school))
    assert len(generations) == 1 and generations[0].verified
    assert shell.workspace.backup_label.text().startswith("Verified backup: ")
    assert "older than 7 days" not in shell.workspace.backup_label.text()
    # the Today page, read while the backup was still running, shows it too (the bus carries it)
    today = shell.workspace.sections["today"]
    qtbot.waitUntil(lambda: today.groups["backup"].title.text().startswith("Last verified backup: "),
                    timeout=10_000)
    page = shell.workspace.open_section("backups")
    assert page.model.rowCount() == 1 and page.model.item(0, 3).text() == "verified"
    security = shell.workspace.open_section("security")
    rows = dict(security.rows(__import__("app.admin.status", fromlist=["x"]).security_status(shell.session)))
    assert rows["Last verified backup:"] == i18n.format_moment(generations[0].created_at)
    shell.request_lock("manual")
    sign_in(qtbot, shell, "admin", PASSWORD)          # the same day: nothing more to do
    assert not shell.backups.runner.busy()
    assert len(engine.list_backups(_folder(school))) == 1


def test_lock_in_the_middle_of_a_backup_leaves_no_connection_key_or_copy(qtbot, school, make_shell, monkeypatch):  # noqa: F811
    copying, locked = threading.Event(), threading.Event()
    sources: list = []
    real_copy, real_snapshot = snapshot._copy_file, snapshot.copy_snapshot

    def slow_copy(source, target, **kwargs):
        if target.name == "kense.db":
            copying.set()
            assert locked.wait(30)
        return real_copy(source, target, **kwargs)

    def spy(source, target, **kwargs):
        sources.append(source)
        return real_snapshot(source, target, **kwargs)

    monkeypatch.setattr(snapshot, "_copy_file", slow_copy)
    monkeypatch.setattr(engine, "copy_snapshot", spy)
    shell = make_shell(school.profile.root, lang="en")
    sign_in(qtbot, shell, "admin", PASSWORD)
    session, task = shell.session, shell.backups.runner.task
    qtbot.waitUntil(copying.is_set, timeout=30_000)
    assert session.open_connections() >= 3            # its own, the worker's, the worker's snapshot reader
    shell.request_lock("manual")
    locked.set()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert session.state is SessionState.LOCKED and task.discarded
    assert session.open_connections() == 0
    worker = sources[0]
    assert worker._dek is None and worker._conn is None and not worker._extras
    folder = _folder(school)
    assert engine.list_backups(folder) == [] and not [p for p in folder.iterdir() if p.name != "rejected"]


def test_closing_after_changes_waits_for_a_backup(qtbot, school, make_shell):  # noqa: F811
    shell = make_shell(school.profile.root, lang="en")
    sign_in(qtbot, shell, "admin", PASSWORD)
    _wait_idle(qtbot, shell)
    first = engine.list_backups(_folder(school))[0]
    shell.window.close()                               # no change yet: closes at once
    assert not shell.window.isVisible()
    shell.window.show()
    shell.show_sign_in()
    sign_in(qtbot, shell, "admin", PASSWORD)
    settings.set_value(shell.session, "idle_lock_minutes", 7)
    shell.window.close()
    assert shell.window.isVisible() and shell.backups.runner.busy()
    assert shell.workspace.backup_label.text() == "Making a backup before closing…"
    qtbot.waitUntil(lambda: not shell.window.isVisible(), timeout=60_000)
    latest = engine.list_backups(_folder(school))[0]
    assert latest.verified and latest.audit_seq > first.audit_seq and shell.session is None


def test_backups_page_backs_up_verifies_and_names_damage(qtbot, school, make_shell, monkeypatch):  # noqa: F811
    monkeypatch.setenv("KENSE_AUTO_BACKUP", "off")
    shell = make_shell(school.profile.root, lang="en")
    sign_in(qtbot, shell, "admin", PASSWORD)
    assert shell.workspace.backup_label.text() == "Verified backup: none yet"
    page = shell.workspace.open_section("backups")
    assert page.state_text.text() == "No verified backup yet."
    page.now_button.click()
    assert shell.backups.bar.isVisibleTo(shell.workspace)     # progress and Cancel in the status bar
    _wait_idle(qtbot, shell)
    assert page.model.rowCount() == 1
    page.view.selectRow(0)
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verify_task.done, timeout=60_000)
    assert page.message.text() == "The backup is sound."
    db = engine.list_backups(_folder(school))[0].path / "kense.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 3] ^= 0x10
    db.write_bytes(bytes(data))
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verify_task.done, timeout=60_000)
    assert page.message.text() == ("The backup cannot be used: its database file was changed, cut short or "
                                   "swapped. Nothing was changed.")


def test_wizard_restores_on_a_new_pc_with_the_recovery_code(qtbot, school, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from ui.launcher import create_application
    from ui.shell import Shell
    from ui.signin import SignInScreen

    session = school.sign_in()
    made = engine.make_backup(session, tmp_path / "usb-copy")
    session.close()
    new_account = make_file_keyring(tmp_path / "new-pc-account")

    def factory(root: Path) -> Profile:
        profile = Profile(root, new_account)
        profile._calibration = FAST_KDF
        return profile

    create_application()
    shell = Shell(tmp_path / "new-pc" / "Kense", lang="en", profile_factory=factory)
    qtbot.addWidget(shell.window)
    shell.start()
    try:
        assert shell.screen_name == "setup"
        shell.window.centralWidget().findChild(QPushButton, "restoreFromBackup").click()
        dialog = shell.restore_dialog
        dialog.path.setText(str(made.path))
        dialog.code.setText("-".join(["ABCD"] * 8))
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.task.done, timeout=30_000)
        assert dialog.error.text() == "The recovery code does not open this backup. Nothing was changed."
        assert not (tmp_path / "new-pc" / "Kense").exists()
        dialog.code.setText(school.recovery_code)
        dialog.submit()
        qtbot.waitUntil(lambda: isinstance(shell.window.centralWidget(), SignInScreen), timeout=60_000)
        sign_in(qtbot, shell, "admin", PASSWORD)       # the old password works: re-bound to this account
        assert shell.session is not None and shell.session.state is SessionState.ACTIVE
    finally:
        shell.shutdown()


def test_damage_found_offers_the_last_backup_showing_what_is_lost(qtbot, school, make_shell, monkeypatch):  # noqa: F811
    monkeypatch.setenv("KENSE_AUTO_BACKUP", "off")
    session = school.sign_in()
    made = engine.make_backup(session, _folder(school))
    from app.admin import settings as admin_settings

    for minutes in (6, 7, 8):
        admin_settings.set_value(session, "idle_lock_minutes", minutes)
    session.close()
    shell = make_shell(school.profile.root, lang="en")
    sign_in(qtbot, shell, "admin", PASSWORD)
    shell.session.notices.integrity_problems.append("database")   # as the whole-file check reports it
    shell.backups.offer_after_damage(shell.session)
    offer = shell.workspace.findChild(QObject_type(), "damageOffer")
    assert offer is not None
    asked: list = []

    def confirm(self, comparison):
        asked.append(comparison)
        return True

    from ui.backup.restore_dialog import RestoreDialog
    monkeypatch.setattr(RestoreDialog, "confirm_newer", confirm)
    shell.backups.offer_restore(made.path, damaged=True)
    dialog = shell.backups.dialog
    assert "The check found damage in the database." in dialog.lost_text
    assert "Restoring loses 3 changes recorded in the audit log since this backup." in dialog.lost_text
    assert dialog.lost_text.count("• ") == 3
    assert dialog.by_password.isChecked() and dialog.login.text() == "admin"
    dialog.password.setText(PASSWORD)
    dialog.submit()
    assert asked and asked[0].newer and asked[0].same_school
    assert shell.session is None                        # signed out before the files are swapped
    qtbot.waitUntil(lambda: shell.backups.restore_task.done, timeout=60_000)
    qtbot.waitUntil(lambda: shell.screen_name == "signin", timeout=60_000)
    aside = [p for p in school.profile.root.parent.iterdir() if ".replaced-" in p.name]
    assert len(aside) == 1
    sign_in(qtbot, shell, "admin", PASSWORD)
    from app.audit import chain

    actions = [e.action for e in chain.entries(shell.session.conn)]
    assert "backup.restored" in actions and "settings.set" not in actions
    assert settings.get(shell.session, "idle_lock_minutes") == 5


def QObject_type():
    from PySide6.QtWidgets import QFrame

    return QFrame


@pytest.fixture(autouse=True)
def _automatic_backups_on(monkeypatch) -> None:
    monkeypatch.delenv("KENSE_AUTO_BACKUP", raising=False)


def test_a_last_backup_older_than_seven_days_is_a_warning(qtbot, school, make_shell, monkeypatch):  # noqa: F811
    from datetime import UTC, datetime, timedelta

    monkeypatch.setenv("KENSE_AUTO_BACKUP", "off")
    session = school.sign_in()
    old = datetime.now(UTC) - timedelta(days=8)
    engine.make_backup(session, _folder(school), now=lambda: old)
    session.close()
    shell = make_shell(school.profile.root, lang="en")
    sign_in(qtbot, shell, "admin", PASSWORD)
    label = shell.workspace.backup_label
    moment = i18n.format_moment(old.strftime("%Y-%m-%dT%H:%M:%SZ"))
    assert label.text() == f"Verified backup: {moment} — older than 7 days!"
    assert "b3261e" in label.styleSheet()
    page = shell.workspace.open_section("backups")
    assert page.state_text.text().endswith("older than 7 days!")


def test_a_database_beyond_use_offers_the_restore_at_sign_in(qtbot, school, make_shell, monkeypatch):  # noqa: F811
    from app.admin import settings as admin_settings
    from ui.backup.restore_dialog import RestoreDialog
    from ui.signin import SignInScreen

    monkeypatch.setenv("KENSE_AUTO_BACKUP", "off")
    session = school.sign_in()
    made = engine.make_backup(session, _folder(school))
    admin_settings.set_value(session, "idle_lock_minutes", 9)
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    with school.profile.db_path.open("rb+") as handle:     # the first page: nothing can open the file
        handle.seek(200)
        handle.write(b"\x00" * 3000)
    monkeypatch.setattr(RestoreDialog, "confirm_newer", lambda self, comparison: True)
    shell = make_shell(school.profile.root, lang="en")
    sign_in(qtbot, shell, "admin", PASSWORD)
    screen = shell.window.centralWidget()
    assert isinstance(screen, SignInScreen) and screen.restore_button.isVisibleTo(screen)
    screen.restore_button.click()
    dialog = shell.restore_dialog
    assert dialog.path.text() == str(made.path) and dialog.login.text() == "admin"
    dialog.password.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=60_000)
    qtbot.waitUntil(lambda: isinstance(shell.window.centralWidget(), SignInScreen)
                    and shell.window.centralWidget() is not screen, timeout=30_000)
    sign_in(qtbot, shell, "admin", PASSWORD)
    assert shell.session is not None and admin_settings.get(shell.session, "idle_lock_minutes") == 5
    assert [p for p in school.profile.root.parent.iterdir() if ".replaced-" in p.name]
