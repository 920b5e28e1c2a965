"""One PDF viewer for every screen that shows a rendered or attached PDF: pages from memory (a QBuffer,
never a temp file), with the controls a secretary looks for — previous/next page and "page N of M",
zoom out/in, fit to width — and a window helper that fits a 1366×768 screen and closes on Esc."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ui import icons

ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfViewer", text)


class PdfViewer(QWidget):
    """A QPdfView over PDF bytes held in memory, with page and zoom controls above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer = QBuffer(self)

        self.previous_button = self._button("previousPage", "fa5s.chevron-up", _tr("Previous page"), self.previous_page)
        self.next_button = self._button("nextPage", "fa5s.chevron-down", _tr("Next page"), self.next_page)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self.zoom_out_button = self._button("zoomOut", "fa5s.search-minus", _tr("Smaller"), self.zoom_out)
        self.zoom_in_button = self._button("zoomIn", "fa5s.search-plus", _tr("Larger"), self.zoom_in)
        self.fit_button = self._button("fitWidth", "fa5s.arrows-alt-h", _tr("Fit to width"), self.fit_width,
                                       with_text=True)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.next_button, self.page_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._show_page())
        self._show_page()

    def _button(self, name: str, icon: str, text: str, slot: object, *, with_text: bool = False) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setIcon(icons.icon(icon))
        # Arrows and magnifiers are understood without words (the tooltip names them); the rest keeps text.
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon if with_text
                                  else Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ content
    def load(self, data: bytes) -> int:
        self.clear()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._show_page()
        return self.document.pageCount()

    def clear(self) -> None:
        """Close the document and empty the one buffer it reads (it lives as long as the viewer: the
        document keeps a guarded pointer to it, so it is never deleted under the document)."""
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self._show_page()

    def page_count(self) -> int:
        return self.document.pageCount()

    # ------------------------------------------------------------------ controls
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if self.page_count():
            page = max(0, min(page, self.page_count() - 1))
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._show_page()

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def zoom(self) -> float:
        return float(self.view.zoomFactor())

    def zoom_in(self) -> None:
        self._set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom() + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self._set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom() - 0.01), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _set_zoom(self, factor: float) -> None:
        if self.view.zoomMode() is not QPdfView.ZoomMode.Custom:
            self.view.setZoomFactor(self._effective_zoom())
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def _effective_zoom(self) -> float:
        """What "fit to width" shows now, so the first step is relative to what the user sees."""
        if not self.page_count():
            return 1.0
        points = self.document.pagePointSize(0)
        pixels = points.width() * self.logicalDpiX() / 72.0
        return max(0.1, (self.view.viewport().width() - 20) / pixels) if pixels else 1.0

    def _show_page(self) -> None:
        pages = self.page_count()
        current = self.current_page() + 1 if pages else 0
        self.page_label.setText(_tr("Page %1 of %2").replace("%1", str(current)).replace("%2", str(pages)))
        self.previous_button.setEnabled(current > 1)
        self.next_button.setEnabled(0 < current < pages)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to (width, height) but never beyond 90 % of the screen: a school PC may have 1366×768."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, int(area.width() * 0.9)), min(height, int(area.height() * 0.9))
    widget.resize(width, height)


def close_on_escape(window: QWidget) -> QShortcut:
    """A plain window (not a dialog) closes on Esc, as dialogs do."""
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(window.close)
    return shortcut
