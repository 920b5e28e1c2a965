"""The desk's "Report for an inspector" tab: the school's protection state as it is now, and "Make the
report…", which numbers, renders and registers "How this school protects personal data" in Kyrgyz or
Russian, then shows it to print or save.

The state walks the audit chain (and may record a finding), so it is read on the database worker, and
only when the tab is first shown or shown again after a change — not at every sign-in. The report runs
in the three phases of ``app.desk.protection_report``: read and number on the database worker, render
on the pool with no database, register in one transaction on the database worker; a number taken
meanwhile means reading, numbering and rendering again.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Change
from app.desk import protection_report
from app.desk.protection_state import ProtectionState, gather
from app.desk.rights_texts import role_name
from app.documents import numbering
from app.security.roles import Permission
from app.security.session import Session
from ui import i18n, icons
from ui.certificates.common import error_text
from ui.certificates.preview_dialog import PdfPreviewDialog
from ui.desk.section import DeskTab, register_tab
from ui.sections import SectionWidget
from ui.tasks import Task, manager
from ui.widgets import error_label, fill_form, label, primary, show_error

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskReport", text)


class ReportTab(SectionWidget):
    stateShown = Signal()          # the live state is on screen
    reportMade = Signal(object)    # protection_report.Issued, once registered and shown

    watches = Change.USERS | Change.SETTINGS | Change.DOCUMENTS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskReportTab")
        self.session = session
        self.state: ProtectionState | None = None
        self.task: Task | None = None
        self.report_task: Task | None = None
        self.preview: PdfPreviewDialog | None = None
        self._stale = True
        self._attempts = 0

        self.box = QGroupBox(_tr("How this school protects personal data — now"))
        self.form = QFormLayout(self.box)
        self.status = label(_tr("Reading…"), "hint")
        self.status.setObjectName("reportStatus")
        self.refresh_button = QPushButton(icons.icon("sync"), _tr("Check again"))
        self.refresh_button.setObjectName("reportRefresh")
        self.refresh_button.clicked.connect(self.refresh)

        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        self.language.addItem("Кыргызча", "ky")
        self.language.addItem("Русский", "ru")
        self.language.setCurrentIndex(1 if i18n.current_language() == "ru" else 0)
        self.make_button = primary(QPushButton(icons.icon("print"), _tr("Make the report…")))
        self.make_button.setObjectName("makeReport")
        self.make_button.clicked.connect(self.make_report)
        self.make_button.setEnabled(session.can(Permission.REGISTER_DOCUMENTS))
        self.bar = QProgressBar()
        self.bar.setObjectName("reportProgress")
        self.bar.setRange(0, 0)
        self.bar.setVisible(False)
        self.error = error_label()
        self.error.setObjectName("reportError")
        self.made = label("")      # what the last "Make the report…" registered (the state line refreshes apart)
        self.made.setObjectName("reportMade")
        self.made.setVisible(False)

        make_row = QHBoxLayout()
        make_row.addWidget(label(_tr("Language of the report:"), wrap=False))
        make_row.addWidget(self.language)
        make_row.addWidget(self.make_button)
        make_row.addStretch(1)
        make_row.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label(_tr("A one- or two-page paper for an inspector: each clause of the regulation on "
                                   "personal data with this school's state, dated and numbered in the document "
                                   "register like any document the school issues."), "hint"))
        layout.addLayout(make_row)
        layout.addWidget(self.bar)
        layout.addWidget(self.error)
        layout.addWidget(self.made)
        layout.addWidget(self.status)
        layout.addWidget(self.box)
        layout.addStretch(1)

    def help_topic(self) -> str:
        return "desk"

    # ------------------------------------------------------------------ the live state
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def data_changed(self, changed: Change) -> None:
        self._stale = True       # the chain walk runs when she looks, not at every change elsewhere
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.task is not None and not self.task.done:
            return
        self._stale = False
        self.status.setText(_tr("Reading…"))
        self.status.setVisible(True)

        def work(db: Session, progress: Any, cancelled: Any) -> ProtectionState:
            return gather(db)

        def failed(exc: BaseException) -> None:
            log.warning("protection state unreadable: %s", type(exc).__name__)
            self.status.setText(error_text(exc))

        self.task = manager().run_db(self.session, work, on_result=self.show_state, on_error=failed, owner=self)

    def show_state(self, state: ProtectionState) -> None:
        self.state = state
        fill_form(self.form, self.rows(state))
        self.status.setText(_tr("Read now, %1.").replace("%1", i18n.format_moment(state.at)))
        self.stateShown.emit()

    def rows(self, s: ProtectionState) -> list[tuple[str, str]]:
        lang = i18n.current_language()
        e, a, b = s.encryption, s.audit, s.backup
        encryption = (_tr("on — %1, every page checked with %2 (SQLCipher %3)").replace("%1", e.cipher)
                      .replace("%2", e.page_hmac.replace("_", "-")).replace("%3", e.version)
                      if e.on else _tr("OFF — the database file is not encrypted!"))
        binding = {"bound": _tr("yes — a copy of the database does not open on another computer"),
                   "missing": _tr("the device key is missing: use the recovery sheet"),
                   "unavailable": _tr("no key store on this computer: passwords only")}.get(s.device.state, "")
        by_role = ", ".join(f"{role_name(r, lang)}: {n}" for r, n in s.users_by_role.items() if n)
        users = (_tr("%1 active (%2); disabled: %3").replace("%1", str(s.active_users)).replace("%2", by_role)
                 .replace("%3", str(s.disabled_users)))
        idle = _tr("after %1 min without input").replace("%1", str(s.idle_lock_minutes))
        if s.lock_on_minimize:
            idle += _tr(", and when minimised")
        if b.last_verified_at is None:
            backup = _tr("none — make one on the Backups page")
        else:
            backup = i18n.format_moment(b.last_verified_at) + (_tr(" — older than 7 days!") if b.stale else "")
        audit = (_tr("intact: entries 1 to %1 verified %2").replace("%1", str(a.up_to_seq))
                 .replace("%2", i18n.format_moment(a.verified_at)) if a.verified
                 else _tr("BROKEN after entry %1; open findings: %2").replace("%1", str(a.up_to_seq))
                 .replace("%2", str(a.open_findings)))
        if not s.sync.enrolled:
            sync = _tr("not connected: nothing leaves the school")
        elif s.sync.last_success:
            sync = (_tr("%1; waiting: %2").replace("%1", i18n.format_moment(s.sync.last_success))
                    .replace("%2", str(s.sync.pending)))
        else:
            sync = _tr("not yet; waiting: %1").replace("%1", str(s.sync.pending))
        return [
            (_tr("Responsible person:"), s.responsible or "—"),
            (_tr("Encryption:"), encryption),
            (_tr("Bound to this computer:"), binding),
            (_tr("Users and roles:"), users),
            (_tr("Auto-lock:"), idle),
            (_tr("Last verified backup:"), backup),
            (_tr("Audit log:"), audit),
            (_tr("Failed sign-ins this month:"), str(s.failed_sign_ins_month)),
            (_tr("Last sync with the district:"), sync),
            (_tr("Incidents this year:"), str(s.incidents_year)),
        ]

    # ------------------------------------------------------------------ the report
    def make_report(self) -> None:
        if self.report_task is not None and not self.report_task.done:
            return
        self._attempts = 0
        show_error(self.error, "")
        self.made.setVisible(False)
        self._working(True)
        self._read(str(self.language.currentData()))

    def _read(self, lang: str) -> None:
        def work(db: Session, progress: Any, cancelled: Any) -> protection_report.Prepared:
            return protection_report.prepare(db, lang)

        self.report_task = manager().run_db(self.session, work, on_result=self._render, on_error=self._failed,
                                            owner=self)

    def _render(self, prepared: protection_report.Prepared) -> None:
        self.show_state(prepared.state)

        def work(progress: Any, cancelled: Any) -> bytes:
            return protection_report.render(prepared)

        self.report_task = manager().run(work, session=self.session, on_result=lambda pdf: self._write(prepared, pdf),
                                         on_error=self._failed, owner=self)

    def _write(self, prepared: protection_report.Prepared, pdf: bytes) -> None:
        def work(db: Session, progress: Any, cancelled: Any) -> protection_report.Issued:
            return protection_report.commit(db, prepared, pdf)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, numbering.NumberTaken) and self._attempts + 1 < protection_report.ATTEMPTS:
                self._attempts += 1       # someone registered meanwhile: read, number and render again
                self._read(prepared.lang)
                return
            self._failed(exc)

        self.report_task = manager().run_db(self.session, work, on_result=lambda issued: self._show(prepared, issued),
                                            on_error=failed, owner=self)

    def _show(self, prepared: protection_report.Prepared, issued: protection_report.Issued) -> None:
        self._working(False)
        self.made.setText(_tr("Registered as № %1. Print it or save it.").replace("%1", issued.number))
        self.made.setVisible(True)
        self.preview = PdfPreviewDialog(self.session, issued.pdf, protection_report.title(issued.lang),
                                        protection_report.file_name(prepared), object_type="document",
                                        object_id=issued.document_id, detail={"form": protection_report.FORM},
                                        parent=self)
        self.preview.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.preview.open()
        self.reportMade.emit(issued)

    def _failed(self, exc: BaseException) -> None:
        self._working(False)
        show_error(self.error, error_text(exc))

    def _working(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.make_button.setEnabled(not running and self.session.can(Permission.REGISTER_DOCUMENTS))
        self.language.setEnabled(not running)

    def clear_personal_data(self) -> None:
        self.state = None
        fill_form(self.form, [])
        if self.preview is not None:
            self.preview.done(0)
            self.preview = None


register_tab(DeskTab("report", lambda: _tr("Report for an inspector"), lambda s, p: ReportTab(s, p),
                     Permission.VIEW_AUDIT))
