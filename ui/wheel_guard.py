"""The mouse wheel scrolls the page, never the value of a field the pointer happens to pass over.

A secretary scrolling a long record form must not switch a citizenship or a birth year unnoticed: a
combo box, spin box, date edit or slider reacts to the wheel only while it has keyboard focus. One
application-wide event filter does it for every form, present and future; scroll bars keep the wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _guarded(obj: QObject) -> bool:
    return isinstance(obj, _GUARDED) and not isinstance(obj, QScrollBar)


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


class WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and _guarded(obj):
            # Qt gives focus on a wheel turn to WheelFocus widgets before any filter runs: take that away.
            assert isinstance(obj, QWidget)
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and _guarded(obj):
            assert isinstance(obj, QWidget)
            if not obj.hasFocus():
                # Hand the turn to the scroll area around the field (the form scrolls on).
                area = _scroll_area(obj)
                if area is not None:
                    QCoreApplication.sendEvent(area.viewport(), event)
                return True
        return False


_installed: list[WheelGuard] = []


def install(app: QApplication) -> WheelGuard:
    """Install the guard once on the application (later calls return the same guard)."""
    if not _installed:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        _installed.append(guard)
    return _installed[0]
