"""The audit tab on a school with a known history: each filter shows exactly its rows (read on the
database worker), "who saw or changed this" from a pupil's form and a document card opens the tab on
that record, only for users who may read the log, and the lock drops every row."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import QDate

from app.documents import register as documents
from app.forms.dates import format_moment
from tests.conftest import ADMIN_PASSWORD
from tests.desk.conftest import PAST, history  # noqa: F401 — the known history
from tests.ui.conftest import sign_in
from tests.ui.test_lock import _pd_anywhere

ZARINA = "Зарина Токтогулова"
ADMIN = "Асанова Айгүл Бакытовна"


@pytest.fixture
def app(qtbot):
    from ui.launcher import create_application

    yield create_application()
    from ui import i18n

    i18n.install("ky")


def _desk(qtbot, session):
    from ui.desk.section import DeskSection

    desk = DeskSection(session)
    qtbot.addWidget(desk)
    desk.resize(1180, 640)
    tab = desk.show_tab("audit")
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        desk.show()
    return desk, tab


def _settle(qtbot, tab, change) -> list[tuple[str, str, str]]:
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        change()
    return tab.model.texts()


def _at(session, record: str) -> list[str]:
    return [format_moment(at) for (at,) in session.conn.execute(
        "SELECT at FROM audit_log WHERE object_id = ? ORDER BY seq DESC", (record,))]


def _shot(widget, name: str) -> None:
    folder = os.environ.get("KENSE_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, f"{name}.png"))


def test_filters_show_exact_rows(app, qtbot, admin_session, history) -> None:  # noqa: F811
    from ui import i18n

    s, aibek = admin_session, history["aibek"]
    i18n.install("ru")
    desk, tab = _desk(qtbot, s)
    assert tab.chain.text().startswith("Журнал цел: проверено записей —")
    assert [tab.action.itemText(n) for n in range(4)] == ["Все действия", "вход, выход и блокировка",
                                                        "записи учащихся и сотрудников", "печать"]

    tab.person.setCurrentIndex(tab.person.findData("zarina"))   # its read is outrun by the next one
    rows = _settle(qtbot, tab, lambda: tab.action.setCurrentIndex(tab.action.findData("person.")))
    reveals = [format_moment(at) for (at,) in s.conn.execute(
        "SELECT at FROM audit_log WHERE action = 'person.reveal' ORDER BY seq DESC")]
    assert rows == [
        (reveals[0], ZARINA, f"{ZARINA} открыл(а) запись «уничтоженная запись» и показал(а) скрытые поля"),
        (reveals[1], ZARINA, f"{ZARINA} открыл(а) запись «Садыков Айбек» и показал(а) скрытые поля")]
    assert tab.count.text() == "Записей: 2"

    tab.person.setCurrentIndex(0)
    rows = _settle(qtbot, tab, lambda: tab.action.setCurrentIndex(tab.action.findData("print")))
    assert [r[2] for r in rows] == [f"{ZARINA} напечатал(а): Садыков Айбек (форма согласия)",
                                    f"{ZARINA} напечатал(а): Садыков Айбек (личное дело)"]

    rows = _settle(qtbot, tab, lambda: tab.show_record(aibek))
    at = _at(s, aibek)
    assert tab.action.currentIndex() == 0 and tab.record.text() == aibek
    assert rows == [
        (at[0], ZARINA, f"{ZARINA} напечатал(а): Садыков Айбек (форма согласия)"),
        (at[1], ZARINA, f"{ZARINA} напечатал(а): Садыков Айбек (личное дело)"),
        (at[2], ZARINA, f"{ZARINA} открыл(а) запись «Садыков Айбек» и показал(а) скрытые поля"),
        (at[3], ADMIN, f"{ADMIN} добавил(а) запись: Садыков Айбек")]
    assert tab.record_name.text() == "Садыков Айбек"
    _shot(desk, "audit_ru")

    day = QDate(2026, 3, 2)
    tab.date_from.setDate(day)
    rows = _settle(qtbot, tab, lambda: tab.date_to.setDate(day))
    assert rows == [(format_moment(PAST), ZARINA, f"{ZARINA} напечатал(а): Садыков Айбек (форма согласия)")]
    assert tab.current_filter().date_from == date(2026, 3, 2)
    rows = _settle(qtbot, tab, lambda: tab.record.clear())    # the clear button
    assert len(rows) == 1 and tab.record_name.text() == ""
    rows = _settle(qtbot, tab, tab.clear_period)
    assert len(rows) == len(list(s.conn.execute("SELECT 1 FROM audit_log")))

    i18n.install("ky")
    desk_ky, tab_ky = _desk(qtbot, s)
    rows = _settle(qtbot, tab_ky, lambda: tab_ky.show_record(history["gone"]))
    assert all("Жолдошева" not in r[2] for r in rows) and rows[0][2].startswith(ADMIN)
    assert tab_ky.chain.text().startswith("Журнал бүтүн")
    _settle(qtbot, tab_ky, lambda: tab_ky.show_record(aibek))
    _shot(desk_ky, "audit_ky")


def test_bad_record_and_export_from_the_tab(app, qtbot, admin_session, history, tmp_path) -> None:  # noqa: F811
    _desk_section, tab = _desk(qtbot, admin_session)
    rows = _settle(qtbot, tab, lambda: tab.show_record("нет-такого"))
    assert rows == [] and tab.count.text() == "Жазуулар: 0"
    _settle(qtbot, tab, lambda: tab.show_record(history["aibek"]))
    task = tab.export_pdf(tmp_path / "extract.pdf")
    qtbot.waitUntil(lambda: task.done and tab.export_button.isEnabled(), timeout=20_000)
    assert (tmp_path / "extract.pdf").read_bytes().startswith(b"%PDF")
    action, detail = admin_session.conn.execute(
        "SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == "export" and '"rows": 4' in detail and '"lang": "ky"' in detail


def test_who_saw_this_from_pupil_form_and_document_card(qtbot, school, make_shell, admin_session,
                                                        history, make_user) -> None:  # noqa: F811
    from ui.desk.audit_tab import AuditTab

    aibek = history["aibek"]
    letter = documents.register(admin_session, kind="incoming", subject="Район бөлүмүнүн каты",
                                correspondent="Талас районунун билим берүү бөлүмү")
    make_user("katchy", "secretary")
    shell = make_shell(school.profile.root)
    sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    workspace = shell.workspace
    pupils = workspace.open_section("pupils")
    form = pupils.open_record(aibek)
    button = form.action_buttons["audit"]
    assert button.text() == "Ким көрдү же өзгөрттү"
    button.click()
    desk = workspace.current_section()
    tab = desk.tabs.currentWidget()
    assert isinstance(tab, AuditTab) and tab.record.text() == aibek
    qtbot.waitUntil(lambda: tab._shown_filter is not None and tab._shown_filter.record_id == aibek, timeout=20_000)
    # opening the form was itself an audited reveal, on top
    assert [(e.user, e.action) for e in tab.model.rows] == [
        ("admin", "person.reveal"), ("zarina", "print"), ("zarina", "print"), ("zarina", "person.reveal"),
        ("admin", "person.create")]

    docs = workspace.open_section("documents")
    assert docs.open_document(letter.id)
    docs.card.findChild(type(button), "action_audit").click()
    assert workspace.current_section() is desk
    qtbot.waitUntil(lambda: tab._shown_filter is not None and tab._shown_filter.record_id == letter.id,
                    timeout=20_000)
    assert [(e.user, e.action) for e in tab.model.rows] == [("admin", "document.register")]

    # the lock drops every row; the tab never reads again
    model = tab.model
    shell.request_lock("manual")
    assert model.rows == [] and tab.person.count() == 0 and tab.chain.text() == ""
    qtbot.wait(20)   # deleteLater of the sections
    assert _pd_anywhere(ZARINA) == [] and _pd_anywhere("Садыков Айбек") == []

    # a secretary may not read the log: no button on the record, no Data protection section
    sign_in(qtbot, shell, "katchy", "Baska-Syrsoz-2026")
    form = shell.workspace.open_section("pupils").open_record(aibek)
    assert "audit" not in form.action_buttons and shell.workspace.open_section("desk") is None
