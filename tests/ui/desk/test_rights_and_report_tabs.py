"""The desk's "Access rights" and "Report for an inspector" tabs on a real profile (pytest-qt,
offscreen), in Kyrgyz and Russian: the users table and the role × permission matrix as the code's
table holds it; the live state; "Make the report…" registering the PDF off the GUI thread and showing
it. With KENSE_SHOTS_DIR set, each screen is saved there as a PNG to look at."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from app.admin import users
from app.desk import protection_report
from app.desk.rights_texts import permission_name, role_name
from app.errors import WrongCredentials
from app.security.roles import ROLE_PERMISSIONS, Permission, Role

PW = "Baska-Syrsoz-2026"


@pytest.fixture
def app(qtbot):
    from ui.launcher import create_application

    return create_application()


@pytest.fixture(params=["ky", "ru"])
def lang(request, app):
    from ui import i18n

    i18n.install(request.param)
    yield request.param
    i18n.install("ky")


@pytest.fixture
def staffed(admin_session):
    s = admin_session
    users.add_user(s, "zarina", "Зарина Токтогулова", "secretary", PW)
    users.add_user(s, "ketti", "Кеткен Мугалим", "teacher", PW)
    users.disable_user(s, "ketti")
    with pytest.raises(WrongCredentials):
        s.profile.sign_in("zarina", "not-her-password")
    s.profile.sign_in("zarina", PW).close()
    return s


def _shot(widget, name: str) -> None:
    folder = os.environ.get("KENSE_SHOTS_DIR")
    if folder:
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.processEvents()   # the posted layout requests: rows just added get their place
        Path(folder, "desk").mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder, "desk", f"{name}.png")))


def test_rights_tab_shows_users_and_the_matrix_from_the_code(qtbot, staffed, lang) -> None:
    from ui import i18n
    from ui.desk.rights_tab import ALLOWED, RightsTab

    tab = RightsTab(staffed)
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    qtbot.waitUntil(lambda: tab.data is not None, timeout=10000)
    users_model, matrix = tab.users_model, tab.matrix_model
    rows = [[users_model.item(r, c).text() for c in range(3)] for r in range(users_model.rowCount())]
    assert rows == [["admin", "Асанова Айгүл Бакытовна", role_name("admin", lang)],
                    ["ketti", "Кеткен Мугалим", role_name("teacher", lang)],
                    ["zarina", "Зарина Токтогулова", role_name("secretary", lang)]]
    day = i18n.format_date(tab.data.users[1].disabled_since)
    assert users_model.item(1, 4).text() == {"ky": f"өчүрүлгөн: {day}", "ru": f"отключён с {day}"}[lang]
    assert users_model.item(2, 4).text() == {"ky": "иштейт", "ru": "активен"}[lang]
    assert [matrix.horizontalHeaderItem(c).text() for c in range(1, matrix.columnCount())] == \
        [role_name(r, lang) for r in Role]
    assert matrix.rowCount() == len(Permission)
    for row, permission in enumerate(Permission):
        assert matrix.item(row, 0).text() == permission_name(permission, lang)
        ticks = [matrix.item(row, c + 1).text() == ALLOWED for c in range(len(Role))]
        assert ticks == [permission in ROLE_PERMISSIONS[r] for r in Role]
    _shot(tab, f"rights-{lang}")
    tab.clear_personal_data()
    assert users_model.rowCount() == 0 and matrix.rowCount() == 0


def test_report_tab_shows_the_state_and_makes_the_registered_report(qtbot, staffed, lang, tmp_path) -> None:
    from ui.desk.report_tab import ReportTab

    tab = ReportTab(staffed)
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    with qtbot.waitSignal(tab.stateShown, timeout=20000):
        tab.show()
    values = {tab.form.itemAt(r, tab.form.ItemRole.LabelRole).widget().text():
              tab.form.itemAt(r, tab.form.ItemRole.FieldRole).widget().text() for r in range(tab.form.rowCount())}
    words = {"ky": ("Колдонуучулар жана ролдор:", "2 иштейт (администратор: 1, катчы: 1); өчүрүлгөн: 1",
                    "Ушул айдагы ийгиликсиз кирүүлөр:", "Шифрлөө:", "күйгүзүлгөн — AES-256-CBC"),
             "ru": ("Пользователи и роли:", "активных: 2 (администратор: 1, секретарь: 1); отключённых: 1",
                    "Неудачных входов в этом месяце:", "Шифрование:", "включено — AES-256-CBC")}[lang]
    assert len(values) == 10
    assert values[words[0]] == words[1]
    assert values[words[2]] == "1"
    assert values[words[3]].startswith(words[4])
    _shot(tab, f"report-{lang}")

    tab.language.setCurrentIndex(tab.language.findData(lang))
    with qtbot.waitSignal(tab.reportMade, timeout=30000) as made:
        tab.make_button.click()
        assert tab.bar.isVisible() and not tab.make_button.isEnabled()    # the GUI thread is free meanwhile
    issued = made.args[0]
    assert tab.preview is not None and tab.preview.isVisible()
    number = staffed.conn.execute("SELECT number FROM document WHERE id = ?", (issued.document_id,)).fetchone()[0]
    assert number == issued.number and issued.number in tab.made.text()
    path = tmp_path / "report.pdf"
    tab.preview.ask_save_path = lambda _name, _parent: path
    assert tab.preview.save_document()
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert re.search(r"№\s*(\S+?)\s*—\s*1\b", text).group(1) == number
    assert protection_report.title(lang) in text
    _shot(tab.preview, f"report-preview-{lang}")
    tab.preview.done(0)


def test_the_desk_in_the_window_and_a_lock_with_the_report_open(qtbot, school, make_shell, lang) -> None:
    from PySide6.QtWidgets import QApplication

    from app.security.session import SessionState
    from tests.conftest import ADMIN_PASSWORD
    from tests.ui.conftest import sign_in
    from ui.desk.report_tab import ReportTab
    from ui.desk.rights_tab import RightsTab

    shell = make_shell(school.profile.root, lang=lang)
    shell.window.resize(1366, 768)
    sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    desk = shell.workspace.open_section("desk")
    rights = desk.show_tab("rights")
    assert isinstance(rights, RightsTab)
    qtbot.waitUntil(lambda: rights.data is not None, timeout=10000)
    _shot(shell.window, f"window-rights-{lang}")
    report = desk.show_tab("report")
    assert isinstance(report, ReportTab)
    qtbot.waitUntil(lambda: report.state is not None, timeout=20000)
    _shot(shell.window, f"window-report-{lang}")
    with qtbot.waitSignal(report.reportMade, timeout=30000):
        report.make_button.click()
    assert report.preview is not None and report.preview.isVisible()
    shell.request_lock("manual")
    qtbot.waitUntil(lambda: shell.session.state is SessionState.LOCKED, timeout=5000)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not shell.window] == []


def test_a_number_taken_meanwhile_is_numbered_and_rendered_again(qtbot, admin_session, app, monkeypatch) -> None:
    from app.documents import numbering
    from app.documents import register as documents
    from ui.desk.report_tab import ReportTab

    real_commit = protection_report.commit
    numbers_rendered: list[str] = []
    real_render = protection_report.render

    def render(prepared):
        numbers_rendered.append(prepared.number)
        return real_render(prepared)

    def commit(db, prepared, pdf):
        if len(numbers_rendered) == 1:      # someone registers in the series between numbering and writing
            documents.register(db, kind="internal", subject="Служебная записка")
            raise numbering.NumberTaken()
        return real_commit(db, prepared, pdf)

    monkeypatch.setattr(protection_report, "render", render)
    monkeypatch.setattr(protection_report, "commit", commit)
    tab = ReportTab(admin_session)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.reportMade, timeout=30000) as made:
        tab.make_button.click()
    assert numbers_rendered == ["1", "2"] and made.args[0].number == "2"
    tab.preview.done(0)
