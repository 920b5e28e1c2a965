"""The sync spool: what the sender needs while nobody is signed in (docs/adr/009-sync-while-locked.md).

A plain SQLite file beside the encrypted database, holding only what is unreadable or harmless:
items sealed to the district server's key, file chunks sealed the same way, record identities
(UUIDs, versions, hashes, sizes), the enrolment's public facts (server address, server id and key,
device id), the sender's own state (last contact, backoff) and the server's per-item answers until
the next sign-in carries them into the encrypted outbox. No personal data, no key of ours.

Item states: queued (sealed, not answered) -> sending (in a request whose reply has not come) ->
done (the server answered: result + detail). A "sending" item whose run broke is simply queued again:
the server's idempotency makes the repeat harmless.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.clock import now_iso

SPOOL_DIR = "sync"
SPOOL_FILE = "spool.sqlite"

QUEUED, SENDING, DONE = "queued", "sending", "done"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS config (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS item (
    client_id   TEXT PRIMARY KEY,           -- outbox id '.' revision: the server reports under it
    outbox_id   TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    type        TEXT NOT NULL,              -- protocol record type, or 'file'
    record_id   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    sealed      BLOB,                       -- the sealed record (NULL for a file item)
    file_sha256 TEXT REFERENCES file (sha256),
    state       TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'done')),
    result      TEXT,
    detail      TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    seq         INTEGER NOT NULL,           -- commit order: records leave in the order they were made
    updated_at  TEXT NOT NULL,
    CHECK ((sealed IS NULL) <> (file_sha256 IS NULL))
);
CREATE INDEX IF NOT EXISTS item_state ON item (state, seq);
CREATE TABLE IF NOT EXISTS file (
    sha256      TEXT PRIMARY KEY,
    size        INTEGER NOT NULL CHECK (size > 0),
    chunk_count INTEGER NOT NULL CHECK (chunk_count > 0),
    complete    INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1))
);
CREATE TABLE IF NOT EXISTS chunk (
    sha256  TEXT NOT NULL REFERENCES file (sha256),
    idx     INTEGER NOT NULL,
    sealed  BLOB NOT NULL,
    sent    INTEGER NOT NULL DEFAULT 0 CHECK (sent IN (0, 1)),  -- the server's receipt came
    PRIMARY KEY (sha256, idx)
) WITHOUT ROWID;
"""


@dataclass(frozen=True)
class SpoolItem:
    client_id: str
    outbox_id: str
    revision: int
    type: str
    record_id: str
    version: int
    sealed: bytes | None
    file_sha256: str | None
    state: str
    result: str | None
    detail: str | None
    attempts: int


_ITEM_COLUMNS = ("client_id, outbox_id, revision, type, record_id, version, sealed, file_sha256, state, result,"
                 " detail, attempts")


def _item(row: tuple[Any, ...]) -> SpoolItem:
    return SpoolItem(row[0], row[1], int(row[2]), row[3], row[4], int(row[5]),
                     bytes(row[6]) if row[6] is not None else None, row[7], row[8], row[9], row[10], int(row[11]))


class Spool:
    """One connection to the spool file; every write is its own short transaction (WAL, synchronous
    FULL), so a crash leaves either the state before or after a step, never half of one."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)

    @classmethod
    def for_profile(cls, root: Path, *, check: bool = False) -> Spool:
        """The profile's spool. One that does not open or fails its check (a damaged disk, an edited
        file) is moved aside and a new one begun: the outbox in the encrypted database still knows
        every unsynced row and reseals it (sealing.reconcile), the server's idempotency answers what
        it already holds with "ok", so nothing is lost. `check` adds a whole-file check (at sign-in
        and for each run; a commit's sealing only needs the file to open)."""
        path = Path(root) / SPOOL_DIR / SPOOL_FILE
        try:
            spool = cls(path)
            if check and spool._db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                spool.close()
                raise sqlite3.DatabaseError("spool check failed")
            return spool
        except sqlite3.DatabaseError:
            aside = path.with_name(f"spool.damaged-{int(time.time())}.sqlite")
            for suffix in ("", "-wal", "-shm"):
                part = path.with_name(path.name + suffix)
                if part.exists():
                    part.replace(aside.with_name(aside.name + suffix))
            return cls(path)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # ----------------------------------------------------------------- configuration
    def get(self, key: str, default: str | None = None) -> str | None:
        row = self._db.execute("SELECT value FROM config WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set(self, **values: str | int | float | None) -> None:
        with self.transaction() as db:
            for key, value in values.items():
                if value is None:
                    db.execute("DELETE FROM config WHERE key = ?", (key,))
                else:
                    db.execute("INSERT INTO config (key, value) VALUES (?, ?)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, str(value)))

    def config(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM config").fetchall())

    # ----------------------------------------------------------------- adding sealed items
    def has(self, client_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM item WHERE client_id = ?", (client_id,)).fetchone() is not None

    def add_record(self, client_id: str, outbox_id: str, revision: int, rtype: str, record_id: str,
                   version: int, sealed: bytes) -> None:
        """Idempotent: sealing the same outbox revision twice (a crash between the spool write and the
        outbox mark) keeps the first seal, which may already be on its way."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO item (client_id, outbox_id, revision, type, record_id, version, sealed,"
                " state, seq, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued',"
                " (SELECT coalesce(max(seq), 0) + 1 FROM item), ?)",
                (client_id, outbox_id, revision, rtype, record_id, version, sealed, now_iso()))
            self._supersede(db, outbox_id, revision)

    def add_file(self, client_id: str, outbox_id: str, revision: int, record_id: str, sha256: str, size: int,
                 chunks: Iterable[bytes]) -> None:
        """A file item and its sealed chunks in one transaction. A file already spooled (the same
        content attached twice, or a crash before the outbox mark) keeps its chunks and receipts."""
        with self.transaction() as db:
            known = db.execute("SELECT 1 FROM file WHERE sha256 = ?", (sha256,)).fetchone()
            if known is None:
                count = 0
                db.execute("INSERT INTO file (sha256, size, chunk_count) VALUES (?, ?, 1)", (sha256, size))
                for idx, sealed in enumerate(chunks):
                    db.execute("INSERT INTO chunk (sha256, idx, sealed) VALUES (?, ?, ?)", (sha256, idx, sealed))
                    count += 1
                db.execute("UPDATE file SET chunk_count = ? WHERE sha256 = ?", (count, sha256))
            db.execute(
                "INSERT OR IGNORE INTO item (client_id, outbox_id, revision, type, record_id, version, file_sha256,"
                " state, seq, updated_at) VALUES (?, ?, ?, 'file', ?, 1, ?, 'queued',"
                " (SELECT coalesce(max(seq), 0) + 1 FROM item), ?)",
                (client_id, outbox_id, revision, record_id, sha256, now_iso()))
            self._supersede(db, outbox_id, revision)

    @staticmethod
    def _supersede(db: sqlite3.Connection, outbox_id: str, revision: int) -> None:
        # An older revision of the same outbox row that has not been answered need not go any more;
        # one that was answered keeps its answer until reconcile reads (and discards) it.
        db.execute("DELETE FROM item WHERE outbox_id = ? AND revision < ? AND state <> 'done'", (outbox_id, revision))

    # ----------------------------------------------------------------- the sender's view
    def items(self, state: str | None = None, *, files: bool | None = None,
              limit: int | None = None) -> list[SpoolItem]:
        where: list[str] = []
        args: list[Any] = []
        if state is not None:
            where.append("state = ?")
            args.append(state)
        if files is not None:
            where.append("file_sha256 IS NOT NULL" if files else "file_sha256 IS NULL")
        sql = f"SELECT {_ITEM_COLUMNS} FROM item"  # noqa: S608 — constant pieces
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_item(r) for r in self._db.execute(sql, args).fetchall()]

    def counts(self) -> dict[str, int]:
        out = {QUEUED: 0, SENDING: 0, DONE: 0}
        out.update(dict(self._db.execute("SELECT state, count(*) FROM item GROUP BY state").fetchall()))
        return out

    def requeue_interrupted(self) -> int:
        """Items left 'sending' by a run that broke go back to the queue (their reply never came)."""
        with self.transaction() as db:
            return db.execute("UPDATE item SET state = 'queued' WHERE state = 'sending'").rowcount

    def mark_sending(self, client_ids: Iterable[str]) -> None:
        with self.transaction() as db:
            db.executemany("UPDATE item SET state = 'sending', attempts = attempts + 1, updated_at = ?"
                           " WHERE client_id = ? AND state = 'queued'",
                           [(now_iso(), cid) for cid in client_ids])

    def record_results(self, results: Iterable[tuple[str, str, str]]) -> int:
        """(client_id, result, detail) from the server: one transaction for the whole reply."""
        n = 0
        with self.transaction() as db:
            for cid, result, detail in results:
                n += db.execute("UPDATE item SET state = 'done', result = ?, detail = ?, updated_at = ?"
                                " WHERE client_id = ? AND state <> 'done'",
                                (result, detail[:1000], now_iso(), cid)).rowcount
        return n

    def back_to_queue(self, client_ids: Iterable[str]) -> None:
        with self.transaction() as db:
            db.executemany("UPDATE item SET state = 'queued' WHERE client_id = ? AND state = 'sending'",
                           [(cid,) for cid in client_ids])

    # ----------------------------------------------------------------- files
    def files_to_send(self) -> list[tuple[str, int]]:
        return [(r[0], int(r[1])) for r in self._db.execute(
            "SELECT DISTINCT f.sha256, f.size FROM file f JOIN item i ON i.file_sha256 = f.sha256"
            " WHERE f.complete = 0 AND i.state <> 'done' ORDER BY f.sha256").fetchall()]

    def chunk(self, sha256: str, idx: int) -> bytes:
        row = self._db.execute("SELECT sealed FROM chunk WHERE sha256 = ? AND idx = ?", (sha256, idx)).fetchone()
        if row is None:
            raise KeyError(idx)
        return bytes(row[0])

    def chunk_count(self, sha256: str) -> int:
        row = self._db.execute("SELECT chunk_count FROM file WHERE sha256 = ?", (sha256,)).fetchone()
        return int(row[0]) if row else 0

    def unsent_chunks(self, sha256: str) -> list[int]:
        return [int(r[0]) for r in self._db.execute(
            "SELECT idx FROM chunk WHERE sha256 = ? AND sent = 0 ORDER BY idx", (sha256,)).fetchall()]

    def chunk_receipt(self, sha256: str, idx: int) -> None:
        with self.transaction() as db:
            db.execute("UPDATE chunk SET sent = 1 WHERE sha256 = ? AND idx = ?", (sha256, idx))

    def server_lacks(self, sha256: str, missing: Iterable[int]) -> None:
        """The server's word beats our receipts (it may have been restored from an older backup)."""
        missing = set(missing)
        with self.transaction() as db:
            db.execute("UPDATE chunk SET sent = 1 WHERE sha256 = ?", (sha256,))
            db.executemany("UPDATE chunk SET sent = 0 WHERE sha256 = ? AND idx = ?",
                           [(sha256, i) for i in missing])

    def file_complete(self, sha256: str, result: str = "ok", detail: str = "") -> None:
        with self.transaction() as db:
            db.execute("UPDATE file SET complete = 1 WHERE sha256 = ?", (sha256,))
            db.execute("UPDATE chunk SET sent = 1 WHERE sha256 = ?", (sha256,))
            db.execute("UPDATE item SET state = 'done', result = ?, detail = ?, updated_at = ?"
                       " WHERE file_sha256 = ? AND state <> 'done'", (result, detail, now_iso(), sha256))

    def reset_file(self, sha256: str) -> None:
        """The server dropped the whole file (size or hash did not match): send every chunk again."""
        with self.transaction() as db:
            db.execute("UPDATE chunk SET sent = 0 WHERE sha256 = ?", (sha256,))
            db.execute("UPDATE file SET complete = 0 WHERE sha256 = ?", (sha256,))

    # ----------------------------------------------------------------- after reconcile
    def forget(self, client_ids: Iterable[str]) -> None:
        """Drop answered items whose answer is now in the encrypted outbox, and files nobody needs."""
        with self.transaction() as db:
            db.executemany("DELETE FROM item WHERE client_id = ? AND state = 'done'", [(c,) for c in client_ids])
            orphans = [r[0] for r in db.execute(
                "SELECT sha256 FROM file WHERE sha256 NOT IN (SELECT file_sha256 FROM item"
                " WHERE file_sha256 IS NOT NULL)").fetchall()]
            for sha in orphans:
                db.execute("DELETE FROM chunk WHERE sha256 = ?", (sha,))
                db.execute("DELETE FROM file WHERE sha256 = ?", (sha,))

    def drop_unanswered(self) -> int:
        """Unenrol / a new server key: sealed items that were not answered can never be opened by the
        next server; the outbox still holds them as unsynced and reseals them."""
        with self.transaction() as db:
            n = db.execute("DELETE FROM item WHERE state <> 'done'").rowcount
            db.execute("DELETE FROM chunk WHERE sha256 NOT IN (SELECT file_sha256 FROM item"
                       " WHERE file_sha256 IS NOT NULL)")
            db.execute("DELETE FROM file WHERE sha256 NOT IN (SELECT file_sha256 FROM item"
                       " WHERE file_sha256 IS NOT NULL)")
            return n
