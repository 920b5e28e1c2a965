""""Who saw or changed this": a button on the pupil and staff record forms and on the document card
(through ``ui.people.actions``) that opens the Data protection section's audit tab filtered to that
record. Only for users who may read the audit log; the viewer's service checks again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.security.roles import Permission
from app.security.session import Session
from ui.people.actions import register_record_action


def _workspace(widget: QWidget | None) -> QWidget | None:
    """The main window's workspace above ``widget`` (a record form is a dialog parented into it)."""
    from ui.workspace import Workspace

    while widget is not None and not isinstance(widget, Workspace):
        widget = widget.parentWidget()
    return widget


def open_record_audit(parent: QWidget, record_id: str) -> QWidget | None:
    """Open the audit tab on ``record_id``; returns the tab (None when there is no workspace above)."""
    from ui.desk.audit_tab import AuditTab
    from ui.desk.section import DeskSection

    workspace = _workspace(parent)
    if workspace is None:
        return None
    section = workspace.open_section("desk")  # type: ignore[attr-defined]
    tab = section.show_tab("audit") if isinstance(section, DeskSection) else None
    if not isinstance(tab, AuditTab):
        return None
    tab.show_record(record_id)
    workspace.window().raise_()
    workspace.window().activateWindow()
    return tab


def _open(session: Session, kind: str, record_id: str, parent: QWidget) -> object:
    return open_record_audit(parent, record_id)


register_record_action(
    "audit",
    lambda: QCoreApplication.translate("RecordAudit", "Who saw or changed this"),
    _open,
    kinds=("pupil", "staff", "document"),
    permission=Permission.VIEW_AUDIT,
)
