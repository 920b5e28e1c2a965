"""The "Issue certificate…" button on pupil and staff records (through ui.people.actions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.security.roles import Permission
from app.security.session import Session
from ui.certificates.issue_dialog import IssueCertificateDialog
from ui.people.actions import register_record_action


def _open(session: Session, person_kind: str, person_id: str, parent: QWidget) -> object:
    return IssueCertificateDialog(session, person_kind, person_id, parent).exec()


register_record_action(
    "certificate",
    lambda: QCoreApplication.translate("CertificateRecordAction", "Issue certificate…"),
    _open,
    kinds=("pupil", "staff"),
    permission=Permission.ISSUE_CERTIFICATES,
)
