"""Privacy on screen: masking, audited per-record reveal, privacy mode, and a clipboard that forgets.

- :func:`mask` turns a value into what a passer-by may see (``2••••••••••123`` for a PIN).
- :class:`MaskedField` shows one masked value with a "Show" button; a reveal is audited
  (``person.reveal`` naming the field, never the value) and hides again after a while.
- :class:`MaskedDelegate` masks a column of a view; ``reveal(row_key)`` shows one record's values.
- :data:`privacy` (a :class:`PrivacyMode`) hides everything at once; every masked widget listens.
- :class:`SecureClipboard` copies personal data marked as secret for clipboard managers and history,
  and clears it after ``clipboard_clear_seconds`` and on lock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QObject, QPersistentModelIndex, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyledItemDelegate, QStyleOptionViewItem, QToolButton, QWidget

DOT = "•"
KINDS = ("pin", "birth_date", "address", "phone", "text")
REVEAL_SECONDS = 30


def mask(value: str | None, kind: str = "text") -> str:
    """What may be shown to anyone looking at the screen."""
    text = str(value or "")
    if not text:
        return ""
    if kind == "pin":
        digits = re.sub(r"\D", "", text)
        if len(digits) < 6:
            return DOT * len(digits)
        return digits[0] + DOT * (len(digits) - 4) + digits[-3:]
    if kind == "birth_date":
        return f"{DOT}{DOT}.{DOT}{DOT}.{DOT * 4}"
    if kind == "phone":
        digits = re.sub(r"\D", "", text)
        return (DOT * max(0, len(digits) - 2)) + digits[-2:] if len(digits) > 2 else DOT * len(digits)
    if kind == "address":
        first = text.split(",")[0].strip()
        return f"{first}, {DOT * 6}" if "," in text else DOT * 8
    return DOT * min(len(text), 8)


class PrivacyMode(QObject):
    """One switch for the whole application: on = hide all personal data now."""

    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.active = False

    def set_active(self, active: bool) -> None:
        if active != self.active:
            self.active = active
            self.changed.emit(active)

    def toggle(self) -> None:
        self.set_active(not self.active)


privacy = PrivacyMode()
# Called to audit a reveal: (object_type, object_id, field kind). The shell points it at the session.
RevealAudit = Callable[[str, str, str], None]


class MaskedField(QWidget):
    """A masked value with a Show/Hide button; each reveal is audited through ``audit``."""

    revealed = Signal()

    def __init__(self, kind: str, audit: RevealAudit, object_type: str = "person", object_id: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self._audit, self.object_type, self.object_id = kind, audit, object_type, object_id
        self._value = ""
        self.label = QLabel()
        self.label.setTextInteractionFlags(self.label.textInteractionFlags())
        self.button = QToolButton()
        self.button.setCheckable(True)
        self.button.toggled.connect(self._toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._timer = QTimer(self, singleShot=True, interval=REVEAL_SECONDS * 1000)
        self._timer.timeout.connect(self.hide_value)
        privacy.changed.connect(self._privacy_changed)
        self._refresh()

    def set_value(self, value: str | None, object_id: str | None = None) -> None:
        self._value = str(value or "")
        if object_id is not None:
            self.object_id = object_id
        self.hide_value()

    def clear(self) -> None:
        self._value = ""
        self.hide_value()

    @property
    def is_revealed(self) -> bool:
        return self.button.isChecked()

    def reveal(self) -> None:
        self.button.setChecked(True)

    def hide_value(self) -> None:
        self.button.setChecked(False)
        self._refresh()

    def _toggled(self, on: bool) -> None:
        if on:
            if privacy.active or not self._value:
                self.button.setChecked(False)
                return
            try:
                self._audit(self.object_type, self.object_id, self.kind)
            except Exception:  # no audit, no reveal
                self.button.setChecked(False)
                return
            self.revealed.emit()
            self._timer.start()
        else:
            self._timer.stop()
        self._refresh()

    def _privacy_changed(self, active: bool) -> None:
        if active:
            self.hide_value()
        self._refresh()

    def _refresh(self) -> None:
        shown = self.button.isChecked() and not privacy.active
        self.label.setText(self._value if shown else mask(self._value, self.kind))
        self.button.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.button.setEnabled(bool(self._value) and not privacy.active)
        self.button.setToolTip(self.tr("Showing personal data is recorded in the audit log."))


class MaskedDelegate(QStyledItemDelegate):
    """Masks one column of a view. ``key_of(index)`` names the record (its id) for reveal and audit."""

    def __init__(self, kind: str, audit: RevealAudit, key_of: Callable[[QModelIndex], str],
                 object_type: str = "person", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind, self._audit, self._key_of, self.object_type = kind, audit, key_of, object_type
        self._revealed: set[str] = set()
        privacy.changed.connect(lambda active: active and self.hide_all())

    def reveal(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        if privacy.active:
            return False
        key = self._key_of(QModelIndex(index))
        try:
            self._audit(self.object_type, key, self.kind)
        except Exception:
            return False
        self._revealed.add(key)
        return True

    def hide_all(self) -> None:
        self._revealed.clear()

    def displayText(self, value: Any, locale: Any) -> str:
        return mask(str(value or ""), self.kind)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if privacy.active or self._key_of(QModelIndex(index)) not in self._revealed:
            option.text = mask(str(index.data() or ""), self.kind)
        else:
            option.text = str(index.data() or "")


class SecureClipboard(QObject):
    """Copies values marked secret for clipboard managers and history, cleared after a delay."""

    def __init__(self, clear_seconds: int = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clear_seconds = clear_seconds
        self._ours: str | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        # KDE Klipper / GNOME extensions honour this hint; Windows honours the two formats below.
        data.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
        data.setData('application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"',
                     QByteArray(b"\x01\x00\x00\x00"))
        data.setData('application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"',
                     QByteArray(b"\x00\x00\x00\x00"))
        QGuiApplication.clipboard().setMimeData(data)
        self._ours = text
        self._timer.start(self.clear_seconds * 1000)

    def clear(self) -> None:
        """Empty the clipboard if it still holds what we put there (not what the user copied since)."""
        self._timer.stop()
        if self._ours is not None:
            clipboard = QGuiApplication.clipboard()
            if clipboard.text() == self._ours:
                clipboard.clear()
            self._ours = None


_clipboard: SecureClipboard | None = None


def secure_clipboard() -> SecureClipboard:
    """The application's one secure clipboard (created after QApplication)."""
    global _clipboard
    if _clipboard is None:
        _clipboard = SecureClipboard()
    return _clipboard
