"""Closing a form that holds unsaved typing asks first: Save, Discard changes, or Go back.

Every record dialog routes its ``reject()`` (the Close button, the window's ✕, Esc and ``close()``
all arrive there — QDialog's closeEvent calls reject) through :func:`may_close`. The lock and the
language switch close forms with :func:`close_without_asking`: their typing is kept as a draft, and
a lock must never wait for an answer.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

_SKIP = "kenseCloseWithoutAsking"


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    BACK = "back"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Unsaved", text)


def ask(parent: QWidget, save_label: str | None = None) -> Choice:
    """The three-way question; a box closed any other way (Esc, a lock) means Go back."""
    box = QMessageBox(parent)
    box.setObjectName("unsavedPrompt")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Unsaved changes"))
    box.setText(_tr("You have typed changes that are not saved yet."))
    box.setInformativeText(_tr("Save them before closing?"))
    save = box.addButton(save_label or _tr("Save"), QMessageBox.ButtonRole.AcceptRole)
    save.setObjectName("unsavedSave")
    discard = box.addButton(_tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("unsavedDiscard")
    back = box.addButton(_tr("Go back"), QMessageBox.ButtonRole.RejectRole)
    back.setObjectName("unsavedBack")
    box.setDefaultButton(back)   # a stray Enter changes nothing
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is save:
        return Choice.SAVE
    if clicked is discard:
        return Choice.DISCARD
    return Choice.BACK


def may_close(dialog: QDialog, changed: Callable[[], bool], save: Callable[[], bool],
              save_label: str | None = None) -> bool:
    """True when ``dialog`` may go on closing now. ``save`` returns whether it saved; when saving
    closed the dialog itself (accept), False is returned so that it is not rejected after."""
    if dialog.property(_SKIP) or not dialog.isVisible() or not changed():
        return True
    choice = ask(dialog, save_label)
    if choice is Choice.DISCARD:
        return True
    if choice is Choice.SAVE and save():
        return dialog.isVisible()
    return False


def close_without_asking(dialog: QDialog) -> None:
    dialog.setProperty(_SKIP, True)
    dialog.close()
