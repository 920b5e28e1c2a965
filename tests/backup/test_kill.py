"""kill -9 of a real backup process at several moments: nothing it leaves counts as verified."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.backup import engine
from tests.cli.test_cli import ROOT, Cli, cli  # noqa: F401 — the fixture


def test_kill_minus_nine_during_backup_never_leaves_a_counted_file(cli: Cli, tmp_path: Path):  # noqa: F811
    folder = tmp_path / "b"
    env = {**cli.env, "KENSE_PASSWORD": "Tuura-Syrsoz-2026", "KENSE_USER": "admin"}
    for delay in (0.05, 0.3, 0.6, 0.9, 1.2):
        proc = subprocess.Popen([sys.executable, "-m", "ui.entry", "backup", "now", "--to", str(folder)],
                                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        for generation in engine.list_backups(folder):
            # whatever carries a final name passed verification before its rename
            assert generation.verified
            assert engine.verify_backup(generation.path, code=cli.recovery_code) == []
