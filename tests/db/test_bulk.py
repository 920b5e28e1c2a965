"""db.bulk.insert_rows: many rows in one run, every constraint of the real table still in force."""

from __future__ import annotations

import pytest

from db import bulk
from db.connection import IntegrityError, open_database


@pytest.fixture()
def conn(tmp_path):
    conn = open_database(tmp_path / "b.db", b"\x11" * 32, create=True)
    conn.execute("CREATE TABLE parent (id TEXT PRIMARY KEY)")
    conn.execute("INSERT INTO parent VALUES ('p1')")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                 " state TEXT NOT NULL CHECK (state IN ('a', 'b', 'c')), score REAL, note TEXT,"
                 " parent_id TEXT REFERENCES parent (id))")
    conn.commit()
    yield conn
    conn.close()


def _rows(conn):
    return conn.execute("SELECT id, name, state, score, note, parent_id, typeof(score), typeof(id) FROM t"
                        " ORDER BY id").fetchall()


def test_rows_arrive_in_order_with_their_types(conn):
    rows = [(i, f"Өмүр {i}", "abc"[i % 3], i / 4, None if i % 2 else "ң", "p1" if i % 5 == 0 else None)
            for i in range(1, 1201)]
    with conn:
        bulk.insert_rows(conn, "t", ("id", "name", "state", "score", "note", "parent_id"), rows)
    got = _rows(conn)
    assert [r[:6] for r in got] == rows
    assert {r[6] for r in got} == {"real"} and {r[7] for r in got} == {"integer"}
    assert conn.execute("SELECT count(*) FROM temp.bulk_t").fetchone()[0] == 0   # nothing left staged


@pytest.mark.parametrize(("bad", "why"), [
    ((3, "z", "d", None, None, None), "CHECK"),          # the IN list still checked
    ((3, "x", "a", None, None, None), "UNIQUE"),         # a unique key against a row of the same batch
    ((3, "z", "a", None, None, "nobody"), "FOREIGN"),    # the foreign key
])
def test_a_bad_row_refuses_the_whole_batch(conn, bad, why):
    rows = [(1, "x", "a", None, None, None), (2, "y", "b", None, None, None), bad]
    with pytest.raises(IntegrityError, match=why), conn:
        bulk.insert_rows(conn, "t", ("id", "name", "state", "score", "note", "parent_id"), rows)
    assert _rows(conn) == []
    with conn:   # the connection stays usable, and nothing of the refused batch comes back later
        bulk.insert_rows(conn, "t", ("id", "name", "state"), [(7, "w", "c")])
    assert [r[:3] for r in _rows(conn)] == [(7, "w", "c")]


def test_names_are_checked_and_rows_must_fit(conn):
    with pytest.raises(ValueError):
        bulk.insert_rows(conn, "t; DROP TABLE t", ("id",), [(1,)])
    with pytest.raises(ValueError):
        bulk.insert_rows(conn, "t", ("id", "name"), [(1, "a", "b")])
    bulk.insert_rows(conn, "t", ("id",), [])   # nothing to do


def test_one_row_goes_in_directly_with_the_same_checks(conn):
    with pytest.raises(IntegrityError, match="CHECK"):
        bulk.insert_rows(conn, "t", ("id", "name", "state"), [(1, "x", "d")])
    bulk.insert_rows(conn, "t", ("id", "name", "state"), [(1, "x", "a")])
    assert [r[:3] for r in _rows(conn)] == [(1, "x", "a")]
    assert conn.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0] == 0   # nothing staged
