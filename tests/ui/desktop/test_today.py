"""The Today page: the secretary's tasks and the office's overdue documents, letters waiting for an
executor, reserved numbers, today's certificates, backup and sync state, notices — each item one click
from its record; read off the GUI thread; first in the sidebar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.certificates import register as certificates
from app.documents import register as documents
from app.documents.model import Series
from tests.certificates.conftest import PUPIL, SCHOOL
from tests.conftest import ADMIN_PASSWORD
from tests.ui.conftest import sign_in
from ui.today_section import LineButton, TodaySection, short_date

DAY = date.today()


@pytest.fixture
def office(admin_session):
    from app.admin.school import update_school
    from app.people import classes, pupils

    update_school(admin_session, **SCHOOL)
    classes.create_class(admin_session, "5-А", language="ky")
    pupil = pupils.create_pupil(admin_session, dict(PUPIL), class_ref="5-А", admission_date="2020-09-01",
                                order_number="12")
    week_ago = DAY - timedelta(days=7)
    mine = documents.register(admin_session, kind="incoming", subject="Отчёт жөнүндө кат",
                              correspondent="Нарын райондук билим берүү бөлүмү", executor="admin",
                              due=DAY - timedelta(days=2), reg_date=week_ago)
    waiting = documents.register(admin_session, kind="incoming", subject="Семинарга чакыруу",
                                 correspondent="Билим берүү министрлиги")
    reserved = documents.reserve_order_number(admin_session, Series.ORDER_MAIN)
    cert = certificates.issue(admin_session, "study", pupil.id, "ky")
    return {"mine": mine, "waiting": waiting, "reserved": reserved, "cert": cert}


def _buttons(section: TodaySection, group: str) -> list[LineButton]:
    return section.groups[group].lines()


def test_today_is_first_and_lists_the_days_work(qtbot, school, make_shell, office):
    shell = make_shell(school.profile.root, lang="ky")
    sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    workspace = shell.workspace
    assert workspace.specs[0].key == "today" and workspace.nav.item(0).text() == "Бүгүн"
    assert not workspace.nav.item(0).icon().isNull()
    page = workspace.current_section()
    assert isinstance(page, TodaySection)
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    assert page.heading.text().startswith("Бүгүн") and str(DAY.year) in page.heading.text()

    tasks = _buttons(page, "tasks")
    assert len(tasks) == 1 and office["mine"].number in tasks[0].full_text
    assert short_date((DAY - timedelta(days=2)).isoformat()) in tasks[0].full_text   # as people write dates
    assert "-" not in tasks[0].full_text.split("·")[1]                                # no ISO date
    assert [b.full_text for b in _buttons(page, "unassigned")] and \
        "Семинарга" in _buttons(page, "unassigned")[0].full_text
    assert _buttons(page, "reserved")
    certs = _buttons(page, "certificates")
    assert len(certs) == 1 and office["cert"].number in certs[0].full_text
    assert page.groups["backup"].isVisibleTo(page) and "резервдик" in page.groups["backup"].title.text().lower()

    # one click from the record
    tasks[0].click()
    documents_section = workspace.current_section()
    assert workspace.specs[workspace.nav.currentRow()].key == "documents"
    assert documents_section.pages.currentWidget() is documents_section.card
    assert documents_section.card.document is not None and documents_section.card.document.id == office["mine"].id
    workspace.open_section("today")
    _buttons(page, "certificates")[0].click()
    register_page = workspace.current_section()
    assert register_page.selected()["number"] == office["cert"].number


def test_today_refreshes_when_a_document_is_registered_elsewhere(qtbot, school, make_shell, office):
    shell = make_shell(school.profile.root, lang="ru")
    sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    page = shell.workspace.current_section()
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    before = len(_buttons(page, "unassigned"))
    documents.register(shell.session, kind="incoming", subject="Новое письмо", correspondent="Акимиат")
    qtbot.waitUntil(lambda: len(_buttons(page, "unassigned")) == before + 1, timeout=5000)
    assert page.groups["unassigned"].title.text().startswith("Письма")


def test_a_teacher_sees_only_what_she_may(qtbot, school, make_shell, office, make_user):
    make_user("mugalim", "teacher", "Baska-Syrsoz-2026")
    shell = make_shell(school.profile.root, lang="ky")
    sign_in(qtbot, shell, "mugalim", "Baska-Syrsoz-2026")
    page = shell.workspace.current_section()
    assert isinstance(page, TodaySection)
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    assert page.data.backup is None and page.data.unassigned == [] and page.data.reserved == []


def test_failed_sign_ins_are_a_notice_that_opens_security(qtbot, school, make_shell, office):
    from app.errors import KenseError

    for _ in range(2):
        with pytest.raises(KenseError):
            school.profile.sign_in("admin", "wrong-password-1")
    shell = make_shell(school.profile.root, lang="ky")
    sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    page = shell.workspace.current_section()
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    notices = _buttons(page, "notices")
    assert notices and "2" in notices[0].full_text
    notices[0].click()
    assert shell.workspace.specs[shell.workspace.nav.currentRow()].key == "security"


def test_a_long_subject_never_widens_the_page(qtbot, school, make_shell, office, admin_session):
    long_subject = "Окуучулардын саны боюнча отчетту тапшыруу жөнүндө " * 6
    documents.register(admin_session, kind="incoming", subject=long_subject, correspondent="Министрлик",
                       executor="admin", due=DAY + timedelta(days=5))
    shell = make_shell(school.profile.root, lang="ky")
    shell.window.resize(1366, 768)
    shell.window.show()
    sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    page = shell.workspace.current_section()
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    qtbot.wait(50)
    line = next(b for b in _buttons(page, "tasks") if long_subject.strip() in b.full_text)
    assert line.text() != line.full_text and line.text().endswith("…")     # elided, whole text in the tooltip
    assert line.toolTip() == line.full_text
    right = page.groups["certificates"]
    assert right.isVisibleTo(page) and right.mapTo(page, right.rect().topRight()).x() <= page.width()
