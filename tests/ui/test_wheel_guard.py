"""The wheel over a field that has no keyboard focus scrolls the form and leaves the value alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QWidget,
)


@pytest.fixture
def form(qtbot):
    from ui.launcher import create_application

    create_application()
    area = QScrollArea()
    area.setWidgetResizable(True)
    inner = QWidget()
    layout = QFormLayout(inner)
    first = QLineEdit()
    layout.addRow("name", first)
    combo = QComboBox()
    combo.addItems(["Кыргыз Республикасы", "жарандыгы жок", "Россия"])
    spin = QSpinBox()
    spin.setRange(0, 100)
    spin.setValue(50)
    date = QDateEdit(QDate(2010, 5, 5))
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 100)
    slider.setValue(50)
    for name, widget in (("combo", combo), ("spin", spin), ("date", date), ("slider", slider)):
        layout.addRow(name, widget)
    for i in range(40):  # tall enough to scroll
        layout.addRow(f"filler {i}", QLineEdit())
    area.setWidget(inner)
    area.resize(400, 300)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    first.setFocus()
    return area, first, {"combo": combo, "spin": spin, "date": date, "slider": slider}


def _turn(widget: QWidget, down: bool = True) -> None:
    delta = QPoint(0, -120 if down else 120)
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), delta,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QDateEdit):
        return widget.date()
    return widget.value()


@pytest.mark.parametrize("name", ["combo", "spin", "date", "slider"])
def test_wheel_without_focus_scrolls_the_form_not_the_field(form, name):
    area, _first, fields = form
    widget = fields[name]
    before = _value(widget)
    bar = area.verticalScrollBar()
    assert bar.value() == 0
    _turn(widget)
    _turn(widget)
    assert _value(widget) == before
    assert bar.value() > 0  # the turn reached the scroll area
    assert not widget.hasFocus()  # and did not hand the field focus either


@pytest.mark.parametrize("name", ["combo", "spin", "slider"])
def test_wheel_with_focus_still_changes_the_field(form, name, qtbot):
    _area, _first, fields = form
    widget = fields[name]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5000)
    before = _value(widget)
    _turn(widget)
    assert _value(widget) != before


def test_wheel_focus_policy_is_taken_away(form):
    _area, _first, fields = form
    for widget in fields.values():
        assert widget.focusPolicy() != Qt.FocusPolicy.WheelFocus


def test_guard_installed_once():
    from ui import wheel_guard
    from ui.launcher import create_application

    app = create_application()
    assert wheel_guard.install(app) is wheel_guard.install(app)
