"""Backup + verification time against the physical floor (plain copy of the database file + one
cipher_integrity_check pass), measured in the same run; restore time.

Run: .venv/bin/python -m bench.backup [PUPILS] [FIXTURE_DIR]   (the demo is built once into FIXTURE_DIR and
reused; default 20000 pupils into /tmp/kense-bench-backup)
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench._machine import describe


def main() -> None:
    pupils = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    fixture = Path(sys.argv[2] if len(sys.argv) > 2 else f"/tmp/kense-bench-backup-{pupils}")
    os.environ.setdefault("KENSE_KDF_TARGET_MS", "20")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["XDG_DATA_HOME"] = str(fixture / "keyring")
    from app.backup import engine
    from app.demo import DEMO_PASSWORD, create_demo
    from app.security.device_secret import DeviceSecretStore
    from app.security.profile import Profile

    print(f"machine: {describe()}")
    root = fixture / "profile"
    if not root.exists():
        t0 = time.perf_counter()
        create_demo(root, pupils=pupils)
        print(f"fixture built in {time.perf_counter() - t0:.1f} s")
    profile = Profile(root, DeviceSecretStore())
    session = profile.sign_in("admin", DEMO_PASSWORD)
    size = profile.db_path.stat().st_size
    with tempfile.TemporaryDirectory(dir=fixture) as tmp:
        t0 = time.perf_counter()
        shutil.copyfile(profile.db_path, Path(tmp) / "copy.db")
        with (Path(tmp) / "copy.db").open("rb+") as handle:
            os.fsync(handle.fileno())
        copy_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        conn = engine.open_read_only(profile.db_path, session.dek)
        list(conn.execute("PRAGMA cipher_integrity_check"))
        conn.close()
        check_s = time.perf_counter() - t0
        floor = copy_s + check_s
        result = engine.make_backup(profile, session.dek, Path(tmp) / "backups")
        print(f"database {size / 1e6:.1f} MB, {pupils} pupils")
        print(f"floor: copy {copy_s:.2f} s + cipher_integrity_check {check_s:.2f} s = {floor:.2f} s")
        print(f"backup + verification: {result.seconds:.2f} s (verified={result.verified}); "
              f"ratio {result.seconds / floor:.2f}")
        t0 = time.perf_counter()
        # the demo keeps no recovery code, so restore itself is not timed here: its cost is one more
        # copy plus this same verification
        problems = engine.verify_backup(result.path, dek=session.dek)
        print(f"re-verification of the backup: {time.perf_counter() - t0:.2f} s, problems={problems}")
        session.close()


if __name__ == "__main__":
    main()
