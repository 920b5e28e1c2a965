"""What the certificate screens share: a PDF preview loaded from bytes (never from a temp file), printing
through the system print dialog, saving through the service (removable-drive rule, audit), and
turning errors into the user's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import KenseError
from ui import i18n
from ui.pdf_viewer import PdfViewer, fit_to_screen
from ui.printing import ask_printer

__all__ = ["PdfPreview", "ask_printer", "ask_save_path", "error_text", "file_name", "fit_to_screen"]


def error_text(exc: BaseException) -> str:
    """A KenseError's own message in the current language; anything else a generic one (an exception's
    text may quote personal data)."""
    if isinstance(exc, KenseError):
        return exc.message(i18n.current_language())
    return QCoreApplication.translate("Certificates", "Something went wrong. Nothing was changed; please try again "
                                                      "or tell the administrator.")


# The one viewer with page and zoom controls; the old names stay for the certificate screens.
PdfPreview = PdfViewer


def ask_save_path(suggested: str, parent: QWidget | None) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Certificates", "Save as PDF"),
                                          str(Path.home() / suggested), "PDF (*.pdf)")
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


_NOT_IN_NAMES = '<>:"/\\|?*'


def file_name(*parts: str) -> str:
    """A file name a secretary recognises, in her language ("Окуу жайынан маалым кат — Асанов Бекзат.pdf"),
    with the characters Windows refuses in a name replaced."""
    text = " — ".join(p.strip() for p in parts if p and p.strip())
    for char in _NOT_IN_NAMES:
        text = text.replace(char, "-")
    return " ".join(text.split())[:120].strip(" .") + ".pdf"


# Dialogs ask through these, so a test can answer with a real QPrinter writing a PDF file, or a path.
PrinterAsker = Callable[[str, QWidget | None], QPrinter | None]
PathAsker = Callable[[str, QWidget | None], Path | None]
