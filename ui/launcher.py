"""Start the desktop application: the setup wizard on a new computer, else the sign-in screen."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _has_display() -> bool:
    if sys.platform.startswith("linux"):
        platform = os.environ.get("QT_QPA_PLATFORM", "")
        return bool(platform in {"offscreen", "minimal", "vnc"} or os.environ.get("DISPLAY")
                    or os.environ.get("WAYLAND_DISPLAY"))
    return True


def create_application() -> object:
    from PySide6.QtWidgets import QApplication

    from ui import wheel_guard
    from ui.widgets import apply_style

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Kense")
        app.setOrganizationName("Kense")
        app.setDesktopFileName("kense")
        apply_style(app)
    wheel_guard.install(app)  # also when a test harness made the application first
    return app


def launch(data_dir: Path, lang: str | None = None, login: str | None = None, password: str | None = None,
           demo_pupils: int | None = None) -> int:
    if not _has_display():
        from app.errors import KenseError

        raise KenseError("gui.unavailable")
    app = create_application()
    from ui.shell import Shell

    shell = Shell(Path(data_dir), lang=lang)
    shell.start(login=login, password=password, demo_pupils=demo_pupils)
    code = int(app.exec())  # type: ignore[attr-defined]
    shell.shutdown()
    return code
