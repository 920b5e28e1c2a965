"""The few Win32 calls Kense makes, through ctypes, each behind a plain function.

Each takes the DLL it calls as an optional argument: on Windows it defaults to the real one
(``ctypes.windll``), and the tests hand in a fake to prove what Kense does with the answers — also on
Linux, and for behaviours Wine does not implement. No Qt here: the window-message filter in
ui/osutils/windows.py asks :func:`lock_reason` what a message means.
"""

from __future__ import annotations

import ctypes
import os
from typing import Any

WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
WDA_EXCLUDEFROMCAPTURE = 0x11
DRIVE_UNKNOWN, DRIVE_NO_ROOT_DIR, DRIVE_REMOVABLE, DRIVE_FIXED, DRIVE_REMOTE, DRIVE_CDROM, DRIVE_RAMDISK = range(7)

_LOCKING_SESSION_EVENTS = frozenset({WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT})


def lock_reason(message: int, wparam: int) -> str | None:
    """"session" when a window message says the Windows session locks or its console/remote
    connection goes, "suspend" before sleep; None for every other message (unlock, logon, resume…)."""
    if message == WM_WTSSESSION_CHANGE and wparam in _LOCKING_SESSION_EVENTS:
        return "session"
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "suspend"
    return None


def _call(api: Any, dll: str, function: str, *args: Any) -> int | None:
    """``api.function(*args)`` on the given (or the real) DLL; None when the DLL or the call is missing."""
    try:
        if api is None and os.name == "nt":
            api = vars(ctypes)["windll"].LoadLibrary(dll)
        return None if api is None else int(getattr(api, function)(*args))
    except (OSError, AttributeError, KeyError):
        return None


def register_session_notification(hwnd: int, wtsapi32: Any = None) -> bool:
    """Ask Windows to send WM_WTSSESSION_CHANGE to this top-level window. False when it refuses or
    the call does not exist (then the idle lock and Ctrl+L still protect the data)."""
    return bool(_call(wtsapi32, "wtsapi32", "WTSRegisterSessionNotification", ctypes.c_void_p(hwnd),
                      NOTIFY_FOR_THIS_SESSION))


def exclude_from_capture(hwnd: int, user32: Any = None) -> bool:
    """Windows 10 2004+: leave this window out of screenshots, screen recording and remote support."""
    return bool(_call(user32, "user32", "SetWindowDisplayAffinity", ctypes.c_void_p(hwnd), WDA_EXCLUDEFROMCAPTURE))


def drive_type(root: str, kernel32: Any = None) -> int:
    """GetDriveTypeW of a drive root such as "E:\\" (DRIVE_UNKNOWN when it cannot be asked)."""
    answer = _call(kernel32, "kernel32", "GetDriveTypeW", ctypes.c_wchar_p(root))
    return DRIVE_UNKNOWN if answer is None else answer
