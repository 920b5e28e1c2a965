"""The Pupils section on a real encrypted demo school (pytest-qt, offscreen): search narrows as you type,
masked columns and the audited reveal, privacy mode, the record form's inline messages in the user's
language, PIN warnings that do not block, the duplicate offer, the tabs, record actions, export, drafts,
lock and a teacher's view."""

from __future__ import annotations

import json

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app.people import classes, pupils, staff
from tests.ui.people.conftest import make_section
from ui import i18n
from ui.people.model import MASKED_ROLE
from ui.privacy import privacy


def audit(session, action: str) -> list[tuple[str, dict]]:
    rows = session.conn.execute("SELECT object_id, detail FROM audit_log WHERE action = ? ORDER BY seq", (action,))
    return [(r[0], json.loads(r[1]) if r[1] else {}) for r in rows]


def test_search_narrows_as_you_type(app, qtbot, demo_school):
    section = make_section(qtbot, demo_school["secretary"])
    everyone = section.model.known()
    assert everyone == 120 and section.model.is_complete()
    counts = []
    for text in ("а", "ас", "аса"):
        section.search.setText(text)
        qtbot.waitUntil(lambda: not section.search_timer.isActive(), timeout=2000)
        counts.append(section.model.known())
    assert everyone >= counts[0] >= counts[1] >= counts[2]
    assert counts[0] < everyone and counts[-1] >= 1
    # every row shown matches what was typed (case-folded, any word of the name)
    for row in range(section.model.rowCount()):
        data = section.model.row_data(row)
        words = f"{data['surname']} {data['given_name']} {data['patronymic']}".lower().split()
        assert any(w.startswith("аса") for w in words)
    assert "3" not in section.count_label.text() or section.count_label.text()
    section.search.setText("Ө/1")   # a book number
    section.refresh()
    assert section.model.known() <= 1


def test_masked_columns_and_audited_reveal(app, qtbot, demo_school):
    session = demo_school["secretary"]
    section = make_section(qtbot, session)
    model = section.model
    pin_col = model.columns.index("pin")
    birth_col = model.columns.index("birth_date")
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, pin_col)))
    person_id = model.person_id(row)
    raw_pin = pupils._raw_record(session.conn, person_id)["pin"]
    masked = model.data(model.index(row, pin_col))
    assert "•" in masked and masked != raw_pin and model.data(model.index(row, pin_col), MASKED_ROLE)
    assert model.data(model.index(row, birth_col)) == "••.••.••••"
    before = len(audit(session, "person.reveal"))
    section.view.selectRow(row)
    assert section.reveal_selected()
    assert model.data(model.index(row, pin_col)) == raw_pin
    assert "•" not in model.data(model.index(row, birth_col))
    reveals = audit(session, "person.reveal")
    assert len(reveals) == before + 1 and reveals[-1][0] == person_id
    assert raw_pin not in json.dumps(reveals[-1][1])    # the audit names fields, never values
    # other rows stay masked; privacy mode hides the revealed one at once
    assert "•" in (model.data(model.index((row + 1) % model.rowCount(), birth_col)) or "•")
    privacy.set_active(True)
    assert model.data(model.index(row, pin_col)) == masked
    assert not section.reveal_selected()
    privacy.set_active(False)
    assert model.data(model.index(row, pin_col)) == masked   # stays hidden until revealed again


def test_form_messages_in_the_users_language_and_pin_warning(app, qtbot, demo_school):
    section = make_section(qtbot, demo_school["secretary"])
    form = section.open_new()
    form.inputs["surname"].setText("Токтогулова")
    form.inputs["given_name"].setText("Айпери")
    form.inputs["birth_date"].setText("31.02.2015")
    form.inputs["pin"].setText("3150220151")
    assert not form.submit()
    assert form.errors["birth_date"].isVisible() and "дата" in form.errors["birth_date"].text().lower()
    assert "ПИН" in form.errors["pin"].text()
    assert form.errors["sex"].isVisible()
    i18n.install("ru")
    form.check_all()
    assert "неверная дата" in form.errors["birth_date"].text()
    assert "Укажите пол" in form.errors["sex"].text()
    # inline, as the field is left
    form.inputs["birth_date"].setText("14.03.2015")
    form.check_field("birth_date")
    assert not form.errors["birth_date"].isVisible()
    # a PIN whose date disagrees with the birth date: a warning, and the record is saved
    form.inputs["sex"].setCurrentIndex(form.inputs["sex"].findData("F"))
    form.inputs["pin"].setText("11503201500123")
    form.check_field("pin")
    assert form.pin_warning.isVisible() and "не совпадает" in form.pin_warning.text()
    form.class_combo.setCurrentIndex(form.class_combo.findText("5-А"))
    form.admission_order.setText("77-к")
    assert form.submit()
    assert form.person_id and "не совпадает" in form.warnings.text()
    assert form.tabs.count() >= 4          # record, movement, guardians and consent, changes, (personal data)
    qtbot.waitUntil(lambda: section.model.row_of(form.person_id) >= 0, timeout=5000)  # via the change bus


def test_duplicate_offers_the_existing_record(app, qtbot, demo_school):
    session = demo_school["secretary"]
    section = make_section(qtbot, session)
    first = section.open_new({"surname": "Осмонов", "given_name": "Нурбек", "sex": "M", "birth_date": "2013-05-04"})
    assert first.submit()
    existing = first.person_id
    second = section.open_new({"surname": "осмонов", "given_name": "нурбек", "sex": "M", "birth_date": "04.05.2013"})
    assert not second.submit()
    assert second.duplicate_frame.isVisible() and second.open_existing.isVisible()
    assert "уже" in second.duplicate_text.text() or "мурунтан" in second.duplicate_text.text()
    with qtbot.waitSignal(second.openRequested) as opened:
        second.open_existing.click()
    assert opened.args == [existing]
    assert any(f.person_id == existing for f in section.forms())
    # a different person after all: saved on confirmation
    second.save_anyway.click()
    assert second.person_id and second.person_id != existing


def test_record_tabs_movement_guardian_consent(app, qtbot, demo_school):
    session = demo_school["secretary"]
    section = make_section(qtbot, session)
    form = section.open_record(section.model.person_id(0))
    movements_tab = next(t for t in form.extra_tabs if t.objectName() == "movementsTab")
    before = movements_tab.table.rowCount()
    dialog = movements_tab.open_add()
    dialog.kind.setCurrentIndex(dialog.kind.findData("transfer_out"))
    assert not dialog.submit()                       # the order number is asked for
    assert dialog.error.isVisible()
    dialog.order.setText("12-к")
    dialog.school.setText("Каракол шаарындагы №2 мектеп")
    assert dialog.submit()
    movements_tab = next(t for t in form.extra_tabs if t.objectName() == "movementsTab")
    assert movements_tab.table.rowCount() == before + 1
    assert movements_tab.table.item(before, 4).text() == "12-к"

    guardians = next(t for t in form.extra_tabs if t.objectName() == "guardiansTab")
    g_before = guardians.guardians.rowCount()
    dialog = guardians.open_add_guardian()
    dialog.relation.setCurrentIndex(dialog.relation.findData("father"))
    dialog.surname.setText("Асанов")
    dialog.given.setText("Бакыт")
    assert dialog.submit()
    guardians = next(t for t in form.extra_tabs if t.objectName() == "guardiansTab")
    assert guardians.guardians.rowCount() == g_before + 1
    dialog = guardians.open_add_consent()
    dialog.signer.setText("Асанов Бакыт")
    assert dialog.submit()
    guardians = next(t for t in form.extra_tabs if t.objectName() == "guardiansTab")
    last = guardians.consents.rowCount() - 1
    guardians.consents.selectRow(last)
    assert guardians.withdraw_selected()
    guardians = next(t for t in form.extra_tabs if t.objectName() == "guardiansTab")
    assert guardians.consents.item(last, 4).text()   # the withdrawal date is shown
    assert audit(session, "consent.withdraw")


def test_personal_data_operations_for_the_director(app, qtbot, demo_school, make_user, tmp_path):
    director = make_user("direktor", "director")
    section = make_section(qtbot, director)
    person_id = section.model.person_id(0)
    form = section.open_record(person_id)
    pd_tab = next(t for t in form.extra_tabs if t.objectName() == "personalDataTab")
    own = pd_tab.open_operation("own_data")
    assert not own.submit() and own.error.isVisible()       # where to save is asked for
    own.path.setText(str(tmp_path / "own.pdf"))
    assert own.submit()
    assert (tmp_path / "own.pdf").read_bytes()[:5] == b"%PDF-"
    block = pd_tab.open_operation("block")
    block.reason.setText("ата-энесинин арызы")
    assert block.submit()
    qtbot.waitUntil(lambda: section.model.row_of(person_id) == -1, timeout=5000)   # hidden (the bus)
    assert not form.editable and not form.save_button.isVisible()
    pd_tab = next(t for t in form.extra_tabs if t.objectName() == "personalDataTab")
    destroy = pd_tab.open_operation("destroy")
    destroy.path.setText(str(tmp_path / "act.pdf"))
    assert not destroy.submit()                               # a reason is required
    destroy.reason.setText("сактоо мөөнөтү бүттү")
    assert destroy.submit()
    assert (tmp_path / "act.pdf").read_bytes()[:5] == b"%PDF-"
    assert director.conn.execute("SELECT count(*) FROM pupil WHERE id = ?", (person_id,)).fetchone()[0] == 0


def test_secretary_has_no_destroy_button(app, qtbot, demo_school):
    section = make_section(qtbot, demo_school["secretary"])
    form = section.open_record(section.model.person_id(0))
    pd_tab = next(t for t in form.extra_tabs if t.objectName() == "personalDataTab")
    assert set(pd_tab.buttons) == {"own_data"}


def test_record_actions_extension_point(app, qtbot, demo_school):
    from ui.people.actions import register_record_action, unregister_record_action

    calls = []
    register_record_action("test_action", lambda: "Маалым кат берүү…",
                           lambda session, kind, person_id, parent: calls.append((session, kind, person_id, parent)),
                           kinds=("pupil",))
    try:
        section = make_section(qtbot, demo_school["secretary"])
        form = section.open_record(section.model.person_id(0))
        button = form.action_buttons["test_action"]
        assert button.text() == "Маалым кат берүү…"
        button.click()
        assert calls == [(demo_school["secretary"], "pupil", form.person_id, form)]
        assert "test_action" not in section.open_new().action_buttons   # not for an unsaved record
    finally:
        unregister_record_action("test_action")


def test_export_list_audited_and_removable_refused(app, qtbot, demo_school, tmp_path, monkeypatch):
    session = demo_school["secretary"]
    section = make_section(qtbot, session)
    section.class_filter.setCurrentIndex(section.class_filter.findText("5-А"))
    task = section.export_list(tmp_path / "5a.xlsx")
    assert not section.export_button.isEnabled()              # written on the database worker
    qtbot.waitUntil(lambda: task.done and section.export_button.isEnabled(), timeout=20_000)
    path = tmp_path / "5a.xlsx"
    assert str(path) in section.message.text()
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) - 1 == section.model.known() and rows[1][4] == "5-А"
    assert audit(session, "export.list")[-1][1]["rows"] == len(rows) - 1
    # a USB stick: the platform probe says removable (no real stick in CI)
    from app.people import export

    monkeypatch.setattr(export, "is_removable", lambda p: True)
    task = section.export_list(tmp_path / "stick.xlsx")
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert section.message.isVisible() and "6.5" in section.message.text()
    assert not (tmp_path / "stick.xlsx").exists()


def test_draft_kept_and_restored(app, qtbot, demo_school):
    session = demo_school["secretary"]
    section = make_section(qtbot, session)
    assert section.save_draft() is None
    form = section.open_new({"surname": "Жумабаева", "given_name": "Гүлзат"})
    draft = section.save_draft()
    assert draft and draft["form"]["values"]["given_name"] == "Гүлзат"
    section.clear_personal_data()
    assert not form.isVisible() and section.model.rowCount() == 0
    again = make_section(qtbot, session)
    again.restore_draft(draft)
    restored = again.forms()[0]
    assert restored.values()["surname"] == "Жумабаева" and restored.person_id is None


def test_lock_drops_models_forms_and_dialogs(app, qtbot, demo_school):
    section = make_section(qtbot, demo_school["secretary"])
    form = section.open_record(section.model.person_id(0))
    section.view.selectRow(0)
    section.reveal_selected()
    importer = section.open_import()
    wizard = section.open_rollover()
    section.tabs.setCurrentIndex(1)
    assert section.overview.table.rowCount() > 0
    section.clear_personal_data()
    assert section.model.rowCount() == 0 and section.model.cached_rows() == 0
    assert section.overview.table.rowCount() == 0 and section.class_filter.count() == 0
    assert section.dialogs == []
    assert not form.isVisible() and form.values()["surname"] == "" and form.record == {}
    assert not importer.isVisible() and not wizard.isVisible()


def test_teacher_sees_own_class_read_only(app, qtbot, demo_school):
    teacher = demo_school["teacher"]
    section = make_section(qtbot, teacher)
    own = classes.find_class(teacher.conn, "5-А")
    assert [section.class_filter.itemText(i) for i in range(section.class_filter.count())] == ["5-А"]
    assert section.model.known() == own.pupils > 0
    for button in (section.new_button, section.import_button, section.export_button, section.rollover_button,
                   section.reveal_button):
        assert not button.isVisible()
    form = section.open_record(section.model.person_id(0))
    assert not form.save_button.isVisible() and not form.editable
    assert form.inputs["surname"].isReadOnly()
    assert "•" in (form.value_of("pin") or "•")          # no reveal right: masked
    assert all(t.objectName() != "personalDataTab" for t in form.extra_tabs)
    movements_tab = next(t for t in form.extra_tabs if t.objectName() == "movementsTab")
    assert not movements_tab.add_button.isVisible()
    # another class's pupil cannot be opened
    other = next(c for c in classes.list_classes(demo_school["admin"]) if c.name == "6-А")
    stranger = pupils.pupil_ids(demo_school["admin"], class_id=other.id)[0]
    assert section.open_record(stranger) is None and section.message.isVisible()


def test_staff_section(app, qtbot, demo_school, tmp_path):
    session = demo_school["secretary"]
    section = make_section(qtbot, session, "staff")
    assert section.model.known() >= 8
    phone_col = section.model.columns.index("phone")
    assert "•" in section.model.data(section.model.index(0, phone_col))
    form = section.open_new({"surname": "Бейшеналиева", "given_name": "Чолпон", "sex": "F",
                             "position": "teacher", "hire_date": "15.08.2020", "workload_hours": "18"})
    ticks = form.subjects
    codes = [ticks.item(i).data(Qt.ItemDataRole.UserRole) for i in range(ticks.count())]
    assert len(codes) >= 5                                       # the reference list, not free text
    form.set_subjects(codes[:2])
    assert form.submit(), form.message.text()
    record = staff.get_staff(session, form.person_id, reveal=False)
    assert record["subjects"] == sorted(codes[:2])
    assert form.checked_subjects() == sorted(codes[:2]) and not form.has_input()
    form.set_subjects([codes[1], codes[2]])                      # untick one, tick another
    assert form.has_input()
    assert form.submit(), form.message.text()
    assert staff.get_staff(session, form.person_id, reveal=False)["subjects"] == sorted(codes[1:3])
    changes = staff.get_staff(session, form.person_id, reveal=False)["history"]
    assert any("subjects" in entry["fields"] for entry in changes)
    section.search.setText("бейшен")
    section.refresh()
    assert section.model.known() == 1
    assert section.help_topic() == "staff"
    task = section.export_list(tmp_path / "staff.csv")
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert "Бейшеналиева" in (tmp_path / "staff.csv").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_help_pages(lang):
    from ui.help import TOPICS, help_html

    for topic in ("pupils", "staff"):
        assert topic in TOPICS
        html, used = help_html(topic, lang)
        assert used == lang and "<h1>" in html
