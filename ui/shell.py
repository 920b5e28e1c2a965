"""The application shell: one window that shows the setup wizard, the sign-in/lock screen or the
workspace, and the controller that moves between them (sign-in, lock, unlock, user switch, language).

States (:class:`ShellState`): SIGNED_OUT (setup wizard or sign-in screen) -> UNLOCKED <-> LOCKING ->
LOCKED; another user signing in on the lock screen ends the locked session first. Only the lock
controller closes windows and drops data. Signals name facts in the past tense (``signedIn``,
``locked``, ``unlocked``, ``signedOut``, ``stateChanged``); a request is ``lockRequested`` — anyone may
emit it, the shell decides (KeePassXC's naming).
"""

from __future__ import annotations

import contextlib
import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from app.admin import school as school_service
from app.admin import settings
from app.errors import KenseError, SessionLocked
from app.i18n import translate
from app.security import drafts
from app.security.autolock import idle_lock_seconds
from app.security.profile import Profile
from app.security.roles import Permission
from app.security.session import LockReason, Session, SessionState, UserInfo
from ui import i18n, sections_builtin, tasks, ui_state, upkeep
from ui.backup import section as backup_section
from ui.backup.controller import BackupController
from ui.changes import bus
from ui.help import HelpWindow
from ui.lock import InactivityFilter, LockController, close_secondary_windows
from ui.osutils import create_listener, exclude_from_capture
from ui.privacy import privacy, secure_clipboard
from ui.signin import SignInScreen
from ui.tasks import Task
from ui.wizard import SetupWizard, discard_staging
from ui.workspace import Workspace

log = logging.getLogger(__name__)


MIN_WIDTH, MIN_HEIGHT = 900, 620
SMALL_SCREEN_WIDTH, SMALL_SCREEN_HEIGHT = 1440, 860


class ShellWindow(QMainWindow):
    minimized = Signal()
    closing = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("shellWindow")
        self.setWindowTitle("Kense")
        self.resize(1180, 760)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)

    def fit_to_screen(self) -> None:
        """On a small office screen (1366×768 is common) the window takes the whole work area; on a larger
        one it opens at a comfortable size, centred. A screen below the minimum keeps the default size."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        if area.width() < MIN_WIDTH or area.height() < MIN_HEIGHT:
            return
        if area.width() <= SMALL_SCREEN_WIDTH or area.height() <= SMALL_SCREEN_HEIGHT:
            self.setGeometry(area)
            return
        size = QSize(min(1280, area.width()), min(860, area.height()))
        self.resize(size)
        self.move(area.center() - QPoint(size.width() // 2, size.height() // 2))

    def set_screen(self, widget: QWidget) -> None:
        old = self.takeCentralWidget()
        self.setCentralWidget(widget)
        if old is not None:
            old.hide()
            old.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self.minimized.emit()

    close_guard: Any = None   # returns True while the close must wait (a backup before closing)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and self.close_guard():
            event.ignore()
            return
        self.closing.emit()
        super().closeEvent(event)


class _CaptureGuard(QObject):
    """Windows: every window that appears is excluded from screen capture."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            exclude_from_capture(watched)
        return False


class ShellState(StrEnum):
    SIGNED_OUT = "signed_out"
    UNLOCKED = "unlocked"
    LOCKING = "locking"
    LOCKED = "locked"


class Shell(QObject):
    signedIn = Signal(object)       # Session
    locked = Signal(str)            # reason
    unlocked = Signal(object)       # Session
    signedOut = Signal()
    stateChanged = Signal(str)      # ShellState
    lockRequested = Signal(str)     # intent: reason

    def _set_state(self, state: ShellState) -> None:
        if state is not self.state:
            self.state = state
            self.stateChanged.emit(state.value)

    def __init__(self, data_dir: Path, *, lang: str | None = None, profile_factory: Any = Profile) -> None:
        super().__init__()
        self.state = ShellState.SIGNED_OUT
        self.data_dir = Path(data_dir)
        self.profile_factory = profile_factory
        self.profile: Profile = self._make_profile()
        self.full_check_task: Task | None = None
        self.demo_pupils: int | None = None
        self.demo_task: Task | None = None
        stored = ui_state.load(self.data_dir)
        i18n.install(lang or stored.get("language"))
        sections_builtin.register_builtin_sections()
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self.help_window: HelpWindow | None = None
        self.window = ShellWindow()
        self.backups = BackupController(self)
        backup_section.controller = self.backups
        self.window.close_guard = self.backups.hold_close
        self.window.minimized.connect(self._minimized)
        self.window.closing.connect(self.shutdown)
        self.idle = InactivityFilter(self)
        self.lockRequested.connect(self.request_lock)
        self.idle.lockRequested.connect(self.request_lock)
        self.lock_on_minimize = False
        self.locker = LockController(self.window, self._save_drafts, self._teardown, self._show_lock_screen, self)
        self.locker.locked.connect(self._locked)
        self.locker.locking.connect(lambda: self._set_state(ShellState.LOCKING))
        self.os_listener = create_listener(self)
        self.os_listener.lockRequested.connect(self.request_lock)
        sections_builtin.os_lock_sources[:] = self.os_listener.active_sources()
        if sys.platform == "win32":
            self._capture_guard = _CaptureGuard(self)
            QApplication.instance().installEventFilter(self._capture_guard)
        # One F1 for every screen: a second binding (a menu action) would make Qt drop both as ambiguous.
        self.help_action = QAction(self.window)
        self.help_action.setObjectName("helpAction")
        self.help_action.setShortcut(QKeySequence("F1"))
        self.help_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.help_action.triggered.connect(lambda: self.open_help(self.current_help_topic()))
        self.window.addAction(self.help_action)
        from ui.sync.controller import attach as attach_sync

        self.sync = attach_sync(self)   # runs while locked too: works from items sealed at commit
        self.screen_name = ""

    # ----------------------------------------------------------------- screens
    def start(self, login: str | None = None, password: str | None = None, demo_pupils: int | None = None) -> None:
        """``demo_pupils``: a demo profile without its year yet; filled behind the window after sign-in."""
        self.demo_pupils = demo_pupils
        if not self.profile.exists():
            discard_staging(self.data_dir, self.profile_factory)
            self.show_wizard()
        else:
            self.show_sign_in()
            if login and password:
                screen = self.window.centralWidget()
                assert isinstance(screen, SignInScreen)
                screen.login.setText(login)
                screen.password.setText(password)
                screen.submit()
        self.window.fit_to_screen()
        self.window.show()
        # Windows delivers session-lock notifications to a window, so the listener needs ours.
        if self.os_listener.watch_window(int(self.window.winId())):
            sections_builtin.os_lock_sources[:] = self.os_listener.active_sources()

    def show_wizard(self, state: dict[str, Any] | None = None) -> None:
        wizard = SetupWizard(self.data_dir, self.profile_factory, state)
        wizard.languageChosen.connect(self._wizard_language)
        wizard.finished.connect(self._setup_finished)
        wizard.quitRequested.connect(self.window.close)
        wizard.restoreRequested.connect(self.open_restore_from_wizard)
        self.screen_name = "setup"
        self.window.set_screen(wizard)

    def _wizard_language(self, lang: str) -> None:
        wizard = self.window.centralWidget()
        state = dict(wizard.state) if isinstance(wizard, SetupWizard) else {}
        self.set_language(lang)
        state["page"] = 0
        self.show_wizard(state)

    def _setup_finished(self, login: str, password: str) -> None:
        ui_state.update(self.data_dir, language=i18n.current_language(), last_login=login)
        self.profile = self._make_profile()
        try:
            self._authenticate(login, password)
        except KenseError:
            self.show_sign_in()

    def show_sign_in(self, locked_user: UserInfo | None = None) -> None:
        try:
            school = self.profile.school_label()
        except Exception:  # a missing key store must not keep the sign-in screen away
            school = None
        remembered = str(ui_state.load(self.data_dir).get("last_login", ""))
        screen = SignInScreen(self._authenticate, school, login=remembered, locked_user=locked_user)
        screen.recoveryRequested.connect(self.open_recovery)
        screen.restoreRequested.connect(self.open_restore_from_sign_in)
        screen.languageChosen.connect(self._sign_in_language)
        screen.incidentRequested.connect(self.open_incident_from_sign_in)
        self.screen_name = "lock" if locked_user else "signin"
        self.window.set_screen(screen)
        title = f"Kense — {school}" if school else "Kense"
        # the taskbar says the session is locked, so nobody mistakes the lock screen for a fresh start
        self.window.setWindowTitle(f"{title} ({self.tr('locked')})" if locked_user else title)

    def _show_lock_screen(self) -> None:
        self.workspace = None
        self.show_sign_in(locked_user=self.session.user if self.session else None)

    def _sign_in_language(self, lang: str) -> None:
        screen = self.window.centralWidget()
        login = screen.login.text() if isinstance(screen, SignInScreen) else ""
        locked = screen.locked_user if isinstance(screen, SignInScreen) else None
        self.set_language(lang)
        self.show_sign_in(locked_user=locked)
        new = self.window.centralWidget()
        if isinstance(new, SignInScreen) and login:
            new.login.setText(login)

    def set_language(self, lang: str) -> None:
        i18n.install(lang)
        ui_state.update(self.data_dir, language=i18n.current_language())

    def current_help_topic(self) -> str:
        if self.workspace is not None and self.window.centralWidget() is self.workspace:
            return self.workspace.help_topic()
        return {"setup": "setup", "lock": "lock"}.get(self.screen_name, "signin")

    def open_help(self, topic: str) -> HelpWindow:
        if self.help_window is None or not _alive(self.help_window):
            self.help_window = HelpWindow(self.window)
        self.help_window.show_topic(topic)
        self.help_window.show()
        self.help_window.raise_()
        return self.help_window

    def open_recovery(self) -> None:
        from ui.recovery import RecoveryDialog

        screen = self.window.centralWidget()
        login = screen.login.text() if isinstance(screen, SignInScreen) else ""
        dialog = RecoveryDialog(self.profile, login, self.window)
        if dialog.exec() and dialog.session is not None:
            self._replace_session(dialog.session)

    def open_incident_from_sign_in(self) -> None:
        """The lock screen's "I saw something": the form asks who is reporting and files the report under
        a session opened for it alone (the locked session stays as it is)."""
        from ui.desk.incident_dialog import IncidentDialog

        screen = self.window.centralWidget()
        login = screen.login.text() if isinstance(screen, SignInScreen) else ""
        self.incident_dialog = IncidentDialog(sign_in=self.profile.sign_in, login=login, parent=self.window)
        self.incident_dialog.open()

    def open_restore_from_wizard(self) -> None:
        """The replacement-PC case: restore into this computer's (empty) profile folder, then sign in."""
        from ui.backup.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.data_dir, self.window, secrets=self.profile.secrets)
        self.restore_dialog = dialog
        dialog.finished.connect(lambda _r: self.after_restore(dialog.restored))
        dialog.open()

    def open_restore_from_sign_in(self) -> None:
        """The database is beyond use (sign-in says so): restore the last verified backup over it, the
        damaged profile kept aside; what it would lose cannot be read from it, so the dialog asks first."""
        from app.backup import engine, service
        from ui.backup.restore_dialog import RestoreDialog

        screen = self.window.centralWidget()
        login = screen.login.text() if isinstance(screen, SignInScreen) else ""
        try:
            last = engine.last_verified(service.default_folder(self.data_dir))
        except (KenseError, OSError):
            last = None
        dialog = RestoreDialog(self.data_dir, self.window, backup=last.path if last else None, login=login,
                               secrets=self.profile.secrets,
                               lost_text=self.tr("The database cannot be opened; the restore replaces it with "
                                                 "the backup and keeps the damaged copy aside."))
        self.restore_dialog = dialog
        dialog.finished.connect(lambda _r: dialog.restored is not None and self.after_restore(dialog.restored))
        dialog.open()

    def close_for_restore(self) -> None:
        """Sign out before a restore swaps the profile's files (the window stays open)."""
        self.window.close_guard = None
        try:
            self.shutdown()
        finally:
            self.window.close_guard = self.backups.hold_close

    def after_restore(self, restored: Path | None) -> None:
        if restored is None and self.session is not None:
            return   # the dialog was closed before anything happened: carry on
        if restored is None and self.profile.exists() and self.screen_name == "setup":
            return
        discard_staging(self.data_dir, self.profile_factory)
        self.profile = self._make_profile()
        if self.profile.exists():
            self.show_sign_in()
        else:
            self.show_wizard()

    def _make_profile(self) -> Profile:
        from app.backup.restore import recover_interrupted

        recover_interrupted(self.data_dir)   # a restore killed mid-swap: the live profile goes back first
        profile: Profile = self.profile_factory(self.data_dir)
        profile.defer_full_check = True   # run after the window opens, on a second connection
        return profile

    # ----------------------------------------------------------------- sign-in, unlock, switch
    def _authenticate(self, login: str, password: str) -> None:
        current = self.session
        if current is not None and current.state is SessionState.LOCKED and \
                login.strip().lower() == current.user.login:
            current.unlock(password)
            self._enter(current)
            self.unlocked.emit(current)
        else:
            fresh = self.profile.sign_in(login, password)
            self._replace_session(fresh)
        ui_state.update(self.data_dir, last_login=login.strip().lower())

    def _replace_session(self, fresh: Session) -> None:
        old, self.session = self.session, None
        if old is not None and old is not fresh:
            try:
                old.close()  # the previous user's (locked) session ends; their drafts wait for them
            except Exception:
                log.exception("closing the previous session failed")
            self._set_state(ShellState.SIGNED_OUT)
            self.signedOut.emit()
        self._enter(fresh)

    def _enter(self, session: Session) -> None:
        self.session = session
        tasks.manager().bind(session)
        bus().bind(session)
        values = self._read_settings(session)
        self.lock_on_minimize = bool(values.get("lock_on_minimize", False))
        secure_clipboard().clear_seconds = int(values.get("clipboard_clear_seconds", 30))
        privacy.set_active(False)
        school = ""
        try:
            school = school_service.get_school(session).name
        except Exception:
            log.exception("school name unreadable")
        workspace = Workspace(session, school, help_action=self.help_action)
        workspace.lockRequested.connect(self.request_lock)
        workspace.switchUserRequested.connect(self.switch_user)
        workspace.quitRequested.connect(self.window.close)
        workspace.sectionBuilt.connect(self._section_built)
        self.workspace = workspace
        self.screen_name = "workspace"
        self.window.set_screen(workspace)
        self.window.setWindowTitle(f"Kense — {school}" if school else "Kense")
        workspace.show_notice(self.notice_text(session))
        self.backups.attach(session)
        if "database" in session.notices.integrity_problems:
            self.backups.offer_after_damage(session)
        if session.notices.full_check_due:
            self._start_full_check(session)
        upkeep.keep_issued_certificates(session, self)
        self.idle.start(idle_lock_seconds(values.get("idle_lock_minutes")))
        workspace.offer_drafts(self._pending_drafts(session), self.restore_drafts, self.discard_drafts)
        if self.demo_pupils is not None:
            from ui import demo_fill

            self.demo_task = demo_fill.start(session, workspace.status, self.demo_pupils, workspace)
            self.demo_pupils = None   # once: a lock stops the fill, what it committed stays
        was = self.state
        self._set_state(ShellState.UNLOCKED)
        if was is ShellState.SIGNED_OUT:
            self.signedIn.emit(session)

    def _read_settings(self, session: Session) -> dict[str, Any]:
        try:
            return settings.all_settings(session)
        except KenseError:
            return {}

    def notice_text(self, session: Session) -> str:
        lang = i18n.current_language()
        lines = []
        if session.notices.failed_since_last:
            lines.append(translate("auth.failed_since_last", lang, count=session.notices.failed_since_last))
        if session.notices.failed_others:
            lines.append(translate("auth.failed_others", lang, count=session.notices.failed_others))
        problems = session.notices.integrity_problems
        if any(p != "database" for p in problems):
            lines.append(self.tr("The audit log check found a problem. Tell the administrator; details are in "
                                 "the Security section."))
        if "database" in problems:
            lines.append(self.tr("The check of the whole database found damaged pages. Tell the administrator: "
                                 "a backup copy may be needed."))
        return "\n".join(lines)

    def _start_full_check(self, session: Session) -> None:
        """The day's whole-file check (seconds on a large school) on a worker connection: the secretary
        works meanwhile; a lock interrupts it (it stays due); damage joins the notices."""
        if self.full_check_task is not None and not self.full_check_task.done:
            return

        def work(db: Session, progress: Any, cancelled: Any) -> list[str]:
            damage = db.full_check()
            if cancelled() or db.generation != session.generation:
                raise SessionLocked()  # interrupted: not a finding
            return damage

        def done(damage: list[str]) -> None:
            if not damage or self.session is not session:
                return
            session.notices.integrity_problems.append("database")
            with contextlib.suppress(KenseError):   # recorded as a finding, open until an admin acknowledges it
                session.record_full_check_damage()
            if self.workspace is not None and session.state is SessionState.ACTIVE:
                self.workspace.show_notice(self.notice_text(session))
                self.backups.offer_after_damage(session)

        def failed(exc: BaseException) -> None:
            log.warning("background database check did not run: %s", type(exc).__name__)

        # A read on its own connection: the database worker stays free for writes meanwhile.
        self.full_check_task = tasks.manager().run_read(session, work, on_result=done, on_error=failed, owner=self)

    def _pending_drafts(self, session: Session) -> list[str]:
        try:
            pending = drafts.pending_sections(session)
        except Exception:
            log.exception("drafts unreadable")
            return []
        keys = {spec.key for spec in self.workspace.specs} if self.workspace else set()
        return [k for k in pending if k in keys]

    def restore_drafts(self, keys: list[str]) -> None:
        if self.session is None or self.workspace is None:
            return
        for key in keys:
            section = self.workspace.open_section(key)
            data = drafts.take_draft(self.session, key)
            if section is not None and data:
                try:
                    section.restore_draft(data)
                except Exception:
                    log.exception("section %s could not restore its draft", key)

    def discard_drafts(self, keys: list[str]) -> None:
        if self.session is None:
            return
        for key in keys:
            drafts.discard_draft(self.session, key)

    def _section_built(self, key: str, widget: QWidget) -> None:
        from ui.settings_section import SettingsSection
        if isinstance(widget, SettingsSection):
            widget.languageChosen.connect(self._workspace_language)
            widget.settingsChanged.connect(self._settings_changed)

    def _settings_changed(self) -> None:
        if self.session is None:
            return
        values = self._read_settings(self.session)
        self.lock_on_minimize = bool(values.get("lock_on_minimize", False))
        secure_clipboard().clear_seconds = int(values.get("clipboard_clear_seconds", 30))
        self.idle.start(idle_lock_seconds(values.get("idle_lock_minutes")))

    def _workspace_language(self, lang: str) -> None:
        """Rebuild the workspace in the new language; unsaved form state is carried over in memory."""
        session, workspace = self.session, self.workspace
        if session is None or workspace is None:
            return
        kept = {}
        for key, section in workspace.sections.items():
            try:
                data = section.save_draft()
            except Exception:
                data = None
            if data:
                kept[key] = data
        self.set_language(lang)
        if session.can(Permission.MANAGE_SETTINGS):
            with contextlib.suppress(KenseError):
                settings.set_value(session, "language", i18n.current_language())
        workspace.teardown()
        self._enter(session)
        assert self.workspace is not None
        for key, data in kept.items():
            section = self.workspace.open_section(key)
            if section is not None:
                section.restore_draft(data)
        self.workspace.open_section("settings")

    # ----------------------------------------------------------------- locking
    def request_lock(self, reason: str = LockReason.MANUAL.value) -> bool:
        return self.locker.lock(self.session, reason)

    def _locked(self, reason: str) -> None:
        self._set_state(ShellState.LOCKED)
        self.locked.emit(reason)

    def _save_drafts(self, session: Session) -> None:
        if self.workspace is not None:
            self.workspace.save_drafts(session)

    def _teardown(self) -> None:
        self.idle.stop()
        privacy.set_active(False)
        if self.help_window is not None and _alive(self.help_window):
            self.help_window.close()
        self.help_window = None
        if self.workspace is not None:
            self.workspace.teardown()

    def _minimized(self) -> None:
        if self.lock_on_minimize and self.session is not None and self.session.state is SessionState.ACTIVE:
            QTimer.singleShot(0, lambda: self.request_lock(LockReason.MINIMIZE.value))

    def switch_user(self) -> None:
        if self.request_lock(LockReason.MANUAL.value):
            screen = self.window.centralWidget()
            if isinstance(screen, SignInScreen):
                screen.login.clear()
                screen.login.setFocus()

    def shutdown(self) -> None:
        """Window closing: save drafts, close everything, sign out."""
        session = self.session
        if session is not None and session.state is SessionState.ACTIVE:
            self._save_drafts(session)
            close_secondary_windows(self.window)
            self._teardown()
            secure_clipboard().clear()
        tasks.manager().cancel_all(keyless=True)
        if session is not None:
            try:
                session.close()
            except Exception:
                log.exception("sign-out failed")
        self.session = None
        self.backups.signed_out()
        tasks.manager().bind(None)
        bus().bind(None)
        if self.state is not ShellState.SIGNED_OUT:
            self._set_state(ShellState.SIGNED_OUT)
            self.signedOut.emit()


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
