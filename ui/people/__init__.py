"""The Pupils and Staff sections (issue 4): lazy lists with search as you type and masked columns, the
record form with its tabs, classes overview, import with a column mapping and a dry-run report, the
year-end rollover wizard and list export."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.security.roles import Permission
from app.security.session import Session
from ui.sections import SectionSpec, SectionWidget, register_section


def create_pupils(session: Session, parent: QWidget | None = None) -> SectionWidget:
    from ui.people.section import PupilsSection

    return PupilsSection(session, parent)


def create_staff(session: Session, parent: QWidget | None = None) -> SectionWidget:
    from ui.people.section import StaffSection

    return StaffSection(session, parent)


def _title(key: str) -> str:
    from ui.sections_builtin import TITLES

    return TITLES[key]()


register_section(SectionSpec("pupils", lambda: _title("pupils"), create_pupils, Permission.VIEW_PEOPLE))
register_section(SectionSpec("staff", lambda: _title("staff"), create_staff, Permission.VIEW_STAFF))
