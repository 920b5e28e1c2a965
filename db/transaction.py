"""Write transactions. BEGIN IMMEDIATE takes the write lock up front, so two writers (the GUI and a
CLI call) queue instead of failing half-way; an exception rolls everything back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from db.connection import Connection


@contextmanager
def write_transaction(conn: Connection) -> Iterator[Connection]:
    if conn.in_transaction:  # already inside one: join it, the outer owner commits
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
