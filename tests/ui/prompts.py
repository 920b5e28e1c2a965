"""Answering a modal question box from a test: a timer presses the named button once the box is up."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication


class Answerer:
    """Presses ``button`` (an objectName) in the modal box named ``box`` whenever one appears; counts them."""

    def __init__(self, box: str, button: str) -> None:
        self.box, self.button = box, button
        self.seen = 0
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal.objectName() != self.box:
            return
        target = modal.findChild(QAbstractButton, self.button)
        if target is None:
            return
        self.seen += 1
        self.texts.append(getattr(modal, "text", lambda: "")())
        target.click()

    def stop(self) -> None:
        self.timer.stop()
