"""Pupils and staff benchmarks: search p95 at 1k and 20k pupils, 5,000-row xlsx import, RSS with 20k
pupils listed. Prints figures; not a pass/fail test.   .venv/bin/python bench/people_bench.py"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("KENSE_KDF_TARGET_MS", "20")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl

from app.demo import DemoOptions
from app.people import demo_data, pupils
from app.people.importing.run import run_import
from app.security import kdf
from app.security.profile import Profile

QUERIES = ["ас", "Асанов", "ай", "өм", "нур", "бек", "2060", "Ө/7", "жумабаева айгүл", "е", "т", "эрлан",
           "кызы", "1", "султан", "медер", "Ак", "ү", "ң", "иванова"]
PASSWORD = "Bench-Syrsoz-2026"


def _profile(root: Path) -> Profile:
    profile = Profile(root)
    fast = kdf.Calibration(time_cost=1, memory_kib=kdf.MIN_MEMORY_KIB, parallelism=2, seconds=0.0)
    profile._calibration = fast
    profile.create(school_name="Bench", admin_login="admin", admin_name="Bench", admin_password=PASSWORD,
                   bind_device=False, calibration=fast)
    return profile


PAGE = 200  # the list model's first page (ui/people/model.py)


def _p95(times: list[float]) -> float:
    times = sorted(times)
    return times[int(len(times) * 0.95) - 1]


def _fill(root: Path, n: int) -> tuple[Any, float]:
    profile = _profile(root)
    session = profile.sign_in("admin", PASSWORD)
    start = time.perf_counter()
    demo_data.fill(session, DemoOptions(pupils=n))
    return session, time.perf_counter() - start


def _one_round(session: Any, times: list[float], whole: list[float]) -> None:
    for q in QUERIES:
        t = time.perf_counter()
        ids = pupils.pupil_ids(session, query=q, limit=PAGE)   # what the list asks for
        pupils.pupil_rows(session, ids[:50])                   # the rows a view shows first
        times.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        pupils.pupil_ids(session, query=q)                     # every match (CLI, export)
        whole.append((time.perf_counter() - t) * 1000)


def search_bench(sizes: tuple[int, ...] = (1000, 20000), rounds: int = 5) -> dict[int, dict[str, float]]:
    """Both schools are filled first, then the rounds alternate between them, so a slow spell of the
    (shared, virtual) machine falls on both sides of the ratio alike."""
    with tempfile.TemporaryDirectory() as tmp:
        filled = {n: _fill(Path(tmp) / f"p{n}", n) for n in sizes}
        times: dict[int, list[float]] = {n: [] for n in sizes}
        whole: dict[int, list[float]] = {n: [] for n in sizes}
        first: dict[int, float] = {}
        for r in range(rounds):
            for n in sizes:
                _one_round(filled[n][0], times[n], whole[n])
                if r == 0:
                    first[n] = _p95(times[n])
        for session, _ in filled.values():
            session.close()
    return {n: {"fill": filled[n][1], "p95": _p95(times[n]), "median": statistics.median(times[n]),
                "whole": _p95(whole[n]), "first_round": first[n], "later": _p95(times[n][len(QUERIES):])}
            for n in sizes}


def import_bench(rows: int = 5000) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.xlsx"
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["Фамилия", "Имя", "Отчество", "Пол", "Дата рождения", "ПИН", "Класс"])
        for i in range(rows):
            sheet.append([f"Асанов{chr(0x430 + i % 32)}", f"Бакыт{i}", "Асанович", "м", f"{1 + i % 28:02d}.03.2014",
                          20103201400000 + i, f"{1 + i % 11}-А"])
        book.save(path)
        profile = _profile(Path(tmp) / "p")
        session = profile.sign_in("admin", PASSWORD)
        start = time.perf_counter()
        report = run_import(session, path)
        elapsed = time.perf_counter() - start
        assert report.imported == rows
        session.close()
    return elapsed


def rss_listing(n: int = 20000) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        profile = _profile(Path(tmp) / "p")
        session = profile.sign_in("admin", PASSWORD)
        demo_data.fill(session, DemoOptions(pupils=n))
        rows = pupils.pupil_rows(session, pupils.pupil_ids(session))
        assert len(rows) == n
        session.close()
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    figures = search_bench()
    small, large = figures[1000], figures[20000]
    print(f"demo fill: 1k {small['fill']:.1f} s, 20k {large['fill']:.1f} s")
    print(f"search p95: 1k {small['p95']:.2f} ms, 20k {large['p95']:.2f} ms (median {small['median']:.2f} /"
          f" {large['median']:.2f} ms); 20k/1k ratio {large['p95'] / small['p95']:.2f}x")
    print(f"  first round alone (cold page cache) p95: 1k {small['first_round']:.2f} ms, 20k"
          f" {large['first_round']:.2f} ms; later rounds p95: 1k {small['later']:.2f} ms, 20k {large['later']:.2f} ms")
    print(f"every match in order (no limit) p95: 1k {small['whole']:.2f} ms, 20k {large['whole']:.2f} ms")
    print(f"import 5,000-row xlsx: {import_bench():.1f} s")
    print(f"peak RSS with 20k pupils listed (whole run): {rss_listing():.0f} MB")


if __name__ == "__main__":
    main()
