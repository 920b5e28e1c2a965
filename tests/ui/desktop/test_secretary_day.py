"""A secretary's day, walked through the real window at 1366×768 in Kyrgyz and in Russian: sign in, the
Today page, find a pupil, edit and close with the prompt, register a letter with a file (asked first),
assign it, issue a certificate, lock, unlock. Each step leaves a screenshot in KENSE_SHOTS_DIR (or the
test's folder) to be looked at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.people import classes, pupils
from tests.certificates.conftest import PUPIL, SCHOOL
from tests.ui.conftest import sign_in
from tests.ui.desktop.test_windows import _pdf
from tests.ui.prompts import Answerer
from ui.today_section import TodaySection

SECRETARY_PASSWORD = "Katchy-Syrsoz-2026"


@pytest.fixture
def office(school, admin_session, make_user):
    from app.admin.school import update_school

    update_school(admin_session, **SCHOOL)
    classes.create_class(admin_session, "5-А", language="ky")
    pupil = pupils.create_pupil(admin_session, dict(PUPIL), class_ref="5-А", admission_date="2020-09-01",
                                order_number="12")
    from app.admin import users

    users.add_user(admin_session, "katchy", "Асанова Айгүл Бакытовна", "secretary", SECRETARY_PASSWORD)
    return pupil.id


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_secretarys_day(qtbot, school, make_shell, office, tmp_path: Path, lang: str):
    shots = Path(os.environ.get("KENSE_SHOTS_DIR", tmp_path / "shots")) / "day"
    shots.mkdir(parents=True, exist_ok=True)
    shell = make_shell(school.profile.root, lang=lang)
    shell.window.resize(1366, 768)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    step = iter(range(1, 100))

    def shot(name: str, widget=None) -> None:
        qtbot.wait(30)
        (widget or shell.window).grab().save(str(shots / f"{lang}-{next(step):02d}-{name}.png"))

    shot("sign-in")
    sign_in(qtbot, shell, "katchy", SECRETARY_PASSWORD)
    workspace = shell.workspace
    today = workspace.current_section()
    assert isinstance(today, TodaySection)
    qtbot.waitUntil(lambda: today.data is not None, timeout=5000)
    shot("today")

    # find a pupil, edit, close: the prompt keeps the typing until the answer
    people = workspace.open_section("pupils")
    people.search.setText(PUPIL["surname"][:4])
    people.refresh()
    assert people.model.known() == 1
    shot("pupils-found")
    form = people.open_record(people.model.person_id(0))
    form.inputs["given_name"].setText("Үмүт")
    shot("pupil-form", form)
    save = Answerer("unsavedPrompt", "unsavedSave")
    form.close()
    save.stop()
    assert save.seen == 1
    assert pupils.get_pupil(shell.session, office, reveal=True, lang=lang)["given_name"] == "Үмүт"

    # register a letter with a file; it asks first
    documents = workspace.open_section("documents")
    dialog = documents.open_register_dialog()
    dialog.series.setCurrentIndex(dialog.series.findData("incoming"))
    dialog.correspondent.setEditText("Нарын райондук билим берүү бөлүмү")
    dialog.their_number.setText("01-12/345")
    dialog.their_date.setText("01.12.2026")
    dialog.subject.setText("Окуучулардын контингенти жөнүндө маалымат")
    letter = tmp_path / "kat.pdf"
    letter.write_bytes(_pdf(1))
    dialog.add_file(letter)
    shot("register-dialog", dialog)
    asked: list[str] = []
    dialog.ask_confirm = lambda text: asked.append(text) or True
    assert dialog.confirm_and_submit() and asked
    qtbot.waitUntil(lambda: documents.pages.currentWidget() is documents.card, timeout=3000)
    shot("registered-card")

    # assign it (to herself: the director is not in this school yet) with a due date
    from datetime import date, timedelta

    assert documents.card.do_assign("katchy", date.today() + timedelta(days=3), "")
    timeline = documents.card.timeline
    people_named = {timeline.item(r, 1).text() for r in range(timeline.rowCount())}
    assert people_named == {"Асанова Айгүл Бакытовна"}                 # names in the history, not logins
    assert "→ Асанова Айгүл Бакытовна" in timeline.item(timeline.rowCount() - 1, 2).text()
    shot("assigned")

    # issue a certificate for the pupil
    certificates = workspace.open_section("certificates")
    issue = certificates.open_issue("pupil", office)
    target = tmp_path / "spravka.pdf"
    issue.ask_save_path = lambda *_: target
    shot("certificate-preview", issue)
    assert issue.issue_and_save() and target.stat().st_size > 10_000
    certificates.refresh()
    column = certificates.model.COLUMNS.index("issued_by_name")
    assert certificates.model.data(certificates.model.index(0, column)) == "Асанова Айгүл Бакытовна"
    shot("certificate-register")

    # Today shows the task and the certificate
    workspace.open_section("today")
    today.refresh()
    qtbot.waitUntil(lambda: bool(today.groups["certificates"].lines()), timeout=5000)
    assert today.groups["tasks"].lines()
    shot("today-after")

    # lock, unlock
    assert shell.request_lock("manual")
    shot("locked")
    sign_in(qtbot, shell, "katchy", SECRETARY_PASSWORD)
    assert shell.workspace is not None
    shot("unlocked")
    assert len(list(shots.glob(f"{lang}-*.png"))) >= 12
