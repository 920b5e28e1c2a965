"""The "Data protection" section: a tab per part of the responsible person's desk.

Each part registers its tab at import (``register_tab``) and is listed once in TAB_MODULES; a tab is a
``SectionWidget`` too, so it follows the same lock contract: the section asks every tab to drop its
personal data, forwards changes, and takes F1 from the current tab.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.changes import Change
from app.security.roles import Permission
from app.security.session import Session
from ui.sections import SectionSpec, SectionWidget, register_section
from ui.widgets import label

log = logging.getLogger(__name__)

# Modules that call register_tab at import, in the order their tabs appear.
TAB_MODULES: list[str] = ["ui.desk.audit_tab", "ui.desk.alerts_tab", "ui.desk.incidents_tab", "ui.desk.rights_tab",
                         "ui.desk.report_tab"]


@dataclass(frozen=True)
class DeskTab:
    key: str
    title: Callable[[], str]                                   # translated at call time
    factory: Callable[[Session, QWidget | None], SectionWidget]
    permission: Permission


_TABS: dict[str, DeskTab] = {}


def register_tab(tab: DeskTab) -> None:
    _TABS[tab.key] = tab


def desk_tabs(session: Session) -> list[DeskTab]:
    for name in TAB_MODULES:
        importlib.import_module(name)
    # in TAB_MODULES' order (import order depends on what was loaded first), a tab by its factory's module
    order = {name: n for n, name in enumerate(TAB_MODULES)}
    return sorted((t for t in _TABS.values() if session.can(t.permission)),
                  key=lambda t: order.get(t.factory.__module__, len(order)))


class DeskSection(SectionWidget):
    """Each tab is built when first shown (the first at once): the report tab walks the audit chain and
    the rights tab reads every account's history, which the section's first paint need not wait for."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.addWidget(label(QCoreApplication.translate("Desk", "Data protection"), "heading"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("deskTabs")
        self.specs: dict[str, DeskTab] = {tab.key: tab for tab in desk_tabs(session)}
        self.keys = list(self.specs)            # the tabs this user has, in their order
        self.parts: dict[str, SectionWidget] = {}   # the tabs built so far
        self._building = False
        for tab in self.specs.values():
            self.tabs.addTab(QWidget(), tab.title())
        self.tabs.currentChanged.connect(self._shown)
        layout.addWidget(self.tabs, 1)
        self.watches = Change.NONE
        if self.keys:
            self._build(self.keys[0])

    def _build(self, key: str) -> SectionWidget:
        widget = self.parts.get(key)
        if widget is None:
            index = self.keys.index(key)
            current = self.tabs.currentIndex()
            widget = self.specs[key].factory(self.session, None)
            self._building = True
            try:
                placeholder = self.tabs.widget(index)
                self.tabs.removeTab(index)
                placeholder.deleteLater()
                self.tabs.insertTab(index, widget, self.specs[key].title())
                self.tabs.setCurrentIndex(current)
            finally:
                self._building = False
            self.parts[key] = widget
            self.watches |= widget.watches
        return widget

    def _shown(self, index: int) -> None:
        if not self._building and 0 <= index < len(self.keys):
            self._build(self.keys[index])

    def show_tab(self, key: str) -> SectionWidget | None:
        if key not in self.specs:
            return None
        widget = self._build(key)
        self.tabs.setCurrentWidget(widget)
        return widget

    def data_changed(self, changed: Change) -> None:
        pass   # each tab is a SectionWidget on the bus itself

    def clear_personal_data(self) -> None:
        for widget in self.parts.values():
            try:
                widget.clear_personal_data()
            except Exception:
                log.exception("desk tab could not drop its data")

    def help_topic(self) -> str:
        current = self.tabs.currentWidget()
        return current.help_topic() if isinstance(current, SectionWidget) else "desk"


def _factory(session: Session, parent: QWidget | None) -> SectionWidget:
    return DeskSection(session, parent)


register_section(SectionSpec("desk", lambda: QCoreApplication.translate("Sections", "Data protection"), _factory,
                             Permission.VIEW_AUDIT))
