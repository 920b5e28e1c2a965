"""Memory security stays on and affordable: every connection gets the larger lookaside pool, so a
connection with many cached statements serves its bound parameters without a malloc (each of which
memory security turns into an mlock and an munlock). Read back from SQLite's own counters; the default
pool, in a process that skips the setting, runs out — so this test can fail."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import ctypes, sys
skip = sys.argv[1] == "default"
if skip:
    import sqlcipher3
    connect = lambda path: sqlcipher3.connect(path, isolation_level=None)
else:
    import db.connection   # sets the pool at import, as every Kense process does
    from db import lookaside
    assert lookaside.enlarged()
    import sqlcipher3
    connect = lambda path: sqlcipher3.connect(path, isolation_level=None)
import sqlcipher3._sqlite3 as ext
lib = ctypes.CDLL(ext.__file__)
c = connect(sys.argv[2])
c.execute("PRAGMA key = \"x'" + "42" * 32 + "'\"")
c.execute("PRAGMA cipher_memory_security = ON")
c.execute("CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT)")
c.execute("INSERT INTO t VALUES ('a', 'b')")
for i in range(60):                      # the cached statements that use up a small pool
    c.execute(f"SELECT v || {i} FROM t WHERE id = ?", ("a",)).fetchone()
db = ctypes.c_void_p.from_address(id(c) + ctypes.sizeof(ctypes.c_ssize_t) * 2).value
lib.sqlite3_db_filename.restype = ctypes.c_char_p
assert lib.sqlite3_db_filename(ctypes.c_void_p(db), b"main").endswith(b"probe.db")   # the right handle
cur, high = ctypes.c_int(), ctypes.c_int()
lib.sqlite3_db_status(ctypes.c_void_p(db), 6, ctypes.byref(cur), ctypes.byref(high), 1)   # MISS_FULL, reset
for i in range(1000):
    c.execute("SELECT v FROM t WHERE id = ?", ("a" * 40,)).fetchone()
lib.sqlite3_db_status(ctypes.c_void_p(db), 6, ctypes.byref(cur), ctypes.byref(high), 0)
print(c.execute("PRAGMA cipher_memory_security").fetchone()[0], high.value)
"""


def _misses(tmp_path: Path, mode: str) -> tuple[str, int]:
    out = subprocess.run([sys.executable, "-c", PROBE, mode, str(tmp_path / mode / "probe.db")], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    security, misses = out.stdout.split()
    return security, int(misses)


def test_a_busy_connection_serves_its_parameters_from_the_pool(tmp_path: Path) -> None:
    (tmp_path / "enlarged").mkdir()
    (tmp_path / "default").mkdir()
    assert _misses(tmp_path, "enlarged") == ("1", 0)
    security, misses = _misses(tmp_path, "default")
    assert security == "1" and misses >= 1000    # the library's default pool: a malloc per parameter
