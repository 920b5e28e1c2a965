"""First-run setup: language, school, this computer, the administrator, the recovery code.

The profile is created in a hidden folder beside the data folder and moved into place only after the
recovery code has been typed back correctly: closing the window half-way leaves no profile whose
recovery code nobody has seen.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.atomic import write_atomic
from app.errors import InvalidInput, KenseError
from app.i18n import translate
from app.reference import regions
from app.security import passwords, recovery_code
from app.security.profile import Profile, SetupResult, normalise_login
from ui import i18n
from ui.tasks import run_task
from ui.widgets import error_label, label, notice_frame, password_field, primary, show_error

STAGING_PREFIX = ".kense-setup-"
PAGES = ("language", "school", "computer", "admin", "code", "confirm")


def staging_dir(data_dir: Path) -> Path:
    return data_dir.parent / f"{STAGING_PREFIX}{data_dir.name}"


def discard_staging(data_dir: Path, profile_factory: Any = Profile) -> None:
    """Remove a setup that was never finished (and its device secret)."""
    stage = staging_dir(data_dir)
    if not stage.exists():
        return
    with contextlib.suppress(Exception):
        staged = profile_factory(stage)
        staged.secrets.delete(staged.db_id)
    shutil.rmtree(stage, ignore_errors=True)


def move_into_place(stage: Path, data_dir: Path) -> None:
    if data_dir.exists():
        if any(data_dir.iterdir()):
            raise KenseError("profile.exists", path=str(data_dir))
        data_dir.rmdir()
    stage.rename(data_dir)


class SetupWizard(QWidget):
    """``finished(login, password)`` once the profile is in place; the shell then signs in."""

    finished = Signal(str, str)
    languageChosen = Signal(str)
    quitRequested = Signal()
    restoreRequested = Signal()   # "Restore from a backup": a replacement PC, the data from the old one

    def __init__(self, data_dir: Path, profile_factory: Any = Profile, state: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard")
        self.data_dir = Path(data_dir)
        self._profile_factory = profile_factory
        self.state: dict[str, Any] = dict(state or {})
        self.result: SetupResult | None = None
        self.sheet_done = False
        self._probe = profile_factory(staging_dir(self.data_dir))

        self.pages = QStackedWidget()
        for builder in (self._language_page, self._school_page, self._computer_page, self._admin_page,
                        self._code_page, self._confirm_page):
            self.pages.addWidget(builder())
        self.step_text = label("", "hint", wrap=False)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("backButton")
        self.next_button = primary(QPushButton(self.tr("Next")))
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Enter must never quit by accident
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.quit_button.clicked.connect(self.quitRequested)
        bar = QHBoxLayout()
        bar.addWidget(self.step_text)
        bar.addStretch(1)
        bar.addWidget(self.quit_button)
        bar.addWidget(self.back_button)
        bar.addWidget(self.next_button)
        card = QWidget()
        card.setMaximumWidth(760)
        column = QVBoxLayout(card)
        column.addWidget(self.pages, 1)
        column.addLayout(bar)
        outer = QHBoxLayout(self)
        outer.addWidget(card)
        for key in ("Return", "Enter"):  # Enter moves on from any page, as in a dialog
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self._enter_pressed)
        self.go(int(self.state.get("page", 0)))

    def _enter_pressed(self) -> None:
        focused = self.focusWidget()
        if self.page_name == "code" and not self.sheet_done:
            self.save_pdf_button.click()  # the one thing to do on this page
        elif focused in (self.save_pdf_button, self.print_button, self.back_button):
            focused.click()  # Enter on "Save the sheet" or "Back" does what the button says
        else:
            self.next()

    # ----------------------------------------------------------------- pages
    def _page(self, title: str, *intro: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(label(title, "heading"))
        for text in intro:
            layout.addWidget(label(text))
        return page, layout

    def _language_page(self) -> QWidget:
        page, layout = self._page(self.tr("Welcome to Kense"), self.tr(
            "Kense keeps the school's records of pupils, staff and documents, encrypted on this computer. "
            "First, choose the language of the program. You can change it later in Settings."))
        self.language_group = QButtonGroup(page)
        for code, name in i18n.LANGUAGE_NAMES.items():
            button = QRadioButton(name)
            button.setObjectName(f"lang_{code}")
            button.setChecked(code == i18n.current_language())
            button.toggled.connect(lambda on, c=code: on and self._language_changed(c))
            self.language_group.addButton(button)
            layout.addWidget(button)
        layout.addSpacing(16)
        layout.addWidget(label(self.tr("Replacing the school's old computer? Restore its data from a backup with "
                                       "the recovery sheet instead of setting up a new school."), "hint"))
        restore = QPushButton(self.tr("Restore from a backup…"))
        restore.setObjectName("restoreFromBackup")
        restore.clicked.connect(self.restoreRequested)
        layout.addWidget(restore, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _language_changed(self, code: str) -> None:
        if code != i18n.current_language():
            self.state["language"] = code
            self.languageChosen.emit(code)

    def _school_page(self) -> QWidget:
        page, layout = self._page(self.tr("Your school"), self.tr(
            "These details appear on the sign-in screen and on letterheads. Choose the region and district from "
            "the list or type your own."))
        self.school_name = QLineEdit(self.state.get("school_name", ""))
        self.school_name.setObjectName("schoolName")
        self.school_name.setPlaceholderText(self.tr("for example: Naryn secondary school No. 4"))
        self.school_error = error_label()
        self.region = QComboBox()
        self.region.setObjectName("region")
        self.region.setEditable(True)
        self.region.addItem("")
        lang = i18n.current_language()
        for item in regions.regions():
            self.region.addItem(item.name(lang), item.id)
        self.region.setCurrentText(self.state.get("region", ""))
        self.district = QComboBox()
        self.district.setObjectName("district")
        self.district.setEditable(True)
        self.region.currentTextChanged.connect(self._fill_districts)
        self._fill_districts(self.region.currentText())
        self.district.setCurrentText(self.state.get("district", ""))
        self.address = QLineEdit(self.state.get("address", ""))
        self.address.setObjectName("address")
        self.director = QLineEdit(self.state.get("director_name", ""))
        self.director.setObjectName("director")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("School name:"), self.school_name)
        form.addRow("", self.school_error)
        form.addRow(self.tr("Region:"), self.region)
        form.addRow(self.tr("District:"), self.district)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Director (full name):"), self.director)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _fill_districts(self, region_text: str) -> None:
        current = self.district.currentText()
        self.district.clear()
        self.district.addItem("")
        for place in regions.districts_of(region_text):
            self.district.addItem(place.name(i18n.current_language()), place.id)
        self.district.setCurrentText(current)

    def _computer_page(self) -> QWidget:
        available = self._probe.secrets.available()
        page, layout = self._page(self.tr("This computer"), self.tr(
            "Kense encrypts the whole database. To open it, a person needs their password and, in addition, a "
            "secret key that Kense keeps in this computer account's key store (Windows Credential Manager or "
            "the desktop keyring). This is called binding to the device: a copy of the database carried away "
            "on a flash drive cannot be opened on another computer, even with the right password."),
            self.tr("If this computer or Windows account is replaced, or the key store is cleared, the data is "
                    "not lost: the recovery sheet you print in a moment opens the database and binds it to the "
                    "new computer."))
        self.bind_device = QCheckBox(self.tr("Bind the database to this computer (recommended)"))
        self.bind_device.setObjectName("bindDevice")
        self.bind_device.setChecked(available and self.state.get("bind_device", True))
        self.bind_device.setEnabled(available)
        layout.addWidget(self.bind_device)
        if not available:
            frame = notice_frame()
            box = QVBoxLayout(frame)
            box.addWidget(label(self.tr(
                "This computer has no key store that Kense can use. Kense will work with passwords only: a copy "
                "of the database together with a password would open anywhere. The Security panel will show "
                "this. Ask your IT person to enable the key store, then bind the database later.")))
            layout.addWidget(frame)
        layout.addStretch(1)
        return page

    def _admin_page(self) -> QWidget:
        page, layout = self._page(self.tr("The administrator"), self.tr(
            "The administrator is the person responsible for information security: they add users, set up "
            "backups and look after the settings. Everyone gets their own login later; there is no shared "
            "password."))
        self.admin_name = QLineEdit(self.state.get("admin_name", ""))
        self.admin_name.setObjectName("adminName")
        self.admin_login = QLineEdit(self.state.get("admin_login", "admin"))
        self.admin_login.setObjectName("adminLogin")
        self.admin_password = password_field()
        self.admin_password.setObjectName("adminPassword")
        self.admin_repeat = password_field()
        self.admin_repeat.setObjectName("adminRepeat")
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(10)
        self.strength_text = label("", "hint")
        self.strength_text.setObjectName("strengthText")
        self.admin_error = error_label()
        self.admin_error.setObjectName("adminError")
        self.admin_password.textChanged.connect(self._update_strength)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Full name:"), self.admin_name)
        form.addRow(self.tr("Login:"), self.admin_login)
        form.addRow(self.tr("Password:"), self.admin_password)
        form.addRow("", self.strength)
        form.addRow("", self.strength_text)
        form.addRow(self.tr("Password again:"), self.admin_repeat)
        layout.addLayout(form)
        layout.addWidget(label(self.tr(
            "A good password is long: at least 10 characters. A phrase of three or four words that only you "
            "know is easy to remember and hard to guess."), "hint"))
        layout.addWidget(self.admin_error)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy_text = label("", "hint")
        layout.addWidget(self.busy_text)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self._update_strength("")
        return page

    def _update_strength(self, text: str) -> None:
        score = passwords.strength(text) if text else 0
        self.strength.setValue(score)
        words = [self.tr("too weak"), self.tr("weak"), self.tr("fair"), self.tr("good"), self.tr("strong")]
        if not text:
            self.strength_text.setText(self.tr("At least 10 characters."))
        else:
            self.strength_text.setText(self.tr("Strength: %1").replace("%1", words[score]))

    def _code_page(self) -> QWidget:
        page, layout = self._page(self.tr("The recovery code"), self.tr(
            "This code opens the database if a password is forgotten or the computer is replaced. It is shown "
            "only now. Save the recovery sheet as a PDF or print it, and give it to the director to keep in the "
            "safe. Do not photograph it and do not keep it on a flash drive."))
        self.code_text = label("", "code")
        self.code_text.setObjectName("codeText")
        self.code_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.code_text)
        row = QHBoxLayout()
        self.save_pdf_button = primary(QPushButton(self.tr("Save the recovery sheet (PDF)…")))
        self.save_pdf_button.setObjectName("savePdfButton")
        self.save_pdf_button.clicked.connect(lambda: self.save_sheet())
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(lambda: self.print_sheet())
        row.addWidget(self.save_pdf_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.sheet_status = label("", "hint")
        self.sheet_status.setObjectName("sheetStatus")
        layout.addWidget(self.sheet_status)
        layout.addStretch(1)
        return page

    def _confirm_page(self) -> QWidget:
        page, layout = self._page(self.tr("Check the recovery code"), self.tr(
            "Type the code from the sheet, to be sure it can be read. Dashes and spaces do not matter."))
        self.confirm_code = QLineEdit()
        self.confirm_code.setObjectName("confirmCode")
        self.confirm_code.setPlaceholderText("000000-000000-…")
        self.confirm_error = error_label()
        self.confirm_error.setObjectName("confirmError")
        layout.addWidget(self.confirm_code)
        layout.addWidget(self.confirm_error)
        layout.addStretch(1)
        return page

    # ----------------------------------------------------------------- navigation
    @property
    def page_name(self) -> str:
        return PAGES[self.pages.currentIndex()]

    def go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        step = self.tr("Step %1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(PAGES)))
        self.step_text.setText(step)
        if self.window() is not self:   # in the shell's window: the taskbar says where setup stands
            self.window().setWindowTitle(f"Kense — {step}")
        created = self.result is not None
        self.back_button.setEnabled(index > 0 and not (created and index <= PAGES.index("code")))
        self.next_button.setText(self.tr("Finish") if PAGES[index] == "confirm" else self.tr("Next"))
        if PAGES[index] == "code":
            self.next_button.setEnabled(self.sheet_done)
        else:
            self.next_button.setEnabled(True)
        self.state["page"] = index
        QTimer.singleShot(0, self._focus_page)

    def _focus_page(self) -> None:
        first = {"language": None, "school": self.school_name, "computer": self.bind_device,
                 "admin": self.admin_name, "code": self.save_pdf_button, "confirm": self.confirm_code}[self.page_name]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.language_group.checkedButton().setFocus()

    def back(self) -> None:
        if self.back_button.isEnabled():
            self.go(self.pages.currentIndex() - 1)

    def next(self) -> None:
        if not self.next_button.isEnabled():
            return
        name = self.page_name
        if name == "school" and not self._check_school():
            return
        if name == "admin":
            self._create()
            return
        if name == "confirm":
            self._confirm()
            return
        self._remember()
        self.go(self.pages.currentIndex() + 1)

    def _remember(self) -> None:
        self.state.update(school_name=self.school_name.text(), region=self.region.currentText(),
                          district=self.district.currentText(), address=self.address.text(),
                          director_name=self.director.text(), bind_device=self.bind_device.isChecked(),
                          admin_name=self.admin_name.text(), admin_login=self.admin_login.text())

    def _check_school(self) -> bool:
        if not self.school_name.text().strip():
            show_error(self.school_error, translate("input.school_name", i18n.current_language()))
            self.school_name.setFocus()
            return False
        show_error(self.school_error, "")
        return True

    # ----------------------------------------------------------------- creating the profile
    def _create(self) -> None:
        lang = i18n.current_language()
        self._remember()
        name, password = self.admin_name.text().strip(), self.admin_password.text()
        try:
            if not name:
                raise InvalidInput("input.bad_value", name=self.tr("Full name"))
            login = normalise_login(self.admin_login.text())
            passwords.check(password, personal=(login, name, self.school_name.text()))
            if password != self.admin_repeat.text():
                raise InvalidInput("password.mismatch")
        except KenseError as exc:
            show_error(self.admin_error, exc.message(lang))
            return
        show_error(self.admin_error, "")
        discard_staging(self.data_dir, self._profile_factory)
        if self.data_dir.exists() and any(self.data_dir.iterdir()):
            show_error(self.admin_error, translate("profile.exists", lang, path=str(self.data_dir)))
            return
        self._login, self._password = login, password
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.busy.setVisible(True)
        self.busy_text.setText(self.tr("Setting up encryption. This takes a few seconds…"))
        profile = self._profile_factory(staging_dir(self.data_dir))
        details = {k: self.state.get(k, "").strip() for k in ("address", "region", "district", "director_name")}
        school_name = self.school_name.text().strip()
        bind = self.bind_device.isChecked()

        def work(progress: Any, cancelled: Any) -> SetupResult:
            return profile.create(school_name=school_name, admin_login=login, admin_name=name,
                                  admin_password=password, school=details, bind_device=bind)

        self._task = run_task(work, on_result=self._created, on_error=self._create_failed, parent=self)

    def _created(self, result: SetupResult) -> None:
        self.result = result
        self.busy.setVisible(False)
        self.busy_text.setText("")
        groups = result.recovery_code.split("-")
        self.code_text.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        self.go(PAGES.index("code"))
        self.save_pdf_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _create_failed(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        self.busy_text.setText("")
        self.next_button.setEnabled(True)
        self.back_button.setEnabled(True)
        lang = i18n.current_language()
        show_error(self.admin_error, exc.message(lang) if isinstance(exc, KenseError)
                   else self.tr("Setup failed. Nothing was saved. Try again."))

    # ----------------------------------------------------------------- the recovery sheet
    def sheet_pdf(self) -> bytes:
        assert self.result is not None
        from app.forms import recovery_sheet  # reportlab costs ~0.4 s to import: only when needed

        return recovery_sheet.render(recovery_sheet.RecoverySheet(
            self.school_name.text().strip(), self.result.db_id, self.result.recovery_code, date.today()))

    def default_sheet_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return Path(folder) / self.tr("Kense recovery sheet.pdf")

    def save_sheet(self, path: str | Path | None = None) -> bool:
        if path is None:
            # Qt's own dialog on Linux: desktop portals/GTK dialogs may be absent or invisible there.
            options = QFileDialog.Option(0) if sys.platform == "win32" else QFileDialog.Option.DontUseNativeDialog
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery sheet"),
                                                  str(self.default_sheet_path()), self.tr("PDF files (*.pdf)"),
                                                  "", options)
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            write_atomic(target, self.sheet_pdf())
        except OSError:
            self.sheet_status.setText(translate("error.file_unwritable", i18n.current_language(), path=str(target)))
            return False
        self._sheet_done(self.tr("Saved: %1. Print it and delete the file after printing.").replace(
            "%1", str(target)))
        return True

    def print_sheet(self) -> bool:
        from ui.printing import print_pdf

        if print_pdf(self.sheet_pdf(), self.tr("Kense recovery sheet"), self):
            self._sheet_done(self.tr("Sent to the printer."))
            return True
        return False

    def _sheet_done(self, text: str) -> None:
        self.sheet_done = True
        self.sheet_status.setText(text)
        if self.page_name == "code":
            self.next_button.setEnabled(True)
            self.next_button.setFocus()

    # ----------------------------------------------------------------- finishing
    def _confirm(self) -> None:
        assert self.result is not None
        lang = i18n.current_language()
        try:
            typed = recovery_code.normalise(self.confirm_code.text())
        except KenseError as exc:
            show_error(self.confirm_error, exc.message(lang))
            return
        if typed != self.result.recovery_code:
            show_error(self.confirm_error, self.tr("This is not the code shown on the sheet. Compare it group by "
                                                   "group."))
            return
        try:
            move_into_place(staging_dir(self.data_dir), self.data_dir)
        except KenseError as exc:
            show_error(self.confirm_error, exc.message(lang))
            return
        except OSError:
            show_error(self.confirm_error, translate("error.file_unwritable", lang, path=str(self.data_dir)))
            return
        self.finished.emit(self._login, self._password)
        self._password = ""
