"""Closing a pupil's or a staff member's form with typed changes asks Save / Discard / Go back; a form
without changes closes at once, and the lock closes without asking (the draft keeps the typing)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.people import pupils
from tests.ui.people.conftest import make_section
from tests.ui.prompts import Answerer


def _names(session):
    return {r[0] for r in session.conn.execute("SELECT surname FROM pupil")}


def test_new_pupil_close_go_back_then_discard(app, qtbot, demo_school):
    session = demo_school["secretary"]
    section = make_section(qtbot, session)
    form = section.open_new()
    form.inputs["surname"].setText("Токтогулова")
    back = Answerer("unsavedPrompt", "unsavedBack")
    form.close()
    back.stop()
    assert back.seen == 1 and form.isVisible()
    assert form.values()["surname"] == "Токтогулова"  # nothing lost by going back
    back = Answerer("unsavedPrompt", "unsavedBack")
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # Esc asks the same question
    back.stop()
    assert back.seen == 1 and form.isVisible()
    discard = Answerer("unsavedPrompt", "unsavedDiscard")
    form.close()
    discard.stop()
    assert discard.seen == 1 and not form.isVisible()
    assert "Токтогулова" not in _names(session)


def test_edited_pupil_saved_from_the_prompt(app, qtbot, demo_school):
    session = demo_school["secretary"]
    section = make_section(qtbot, session)
    person_id = section.model.person_id(0)
    form = section.open_record(person_id)
    form.inputs["given_name"].setText("Айпери")
    save = Answerer("unsavedPrompt", "unsavedSave")
    form.close()
    save.stop()
    assert save.seen == 1 and not form.isVisible()
    assert pupils.get_pupil(session, person_id, reveal=True, lang="ky")["given_name"] == "Айпери"


def test_invalid_input_saved_from_the_prompt_stays_open(app, qtbot, demo_school):
    section = make_section(qtbot, demo_school["secretary"])
    form = section.open_new()
    form.inputs["surname"].setText("Осмонова")  # required fields missing: the save fails
    save = Answerer("unsavedPrompt", "unsavedSave")
    form.close()
    save.stop()
    assert save.seen == 1 and form.isVisible() and form.message.isVisible()


def test_unchanged_form_closes_without_asking(app, qtbot, demo_school):
    section = make_section(qtbot, demo_school["secretary"])
    form = section.open_record(section.model.person_id(0))
    watcher = Answerer("unsavedPrompt", "unsavedBack")
    form.close()
    watcher.stop()
    assert watcher.seen == 0 and not form.isVisible()


def test_lock_closes_an_edited_form_without_asking_and_keeps_the_draft(app, qtbot, demo_school):
    section = make_section(qtbot, demo_school["secretary"])
    form = section.open_new({"surname": "Жумабаева"})
    watcher = Answerer("unsavedPrompt", "unsavedBack")
    draft = section.save_draft()
    section.clear_personal_data()
    watcher.stop()
    assert watcher.seen == 0 and not form.isVisible()
    assert draft["form"]["values"]["surname"] == "Жумабаева"


def test_staff_form_asks_too(app, qtbot, demo_school):
    section = make_section(qtbot, demo_school["admin"], kind="staff")
    form = section.open_new()
    form.inputs["surname"].setText("Бекташев")
    back = Answerer("unsavedPrompt", "unsavedBack")
    form.close()
    back.stop()
    assert back.seen == 1 and form.isVisible()
