"""The Backups page: the generations in the backup folder with their state, "Back up now", "Verify",
"Restore…", the backup folder (a suggestion on another disk) and the school's registered drive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.admin import settings
from app.backup import engine, service
from app.errors import KenseError
from app.i18n import translate
from app.security.roles import Permission
from app.security.session import Session
from ui import i18n, tasks
from ui.sections import SectionSpec, SectionWidget, register_section
from ui.widgets import error_label, label, primary, read_only_table, show_error, show_hint

controller: Any = None   # the shell's BackupController, set when the shell starts


class BackupsSection(SectionWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsSection")
        self.session = session
        self.can_manage = session.can(Permission.MANAGE_BACKUPS)
        self.can_set = session.can(Permission.MANAGE_SETTINGS)
        self.state_text = label("", "subheading")
        self.state_text.setObjectName("backupState")
        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        save = QPushButton(self.tr("Use this folder"))
        save.setObjectName("saveFolder")
        save.clicked.connect(self.save_folder)
        register = QPushButton(self.tr("Register as the school's backup drive"))
        register.setObjectName("registerDrive")
        register.setToolTip(self.tr("Only a registered removable drive may hold backups (regulation 6.5)."))
        register.clicked.connect(self.register_drive)
        self.automatic = QCheckBox(self.tr("Back up by itself (first sign-in of the day, closing after changes)"))
        self.automatic.setObjectName("autoBackup")
        self.automatic.setChecked(bool(settings.get(session, "auto_backup")))
        self.automatic.toggled.connect(self._automatic_changed)
        for widget in (self.folder, choose, save, register, self.automatic):
            widget.setEnabled(self.can_set)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        folder_row.addWidget(save)
        folder_box = QGroupBox(self.tr("Backup folder"))
        folder_layout = QVBoxLayout(folder_box)
        folder_layout.addLayout(folder_row)
        self.suggestion = label("", "hint")
        folder_layout.addWidget(self.suggestion)
        folder_layout.addWidget(register, alignment=Qt.AlignmentFlag.AlignLeft)
        folder_layout.addWidget(self.automatic)
        self.model = QStandardItemModel(0, 4, self)
        self.view = read_only_table(self.model, "generations")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.now_button = primary(QPushButton(self.tr("Back up now")))
        self.now_button.setObjectName("backupNow")
        self.now_button.clicked.connect(self.back_up_now)
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.setObjectName("verifyBackup")
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore_selected)
        for button in (self.now_button, self.verify_button, self.restore_button):
            button.setEnabled(self.can_manage)
        buttons = QHBoxLayout()
        buttons.addWidget(self.now_button)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        self.message = error_label()
        self.message.setObjectName("backupMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Backups"), "heading"))
        layout.addWidget(self.state_text)
        layout.addWidget(label(self.tr("A backup is made by itself at the first sign-in of each day and when Kense "
                                       "closes after changes. Each copy is checked before it counts; 7 daily, 4 "
                                       "weekly and 12 monthly copies are kept."), "hint"))
        layout.addWidget(folder_box)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.verify_task: tasks.Task | None = None
        self.refresh()

    def help_topic(self) -> str:
        return "backups"

    # ----------------------------------------------------------------- showing
    def refresh(self) -> None:
        try:
            state = service.state(self.session)
            generations = engine.list_backups(state.folder)
        except (KenseError, OSError):
            return
        if not self.folder.hasFocus():
            self.folder.setText(str(state.folder))
        configured = str(settings.get(self.session, "backup_dir") or "")
        suggestion = service.suggest_folder(self.session.profile.root)
        self.suggestion.setText("" if configured else self.tr("Suggested (another disk, when there is one): %1")
                                .replace("%1", str(suggestion)))
        if state.last is None:
            self.state_text.setText(self.tr("No verified backup yet."))
        else:
            text = self.tr("Last verified backup: %1").replace("%1", i18n.format_moment(state.last.created_at))
            if state.stale:
                text += " — " + self.tr("older than 7 days!")
            self.state_text.setText(text)
        self.state_text.setStyleSheet("color: #b3261e;" if state.stale else "")
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("Audit entries"),
                                              self.tr("State")])
        for generation in generations:
            made = QStandardItem(i18n.format_moment(generation.created_at))
            made.setData(str(generation.path), Qt.ItemDataRole.UserRole)
            self.model.appendRow([
                made, QStandardItem(f"{generation.bytes / 1e6:.1f} MB"), QStandardItem(str(generation.audit_seq)),
                QStandardItem(self.tr("verified") if generation.verified else self.tr("not verified")),
            ])
        self.view.resizeColumnsToContents()
        if generations and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)

    def selected(self) -> Path | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.model.item(rows[0].row(), 0)
        return Path(str(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def say(self, text: str, error: bool = False) -> None:
        (show_error if error else show_hint)(self.message, text)

    # ----------------------------------------------------------------- actions
    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _automatic_changed(self, on: bool) -> None:
        try:
            settings.set_value(self.session, "auto_backup", on)
        except KenseError as exc:
            self.say(exc.message(i18n.current_language()), error=True)

    def save_folder(self) -> None:
        try:
            engine.check_folder(Path(self.folder.text().strip()),
                                str(settings.get(self.session, "backup_drive") or "") or None)
            settings.set_value(self.session, "backup_dir", self.folder.text().strip())
        except KenseError as exc:
            self.say(exc.message(i18n.current_language()), error=True)
            return
        self.say(self.tr("Backups will go to this folder."))
        self.refresh()
        if controller is not None:
            controller.refresh_label(self.session)

    def register_drive(self) -> None:
        folder = Path(self.folder.text().strip())
        try:
            if not folder.is_absolute():
                raise KenseError("backup.folder_unwritable", path=str(folder))
            token = engine.register_drive(folder)
            settings.set_value(self.session, "backup_drive", token)
            settings.set_value(self.session, "backup_dir", str(folder))
            self.session.audit_now("backup.drive_registered")
        except OSError:
            self.say(translate("backup.folder_unwritable", i18n.current_language(), path=str(folder)), error=True)
            return
        except KenseError as exc:
            self.say(exc.message(i18n.current_language()), error=True)
            return
        self.say(self.tr("This drive is now the school's backup drive."))
        self.refresh()

    def back_up_now(self) -> None:
        if controller is None or not controller.start(self.session, automatic=False):
            self.say(self.tr("A backup is already being made."))
            return
        self.say(self.tr("Backing up… (progress in the status bar)"))

    def verify_selected(self) -> None:
        path = self.selected()
        if path is None or (self.verify_task is not None and not self.verify_task.done):
            return
        self.say(self.tr("Checking every page of the backup…"))

        def work(db: Session, progress: Any, cancelled: Any) -> list[str]:
            manifest = engine.read_manifest(path)
            from app.backup.checks import deep_check
            return deep_check(path, db.dek, manifest, connect=db.keyed_connection, thorough=True)

        self.verify_task = tasks.manager().run_read(self.session, work, on_result=self._verified,
                                                   on_error=self._verify_failed, owner=self)

    def _verified(self, problems: list[str]) -> None:
        lang = i18n.current_language()
        if not problems:
            self.say(translate("backup.sound", lang))
        else:
            names = dict.fromkeys(p.split(":")[0] for p in problems)
            self.say("\n".join(translate(f"backup.problem.{n}", lang) for n in names), error=True)

    def _verify_failed(self, exc: BaseException) -> None:
        self.say(exc.message(i18n.current_language()) if isinstance(exc, KenseError)
                 else translate("backup.damaged", i18n.current_language()), error=True)

    def restore_selected(self) -> None:
        if controller is not None:
            controller.offer_restore(self.selected())

    def clear_personal_data(self) -> None:
        self.model.clear()


def _factory(session: Session, parent: QWidget | None) -> SectionWidget:
    return BackupsSection(session, parent)


register_section(SectionSpec("backups", lambda: QCoreApplication.translate("Sections", "Backups"), _factory,
                             Permission.VIEW_SECURITY))
