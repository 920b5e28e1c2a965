"""The frozen (PyInstaller) build carries its keyring backends, migrations and fonts."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_frozen_build_signs_in_bound_to_the_secret_service() -> None:
    if not shutil.which("dbus-run-session") or not shutil.which("gnome-keyring-daemon"):
        pytest.fail("dbus-run-session and gnome-keyring are needed (./run installs them)")
    # Whatever keyring override the calling environment has, the frozen build must pick
    # the Secret Service itself, as it would on a user's machine.
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    result = subprocess.run(["bash", str(ROOT / "packaging" / "check_frozen.sh")], cwd=ROOT, capture_output=True,
                            text=True, timeout=900, env=env)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "frozen build OK" in result.stdout
