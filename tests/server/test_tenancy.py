"""Tenant isolation: no school reads or writes another's data through any route, nor in the database."""

from __future__ import annotations

import os

import psycopg
import pytest

from app.sync import protocol as p
from server.db import NOBODY, Scope

from .conftest import School, doc, enrol, head, new_id

SCHOOL_TABLES = ["record", "file", "file_chunk", "checkpoint", "alert", "device", "enrol_code"]


def test_same_record_id_in_two_schools_neither_conflicts_nor_leaks(school_a1: School, school_b1: School) -> None:
    rid = new_id()
    assert school_a1.send(doc("A", rid=rid)) == ["ok"]
    assert school_b1.send(doc("B", rid=rid, subject="other")) == ["ok"]   # not "conflict": A is invisible
    assert school_b1.send(doc("B", rid=rid, subject="other")) == ["ok"]
    assert school_a1.send(doc("A", rid=rid)) == ["ok"]


def test_files_of_another_school_are_neither_seen_nor_written(school_a1: School, school_b1: School) -> None:
    data = os.urandom(500)
    sha, chunks_b = p.seal_file(data, school_b1.server_public)
    school_b1.post("/files/missing", {"files": [{"sha256": sha, "size": 500}]})
    assert school_b1.put_chunk(sha, 0, chunks_b[0]).json()["complete"] is True
    # A does not learn that B holds the file, and cannot add chunks to B's file.
    _, chunks_a = p.seal_file(data, school_a1.server_public)
    assert school_a1.put_chunk(sha, 0, chunks_a[0]).status_code == 404
    seen = school_a1.post("/files/missing", {"files": [{"sha256": sha, "size": 500}]}).json()["files"][0]
    assert seen["complete"] is False and seen["missing_chunks"] == [0]


def test_checkpoint_chains_are_per_school(client, state) -> None:
    a, b = enrol(client, state, "A2"), enrol(client, state, "B1")
    with state.db.owner() as cur:
        cur.execute("SELECT coalesce(max(seq), 0) + 1 AS s FROM checkpoint")
        seq = cur.fetchone()["s"]
    # The same number with different heads in two schools is no fork: each is judged on its own chain.
    for school in (a, b):
        with state.db.owner() as cur:
            cur.execute("SELECT seq, encode(head, 'hex') AS h FROM checkpoint WHERE school = %s AND extends"
                        " ORDER BY seq DESC LIMIT 1", (school.school,))
            last = cur.fetchone()
        body = {"seq": seq, "head": head(seq)}
        if last:
            body |= {"prev_seq": last["seq"], "prev_head": last["h"]}
        assert school.post("/checkpoints", body).json() == {"result": "ok", "last_seq": seq}


def test_device_sees_only_its_own_rows_and_cannot_write_elsewhere(state, school_a1: School,
                                                                  school_b1: School) -> None:
    school_a1.send(doc("a-only"))
    school_b1.send(doc("b-only"))
    scope_a = Scope.device("A1", school_a1.device_id)
    with state.db.scoped(scope_a) as cur:
        for table in SCHOOL_TABLES:
            cur.execute(f"SELECT DISTINCT school FROM {table}")  # noqa: S608 - fixed table names
            assert {r["school"] for r in cur.fetchall()} <= {"A1"}, table
        cur.execute("SELECT device_id::text AS d FROM device")
        assert [r["d"] for r in cur.fetchall()] == [school_a1.device_id]   # not even a sibling device
    with pytest.raises(psycopg.errors.InsufficientPrivilege), state.db.scoped(scope_a) as cur:
        cur.execute("""INSERT INTO record (school, id, version, type, content_hash, data, size, device_id)
                       VALUES ('B1', gen_random_uuid(), 1, 'incident', %s, '{}', 2, %s)""",
                    (b"\0" * 32, school_a1.device_id))
    with state.db.scoped(scope_a) as cur:
        cur.execute("UPDATE device SET state = 'revoked' WHERE school = 'B1'")
        assert cur.rowcount == 0
        cur.execute("DELETE FROM file WHERE school = 'B1'")
        assert cur.rowcount == 0


def test_administrators_see_the_schools_below_them_and_write_nothing_schools_sent(state, school_a1: School,
                                                                                   school_b1: School) -> None:
    school_a1.send(doc("x"))
    school_b1.send(doc("y"))
    with state.db.scoped(Scope.admin("DA")) as cur:
        cur.execute("SELECT DISTINCT school FROM record")
        assert {r["school"] for r in cur.fetchall()} == {"A1"} | ({"A2"} & _schools_with_records(state))
        cur.execute("SELECT DISTINCT school FROM device")
        assert "B1" not in {r["school"] for r in cur.fetchall()}
        cur.execute("UPDATE device SET state = 'revoked' WHERE school = 'B1'")
        assert cur.rowcount == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege), state.db.scoped(Scope.admin("OB")) as cur:
        cur.execute("UPDATE record SET deleted_at = now()")
    with state.db.scoped(Scope.admin("OB")) as cur:
        cur.execute("SELECT DISTINCT school FROM record")
        assert {"A1", "B1"} <= {r["school"] for r in cur.fetchall()}
    with state.db.scoped(Scope.admin("A1")) as cur:          # a school is no administrator's unit
        cur.execute("SELECT count(*) AS n FROM record WHERE school = 'A2'")
        assert cur.fetchone()["n"] == 0


def _schools_with_records(state) -> set[str]:
    with state.db.owner() as cur:
        cur.execute("SELECT DISTINCT school FROM record")
        return {r["school"] for r in cur.fetchall()}


def test_before_authentication_nothing_is_readable(state, school_a1: School) -> None:
    school_a1.send(doc("z"))
    with state.db.scoped(NOBODY) as cur:
        for table in SCHOOL_TABLES:
            cur.execute(f"SELECT count(*) AS n FROM {table}")  # noqa: S608
            assert cur.fetchone()["n"] == 0, table
    with pytest.raises(psycopg.errors.InsufficientPrivilege), state.db.scoped(NOBODY) as cur:
        cur.execute("SELECT * FROM admin_user")


def test_the_application_role_cannot_bypass_row_level_security(state) -> None:
    with state.db.scoped(NOBODY) as cur:
        cur.execute("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")
        assert cur.fetchone() == {"rolsuper": False, "rolbypassrls": False}
        cur.execute("SELECT current_user AS u")
        assert cur.fetchone()["u"] == "kense_app"
    with state.db.owner() as cur:
        cur.execute("""SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relrowsecurity
                         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'school')""")
        assert cur.fetchall() == []


def test_the_school_leads_every_primary_key_of_school_data(state) -> None:
    with state.db.owner() as cur:
        cur.execute("""SELECT c.relname, a.attname FROM pg_index i
                       JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
                       WHERE i.indisprimary AND n.nspname = 'public'""")
        leads = {r["relname"]: r["attname"] for r in cur.fetchall()}
    for table in SCHOOL_TABLES:
        assert leads[table] == "school", table
    # The rest are the small reference tables (the tree, its administrators, the server's key) and the
    # rate windows' counts (keyed by device or address, holding no school data).
    assert set(leads) - set(SCHOOL_TABLES) == {"org", "admin_user", "admin_session", "server_identity",
                                                 "schema_migration", "rate_window"}


def test_a_scope_never_outlives_its_transaction(state, school_a1: School) -> None:
    with state.db.scoped(Scope.device("A1", school_a1.device_id)):
        pass
    for _ in range(state.settings.pool_max + 1):     # every pooled connection comes back clean
        with state.db.pool.connection() as conn:
            row = conn.execute("SELECT current_user, current_setting('kense.device_school', true)").fetchone()
            conn.rollback()
            assert row[0] != "kense_app" and not row[1]
