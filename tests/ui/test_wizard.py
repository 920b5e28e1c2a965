"""First-run wizard: inline validation, the recovery sheet, the code typed back, then signed in."""

from __future__ import annotations

import subprocess

import pytest

from app.security.profile import Profile
from app.security.session import SessionState
from ui.wizard import SetupWizard, staging_dir

GOOD_PASSWORD = "Kyzyl-Alma-Bak-2026"


def _wizard(shell) -> SetupWizard:
    widget = shell.window.centralWidget()
    assert isinstance(widget, SetupWizard)
    return widget


def test_first_run_to_signed_in(qtbot, tmp_path, make_shell, profile_factory):
    data_dir = tmp_path / "kense"
    shell = make_shell(data_dir, lang="ky")
    wizard = _wizard(shell)
    assert wizard.page_name == "language"
    assert wizard.next_button.text() == "Кийинки"          # Kyrgyz by default
    wizard.findChild(object, "lang_ru").setChecked(True)   # rebuilds the wizard in Russian
    wizard = _wizard(shell)
    assert wizard.next_button.text() == "Далее"
    wizard.next()
    assert wizard.page_name == "school"
    wizard.next()                                           # no school name: inline message, stays
    assert wizard.page_name == "school" and wizard.school_error.isVisibleTo(wizard)
    assert "название школы" in wizard.school_error.text()
    wizard.school_name.setText("Ак-Суу районундагы №3 орто мектеби")
    wizard.region.setCurrentText("Иссык-Кульская область")
    assert wizard.district.findText("Ак-Суйский район") >= 0   # districts follow the region
    wizard.district.setCurrentText("Ак-Суйский район")
    wizard.next()
    assert wizard.page_name == "computer" and wizard.bind_device.isChecked()
    wizard.next()
    assert wizard.page_name == "admin"
    wizard.admin_name.setText("Асанова Айгүл")
    wizard.admin_password.setText("qwerty")
    assert "Надёжность" in wizard.strength_text.text()
    wizard.next()                                           # too short: inline, nothing created
    assert wizard.admin_error.isVisibleTo(wizard) and not staging_dir(data_dir).exists()
    wizard.admin_password.setText(GOOD_PASSWORD)
    wizard.admin_repeat.setText(GOOD_PASSWORD + "x")
    wizard.next()
    assert "не совпадают" in wizard.admin_error.text()
    wizard.admin_repeat.setText(GOOD_PASSWORD)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.page_name == "code", timeout=20000)
    assert not Profile(data_dir).exists()                    # not in place until the code is typed back
    assert not wizard.next_button.isEnabled()                # the sheet must be saved or printed first
    code = wizard.result.recovery_code
    assert code.replace("-", "") in wizard.code_text.text().replace(" ", "").replace("\n", "")
    sheet = tmp_path / "sheet.pdf"
    assert wizard.save_sheet(sheet)
    text = subprocess.run(["pdftotext", "-layout", str(sheet), "-"], capture_output=True, text=True).stdout
    assert code.split("-")[0] in text and "Ак-Суу районундагы" in text
    assert wizard.next_button.isEnabled() and not wizard.back_button.isEnabled()
    wizard.next()
    assert wizard.page_name == "confirm"
    wrong = code[:-1] + ("1" if code[-1] != "1" else "2")
    wizard.confirm_code.setText(wrong)
    wizard.next()
    assert wizard.confirm_error.isVisibleTo(wizard) and not Profile(data_dir).exists()
    wizard.confirm_code.setText(code.replace("-", " "))
    wizard.next()
    qtbot.wait(5)
    assert Profile(data_dir).exists() and not staging_dir(data_dir).exists()
    assert shell.session is not None and shell.session.state is SessionState.ACTIVE
    assert shell.session.user.login == "admin" and shell.screen_name == "workspace"
    school = shell.session.conn.execute("SELECT name, region, district FROM school").fetchone()
    assert school == ("Ак-Суу районундагы №3 орто мектеби", "Иссык-Кульская область", "Ак-Суйский район")


def test_unfinished_setup_leaves_no_profile(qtbot, tmp_path, make_shell):
    data_dir = tmp_path / "kense"
    shell = make_shell(data_dir)
    wizard = _wizard(shell)
    wizard.school_name.setText("Мектеп")
    wizard.go(3)
    wizard.admin_name.setText("Асанова Айгүл")
    wizard.admin_password.setText(GOOD_PASSWORD)
    wizard.admin_repeat.setText(GOOD_PASSWORD)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.page_name == "code", timeout=20000)
    assert staging_dir(data_dir).exists()
    shell.window.close()                                     # the code was never typed back
    again = make_shell(data_dir)
    assert again.screen_name == "setup"
    assert not staging_dir(data_dir).exists() and not Profile(data_dir).exists()


@pytest.mark.parametrize("lang,expected", [("ky", "Жокко чыгаруу"), ("ru", "Отмена")])
def test_qt_standard_buttons_translated(qtbot, lang, expected):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui import i18n

    i18n.install(lang)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == expected
    i18n.install("ky")
