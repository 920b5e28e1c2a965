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


def test_upgrade_from_version_5_keeps_search_rows_and_certificate_digests(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = _fresh(tmp_path)
    every = m.available_migrations()
    monkeypatch.setattr(m, "available_migrations", lambda: [x for x in every if x.version <= 5])
    assert m.migrate(conn) == 5
    conn.execute("INSERT INTO pupil_search (rowid, names, pin, book)"
                 " VALUES (7, 'асанова айгүл', '21234567890123', 'а7')")
    conn.execute("INSERT INTO staff_search (rowid, names, pin) VALUES (3, 'токтогулов бакыт', '')")
    conn.execute(
        "INSERT INTO certificate (id, series, year, seq, number, template, lang, person_kind, person_id,"
        " person_name, issued_on, issued_at, snapshot, pdf_sha256, checksum)"
        " VALUES ('c1', 'study', 2026, 1, '1', 'study', 'ky', 'pupil', 'p1', 'x', '2026-09-01', 'now', '{}', ?, 'k')",
        ("ab" * 32,))
    monkeypatch.setattr(m, "available_migrations", lambda: every)
    assert m.migrate(conn) == m.latest_version()
    found = [r[0] for r in conn.execute("SELECT rowid FROM pupil_search WHERE pupil_search MATCH 'names : айг*'")]
    assert found == [7]
    assert [r[0] for r in conn.execute("SELECT rowid FROM staff_search WHERE staff_search MATCH 'т*'")] == [3]
    # the prefix index is in force: the table's definition carries it
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'pupil_search'").fetchone()[0]
    assert "prefix" in sql
    assert conn.execute("SELECT render_digest FROM certificate WHERE id = 'c1'").fetchone()[0] == "ab" * 32
