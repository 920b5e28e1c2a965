"""The import dialog (a real xlsx written with openpyxl: recognised columns, a changed mapping, the
dry-run report of every bad row, import, cancel with nothing written) and the rollover wizard (preview,
then commit), both running their work off the GUI thread on their own connection."""

from __future__ import annotations

import openpyxl

from app.people import classes, pupils
from tests.ui.people.conftest import make_section


def write_book(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Фамилиясы", "Аты", "Атасынын аты", "Жынысы", "Туулган күнү", "Класс", "Эскертүү"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


GOOD = [["Сыдыкова", "Айзада", "Бакытовна", "к", "12.04.2016", "3-Б", "жок"],
        ["Мамытов", "Элдар", "Нурланович", "э", "01.02.2015", "4-Б", ""]]


def pupil_count(session) -> int:
    return session.conn.execute("SELECT count(*) FROM pupil").fetchone()[0]


def wait_task(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20000)


def test_import_dialog_dry_run_report_then_import(app, qtbot, demo_school, tmp_path):
    session = demo_school["secretary"]
    section = make_section(qtbot, session)
    dialog = section.open_import()
    bad = write_book(tmp_path / "bad.xlsx", [*GOOD, ["Асанов", "", "", "э", "31.02.2015", "5-А", ""],
                                             ["=cmd()", "Бакыт", "", "м", "01.01.2015", "5-А", ""]])
    dialog.choose_file(bad)
    wait_task(qtbot, dialog)
    fields = [c.currentData() for c in dialog.combos]
    assert fields[:6] == ["surname", "given_name", "patronymic", "sex", "birth_date", "class"]
    assert fields[6] == "ignore"                                  # "Эскертүү" is not a field
    assert not dialog.import_button.isEnabled()                   # nothing checked yet
    before = pupil_count(session)
    dialog.start_check()
    wait_task(qtbot, dialog)
    report = [(dialog.report_table.item(r, 0).text(), dialog.report_table.item(r, 2).text())
              for r in range(dialog.report_table.rowCount())]
    rows_with_errors = {row for row, _ in report}
    assert {"4", "5"} <= rows_with_errors                        # both bad rows, each with its problem
    assert any("дата" in text.lower() for row, text in report if row == "4")
    assert any("милдеттүү" in text.lower() for row, text in report if row == "4")   # the missing name too
    assert not dialog.import_button.isEnabled() and pupil_count(session) == before

    good = write_book(tmp_path / "good.xlsx", GOOD)
    dialog.choose_file(good)
    wait_task(qtbot, dialog)
    # the user maps a column differently: the patronymic column skipped
    patronymic = dialog.combos[2]
    patronymic.setCurrentIndex(patronymic.findData("ignore"))
    dialog.start_check()
    wait_task(qtbot, dialog)
    assert dialog.report.errors == [] and dialog.report.to_import == 2
    assert "3-Б" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    patronymic.setCurrentIndex(patronymic.findData("patronymic"))
    assert not dialog.import_button.isEnabled()                  # a changed mapping needs a new check
    dialog.start_check()
    wait_task(qtbot, dialog)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.start_import()
    wait_task(qtbot, dialog)
    assert pupil_count(session) == before + 2
    assert "2" in dialog.summary.text()
    found = pupils.pupil_rows(session, pupils.pupil_ids(session, query="сыдыкова айзада"))
    assert found and found[0]["class"] == "3-Б" and found[0]["patronymic"] == "Бакытовна"
    assert section.model.known() == before + 2                   # the list was refreshed


def test_import_cancel_leaves_nothing(app, qtbot, demo_school, tmp_path):
    session = demo_school["secretary"]
    section = make_section(qtbot, session)
    dialog = section.open_import()
    rows = [[f"Токтосунов{chr(0x430 + i % 32)}", f"Азамат{i}", "", "э", "01.03.2014", "7-В", ""] for i in range(3000)]
    dialog.choose_file(write_book(tmp_path / "big.xlsx", rows))
    wait_task(qtbot, dialog)
    dialog.start_check()
    wait_task(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    before = pupil_count(session)
    task = dialog.start_import()
    dialog.progress.cancel_button.click()                       # the progress window's Cancel
    assert task.cancelled()
    wait_task(qtbot, dialog)
    assert pupil_count(session) == before
    assert dialog.message.isVisible() and dialog.message.text() == dialog.cancelled_message()
    assert classes.find_class(session.conn, "7-В") is None       # no class created either


def test_rollover_preview_then_commit(app, qtbot, demo_school):
    session = demo_school["secretary"]
    section = make_section(qtbot, session)
    wizard = section.open_rollover()
    current = classes.current_year(session.conn)
    assert not wizard.commit_button.isEnabled()
    # what a listener sees at the moment ``previewed`` arrives, however late the task's own end comes
    seen: list[bool] = []
    wizard.previewed.connect(lambda plan: seen.append(plan is not None and wizard.commit_button.isEnabled()))
    wizard.jump_3.setChecked(True)
    repeater = pupils.pupil_ids(session, class_id=classes.find_class(session.conn, "2-А").id)[0]
    wizard.add_repeater(repeater, "репитер")
    wizard.year.setText("1999/2000")
    with qtbot.waitSignal(wizard.previewed, timeout=30000) as refused:
        wizard.preview()                                         # off the GUI thread
    assert refused.args == [None] and wizard.message.isVisible()
    wizard.year.setText(f"{int(current[:4]) + 1}/{int(current[:4]) + 2}")
    with qtbot.waitSignal(wizard.previewed, timeout=30000) as shown:
        assert wizard.preview() is not None
        assert not wizard.preview_button.isEnabled()             # one preview at a time
    plan = shown.args[0]
    assert plan is not None and wizard.table.rowCount() == 11
    counts = plan.counts()
    assert counts["grade_jump"] == classes.find_class(session.conn, "3-А").pupils
    assert counts["repeat"] == 1 and counts["graduation"] == classes.find_class(session.conn, "11-А").pupils
    assert "5-А" in wizard.summary.text() or wizard.summary.text()
    assert wizard.commit_button.isEnabled()
    assert seen == [False, True]
    wizard.jump_6.setChecked(True)                               # changed after the preview
    assert not wizard.commit_button.isEnabled()
    with qtbot.waitSignal(wizard.previewed, timeout=30000):
        wizard.preview()
    assert wizard.commit() is None                               # the order number is required
    wizard.order.setText("112-к")
    with qtbot.waitSignal(wizard.committed, timeout=30000):
        wizard.commit()
    assert classes.current_year(session.conn) == plan.to_year
    assert section.class_filter.findText("12-А") == -1 and section.class_filter.findText("5-А") >= 0
    jumped = classes.find_class(session.conn, "5-А")
    assert jumped.pupils > 0
