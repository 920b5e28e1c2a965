"""A second connection for background work. SQLite connections belong to the thread that opened them,
so an import running off the GUI thread opens its own connection to the same encrypted file (WAL lets
the GUI go on reading) and works through a Session bound to it: same user, same rights, same audit
chain. Its write is one transaction, so a cancel or a kill leaves the database as it was."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from app.security.session import Session
from db.connection import open_database


@dataclass(frozen=True)
class WorkerTicket:
    """What a worker thread needs to open its own session; taken on the thread that owns ``session``."""
    session: Session
    dek: bytes

    @classmethod
    def of(cls, session: Session) -> WorkerTicket:
        return cls(session, session.dek)   # raises SessionLocked when locked


@contextlib.contextmanager
def worker_session(ticket: WorkerTicket) -> Iterator[Session]:
    """Open a connection on the calling (worker) thread; closed when the block ends."""
    owner = ticket.session
    conn = open_database(owner.profile.db_path, ticket.dek)
    session = Session(owner.profile, owner.user, conn, ticket.dek, owner.notices)
    try:
        yield session
    finally:
        session._drop()
