"""Background work and the lock (issue 11). Prints figures; not a pass/fail test.

1. A class batch in its three phases (read + number, render, write): how long the database's write
   lock is held now (the write phase only) against the former design, which rendered inside the write
   transaction (render + write) — for a real class and for 500 certificates.
2. A lock with a 3,000-row import in flight on the database worker: how long ``lock()`` takes, and how
   long until the worker has let go (its task delivered); nothing of the import may remain.

    python -m bench.background [pupils]
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("KENSE_KDF_TARGET_MS", "20")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.certificates import register
from app.demo import DemoOptions
from app.people import demo_data
from app.security.profile import Profile

PASSWORD = "Bench-Syrsoz-2026!"


def timed(call, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = call(*args, **kwargs)
    return time.perf_counter() - start, value


def profile_with(pupils: int) -> Profile:
    root = Path(tempfile.mkdtemp(prefix="kense-bench-")) / "profile"
    profile = Profile(root)
    profile.create(school_name="Бенчмарк мектеби", admin_login="admin", admin_name="Bench Admin",
                   admin_password=PASSWORD, bind_device=False)
    session = profile.sign_in("admin", PASSWORD)
    try:
        demo_data.fill(session, DemoOptions(pupils=pupils))
    finally:
        session.close()
    return profile


def phases(profile: Profile, rounds: int = 3) -> None:
    session = profile.sign_in("admin", PASSWORD)
    try:
        biggest = session.conn.execute(
            "SELECT c.grade || '-' || c.letter, count(*) FROM enrolment e JOIN class c ON c.id = e.class_id"
            " WHERE e.end_date IS NULL GROUP BY c.id ORDER BY count(*) DESC LIMIT 1").fetchone()
        tpl, items = register.read_class(session, "study", biggest[0], "ky")
        register.render(register.number(session, tpl, items, "ky"))          # warm-up: fonts, fingerprint
        many = [(pid, replace(data, full_name=f"{data.full_name} {n}"))
                for n, (pid, data) in enumerate(items * (500 // len(items) + 1))][:500]
        for label, batch_items in ((f"class {biggest[0]} ({len(items)} pupils)", items), ("500 certificates", many)):
            reads, renders, writes = [], [], []
            for _ in range(rounds):
                read, batch = timed(register.number, session, tpl, batch_items, "ky")
                render, rendered = timed(register.render, batch)
                write, _ = timed(register.commit, session, batch, rendered)
                reads.append(read)
                renders.append(render)
                writes.append(write)
            read, render, write = (statistics.median(v) for v in (reads, renders, writes))
            print(f"{label}: number {read * 1000:.0f} ms, render {render * 1000:.0f} ms (pool, no database), "
                  f"write {write * 1000:.0f} ms")
            print(f"  write lock held: now {write * 1000:.0f} ms; rendering inside the transaction, as before: "
                  f"{(render + write) * 1000:.0f} ms ({(render + write) / write:.0f}×)")
    finally:
        session.close()


def lock_during_import(profile: Profile, rows: int = 3000) -> None:
    import openpyxl
    from PySide6.QtWidgets import QApplication

    from app.people.importing.run import run_import
    from ui import tasks

    app = QApplication.instance() or QApplication([])
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Фамилиясы", "Аты", "Атасынын аты", "Жынысы", "Туулган күнү", "Класс"])
    for i in range(rows):
        sheet.append([f"Токтосунов{chr(0x430 + i % 32)}", f"Азамат{i}", "", "э", "01.03.2014", "7-Ж"])
    path = Path(tempfile.mkdtemp(prefix="kense-bench-")) / "big.xlsx"
    book.save(path)
    session = profile.sign_in("admin", PASSWORD)
    before = session.conn.execute("SELECT count(*) FROM pupil").fetchone()[0]
    figures: dict[str, float] = {}

    def work(db, progress, cancelled):  # type: ignore[no-untyped-def]
        return run_import(db, path, kind="pupil", progress=progress, cancel=cancelled)

    def progressed(done: int, total: int, text: str) -> None:
        if text == "write" and done > 0 and "lock" not in figures:   # on the GUI thread, mid-transaction
            figures["start"] = time.perf_counter()
            session.lock()
            figures["lock"] = time.perf_counter() - figures["start"]
            figures["open"] = session.open_connections()

    task = tasks.manager().run_db(session, work, on_progress=progressed)
    while not task.done:
        app.processEvents()
        time.sleep(0.001)
    let_go = time.perf_counter() - figures["start"]
    while tasks.manager().active_threads():
        app.processEvents()
    session.unlock(PASSWORD)
    after = session.conn.execute("SELECT count(*) FROM pupil").fetchone()[0]
    print(f"lock with a {rows}-row import writing: lock() {figures['lock'] * 1000:.1f} ms, worker let go after "
          f"{let_go * 1000:.1f} ms, discarded: {task.discarded}, connections open right after the lock: "
          f"{figures['open']:.0f}; pupils before {before}, after {after}")
    session.close()


def main() -> None:
    pupils = int(sys.argv[1]) if len(sys.argv) > 1 else 1200
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.platform()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}")
    start = time.perf_counter()
    profile = profile_with(pupils)
    print(f"fixture: {pupils} demo pupils in {time.perf_counter() - start:.1f} s")
    phases(profile)
    lock_during_import(profile)


if __name__ == "__main__":
    main()
