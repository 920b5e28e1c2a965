"""Qt's own file dialog (the one Kense shows on every system) speaks Kyrgyz: no "Look in:", "Files of
type:", "All Files (*)", "Open" or "Computer" left in English."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QLabel

from ui import i18n

ENGLISH = ("Look in", "Files of type", "All Files", "Open", "Computer", "File name", "Cancel", "Save")


def test_the_file_dialog_has_no_english_words_in_kyrgyz(qtbot, tmp_path):
    from ui.launcher import create_application

    create_application()
    i18n.install("ky")
    try:
        dialog = QFileDialog(None, "", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
        texts += [box.itemText(i) for box in dialog.findChildren(QComboBox) for i in range(box.count())]
        texts = [t.replace("&", "") for t in texts if t]
        left = [t for t in texts if any(word in t for word in ENGLISH)]
        assert left == [] and any("Бардык файлдар" in t for t in texts), texts
    finally:
        i18n.install("ky")
