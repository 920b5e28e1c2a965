"""The Security panel's integrity findings: each open one in words, and for the administrator a reason
field and an Acknowledge button (app/audit/findings.py; the service checks the right again)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.audit import findings
from app.errors import KenseError
from app.i18n import translate
from app.security.roles import Permission
from app.security.session import Session
from ui import i18n
from ui.widgets import error_label, label, show_error


class FindingsBox(QGroupBox):
    def __init__(self, session: Session, on_change: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsBox")
        self.setTitle(translate("finding.panel_title", i18n.current_language()))
        self.session = session
        self.on_change = on_change
        self.items = label("", "error")   # one label re-written, so no widget is created or deleted
        self.items.setObjectName("findingsText")
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.items)
        layout.addWidget(self.error)
        self.reason = QLineEdit()
        self.reason.setObjectName("findingReason")
        self.reason.setPlaceholderText(translate("finding.reason_placeholder", i18n.current_language()))
        self.acknowledge_button = QPushButton(translate("finding.acknowledge_button", i18n.current_language()))
        self.acknowledge_button.setObjectName("acknowledgeFindings")
        self.acknowledge_button.clicked.connect(self.acknowledge)
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.acknowledge_button)
        if session.can(Permission.ACKNOWLEDGE_FINDINGS):
            layout.addLayout(row)
        else:
            self.reason.hide()
            self.acknowledge_button.hide()

    def show_findings(self, open_findings: list[dict[str, Any]]) -> None:
        lang = i18n.current_language()
        lines = [f"{i18n.format_moment(f['found_at'])}: {translate('finding.' + f['kind'], lang, seq=f['seq'])}"
                 for f in open_findings]
        self.items.setText("\n".join(lines))
        self.count = len(open_findings)
        self.setVisible(bool(open_findings))

    def acknowledge(self) -> None:
        try:
            findings.acknowledge(self.session, self.reason.text())
        except KenseError as exc:
            show_error(self.error, exc.message(i18n.current_language()))
            return
        self.reason.clear()
        self.error.hide()
        self.on_change()
