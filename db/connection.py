"""Open SQLCipher 4 databases with a raw 256-bit key.

The key is the data-encryption key (DEK) unwrapped from the key envelope, so it is passed raw
(``x'…'``) and SQLCipher's own PBKDF2 does not run a second time (≈5 ms instead of ≈90 ms per open).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import struct
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from db import lookaside
from db.errors import DatabaseBusy, DatabaseDamaged, DatabaseEmpty

lookaside.enlarge()   # before any connection of this process exists

if TYPE_CHECKING:
    # sqlcipher3 is a fork of the stdlib module with the same API and no type stubs of its own.
    from sqlite3 import Connection, DatabaseError, IntegrityError
else:
    Connection = sqlcipher3.Connection
    DatabaseError = sqlcipher3.DatabaseError
    IntegrityError = sqlcipher3.IntegrityError

KEY_BYTES = 32


BUSY_TIMEOUT_S = 10.0
SQLITE_INTERRUPT = 9


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _apply_pragmas(conn: Connection) -> None:
    conn.execute("PRAGMA cipher_memory_security = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a power cut never loses a transaction the user was told is saved.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files on disk
    # Every page read from disk is decrypted and its HMAC checked, so the page cache matters more than
    # with plain SQLite: 32 MiB holds the lists' indexes, the search index and the pages a secretary
    # browses at 20,000 pupils (with the 8 MiB default a search re-decrypts them on every keystroke).
    conn.execute("PRAGMA cache_size = -32768")


STOP_WAIT_S = 0.5


class WorkerConnection(sqlcipher3.Connection):
    """A background thread's connection, which a lock on the GUI thread must be able to end at once.

    A connection must never be closed while another thread is inside it: pysqlite frees the statements
    that thread is still stepping (seen as "Incorrect number of bindings", then crashes). So every way
    into SQLite (execute, fetch, commit …) holds this connection's ``_busy`` lock, and :meth:`stop`
    interrupts the running statement (``sqlite3`` interrupt, safe from any thread), refuses every later
    call and then closes the connection as soon as no thread is inside — at once when its worker is
    between statements, so its open write transaction is rolled back and the write lock freed for the
    lock's own writes (drafts, the audit entry). A statement SQLite cannot interrupt within
    ``STOP_WAIT_S`` is left to the worker, which closes the connection as it unwinds.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._busy = threading.RLock()
        self._stopped = False

    def stop(self, wait: float = STOP_WAIT_S) -> bool:
        """Stop from any thread; True when the connection was closed here."""
        self._stopped = True
        with contextlib.suppress(Exception):
            self.interrupt()
        if not self._busy.acquire(timeout=wait):
            return False
        try:
            with contextlib.suppress(Exception):
                super().close()
        finally:
            self._busy.release()
        return True

    def call(self, method: Any, *args: Any) -> Any:
        with self._busy:
            if self._stopped:
                raise sqlcipher3.ProgrammingError("stopped: the session locked")
            return method(*args)

    def cursor(self, *args: Any) -> Any:
        return self.call(super().cursor, _WorkerCursor)

    def execute(self, *args: Any) -> Any:
        cursor = self.cursor()
        cursor.execute(*args)
        return cursor

    def executemany(self, *args: Any) -> Any:
        cursor = self.cursor()
        cursor.executemany(*args)
        return cursor

    def executescript(self, *args: Any) -> Any:
        return self.call(super().executescript, *args)

    def commit(self) -> None:
        self.call(super().commit)

    def rollback(self) -> None:
        self.call(super().rollback)

    def close(self) -> None:
        with self._busy:
            super().close()


class _WorkerCursor(sqlcipher3.Cursor):
    """Every step of a worker's cursor goes through its connection's ``_busy`` lock."""

    def execute(self, *args: Any) -> Any:
        return self.connection.call(super().execute, *args)

    def executemany(self, *args: Any) -> Any:
        return self.connection.call(super().executemany, *args)

    def fetchone(self) -> Any:
        return self.connection.call(super().fetchone)

    def fetchmany(self, *args: Any) -> Any:
        return self.connection.call(super().fetchmany, *args)

    def fetchall(self) -> Any:
        return self.connection.call(super().fetchall)

    def __next__(self) -> Any:
        return self.connection.call(super().__next__)


def open_database(path: Path, key: bytes, *, create: bool = False, worker: bool = False) -> Connection:
    """Open (or, with ``create``, create) the encrypted database at ``path``; ``worker``: a
    :class:`WorkerConnection` for a background thread.

    Never creates over an existing path, and never creates when asked to open: a missing file is an
    error rather than a silently new, empty database.
    """
    path = Path(path)
    if create:
        # O_EXCL: refuse to create over anything that appeared in the meantime.
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    elif not path.is_file():
        raise FileNotFoundError(path.name)
    elif path.stat().st_size == 0:
        # SQLite takes an empty file for a new database; over an existing profile that would hide the
        # loss and, once migrated, overwrite the evidence.
        raise DatabaseEmpty(path.name)
    # timeout: the busy handler is in force before the first statement (the key, the first read), so a
    # connection opened while another process writes waits instead of failing.
    conn: Connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False,
                                          timeout=BUSY_TIMEOUT_S,
                                          factory=WorkerConnection if worker else sqlcipher3.Connection)
    try:
        # SQLCipher's own log (ERROR CORE … lines on stderr for every bad page) never reaches the user's
        # terminal: damage is reported once, in their language, by the caller.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        try:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlcipher3.DatabaseError as exc:
            # The key came out of an authenticated envelope, so "not a database" here means the file
            # itself is damaged or was replaced, not that a password was wrong.
            raise DatabaseDamaged("the database header or first page failed authentication") from exc
        if not create and not tables:
            raise DatabaseEmpty(path.name)
        _apply_pragmas(conn)
    except BaseException:
        conn.close()
        raise
    return conn


# SQLCipher 4 defaults (page size, reserve = 16-byte IV + 64-byte HMAC-SHA512, HMAC key salt mask,
# page numbers little-endian): what :func:`pages_authenticated` needs to check a page without opening.
_PAGE = 4096
_HMAC = 64
_SALT = 16


def pages_authenticated(path: Path, key: bytes, pages: int = 64) -> tuple[int, int]:
    """How many of the first ``pages`` pages of the file authenticate under ``key`` (and how many were
    looked at). Tells a key that does not belong to the file (none fit: an older key file beside a
    re-keyed database, or another file) from a damaged file (most pages fit)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(_PAGE * pages)
    except OSError:
        return 0, 0
    if len(data) < _PAGE:
        return 0, 0
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in data[:_SALT]), 2, 32)
    fit = looked = 0
    for index in range(len(data) // _PAGE):
        page = data[index * _PAGE:(index + 1) * _PAGE]
        body = page[_SALT if index == 0 else 0:_PAGE - _HMAC]
        expected = hmac.new(hmac_key, body + struct.pack("<I", index + 1), hashlib.sha512).digest()
        fit += hmac.compare_digest(expected, page[_PAGE - _HMAC:])
        looked += 1
    return fit, looked


def cipher_version(conn: Connection) -> str:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row else ""


def stopped(exc: BaseException) -> bool:
    """The statement was interrupted (``Connection.interrupt``) or its connection closed under it."""
    return isinstance(exc, sqlcipher3.ProgrammingError) or getattr(exc, "sqlite_errorcode", None) == SQLITE_INTERRUPT


def check_integrity(conn: Connection) -> list[str]:
    """Verify every page's HMAC and the b-tree structure; return the problems found (empty = sound)."""
    problems: list[str] = []
    try:
        problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    except sqlcipher3.DatabaseError as exc:
        if stopped(exc):   # a lock interrupted or closed the connection: no verdict, not damage
            raise
        return [*problems, f"{type(exc).__name__}"]
    if rows != ["ok"]:
        problems += rows
    return problems


def leave_wal(conn: Connection) -> None:
    """Fold the WAL into the main file and leave WAL mode, which only the sole connection can do;
    raise DatabaseBusy (nothing changed) while another window or process has the database open."""
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        mode = "wal" if busy else str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
    except sqlcipher3.OperationalError:
        mode = "wal"
    if mode != "delete":
        enter_wal(conn)
        raise DatabaseBusy("another connection has the database open")


def enter_wal(conn: Connection) -> None:
    with contextlib.suppress(sqlcipher3.OperationalError):
        conn.execute("PRAGMA journal_mode = WAL")


def rekey(conn: Connection, new_key: bytes) -> None:
    """Re-encrypt every page under a new key (SQLCipher ``PRAGMA rekey``); the caller has left WAL mode
    (``leave_wal``) so no page stays under the old key."""
    conn.execute(_key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
    enter_wal(conn)
