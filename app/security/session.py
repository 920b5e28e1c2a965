"""A signed-in session: the open database, the user, and the lock state machine.

States: ACTIVE (connection open, key held) -> LOCKED (connection closed, key and caches dropped)
-> ACTIVE again only through the same user's password; CLOSED when signed out. Locking cannot be
refused or postponed by anything: listeners are told, but their failures do not stop the lock.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app.audit import chain
from app.errors import PermissionDenied, SessionLocked
from app.security.roles import Permission, Role, allows
from db.connection import Connection
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
        outer = conn.in_transaction
        with write_transaction(conn):
            yield conn
        if not outer:
            self.profile.save_checkpoint(conn, self.dek, self.user.id)

    def audit(self, conn: Connection, action: str, object_type: str = "", object_id: str = "",
              detail: dict[str, Any] | None = None) -> None:
        """Record an action inside the caller's write transaction."""
        chain.append(conn, self.db_id, user_id=self.user.id, action=action, object_type=object_type,
                      object_id=object_id, detail=detail)

    def audit_now(self, action: str, object_type: str = "", object_id: str = "",
                  detail: dict[str, Any] | None = None) -> None:
        """Record an action that changes nothing else (a reveal, a print, an export)."""
        with self.write() as conn:
            self.audit(conn, action, object_type, object_id, detail)

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
        # Listeners first (they save drafts while the database is still open), then the audit entry,
        # then the key and the connection go, whatever happened before.
        self._notify(reason)
        try:
            conn = self._conn
            if conn is not None and conn.in_transaction:
                conn.execute("ROLLBACK")
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
        self.state = SessionState.ACTIVE

    def close(self) -> None:
        """Sign out."""
        if self.state is SessionState.ACTIVE:
            self._notify(LockReason.SWITCH_USER)
            try:
                self.audit_now("session.sign_out")
            except Exception:
                log.exception("could not audit the sign-out")
        self._drop()
        self.state = SessionState.CLOSED
