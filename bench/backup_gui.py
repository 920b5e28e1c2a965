"""GUI-thread responsiveness while a backup runs: the real window on the 200 MB fixture of bench/backup.py,
signed in, a backup started from the Backups page's logic (the database worker, progress in the status
bar), and a 10 ms timer on the GUI thread whose late ticks are the frames the user would feel.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.backup_gui [FIXTURE_DIR]   (after bench.backup)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from bench._machine import describe


def main() -> None:
    fixture = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kense-bench-backup-20000-10000")
    os.environ.setdefault("KENSE_KDF_TARGET_MS", "20")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["XDG_DATA_HOME"] = str(fixture / "keyring")
    os.environ["KENSE_AUTO_BACKUP"] = "off"   # started by hand below, into a scratch folder
    from PySide6.QtCore import QElapsedTimer, QTimer

    from app.admin import settings
    from app.demo import DEMO_PASSWORD
    from ui.launcher import create_application
    from ui.shell import Shell

    print(f"machine: {describe()}")
    app = create_application()
    shell = Shell(fixture / "profile", lang="en")
    shell.start("admin", DEMO_PASSWORD)
    deadline = time.monotonic() + 60
    while shell.session is None and time.monotonic() < deadline:
        app.processEvents()
    session = shell.session
    assert session is not None
    scratch = Path(tempfile.mkdtemp(dir=fixture))
    settings.set_value(session, "backup_dir", str(scratch))
    shell.workspace.open_section("backups")
    gaps: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        gaps.append(clock.restart())
    for _ in range(50):   # settle: the sections built, the day's full check started meanwhile is waited out
        app.processEvents()
    if shell.full_check_task is not None:
        while not shell.full_check_task.done:
            app.processEvents()
    clock.start()
    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    assert shell.backups.start(session, automatic=False)
    while shell.backups.runner.busy():
        app.processEvents()
    seconds = time.perf_counter() - started
    timer.stop()
    ordered = sorted(gaps)
    late = [g for g in gaps if g > 100]
    print(f"backup in the window: {seconds:.2f} s; GUI-thread ticks: {len(gaps)}, "
          f"p50 {ordered[len(ordered) // 2]:.0f} ms, p99 {ordered[int(len(ordered) * 0.99)]:.0f} ms, "
          f"max {ordered[-1]:.0f} ms; frames over 100 ms: {len(late)}")
    print(f"late ticks at (s after start): {[round(sum(gaps[:i]) / 1000, 2) for i, g in enumerate(gaps) if g > 60]}")
    print(f"load average {os.getloadavg()[0]:.1f}")
    shell.shutdown()
    import shutil

    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
