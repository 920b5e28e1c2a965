"""Linux: screen-saver and logind signals over D-Bus (QtDBus).

- org.freedesktop.ScreenSaver / org.gnome.ScreenSaver / org.mate.ScreenSaver ``ActiveChanged(true)``
  on the session bus: the screen was locked.
- org.freedesktop.login1 on the system bus: ``Session.Lock`` for our session, and
  ``Manager.PrepareForSleep(true)`` before suspend or hibernation.
Connections that fail (no bus, no service) are skipped without a word.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection

from ui.osutils import ScreenLockListener

_SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
)


class DBusLockListener(ScreenLockListener):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources: list[str] = []
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for interface, path in _SCREENSAVERS:
                # empty service name: accept the signal from whichever process owns the name
                if session.connect("", path, interface, "ActiveChanged", self, SLOT("_screensaver_changed(bool)")):
                    self._sources.append(interface)
        system = QDBusConnection.systemBus()
        if system.isConnected():
            if system.connect("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                              "PrepareForSleep", self, SLOT("_prepare_for_sleep(bool)")):
                self._sources.append("login1.PrepareForSleep")
            if system.connect("org.freedesktop.login1", "/org/freedesktop/login1/session/auto",
                              "org.freedesktop.login1.Session", "Lock", self, SLOT("_session_lock()")):
                self._sources.append("login1.Session.Lock")

    def active_sources(self) -> list[str]:
        return list(self._sources)

    @Slot(bool)
    def _screensaver_changed(self, active: bool) -> None:
        if active:
            self.lockRequested.emit("os")

    @Slot(bool)
    def _prepare_for_sleep(self, going_down: bool) -> None:
        if going_down:
            self.lockRequested.emit("os")

    @Slot()
    def _session_lock(self) -> None:
        self.lockRequested.emit("os")
