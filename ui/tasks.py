"""Run work off the GUI thread and get the result back on it.

API (for every section)::

    from ui.tasks import run_task, ProgressDialog

    def work(progress, cancelled):           # runs on a pool thread: no Qt widgets, no GUI calls
        for i, item in enumerate(items):
            if cancelled():                   # cooperative cancel: stop early, leave nothing half-written
                return None
            progress(i, len(items), "…")      # (done, total, text) -> shown on the GUI thread
            ...
        return result

    task = run_task(work, on_result=show, on_error=report, on_progress=None, parent=self)
    ProgressDialog.attach(task, title, parent=self)   # optional: modeless bar + Cancel button
    task.cancel()                                      # sets the flag ``cancelled()`` returns

- ``on_result(value)`` / ``on_error(exc)`` / ``on_progress(done, total, text)`` always run on the GUI
  thread (queued signals). ``on_error`` gets the exception object; show ``exc.message(lang)`` for a
  ``KenseError`` and a generic message otherwise — never the exception text (it may quote data).
- ``on_finished()`` (optional) runs after result or error.
- The ``Task`` object is kept alive by the module until it finishes; ``task.done`` tells whether it has.
- A cancelled task still reports its return value (often None) through ``on_result``.
- SQLite connections belong to the thread that opened them: do database work on the GUI thread or
  open a separate connection inside the worker; pass plain data back.
- On lock the shell calls :func:`cancel_all`; tasks should check ``cancelled()`` often.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, Callable[[], bool]], Any]

_RUNNING: set[Task] = set()


class Task(QObject):
    """One piece of background work. Signals are emitted from the worker and delivered queued."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.done = False
        self.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:  # worker thread
        try:
            value = self._work(lambda done, total, text="": self.progressed.emit(int(done), int(total), str(text)),
                               self.cancelled)
        except BaseException as exc:
            self.failed.emit(exc)
        else:
            self.succeeded.emit(value)
        self.finished.emit()

    @Slot()
    def _on_finished(self) -> None:
        self.done = True
        _RUNNING.discard(self)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._run()


def run_task(work: Work, *, on_result: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             on_progress: Progress | None = None, on_finished: Callable[[], None] | None = None,
             parent: QObject | None = None, pool: QThreadPool | None = None) -> Task:
    """Start ``work(progress, cancelled)`` on a pool thread; callbacks come back on the GUI thread."""
    task = Task(work, parent)
    queued = Qt.ConnectionType.QueuedConnection
    if on_progress is not None:
        task.progressed.connect(on_progress, queued)
    if on_result is not None:
        task.succeeded.connect(on_result, queued)
    if on_error is not None:
        task.failed.connect(on_error, queued)
    if on_finished is not None:
        task.finished.connect(on_finished, queued)
    _RUNNING.add(task)
    (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task


def cancel_all() -> None:
    for task in list(_RUNNING):
        task.cancel()


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
        queued = Qt.ConnectionType.QueuedConnection
        task.progressed.connect(dialog.report, queued)
        task.finished.connect(dialog.accept, queued)
        dialog.cancel_button.clicked.connect(task.cancel)
        dialog.cancel_button.clicked.connect(lambda: dialog.cancel_button.setEnabled(False))
        dialog.rejected.connect(task.cancel)
        dialog.show()
        return dialog
