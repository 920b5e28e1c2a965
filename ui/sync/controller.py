"""When sync runs, and what the status bar says (DESIGN §7).

Triggers: sign-in and unlock, "Sync now", Qt's QNetworkInformation reporting the network reachable,
a commit (a new letter goes out within seconds), and a timer: after a failed run it waits with
exponential backoff and jitter (15 s doubling, capped at 15 minutes, reset by a success); after a
good run it looks again every few minutes. One run at a time (and a lock file across processes).

The send itself is a keyless task (ui/tasks.py ``run_keyless``): it works from the sealed spool and
keeps going while the session is locked. Signed in, a database step before it seals what is new and
one after it carries the answers into the outbox; locked, the answers wait for the next sign-in.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.clock import parse_iso
from app.security.session import Session, SessionState
from app.sync import service
from app.sync.sender import AlreadyRunning, Backoff, RunReport
from ui import tasks

if TYPE_CHECKING:
    from app.security.profile import Profile

log = logging.getLogger(__name__)

QUIET_RECHECK_MS = 5 * 60 * 1000     # after a good run
COMMIT_DEBOUNCE_MS = 5 * 1000        # a burst of commits makes one run


def _local_time(iso: str | None) -> str:
    if not iso:
        return ""
    with contextlib.suppress(ValueError):
        return parse_iso(iso).astimezone().strftime("%H:%M")
    return ""


def _today(iso: str | None) -> bool:
    with contextlib.suppress(ValueError, TypeError):
        return parse_iso(str(iso)).astimezone().date() == datetime.now().astimezone().date()
    return False


class SyncController(QObject):
    changed = Signal()                 # the status text or the state may have changed
    progressed = Signal(int, int, str)
    runFinished = Signal(object)       # RunReport

    def __init__(self, profile: Profile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.session: Session | None = None
        self.running = False
        self.stopped = False
        self.last_report: RunReport | None = None
        self.failed_count = 0          # the outbox's error + warning rows, known while signed in
        self.backoff = Backoff()
        self._task: tasks.Task | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.kick("timer"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(COMMIT_DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.kick("commit"))
        self._network: Any = None
        self._watch_network()

    # ----------------------------------------------------------------- triggers
    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadDefaultBackend():
                return
            info = QNetworkInformation.instance()
            if info is None:
                return
            self._network = info
            info.reachabilityChanged.connect(self._reachability)
        except Exception:   # no backend on this platform: the timer still runs
            log.info("no network information backend")

    def _reachability(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability in (QNetworkInformation.Reachability.Online, QNetworkInformation.Reachability.Site):
            self.kick("network")

    def signed_in(self, session: Session) -> None:
        self.session = session
        self.kick("sign-in")

    def signed_out(self) -> None:
        self.session = None
        self.changed.emit()

    def data_committed(self) -> None:
        if self.enrolled():
            self._debounce.start()

    # ----------------------------------------------------------------- state
    def enrolled(self) -> bool:
        try:
            return service.status(self.profile.root).server is not None
        except Exception:
            return False

    def _active(self) -> Session | None:
        s = self.session
        return s if s is not None and s.state is SessionState.ACTIVE else None

    def status_text(self) -> str:
        try:
            st = service.status(self.profile.root)
        except Exception:
            return ""
        if st.server is None:
            return ""
        waiting = str(st.queued)
        if st.stopped or self.failed_count:
            return QCoreApplication.translate("SyncStatus", "Sync: error — see Sync")
        if self.running:
            return QCoreApplication.translate("SyncStatus", "Sync: sending…")
        if st.queued == 0:
            at = _local_time(st.last_success)
            if not at:
                return QCoreApplication.translate("SyncStatus", "Sync: nothing sent yet")
            when = at if _today(st.last_success) else (st.last_success or "")[:10]
            return QCoreApplication.translate("SyncStatus", "Sync: all sent %1").replace("%1", when)
        if st.last_error in ("offline", "stalled", "captive_portal", "server_unavailable"):
            return QCoreApplication.translate("SyncStatus", "Sync: %1 waiting — no connection").replace("%1", waiting)
        return QCoreApplication.translate("SyncStatus", "Sync: %1 waiting").replace("%1", waiting)

    # ----------------------------------------------------------------- one run
    def kick(self, trigger: str = "now") -> bool:
        """Start a run unless one is going; False when nothing was started."""
        if self.running or self.stopped or not self.enrolled():
            return False
        self.running = True
        self._timer.stop()
        self.changed.emit()
        session = self._active()
        if session is not None:
            tasks.manager().run_db(session, lambda db, _p, _c: service.prepare(db, checkpoint=True),
                                   on_result=lambda _v: self._send(), on_error=lambda _e: self._send())
        else:
            self._send()
        return True

    def _send(self) -> None:
        profile = self.profile

        def work(progress: tasks.Progress, cancelled: tasks.Cancelled) -> RunReport:
            try:
                return service.send_locked(profile.root, profile.db_id, profile.secrets, progress=progress,
                                           cancelled=cancelled)
            except AlreadyRunning:
                return RunReport(reason="already_running")

        self._task = tasks.manager().run_keyless(work, on_result=self._sent, on_error=self._failed,
                                                 on_progress=self.progressed.emit)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _failed(self, _exc: BaseException) -> None:
        log.error("sync run failed (%s)", type(_exc).__name__)
        self._sent(RunReport(reason="server_unavailable"))

    def _sent(self, report: RunReport) -> None:
        self._task = None
        self.last_report = report
        session = self._active()
        if session is not None:
            tasks.manager().run_db(session, self._after, on_result=lambda n: self._done(report, n),
                                   on_error=lambda _e: self._done(report, None))
        else:
            self._done(report, None)

    @staticmethod
    def _after(db: Session, _p: Any, _c: Any) -> int:
        service.prepare(db)
        return len(service.status(db.profile.root, db).failed)

    def _done(self, report: RunReport, failed: int | None) -> None:
        self.running = False
        if failed is not None:
            self.failed_count = failed
        self._schedule(report)
        self.changed.emit()
        self.runFinished.emit(report)

    def _schedule(self, report: RunReport) -> None:
        if report.stopped or report.reason == "already_running":
            return   # a person must act (or another run is going): no automatic retry
        if report.reason is None and report.pending == 0:
            self._timer.start(QUIET_RECHECK_MS)
            return
        try:
            failures = service.status(self.profile.root).failures
        except Exception:
            failures = 1
        if report.reason == "rate_limited":
            failures = max(failures, 3)
        self._timer.start(int(self.backoff.delay(max(failures, 1)) * 1000))

    def stop(self) -> None:
        """The application window is gone: no more runs from this controller."""
        self.stopped = True
        # At window teardown the timers (children of this object) may already be deleted by Qt.
        for timer in (self._timer, self._debounce):
            if shiboken6.isValid(timer):
                timer.stop()
        self.cancel()

    def next_try_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1


_CURRENT: SyncController | None = None


def current() -> SyncController | None:
    """The application's controller (the Sync page drives it)."""
    return _CURRENT


def attach(shell: Any) -> SyncController:
    """Wire sync into the application shell: its triggers and its line in the status bar."""
    from PySide6.QtWidgets import QPushButton

    from app.changes import Change
    from ui.changes import bus

    global _CURRENT
    controller = SyncController(shell.profile, shell)
    _CURRENT = controller
    button = QPushButton()
    button.setObjectName("syncStatus")
    button.setFlat(True)
    button.setVisible(False)
    bar = shell.window.statusBar()
    bar.addPermanentWidget(button)
    bar.setVisible(False)

    def show() -> None:
        if controller.stopped or not shiboken6.isValid(button):
            return
        text = controller.status_text()
        workspace = getattr(shell, "workspace", None)
        if workspace is not None and shiboken6.isValid(workspace) and shell.screen_name == "workspace" \
                and controller._active() is not None:
            # signed in: the workspace's own status bar carries the line
            if text:
                workspace.sync_label.setText(text)
                workspace.sync_label.setToolTip(text)
            button.setVisible(False)
            bar.setVisible(False)
            return
        button.setText(text)   # the sign-in and lock screens: sync goes on, and says so
        button.setVisible(bool(text))
        bar.setVisible(bool(text))

    def open_page() -> None:
        workspace = getattr(shell, "workspace", None)
        if workspace is not None and controller._active() is not None:
            workspace.open_section("sync")

    button.clicked.connect(open_page)
    controller.changed.connect(show)
    shell.stateChanged.connect(lambda _state: QTimer.singleShot(0, show))
    shell.signedIn.connect(controller.signed_in)
    shell.unlocked.connect(controller.signed_in)
    shell.locked.connect(lambda _reason: controller.changed.emit())
    shell.signedOut.connect(controller.signed_out)

    def committed(change: Any) -> None:
        if not controller.stopped and change & (Change.DOCUMENTS | Change.CERTIFICATES):
            controller.data_committed()

    bus().changed.connect(committed)

    def gone() -> None:
        if controller.stopped:
            return
        controller.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            bus().changed.disconnect(committed)

    shell.window.destroyed.connect(gone)
    shell.window.closing.connect(gone)
    minute = QTimer(controller)
    minute.setInterval(60_000)
    minute.timeout.connect(show)
    minute.start()
    controller.status_button = button   # type: ignore[attr-defined]
    show()
    return controller
