"""The inline message label: good news looks like a hint, a later error on the same label like an error."""

from __future__ import annotations


def _has_red_text(widget) -> bool:
    image = widget.grab().toImage()
    for x in range(0, image.width(), 2):
        for y in range(image.height()):
            c = image.pixelColor(x, y)
            if c.red() > 120 and c.green() < 80 and c.blue() < 80:
                return True
    return False


def test_hint_then_error_on_one_label_changes_its_look(qtbot):
    from PySide6.QtWidgets import QApplication

    from ui.widgets import apply_style, error_label, show_error, show_hint

    apply_style(QApplication.instance())     # what the launcher does (pytest-qt made the application)
    message = error_label()
    qtbot.addWidget(message)
    message.show()
    show_error(message, "Туура эмес маани")
    assert _has_red_text(message)
    show_hint(message, "Сакталды.")
    assert message.property("role") == "hint" and message.isVisible()
    assert not _has_red_text(message)                     # re-polished: the hint look, not red
    show_error(message, "Туура эмес маани")
    assert message.property("role") == "error" and _has_red_text(message)
    show_error(message, "")
    assert not message.isVisible()
