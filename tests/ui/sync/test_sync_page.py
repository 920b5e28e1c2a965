"""The Sync page and the status bar on a real shell, against a district server process."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.documents import register
from app.sync import outbox, service
from tests.conftest import ADMIN_PASSWORD, create_profile
from tests.sync.conftest import District
from tests.ui.conftest import sign_in


def _shell_with_school(qtbot, make_shell, tmp_path: Path, file_keyring, district: District, *, enrol: bool = True):
    fixture = create_profile(tmp_path / "profile", file_keyring)
    if enrol:
        session = fixture.sign_in()
        service.enrol(session, district.url, district.code())
        session.close()
    shell = make_shell(tmp_path / "profile", lang="en")
    sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    return shell


def test_status_bar_and_page_follow_the_runs(qtbot, make_shell, tmp_path: Path, file_keyring,
                                            district: District) -> None:
    shell = _shell_with_school(qtbot, make_shell, tmp_path, file_keyring, district)
    line = shell.workspace.sync_label   # signed in, the workspace's status bar carries the sync line
    qtbot.waitUntil(lambda: not shell.sync.running and "all sent" in line.text(), timeout=20_000)
    register.register(shell.session, kind="incoming", subject="Letter", correspondent="District")
    page = shell.workspace.open_section("sync")
    qtbot.waitUntil(lambda: page.status is not None, timeout=10_000)
    qtbot.waitUntil(page.sync_now.isEnabled, timeout=10_000)
    qtbot.mouseClick(page.sync_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shell.sync.running and shell.sync.last_report is not None
                    and shell.sync.last_report.sent >= 1, timeout=20_000)
    qtbot.waitUntil(lambda: "all sent" in line.text(), timeout=10_000)
    assert outbox.counts(shell.session.conn)[outbox.SYNCED] >= 2
    # the network goes: the next letter waits, and the status bar says why
    district.stop()
    register.register(shell.session, kind="internal", subject="Order")
    shell.sync.kick("test")
    qtbot.waitUntil(lambda: not shell.sync.running and "no connection" in line.text(), timeout=20_000)
    assert "waiting" in line.text()
    assert shell.sync.next_try_ms() > 0   # the backoff timer is set
    qtbot.waitUntil(lambda: page.status is not None and page.status.last_error == "offline", timeout=10_000)
    assert "reached" in page.state.text()


def test_sync_keeps_going_while_locked_and_answers_land_after_unlock(qtbot, make_shell, tmp_path: Path,
                                                                    file_keyring, district: District) -> None:
    shell = _shell_with_school(qtbot, make_shell, tmp_path, file_keyring, district)
    qtbot.waitUntil(lambda: not shell.sync.running and shell.sync.last_report is not None, timeout=20_000)
    district.stop()
    reg = register.register(shell.session, kind="incoming", subject="Letter", correspondent="District")
    shell.request_lock("manual")
    assert shell.session.state.value == "locked"
    district.start()
    assert shell.sync.kick("network")   # reachability came back while the office PC is locked
    qtbot.waitUntil(lambda: not shell.sync.running, timeout=20_000)
    assert shell.sync.last_report.reason is None and shell.sync.last_report.pending == 0
    button = shell.sync.status_button   # the lock screen shows the line in the window's status bar
    qtbot.waitUntil(lambda: "all sent" in button.text() and button.isVisible(), timeout=10_000)
    assert f"document_version:{reg.id}:1" in district.report()["record_ids"]
    sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    rows = [r for r in outbox.rows(shell.session.conn) if r.record_id == reg.id]
    assert rows[0].state == outbox.SYNCED


def test_enrolment_on_the_page(qtbot, make_shell, tmp_path: Path, file_keyring, district: District) -> None:
    shell = _shell_with_school(qtbot, make_shell, tmp_path, file_keyring, district, enrol=False)
    page = shell.workspace.open_section("sync")
    qtbot.waitUntil(lambda: page.status is not None, timeout=10_000)
    assert "Not enrolled" in page.state.text()
    page.url.setText("http://district.example.kg")
    page.code.setText(district.code())
    page.enrol()
    qtbot.waitUntil(lambda: page.enrol_error.text() != "", timeout=10_000)
    assert "https" in page.enrol_error.text()
    page.url.setText(district.url)
    page.enrol()
    qtbot.waitUntil(lambda: page.status is not None and page.status.enrolled, timeout=20_000)
    qtbot.waitUntil(lambda: not shell.sync.running and shell.sync.last_report is not None, timeout=20_000)
    assert shell.sync.last_report.reason is None
