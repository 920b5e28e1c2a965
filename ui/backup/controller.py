"""Ties backups to the shell: the status bar, the automatic backup at the first sign-in of a day and at
closing after changes (the window waits for it, with Cancel), and the Backups page's requests."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QToolButton

from app.backup import engine, service
from app.errors import KenseError
from app.i18n import translate
from app.security.session import Session, SessionState
from ui import i18n
from ui.backup.runner import BackupRunner, describe_failure, last_backup_text

log = logging.getLogger(__name__)


class BackupController(QObject):
    def __init__(self, shell: Any) -> None:
        super().__init__(shell)
        self.shell = shell
        self.runner = BackupRunner(self)
        self.bar: QProgressBar | None = None            # in the current workspace's status bar
        self.cancel_button: QToolButton | None = None
        self.runner.started.connect(self._started)
        self.runner.progressed.connect(self._progressed)
        self.runner.succeeded.connect(self._succeeded)
        self.runner.failed.connect(self._failed)
        self.runner.ended.connect(self._ended)
        self.seq_at_sign_in: int | None = None
        self.closing_after_backup = False
        self.close_now = False

    # ----------------------------------------------------------------- status bar
    def _label(self) -> QLabel | None:
        workspace = self.shell.workspace
        return workspace.backup_label if workspace is not None else None

    def attach(self, session: Session) -> None:
        """A workspace was built for ``session``: show the state, start the day's backup when due."""
        workspace = self.shell.workspace
        if workspace is None:
            return
        self.bar = QProgressBar()
        self.bar.setObjectName("backupProgress")
        self.bar.setRange(0, 1000)
        self.bar.setMaximumWidth(160)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("backupCancel")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Cancel the backup"))
        self.cancel_button.clicked.connect(self.runner.cancel)
        status = workspace.status     # the progress goes just before the backup state, the lock button last
        for widget in (workspace.backup_label, workspace.lock_button):
            status.removeWidget(widget)
        for widget in (self.bar, self.cancel_button, workspace.backup_label, workspace.lock_button):
            status.addPermanentWidget(widget)
        workspace.backup_label.show()
        workspace.lock_button.show()
        self._show_progress(self.runner.busy())
        self.refresh_label(session)
        with contextlib.suppress(KenseError):
            if self.seq_at_sign_in is None:
                self.seq_at_sign_in = service.audit_head_seq(session)
        try:
            due = service.automatic(session) and service.due_today(session)
        except (KenseError, OSError):
            due = False
        if due and not self.runner.busy():
            self.start(session, automatic=True)

    def refresh_label(self, session: Session | None = None) -> None:
        label = self._label()
        session = session or self.shell.session
        if label is None or session is None or session.state is not SessionState.ACTIVE:
            return
        text, warning = last_backup_text(session, self.tr)
        label.setText(text)
        label.setProperty("role", "warning" if warning else "")
        label.setStyleSheet("color: #b3261e; font-weight: bold;" if warning else "")
        if self.shell.workspace is not None:
            page = self.shell.workspace.sections.get("backups")
            if page is not None and hasattr(page, "refresh"):
                page.refresh()

    def start(self, session: Session, *, automatic: bool) -> bool:
        return self.runner.start(session, automatic=automatic) is not None

    def _show_progress(self, visible: bool) -> None:
        for widget in (self.bar, self.cancel_button):
            if widget is not None and shiboken6.isValid(widget):
                widget.setVisible(visible)

    def _progressed(self, value: int) -> None:
        if self.bar is not None and shiboken6.isValid(self.bar):
            self.bar.setValue(value)

    def _started(self, automatic: bool) -> None:
        self._progressed(0)
        self._show_progress(True)
        label = self._label()
        if label is not None:
            label.setText(self.tr("Automatic backup…") if automatic else self.tr("Backing up…"))

    def _ended(self) -> None:
        self._show_progress(False)
        self.refresh_label()
        if self.closing_after_backup:
            self.closing_after_backup = False
            self.close_now = True
            self.shell.window.close()

    def _succeeded(self, result: engine.BackupResult) -> None:
        if self.shell.workspace is not None and not result.verified:
            self.shell.workspace.show_notice(
                translate("backup.rejected", i18n.current_language(), path=str(result.path)))

    def _failed(self, exc: BaseException) -> None:
        text = describe_failure(exc, i18n.current_language())
        if text and self.shell.workspace is not None:
            self.shell.workspace.show_notice(text)

    # ----------------------------------------------------------------- closing
    def hold_close(self) -> bool:
        """Closing the window: after changes in this sign-in, make a backup first (the window closes when it
        ends, or at once if it is cancelled). True: the close waits."""
        session = self.shell.session
        if self.close_now:
            return False
        if self.closing_after_backup:
            return True
        if self.runner.busy():   # the day's backup is still running: close when it ends
            self.closing_after_backup = True
            return True
        if session is None or session.state is not SessionState.ACTIVE:
            return False
        try:
            if not service.automatic(session):
                return False
            last = engine.last_verified(service.folder(session))
            since = max(self.seq_at_sign_in or 0, last.audit_seq if last is not None else 0)
            _count, actions = service.changes_since(session, since)
        except (KenseError, OSError):
            return False
        if self.seq_at_sign_in is None or not any(not a.startswith(("backup.", "session.")) for a in actions):
            return False
        if not self.start(session, automatic=True):
            return False
        self.closing_after_backup = True
        label = self._label()
        if label is not None:
            label.setText(self.tr("Making a backup before closing…"))
        return True

    def signed_out(self) -> None:
        self.seq_at_sign_in = None
        self._show_progress(False)

    # ----------------------------------------------------------------- restoring
    def offer_restore(self, backup: Path | None, *, damaged: bool = False) -> None:
        """Restore ``backup`` (default: the last verified one) over this profile: what would be lost is
        shown from the live audit log; the session ends before the files are swapped."""
        from ui.backup.restore_dialog import RestoreDialog

        session = self.shell.session
        if session is None or session.state is not SessionState.ACTIVE:
            return
        try:
            if backup is None:
                last = engine.last_verified(service.folder(session))
                backup = last.path if last is not None else None
            seq = int(engine.read_manifest(backup)["audit_seq"]) if backup is not None else 0
        except (KenseError, OSError):
            backup, seq = None, 0
        lost = ""
        if backup is not None:
            count, _actions = service.changes_since(session, seq)
            lost = self.lost_text(count, service.lost_sentences(session, seq, i18n.current_language()))
        if damaged:
            lost = self.tr("The check found damage in the database.") + "\n" + lost
        dialog = RestoreDialog(self.shell.profile.root, self.shell.window, backup=backup,
                               login=session.user.login, lost_text=lost, secrets=self.shell.profile.secrets,
                               hand_over=self.run_restore)
        self.dialog = dialog
        dialog.open()

    def run_restore(self, path: Path, credentials: Any, replace: bool, newer_ok: bool) -> None:
        """Sign out, then restore off the GUI thread with a progress window; the sign-in screen follows,
        on the restored profile or (refused) on the untouched live one with the reason."""
        from PySide6.QtWidgets import QMessageBox

        from app.backup import restore
        from ui import tasks

        target, secrets = self.shell.profile.root, self.shell.profile.secrets
        self.shell.close_for_restore()

        def work(progress: Any, cancelled: Any) -> Path:
            return restore.restore(path, target, secrets, credentials, replace=replace, newer_ok=newer_ok)

        def failed(exc: BaseException) -> None:
            self.shell.after_restore(None)
            text = exc.message(i18n.current_language()) if isinstance(exc, KenseError) else \
                self.tr("The restore failed; nothing was changed.")
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from a backup"), text,
                              QMessageBox.StandardButton.Ok, self.shell.window)
            box.setObjectName("restoreRefused")
            self.refusal = box
            box.open()

        self.restore_task = tasks.manager().run(work, on_result=self.shell.after_restore, on_error=failed, owner=self)
        tasks.ProgressDialog.attach(self.restore_task, self.tr("Restoring the backup…"), self.shell.window)

    def lost_text(self, count: int, latest: list[str]) -> str:
        if count < 0:
            return self.tr("What changed since the backup cannot be read from the damaged audit log.")
        if count == 0:
            return self.tr("Nothing was changed since this backup.")
        text = self.tr("Restoring loses %1 changes recorded in the audit log since this backup.").replace(
            "%1", str(count))
        if latest:
            text += "\n" + self.tr("The latest:") + "\n" + "\n".join(f"• {line}" for line in latest)
        return text

    def offer_after_damage(self, session: Session) -> None:
        """The whole-file check found damage: offer the last verified backup, in the workspace."""
        from PySide6.QtWidgets import QHBoxLayout, QPushButton

        from ui.widgets import label, notice_frame

        workspace = self.shell.workspace
        if workspace is None or workspace.findChild(QObject, "damageOffer") is not None:
            return
        try:
            last = engine.last_verified(service.folder(session))
        except (KenseError, OSError):
            last = None
        frame = notice_frame("danger")
        frame.setObjectName("damageOffer")
        row = QHBoxLayout(frame)
        if last is None:
            row.addWidget(label(self.tr("The database is damaged and there is no verified backup. Tell the "
                                        "administrator.")), 1)
        else:
            row.addWidget(label(self.tr("The database is damaged. The last verified backup is from %1.")
                                .replace("%1", i18n.format_moment(last.created_at))), 1)
            button = QPushButton(self.tr("Restore it…"))
            button.setObjectName("restoreAfterDamage")
            button.clicked.connect(lambda: self.offer_restore(last.path, damaged=True))
            row.addWidget(button)
        workspace.layout().insertWidget(0, frame)
