from __future__ import annotations

import os
from pathlib import Path

import pytest

from db import connection as dbc
from db import migrate as m
from db.errors import MigrationFailed, SchemaTooNew


def _fresh(tmp_path: Path) -> dbc.Connection:
    return dbc.open_database(tmp_path / "t.db", os.urandom(32), create=True)


def test_migrates_to_latest_and_is_idempotent(tmp_path: Path) -> None:
    conn = _fresh(tmp_path)
    assert m.migrate(conn) == m.latest_version()
    assert m.migrate(conn) == m.latest_version()
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"school", "app_user", "audit_log", "setting"} <= tables


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    conn = _fresh(tmp_path)
    m.migrate(conn)
    conn.execute(f"PRAGMA user_version = {m.latest_version() + 1}")
    with pytest.raises(SchemaTooNew):
        m.migrate(conn)


def test_a_failing_step_leaves_the_file_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = _fresh(tmp_path)
    good = m.available_migrations()
    broken = [*good, m.Migration(good[-1].version + 1, "9999_broken.sql",
                                 "CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);")]
    monkeypatch.setattr(m, "available_migrations", lambda: broken)
    with pytest.raises(MigrationFailed):
        m.migrate(conn)
    assert m.schema_version(conn) == 0
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def test_audit_rows_cannot_be_updated_or_deleted(admin_session) -> None:
    conn = admin_session.conn
    with pytest.raises(dbc.DatabaseError):
        conn.execute("UPDATE audit_log SET action = 'x' WHERE seq = 1")
    with pytest.raises(dbc.DatabaseError):
        conn.execute("DELETE FROM audit_log")
