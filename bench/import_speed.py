"""The ordinary import as a user runs it: `kense students import FILE` of a realistic 5,000-row xlsx
(Kyrgyz names in Cyrillic, PINs that agree with sex and birth date, real date cells, classes, addresses)
into a real profile — an empty school and one that already holds 20,000 pupils. Prints figures; not a
pass/fail test.

    .venv/bin/python -m bench.import_speed [--rows 5000] [--big 20000] [--runs 3] [--profile-out F]

Each CLI run starts a fresh process on a fresh copy of the prepared profile, with `--progress`; the time
of each progress line on stderr splits the run into: process start + sign-in (until "read"), reading
the file (until the first "check"), checking every row (until the first "write"), the one write
transaction (until "done"), and the report and exit. "raw" is the floor the issue names: reading the
file and inserting the rows with one executemany, no checks, no index, no history.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._machine import describe

PASSWORD = "Bench-Syrsoz-2026"
PHASES = ("start+sign-in", "read", "check", "write", "report+exit")


def _names(filename: str) -> list[str]:
    text = (resources.files("resources") / "demo" / filename).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def build_xlsx(path: Path, rows: int, seed: int = 2026) -> Path:
    """A class register as a Kyrgyz school keeps it: Kyrgyz headers, date cells, PINs as text."""
    import openpyxl

    rng = random.Random(seed)
    male, female = _names("names_ky_male.txt"), _names("names_ky_female.txt")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["№", "Фамилиясы", "Аты", "Атасынын аты", "Жынысы", "Туулган күнү", "ПИН", "Класс",
                  "Дареги"])
    for i in range(rows):
        sex = rng.choice("FM")
        stem = rng.choice(male)
        surname = stem + ("ов" if stem[-1] not in "аеиоуыэюяөү" else "в") + ("а" if sex == "F" else "")
        given = rng.choice(female if sex == "F" else male)
        father = rng.choice(male)
        patronymic = (f"{father} {'кызы' if sex == 'F' else 'уулу'}" if rng.random() < 0.4
                      else father + ("овна" if sex == "F" else "ович"))
        grade = 1 + i % 11
        born = date(2026 - grade - 6, 1, 1) + timedelta(days=rng.randrange(365))
        pin = f"{1 if sex == 'F' else 2}{born:%d%m%Y}{90000 + i % 10000:05d}"   # never one of the demo's
        sheet.append([i + 1, surname, given, patronymic, "кыз" if sex == "F" else "эркек", born, pin,
                      f"{grade}-{'АБВ'[i % 3]}", f"Каракол ш., {rng.choice(('Ленин', 'Манас', 'Токтогул'))} көч.,"
                      f" {rng.randrange(1, 120)}"])
        sheet.cell(row=i + 2, column=6).number_format = "DD.MM.YYYY"
    book.save(path)
    return path


def make_profile(root: Path, pupils: int) -> float:
    """A real profile (not bound to the keyring, the KDF at this machine's calibration); returns the
    seconds the demo fill of ``pupils`` took."""
    from app.demo import DemoOptions
    from app.people import demo_data
    from app.security import kdf
    from app.security.profile import Profile

    profile = Profile(root)
    profile.create(school_name="Бенч мектеби", admin_login="admin", admin_name="Bench", admin_password=PASSWORD,
                   bind_device=False, calibration=kdf.calibrate())
    session = profile.sign_in("admin", PASSWORD)
    started = time.perf_counter()
    if pupils:
        demo_data.fill(session, DemoOptions(pupils=pupils))
    session.close()
    return time.perf_counter() - started


def cli_run(profile: Path, xlsx: Path, work: Path) -> dict[str, float]:
    """One `kense students import` in a fresh process on a fresh copy of ``profile``."""
    target = work / "run"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(profile, target)
    env = {**os.environ, "KENSE_PASSWORD": PASSWORD}
    env.pop("KENSE_KDF_TARGET_MS", None)
    kense = Path(sys.executable).with_name("kense")
    marks: dict[str, float] = {}
    started = time.perf_counter()
    proc = subprocess.Popen([str(kense), "--data-dir", str(target), "--user", "admin", "--lang", "en",
                             "students", "import", str(xlsx), "--progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    assert proc.stderr is not None and proc.stdout is not None
    for line in proc.stderr:
        phase = line.split(" ", 1)[0]
        if phase in ("read", "check", "write", "done") and phase not in marks:
            marks[phase] = time.perf_counter() - started
    out = proc.stdout.read()
    rc = proc.wait()
    total = time.perf_counter() - started
    if rc != 0 or "done" not in marks:
        raise SystemExit(f"import failed (exit {rc}):\n{out[-2000:]}")
    return {"start+sign-in": marks["read"], "read": marks["check"] - marks["read"],
            "check": marks["write"] - marks["check"], "write": marks["done"] - marks["write"],
            "report+exit": total - marks["done"], "total": total, "imported": float(_imported(out))}


def _imported(text: str) -> int:
    head = text.splitlines()[0]
    return int(head.rsplit(",", 1)[1].split()[0])


def raw_floor(xlsx: Path, work: Path) -> tuple[float, float]:
    """Reading the file, and inserting its rows raw with one executemany (the issue's ≈ 0.5 s)."""
    from app.ids import uuid7
    from app.people.importing.readers import read_table
    from app.security.profile import Profile

    target = work / "raw"
    shutil.rmtree(target, ignore_errors=True)
    root = work / "empty"
    shutil.copytree(root, target)
    started = time.perf_counter()
    table = read_table(xlsx)
    read = time.perf_counter() - started
    session = Profile(target).sign_in("admin", PASSWORD)
    started = time.perf_counter()
    with session.write() as w:
        w.executemany(
            "INSERT INTO pupil (id, surname, given_name, patronymic, sex, birth_date, pin, sort_key, search_rowid,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-12-03T00:00:00Z',"
            " '2026-12-03T00:00:00Z')",
            [(uuid7(), r[1], r[2], r[3], "F" if r[4] == "кыз" else "M", r[5].date().isoformat(), r[6], r[1], n)
             for n, r in enumerate(table.rows[1:], 1)])
    insert = time.perf_counter() - started
    session.close()
    return read, insert


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--big", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, help="keep the prepared profiles here (reused when present)")
    args = parser.parse_args()
    print(f"machine: {describe()}; load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        xlsx = work / f"pupils_{args.rows}.xlsx"
        if not xlsx.exists():
            build_xlsx(xlsx, args.rows)
        print(f"file: {xlsx.name}, {xlsx.stat().st_size / 1024:.0f} KB, {args.rows} pupils")
        schools = {"empty school": (work / "empty", 0), f"{args.big:,} pupils": (work / "big", args.big)}
        for name, (root, pupils) in schools.items():
            if not (root / "kense.db").exists():
                print(f"preparing {name}: demo fill {make_profile(root, pupils):.1f} s")
        read, insert = raw_floor(xlsx, work)
        print(f"raw floor: read {read:.2f} s + executemany insert {insert:.2f} s = {read + insert:.2f} s")
        for name, (root, _) in schools.items():
            runs = [cli_run(root, xlsx, work) for _ in range(args.runs)]
            median = {key: statistics.median(r[key] for r in runs) for key in (*PHASES, "total")}
            parts = ", ".join(f"{key} {median[key]:.2f}" for key in PHASES)
            totals = ", ".join(f"{r['total']:.2f}" for r in runs)
            print(f"CLI into {name}: total {median['total']:.2f} s (runs {totals}; {int(runs[0]['imported'])}"
                  f" imported) = {parts} s; load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
