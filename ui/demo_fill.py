"""The demo year filled in behind the open window: `kense demo --open` shows the office within seconds
and the pupils and letters arrive on the database worker, with a bar in the status line.

Each filler commits on its own (pupils in one transaction, documents one by one); a lock cancels the
fill between steps — what was committed stays, the step in flight rolls back — and every screen is told
once at the end, so lists do not redraw for each of hundreds of letters.
"""

from __future__ import annotations

import functools
import logging
import operator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QProgressBar, QStatusBar

from app import demo
from app.changes import Change
from app.errors import SessionLocked
from app.security.session import Session
from ui import tasks
from ui.changes import bus

log = logging.getLogger(__name__)
EVERYTHING = functools.reduce(operator.or_, Change)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DemoFill", text)


def _step_name(what: str) -> str:
    return {"pupils": _tr("pupils"), "documents": _tr("letters and orders")}.get(what, what)


def start(session: Session, status: QStatusBar, pupils: int, owner: QObject) -> tasks.Task:
    """Fill the demo year on ``session``'s database worker; progress in ``status`` until done."""
    bar = QProgressBar()
    bar.setObjectName("demoFillBar")
    bar.setMinimumWidth(240)
    bar.setRange(0, 0)
    bar.setFormat(_tr("Filling the demo school…"))
    status.insertWidget(0, bar)

    def work(db: Session, progress: Any, cancelled: Any) -> None:
        demo.fill_demo(db, demo.DemoOptions(pupils=pupils, progress=progress, cancelled=cancelled))

    def on_progress(done: int, total: int, what: str) -> None:
        bar.setRange(0, max(total, 1))
        bar.setValue(done)
        bar.setFormat(_tr("Demo school: %1 %p%").replace("%1", _step_name(what)))

    def finished() -> None:
        status.removeWidget(bar)
        bar.deleteLater()
        bus().publish(EVERYTHING)   # other users' sessions wrote too: every screen reads again

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, SessionLocked):
            log.warning("demo fill stopped: %s", type(exc).__name__)

    return tasks.manager().run_db(session, work, on_progress=on_progress, on_error=failed,
                                  on_finished=finished, owner=owner)
