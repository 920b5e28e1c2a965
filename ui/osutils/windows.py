"""Windows: session lock, console/remote disconnect and suspend through a native event filter.

``WTSRegisterSessionNotification`` makes Windows send ``WM_WTSSESSION_CHANGE`` to our window;
``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND`` comes before sleep. What a message means, and the Win32
calls themselves, live in app.platform_support.win32 (Qt-free, testable with fakes); this module only
connects them to Qt. Everything fails silently on systems that lack a call.
"""

from __future__ import annotations

import ctypes
import time
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject

from app.platform_support import win32
from ui.osutils import ScreenLockListener


class MSG(ctypes.Structure):
    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint32), ("wParam", ctypes.c_size_t),
                ("lParam", ctypes.c_ssize_t), ("time", ctypes.c_uint32), ("pt_x", ctypes.c_int32),
                ("pt_y", ctypes.c_int32)]  # LONG is 32-bit on Windows, whatever C's long is here


class _Filter(QAbstractNativeEventFilter):
    # Qt shows a posted message to the filter twice: when its event loop takes it from the queue and
    # again in the window procedure (seen under Wine with posted WM_WTSSESSION_CHANGE). One OS event
    # is one lock request: the same message within this many seconds is the same event.
    SAME_EVENT_SECONDS = 1.0

    def __init__(self, listener: WindowsLockListener) -> None:
        super().__init__()
        self.listener = listener
        self._last: tuple[int, int, float] | None = None

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        if bytes(event_type) != b"windows_generic_MSG":
            return False, 0
        msg = MSG.from_address(int(message))
        if win32.lock_reason(msg.message, msg.wParam):
            now = time.monotonic()
            last = self._last
            self._last = (msg.message, msg.wParam, now)
            if last is None or last[:2] != (msg.message, msg.wParam) or now - last[2] > self.SAME_EVENT_SECONDS:
                self.listener.lockRequested.emit("os")
        return False, 0  # never swallow: Windows and Qt still see every message


class WindowsLockListener(ScreenLockListener):
    def __init__(self, parent: QObject | None = None, wtsapi32: Any = None) -> None:
        super().__init__(parent)
        self._filter = _Filter(self)
        self._wtsapi32 = wtsapi32
        self._registered: set[int] = set()
        QCoreApplication.instance().installNativeEventFilter(self._filter)

    def watch_window(self, hwnd: int) -> bool:
        """Ask for session notifications to this top-level window (the main window calls this)."""
        if hwnd in self._registered:
            return False
        if win32.register_session_notification(hwnd, self._wtsapi32):
            self._registered.add(hwnd)
            return True
        return False

    def active_sources(self) -> list[str]:
        return ["WTS session notifications", "WM_POWERBROADCAST"] if self._registered else ["WM_POWERBROADCAST"]

    def close(self) -> None:
        QCoreApplication.instance().removeNativeEventFilter(self._filter)


def exclude_from_capture(widget: Any, user32: Any = None) -> bool:
    try:
        hwnd = int(widget.winId())
    except (RuntimeError, TypeError, ValueError):
        return False
    return win32.exclude_from_capture(hwnd, user32)
