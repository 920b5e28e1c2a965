"""The sections the shell always has: placeholders for subsystems still being built, Settings and
Security. A subsystem's own section module registers itself with ``register_section``; import it in
SECTION_MODULES below (one line), and its spec replaces the placeholder of the same key.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.security.roles import Permission
from app.security.session import Session
from ui.sections import SectionSpec, SectionWidget, register_section, registered_sections
from ui.widgets import label

ORDER = ("today", "pupils", "staff", "documents", "certificates", "sync", "settings", "backups", "security", "desk")
# Section modules of other subsystems (each calls register_section at import).
SECTION_MODULES: list[str] = ["ui.today_section", "ui.documents", "ui.certificates.section", "ui.people",
                               "ui.certificates.record_action", "ui.backup.section", "ui.sync",
                               "ui.desk.section", "ui.desk.record_audit"]
# Modules the sections' factories import on first open, loaded in idle time after sign-in (ui.workspace).
PRELOAD_MODULES = ("ui.people.section", "ui.documents.section", "ui.documents.card", "ui.certificates.section",
                   "ui.sync.section", "ui.settings_section", "ui.security_section")
# Which OS lock signals the shell is listening to (shown in the security panel).
os_lock_sources: list[str] = []


TITLES = {
    "pupils": lambda: QCoreApplication.translate("Sections", "Pupils"),
    "staff": lambda: QCoreApplication.translate("Sections", "Staff"),
    "documents": lambda: QCoreApplication.translate("Sections", "Documents"),
    "certificates": lambda: QCoreApplication.translate("Sections", "Certificates"),
    "sync": lambda: QCoreApplication.translate("Sections", "Sync"),
    "settings": lambda: QCoreApplication.translate("Sections", "Settings"),
    "security": lambda: QCoreApplication.translate("Sections", "Security"),
}


def placeholder_text(key: str) -> str:
    texts = {
        "pupils": QCoreApplication.translate(
            "Sections", "Here will be the register of pupils: admission, classes, movement between classes and "
            "schools, personal files and the alphabetical book. Personal data is masked on screen, and each time "
            "it is shown this is recorded."),
        "staff": QCoreApplication.translate(
            "Sections", "Here will be the staff records: positions, hiring and dismissal orders, and employment "
            "certificates."),
        "documents": QCoreApplication.translate(
            "Sections", "Here will be the document register: incoming and outgoing letters and orders, who is "
            "responsible for each and by when, with the files stored encrypted."),
        "certificates": QCoreApplication.translate(
            "Sections", "Here will be certificates and forms: study and employment certificates with a register "
            "number and a QR code, printed or saved as PDF."),
        "sync": QCoreApplication.translate(
            "Sections", "Here you will send document records to the district education department whenever "
            "the internet is available. Sync is not set up yet."),
    }
    return texts.get(key, QCoreApplication.translate("Sections", "This part of Kense is being prepared."))


class PlaceholderSection(SectionWidget):
    """What an empty section says: what will be here."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        layout = QVBoxLayout(self)
        layout.addWidget(label(title, "heading"))
        text = label(placeholder_text(key))
        text.setObjectName("placeholderText")
        layout.addWidget(text)
        layout.addWidget(label(QCoreApplication.translate("Sections", "Press F1 for help."), "hint"))
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def help_topic(self) -> str:
        return "start"


def _settings_factory(session: Session, parent: QWidget | None) -> SectionWidget:
    from ui.settings_section import SettingsSection

    return SettingsSection(session, parent)


def _security_factory(session: Session, parent: QWidget | None) -> SectionWidget:
    from ui.security_section import SecuritySection

    return SecuritySection(session, parent, os_sources=os_lock_sources)


def register_builtin_sections() -> None:
    """Import the subsystems' section modules, then fill every missing key with the shell's own."""
    for name in SECTION_MODULES:
        importlib.import_module(name)
    present = registered_sections()
    defaults = {
        "pupils": SectionSpec("pupils", TITLES["pupils"], None, Permission.VIEW_PEOPLE),
        "staff": SectionSpec("staff", TITLES["staff"], None, Permission.VIEW_PEOPLE),
        "documents": SectionSpec("documents", TITLES["documents"], None, Permission.VIEW_DOCUMENTS),
        "certificates": SectionSpec("certificates", TITLES["certificates"], None, Permission.VIEW_CERTIFICATES),
        "sync": SectionSpec("sync", TITLES["sync"], None, Permission.SYNC),
        "settings": SectionSpec("settings", TITLES["settings"], _settings_factory, Permission.VIEW_SETTINGS),
        "security": SectionSpec("security", TITLES["security"], _security_factory, Permission.VIEW_SECURITY),
    }
    for key, spec in defaults.items():
        if key not in present:
            register_section(spec)


def ordered_specs() -> list[SectionSpec]:
    specs = registered_sections()
    keys = [k for k in ORDER if k in specs] + sorted(k for k in specs if k not in ORDER)
    return [specs[k] for k in keys]
