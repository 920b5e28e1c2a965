"""The change bus: what committed writes changed, coalesced once per turn of the event loop.

Sources: the GUI session's own commits (the shell ``bind``s its session; a section ``watch``es the one
it shows) and the database worker's (``ui.tasks`` publishes ``db.take_changes()`` of every finished task).
Subscribers get one ``changed(Change)`` per event-loop turn with everything that changed since the last
one: ten commits in one turn are one refresh. Every built section listens itself
(:class:`ui.sections.SectionWidget`) and refreshes when the change touches its ``watches``, visible or
not; a section's own actions do not refresh it a second time — the bus is the one way a write reaches
a list.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.changes import Change
from app.security.session import Session


class ChangeBus(QObject):
    changed = Signal(object)  # Change

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = Change.NONE
        self._sessions: list[Session] = []
        self.deliveries = 0   # how many times ``changed`` was emitted (tests, benchmarks)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._flush)

    def bind(self, session: Session | None) -> None:
        """The shell's signed-in session, and only it (what was pending for the previous one is dropped)."""
        for old in self._sessions:
            old.remove_change_listener(self.publish)
        self._sessions = []
        self._pending = Change.NONE
        if session is not None:
            self.watch(session)

    def watch(self, session: Session) -> None:
        """Hear the commits of ``session`` on its own (GUI) connection too; once per session."""
        if not any(s is session for s in self._sessions):
            self._sessions.append(session)
            session.add_change_listener(self.publish)

    def publish(self, change: object) -> None:
        if not isinstance(change, Change) or not change:
            return
        self._pending |= change
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Deliver now what is pending (tests; before a screen is rebuilt)."""
        self._timer.stop()
        self._flush()

    def _flush(self) -> None:
        pending, self._pending = self._pending, Change.NONE
        if pending:
            self.deliveries += 1
            self.changed.emit(pending)


_BUS: ChangeBus | None = None


def bus() -> ChangeBus:
    """The application's change bus (created on first use, on the GUI thread)."""
    global _BUS
    if _BUS is None:
        from ui import tasks

        _BUS = ChangeBus()
        tasks.manager().changesCommitted.connect(_BUS.publish)
    return _BUS
