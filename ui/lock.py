"""Auto-lock: an inactivity filter that only *requests* a lock, and the controller that performs it.

The lock cannot be refused or postponed by anything on screen. In order:
0. background work stops: ``session.stop_background()`` bumps the generation, interrupts and closes
   every worker connection (an interrupted write rolls back whole) and drops their key copies, and
   every task is told to cancel — before anything else writes, so drafts never wait for a worker;
1. each built section hands over its unsaved form state, kept as an encrypted draft for this user;
2. every popup, dialog and secondary window is closed — rejected through QDialog's own ``done`` so an
   override cannot ask "are you sure?", and never waited for (a running ``exec()`` simply returns);
3. the sections drop their models (``clear_personal_data``) and are destroyed; background tasks are
   told to stop; the clipboard is cleared if it still holds what we copied;
4. ``session.lock(reason)`` audits ``session.lock`` and closes the database connection;
5. the lock screen is shown.
A failure in any step is logged (code location only) and the next step still runs.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.security.session import LockReason, Session, SessionState
from ui import tasks
from ui.privacy import secure_clipboard

log = logging.getLogger(__name__)

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.Shortcut,
})


class InactivityFilter(QObject):
    """Application-wide event filter restarting a single-shot timer; on timeout it requests a lock."""

    lockRequested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.lockRequested.emit(LockReason.IDLE.value))
        self.seconds = 0

    def start(self, seconds: int) -> None:
        self.seconds = seconds
        app = QApplication.instance()
        app.removeEventFilter(self)
        app.installEventFilter(self)
        self._timer.start(seconds * 1000)

    def stop(self) -> None:
        self._timer.stop()
        QApplication.instance().removeEventFilter(self)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def remaining_ms(self) -> int:
        return self._timer.remainingTime()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False


def close_secondary_windows(keep: QWidget) -> int:
    """Close every popup, dialog and top-level window except ``keep``; return how many were open."""
    closed = 0
    for _ in range(20):  # popups stack (a menu over a combo box…); close them top-down
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
        closed += 1
    for widget in QApplication.topLevelWidgets():
        if widget is keep or not shiboken6.isValid(widget) or not widget.isVisible():
            continue
        try:
            if isinstance(widget, QDialog):
                QDialog.done(widget, QDialog.DialogCode.Rejected)  # base class: no override can ask
            else:
                widget.close()
            widget.hide()
        except Exception:
            log.exception("could not close a window on lock; hiding it")
            with contextlib.suppress(Exception):
                widget.hide()
        closed += 1
        # Delete after the caller of a running exec() has seen it return (next main-loop turn).
        QTimer.singleShot(0, lambda w=widget: shiboken6.isValid(w) and not w.isVisible() and w.deleteLater())
    return closed


class LockController(QObject):
    """Performs the lock sequence for the shell. ``save_drafts`` and ``teardown`` come from the shell's
    workspace; ``show_lock_screen`` switches the window to the lock screen."""

    locking = Signal()    # the lock sequence has begun
    locked = Signal(str)  # reason

    def __init__(self, window: QWidget, save_drafts: Callable[[Session], None], teardown: Callable[[], None],
                 show_lock_screen: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self._save_drafts = save_drafts
        self._teardown = teardown
        self._show_lock_screen = show_lock_screen
        self._busy = False

    def lock(self, session: Session | None, reason: str) -> bool:
        if self._busy or session is None or session.state is not SessionState.ACTIVE:
            return False
        self._busy = True
        self.locking.emit()
        try:
            for step in (session.stop_background, tasks.cancel_all, lambda: self._save_drafts(session),
                         lambda: close_secondary_windows(self.window), self._teardown, secure_clipboard().clear):
                try:
                    step()
                except Exception:
                    log.exception("lock step failed; locking anyway")
            session.lock(LockReason(reason))
        finally:
            if session.state is SessionState.ACTIVE:  # session.lock itself must never leave it open
                session._drop()
                session.state = SessionState.LOCKED
            self._busy = False
            self._show_lock_screen()
        self.locked.emit(reason)
        return True
