"""Document register benchmark: register N documents (some with a file) on a real encrypted profile,
then time full-text searches as the secretary would run them. Prints figures; not a pass/fail test.

    .venv/bin/python bench/bench_documents.py [--docs 10000] [--files 1000] [--queries 300]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("KENSE_KDF_TARGET_MS", "50")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.admin import users
from app.documents import correspondents, queries
from app.documents import register as reg
from app.security.profile import Profile

PASSWORD = "Bench-Syrsoz-2026"
WORDS = ("окуу", "жылы", "билим", "берүү", "мектеп", "отчет", "тизме", "мугалим", "окуучу", "олимпиада",
         "китеп", "жылуулук", "коопсуздук", "маалымат", "кеңеш", "проведение", "сведения", "учащихся",
         "аттестация", "выпускник", "ремонт", "питание", "каникулы", "семинар", "квалификация", "бюджет",
         "өрт", "үй-бүлө", "ата-эне", "жыйналыш", "саламаттык", "спорт", "майрам", "конкурс", "тестирлөө")
CORRESPONDENTS = [*[f"{n}-мектеп, {d} району" for n in range(1, 30) for d in ("Ак-Суу", "Жети-Өгүз")][:40],
                  "Ак-Суу райондук билим берүү бөлүмү", "Агартуу министрлиги", "Ата-энелер комитети", "Айыл өкмөтү"]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=1_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--keep", action="store_true", help="keep the profile (prints its folder)")
    args = parser.parse_args()
    rng = random.Random(7)
    root = Path(tempfile.mkdtemp(prefix="kense-bench-"))
    profile = Profile(root / "profile")
    profile.create(school_name="Бенчмарк мектеби", admin_login="admin", admin_name="Админ", admin_password=PASSWORD,
                   bind_device=False)
    admin = profile.sign_in("admin", PASSWORD)
    users.add_user(admin, "secretary", "Катчы", "secretary", PASSWORD)
    users.add_user(admin, "teacher", "Мугалим", "teacher", PASSWORD)
    for name in CORRESPONDENTS[-4:]:
        correspondents.add(admin, name, "other")
    session = profile.sign_in("secretary", PASSWORD)
    files_dir = root / "files"
    files_dir.mkdir()
    with_file = set(rng.sample(range(args.docs), args.files))
    latencies: list[float] = []
    file_bytes = 0
    started = time.perf_counter()
    for i in range(args.docs):
        kind = rng.choice(("incoming", "incoming", "outgoing", "internal", "order"))
        subject = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(3, 9))).capitalize()
        files = []
        if i in with_file:
            path = files_dir / f"scan-{i}.pdf"
            data = b"%PDF-1.4\n" + os.urandom(rng.randrange(20_000, 200_000))
            path.write_bytes(data)
            file_bytes += len(data)
            files = [path]
        t0 = time.perf_counter()
        reg.register(session, kind=kind, series="main" if kind == "order" else None, subject=subject,
                     summary=" ".join(rng.choice(WORDS) for _ in range(rng.randrange(0, 20))),
                     correspondent=rng.choice(CORRESPONDENTS) if kind in ("incoming", "outgoing") else None,
                     their_number=f"{i}" if kind == "incoming" else None,
                     their_date="2025-09-01" if kind == "incoming" else None,
                     files=files, executor=rng.choice(("teacher", None, None)), due="2099-01-01")
        latencies.append(time.perf_counter() - t0)
        for f in files:
            f.unlink()
    total = time.perf_counter() - started
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_size = profile.db_path.stat().st_size

    search_times: list[float] = []
    hits = 0
    for _ in range(args.queries):
        word = rng.choice(WORDS)
        text = word[: rng.randrange(3, len(word) + 1)]
        if rng.random() < 0.3:
            text += " " + rng.choice(WORDS)[:4]
        t0 = time.perf_counter()
        rows = queries.list_documents(session, queries.Filters(search=text, limit=200))
        search_times.append(time.perf_counter() - t0)
        hits += len(rows)
    teacher = profile.sign_in("teacher", PASSWORD)
    teacher_times = []
    for _ in range(100):
        t0 = time.perf_counter()
        queries.list_documents(teacher, queries.Filters(search=rng.choice(WORDS)[:4], limit=200))
        teacher_times.append(time.perf_counter() - t0)

    ms = 1000
    print(f"documents registered:   {args.docs} ({args.files} with a file, {file_bytes / 1048576:.1f} MiB of files)")
    print(f"registration total:     {total:.1f} s  ({args.docs / total:.0f} documents/s)")
    print(f"registration latency:   p50 {percentile(latencies, 50) * ms:.1f} ms,"
          f" p95 {percentile(latencies, 95) * ms:.1f} ms, max {max(latencies) * ms:.1f} ms")
    print(f"database size:          {db_size / 1048576:.1f} MiB")
    print(f"search (secretary, limit 200, {args.queries} queries): p50 {percentile(search_times, 50) * ms:.2f} ms,"
          f" p95 {percentile(search_times, 95) * ms:.2f} ms, max {max(search_times) * ms:.2f} ms,"
          f" mean hits {hits / args.queries:.0f}")
    print(f"search (teacher, visibility by assignment): p50 {percentile(teacher_times, 50) * ms:.2f} ms,"
          f" p95 {percentile(teacher_times, 95) * ms:.2f} ms")
    print(f"mean search: {statistics.mean(search_times) * ms:.2f} ms")
    teacher.close()
    session.close()
    admin.close()
    import shutil

    if args.keep:
        print(f"profile kept: {root / 'profile'} (password {PASSWORD})")
    else:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
