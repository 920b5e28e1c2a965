"""The transactional outbox (DESIGN §7): every new version of a syncable record writes its row here
in the same transaction as the record itself, so nothing committed is ever forgotten by sync."""

from __future__ import annotations

from app.clock import now_iso
from app.ids import uuid7
from db.connection import Connection

PENDING = "pending"


def enqueue(conn: Connection, record_type: str, record_id: str, version: int = 1) -> None:
    if not conn.in_transaction:
        raise RuntimeError("the outbox row belongs to the record's own transaction")
    now = now_iso()
    conn.execute(
        "INSERT INTO sync_outbox (id, record_type, record_id, version, state, attempts, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
        (uuid7(), record_type, record_id, version, PENDING, now, now),
    )
