"""Windows: WTS session notifications and power events through a native event filter (ctypes).

``WTSRegisterSessionNotification`` makes Windows send ``WM_WTSSESSION_CHANGE`` to our window on
session lock and console/remote disconnect; ``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND`` comes before
sleep. ``SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE)`` keeps windows out of screen capture.
Everything fails silently on systems that lack a call.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject

from ui.osutils import ScreenLockListener

WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
WDA_EXCLUDEFROMCAPTURE = 0x11


class _MSG(ctypes.Structure):
    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint), ("wParam", ctypes.c_size_t),
                ("lParam", ctypes.c_ssize_t), ("time", ctypes.c_uint), ("pt_x", ctypes.c_long),
                ("pt_y", ctypes.c_long)]


class _Filter(QAbstractNativeEventFilter):
    def __init__(self, listener: WindowsLockListener) -> None:
        super().__init__()
        self.listener = listener

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        if bytes(event_type) != b"windows_generic_MSG":
            return False, 0
        msg = _MSG.from_address(int(message))
        session_event = msg.message == WM_WTSSESSION_CHANGE and msg.wParam in (
            WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT)
        if session_event or (msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND):
            self.listener.lockRequested.emit("os")
        return False, 0


class WindowsLockListener(ScreenLockListener):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = _Filter(self)
        self._registered: set[int] = set()
        QCoreApplication.instance().installNativeEventFilter(self._filter)

    def watch_window(self, hwnd: int) -> bool:
        """Ask for session notifications to this top-level window (the main window calls this)."""
        if sys.platform != "win32" or hwnd in self._registered:
            return False
        with contextlib.suppress(Exception):
            if ctypes.windll.wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(hwnd), NOTIFY_FOR_THIS_SESSION):
                self._registered.add(hwnd)
                return True
        return False

    def active_sources(self) -> list[str]:
        return ["WTS session notifications", "WM_POWERBROADCAST"] if self._registered else ["WM_POWERBROADCAST"]


def exclude_from_capture(widget: Any) -> bool:
    with contextlib.suppress(Exception):
        hwnd = int(widget.winId())
        return bool(ctypes.windll.user32.SetWindowDisplayAffinity(ctypes.c_void_p(hwnd), WDA_EXCLUDEFROMCAPTURE))
    return False
