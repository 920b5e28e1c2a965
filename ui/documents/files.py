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
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.documents import attachments
from app.security.session import Session

_PENDING_CLEANUPS: list[Callable[[], None]] = []


def _cleanup_at_exit() -> None:
    for cleanup in list(_PENDING_CLEANUPS):
        with contextlib.suppress(Exception):
            cleanup()
    _PENDING_CLEANUPS.clear()


atexit.register(_cleanup_at_exit)


class PreviewWindow(QWidget):
    """A file shown from memory: a PDF (every page, scrollable) or an image."""

    def __init__(self, title: str, data: bytes, media_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filePreview")
        self.setWindowFlag(Qt.WindowType.Window)  # own window; closed with the others on lock
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.document = None
        self.buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        if media_type == "application/pdf":
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self.buffer = QBuffer(self)
            self.buffer.setData(QByteArray(data))
            self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document = QPdfDocument(self)
            self.document.load(self.buffer)
            self.view = QPdfView(self)
            self.view.setObjectName("pdfView")
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setDocument(self.document)
            layout.addWidget(self.view)
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            image = QLabel()
            image.setObjectName("imageView")
            image.setPixmap(pixmap)
            scroll = QScrollArea()
            scroll.setWidget(image)
            layout.addWidget(scroll)
        self.resize(820, 900)

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.document is not None:
            self.document.close()
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.setData(QByteArray())
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

    def preview(self, attachment_id: str, media_type: str) -> PreviewWindow | None:
        if media_type not in PREVIEWABLE:
            self.open_external(attachment_id)
            return None
        data = attachments.read_bytes(self.session, attachment_id)
        window = PreviewWindow(QCoreApplication.translate("FileOpener", "File preview"), data, media_type, self.parent)
        del data
        self.previews.append(window)
        window.destroyed.connect(lambda _=None, w=window: self._forget(w))
        window.show()
        return window

    def _forget(self, window: PreviewWindow) -> None:
        with contextlib.suppress(ValueError):
            self.previews.remove(window)

    def open_external(self, attachment_id: str) -> str:
        path, cleanup = attachments.open_copy(self.session, attachment_id)
        self.cleanups.append(cleanup)
        _PENDING_CLEANUPS.append(cleanup)
        self.opened_paths.append(str(path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return str(path)

    def close_all(self) -> None:
        """Close every preview and remove every decrypted copy (card left, lock, section dropped)."""
        import shiboken6

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
