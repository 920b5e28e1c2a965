"""A byte copy of the live database at one consistent moment, taken while the application writes.

SQLite in WAL mode keeps committed pages in ``kense.db-wal`` until a checkpoint copies them into the main
file, and a checkpoint never overwrites what a reader still needs. So, holding the write lock only for
the moment it takes to copy the (small) WAL and to start a read snapshot on a second connection, the
main file is then copied at leisure: whatever a concurrent checkpoint writes into it meanwhile is also in
the copied WAL, which the copy replays when it is opened. The result is exactly the state at the
snapshot, page for page under the same key, at the speed of a plain file copy (the backup API decrypts
and re-encrypts every page, several times slower). Row counts and the audit head are read under the same
write lock, so they describe that very state.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from app.audit import chain
from db import connection as dbc

CHUNK = 8 << 20
Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class KeyedSource(Protocol):
    """What a backup reads through: a signed-in session (or a worker's child session)."""

    profile: Any

    @property
    def conn(self) -> dbc.Connection: ...

    @property
    def dek(self) -> bytes: ...

    @property
    def db_id(self) -> str: ...

    def keyed_connection(self, opener: Callable[[bytes], dbc.Connection]) -> Any: ...


@dataclass(frozen=True)
class Snapshot:
    rows: dict[str, int]
    audit_seq: int
    audit_head: str
    schema: int


def tables(conn: dbc.Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]


def row_counts(conn: dbc.Connection) -> dict[str, int]:
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables(conn)}  # noqa: S608


def _copy_file(source: Path, target: Path, *, progress: Progress | None = None, start: float = 0.0,
               share: float = 0.0, cancelled: Cancelled | None = None) -> None:
    total = max(1, source.stat().st_size)
    done = 0
    with source.open("rb") as src, target.open("xb") as dst:
        for block in iter(lambda: src.read(CHUNK), b""):
            if cancelled is not None and cancelled():
                from app.backup.engine import BackupCancelled
                raise BackupCancelled()
            dst.write(block)
            done += len(block)
            if progress is not None:
                progress(start + share * min(1.0, done / total))
        dst.flush()
        os.fsync(dst.fileno())


def copy_snapshot(source: KeyedSource, target: Path, *, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> Snapshot:
    """Copy the database of ``source`` into ``target`` (a new file) as one consistent state; the copy is
    left self-contained (WAL replayed into it, rollback journal mode)."""
    db_path = Path(source.profile.db_path)
    wal = db_path.with_name(db_path.name + "-wal")
    target_wal = target.with_name(target.name + "-wal")
    conn = source.conn
    with source.keyed_connection(lambda key: dbc.open_database(db_path, key)) as reader:
        conn.execute("BEGIN IMMEDIATE")   # no commit can happen until the snapshot is pinned
        try:
            facts = Snapshot(row_counts(conn), *chain.head(conn, source.db_id),
                             int(conn.execute("PRAGMA user_version").fetchone()[0]))
            if wal.is_file() and wal.stat().st_size:
                _copy_file(wal, target_wal)
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM sqlite_master").fetchone()   # the snapshot is taken here
        finally:
            conn.execute("ROLLBACK")
        try:
            _copy_file(db_path, target, progress=progress, share=0.45, cancelled=cancelled)
        finally:
            reader.execute("ROLLBACK")
    with source.keyed_connection(lambda key: dbc.open_database(target, key)) as copy:
        copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        copy.execute("PRAGMA journal_mode = DELETE")
    for leftover in (target_wal, target.with_name(target.name + "-shm")):
        leftover.unlink(missing_ok=True)
    return facts


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
