"""The Windows window-message filter, fed real MSG structures through Qt's native-event path."""

from __future__ import annotations

import ctypes

from app.platform_support import win32
from ui.osutils.windows import MSG, WindowsLockListener, exclude_from_capture


def _feed(listener: WindowsLockListener, message: int, wparam: int, kind: bytes = b"windows_generic_MSG"):
    msg = MSG(hwnd=0x10, message=message, wParam=wparam)
    return listener._filter.nativeEventFilter(kind, ctypes.addressof(msg))


def test_session_lock_and_suspend_request_a_lock(qapp) -> None:
    listener = WindowsLockListener()
    reasons: list[str] = []
    listener.lockRequested.connect(reasons.append)
    try:
        assert _feed(listener, win32.WM_WTSSESSION_CHANGE, win32.WTS_SESSION_LOCK) == (False, 0)
        _feed(listener, win32.WM_WTSSESSION_CHANGE, win32.WTS_SESSION_LOCK)  # the same message again
        _feed(listener, win32.WM_POWERBROADCAST, win32.PBT_APMSUSPEND)
        _feed(listener, win32.WM_WTSSESSION_CHANGE, 0x8)            # unlock: nothing
        _feed(listener, 0x0100, win32.WTS_SESSION_LOCK)              # WM_KEYDOWN: nothing
        _feed(listener, win32.WM_WTSSESSION_CHANGE, win32.WTS_SESSION_LOCK, b"xcb_generic_event_t")
        assert reasons == ["os", "os"]
    finally:
        listener.close()


def test_a_message_seen_twice_is_one_lock_but_a_later_one_locks_again(qapp, monkeypatch) -> None:
    # Qt's event loop and the window procedure both show a posted message to the filter.
    import ui.osutils.windows as module

    clock = [100.0]
    monkeypatch.setattr(module.time, "monotonic", lambda: clock[0])
    listener = WindowsLockListener()
    reasons: list[str] = []
    listener.lockRequested.connect(reasons.append)
    try:
        _feed(listener, win32.WM_WTSSESSION_CHANGE, win32.WTS_SESSION_LOCK)
        _feed(listener, win32.WM_WTSSESSION_CHANGE, win32.WTS_SESSION_LOCK)
        assert reasons == ["os"]
        clock[0] += 30  # the user unlocked the PC and locked it again
        _feed(listener, win32.WM_WTSSESSION_CHANGE, win32.WTS_SESSION_LOCK)
        assert reasons == ["os", "os"]
    finally:
        listener.close()


class _Wts:
    def __init__(self, answer: int) -> None:
        self.answer, self.hwnds = answer, []

    def WTSRegisterSessionNotification(self, hwnd, flags):
        self.hwnds.append(hwnd.value)
        return self.answer


def test_watch_window_registers_each_window_once(qapp) -> None:
    api = _Wts(1)
    listener = WindowsLockListener(wtsapi32=api)
    try:
        assert listener.active_sources() == ["WM_POWERBROADCAST"]
        assert listener.watch_window(0x77) is True
        assert listener.watch_window(0x77) is False
        assert api.hwnds == [0x77]
        assert "WTS session notifications" in listener.active_sources()
    finally:
        listener.close()


def test_refused_registration_keeps_power_events_only(qapp) -> None:
    listener = WindowsLockListener(wtsapi32=_Wts(0))
    try:
        assert listener.watch_window(0x78) is False
        assert listener.active_sources() == ["WM_POWERBROADCAST"]
    finally:
        listener.close()


def test_capture_exclusion_uses_the_widget_handle(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    class _User32:
        hwnd = None

        def SetWindowDisplayAffinity(self, hwnd, affinity):
            self.hwnd, self.affinity = hwnd.value, affinity
            return 1

    widget = QWidget()
    qtbot.addWidget(widget)
    api = _User32()
    assert exclude_from_capture(widget, api) is True
    assert api.hwnd == int(widget.winId()) and api.affinity == win32.WDA_EXCLUDEFROMCAPTURE
