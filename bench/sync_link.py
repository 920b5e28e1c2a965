"""A school's month over a rural link: 2,000 register entries with their events and 20 MB of files,
through the fault proxy at 256 kbit/s, 300 ms round trip, the connection cut every 2 MB.

    python -m bench.sync_link [--entries 2000] [--files-mb 20] [--kbit 256] [--rtt 0.3] [--cut-mb 2]

Prints: everything arrived (server report), bytes on the wire against the compressed payload, wall
time against payload / bandwidth, bytes re-sent after the cuts, and a quiet re-run's round trips and
bytes. The district server is the protocol-faithful one of tests/sync/district.py (a process of its
own); the client is the real one, sending from the sealed spool as it does while the session is locked.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("KENSE_KDF_TARGET_MS", "20")

from app.documents import events, register
from app.sync import outbox, payloads, service
from app.sync.protocol import CHUNK_OVERHEAD, CHUNK_SIZE
from bench._machine import describe
from bench.fault_proxy import FaultProxy
from tests.conftest import create_profile, make_file_keyring
from tests.sync.conftest import District


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=2000)
    ap.add_argument("--files-mb", type=float, default=20.0)
    ap.add_argument("--file-kb", type=int, default=512)
    ap.add_argument("--kbit", type=float, default=256.0)
    ap.add_argument("--rtt", type=float, default=0.3)
    ap.add_argument("--cut-mb", type=float, default=2.0)
    args = ap.parse_args()
    bandwidth = args.kbit * 1000 / 8
    work = Path(tempfile.mkdtemp(prefix="kense-sync-bench-"))
    district = District(work / "district").start()
    try:
        return _run(args, bandwidth, work, district)
    finally:
        district.stop()
        shutil.rmtree(work, ignore_errors=True)


def _run(args: argparse.Namespace, bandwidth: float, work: Path, district: District) -> int:
    keyring = make_file_keyring(work / "keyring")
    school = create_profile(work / "profile", keyring)
    session = school.sign_in()
    proxy = FaultProxy(district.port or 0).start()
    service.enrol(session, proxy.url, district.code())

    # ------------------------------------------------------------ the month's register
    files_dir = work / "scans"
    files_dir.mkdir()
    n_files = max(1, int(args.files_mb * 1024 * 1024 // (args.file_kb * 1024)))
    started = time.perf_counter()
    for i in range(args.entries):
        attach = []
        if i < n_files:
            f = files_dir / f"scan-{i:04d}.pdf"
            f.write_bytes(b"%PDF-1.5\n" + os.urandom(args.file_kb * 1024 - 9))   # scans do not compress
            attach.append(f)
        reg = register.register(session, kind="incoming" if i % 3 else "outgoing",
                                subject=f"Окуу жылынын {i}-чейрегиндеги сабактардын жүгүртмөсү жөнүндө",
                                correspondent="Нарын районунун билим берүү бөлүмү", their_number=f"02-{i}",
                                their_date="2026-11-02", summary="Мектептин директоруна маалымат үчүн.",
                                files=attach)
        if i % 2 == 0:
            events.execute(session, reg.id)
    made = time.perf_counter() - started
    rows = outbox.rows(session.conn)
    records = [payloads.record_for(session.conn, r.record_type, r.record_id, r.version)
               for r in rows if r.record_type != payloads.FILE_TYPE]
    record_bytes = b"\n".join(r.canonical() for r in records)
    files = sorted(files_dir.iterdir())
    payload_records = len(gzip.compress(record_bytes, 6))
    payload_files = sum(len(gzip.compress(f.read_bytes(), 6)) for f in files)
    payload = payload_records + payload_files
    total_file_bytes = sum(f.stat().st_size for f in files)
    chunks = sum((f.stat().st_size + CHUNK_SIZE - 1) // CHUNK_SIZE for f in files)
    session.lock()   # the office PC sits locked: the sender needs no key

    # ------------------------------------------------------------ through the bad link
    proxy.configure(bandwidth=bandwidth, rtt=args.rtt, cut_every=int(args.cut_mb * 1_000_000))
    up0, down0, lost0 = proxy.stats.up, proxy.stats.down, proxy.stats.lost_up
    t0 = time.perf_counter()
    runs = []
    while True:
        r = service.send_locked(school.profile.root, school.profile.db_id, keyring, stall_seconds=60)
        runs.append(r)
        if r.pending == 0 and r.reason is None:
            break
        if len(runs) > 30:
            print("did not finish:", r, file=sys.stderr)
            return 1
    wall = time.perf_counter() - t0
    wire = (proxy.stats.up - up0) + (proxy.stats.down - down0)
    resent = proxy.stats.lost_up - lost0   # request bytes that went through but whose reply the cut took
    cuts = proxy.stats.cuts

    # ------------------------------------------------------------ a quiet re-run
    proxy.configure(cut_every=None)
    up1, down1, conn1 = proxy.stats.up, proxy.stats.down, proxy.stats.connections
    quiet = service.send_locked(school.profile.root, school.profile.db_id, keyring)
    quiet_bytes = (proxy.stats.up - up1) + (proxy.stats.down - down1)
    quiet_trips = quiet.requests + (proxy.stats.connections - conn1)   # TCP connect + each request

    # ------------------------------------------------------------ what arrived
    got = district.report()
    missing = [r for r in records if f"{r.type}:{r.id}:{r.version}" not in got["record_ids"]]
    bad_files = [f.name for f in files
                 if not got["files"].get(hashlib.sha256(f.read_bytes()).hexdigest(), {}).get("complete")
                 or got["files"][hashlib.sha256(f.read_bytes()).hexdigest()].get("stored_sha256")
                 != hashlib.sha256(f.read_bytes()).hexdigest()]
    session.unlock(school.admin_password)
    counts = outbox.counts(session.conn)
    session.close()
    proxy.stop()

    ideal = payload / bandwidth
    print(f"# sync_link — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {describe()}")
    print(f"link: {args.kbit:g} kbit/s each way, {args.rtt * 1000:g} ms round trip, cut every {args.cut_mb:g} MB")
    print(f"made: {args.entries} entries, {len(records)} records (versions, events, checkpoints), "
          f"{len(files)} files = {total_file_bytes / 1e6:.1f} MB in {chunks} chunks; {made:.1f} s "
          f"({made / max(len(rows), 1) * 1000:.1f} ms per outbox row incl. sealing)")
    print()
    print("| figure | value | goal |")
    print("|---|---|---|")
    print(f"| arrived | {len(records) - len(missing)}/{len(records)} records, {len(files) - len(bad_files)}/"
          f"{len(files)} files byte-identical, duplicates {got['duplicates']} | all, 0 |")
    print(f"| outbox after the next sign-in | {counts} | all synced |")
    print(f"| compressed payload | {payload:,} B (records {payload_records:,} + files {payload_files:,}) | — |")
    print(f"| bytes on the wire (both ways) | {wire:,} B = {wire / payload:.3f}× payload | ≤ 1.15× |")
    print(f"| wall time | {wall:.0f} s = {wall / ideal:.3f}× payload/bandwidth ({ideal:.0f} s) | ≤ 1.25× |")
    reconnects = sum(r.reconnects for r in runs)
    print(f"| cuts, runs, reconnects | {cuts} cuts, {len(runs)} run(s), {reconnects} reconnects | — |")
    print(f"| bytes re-sent after the cuts | {resent:,} B = {resent / max(cuts, 1):,.0f} B per cut "
          f"(one chunk = {CHUNK_SIZE + CHUNK_OVERHEAD:,} B) | ≤ one chunk per cut |")
    print(f"| quiet re-run | {quiet_trips} round trips, {quiet_bytes:,} B, pending {quiet.pending} | ≤ 2, ≤ 2 KB |")
    ok = not missing and not bad_files and got["duplicates"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
