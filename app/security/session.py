"""A signed-in session: the open database, the user, and the lock state machine.

States: ACTIVE (connection open, key held) -> LOCKED (connection closed, key and caches dropped)
-> ACTIVE again only through the same user's password; CLOSED when signed out. Locking cannot be
refused or postponed by anything: listeners are told, but their failures do not stop the lock.

Background connections (DESIGN §10): a thread other than the GUI's never uses :attr:`conn`; it works
through ``with session.worker() as ws:`` — a child session on a connection of its own, opened here and
registered here. :meth:`stop_background` (the first step of every lock and sign-out) bumps
:attr:`generation`, drops the children's copies of the key and stops every registered connection: its
running statement is interrupted (``sqlite3`` interrupt), every later call fails and it is closed as soon
as no thread is inside it (``db.connection.WorkerConnection``; never under a running statement), so an
interrupted write rolls back whole and a worker's next database call raises. Nobody else holds the key:
ask the session for a worker, never for ``dek``.

What changed: every committed write's audit entries say which part of the data it touched
(:mod:`app.changes`); :meth:`take_changes` hands the accumulated value to the caller and change
listeners hear it right after each commit on the committing thread.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app.audit import chain
from app.changes import Change, changes_for
from app.errors import KenseError, PermissionDenied, SessionLocked
from app.platform_support.profile_in_use import InUseMark
from app.security.roles import Permission, Role, allows
from db.connection import Connection, open_database
from db.transaction import write_transaction

if TYPE_CHECKING:
    from app.security.profile import Profile

log = logging.getLogger(__name__)


class SessionState(StrEnum):
    ACTIVE = "active"
    LOCKED = "locked"
    CLOSED = "closed"


class LockReason(StrEnum):
    IDLE = "idle"
    MANUAL = "manual"
    OS = "os"
    MINIMIZE = "minimize"
    SWITCH_USER = "switch_user"


@dataclass(frozen=True)
class UserInfo:
    id: str
    login: str
    full_name: str
    role: Role


@dataclass
class SignInNotices:
    """What the user must be told right after signing in."""

    failed_since_last: int = 0        # attempts under this user's name since their last sign-in
    failed_others: int = 0            # for admins: attempts under other names, written to the audit log
    integrity_problems: list[str] = field(default_factory=list)
    full_check_due: bool = False      # the whole-file check was deferred to the caller (Profile.full_check)
    read_only: bool = False           # damage keeps the database from taking writes: read and export only


class Session:
    def __init__(self, profile: Profile, user: UserInfo, conn: Connection, dek: bytes,
                 notices: SignInNotices) -> None:
        self.profile = profile
        self.user = user
        self._conn: Connection | None = conn
        self._dek: bytes | None = dek
        self.notices = notices
        self.state = SessionState.ACTIVE
        self._lock_listeners: list[Callable[[LockReason], None]] = []
        self._change_listeners: list[Callable[[Change], None]] = []
        # Hooks that must follow every commit, the workers' too (sync seals new outbox rows): shared with
        # each child session and called with the session that committed, on its own thread.
        self._commit_hooks: list[Callable[[Session, Change], None]] = []
        self._pending = Change.NONE     # audited inside the open transaction
        self._committed = Change.NONE   # committed, not yet taken
        self.generation = 0             # bumped by every lock: results of an older one are stale
        self._guard = threading.Lock()  # the worker registry is touched from several threads
        self._conn_guard = threading.Lock()  # a lock's stop never meets this connection's close
        self._workers: set[Session] = set()
        self._extras: set[Connection] = set()   # further connections under the key (a backup's copy)
        self._accepting = True
        self.in_use: InUseMark | None = None    # a signed-in session's mark on its profile (not a worker's)

    # ----------------------------------------------------------------- access
    @property
    def db_id(self) -> str:
        return self.profile.db_id

    @property
    def conn(self) -> Connection:
        if self.state is not SessionState.ACTIVE or self._conn is None:
            raise SessionLocked()
        return self._conn

    @property
    def dek(self) -> bytes:
        if self.state is not SessionState.ACTIVE or self._dek is None:
            raise SessionLocked()
        return self._dek

    def can(self, permission: Permission) -> bool:
        return allows(self.user.role, permission)

    def require(self, permission: Permission) -> None:
        if self.state is not SessionState.ACTIVE:
            raise SessionLocked()
        if not self.can(permission):
            raise PermissionDenied(permission.value)

    # ----------------------------------------------------------------- writing and auditing
    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction; after it commits, the audit checkpoint outside the database moves."""
        conn = self.conn
        if self.notices.read_only:
            raise KenseError("db.read_only")
        outer = conn.in_transaction
        if not outer:
            self._pending = Change.NONE
        try:
            with write_transaction(conn):
                yield conn
        except BaseException:
            if not outer:
                self._pending = Change.NONE
            raise
        if not outer:
            changed, self._pending = self._pending, Change.NONE
            self.profile.save_checkpoint(conn, self.dek, self.user.id)
            if changed:
                self._committed |= changed
                for hook in list(self._commit_hooks):
                    try:
                        hook(self, changed)
                    except Exception:
                        log.exception("commit hook failed")
                for listener in list(self._change_listeners):
                    try:
                        listener(changed)
                    except Exception:
                        log.exception("change listener failed")

    def audit(self, conn: Connection, action: str, object_type: str = "", object_id: str = "",
              detail: dict[str, Any] | None = None) -> None:
        """Record an action inside the caller's write transaction."""
        chain.append(conn, self.db_id, user_id=self.user.id, action=action, object_type=object_type,
                      object_id=object_id, detail=detail)
        self._pending |= changes_for(action, object_type)

    def audit_now(self, action: str, object_type: str = "", object_id: str = "",
                  detail: dict[str, Any] | None = None) -> None:
        """Record an action that changes nothing else (a reveal, a print, an export)."""
        with self.write() as conn:
            self.audit(conn, action, object_type, object_id, detail)

    # ----------------------------------------------------------------- what changed
    def take_changes(self) -> Change:
        """What the writes committed since the last call changed (and forget it)."""
        changed, self._committed = self._committed, Change.NONE
        return changed

    def add_change_listener(self, listener: Callable[[Change], None]) -> None:
        self._change_listeners.append(listener)

    def add_commit_hook(self, hook: Callable[[Session, Change], None]) -> None:
        self._commit_hooks.append(hook)

    def remove_change_listener(self, listener: Callable[[Change], None]) -> None:
        with contextlib.suppress(ValueError):
            self._change_listeners.remove(listener)

    # ----------------------------------------------------------------- background connections
    @contextlib.contextmanager
    def worker(self) -> Iterator[Session]:
        """A child session on its own connection, for the calling (background) thread only; closed when
        the block ends, or by the lock whatever the thread is doing. Raises SessionLocked when locked."""
        child = self._open_worker()
        try:
            yield child
        finally:
            with self._guard:
                self._workers.discard(child)
            child._drop()

    def _open_worker(self) -> Session:
        with self._guard:
            if self.state is not SessionState.ACTIVE or self._dek is None or not self._accepting:
                raise SessionLocked()
            dek, generation = self._dek, self.generation
        conn = open_database(self.profile.db_path, dek, worker=True)  # outside the guard: a lock must not wait
        child = Session(self.profile, self.user, conn, dek, self.notices)
        child.generation = generation
        child._commit_hooks = self._commit_hooks
        del dek
        with self._guard:
            if self.generation != generation or not self._accepting:  # locked while opening
                child._drop()
                raise SessionLocked()
            self._workers.add(child)
        return child

    @contextlib.contextmanager
    def keyed_connection(self, opener: Callable[[bytes], Connection]) -> Iterator[Connection]:
        """A further connection under this session's key — ``opener(key)`` opens it (a backup's copy, a
        second read snapshot) — registered like a worker's: the lock interrupts and closes it."""
        with self._guard:
            if self.state is not SessionState.ACTIVE or self._dek is None or not self._accepting:
                raise SessionLocked()
            dek, generation = self._dek, self.generation
        conn = opener(dek)
        del dek
        with self._guard:
            if self.generation != generation or not self._accepting:   # locked while opening
                with contextlib.suppress(Exception):
                    conn.close()
                raise SessionLocked()
            self._extras.add(conn)
        try:
            yield conn
        finally:
            with self._guard:
                self._extras.discard(conn)
            with contextlib.suppress(Exception):
                conn.close()

    def open_connections(self) -> int:
        """How many connections to the database this session holds open (its own, its workers' and theirs)."""
        with self._guard:
            workers = list(self._workers)
            own = (self._conn is not None) + len(self._extras)
        return own + sum(child.open_connections() for child in workers)

    def full_check(self) -> list[str]:
        """The whole-file page and b-tree check on this session's connection (a worker's, in the window)."""
        return self.profile.full_check(self.conn)

    def record_full_check_damage(self) -> None:
        """Damage a background whole-file check found becomes a finding, open until an admin acknowledges it."""
        self.profile.full_check_finding(self.conn, self.dek, self.user.id)

    def stop_background(self) -> None:
        """Bump the generation, stop and close every worker connection, drop their keys; no new worker
        opens until unlock. Waits at most ``STOP_WAIT_S`` per connection for a statement to stop; never
        raises."""
        with self._guard:
            self.generation += 1
            self._accepting = False
            workers, self._workers = list(self._workers), set()
            extras, self._extras = list(self._extras), set()
        for extra in extras:
            stop = getattr(extra, "stop", None)   # a WorkerConnection closes only when no thread is inside
            with contextlib.suppress(Exception):
                if stop is not None:
                    stop()
                else:
                    extra.interrupt()
                    extra.close()
        for child in workers:
            child.stop_background()   # a worker's own further connections go with it
            with child._conn_guard:
                child.state = SessionState.LOCKED
                child._dek = None
                conn = child._conn
                if conn is None:
                    continue
                with contextlib.suppress(Exception):
                    stop = getattr(conn, "stop", None)
                    (stop or conn.interrupt)()

    # ----------------------------------------------------------------- lock state machine
    def add_lock_listener(self, listener: Callable[[LockReason], None]) -> None:
        self._lock_listeners.append(listener)

    def remove_lock_listener(self, listener: Callable[[LockReason], None]) -> None:
        with contextlib.suppress(ValueError):
            self._lock_listeners.remove(listener)

    def _notify(self, reason: LockReason) -> None:
        for listener in list(self._lock_listeners):
            try:
                listener(reason)
            except Exception:  # a listener must never keep the data open
                log.exception("lock listener failed; locking anyway")

    def _drop(self) -> None:
        self.stop_background()
        with self._conn_guard:
            conn, self._conn = self._conn, None
            self._dek = None
            if conn is not None:
                with contextlib.suppress(Exception):
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                with contextlib.suppress(Exception):
                    conn.close()

    def lock(self, reason: LockReason = LockReason.MANUAL) -> None:
        if self.state is not SessionState.ACTIVE:
            return
        # Background work first (an interrupted write rolls back and frees the write lock), then the
        # listeners (they save drafts while the database is still open), then the audit entry, then the
        # key and the connection go, whatever happened before.
        self.stop_background()
        self._notify(reason)
        try:
            conn = self._conn
            if conn is not None and conn.in_transaction:
                conn.execute("ROLLBACK")
            if not self.notices.read_only:
                self.audit_now("session.lock", detail={"reason": reason.value})
        except Exception:
            log.exception("could not audit the lock; locking anyway")
        finally:
            self._drop()
            self.state = SessionState.LOCKED

    def unlock(self, password: str) -> None:
        """Unlock for the same user. Raises the same errors as signing in."""
        if self.state is SessionState.ACTIVE:
            return
        if self.state is SessionState.CLOSED:
            raise SessionLocked()
        fresh = self.profile.sign_in(self.user.login, password, action="session.unlock")
        # Take over the new connection; the fresh Session object is discarded.
        self._conn, self._dek, self.notices = fresh._conn, fresh._dek, fresh.notices
        fresh._conn = None
        fresh._dek = None
        fresh.state = SessionState.CLOSED
        self.user = fresh.user
        with self._guard:
            self._accepting = True
        self.state = SessionState.ACTIVE

    def close(self) -> None:
        """Sign out."""
        self.stop_background()
        if self.state is SessionState.ACTIVE:
            self._notify(LockReason.SWITCH_USER)
        if self.state is SessionState.ACTIVE and not self.notices.read_only:
            try:
                self.audit_now("session.sign_out")
            except Exception:
                log.exception("could not audit the sign-out")
        self._drop()
        self.state = SessionState.CLOSED
        mark, self.in_use = self.in_use, None
        if mark is not None:
            mark.release()
