"""How much the register grows per 1,000 certificates now that each issued PDF is kept (migration
0018), and what keeping costs when a class batch is issued. Prints figures; not a pass/fail test.

    .venv/bin/python -m bench.certificate_growth [COUNT]     (default 1000 study certificates)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("KENSE_KDF_TARGET_MS", "20")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._machine import describe


def _file_bytes(session, db_path: Path) -> int:
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db_path.stat().st_size


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "keyring")
        from app.certificates import register
        from app.demo import DEMO_PASSWORD, create_demo
        from app.people import classes
        from app.security.profile import Profile

        print(f"machine: {describe()}")
        root = Path(tmp) / "profile"
        create_demo(root, pupils=300)
        profile = Profile(root)
        session = profile.sign_in("admin", DEMO_PASSWORD)
        refs = [c.name for c in classes.list_classes(session)]
        before = _file_bytes(session, profile.db_path)
        issued = batches = 0
        seconds = 0.0
        while issued < count:
            for ref in refs:
                if issued >= count:
                    break
                t0 = time.perf_counter()
                done, _pdf = register.issue_for_class(session, "study", ref, "ky" if batches % 2 else "ru")
                seconds += time.perf_counter() - t0
                issued += len(done)
                batches += 1
        after = _file_bytes(session, profile.db_path)
        kept, raw = session.conn.execute("SELECT sum(length(content)), sum(size) FROM certificate_pdf").fetchone()
        per_1000 = (after - before) * 1000 / issued
        print(f"{issued} certificates in {batches} class batches, {seconds:.1f} s "
              f"({seconds * 1000 / issued:.1f} ms each, keeping included)")
        print(f"database file grew {(after - before) / 1e6:.1f} MB: {per_1000 / 1e6:.1f} MB per 1,000 certificates")
        print(f"kept PDFs: {raw / 1e6:.1f} MB as rendered, {kept / 1e6:.1f} MB stored (zlib), "
              f"{raw / issued / 1e3:.0f} kB each")
        t0 = time.perf_counter()
        one = register.issue(session, "study", session.conn.execute(
            "SELECT person_id FROM certificate LIMIT 1").fetchone()[0], "ky")
        print(f"one certificate issued alone: {(time.perf_counter() - t0) * 1000:.0f} ms")
        t0 = time.perf_counter()
        assert register.reprint(session, one.id) == one.pdf
        print(f"reprint from the kept copy: {(time.perf_counter() - t0) * 1000:.0f} ms")
        session.close()


if __name__ == "__main__":
    main()
