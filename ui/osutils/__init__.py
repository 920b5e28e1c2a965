"""Operating-system signals that must lock Kense: session lock, console disconnect, suspend.

A :class:`ScreenLockListener` emits ``lockRequested(reason_text)``; :func:`create_listener` picks the
implementation for this OS. Where the OS service is absent (no D-Bus session bus, a bare Xvfb, an
old Windows) the listener simply never fires: it degrades silently, it never stops the application.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Signal


class ScreenLockListener(QObject):
    lockRequested = Signal(str)

    def active_sources(self) -> list[str]:
        """Names of the OS signals this listener is subscribed to (for the security panel and tests)."""
        return []

    def watch_window(self, hwnd: int) -> bool:
        """Subscribe a top-level window to the OS's session notifications (Windows needs a window)."""
        return False


def create_listener(parent: QObject | None = None) -> ScreenLockListener:
    try:
        if sys.platform == "win32":
            from ui.osutils.windows import WindowsLockListener

            return WindowsLockListener(parent)
        if sys.platform.startswith("linux"):
            from ui.osutils.linux import DBusLockListener

            return DBusLockListener(parent)
    except Exception:  # an OS quirk must never keep Kense from starting
        logging.getLogger(__name__).info("no OS lock listener on this system")
    return ScreenLockListener(parent)


def exclude_from_capture(widget: object) -> bool:
    """Windows 10 2004+: keep this window out of screenshots and remote-support capture."""
    if sys.platform != "win32":
        return False
    from ui.osutils.windows import exclude_from_capture as _exclude

    return _exclude(widget)
