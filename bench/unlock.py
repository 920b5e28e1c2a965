"""Argon2id calibration on this machine and the total sign-in time (goal: sign-in <= 1 s).

Run: .venv/bin/python -m bench.unlock   (uses the real calibration target, not the test one)
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from bench._machine import describe


def main() -> None:
    os.environ.pop("KENSE_KDF_TARGET_MS", None)
    from keyrings.alt.file import PlaintextKeyring

    from app.security import kdf
    from app.security.device_secret import DeviceSecretStore
    from app.security.profile import Profile

    print(f"machine: {describe()}")
    started = time.perf_counter()
    calibration = kdf.calibrate()
    print(f"calibration: time_cost={calibration.time_cost} memory={calibration.memory_kib // 1024} MiB "
          f"parallelism={calibration.parallelism} -> {calibration.seconds:.3f} s per derivation "
          f"(calibrating took {time.perf_counter() - started:.2f} s)")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
        backend = PlaintextKeyring()
        backend.file_path = str(Path(tmp) / "keyring.cfg")
        profile = Profile(Path(tmp) / "p", DeviceSecretStore(backend))
        profile.create(school_name="Bench", admin_login="admin", admin_name="", admin_password="Bench-Password-2026",
                       calibration=calibration)
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            session = profile.sign_in("admin", "Bench-Password-2026")
            times.append(time.perf_counter() - t0)
            session.close()
        print(f"sign-in total (KDF + unwrap + open + integrity check + audit): median {statistics.median(times):.3f} s,"
              f" max {max(times):.3f} s over {len(times)}")


if __name__ == "__main__":
    main()
