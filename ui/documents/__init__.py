"""The Documents section (issue 6): the register, the card, registration, "My tasks", printing."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.security.session import Session
from ui.sections import SectionSpec, SectionWidget, register_section


def create(session: Session, parent: QWidget | None = None) -> SectionWidget:
    from ui.documents.section import DocumentsSection

    return DocumentsSection(session, parent)


def _title() -> str:
    from ui.sections_builtin import TITLES

    return TITLES["documents"]()


# No permission on the section itself: a teacher has no register, but sees "My tasks" — the
# documents assigned to them (the services decide what each person may read).
register_section(SectionSpec("documents", _title, create, None))
