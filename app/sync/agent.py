"""Where sync meets a signed-in session: at sign-in the server's answers land in the outbox and
anything left unsealed is sealed; after every commit the new outbox rows are sealed at once; at lock
and sign-out the audit head goes out as a checkpoint. Sync never stops a sign-in or a lock: its
failures are logged (code locations only) and repaired by the next pass."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from app.changes import Change
from app.sync import sealing
from app.sync.spool import Spool

if TYPE_CHECKING:
    from app.security.session import LockReason, Session
    from db.connection import Connection

log = logging.getLogger(__name__)
_guard = threading.Lock()   # one sealing pass at a time per process (GUI thread and a worker may both commit)


# A lock or sign-out queues a checkpoint at most this often; every sync run made signed in queues one.
LOCK_CHECKPOINT_INTERVAL = 600.0


def prepare(conn: Connection, root: Path, db_id: str, *, checkpoint: bool = False, answers: bool = True,
            checkpoint_interval: float = 0.0) -> None:
    """Reconcile (answers), optionally queue a checkpoint, seal: on the caller's connection."""
    if sealing.enrolment(conn) is None:
        return
    with _guard, Spool.for_profile(root, check=answers) as spool:
        if answers:
            sealing.reconcile(conn, spool)
        if checkpoint:
            sealing.queue_checkpoint(conn, db_id, min_interval=checkpoint_interval)
        sealing.seal_pending(conn, spool)


def _safely(session: Session, *, checkpoint: bool = False, answers: bool = True) -> None:
    try:
        prepare(session.conn, session.profile.root, session.db_id, checkpoint=checkpoint, answers=answers,
                checkpoint_interval=LOCK_CHECKPOINT_INTERVAL)
    except Exception as exc:   # the type only: a message may carry a value
        log.error("sync preparation failed (%s); the next pass repeats it", type(exc).__name__)


def on_sign_in(session: Session) -> None:
    _safely(session)

    def after_commit(committed: Session, _changed: Change) -> None:
        _safely(committed, answers=False)

    def before_lock(_reason: LockReason) -> None:
        _safely(session, checkpoint=True)

    session.add_commit_hook(after_commit)
    session.add_lock_listener(before_lock)
