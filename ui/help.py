"""Built-in help (F1): one page per screen, in Kyrgyz and Russian (English falls back to Russian),
from resources/help/<lang>/<topic>.html — the start of the reference manual regulation 2.2 asks for."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ui import i18n, icons
from ui.pdf_viewer import close_on_escape, fit_to_screen

TOPICS = ("start", "setup", "signin", "lock", "privacy", "settings", "security", "documents", "certificates",
          "pupils", "staff", "backups", "sync", "desk")


def help_html(topic: str, lang: str) -> tuple[str, str]:
    """(html, language used) for a topic, falling back to another language and then to the start page."""
    base = resources.files("resources").joinpath("help")
    order = [lang, "ru", "ky"] if lang != "en" else ["ru", "ky"]
    for name in (topic, "start"):
        for code in order:
            page = base.joinpath(code, f"{name}.html")
            if page.is_file():
                return page.read_text(encoding="utf-8"), code
    return "<h1>Kense</h1>", lang


class HelpWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, closed with the others on lock
        self.setWindowTitle(self.tr("Kense — help"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.close_button = QPushButton(icons.icon("close"), self.tr("Close"))
        self.close_button.setObjectName("closeHelp")
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        close_on_escape(self)
        fit_to_screen(self, 720, 620)
        self.topic = "start"

    def show_topic(self, topic: str) -> None:
        html, _ = help_html(topic, i18n.current_language())
        self.topic = topic
        self.browser.setHtml(html)

    def _follow(self, url: QUrl) -> None:
        name = url.toString().removesuffix(".html")
        if name in TOPICS:
            self.show_topic(name)
