"""The main window's content after sign-in: navigation, the sections, notices and the status bar.

Sections are built from their registered specs when first opened (sign-in stays fast) and destroyed
on lock after ``clear_personal_data()``: a locked Kense holds no model with personal data.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenuBar,
    QPushButton,
    QStackedWidget,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.security import drafts
from app.security.session import Session
from ui import icons, sections_builtin
from ui.privacy import privacy
from ui.sections import SectionSpec, SectionWidget
from ui.widgets import label, notice_frame

log = logging.getLogger(__name__)


class Workspace(QWidget):
    lockRequested = Signal(str)
    switchUserRequested = Signal()
    helpRequested = Signal(str)
    quitRequested = Signal()
    sectionBuilt = Signal(str, object)

    def __init__(self, session: Session, school_name: str, parent: QWidget | None = None, *,
                 help_action: QAction | None = None) -> None:
        super().__init__(parent)
        self.help_action = help_action
        self.setObjectName("workspace")
        self.session = session
        self.specs: list[SectionSpec] = [s for s in sections_builtin.ordered_specs()
                                         if s.permission is None or session.can(s.permission)]
        self.sections: dict[str, SectionWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.stack.setObjectName("sectionStack")
        self._pages: dict[str, int] = {}
        for number, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(icons.icon(spec.key), spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if number <= 9:
                item.setToolTip(f"Alt+{number}")
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._row_changed)
        self._fix_nav_width()

        self.cover = QWidget()
        self.cover.setObjectName("privacyCover")
        cover_layout = QVBoxLayout(self.cover)
        cover_layout.addStretch(1)
        cover_text = label(self.tr("Privacy mode: personal data is hidden.\nPress Ctrl+Shift+H to show it again."),
                           "heading")
        cover_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cover_layout.addWidget(cover_text)
        self.show_again_button = QPushButton(icons.icon("show"), self.tr("Show the data again"))
        self.show_again_button.setObjectName("privacyShowAgain")
        self.show_again_button.clicked.connect(lambda: privacy.set_active(False))
        cover_row = QHBoxLayout()
        cover_row.addStretch(1)
        cover_row.addWidget(self.show_again_button)
        cover_row.addStretch(1)
        cover_layout.addLayout(cover_row)
        cover_layout.addStretch(2)

        self.body = QStackedWidget()
        main = QWidget()
        row = QHBoxLayout(main)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.body.addWidget(main)
        self.body.addWidget(self.cover)

        self.notice = notice_frame()
        self.notice.setObjectName("notice")
        notice_row = QHBoxLayout(self.notice)
        self.notice_text = label()
        self.notice_text.setObjectName("noticeText")
        close_notice = QToolButton()
        close_notice.setText("✕")
        close_notice.setAccessibleName(self.tr("Close the notice"))
        close_notice.clicked.connect(lambda: self.notice.setVisible(False))
        notice_row.addWidget(self.notice_text, 1)
        notice_row.addWidget(close_notice)
        self.notice.setVisible(False)

        self.draft_frame = notice_frame()
        self.draft_frame.setObjectName("draftOffer")
        draft_row = QHBoxLayout(self.draft_frame)
        self.draft_text = label()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreDrafts")
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName("discardDrafts")
        draft_row.addWidget(self.draft_text, 1)
        draft_row.addWidget(self.restore_button)
        draft_row.addWidget(self.discard_button)
        self.draft_frame.setVisible(False)
        self._draft_keys: list[str] = []

        self.status = QStatusBar()
        self.status.setSizeGripEnabled(False)
        role = self._role_name(session.user.role.value)
        self.user_label = QLabel(f"{session.user.full_name or session.user.login} — {role}")
        self.user_label.setObjectName("userLabel")
        self.sync_label = QLabel(self.tr("Sync: not set up"))
        self.backup_label = QLabel(self.tr("Last backup: none yet"))
        self.privacy_label = QLabel()
        self.lock_button = QPushButton(icons.icon("lock"), self.tr("Lock (Ctrl+L)"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.clicked.connect(lambda: self.lockRequested.emit("manual"))
        self.status.addWidget(self.user_label)
        self.status.addWidget(self.privacy_label)
        self.status.addPermanentWidget(self.sync_label)
        self.status.addPermanentWidget(self.backup_label)
        self.status.addPermanentWidget(self.lock_button)

        self.menu = QMenuBar()
        self._build_menu(school_name)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.setMenuBar(self.menu)
        inner = QVBoxLayout()
        inner.setContentsMargins(8, 4, 8, 0)
        inner.addWidget(self.notice)
        inner.addWidget(self.draft_frame)
        inner.addWidget(self.body, 1)
        layout.addLayout(inner, 1)
        layout.addWidget(self.status)

        privacy.changed.connect(self._privacy_changed)
        self._privacy_changed(privacy.active)
        if self.specs:
            self.nav.setCurrentRow(0)
        # The big sections' code loads while the secretary reads Today, one module per idle moment,
        # so opening Pupils or Documents for the first time builds a screen rather than imports one.
        self._preload = list(sections_builtin.PRELOAD_MODULES)
        QTimer.singleShot(200, self._preload_next)

    def _preload_next(self) -> None:
        if not self._preload or not shiboken6.isValid(self):
            return
        name = self._preload.pop(0)
        try:
            importlib.import_module(name)
        except Exception:
            log.exception("preloading %s failed", name)
        QTimer.singleShot(0, self._preload_next)

    # ----------------------------------------------------------------- menu and keys
    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None, slot: object,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menu(self, school_name: str) -> None:
        kense = self.menu.addMenu(self.tr("&Kense"))
        kense.addAction(self._action(self.tr("Lock"), "Ctrl+L", lambda: self.lockRequested.emit("manual"),
                                     "lockAction"))
        kense.addAction(self._action(self.tr("Switch user…"), None, self.switchUserRequested.emit))
        kense.addAction(self._action(self.tr("Privacy mode (hide personal data)"), "Ctrl+Shift+H", privacy.toggle,
                                     "privacyAction"))
        kense.addSeparator()
        kense.addAction(self._action(self.tr("Quit"), "Ctrl+Q", self.quitRequested.emit))
        go = self.menu.addMenu(self.tr("&Go to"))
        for number, spec in enumerate(self.specs, start=1):
            shortcut = f"Alt+{number}" if number <= 9 else None
            go.addAction(self._action(spec.title(), shortcut, lambda _=False, k=spec.key: self.open_section(k)))
        helpmenu = self.menu.addMenu(self.tr("&Help"))
        if self.help_action is None:   # alone (tests): its own F1
            self.help_action = self._action("", "F1", lambda: self.helpRequested.emit(self.help_topic()), "helpAction")
        self.help_action.setText(self.tr("Help for this screen"))
        helpmenu.addAction(self.help_action)   # the shell's own action: F1 stays bound once
        helpmenu.addAction(self._action(self.tr("Report an incident…"), None, self.report_incident,
                                        "incidentAction"))
        self.setToolTip(school_name)

    def report_incident(self) -> None:
        from ui.desk.incident_dialog import IncidentDialog

        self.incident_dialog = IncidentDialog(self.session, parent=self)
        self.incident_dialog.open()

    def _fix_nav_width(self) -> None:
        """One width for the sidebar whatever section is open: its longest title (Kyrgyz ones are long)
        with the icon and padding, within 180–280 px."""
        font = self.nav.font()
        font.setPointSize(12)                      # the style sheet's size for #nav
        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(spec.title()) for spec in self.specs), default=120)
        self.nav.setFixedWidth(max(180, min(280, widest + 20 + 20 + 44)))

    def _role_name(self, role: str) -> str:
        return {"admin": self.tr("administrator"), "director": self.tr("director"),
                "secretary": self.tr("secretary"), "teacher": self.tr("teacher")}.get(role, role)

    # ----------------------------------------------------------------- sections
    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.open_section(self.specs[row].key)

    def open_section(self, key: str) -> SectionWidget | None:
        spec = next((s for s in self.specs if s.key == key), None)
        if spec is None:
            return None
        widget = self.sections.get(key)
        if widget is None:
            widget = self._build(spec)
            self.sections[key] = widget
            self._pages[key] = self.stack.addWidget(widget)
            opens = getattr(widget, "openRequested", None)
            if opens is not None:       # a page naming records of other sections (Today)
                opens.connect(self.open_record)
            self.sectionBuilt.emit(key, widget)
        self.stack.setCurrentWidget(widget)
        row = next(i for i, s in enumerate(self.specs) if s.key == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        return widget

    def open_record(self, key: str, record: object) -> None:
        """Open a section and show one record there (a document id, a certificate number)."""
        section = self.open_section(key)
        if section is None or record is None:
            return
        show = {"documents": "open_document", "certificates": "select_number"}.get(key)
        method = getattr(section, show, None) if show else None
        if callable(method):
            method(str(record))

    def _build(self, spec: SectionSpec) -> SectionWidget:
        if spec.factory is None:
            return sections_builtin.PlaceholderSection(spec.key, spec.title())
        try:
            return spec.factory(self.session, None)
        except Exception:
            log.exception("section %s could not be built", spec.key)
            section = sections_builtin.PlaceholderSection(spec.key, spec.title())
            section.findChild(QLabel, "placeholderText").setText(
                self.tr("This section could not be opened. Your data is safe; please tell the administrator."))
            return section

    def current_section(self) -> SectionWidget | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, SectionWidget) else None

    def help_topic(self) -> str:
        section = self.current_section()
        if section is None:
            return "start"
        try:
            return section.help_topic()
        except Exception:
            return "start"

    def show_notice(self, text: str) -> None:
        self.notice_text.setText(text)
        self.notice.setVisible(bool(text))

    def offer_drafts(self, keys: list[str], restore: Callable[[list[str]], None],
                     discard: Callable[[list[str]], None]) -> None:
        """Unsaved work kept at the last lock: offer it back (only this user's drafts reach here)."""
        self._draft_keys = list(keys)
        if not keys:
            self.draft_frame.setVisible(False)
            return
        titles = ", ".join(s.title() for s in self.specs if s.key in keys)
        self.draft_text.setText(self.tr("Kense kept your unsaved work when it locked: %1. Restore it?")
                                .replace("%1", titles))
        self.restore_button.clicked.connect(lambda: (self.draft_frame.setVisible(False), restore(self._draft_keys)))
        self.discard_button.clicked.connect(lambda: (self.draft_frame.setVisible(False), discard(self._draft_keys)))
        self.draft_frame.setVisible(True)

    def _privacy_changed(self, active: bool) -> None:
        self.body.setCurrentIndex(1 if active else 0)
        self.privacy_label.setText(self.tr("Privacy mode") if active else "")

    # ----------------------------------------------------------------- lock support
    def save_drafts(self, session: Session) -> list[str]:
        """Hand each section's unsaved state to the encrypted draft store; return the section keys kept."""
        kept: list[str] = []
        for key, section in list(self.sections.items()):
            try:
                data = section.save_draft()
                if data:
                    drafts.save_draft(session, key, data)
                    kept.append(key)
            except Exception:
                log.exception("draft of section %s could not be saved", key)
        return kept

    def teardown(self) -> None:
        """Drop every section and its data (lock, user switch, language change)."""
        with contextlib.suppress(RuntimeError, TypeError):
            privacy.changed.disconnect(self._privacy_changed)
        for key, section in list(self.sections.items()):
            try:
                section.clear_personal_data()
            except Exception:
                log.exception("section %s failed to clear its data; destroying it anyway", key)
            if shiboken6.isValid(section):
                self.stack.removeWidget(section)
                section.setParent(None)
                section.deleteLater()
        self.sections.clear()
        self._pages.clear()
