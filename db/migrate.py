"""Numbered SQL migrations (``db/migrations/NNNN_name.sql``) applied with ``PRAGMA user_version``.

All pending steps run inside one exclusive transaction: either the file moves to the newest schema
or it stays exactly as it was. A file newer than this code is refused, never "downgraded".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from db.connection import Connection, DatabaseError
from db.errors import MigrationFailed, SchemaTooNew

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    found: list[Migration] = []
    for entry in resources.files("db.migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError("two migrations share a number")
    return found


def latest_version() -> int:
    migrations = available_migrations()
    return migrations[-1].version if migrations else 0


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection) -> int:
    """Bring the schema up to date; return the version now in force."""
    migrations = available_migrations()
    newest = migrations[-1].version if migrations else 0
    current = schema_version(conn)
    if current > newest:
        raise SchemaTooNew(current, newest)
    pending = [m for m in migrations if m.version > current]
    if not pending:
        return current
    script = "\n".join(m.sql for m in pending)
    try:
        # executescript would commit an open transaction first; there is none (autocommit mode).
        conn.executescript(f"BEGIN EXCLUSIVE;\n{script}\nPRAGMA user_version = {newest};\nCOMMIT;")
    except DatabaseError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise MigrationFailed(f"migration to version {newest} failed: {exc}") from exc
    return newest
