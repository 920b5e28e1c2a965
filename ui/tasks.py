"""The one owner of background work in the desktop application (DESIGN §10).

Three kinds of work, three places to run (the model is Anki's task manager):

- ``run_db(session, work)`` — the session's **database worker**: one thread, so writes never race each other.
  ``work(db, progress, cancelled)`` gets ``db``, a child :class:`~app.security.session.Session` on a
  connection of its own, opened through the signed-in session and registered there. Writes go here.
- ``run_read(session, work)`` — the same ``work(db, progress, cancelled)`` on the general pool with its own worker
  connection: long reads for a view that must not queue behind a write.
- ``run(work)`` — ``work(progress, cancelled)`` on the general pool, **no database**: rendering, files,
  network. Read what you need first (``run_db``/``run_read``), render here, write back with ``run_db``;
  a render or a download never holds the database worker.
- ``run_keyless(work)`` — like ``run``, but bound to no session and left running by the lock: only for
  work that holds no key and no personal data (the sync sender, which works from items sealed to the
  district server). It stops with ``cancel_all(keyless=True)`` (application exit) or its own cancel.

Every method takes ``on_result(value)``, ``on_error(exc)``, ``on_progress(done, total, text)``,
``on_finished()`` (all called on the GUI thread) and ``owner`` (a QObject whose destruction cancels the
task and silences its callbacks; the task is never a Qt child of a widget). They return a :class:`Task`
with ``cancel()``, ``cancelled()``, ``done`` and the signals ``progressed``/``succeeded``/``failed``/
``finished`` (emitted on the GUI thread).

The lock: ``run_db``/``run_read`` tasks belong to the session they were given; plain ``run`` tasks to the
session the shell bound with :meth:`TaskManager.bind` (if any). ``Session.lock()``
interrupts and closes every worker connection and bumps ``session.generation``; :meth:`cancel_all`
sets every task's cancel flag. Results, errors and progress of a task started under an older generation
are dropped without calling anything; the task leaves :meth:`running` once its work has returned.
A write interrupted by the lock rolls back as a whole. ``on_error`` gets the exception object: show
``exc.message(lang)`` for a ``KenseError`` and a generic text otherwise, never ``str(exc)``.

What changed: a ``run_db``/``run_read`` task's committed writes (``db.take_changes()``) are published on
the change bus (:mod:`ui.changes`) before ``on_result`` runs; the GUI session's own writes are published
by the bus itself.

Rules: never touch ``session.conn`` or a widget inside ``work``; never pass the session (or anything
holding its key) to a thread — ``work`` gets its own ``db``. Check ``cancelled()`` often.

Today's facade still works: ``run_task(work, on_result=…, parent=self)`` is ``manager().run(…)``,
``ProgressDialog.attach(task, title, parent)`` shows a modeless bar with Cancel, ``cancel_all()``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.changes import Change
from app.errors import SessionLocked

if TYPE_CHECKING:
    from app.security.session import Session

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]
DbWork = Callable[["Session", Progress, Cancelled], Any]


class Place(Enum):
    POOL = "pool"      # no database
    DB = "db"          # the single database worker thread
    READ = "read"      # the pool, with a worker connection


class Task(QObject):
    """One piece of background work. Its signals are emitted on the GUI thread only."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Any, place: Place, session: Session | None, owner: QObject | None) -> None:
        super().__init__()
        self._work: Any = work
        self.place = place
        self._session = session
        self.generation = session.generation if session is not None else 0
        self._owner = owner
        self._cancel = threading.Event()
        self.done = False
        self.discarded = False   # dropped because the session locked (or its owner died) meanwhile
        self.keyless = False     # survives the lock (run_keyless)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def stale(self) -> bool:
        session = self._session
        return session is not None and session.generation != self.generation

    def owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)


class _Runnable(QRunnable):
    def __init__(self, manager: TaskManager, task: Task) -> None:
        super().__init__()
        self.manager = manager
        self.task = task

    def run(self) -> None:
        self.manager._execute(self.task)


class TaskManager(QObject):
    """Owns the threads, the running tasks and their way back to the GUI thread."""

    _posted = Signal(object)          # a callable to run on the GUI thread
    changesCommitted = Signal(object)  # Change committed by a worker (the change bus listens)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._db = QThreadPool(self)
        self._db.setMaxThreadCount(1)
        self._running: set[Task] = set()
        self.session: Session | None = None
        self._posted.connect(self._run_posted, Qt.ConnectionType.QueuedConnection)

    # ----------------------------------------------------------------- session
    def bind(self, session: Session | None) -> None:
        """The signed-in session: plain ``run`` tasks started meanwhile are dropped when it locks."""
        self.session = session

    # ----------------------------------------------------------------- starting
    def run(self, work: Work, *, session: Session | None = None, **callbacks: Any) -> Task:
        """``session``: the session whose lock drops this task (default: the one bound by the shell)."""
        return self._start(work, Place.POOL, session or self.session, **callbacks)

    def run_keyless(self, work: Work, **callbacks: Any) -> Task:
        return self._start(work, Place.POOL, None, keyless=True, **callbacks)

    def run_db(self, session: Session, work: DbWork, **callbacks: Any) -> Task:
        return self._start(work, Place.DB, session, **callbacks)

    def run_read(self, session: Session, work: DbWork, **callbacks: Any) -> Task:
        return self._start(work, Place.READ, session, **callbacks)

    def _start(self, work: Any, place: Place, session: Session | None, *,
               on_result: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None, on_progress: Progress | None = None,
               on_finished: Callable[[], None] | None = None, owner: QObject | None = None,
               keyless: bool = False) -> Task:
        if place is not Place.POOL and session is None:
            raise SessionLocked()
        task = Task(work, place, session, owner)
        task.keyless = keyless
        if on_progress is not None:
            task.progressed.connect(on_progress)
        if on_result is not None:
            task.succeeded.connect(on_result)
        if on_error is not None:
            task.failed.connect(on_error)
        if on_finished is not None:
            task.finished.connect(on_finished)
        if owner is not None:
            owner.destroyed.connect(task.cancel)
        self._running.add(task)
        (self._db if place is Place.DB else self._pool).start(_Runnable(self, task))
        return task

    def cancel_all(self, *, keyless: bool = False) -> None:
        """The lock: every task's cancel flag; keyless tasks too only when asked (application exit)."""
        for task in list(self._running):
            if keyless or not task.keyless:
                task.cancel()

    def running(self) -> list[Task]:
        return list(self._running)

    def active_threads(self) -> int:
        """Worker threads still inside a task (a delivered task's thread may still be returning)."""
        return self._pool.activeThreadCount() + self._db.activeThreadCount()

    # ----------------------------------------------------------------- worker side
    def _execute(self, task: Task) -> None:  # a worker thread
        work, task._work = task._work, None   # the closure goes with the thread's frame, not the task
        outcome: tuple[bool, Any] = (False, SessionLocked())
        changed = Change.NONE

        def progress(done: int, total: int, text: str = "") -> None:
            if not task.cancelled():
                self._posted.emit(lambda: self._progress(task, int(done), int(total), str(text)))

        try:
            if task.stale():
                pass   # locked before it started: dropped on delivery
            elif task.place is Place.POOL:
                outcome = (True, work(progress, task.cancelled))
            else:
                assert task._session is not None
                with task._session.worker() as db:
                    if db.generation != task.generation:
                        raise SessionLocked()
                    value = work(db, progress, task.cancelled)
                    changed = db.take_changes()
                outcome = (True, value)
        except BaseException as exc:  # delivered to on_error on the GUI thread
            outcome = (False, exc)
        del work
        self._posted.emit(lambda: self._deliver(task, outcome, changed))

    # ----------------------------------------------------------------- GUI side
    @Slot(object)
    def _run_posted(self, call: Callable[[], None]) -> None:
        call()

    def _progress(self, task: Task, done: int, total: int, text: str) -> None:
        if not task.done and not task.stale() and task.owner_alive():
            task.progressed.emit(done, total, text)

    def _deliver(self, task: Task, outcome: tuple[bool, Any], changed: Change) -> None:
        task.done = True
        self._running.discard(task)
        stale = task.stale()
        task._session = None
        if stale:
            task.discarded = True
            return
        if changed:
            self.changesCommitted.emit(changed)
        if not task.owner_alive():
            task.discarded = True
            return
        ok, value = outcome
        with contextlib.suppress(RuntimeError):  # a receiver deleted during delivery
            (task.succeeded if ok else task.failed).emit(value)
            task.finished.emit()


_MANAGER: TaskManager | None = None


def manager() -> TaskManager:
    """The application's task manager (created on first use, on the GUI thread)."""
    global _MANAGER
    if _MANAGER is None:
        _MANAGER = TaskManager()
    return _MANAGER


def run_task(work: Work, *, on_result: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             on_progress: Progress | None = None, on_finished: Callable[[], None] | None = None,
             parent: QObject | None = None) -> Task:
    """Start ``work(progress, cancelled)`` on the general pool (no database); ``parent`` is the owner."""
    return manager().run(work, on_result=on_result, on_error=on_error, on_progress=on_progress,
                         on_finished=on_finished, owner=parent)


def cancel_all() -> None:
    manager().cancel_all()


class ProgressDialog(QDialog):
    """A small modeless progress window with a Cancel button, closed when its task finishes."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(False)
        self.label = QLabel(title)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(420)

    def report(self, done: int, total: int, text: str = "") -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if text:
            self.label.setText(text)

    @classmethod
    def attach(cls, task: Task, title: str, parent: QWidget | None = None) -> ProgressDialog:
        dialog = cls(title, parent)
        task.progressed.connect(dialog.report)
        task.finished.connect(dialog.accept)
        dialog.cancel_button.clicked.connect(task.cancel)
        dialog.cancel_button.clicked.connect(lambda: dialog.cancel_button.setEnabled(False))
        dialog.rejected.connect(task.cancel)
        dialog.show()
        return dialog
