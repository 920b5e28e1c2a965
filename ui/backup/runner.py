"""Backups off the GUI thread: one at a time, on the session's database worker (the copy takes the write
lock for a moment and the audit entry is a write), through a connection the session opened — so a lock
mid-backup interrupts it, closes every connection it opened and drops its key; the half-made copy is
removed and nothing counts.

Automatic backups (issue 12): at the first sign-in of a day with no verified backup yet, and when the
application closes after changes; the status bar shows the progress with a Cancel button and, otherwise,
the last verified backup (a warning when it is older than 7 days).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.backup import engine, service
from app.errors import KenseError
from app.security.session import Session
from ui import tasks
from ui.tasks import Task

log = logging.getLogger(__name__)


class BackupRunner(QObject):
    """Starts backups and tells what happened; one per application."""

    started = Signal(bool)            # automatic
    progressed = Signal(int)          # per mille
    succeeded = Signal(object)        # engine.BackupResult
    failed = Signal(object)           # exception
    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None

    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def start(self, session: Session, *, automatic: bool,
              on_done: Callable[[], None] | None = None) -> Task | None:
        if self.busy():
            return None

        def work(db: Session, progress: Any, cancelled: Any) -> engine.BackupResult:
            return service.back_up(db, automatic=automatic, cancelled=cancelled,
                                   progress=lambda f: progress(int(f * 1000), 1000, ""))

        def finished() -> None:
            self.ended.emit()
            if on_done is not None:
                on_done()

        task = tasks.manager().run_db(session, work, on_result=self.succeeded.emit, on_error=self.failed.emit,
                                      on_progress=lambda done, _t, _s: self.progressed.emit(done),
                                      on_finished=finished, owner=self)
        self.task = task
        self.started.emit(automatic)
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()


def describe_failure(exc: BaseException, lang: str) -> str:
    if isinstance(exc, engine.BackupCancelled):
        return ""
    if isinstance(exc, KenseError):
        return exc.message(lang)
    log.warning("backup failed: %s", type(exc).__name__)
    return ""


def last_backup_text(session: Session, tr: Callable[[str], str]) -> tuple[str, bool]:
    """The status-bar text and whether it is a warning."""
    from ui import i18n

    try:
        state = service.state(session)
    except (KenseError, OSError):
        return tr("Verified backup: unknown"), True
    if state.last is None:
        return tr("Verified backup: none yet"), True
    text = tr("Verified backup: %1").replace("%1", i18n.format_moment(state.last.created_at))
    if state.stale:
        text += " — " + tr("older than 7 days!")
    return text, state.stale
