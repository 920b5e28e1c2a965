"""What the certificate screens share: a PDF preview loaded from bytes (never from a temp file), printing
through the system print dialog, saving through the service (removable-drive rule, audit), and
turning errors into the user's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QVBoxLayout, QWidget

from app.errors import KenseError
from ui import i18n


def error_text(exc: BaseException) -> str:
    """A KenseError's own message in the current language; anything else a generic one (an exception's
    text may quote personal data)."""
    if isinstance(exc, KenseError):
        return exc.message(i18n.current_language())
    return QCoreApplication.translate("Certificates", "Something went wrong. Nothing was changed; please try again "
                                                      "or tell the administrator.")


class PdfPreview(QWidget):
    """A QPdfView over PDF bytes held in memory (QBuffer): nothing personal touches the disk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def load(self, data: bytes) -> int:
        self.clear()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        return self.document.pageCount()

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None

    def page_count(self) -> int:
        return self.document.pageCount()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to (width, height) but never beyond 90 % of the screen: a school PC may have 1366×768."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, int(area.width() * 0.9)), min(height, int(area.height() * 0.9))
    widget.resize(width, height)


def ask_printer(title: str, parent: QWidget | None) -> QPrinter | None:
    """The system print dialog; None when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_save_path(suggested: str, parent: QWidget | None) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Certificates", "Save as PDF"),
                                          str(Path.home() / suggested), "PDF (*.pdf)")
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


# Dialogs ask through these, so a test can answer with a real QPrinter writing a PDF file, or a path.
PrinterAsker = Callable[[str, QWidget | None], QPrinter | None]
PathAsker = Callable[[str, QWidget | None], Path | None]
