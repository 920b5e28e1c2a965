"""The transactional outbox (DESIGN §7): every new version of a syncable record writes its row here
in the same transaction as the record itself, so nothing committed is ever forgotten by sync.

The states and what moves them live in app/sync/outbox.py; this module only queues."""

from __future__ import annotations

from app.clock import now_iso
from app.ids import uuid7
from db.connection import Connection

PENDING = "pending"


def enqueue(conn: Connection, record_type: str, record_id: str, version: int = 1) -> None:
    """Queue one record version. Queued again (the same type, id and version): it goes back to
    pending under a new revision, so a reply to what was sent before cannot mark it synced."""
    if not conn.in_transaction:
        raise RuntimeError("the outbox row belongs to the record's own transaction")
    now = now_iso()
    conn.execute(
        "INSERT INTO sync_outbox (id, record_type, record_id, version, state, attempts, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, 0, ?, ?)"
        " ON CONFLICT (record_type, record_id, version) DO UPDATE SET state = 'pending',"
        " revision = revision + 1, result = NULL, last_error = NULL, synced_at = NULL,"
        " updated_at = excluded.updated_at",
        (uuid7(), record_type, record_id, version, PENDING, now, now),
    )
