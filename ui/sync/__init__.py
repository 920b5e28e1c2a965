"""The Sync section, the status bar text and the triggers of sync runs (issue 14)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.security.roles import Permission
from app.security.session import Session
from ui.sections import SectionSpec, SectionWidget, register_section


def create(session: Session, parent: QWidget | None = None) -> SectionWidget:
    from ui.sync.section import SyncSection

    return SyncSection(session, parent)


def _title() -> str:
    from ui.sections_builtin import TITLES

    return TITLES["sync"]()


register_section(SectionSpec("sync", _title, create, Permission.SYNC))
