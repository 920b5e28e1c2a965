"""Showing a document's files without leaving plaintext behind.

- In-app preview (PDF through QtPdf, images through QPixmap) is read from memory: the decrypted bytes
  go into a QBuffer, no file is written.
- "Open in another program" gets a decrypted copy from ``app.documents.attachments.open_copy`` in a
  private 0700 temp folder. The folder is removed when the card is left, on lock, and at exit — we
  cannot know when an outside viewer is done, so the copy lives no longer than the card shows it.
"""

from __future__ import annotations

import atexit
import contextlib
import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.documents import attachments
from app.security.session import Session
from ui import icons
from ui.pdf_viewer import PdfViewer, close_on_escape, fit_to_screen
from ui.printing import ask_printer, paint_pdf

_PENDING_CLEANUPS: list[Callable[[], None]] = []


def _cleanup_at_exit() -> None:
    for cleanup in list(_PENDING_CLEANUPS):
        with contextlib.suppress(Exception):
            cleanup()
    _PENDING_CLEANUPS.clear()


atexit.register(_cleanup_at_exit)


class PreviewWindow(QWidget):
    """A file shown from memory: a PDF (every page, scrollable) or an image."""

    def __init__(self, title: str, data: bytes, media_type: str, parent: QWidget | None = None, *,
                 print_file: Callable[[bytes, QWidget], bool] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filePreview")
        self.setWindowFlag(Qt.WindowType.Window)  # own window; closed with the others on lock
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.viewer: PdfViewer | None = None
        if media_type == "application/pdf":
            self.viewer = PdfViewer(self)
            self.viewer.load(data)
            self.view = self.viewer.view
            layout.addWidget(self.viewer, 1)
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            image = QLabel()
            image.setObjectName("imageView")
            image.setPixmap(pixmap)
            scroll = QScrollArea()
            scroll.setWidget(image)
            layout.addWidget(scroll, 1)
        self.close_button = QPushButton(icons.icon("close"), QCoreApplication.translate("FileOpener", "Close"))
        self.close_button.setObjectName("closePreview")
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        self.print_button: QPushButton | None = None
        if self.viewer is not None and print_file is not None:
            self.print_button = QPushButton(icons.icon("print"), QCoreApplication.translate("FileOpener", "Print…"))
            self.print_button.setObjectName("printPreview")
            self.print_button.clicked.connect(lambda: print_file(data, self))
            row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        close_on_escape(self)
        fit_to_screen(self, 820, 900)

    def page_count(self) -> int:
        return self.viewer.page_count() if self.viewer is not None else 0

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.viewer is not None:
            self.viewer.clear()
        super().closeEvent(event)


PREVIEWABLE = ("application/pdf", "image/png", "image/jpeg", "image/gif")


class FileOpener:
    """Keeps track of what it opened, so that :meth:`close_all` leaves nothing behind."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        self.session = session
        self.parent = parent
        self.previews: list[PreviewWindow] = []
        self.cleanups: list[Callable[[], None]] = []
        self.opened_paths: list[str] = []
        self.ask_printer: Callable[[str, QWidget | None], QPrinter | None] = ask_printer  # a test answers here

    def preview(self, attachment_id: str, media_type: str) -> PreviewWindow | None:
        if media_type not in PREVIEWABLE:
            self.open_external(attachment_id)
            return None
        data = attachments.read_bytes(self.session, attachment_id)
        # The window holds the opener only weakly: a window deleting itself on close while a slot of its
        # own button kept the opener (and through it the parent) alive crashed Qt at the deferred delete.
        opener = weakref.ref(self)

        def print_file(pdf: bytes, owner: QWidget) -> bool:
            alive = opener()
            return alive is not None and alive.print_file(attachment_id, pdf, owner)

        window = PreviewWindow(QCoreApplication.translate("FileOpener", "File preview"), data, media_type, self.parent,
                               print_file=print_file)
        del data
        # No `destroyed` handler (it kept the opener too); closed windows are pruned here.
        self.previews = [w for w in self.previews if shiboken6.isValid(w)]
        self.previews.append(window)
        window.show()
        return window

    def print_file(self, attachment_id: str, data: bytes, owner: QWidget) -> bool:
        """The system print dialog, then the pages from memory; audited as a print of the file."""
        printer = self.ask_printer(QCoreApplication.translate("FileOpener", "File preview"), owner)
        if printer is None:
            return False
        self.session.audit_now("print", "attachment", attachment_id, {"printer": True})
        return paint_pdf(data, printer) > 0

    def open_external(self, attachment_id: str) -> str:
        path, cleanup = attachments.open_copy(self.session, attachment_id)
        self.cleanups.append(cleanup)
        _PENDING_CLEANUPS.append(cleanup)
        self.opened_paths.append(str(path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return str(path)

    def close_all(self) -> None:
        """Close every preview and remove every decrypted copy (card left, lock, section dropped)."""
        for window in list(self.previews):
            if shiboken6.isValid(window):
                window.close()
        self.previews.clear()
        for cleanup in self.cleanups:
            with contextlib.suppress(Exception):
                cleanup()
            with contextlib.suppress(ValueError):
                _PENDING_CLEANUPS.remove(cleanup)
        self.cleanups.clear()
        self.opened_paths.clear()
