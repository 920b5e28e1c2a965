"""Printing a PDF we rendered (recovery sheet, later forms) through the system print dialog."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def ask_printer(title: str, parent: QWidget | None) -> QPrinter | None:
    """The system print dialog; None when the user cancels."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_pdf(data: bytes, title: str, parent: QWidget | None = None) -> bool:
    """The system print dialog, then every page; False when cancelled or the printer refused."""
    printer = ask_printer(title, parent)
    return printer is not None and paint_pdf(data, printer) > 0


def paint_pdf(data: bytes, printer: QPrinter) -> int:
    """Render every page of ``data`` onto ``printer`` at its resolution; returns the pages printed."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer(document)   # owned by the document: never freed while the document reads it
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    pages = document.pageCount()
    try:
        dpi = printer.resolution()
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72)))
            target = painter.viewport().size()
            painter.drawImage(0, 0, image.scaled(target, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
    finally:
        painter.end()
        document.close()
    return pages
