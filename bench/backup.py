"""Backup + verification time against the physical floor (plain copy of the database file + one
cipher_integrity_check pass), measured in the same run; restore time of the same backup on a new profile.

Run: .venv/bin/python -m bench.backup [PUPILS] [DOCUMENTS] [FIXTURE_DIR]
The fixture (the demo school with PUPILS pupils, plus DOCUMENTS registered documents, one in ten with a
20–200 kB scan) is built once into FIXTURE_DIR and reused; default 20000 pupils, 10000 documents
(≈ 200 MB) into /tmp/kense-bench-backup-<PUPILS>-<DOCUMENTS>.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench._machine import describe


def _add_documents(profile, password: str, count: int) -> None:  # type: ignore[no-untyped-def]
    from app.documents import register as reg

    rng = random.Random(12)
    session = profile.sign_in("secretary", password)
    scratch = Path(tempfile.mkdtemp())
    try:
        for i in range(count):
            kind = rng.choice(("incoming", "incoming", "outgoing", "internal", "order"))
            files = []
            if i % 10 == 0:
                scan = scratch / f"scan-{i}.pdf"
                scan.write_bytes(b"%PDF-1.4\n" + os.urandom(rng.randrange(20_000, 200_000)))
                files = [scan]
            reg.register(session, kind=kind, series="main" if kind == "order" else None,
                         subject=f"Бенчмарк катты №{i} окуу жылы боюнча", summary="маалымат",
                         correspondent="Ак-Суу РайБББ" if kind in ("incoming", "outgoing") else None,
                         their_number=f"{i}" if kind == "incoming" else None,
                         their_date="2025-09-01" if kind == "incoming" else None, files=files)
            for scan in files:
                scan.unlink()
        session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        session.close()
        shutil.rmtree(scratch, ignore_errors=True)


def main() -> None:
    pupils = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    documents = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    fixture = Path(sys.argv[3] if len(sys.argv) > 3 else f"/tmp/kense-bench-backup-{pupils}-{documents}")
    os.environ.setdefault("KENSE_KDF_TARGET_MS", "20")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["XDG_DATA_HOME"] = str(fixture / "keyring")
    from app.backup import engine, restore
    from app.backup.restore import Credentials
    from app.demo import DEMO_PASSWORD, create_demo
    from app.security.device_secret import DeviceSecretStore
    from app.security.keys import replace_recovery_code
    from app.security.profile import Profile

    print(f"machine: {describe()}")
    root = fixture / "profile"
    if not (fixture / "ready.json").exists():
        shutil.rmtree(fixture, ignore_errors=True)
        t0 = time.perf_counter()
        create_demo(root, pupils=pupils)
        _add_documents(Profile(root, DeviceSecretStore()), DEMO_PASSWORD, documents)
        admin = Profile(root, DeviceSecretStore()).sign_in("admin", DEMO_PASSWORD)
        code = replace_recovery_code(admin)
        admin.close()
        (fixture / "ready.json").write_text(json.dumps({"recovery_code": code}))
        print(f"fixture built in {time.perf_counter() - t0:.1f} s")
    code = json.loads((fixture / "ready.json").read_text())["recovery_code"]
    profile = Profile(root, DeviceSecretStore())
    session = profile.sign_in("admin", DEMO_PASSWORD)
    size = profile.db_path.stat().st_size
    print(f"database {size / 1e6:.1f} MB, {pupils} pupils, {documents} documents")
    ratios = []
    with tempfile.TemporaryDirectory(dir=fixture) as tmp:
        for round_ in range(1, 4):   # three rounds: the machine is shared, each round measures both sides
            copy = Path(tmp) / "copy.db"
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
            cpu0 = time.process_time()
            t0 = time.perf_counter()
            shutil.copyfile(profile.db_path, copy)
            with copy.open("rb+") as handle:
                os.fsync(handle.fileno())
            copy_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            conn = engine.open_read_only(copy, session.dek)
            list(conn.execute("PRAGMA cipher_integrity_check"))
            conn.close()
            check_s = time.perf_counter() - t0
            copy.unlink()
            floor = copy_s + check_s
            floor_cpu = time.process_time() - cpu0
            cpu0 = time.process_time()
            result = engine.make_backup(session, Path(tmp) / f"backups-{round_}")
            backup_cpu = time.process_time() - cpu0
            ratios.append(result.seconds / floor)
            print(f"round {round_}: floor copy {copy_s:.2f} s + cipher_integrity_check {check_s:.2f} s = {floor:.2f} s;"
                  f" backup + verification {result.seconds:.2f} s (verified={result.verified}); "
                  f"ratio {result.seconds / floor:.2f}; CPU {backup_cpu:.2f} s against {floor_cpu:.2f} s "
                  f"(ratio {backup_cpu / floor_cpu:.2f}); load average {load:.1f}")
        print(f"median ratio {sorted(ratios)[1]:.2f}")
        t0 = time.perf_counter()
        problems = engine.verify_backup(result.path, dek=session.dek)
        print(f"thorough re-verification (kense backup verify): {time.perf_counter() - t0:.2f} s, problems={problems}")
        session.close()
        from tests.conftest import make_file_keyring

        keyring = make_file_keyring(Path(tmp) / "new-account")
        t0 = time.perf_counter()
        restore.restore(result.path, Path(tmp) / "new-pc" / "Kense", keyring, Credentials(code=code))
        print(f"restore on a new profile (recovery code, thorough check, copy, re-bind, audit): "
              f"{time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
