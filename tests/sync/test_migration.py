"""Upgrade: the outbox rebuild of migration 0014 keeps every row; an old 'uploading' is pending again."""

from __future__ import annotations

import sqlite3

import pytest

from db.migrate import available_migrations


def _schema_up_to(db: sqlite3.Connection, version: int) -> None:
    for m in available_migrations():
        if m.version <= version:
            db.executescript(m.sql)


def test_outbox_rows_survive_the_rebuild() -> None:
    db = sqlite3.connect(":memory:")
    _schema_up_to(db, 13)
    rows = [("a", "document", "d1", 1, "pending"), ("b", "document", "d1", 2, "uploading"),
            ("c", "attachment", "f1", 1, "synced"), ("d", "document_event", "e1", 1, "error")]
    for rid, rtype, rec, ver, state in rows:
        db.execute("INSERT INTO sync_outbox (id, record_type, record_id, version, state, attempts, last_error,"
                   " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 2, ?, '2026-11-01T10:00:00Z',"
                   " '2026-11-02T10:00:00Z')", (rid, rtype, rec, ver, state, "boom" if state == "error" else None))
    migration = next(m for m in available_migrations() if m.version == 14)
    db.executescript(migration.sql)
    got = {r[0]: r[1:] for r in db.execute(
        "SELECT id, state, revision, attempts, last_error, synced_at FROM sync_outbox")}
    assert got == {"a": ("pending", 1, 2, None, None), "b": ("pending", 1, 2, None, None),
                   "c": ("synced", 1, 2, None, "2026-11-02T10:00:00Z"), "d": ("error", 1, 2, "boom", None)}
    db.execute("UPDATE sync_outbox SET state = 'warning' WHERE id = 'd'")   # the new state is allowed
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM sync_outbox WHERE id = 'a'")
    db.execute("DELETE FROM sync_outbox WHERE id = 'c'")   # a synced row may go
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE sync_outbox SET state = 'synced' WHERE id = 'a'")   # synced needs synced_at
