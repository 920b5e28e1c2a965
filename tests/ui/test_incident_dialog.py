"""The incident form: from the lock screen a teacher files a report under a session opened for it alone
(register and outbox in one transaction, nothing of it after a failure); from the Help menu signed in;
the responsible person's Incidents tab records the outcome."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate

from app.admin import users
from app.desk import incidents
from app.security.session import SessionState
from tests.conftest import ADMIN_PASSWORD
from tests.ui.conftest import sign_in
from ui.desk.incident_dialog import IncidentDialog
from ui.signin import SignInScreen

TEACHER_PW = "Ak-Terek-2026-kz"
YESTERDAY = date.today() - timedelta(days=1)


def _add_teacher(school) -> None:
    admin = school.sign_in()
    users.add_user(admin, "nurlan", "Исаков Нурлан", "teacher", TEACHER_PW)
    admin.close()


def _locked_shell(qtbot, school, make_shell, lang: str = "ky"):
    shell = make_shell(school.profile.root, lang=lang)
    sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    shell.request_lock("manual")
    qtbot.waitUntil(lambda: isinstance(shell.window.centralWidget(), SignInScreen))
    return shell


def _fill(dialog: IncidentDialog, login: str = "nurlan", password: str = TEACHER_PW) -> None:
    assert dialog.login is not None and dialog.password is not None
    dialog.login.setText(login)
    dialog.password.setText(password)
    dialog.summary.setPlainText("Бөтөн адам мугалимдер бөлмөсүндө класстын тизмесин сүрөткө тартты")
    dialog.day.setDate(QDate(YESTERDAY.year, YESTERDAY.month, YESTERDAY.day))
    dialog.data_box.setPlainText("5-А классынын тизмеси")
    dialog.done_box.setPlainText("Директорго айттым")


def _teacher_actions(school) -> list[str]:
    check = school.sign_in()
    try:
        return [r[0] for r in check.conn.execute(
            "SELECT a.action FROM audit_log a JOIN app_user u ON u.id = a.user_id WHERE u.login = 'nurlan'"
            " ORDER BY a.seq")]
    finally:
        check.close()


def _rows(school) -> tuple[list[tuple], list[tuple]]:
    check = school.sign_in()
    try:
        documents = check.conn.execute("SELECT number, series, access_level, status FROM document").fetchall()
        queued = check.conn.execute("SELECT record_type, count(*) FROM sync_outbox WHERE record_type IN"
                                    " ('document', 'document_event', 'incident') GROUP BY record_type"
                                    " ORDER BY record_type").fetchall()
        return documents, queued
    finally:
        check.close()


def test_from_the_lock_screen_into_the_register_and_the_outbox(qtbot, school, make_shell) -> None:
    _add_teacher(school)
    shell = _locked_shell(qtbot, school, make_shell)
    locked = shell.session
    screen = shell.window.centralWidget()
    screen.incident_button.click()
    dialog = shell.incident_dialog
    assert isinstance(dialog, IncidentDialog) and dialog.isVisible()
    assert dialog.login.text() == "admin"   # the locked user's login, as on the screen
    _fill(dialog)
    dialog.send.click()
    assert dialog.filed is not None and dialog.filed.number == "И-1"
    assert dialog.result_text.text() == ("№ И-1 менен катталды. Жеке маалыматтар үчүн жооптуу"
                                         " Асанова Айгүл Бакытовна карап чыгат.")
    assert dialog.password.text() == ""
    assert _rows(school) == ([("И-1", "incident", "restricted", "in_progress")],
                             [("document", 1), ("document_event", 2), ("incident", 1)])
    # the teacher's session was opened for the report and closed again; the locked one is untouched
    assert _teacher_actions(school) == ["session.sign_in", "incident.report", "session.sign_out"]
    assert shell.session is locked and locked.state is SessionState.LOCKED
    dialog.send.click()   # now "Close"
    assert not dialog.isVisible()


def test_a_failure_in_between_leaves_neither_row_and_says_so(qtbot, school, make_shell, monkeypatch) -> None:
    _add_teacher(school)
    shell = _locked_shell(qtbot, school, make_shell, lang="ru")
    shell.window.centralWidget().incident_button.click()
    dialog = shell.incident_dialog
    _fill(dialog)

    def broken(conn, record_type, record_id, version=1):
        raise OSError("disk full")

    monkeypatch.setattr(incidents.outbox, "enqueue", broken)
    dialog.send.click()
    assert dialog.filed is None
    assert dialog.error.text() == "Произошла непредвиденная ошибка. Ничего не зарегистрировано."
    monkeypatch.undo()
    assert _rows(school) == ([], [])
    assert _teacher_actions(school) == ["session.sign_in", "session.sign_out"]


def test_bad_input_is_said_before_anyone_signs_in(qtbot, school, make_shell) -> None:
    _add_teacher(school)
    shell = _locked_shell(qtbot, school, make_shell)
    shell.window.centralWidget().incident_button.click()
    dialog = shell.incident_dialog
    _fill(dialog)
    dialog.summary.setPlainText("   ")
    dialog.send.click()
    assert dialog.error.text() == "Эмне болгонун жазыңыз."
    dialog.summary.setPlainText("Сырсөз стикерде")
    dialog.password.setText("туура-эмес")
    dialog.send.click()
    assert dialog.error.text().startswith("Логин же сырсөз туура эмес.")
    assert _teacher_actions(school) == []
    assert _rows(school) == ([], [])


def test_signed_in_from_the_help_menu_and_the_outcome_on_the_desk(qtbot, school, make_shell) -> None:
    _add_teacher(school)
    shell = make_shell(school.profile.root)
    sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    workspace = shell.workspace
    action = workspace.findChild(type(workspace.help_action), "incidentAction")
    action.trigger()
    dialog = workspace.incident_dialog
    assert dialog.login is None            # signed in: no login asked
    dialog.summary.setPlainText("Принтерде окуучулардын тизмеси калып калыптыр")
    dialog.time_known.setChecked(True)
    dialog.send.click()
    assert dialog.filed is not None and dialog.filed.number == "И-1"
    assert dialog.result_text.text() == ("№ И-1 менен катталды. Жеке маалыматтар үчүн жооптуу"
                                         " Асанова Айгүл Бакытовна карап чыгат.")
    dialog.send.click()
    desk = workspace.open_section("desk")
    tab = desk.show_tab("incidents")
    assert [tab.model.item(0, c).text() for c in (0, 2, 3, 5)] == [
        "И-1", "орточо", "Принтерде окуучулардын тизмеси калып калыптыр", "каралууда"]
    assert tab.outcome_button.isEnabled()
    tab.open_outcome()
    tab.outcome_dialog.text.setPlainText("Тизме жок кылынды, принтер кабинетке көчүрүлдү")
    tab.outcome_dialog.save.click()
    qtbot.waitUntil(lambda: tab.model.item(0, 5).text() == "жыйынтыгы жазылды")
    assert not tab.outcome_button.isEnabled()
    assert tab.details.text().endswith("Жыйынтык: Тизме жок кылынды, принтер кабинетке көчүрүлдү")
