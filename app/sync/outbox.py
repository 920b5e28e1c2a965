r"""The outbox state machine on the encrypted database (DESIGN §7).

    pending --seal--> uploading --server ok--> synced
                          |  \--server error--> error   (conflict, invalid, too large: not retried)
                          |   \-server warning-> warning (deleted, checkpoint not extending)
                          \--queued again (edit, re-seal)--> pending (revision + 1)
    error | warning --user retry--> pending (revision + 1)

A server answer names the revision it answers (the spool item's client id is "<row id>.<revision>")
and is applied only while the row still has that revision, so an edit made while a record was on its
way is never overwritten by the reply to the older content. Only a server answer sets synced.
Rows are never deleted while unsynced (a trigger refuses it)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.clock import now_iso
from app.sync.protocol import Result
from db.connection import Connection

PENDING, UPLOADING, SYNCED, ERROR, WARNING = "pending", "uploading", "synced", "error", "warning"
STATES = (PENDING, UPLOADING, SYNCED, ERROR, WARNING)

# The server's per-record result -> the row's state.
_STATE_OF: dict[str, str] = {
    Result.OK: SYNCED,
    Result.CONFLICT: ERROR, Result.INVALID: ERROR, Result.TOO_LARGE: ERROR,
    Result.DELETED: WARNING, Result.NOT_EXTENDING: WARNING,
}


def state_for(result: str) -> str:
    return _STATE_OF.get(result, ERROR)


def client_id(row_id: str, revision: int) -> str:
    return f"{row_id}.{revision}"


def split_client_id(cid: str) -> tuple[str, int] | None:
    row_id, dot, rev = cid.rpartition(".")
    if not dot or not rev.isdigit():
        return None
    return row_id, int(rev)


@dataclass(frozen=True)
class OutboxRow:
    id: str
    record_type: str
    record_id: str
    version: int
    state: str
    revision: int
    sealed_revision: int | None
    attempts: int
    result: str | None
    last_error: str | None
    created_at: str
    updated_at: str
    synced_at: str | None

    @property
    def client_id(self) -> str:
        return client_id(self.id, self.revision)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "record_type": self.record_type, "record_id": self.record_id,
                "version": self.version, "state": self.state, "revision": self.revision,
                "attempts": self.attempts, "result": self.result, "message": self.last_error,
                "created_at": self.created_at, "synced_at": self.synced_at}


_COLUMNS = ("id, record_type, record_id, version, state, revision, sealed_revision, attempts, result, last_error,"
            " created_at, updated_at, synced_at")


def _row(r: tuple[Any, ...]) -> OutboxRow:
    return OutboxRow(r[0], r[1], r[2], int(r[3]), r[4], int(r[5]), r[6], int(r[7]), r[8], r[9], r[10], r[11], r[12])


def rows(conn: Connection, states: Iterable[str] | None = None, *, limit: int | None = None) -> list[OutboxRow]:
    sql = f"SELECT {_COLUMNS} FROM sync_outbox"  # noqa: S608 — constant pieces
    args: list[Any] = []
    if states is not None:
        wanted = list(states)
        sql += f" WHERE state IN ({', '.join('?' * len(wanted))})"
        args += wanted
    sql += " ORDER BY created_at, id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [_row(r) for r in conn.execute(sql, args).fetchall()]


def get(conn: Connection, row_id: str) -> OutboxRow | None:
    r = conn.execute(f"SELECT {_COLUMNS} FROM sync_outbox WHERE id = ?", (row_id,)).fetchone()  # noqa: S608
    return _row(r) if r else None


def counts(conn: Connection) -> dict[str, int]:
    out = dict.fromkeys(STATES, 0)
    out.update(dict(conn.execute("SELECT state, count(*) FROM sync_outbox GROUP BY state").fetchall()))
    return out


def to_seal(conn: Connection) -> list[OutboxRow]:
    """Rows whose current revision is not sealed yet (new, queued again, or left by a crash)."""
    return [_row(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM sync_outbox WHERE state IN ('pending', 'uploading')"  # noqa: S608
        " AND (sealed_revision IS NULL OR sealed_revision <> revision) ORDER BY created_at, id").fetchall()]


def mark_sealed(conn: Connection, row_id: str, revision: int) -> bool:
    """pending -> uploading: the revision is in the spool. False when the row moved on meanwhile."""
    return conn.execute(
        "UPDATE sync_outbox SET state = 'uploading', sealed_revision = ?, updated_at = ?"
        " WHERE id = ? AND revision = ? AND state IN ('pending', 'uploading')",
        (revision, now_iso(), row_id, revision)).rowcount == 1


def apply_answer(conn: Connection, row_id: str, revision: int, result: str, detail: str, attempts: int) -> bool:
    """The server's answer for one revision. Applied only while the row still has that revision and is
    waiting for it; returns whether it was applied."""
    state = state_for(result)
    now = now_iso()
    return conn.execute(
        "UPDATE sync_outbox SET state = ?, result = ?, last_error = ?, attempts = attempts + ?, updated_at = ?,"
        " synced_at = CASE WHEN ? = 'synced' THEN ? ELSE synced_at END"
        " WHERE id = ? AND revision = ? AND state IN ('pending', 'uploading')",
        (state, result, detail or None if state != SYNCED else None, attempts, now, state, now, row_id,
         revision)).rowcount == 1


def requeue(conn: Connection, row_id: str) -> bool:
    """Back to pending under a new revision (a user's retry, or a re-seal for a new server key)."""
    return conn.execute(
        "UPDATE sync_outbox SET state = 'pending', revision = revision + 1, result = NULL, last_error = NULL,"
        " updated_at = ? WHERE id = ? AND state <> 'synced'", (now_iso(), row_id)).rowcount == 1


_REQUEUE = ("UPDATE sync_outbox SET state = 'pending', revision = revision + 1, result = NULL, last_error = NULL,"
            " updated_at = ?")


def requeue_all_unsynced(conn: Connection, states: Iterable[str] = (PENDING, UPLOADING, ERROR, WARNING)) -> int:
    wanted = list(states)
    marks = ", ".join("?" * len(wanted))
    sql = _REQUEUE + f" WHERE state IN ({marks})"
    return conn.execute(sql, (now_iso(), *wanted)).rowcount


def failed(conn: Connection) -> list[OutboxRow]:
    return rows(conn, (ERROR, WARNING))
