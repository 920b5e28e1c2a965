"""PostgreSQL access: the migrations, the connection pool and scoped transactions.

Every request's work runs in one transaction that first drops to the role kense_app and sets the
caller's scope (SET LOCAL, so it ends with the transaction and a pooled connection never carries a
scope over to the next request). Row-level security then decides what the transaction sees.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

APP_ROLE = "kense_app"
Cur = psycopg.Cursor[dict[str, Any]]   # every cursor of the server yields rows as dicts


@dataclass(frozen=True)
class Scope:
    """Who the transaction acts for: one device of one school, or an administrator's org unit."""
    device_school: str = ""
    device_id: str = ""
    admin_org: str = ""

    @classmethod
    def device(cls, school: str, device_id: str) -> Scope:
        return cls(device_school=school, device_id=device_id)

    @classmethod
    def admin(cls, org: str) -> Scope:
        return cls(admin_org=org)


NOBODY = Scope()   # before authentication: only the two SECURITY DEFINER functions are reachable


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, SQL) of server/migrations/NNNN_*.sql in order."""
    found = []
    for entry in resources.files("server.migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(dsn: str) -> list[str]:
    """Apply the migrations not applied yet, each in its own transaction; returns the names applied."""
    applied: list[str] = []
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(7305)")   # two init-db at once: one waits
        try:
            conn.execute("""CREATE TABLE IF NOT EXISTS schema_migration (
                number integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())""")
            done = {row[0] for row in conn.execute("SELECT number FROM schema_migration")}
            for number, name, sql in migrations():
                if number in done:
                    continue
                with conn.transaction():
                    conn.execute(sql.encode("utf-8"))
                    conn.execute("INSERT INTO schema_migration (number, name) VALUES (%s, %s)", (number, name))
                applied.append(name)
        finally:
            conn.execute("SELECT pg_advisory_unlock(7305)")
    return applied


class Database:
    """The pool and the one way the application touches data: `with db.scoped(scope) as cur: ...`."""

    def __init__(self, dsn: str, min_size: int = 2, max_size: int = 10) -> None:
        self.pool = ConnectionPool(dsn, min_size=min_size, max_size=max_size, open=True,
                                   kwargs={"autocommit": False}, name="kense-server")

    def close(self) -> None:
        self.pool.close()

    @contextmanager
    def scoped(self, scope: Scope) -> Iterator[Cur]:
        with self.pool.connection() as conn, conn.transaction(), conn.cursor(row_factory=dict_row) as cur:
            cur.execute(f"SET LOCAL ROLE {APP_ROLE}")
            cur.execute("SELECT set_config('kense.device_school', %s, true), set_config('kense.device_id', %s, true),"
                        " set_config('kense.admin_org', %s, true)",
                        (scope.device_school, scope.device_id, scope.admin_org))
            yield cur

    @contextmanager
    def owner(self) -> Iterator[Cur]:
        """The operator's own rights (CLI only: org tree, administrators, server identity)."""
        with self.pool.connection() as conn, conn.transaction(), conn.cursor(row_factory=dict_row) as cur:
            yield cur
