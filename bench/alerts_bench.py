"""How long the responsible person's alerts take to refresh on a big school: the 20,000-pupil demo school
plus a year of audit log (about 1,000,000 entries, a valid chain), with a few planted incidents on the
last day. Prints figures; not a pass/fail test.   .venv/bin/python -m bench.alerts_bench [PUPILS] [ENTRIES]"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("KENSE_KDF_TARGET_MS", "20")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.admin import users
from app.audit import chain
from app.clock import utc_now
from app.demo import DemoOptions
from app.desk import alerts
from app.people import demo_data
from bench._machine import describe
from bench.people_bench import PASSWORD, _profile
from db.transaction import write_transaction

OTHER = ("person.update", "print", "document.register", "document.assign", "document.comment", "session.sign_in",
         "session.sign_out", "session.lock", "session.unlock", "certificate.issue", "export.list")


def _stamp(moment) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _history(session, staff: list[str], pupils: list[str], entries: int) -> int:
    """A year of office work, appended to the real chain in one transaction."""
    rng = random.Random(7)
    now = utc_now()
    per_day = entries // 365
    conn = session.conn
    seq, prev = chain.head(conn, session.db_id)
    rows = []
    for day in range(365, 0, -1):
        start = now - timedelta(days=day)
        if start.weekday() >= 5:
            continue
        for k in range(per_day * 7 // 5):
            user = rng.choice(staff)
            at = _stamp(start + timedelta(seconds=8 * 3600 * k / (per_day * 1.4)))
            if k % 6 == 0:
                action, otype, oid, detail = "person.reveal", "pupil", rng.choice(pupils), {"fields": ["pin"]}
            else:
                action = rng.choice(OTHER)
                otype, oid, detail = "pupil", rng.choice(pupils), {"removable": False} if action.startswith(
                    "export") else {"fields": ["address"]}
            rows.append((at, user, action, otype, oid, detail))
    # the last day: a user revealing 300 records, six failed sign-ins within the hour, a refused USB export
    spike, victim = staff[0], staff[1]
    base = now - timedelta(hours=3)
    rows += [(_stamp(base + timedelta(seconds=10 * i)), spike, "person.reveal", "pupil", pupils[i], {"fields": ["pin"]})
             for i in range(300)]
    rows += [(_stamp(base + timedelta(minutes=5 * i)), None, "session.sign_in_failed", "app_user", victim,
              {"known_user": True}) for i in range(6)]
    rows.append((_stamp(base), spike, "export.refused", "pupils", "", {"removable": True, "format": "xlsx"}))
    with write_transaction(conn):
        for at, user, action, otype, oid, detail in rows:
            seq += 1
            row = {"seq": seq, "at": at, "user_id": user, "action": action, "object_type": otype, "object_id": oid,
                   "detail": detail}
            digest = chain.row_hash(prev, row)
            conn.execute("INSERT INTO audit_log (seq, at, user_id, action, object_type, object_id, detail,"
                         " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (seq, at, user, action, otype, oid, json.dumps(detail, sort_keys=True, ensure_ascii=False),
                          prev, digest))
            prev = digest
    return len(rows)


def main() -> None:
    n_pupils = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    n_entries = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    root = Path(tempfile.mkdtemp()) / "profile"
    session = _profile(root).sign_in("admin", PASSWORD)
    t = time.perf_counter()
    demo_data.fill(session, DemoOptions(pupils=n_pupils))
    fill = time.perf_counter() - t
    staff = [users.add_user(session, f"user{k:02d}", f"User {k}", "secretary", PASSWORD).id for k in range(30)]
    pupil_ids = [r[0] for r in session.conn.execute("SELECT id FROM pupil LIMIT 5000")]
    t = time.perf_counter()
    added = _history(session, staff, pupil_ids, n_entries)
    history = time.perf_counter() - t
    total = session.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    size = root.joinpath("kense.db").stat().st_size / 1e6
    print(describe())
    print(f"pupils {n_pupils} (fill {fill:.0f} s); audit log {total} entries ({added} added in {history:.0f} s);"
          f" database {size:.0f} MB")
    t = time.perf_counter()
    raised = alerts.refresh(session)
    first = time.perf_counter() - t
    print(f"first refresh (raises {len(raised)}: {sorted(a.kind for a in raised)}): {first * 1000:.0f} ms")
    steady = []
    for _ in range(7):
        t = time.perf_counter()
        assert alerts.refresh(session) == []
        steady.append(time.perf_counter() - t)
    print(f"refresh with nothing new: median {statistics.median(steady) * 1000:.0f} ms,"
          f" max {max(steady) * 1000:.0f} ms (7 runs)")
    w = alerts.Window.at(utc_now())
    conn = session.conn
    for name, detector in (("failed_sign_ins", alerts.failed_sign_ins), ("reveal_spikes", alerts.reveal_spikes),
                           ("removable_exports", alerts.removable_exports)):
        times = []
        for _ in range(5):
            t = time.perf_counter()
            list(detector(conn, w))
            times.append(time.perf_counter() - t)
        print(f"  {name}: median {statistics.median(times) * 1000:.1f} ms")
    plan = conn.execute("EXPLAIN QUERY PLAN SELECT user_id, at FROM audit_log WHERE action = 'person.reveal'"
                        " AND at >= ?", (w.since(37),)).fetchall()
    print("  reveal query plan:", "; ".join(str(r[-1]) for r in plan))
    t = time.perf_counter()
    listed = alerts.list_alerts(session)
    print(f"list_alerts ({len(listed)}): {(time.perf_counter() - t) * 1000:.1f} ms")
    session.close()


if __name__ == "__main__":
    main()
