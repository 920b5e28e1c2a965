"""In the real shell: the Pupils section is the registered one, and a lock leaves no pupil's name in any
widget or model (list, open record form, import dialog), and no window open."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.demo import DemoOptions
from app.people import demo_data
from app.security.session import SessionState
from tests.ui.conftest import sign_in
from tests.ui.test_lock import _pd_anywhere
from ui.people.section import PupilsSection

PASSWORD = "Tuura-Syrsoz-2026"


def test_lock_drops_every_pupil_from_the_screen(qtbot, school, make_shell):
    session = school.sign_in()
    demo_data.fill(session, DemoOptions(pupils=40))
    session.close()
    shell = make_shell(school.profile.root)
    sign_in(qtbot, shell, "admin", PASSWORD)
    section = shell.workspace.open_section("pupils")
    assert isinstance(section, PupilsSection)
    row = section.model.row_data(0)
    name = row["given_name"] + " " + row["patronymic"]
    form = section.open_record(row["id"])
    section.open_import()
    assert form.isVisible() and _pd_anywhere(row["patronymic"])
    shell.request_lock("manual")
    qtbot.waitUntil(lambda: shell.session.state is SessionState.LOCKED, timeout=3000)
    qtbot.wait(50)
    assert _pd_anywhere(row["patronymic"]) == [] and _pd_anywhere(name) == []
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not shell.window] == []
    assert shell.workspace is None or "pupils" not in getattr(shell.workspace, "sections", {})
