"""Start the desktop application (minimal foundation window; the full shell replaces its body)."""

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


def launch(data_dir: Path, lang: str | None = None, login: str | None = None, password: str | None = None) -> int:
    if not _has_display():
        from app.errors import KenseError

        raise KenseError("gui.unavailable")
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from app.i18n import normalise_language
    from app.security.profile import Profile

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kense")
    profile = Profile(Path(data_dir))
    window = QMainWindow()
    window.setWindowTitle("Kense")
    text = profile.school_label() if profile.exists() else None
    if login and password and profile.exists():
        session = profile.sign_in(login, password)
        text = f"{text or ''}\n{session.user.full_name} ({session.user.role.value})"
    window.setCentralWidget(QLabel(text or {"ky": "Kense — мектептин кеңсеси", "ru": "Kense — канцелярия школы",
                                            "en": "Kense — the school office"}[normalise_language(lang)]))
    window.resize(900, 600)
    window.show()
    return int(app.exec())
