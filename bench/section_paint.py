"""Time to first paint of each section of the window at N pupils (default 20,000), and the demo's time
from start to a usable window. Prints figures; not a pass/fail test.

    .venv/bin/python -m bench.section_paint [PUPILS] [FIXTURE_DIR]
The demo school is built once into FIXTURE_DIR (default /tmp/kense-desktop-bench-N) and reused.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("KENSE_KDF_TARGET_MS", "20")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._machine import describe


def demo_time_to_window() -> float:
    """`kense demo --open` in a fresh process until the main window is shown (the process prints it)."""
    code = ("import time, sys; t=time.perf_counter();"
            "from PySide6.QtCore import QTimer; from PySide6.QtWidgets import QApplication;"
            "import ui.entry as e;"
            "def watch():\n"
            "    for w in QApplication.topLevelWidgets():\n"
            "        if w.objectName()=='shellWindow' and w.isVisible() and w.centralWidget() is not None "
            "and w.centralWidget().objectName()=='workspace':\n"
            "            print('WINDOW', time.perf_counter()-t, flush=True); QApplication.instance().exit(0); return\n"
            "    QTimer.singleShot(20, watch)\n"
            "import ui.launcher as l; orig=l.create_application\n"
            "def patched(*a, **k):\n"
            "    app=orig(*a, **k); QTimer.singleShot(20, watch); return app\n"
            "l.create_application=patched\n"
            "sys.argv=['kense','demo','--open']; e.main()")
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         cwd=Path(__file__).resolve().parent.parent).stdout
    for line in out.splitlines():
        if line.startswith("WINDOW"):
            return float(line.split()[1])
    return time.perf_counter() - started


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
    for _ in range(20):
        app.processEvents()
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
    print(f"demo: start to usable window: {demo_time_to_window():.1f} s")


if __name__ == "__main__":
    main()
