"""Everything a backup generation must pass before it counts, and again before it is restored.

The checks, cheapest first, each naming one problem (messages: ``backup.problem.<name>``):
files are regular files (no links), the manifest's MAC under the data key, the SHA-256 of both files,
``cipher_integrity_check`` (every page's HMAC: every byte on disk is what SQLCipher wrote for that page
number), a walk of every b-tree — each table end to end, each index end to end with exactly as many
entries as its table has rows —, the row count of every table against the source's snapshot, and the
audit chain up to the recorded head. The page check and the tree walk run on two connections at once.

The thorough check (``thorough=True``: ``kense backup verify``, the Backups page's "Verify", every restore)
runs SQLite's whole-file ``integrity_check`` instead of the walk: every cell of every page, every index
entry against its row, every page accounted for, and every full-text index re-derived from its rows.
That costs several times a plain copy (14 s against 2 s at 200 MB, bench/RESULTS.md), so a backup is
counted after the walk above: the copy is a byte copy of a live file whose own whole-file check runs at
the first sign-in of each day, so what the copy itself can get wrong — a torn or lost write, a stale
page, an inconsistent snapshot — is what the page check, the digest, the walk and the counts catch.
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from app.audit import chain
from app.backup.snapshot import row_counts, sha256_file, tables
from app.security import slot_crypto as sc
from app.security.profile import DB_FILE, ENVELOPE_FILE
from db import connection as dbc

MANIFEST = "manifest.json"
_MAC_INFO = "kense/backup-manifest/v1"
Connect = Callable[[Callable[[bytes], dbc.Connection]], Any]   # Session.keyed_connection, or plain()


def mac_key(dek: bytes, db_id: str) -> bytes:
    return sc.hkdf(dek, _MAC_INFO, salt=db_id.encode())


def open_read_only(path: Path, dek: bytes) -> dbc.Connection:
    """Open a backup's database without changing a byte of it or adding a file beside it: read-only and
    immutable (a generation never changes once named), so no -wal or -shm appears in the backup folder."""
    import sqlcipher3

    conn: dbc.Connection = sqlcipher3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                                              isolation_level=None, check_same_thread=False)
    try:
        conn.execute(dbc._key_pragma(dek))
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def plain(dek: bytes) -> Connect:
    """Connections under ``dek`` for a caller without a session (a restore with the recovery code)."""
    @contextlib.contextmanager
    def connect(opener: Callable[[bytes], dbc.Connection]) -> Iterator[dbc.Connection]:
        conn = opener(dek)
        try:
            yield conn
        finally:
            conn.close()
    return connect


def links_or_odd_files(path: Path) -> list[str]:
    """The generation folder and its files must be what they seem: no links, no devices."""
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            return ["link"]
        for name in (MANIFEST, DB_FILE, ENVELOPE_FILE):
            mode = os.lstat(path / name).st_mode
            if stat.S_ISLNK(mode):
                return ["link"]
            if not stat.S_ISREG(mode):
                return ["missing"]
    except FileNotFoundError:
        return ["missing"]
    except OSError:
        return ["unreadable"]
    return []


def _pages(conn: dbc.Connection) -> list[str]:
    return [f"cipher:{r[0]}" for r in conn.execute("PRAGMA cipher_integrity_check")]


def _walk(conn: dbc.Connection) -> list[str]:
    """Every table and every full index traversed end to end; an index short of (or beyond) its table's rows
    is a broken tree. Partial indexes (with WHERE) are not compared."""
    rows: dict[str, int] = {}
    for table in tables(conn):
        sql = f"SELECT count(*) FROM {_quote(table)} NOT INDEXED"  # noqa: S608 — a quoted schema name
        rows[table] = int(conn.execute(sql).fetchone()[0])
    for name, table, create in conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'").fetchall():
        if (create and " WHERE " in str(create).upper()) or table not in rows:
            continue
        sql = f"SELECT count(*) FROM {_quote(table)} INDEXED BY {_quote(name)}"  # noqa: S608 — quoted names
        if int(conn.execute(sql).fetchone()[0]) != rows[table]:
            return ["integrity"]
    return []


def _quote(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


def _btrees(conn: dbc.Connection, thorough: bool) -> list[str]:
    if thorough:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else ["integrity"]
    return _walk(conn)


def deep_check(path: Path, dek: bytes, manifest: dict[str, Any], *, connect: Connect | None = None,
               thorough: bool = False, db_digest: str | None = None) -> list[str]:
    """The problems found (empty: sound). ``connect`` opens the connections (through the session in the
    application, so a lock closes them mid-check)."""
    connect = connect or plain(dek)
    problems = links_or_odd_files(path)
    if problems:
        return problems
    body = {k: v for k, v in manifest.items() if k not in ("mac", "verified")}
    if not sc.mac_ok(mac_key(dek, str(manifest.get("db_id"))), body, str(manifest.get("mac", ""))):
        return ["manifest"]
    if sha256_file(path / ENVELOPE_FILE) != manifest.get("keys_sha256"):
        problems.append("keys_digest")
    if (db_digest or sha256_file(path / DB_FILE)) != manifest.get("db_sha256"):
        problems.append("db_digest")
    if problems:
        return problems
    opener = lambda key: open_read_only(path / DB_FILE, key)   # noqa: E731
    side: list[str] = []

    def page_check() -> None:
        try:
            with connect(opener) as conn:
                side.extend(_pages(conn))
        except Exception:
            side.append("database")

    helper = threading.Thread(target=page_check, name="backup-page-check", daemon=True)
    try:
        with connect(opener) as conn:
            helper.start()
            problems += _btrees(conn, thorough)
            if row_counts(conn) != manifest.get("rows"):
                problems.append("row_counts")
            result = chain.verify(conn, str(manifest["db_id"]),
                                  (int(manifest["audit_seq"]), str(manifest["audit_head"])))
            if not result.ok or result.head != manifest["audit_head"]:
                problems.append("audit")
    except dbc.DatabaseError:
        problems.append("database")
    finally:
        if helper.is_alive() or helper.ident is not None:
            helper.join()
    return sorted(set(problems + side))
