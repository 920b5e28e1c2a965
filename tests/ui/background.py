"""Locking in the middle of background work, and proving what a lock leaves behind.

:class:`Hold` stops a worker thread at a chosen point of its real work (a progress report, an audit
entry inside its transaction, or its first use of the worker connection) and keeps it there until the
test has locked: the worker then resumes on a connection the lock has interrupted and closed. Nothing
is mocked: the services, the connections and the lock are the real ones; the hold only decides *when*.
The GUI thread waits for the hold with ``qtbot.waitUntil`` (the event loop keeps running), never with
a fixed sleep.

:func:`assert_nothing_left` checks, after a lock: no task left running, no connection open, no copy of
the data key among live Python objects (``gc``), no worker session holding a key.
"""

from __future__ import annotations

import gc
import hashlib
import re
import threading
from collections.abc import Callable
from typing import Any

import sqlcipher3

from app.security.session import Session
from ui import tasks
from ui.tasks import Place, Task, TaskManager

HOLD_LIMIT_S = 120.0   # a test that forgets to release must not hang the suite
_PRAGMA_KEY = re.compile(r"x'([0-9a-fA-F]{64})'")


class Hold:
    """Keeps the first worker thread that reaches the chosen point waiting until :meth:`release`."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self._release = threading.Event()
        self._taken = threading.Lock()
        self.where = ""

    def __call__(self, where: str = "") -> None:
        if threading.current_thread() is threading.main_thread():
            return
        with self._taken:
            if self.reached.is_set():
                return
            self.where = where
            self.reached.set()
        self._release.wait(HOLD_LIMIT_S)

    def release(self) -> None:
        self._release.set()

    # ----------------------------------------------------------------- where to hold
    def at_progress(self, monkeypatch: Any, *, after: int = 1, place: Place | None = None,
                    when: Callable[[int, int, str], bool] | None = None) -> Hold:
        """At the ``after``-th progress report (of those ``when(done, total, text)`` accepts) of a task
        (of ``place``, if given)."""
        original = TaskManager._start
        hold = self

        def start(manager: TaskManager, work: Any, where: Place, session: Any, **callbacks: Any) -> Task:
            if place is None or where is place:
                work = _gated(work, where, after, when, hold)
            return original(manager, work, where, session, **callbacks)

        monkeypatch.setattr(TaskManager, "_start", start)
        return self

    def at_audit(self, monkeypatch: Any, action: str) -> Hold:
        """When a worker records ``action`` (a prefix) inside its still-open transaction."""
        original = Session.audit
        hold = self

        def audit(session: Session, conn: Any, name: str, *args: Any, **kwargs: Any) -> None:
            original(session, conn, name, *args, **kwargs)
            if name.startswith(action):
                hold(f"audit {name}")

        monkeypatch.setattr(Session, "audit", audit)
        return self

    def at_statement(self, monkeypatch: Any, *, after: int = 100) -> Hold:
        """Inside a running SQL statement of a worker connection (its progress handler), until the lock
        has started: then the statement goes on and meets the lock's interrupt."""
        original = Session._open_worker
        hold = self

        def open_worker(session: Session) -> Session:
            child = original(session)
            parent, generation = session, child.generation

            def handler() -> int:
                if not hold.reached.is_set():
                    hold.where = "statement"
                    hold.reached.set()
                    # The lock bumps the generation before it interrupts and closes this connection; the
                    # close waits for this statement, so wait here only for the bump, never for the close.
                    while parent.generation == generation and not hold._release.wait(0.005):
                        pass
                return 0

            assert child._conn is not None
            child._conn.set_progress_handler(handler, after)
            return child

        monkeypatch.setattr(Session, "_open_worker", open_worker)
        return self


def _gated(work: Any, place: Place, after: int, when: Callable[[int, int, str], bool] | None,
           hold: Hold) -> Callable[..., Any]:
    count = [0]

    def gate(progress: Any) -> Any:
        def report(done: int, total: int, said: str = "") -> None:
            progress(done, total, said)
            if when is None or when(done, total, said):
                count[0] += 1
                if count[0] == after:
                    hold(f"progress {said}")
        return report

    if place is Place.POOL:
        return lambda progress, cancelled: work(gate(progress), cancelled)
    return lambda db, progress, cancelled: work(db, gate(progress), cancelled)


# --------------------------------------------------------------------------------- after the lock
def key_fingerprint(session: Session) -> str:
    """A digest of the data key: lets a test look for the key without holding a copy of it."""
    return hashlib.sha256(session.dek).hexdigest()


def wait_idle(qtbot: Any, timeout: int = 30000) -> None:
    """Every task delivered and every worker thread back in its pool."""
    manager = tasks.manager()
    qtbot.waitUntil(lambda: not manager.running() and manager.active_threads() == 0, timeout=timeout)


def key_copies(fingerprint: str) -> list[str]:
    """Where the data key is still reachable from a live Python object: as bytes, or as the hex text of
    a ``PRAGMA key`` statement."""
    gc.collect()
    found: list[str] = []
    for obj in gc.get_objects():
        try:
            referents = gc.get_referents(obj)
        except Exception:  # noqa: S112 — some extension objects refuse; they hold no Python bytes
            continue
        for value in referents:
            if isinstance(value, bytes | bytearray) and len(value) == 32:
                if hashlib.sha256(bytes(value)).hexdigest() == fingerprint:
                    found.append(type(obj).__name__)
            elif isinstance(value, str) and len(value) >= 64 and "x'" in value:
                for match in _PRAGMA_KEY.finditer(value):
                    if hashlib.sha256(bytes.fromhex(match.group(1))).hexdigest() == fingerprint:
                        found.append(type(obj).__name__)
    return found


def open_database_connections() -> int:
    """SQLCipher connections still open among live objects (whoever holds them). A connection is not
    tracked by ``gc`` itself, so it is looked for among what the tracked objects refer to."""
    gc.collect()
    found: dict[int, Any] = {}
    for obj in gc.get_objects():
        for value in gc.get_referents(obj):
            if isinstance(value, sqlcipher3.Connection):
                found[id(value)] = value
    count = 0
    for conn in found.values():
        try:
            conn.total_changes  # noqa: B018 — raises on a closed connection
        except sqlcipher3.ProgrammingError:
            continue
        count += 1
    return count


def assert_nothing_left(qtbot: Any, session: Session, fingerprint: str) -> None:
    wait_idle(qtbot)
    assert tasks.manager().running() == []
    assert [t for t in gc.get_objects() if isinstance(t, Task) and not t.done] == []
    assert session.open_connections() == 0
    assert open_database_connections() == 0
    holders = [s for s in gc.get_objects() if isinstance(s, Session) and (s._dek is not None or s._conn is not None)]
    assert holders == []
    assert key_copies(fingerprint) == []
