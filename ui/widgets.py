"""Small building blocks that keep every screen large, clear and alike."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

STYLE = """
QWidget { font-size: 11pt; }
QPushButton { padding: 6px 16px; min-height: 26px; }
QPushButton[primary="true"] { font-weight: bold; }
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit { padding: 4px; min-height: 26px; }
QSpinBox { max-width: 140px; }
QListWidget#nav::item:selected { font-weight: bold; }
QLabel[role="heading"] { font-size: 17pt; font-weight: bold; }
QLabel[role="subheading"] { font-size: 13pt; font-weight: bold; }
QLabel[role="error"] { color: #b00020; }
QLabel[role="hint"] { color: #555555; }
QFrame[role="notice"] { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }
QFrame[role="danger"] { background: #fde7e9; border: 1px solid #d08090; border-radius: 4px; }
QLabel[role="code"] { font-family: "DejaVu Sans Mono", monospace; font-size: 18pt; font-weight: bold; }
QListWidget#nav { font-size: 12pt; }
QListWidget#nav::item { padding: 8px 10px; }
"""


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(11)
    app.setFont(font)
    app.setStyleSheet(STYLE)


def label(text: str = "", role: str | None = None, wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    return widget


def error_label() -> QLabel:
    """An inline validation message under a field; hidden while empty."""
    widget = label("", "error")
    widget.setVisible(False)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def _set_role(widget: QLabel, role: str) -> None:
    # A style sheet matches the role property only after a re-polish.
    if widget.property("role") != role:
        widget.setProperty("role", role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def show_error(widget: QLabel, text: str) -> None:
    """A message in the error look (also after the same label last showed a hint); hidden while empty."""
    _set_role(widget, "error")
    widget.setText(text)
    widget.setVisible(bool(text))


def show_hint(widget: QLabel, text: str) -> None:
    """Good news in the same place an error would stand ("Saved.", "Registered as No. 12.")."""
    _set_role(widget, "hint")
    widget.setText(text)
    widget.setVisible(bool(text))


def notice_frame(role: str = "notice") -> QFrame:
    frame = QFrame()
    frame.setProperty("role", role)
    return frame


def password_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
    return field


def primary(button: QWidget) -> QWidget:
    button.setProperty("primary", True)
    return button


def read_only_table(model: QAbstractItemModel, name: str) -> QTableView:
    """A table of rows to pick, not to edit: whole-row selection, the last column stretched, no row numbers."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view


def fill_form(form: QFormLayout, rows: list[tuple[str, str]]) -> None:
    """Replace a read-only form's rows: a name and a value one can select and copy."""
    while form.rowCount():
        form.removeRow(0)
    for name, value in rows:
        text = label(value)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(name, text)
