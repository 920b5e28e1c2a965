"""Reveal is explicit and says so: one button shows a row and then reads "Hide again", a note says the
reveal is recorded and for how long, the row is masked again by the timer; privacy mode has a button
that shows the data again; disabling a user is never worded as "delete"."""

from __future__ import annotations

from tests.ui.people.conftest import app, demo_school, make_section  # noqa: F401 — the people fixtures
from ui import i18n
from ui.privacy import privacy


def test_one_button_shows_and_hides_and_the_note_says_it_is_recorded(app, qtbot, demo_school):  # noqa: F811
    i18n.install("ky")
    section = make_section(qtbot, demo_school["secretary"])
    model = section.model
    pin = model.columns.index("pin")
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, pin)))
    masked = model.data(model.index(row, pin))
    shown = section.reveal_button.text()
    section.view.selectRow(row)
    section.reveal_button.click()
    assert model.is_revealed(row) and "•" not in model.data(model.index(row, pin))
    assert section.reveal_button.text() == "Кайра жашыруу" and section.reveal_note.isVisibleTo(section)
    assert "аудит" in section.reveal_note.text() and "30" in section.reveal_note.text()
    section.reveal_button.click()                              # "Hide again"
    assert not model.is_revealed(row) and model.data(model.index(row, pin)) == masked
    assert section.reveal_button.text() == shown and not section.reveal_note.isVisibleTo(section)
    section.reveal_button.click()
    model._hide_timer.setInterval(50)                          # the timer masks it again by itself
    model._hide_timer.start()
    qtbot.waitUntil(lambda: not model.is_revealed(row), timeout=2000)
    assert section.reveal_button.text() == shown and model.data(model.index(row, pin)) == masked


def test_privacy_mode_has_a_button_to_show_the_data_again(qtbot, school, make_shell):
    from tests.conftest import ADMIN_PASSWORD
    from tests.ui.conftest import sign_in

    shell = make_shell(school.profile.root, lang="ky")
    sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    workspace = shell.workspace
    privacy.set_active(True)
    assert workspace.body.currentWidget() is workspace.cover
    assert workspace.show_again_button.isVisibleTo(workspace.cover)
    assert workspace.show_again_button.text() == "Маалыматты кайра көрсөтүү"
    workspace.show_again_button.click()
    assert not privacy.active and workspace.body.currentWidget() is not workspace.cover


def test_disabling_a_user_is_not_worded_as_delete(qtbot, school, make_shell):
    from PySide6.QtWidgets import QPushButton

    from tests.conftest import ADMIN_PASSWORD
    from tests.ui.conftest import sign_in

    shell = make_shell(school.profile.root, lang="ky")
    sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    security = shell.workspace.open_section("security")
    button = security.findChild(QPushButton, "disableUser")
    assert button is not None and button.text() == "Кирүүнү жабуу…" and "Өчүрүү" not in button.text()
