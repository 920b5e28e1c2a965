"""The responsible person's alerts on screen: the Security panel's box, the Today page of the real window
and the desk's Alerts tab, each acknowledging through the note dialog; nothing for a secretary."""

from __future__ import annotations

import pytest

from app.desk import alerts
from app.people import export
from tests.conftest import ADMIN_PASSWORD
from tests.desk.alert_history import remove_checkpoint
from tests.ui.conftest import sign_in
from ui import i18n
from ui.desk.alerts_box import AlertsBox
from ui.desk.alerts_tab import AlertsTab
from ui.desk.section import DeskSection
from ui.security_section import SecuritySection
from ui.today_section import TodaySection


@pytest.fixture
def lang():
    def install(code: str) -> None:
        i18n.install(code)
    yield install
    i18n.install("ky")


def _acknowledge(qtbot, box_or_tab, note: str) -> None:
    qtbot.waitUntil(lambda: box_or_tab.dialog is not None and box_or_tab.dialog.isVisible(), timeout=5000)
    dialog = box_or_tab.dialog
    dialog.note.setPlainText(note)
    dialog.buttons.accepted.emit()


def _actions(session, prefix: str) -> list[str]:
    return [r[0] for r in session.conn.execute("SELECT action FROM audit_log WHERE action LIKE ? ORDER BY seq",
                                               (prefix + "%",))]


def test_security_panel_shows_an_alert_and_acknowledges_it_with_a_note(qtbot, school, lang) -> None:
    lang("ky")
    remove_checkpoint(school)
    session = school.sign_in()
    section = SecuritySection(session)
    qtbot.addWidget(section)
    box = section.alerts_box
    assert isinstance(box, AlertsBox)
    qtbot.waitUntil(lambda: box.count == 1, timeout=10_000)
    assert box.isVisibleTo(section)
    assert box.title.text() == "Жеке маалыматтарды коргоого жооптуу адам үчүн сигналдар (1)"
    assert "Ачык бүтүндүк табылгасы" in box.lines[0].text
    assert [b.text() for b in box.buttons] == ["Тастыктоо…"]
    box.buttons[0].click()
    _acknowledge(qtbot, box, "ok")                       # too short: refused, the dialog stays
    assert box.dialog.isVisible() and "5–500" in box.dialog.error.text()
    assert _actions(session, "alert.") == ["alert.raised"]
    _acknowledge(qtbot, box, "Ачкыч файлы калыбына келтирилди")
    qtbot.waitUntil(lambda: box.count == 0 and not box.isVisibleTo(section), timeout=10_000)
    assert _actions(session, "alert.") == ["alert.raised", "alert.acknowledge"]
    (kept,) = alerts.list_alerts(session, include_acknowledged=True)
    assert kept.note == "Ачкыч файлы калыбына келтирилди" and kept.acknowledged_by == session.user.id
    section.clear_personal_data()
    session.close()


def test_the_today_page_shows_alerts_to_the_admin_only(qtbot, school, make_shell, make_user, monkeypatch,
                                                       tmp_path) -> None:
    secretary = make_user("zarina", "secretary")
    monkeypatch.setattr(export, "is_removable", lambda p: True)
    with pytest.raises(export.RemovableRefused):
        export.export_table(secretary, tmp_path / "stick.xlsx", ["A"], [["x"]], what="pupils", columns=["surname"])
    shell = make_shell(school.profile.root, lang="ru")
    sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    page = shell.workspace.current_section()
    assert isinstance(page, TodaySection) and page.alerts_box is not None
    box = page.alerts_box
    qtbot.waitUntil(lambda: box.count == 1 and page.data is not None, timeout=10_000)
    assert box.isVisibleTo(page)
    assert box.title.text() == "Оповещения для ответственного за защиту персональных данных (1)"
    assert box.lines[0].text.startswith("Тестов zarina: ") and "выгрузка на съёмный диск отклонена 1 раз" in \
        box.lines[0].text
    assert not page.status.isVisibleTo(page)             # not "nothing needs your attention"
    box.buttons[0].click()
    _acknowledge(qtbot, box, "Флешку забрали, с секретарём поговорили")
    qtbot.waitUntil(lambda: box.count == 0, timeout=10_000)
    assert not box.isVisibleTo(page)
    # the secretary's own Today page has no alerts at all
    secretary_page = TodaySection(secretary)
    qtbot.addWidget(secretary_page)
    assert secretary_page.alerts_box is None


def test_desk_tab_lists_acknowledges_and_shows_acknowledged(qtbot, school, make_user, monkeypatch, tmp_path,
                                                            lang) -> None:
    lang("ru")
    secretary = make_user("zarina", "secretary")
    monkeypatch.setattr(export, "is_removable", lambda p: True)
    with pytest.raises(export.RemovableRefused):
        export.export_table(secretary, tmp_path / "stick.csv", ["A"], [["x"]], what="pupils", columns=["surname"])
    director = make_user("direktor", "director")
    desk = DeskSection(director)
    qtbot.addWidget(desk)
    tab = desk.show_tab("alerts")
    assert isinstance(tab, AlertsTab) and desk.tabs.tabText(desk.tabs.currentIndex()) == "Оповещения"
    qtbot.waitUntil(lambda: len(tab.lines) == 1 and tab.task.done, timeout=10_000)
    assert tab.status.text() == "Открытых оповещений: 1"
    assert tab.model.item(0, 2).text() == "открыто"
    assert not tab.acknowledge_button.isEnabled()          # nothing chosen yet
    tab.view.selectRow(0)
    assert tab.acknowledge_button.isEnabled()
    tab.acknowledge_button.click()
    _acknowledge(qtbot, tab, "Проверено: это был учебный файл без данных")
    qtbot.waitUntil(lambda: tab.lines == [] and tab.status.text() == "Открытых оповещений нет.", timeout=10_000)
    tab.show_acknowledged.setChecked(True)
    qtbot.waitUntil(lambda: len(tab.lines) == 1 and tab.task.done, timeout=10_000)
    assert tab.model.item(0, 2).text().startswith("Подтверждено ")
    assert tab.model.item(0, 2).text().endswith("Тестов direktor: Проверено: это был учебный файл без данных")
    tab.clear_personal_data()
    assert tab.model.rowCount() == 0
    # a secretary's desk has no alerts tab (she has no desk at all: the section needs audit.view)
    assert "alerts" not in DeskSection(secretary).keys
