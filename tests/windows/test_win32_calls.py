"""The Win32 layer with the DLLs faked: what Kense does with each answer, on any OS (Wine cannot send
a real session lock or suspend, and has no removable drives of its own)."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest

from app.platform_support import removable, win32


class FakeDll:
    """Records calls; answers from a table (or raises, like a DLL without the entry point)."""

    def __init__(self, **answers: object) -> None:
        self.answers = answers
        self.calls: list[tuple[str, tuple[object, ...]]] = []

    def __getattr__(self, name: str):
        if name not in self.answers:
            raise AttributeError(name)  # ctypes raises AttributeError for a missing export

        def call(*args: object) -> object:
            self.calls.append((name, args))
            answer = self.answers[name]
            if isinstance(answer, BaseException):
                raise answer
            return answer(*args) if callable(answer) else answer
        return call


@pytest.mark.parametrize(("message", "wparam", "reason"), [
    (win32.WM_WTSSESSION_CHANGE, win32.WTS_SESSION_LOCK, "session"),
    (win32.WM_WTSSESSION_CHANGE, win32.WTS_CONSOLE_DISCONNECT, "session"),
    (win32.WM_WTSSESSION_CHANGE, win32.WTS_REMOTE_DISCONNECT, "session"),
    (win32.WM_POWERBROADCAST, win32.PBT_APMSUSPEND, "suspend"),
    (win32.WM_WTSSESSION_CHANGE, 0x8, None),   # WTS_SESSION_UNLOCK
    (win32.WM_WTSSESSION_CHANGE, 0x1, None),   # WTS_CONSOLE_CONNECT
    (win32.WM_POWERBROADCAST, 0x7, None),      # PBT_APMRESUMESUSPEND
    (0x0010, win32.WTS_SESSION_LOCK, None),    # WM_CLOSE with a lock-like wParam
])
def test_which_window_messages_lock(message: int, wparam: int, reason: str | None) -> None:
    assert win32.lock_reason(message, wparam) == reason


def test_session_notification_registered_for_the_window_handle() -> None:
    api = FakeDll(WTSRegisterSessionNotification=1)
    assert win32.register_session_notification(0x1234, api)
    name, (hwnd, flags) = api.calls[0]
    assert name == "WTSRegisterSessionNotification" and hwnd.value == 0x1234
    assert flags == win32.NOTIFY_FOR_THIS_SESSION


@pytest.mark.parametrize("api", [FakeDll(WTSRegisterSessionNotification=0), FakeDll(),
                                 FakeDll(WTSRegisterSessionNotification=OSError("access denied"))])
def test_session_notification_refused_or_missing_is_false_not_a_crash(api: FakeDll) -> None:
    assert win32.register_session_notification(0x1234, api) is False


def test_capture_exclusion_asks_for_exclude_from_capture() -> None:
    api = FakeDll(SetWindowDisplayAffinity=1)
    assert win32.exclude_from_capture(0x42, api)
    assert api.calls[0][1][1] == win32.WDA_EXCLUDEFROMCAPTURE == 0x11


@pytest.mark.parametrize("api", [FakeDll(SetWindowDisplayAffinity=0), FakeDll()])
def test_capture_exclusion_on_an_old_windows_is_false(api: FakeDll) -> None:
    # Windows 7/8 lack the call or refuse WDA_EXCLUDEFROMCAPTURE: the application still runs.
    assert win32.exclude_from_capture(0x42, api) is False


def _drives(table: dict[str, int]) -> FakeDll:
    return FakeDll(GetDriveTypeW=lambda root: table.get(root.value, win32.DRIVE_NO_ROOT_DIR))


@pytest.mark.parametrize(("path", "expected"), [
    ("E:\\backups\\kense.kbak", True),
    ("e:\\", True),
    ("C:\\Users\\sec\\AppData\\Local\\Kense", False),
    ("D:\\copy", False),                          # a CD drive is not "removable" in Windows' sense
    ("\\\\server\\share\\kense", False),          # UNC: a network share
    ("relative\\folder", False),
])
def test_removable_drive_by_drive_type(path: str, expected: bool) -> None:
    api = _drives({"E:\\": win32.DRIVE_REMOVABLE, "C:\\": win32.DRIVE_FIXED, "D:\\": win32.DRIVE_CDROM})
    assert removable._windows_is_removable(Path(path), api) is expected


def test_drive_type_unknown_when_the_call_fails() -> None:
    assert win32.drive_type("E:\\", FakeDll(GetDriveTypeW=OSError("gone"))) == win32.DRIVE_UNKNOWN
    assert removable._windows_is_removable(Path("E:\\x"), FakeDll()) is False


@pytest.mark.parametrize(("path", "root"), [
    ("E:\\a\\b", "E:\\"), ("e:/a", "E:\\"), ("\\\\srv\\share\\a", None), ("\\\\?\\E:\\a", None), ("", None)])
def test_drive_root(path: str, root: str | None) -> None:
    assert removable.windows_drive_root(path) == root


def test_message_structure_matches_win64_msg() -> None:
    from ui.osutils.windows import MSG

    # MSG on x64: HWND, UINT (padded), WPARAM, LPARAM, DWORD, POINT — 48 bytes.
    assert ctypes.sizeof(MSG) == (48 if ctypes.sizeof(ctypes.c_void_p) == 8 else 28)
