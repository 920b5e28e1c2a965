"""District server intake on this machine, against a bare psycopg COPY floor in the same run.

Run: .venv/bin/python -m bench.server_intake [--schools 200] [--batches 2] [--batch-size 250]
     .venv/bin/python -m bench.server_intake --country-day [--scale 0.1]

A throwaway PostgreSQL (fsync on) on loopback, `kense-server serve` in its own process, and simulated
schools, all at once, each an enrolled device sending its batches one after another over HTTP with
gzip bodies — records sealed beforehand, as the school's outbox holds them. The floor: the same rows
(same table shape, indexes and RLS-free) by one psycopg connection with COPY, one transaction per
batch. The country day: schools × (50 records + 5 files of 200 KB in sealed 256 KiB chunks); the
server process's peak memory (VmHWM) is read from /proc.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import psycopg
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.sync import protocol as p
from bench._machine import describe
from server import db as dbmod
from server import devices, identity, orgs
from server.throwaway import Cluster


def _doc(n: int, files: list[dict[str, Any]] | None = None) -> p.Record:
    return p.Record(p.RecordType.DOCUMENT_VERSION, str(uuid.uuid4()), 1, {
        "kind": "incoming", "number": f"{n}", "reg_date": "2026-11-30",
        "subject": "Окуу жылынын аягына карата отчет тапшыруу тууралуу", "summary": "Кыскача мазмуну " * 8,
        "correspondent": "Аламүдүн райондук билим берүү бөлүмү", "their_number": f"01-{n}",
        "their_date": "2026-11-28", "access_level": "normal", "corrects": None, "reason": "",
        "files": files or []})


def _setup(dsn: str, schools: int) -> list[str]:
    dbmod.migrate(dsn)
    with psycopg.connect(dsn, row_factory=psycopg.rows.dict_row) as conn, conn.cursor() as cur:
        identity.ensure(cur)
        orgs.add_org(cur, "KG", "country", "KG")
        orgs.add_org(cur, "OB", "oblast", "OB", "KG")
        districts = max(1, schools // 40)              # ≈ 40 schools a district, as in the country
        for d in range(districts):
            orgs.add_org(cur, f"D{d}", "district", f"D{d}", "OB")
        codes = []
        for s in range(schools):
            orgs.add_org(cur, f"S{s:04d}", "school", f"S{s}", f"D{s % districts}")
            codes.append(devices.issue_enrol_code(cur, f"S{s:04d}", by="bench"))
    return codes


def _start_server(dsn: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "server.cli", "serve", "--dsn", dsn, "--port", str(port),
                             "--pool", "8", "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=2)
            return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the server did not start")


def _peak_rss_mib(pid: int) -> float:
    """Peak resident memory of the server: the process and its worker processes, summed."""
    total = 0.0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            total += int(line.split()[1]) / 1024
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            total += _peak_rss_mib(int(child))
    return total


class School:
    def __init__(self, base: str, token: str, server_id: str, server_public: bytes) -> None:
        self.base, self.server_public = base, server_public
        self.headers = {p.HEADER_PROTOCOL: "1", "Authorization": f"Bearer {token}", p.HEADER_SERVER_ID: server_id}


async def _enrol_all(base: str, codes: list[str]) -> list[School]:
    async with httpx.AsyncClient(timeout=60) as http:
        async def one(code: str) -> School:
            key = p.raw_public_key(X25519PrivateKey.generate())
            resp = await http.post(f"{base}/enrol", headers={p.HEADER_PROTOCOL: "1"},
                                   json={"code": code, "device_name": "bench", "device_public_key": p.b64encode(key)})
            made = p.Enrolment.from_json(resp.json())
            return School(base, made.token, made.server_id, made.server_public_key)
        out = []
        for i in range(0, len(codes), 50):
            out += await asyncio.gather(*(one(c) for c in codes[i:i + 50]))
        return out


def _batch_body(school: School, records: list[p.Record]) -> bytes:
    items = [p.SealedItem(f"o{i}", r.type, r.id, r.version, p.seal_record(r, school.server_public)).to_json()
             for i, r in enumerate(records)]
    return gzip.compress(json.dumps({"items": items}).encode(), compresslevel=6)


async def _send_batches(http: httpx.AsyncClient, school: School, bodies: list[bytes],
                        latencies: list[float]) -> None:
    for body in bodies:
        started = time.perf_counter()
        resp = await http.post(f"{school.base}/records", content=body,
                               headers={**school.headers, "Content-Encoding": "gzip",
                                        "Content-Type": "application/json"})
        latencies.append(time.perf_counter() - started)
        results = resp.json()["results"]
        assert resp.status_code == 200 and all(r["result"] == "ok" for r in results), resp.text[:300]


async def _send_files(http: httpx.AsyncClient, school: School, files: list[tuple[str, int, list[bytes]]]) -> None:
    resp = await http.post(f"{school.base}/files/missing", headers=school.headers,
                           json={"files": [{"sha256": sha, "size": size} for sha, size, _ in files]})
    assert resp.status_code == 200, resp.text
    for sha, _, chunks in files:
        for i, chunk in enumerate(chunks):
            r = await http.put(f"{school.base}/files/{sha}/chunks/{i}", content=chunk,
                               headers={**school.headers, p.HEADER_CHUNK_SHA256: hashlib.sha256(chunk).hexdigest(),
                                        "Content-Type": "application/octet-stream"})
            assert r.status_code == 200, r.text


def _copy_floor(dsn: str, rows_by_batch: list[list[tuple[Any, ...]]]) -> float:
    with psycopg.connect(dsn) as conn:
        conn.execute("CREATE TABLE record_floor (LIKE record INCLUDING ALL)")
        conn.commit()
        started = time.perf_counter()
        for rows in rows_by_batch:
            with conn.cursor() as cur, cur.copy("COPY record_floor (school, id, version, type, content_hash, data,"
                                                " size, device_id) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            conn.commit()
        return time.perf_counter() - started


def intake(args: argparse.Namespace) -> None:
    with Cluster(durable=True) as cluster:
        dsn = cluster.create_database("bench")
        codes = _setup(dsn, args.schools)
        port = cluster.port + 1
        server = _start_server(dsn, port, args.workers)
        try:
            base = f"http://127.0.0.1:{port}{p.API_PREFIX}"
            schools = asyncio.run(_enrol_all(base, codes))
            records = [[[_doc(b * args.batch_size + i) for i in range(args.batch_size)] for b in range(args.batches)]
                       for _ in schools]
            print(f"sealing {args.schools * args.batches * args.batch_size:,} records …", file=sys.stderr)
            bodies = [[_batch_body(s, batch) for batch in per] for s, per in zip(schools, records, strict=True)]
            latencies: list[float] = []

            async def run_all() -> float:
                limits = httpx.Limits(max_connections=len(schools), max_keepalive_connections=len(schools))
                async with httpx.AsyncClient(timeout=300, limits=limits) as http:
                    started = time.perf_counter()
                    await asyncio.gather(*(_send_batches(http, s, b, latencies)
                                           for s, b in zip(schools, bodies, strict=True)))
                    return time.perf_counter() - started

            elapsed = asyncio.run(run_all())
            rss = _peak_rss_mib(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=60)
        total = args.schools * args.batches * args.batch_size
        device = uuid.uuid4()
        rows = [[(f"S{si:04d}", r.id, r.version, str(r.type), hashlib.sha256(r.canonical()).digest(),
                  p.canonical_json(dict(r.data)).decode(), len(r.canonical()), device) for r in batch]
                for si, per in enumerate(records) for batch in per]
        floor = _copy_floor(dsn, rows)
    lat = sorted(latencies)
    print(f"machine: {describe()}")
    print(f"{args.schools} schools at once × {args.batches} batches × {args.batch_size} records = {total:,} records")
    print(f"intake: {elapsed:.2f} s → {total / elapsed:,.0f} records/s; batch latency p50 "
          f"{statistics.median(lat) * 1000:.0f} ms, p95 {lat[int(0.95 * (len(lat) - 1))] * 1000:.0f} ms")
    print(f"COPY floor (one connection, a transaction per batch): {floor:.2f} s → {total / floor:,.0f} records/s")
    print(f"intake / floor: {floor / elapsed:.2f}× (goal ≥ 0.3×); server peak RSS {rss:.0f} MiB")


def country_day(args: argparse.Namespace) -> None:
    schools_n = max(1, round(2400 * args.scale))
    with Cluster(durable=True) as cluster:
        dsn = cluster.create_database("bench")
        codes = _setup(dsn, schools_n)
        port = cluster.port + 1
        server = _start_server(dsn, port, args.workers)
        try:
            base = f"http://127.0.0.1:{port}{p.API_PREFIX}"
            schools = asyncio.run(_enrol_all(base, codes))
            print(f"preparing {schools_n} schools × (50 records + 5 files of 200 KB) …", file=sys.stderr)
            work = []
            for s in schools:
                files = []
                for _ in range(5):
                    data = os.urandom(200 * 1000)
                    sha, chunks = p.seal_file(data, s.server_public)
                    files.append((sha, len(data), chunks))
                recs = [_doc(i, [{"sha256": f[0], "size": f[1], "name": "скан.pdf"}] if i < 5 else None)
                        for i, f in zip(range(50), files + [None] * 45, strict=True)]  # type: ignore[list-item]
                work.append((s, files, [_batch_body(s, recs)]))
            latencies: list[float] = []

            async def run_all() -> float:
                limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
                gate = asyncio.Semaphore(200)               # 200 schools online at any moment
                async with httpx.AsyncClient(timeout=600, limits=limits) as http:
                    async def one(s: School, files: list[tuple[str, int, list[bytes]]], bodies: list[bytes]) -> None:
                        async with gate:
                            await _send_files(http, s, files)
                            await _send_batches(http, s, bodies, latencies)
                    started = time.perf_counter()
                    await asyncio.gather(*(one(*w) for w in work))
                    return time.perf_counter() - started

            elapsed = asyncio.run(run_all())
            rss = _peak_rss_mib(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=60)
    full = elapsed / args.scale
    print(f"machine: {describe()}")
    print(f"country day at scale {args.scale}: {schools_n} schools, {schools_n * 50:,} records, "
          f"{schools_n * 5:,} files ({schools_n * 5 * 200 / 1000:,.0f} MB) in {elapsed:.1f} s; "
          f"whole country (2,400 schools) ≈ "
          f"{full / 60:.1f} min if linear (goal ≤ 10 min); server peak RSS {rss:.0f} MiB (goal ≤ 500 MB)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--schools", type=int, default=200)
    ap.add_argument("--batches", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=250)
    ap.add_argument("--workers", type=int, default=1, help="server processes")
    ap.add_argument("--country-day", action="store_true")
    ap.add_argument("--scale", type=float, default=0.1, help="share of the 2,400 schools (country day)")
    args = ap.parse_args()
    (country_day if args.country_day else intake)(args)


if __name__ == "__main__":
    main()
