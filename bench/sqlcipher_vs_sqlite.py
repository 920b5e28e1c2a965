"""SQLCipher vs plain SQLite on the same workload, as a ratio taken in one run (goal <= 1.3x).

Workload: 20,000 pupil-like rows inserted in one transaction, an index built, then 5,000 indexed
lookups and 200 range scans. Same pragmas on both (WAL, synchronous=FULL). The plain baseline is the
same sqlcipher3 library opened without a key (identical SQLite version), and the stdlib sqlite3 too.

Run: .venv/bin/python -m bench.sqlcipher_vs_sqlite
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

import sqlcipher3

from bench._machine import describe

ROWS = 20_000
LOOKUPS = 5_000
SCANS = 200


def _rows(seed: int = 7) -> list[tuple]:
    rng = random.Random(seed)
    letters = "АБВГДЕЖЗИЙКЛМНҢОӨПРСТУҮФХЦЧШЫЭЮЯ"
    return [(f"{i:08d}", "".join(rng.choice(letters) for _ in range(9)), "".join(rng.choice(letters) for _ in range(7)),
             f"20{rng.randint(10, 20)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
             str(rng.randint(10**13, 3 * 10**13 - 1)), "Ысык-Көл облусу, Ак-Суу району " * 2) for i in range(ROWS)]


def _workload(connect, path: Path, rows: list[tuple]) -> float:
    start = time.perf_counter()
    conn = connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE pupil (id TEXT PRIMARY KEY, surname TEXT, name TEXT, birth TEXT, pin TEXT,"
                 " address TEXT)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO pupil VALUES (?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    conn.execute("CREATE INDEX pupil_surname ON pupil (surname)")
    conn.execute("CREATE INDEX pupil_pin ON pupil (pin)")
    rng = random.Random(3)
    for _ in range(LOOKUPS):
        row = rows[rng.randrange(len(rows))]
        conn.execute("SELECT * FROM pupil WHERE pin = ?", (row[4],)).fetchall()
    for _ in range(SCANS):
        prefix = rows[rng.randrange(len(rows))][1][:2]
        conn.execute("SELECT id, surname FROM pupil WHERE surname >= ? AND surname < ? ORDER BY surname LIMIT 50",
                     (prefix, prefix + "\uffff")).fetchall()
    conn.close()
    return time.perf_counter() - start


def main() -> None:
    rows = _rows()
    key = os.urandom(32).hex()

    def cipher(path: Path):
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{key}'\"")
        conn.execute("PRAGMA cipher_memory_security = ON")
        return conn

    def plain_same_lib(path: Path):
        return sqlcipher3.connect(str(path), isolation_level=None)

    def stdlib(path: Path):
        return sqlite3.connect(str(path), isolation_level=None)

    results: dict[str, list[float]] = {"sqlcipher": [], "plain (same library, no key)": [], "stdlib sqlite3": []}
    with tempfile.TemporaryDirectory() as tmp:
        for round_ in range(3):  # interleaved, so drift in the machine hits all three alike
            for name, connect in (("sqlcipher", cipher), ("plain (same library, no key)", plain_same_lib),
                                  ("stdlib sqlite3", stdlib)):
                path = Path(tmp) / f"{round_}-{len(results[name])}-{name[:5]}.db"
                results[name].append(_workload(connect, path, rows))
    print(f"machine: {describe()}")
    print(f"sqlite versions: sqlcipher3 {sqlcipher3.sqlite_version}, stdlib {sqlite3.sqlite_version}")
    medians = {name: statistics.median(times) for name, times in results.items()}
    for name, value in medians.items():
        print(f"{name:32} median {value:.3f} s  ({', '.join(f'{t:.3f}' for t in results[name])})")
    base = medians["plain (same library, no key)"]
    print(f"ratio sqlcipher / plain (same library): {medians['sqlcipher'] / base:.2f}x")
    print(f"ratio sqlcipher / stdlib sqlite3:       {medians['sqlcipher'] / medians['stdlib sqlite3']:.2f}x")


if __name__ == "__main__":
    main()
