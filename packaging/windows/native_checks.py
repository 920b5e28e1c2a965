"""Windows-only code of Kense, run by Windows CPython under Wine (the build prefix): the WTS/power
message filter on a real window with real posted messages, SetWindowDisplayAffinity, and removable-drive
detection through GetDriveTypeW on drives Wine presents as fixed and as removable.

    wine C:\\py311\\python.exe native_checks.py REMOVABLE_DRIVE_LETTER

What Wine does not do (a real session lock, a real suspend) is covered by tests/windows with fakes.
Prints one line per check and "native: N passed, M failed"; exit 1 on any failure.
"""

from __future__ import annotations

import ctypes
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app.platform_support import removable, win32
from app.platform_support.console import ensure_utf8_std_streams
from ui.osutils.windows import WindowsLockListener, exclude_from_capture

results: list[tuple[str, bool, str]] = []


def check(name: str, ok: bool, detail: object = "") -> None:
    results.append((name, ok, str(detail)))
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else f"  ({detail})"), flush=True)


def pump_until(app: QApplication, condition, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return False


def main() -> int:
    ensure_utf8_std_streams()
    letter = sys.argv[1].upper()
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("Kense native checks")
    window.show()
    app.processEvents()
    hwnd = int(window.winId())
    user32 = ctypes.windll.user32
    user32.PostMessageW.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_size_t, ctypes.c_ssize_t]

    listener = WindowsLockListener()
    reasons: list[str] = []
    listener.lockRequested.connect(reasons.append)
    check("WTSRegisterSessionNotification accepts the main window", listener.watch_window(hwnd))

    def post(message: int, wparam: int) -> None:
        user32.PostMessageW(hwnd, message, wparam, 0)

    post(win32.WM_WTSSESSION_CHANGE, win32.WTS_SESSION_LOCK)
    check("a posted WM_WTSSESSION_CHANGE/WTS_SESSION_LOCK requests a lock", pump_until(app, lambda: len(reasons) == 1),
          reasons)
    post(win32.WM_POWERBROADCAST, win32.PBT_APMSUSPEND)
    check("a posted WM_POWERBROADCAST/PBT_APMSUSPEND requests a lock", pump_until(app, lambda: len(reasons) == 2),
          reasons)
    post(win32.WM_WTSSESSION_CHANGE, 0x8)      # WTS_SESSION_UNLOCK
    post(win32.WM_WTSSESSION_CHANGE, win32.WTS_REMOTE_DISCONNECT)
    check("unlock does not lock, a remote disconnect does", pump_until(app, lambda: len(reasons) >= 3)
          and reasons == ["os"] * 3, reasons)

    # Wine 8 does not implement display affinity (the call answers FALSE); Windows 10 2004+ does.
    # Proven here: the call is made for the real window handle, its answer is taken as it comes, and the
    # window goes on working. What real Windows does with it is in tests/windows (faked) and the README.
    excluded = exclude_from_capture(window)
    affinity = ctypes.c_uint32(0)
    read_back = bool(user32.GetWindowDisplayAffinity(ctypes.c_void_p(hwnd), ctypes.byref(affinity)))
    agrees = affinity.value == (win32.WDA_EXCLUDEFROMCAPTURE if excluded else 0)
    check(f"SetWindowDisplayAffinity answered {excluded}; the window reports affinity {affinity.value:#x}",
          agrees or not read_back, f"{excluded} {read_back} {affinity.value:#x}")
    window.setWindowTitle("Kense native checks: still alive")
    app.processEvents()
    check("the window goes on after the capture-exclusion call", window.isVisible())

    check("GetDriveTypeW: C:\\ is a fixed drive", win32.drive_type("C:\\") == win32.DRIVE_FIXED,
          win32.drive_type("C:\\"))
    check("the profile folder on C: is not removable", not removable.is_removable(Path("C:\\users")))
    root = f"{letter}:\\"
    check(f"GetDriveTypeW: {root} is removable", win32.drive_type(root) == win32.DRIVE_REMOVABLE,
          win32.drive_type(root))
    check(f"a backup folder on {root} is on a removable drive", removable.is_removable(Path(root) / "backups"))
    window.close()
    listener.close()
    failed = [r for r in results if not r[1]]
    print(f"native: {len(results) - len(failed)} passed, {len(failed)} failed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
