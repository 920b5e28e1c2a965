"""A byte copy of the live database at one consistent moment, taken while the application writes.

SQLite in WAL mode keeps committed pages in ``kense.db-wal`` until a checkpoint copies them into the main
file, and a checkpoint never overwrites what a reader still needs. So, holding the write lock only for
the moment it takes to copy the (small) WAL and to start a read snapshot on a second connection, the
main file is then copied at leisure: whatever a concurrent checkpoint writes into it meanwhile is also in
the copied WAL, which the copy replays when it is opened (a checkpoint never copies a frame newer than a
reader's snapshot, and a reader on an empty WAL blocks it altogether). The result is exactly the state at
the snapshot, page for page under the same key, at the speed of a plain file copy (the backup API
decrypts and re-encrypts every page, several times slower). Row counts and the audit head are read on
the snapshot connection, so they describe that very state; writers wait only for the WAL copy.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
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
    digest: str = ""       # SHA-256 of the copy as left on disk


def tables(conn: dbc.Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]


def row_counts(conn: dbc.Connection) -> dict[str, int]:
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables(conn)}  # noqa: S608


def _copy_file(source: Path, target: Path, *, progress: Progress | None = None, start: float = 0.0,
               share: float = 0.0, cancelled: Cancelled | None = None) -> str:
    """Copy, fsync, and return the SHA-256 of the bytes written."""
    total = max(1, source.stat().st_size)
    done = 0
    digest = hashlib.sha256()
    with source.open("rb") as src, target.open("xb") as dst:
        for block in iter(lambda: src.read(CHUNK), b""):
            if cancelled is not None and cancelled():
                from app.backup.engine import BackupCancelled
                raise BackupCancelled()
            dst.write(block)
            digest.update(block)
            done += len(block)
            if progress is not None:
                progress(start + share * min(1.0, done / total))
        dst.flush()
        os.fsync(dst.fileno())
    return digest.hexdigest()


def _wal_backfilled(db_path: Path) -> bool:
    """True when every frame of the WAL is already in the main file (the wal-index header's mxFrame equals
    its nBackfill; SQLite's documented -shm layout), read while holding the write lock. A reader that
    starts then reads the main file only and keeps any checkpoint from writing to it. Any doubt: False."""
    try:
        with db_path.with_name(db_path.name + "-shm").open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    if len(header) < 100:
        return False
    order = sys.byteorder   # the -shm header is in the machine's own byte order
    first, second = header[:48], header[48:96]
    mx_frame = int.from_bytes(header[16:20], order)
    backfilled = int.from_bytes(header[96:100], order)
    return first == second and int.from_bytes(header[0:4], order) == 3007000 and mx_frame == backfilled


def copy_snapshot(source: KeyedSource, target: Path, *, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> Snapshot:
    """Copy the database of ``source`` into ``target`` (a new file) as one consistent state; the copy is
    left self-contained (WAL replayed into it, rollback journal mode)."""
    db_path = Path(source.profile.db_path)
    wal = db_path.with_name(db_path.name + "-wal")
    target_wal = target.with_name(target.name + "-wal")
    conn = source.conn
    with contextlib.suppress(dbc.DatabaseError):
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")   # never waits; usually leaves no frame to carry
    with source.keyed_connection(lambda key: dbc.open_database(db_path, key)) as reader:
        conn.execute("BEGIN IMMEDIATE")   # no commit can happen until the snapshot is pinned (milliseconds)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            carry_wal = wal.is_file() and wal.stat().st_size > 0 and not _wal_backfilled(db_path)
            if carry_wal:
                _copy_file(wal, target_wal)
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM sqlite_master").fetchone()   # the snapshot is taken here
        finally:
            conn.execute("ROLLBACK")
        try:   # the counts and the head describe exactly the state the copy holds
            facts = Snapshot(row_counts(reader), *chain.head(reader, source.db_id),
                             int(reader.execute("PRAGMA user_version").fetchone()[0]))
            digest = _copy_file(db_path, target, progress=progress, share=0.45, cancelled=cancelled)
        finally:
            reader.execute("ROLLBACK")
    if carry_wal:   # replay the carried frames into the copy: its bytes change, so hash them again
        with source.keyed_connection(lambda key: dbc.open_database(target, key)) as copy:
            copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            copy.execute("PRAGMA journal_mode = DELETE")
        for leftover in (target_wal, target.with_name(target.name + "-shm")):
            leftover.unlink(missing_ok=True)
        digest = sha256_file(target)
    return replace(facts, digest=digest)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
