"""The restore dialog: which backup, the way in (recovery code, or a login and password valid at backup
time), and — when the profile here is newer — what would be lost, confirmed first. The restore runs off the
GUI thread (files only, no open database); the replaced profile is kept aside."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.backup import restore
from app.backup.restore import Credentials
from app.errors import KenseError
from app.security.device_secret import DeviceSecretStore
from ui import i18n, tasks
from ui.widgets import error_label, label, password_field, primary, show_error


class RestoreDialog(QDialog):
    """``target``: the profile folder to restore into. ``lost_text``: what a restore would lose, by the
    live audit log (the damaged-database case), shown before anything happens."""

    def __init__(self, target: Path, parent: QWidget | None = None, *, backup: Path | None = None,
                 login: str = "", lost_text: str = "", secrets: Any = None,
                 hand_over: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(560)
        self.target = Path(target)
        self.secrets = secrets or DeviceSecretStore()
        self.restored: Path | None = None
        # hand_over(path, credentials, replace, newer_ok): someone else runs the restore after this dialog
        # closes (the workspace signs out first: the live files are not swapped while they are open)
        self.hand_over = hand_over
        self.task: tasks.Task | None = None
        self.path = QLineEdit(str(backup) if backup else "")
        self.path.setObjectName("backupPath")
        self.path.setPlaceholderText(self.tr("a folder kense-….kbak"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.by_code = QRadioButton(self.tr("With the recovery code (a new computer)"))
        self.by_code.setObjectName("byCode")
        self.by_password = QRadioButton(self.tr("With a login and password valid when the backup was made "
                                                "(this computer)"))
        self.by_password.setObjectName("byPassword")
        group = QButtonGroup(self)
        group.addButton(self.by_code)
        group.addButton(self.by_password)
        self.code = QLineEdit()
        self.code.setObjectName("recoveryCode")
        self.code.setPlaceholderText("XXXX-XXXX-…")
        self.login = QLineEdit(login)
        self.login.setObjectName("restoreLogin")
        self.password = password_field()
        self.password.setObjectName("restorePassword")
        (self.by_password if login else self.by_code).setChecked(True)
        for button in (self.by_code, self.by_password):
            button.toggled.connect(self._mode)
        form = QFormLayout()
        form.addRow(self.tr("Backup:"), row)
        form.addRow(self.by_code)
        form.addRow(self.tr("Recovery code:"), self.code)
        form.addRow(self.by_password)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        self.error = error_label()
        self.error.setObjectName("restoreError")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = primary(QPushButton(self.tr("Restore")))
        self.ok.setObjectName("restoreButton")
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("The restored copy is checked first; the current data, if any, is kept "
                                       "aside in a folder beside it, never deleted."), "hint"))
        self.lost_text = lost_text
        if lost_text:
            layout.addWidget(label(lost_text, "error"))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._mode()

    def _mode(self) -> None:
        code = self.by_code.isChecked()
        self.code.setEnabled(code)
        self.login.setEnabled(not code)
        self.password.setEnabled(not code)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder (kense-….kbak)"),
                                                  self.path.text())
        if chosen:
            self.path.setText(chosen)

    def credentials(self) -> Credentials:
        if self.by_code.isChecked():
            return Credentials(code=self.code.text().strip())
        return Credentials(login=self.login.text().strip(), password=self.password.text())

    def submit(self, newer_ok: bool = False) -> None:
        if self.task is not None and not self.task.done:
            return
        text = self.path.text().strip()
        if not text:
            show_error(self.error, self.tr("Choose the backup first."))
            return
        path, credentials = Path(text), self.credentials()
        try:
            comparison = restore.compare_with_live(path, self.target)
        except KenseError as exc:
            show_error(self.error, exc.message(i18n.current_language()))
            return
        if comparison.newer and not newer_ok:
            if not self.confirm_newer(comparison):
                return
            newer_ok = True
        target, secrets = self.target, self.secrets

        def work(progress: Any, cancelled: Any) -> Path:
            return restore.restore(path, target, secrets, credentials, replace=comparison.occupied,
                                   newer_ok=newer_ok)

        if self.hand_over is not None:
            hand_over, self.hand_over = self.hand_over, None
            self.accept()
            hand_over(path, credentials, comparison.occupied, newer_ok)
            return
        self.ok.setEnabled(False)
        self.progress.setVisible(True)
        show_error(self.error, "")
        self.task = tasks.manager().run(work, on_result=self._done, on_error=self._failed, owner=self)

    def confirm_newer(self, comparison: restore.LiveComparison) -> bool:
        if comparison.same_school:
            lost = "?" if comparison.live_seq is None else str(comparison.live_seq - comparison.backup_seq)
            text = self.tr("The data on this computer is newer than the backup: %1 audit-log entries were made "
                           "after it. Restoring loses those changes (the current data is kept aside). "
                           "Restore anyway?").replace("%1", lost)
        else:
            text = self.tr("The data on this computer belongs to another database. It will be kept aside and "
                           "replaced by the backup. Restore anyway?")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from a backup"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmNewer")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _done(self, target: Path) -> None:
        self.restored = target
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.progress.setVisible(False)
        if isinstance(exc, KenseError):
            show_error(self.error, exc.message(i18n.current_language()))
        else:
            show_error(self.error, self.tr("The restore failed; nothing was changed."))
