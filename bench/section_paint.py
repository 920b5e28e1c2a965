"""Time to first paint of each section of the window at N pupils (default 20,000). Prints figures; not a
pass/fail test. (The demo's time to a usable window: bench/demo_window.py.)

    .venv/bin/python -m bench.section_paint [PUPILS] [FIXTURE_DIR]
The demo school is built once into FIXTURE_DIR (default /tmp/kense-desktop-bench-N) and reused.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("KENSE_KDF_TARGET_MS", "20")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._machine import describe


def main() -> None:
    pupils = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    fixture = Path(sys.argv[2] if len(sys.argv) > 2 else f"/tmp/kense-desktop-bench-{pupils}")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["XDG_DATA_HOME"] = str(fixture / "keyring")
    from PySide6.QtWidgets import QApplication

    from app.demo import DEMO_PASSWORD, create_demo
    from ui.launcher import create_application
    from ui.shell import Shell

    print(f"machine: {describe()}")
    root = fixture / "profile"
    if not root.exists():
        t0 = time.perf_counter()
        create_demo(root, pupils=pupils)
        print(f"fixture ({pupils} pupils) built in {time.perf_counter() - t0:.1f} s")
    create_application()
    shell = Shell(root, lang="ky")
    shell.window.resize(1366, 768)
    shell.start("admin", DEMO_PASSWORD)
    app = QApplication.instance()
    # Two seconds on Today, as a secretary glances at it: the window loads the sections' code meanwhile.
    settle = time.perf_counter() + 2.0
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.01)
    workspace = shell.workspace
    assert workspace is not None
    print("section: first paint (build + data + one painted frame), ms")
    for spec in workspace.specs:
        t0 = time.perf_counter()
        section = workspace.open_section(spec.key)
        app.processEvents()
        shell.window.grab()   # forces a full paint of the window as it is now
        first = (time.perf_counter() - t0) * 1000
        t1 = time.perf_counter()
        workspace.open_section(spec.key)
        shell.window.grab()
        again = (time.perf_counter() - t1) * 1000
        print(f"  {spec.key:13s} {first:7.0f}   (shown again: {again:.0f}) {type(section).__name__}")
    shell.shutdown()


if __name__ == "__main__":
    main()
