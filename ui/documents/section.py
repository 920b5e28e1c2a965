"""The Documents section: the register (tabs per series, filters, search as you type), "My tasks",
a document card, the "Register document" dialog and "Print register"."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Change
from app.documents import register as register_service
from app.documents.model import Series, Status
from app.documents.queries import Filters, Head
from app.errors import KenseError
from app.security.roles import Permission
from app.security.session import Session
from ui.documents.card import DocumentCard
from ui.documents.model import DocumentTableModel, status_name
from ui.documents.register_dialog import RegisterDialog, assignable_users
from ui.documents.texts import error_text, series_name
from ui.list_section import LazyListSection
from ui.unsaved import close_without_asking
from ui.widgets import error_label, label, primary, show_error, show_hint

SEARCH_DELAY_MS = 250
MINE = "mine"
ALL = "all"
PERIODS = ("any", "month", "30days", "year", "last_year")


class DocumentsSection(LazyListSection):
    watches = Change.DOCUMENTS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsSection")
        self.session = session
        self.follow(session)
        self.can_register = session.can(Permission.REGISTER_DOCUMENTS)
        self.sees_register = session.can(Permission.VIEW_DOCUMENTS)
        self.dialogs: list[QDialog] = []

        self.model = DocumentTableModel(self)
        self.model.setObjectName("documentModel")

        # ------------------------------------------------------------- top row
        title = label(self.tr("Documents"), "heading")
        # Parented at once: a parentless widget shown with setVisible(True) becomes a window of its own
        # and takes the activation, which silently disables the shell's shortcuts (Ctrl+L).
        self.register_button = primary(QPushButton(self.tr("Register document…"), self))
        self.register_button.setObjectName("registerDocument")
        self.register_button.clicked.connect(lambda: self.open_register_dialog())
        self.register_button.setVisible(self.can_register)
        self.reserve_button = QPushButton(self.tr("Reserve order number…"), self)
        self.reserve_button.setObjectName("reserveOrderNumber")
        self.reserve_button.clicked.connect(self.ask_reserve)
        self.reserve_button.setVisible(self.can_register)
        self.print_button = QPushButton(self.tr("Print register…"), self)
        self.print_button.setObjectName("printRegister")
        self.print_button.clicked.connect(self.open_print_dialog)
        self.print_button.setVisible(self.sees_register)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.reserve_button)
        top.addWidget(self.register_button)

        # ------------------------------------------------------------- tabs
        self.tabs = QTabBar()
        self.tabs.setObjectName("seriesTabs")
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(True)
        self._tab_keys: list[str] = []
        self._add_tab(ALL, self.tr("All"))
        self._add_tab(MINE, self.tr("My tasks"))  # second: always visible, whatever the window width
        for s in Series:
            self._add_tab(s.value, series_name(s))
        self.tabs.currentChanged.connect(lambda _: self.refresh())

        # ------------------------------------------------------------- filters
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search: subject, summary, correspondent…"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.correspondent = QLineEdit()
        self.correspondent.setObjectName("correspondentFilter")
        self.correspondent.setPlaceholderText(self.tr("Correspondent"))
        self.correspondent.textChanged.connect(lambda _: self.search_timer.start())
        self.period = QComboBox()
        self.period.setObjectName("period")
        for key, text in zip(PERIODS, (self.tr("Any time"), self.tr("This month"), self.tr("Last 30 days"),
                                       self.tr("This year"), self.tr("Last year")), strict=True):
            self.period.addItem(text, key)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Any status"), "")
        for s in Status:
            self.status.addItem(status_name(s), s.value)
        self.responsible = QComboBox(self)
        self.responsible.setObjectName("responsibleFilter")
        self.responsible.addItem(self.tr("Anyone responsible"), "")
        for login, name in assignable_users(session):
            self.responsible.addItem(name, login)
        self.responsible.setVisible(self.responsible.count() > 1)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.overdue.setObjectName("overdueFilter")
        for combo in (self.period, self.status, self.responsible):
            combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.overdue.toggled.connect(lambda _: self.refresh())
        self.responsible.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.responsible.setMinimumContentsLength(18)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 3)
        search_row.addWidget(self.correspondent, 2)
        filters = QHBoxLayout()
        filters.addWidget(self.period)
        filters.addWidget(self.status)
        filters.addWidget(self.responsible)
        filters.addWidget(self.overdue)
        filters.addStretch(1)

        # ------------------------------------------------------------- table
        self.view = QTableView()
        self.view.setObjectName("documentView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 115), (1, 105), (2, 210), (4, 170), (5, 105), (6, 155)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.count_label = label("", "hint")
        self.count_label.setObjectName("countLabel")
        self.empty_label = label("", "hint")
        self.message = error_label()

        register_page = QWidget()
        page = QVBoxLayout(register_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(top)
        page.addWidget(self.tabs)
        page.addLayout(search_row)
        page.addLayout(filters)
        page.addWidget(self.message)
        page.addWidget(self.view, 1)
        page.addWidget(self.count_label)

        self._card: DocumentCard | None = None   # built when a document is first opened (first paint)
        self.pages = QStackedWidget()
        self.pages.addWidget(register_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        if not self.sees_register:  # a teacher: only what was assigned to them; start with "My tasks"
            self.tabs.setCurrentIndex(self._tab_keys.index(MINE))
        self.refresh()
        self.search.setFocus()

    def _add_tab(self, key: str, text: str) -> None:
        self._tab_keys.append(key)
        self.tabs.addTab(text)

    # ----------------------------------------------------------------- the register
    def current_tab(self) -> str:
        index = self.tabs.currentIndex()
        return self._tab_keys[index] if 0 <= index < len(self._tab_keys) else ALL

    def select_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self._tab_keys.index(key))

    def filters(self, today: date | None = None) -> Filters:
        today = today or date.today()
        tab = self.current_tab()
        date_from = date_to = None
        period = self.period.currentData()
        if period == "month":
            date_from = today.replace(day=1)
        elif period == "30days":
            date_from = today - timedelta(days=30)
        elif period == "year":
            date_from = date(today.year, 1, 1)
        elif period == "last_year":
            date_from, date_to = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        status = self.status.currentData()
        return Filters(series=Series(tab) if tab not in (ALL, MINE) else None, mine=tab == MINE,
                       search=self.search.text().strip() or None,
                       correspondent=self.correspondent.text().strip() or None,
                       status=Status(status) if status else None,
                       responsible_login=self.responsible.currentData() or None,
                       overdue=self.overdue.isChecked(), date_from=date_from, date_to=date_to, limit=100_000)

    def query(self) -> Filters:
        return self.filters()

    def row_id(self, row: int) -> str | None:
        return self.model.document_id(row)

    def error_text(self, exc: KenseError) -> str:
        return error_text(exc)

    def show_count(self) -> None:
        total = self.model.total()
        if total:
            self.count_label.setText(self.tr("Documents found: %1").replace("%1", str(total)))
        elif self.current_tab() == MINE:
            self.count_label.setText(self.tr("You have no open tasks."))
        else:
            self.count_label.setText(self.tr("Nothing found. Change the search or the filters."))

    def _activated(self, index: QModelIndex) -> None:
        document_id = self.model.document_id(index.row())
        if document_id:
            self.open_document(document_id)

    # ----------------------------------------------------------------- card
    @property
    def card(self) -> DocumentCard:
        if self._card is None:
            card = DocumentCard(self.session)
            card.backRequested.connect(self.show_register)
            card.openRequested.connect(self.open_document)
            card.replyRequested.connect(self.open_reply_dialog)
            card.signRequested.connect(self.open_sign_dialog)
            self.pages.addWidget(card)
            self._card = card
        return self._card

    def open_document(self, document_id: str) -> bool:
        self.card.opener.close_all()
        if self.card.show_document(document_id):
            self.pages.setCurrentWidget(self.card)
            return True
        show_error(self.message, self.card.message.text())
        return False

    def show_register(self) -> None:
        if self._card is not None:
            self._card.clear()
        self.pages.setCurrentIndex(0)
        self.view.setFocus()

    # ----------------------------------------------------------------- dialogs
    def _track(self, dialog: QDialog) -> QDialog:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _=0, d=dialog: self._untrack(d))
        return dialog

    def _untrack(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
            dialog.deleteLater()

    def open_register_dialog(self, *, reply_to: Head | None = None, draft: dict[str, Any] | None = None,
                             modal: bool = True, reserved: Head | None = None) -> RegisterDialog:
        tab = self.current_tab()
        dialog = RegisterDialog(self.session, self, reply_to=reply_to, reserved=reserved,
                                series=Series(tab) if tab not in (ALL, MINE) else None)
        if draft:
            dialog.set_fields(draft)
        dialog.openRequested.connect(self.open_document)
        dialog.accepted.connect(lambda d=dialog: self._registered(d))
        self._track(dialog)
        dialog.setModal(modal)
        dialog.show()
        return dialog

    def open_reply_dialog(self, head: Head) -> RegisterDialog:
        return self.open_register_dialog(reply_to=head)

    def open_sign_dialog(self, head: Head) -> RegisterDialog:
        return self.open_register_dialog(reserved=head)

    def ask_reserve(self) -> None:
        """Which order book: the number is taken at once and the order registered once it is signed."""
        series = [s for s in Series if s.value.startswith("order")]
        names = [series_name(s) for s in series]
        chosen, ok = QInputDialog.getItem(self, self.tr("Reserve order number"), self.tr("Order book:"), names, 0,
                                          False)
        if ok and chosen in names:
            self.reserve_number(series[names.index(chosen)])

    def reserve_number(self, series: Series) -> str | None:
        """Take the next number of ``series`` now; the card of the reserved number opens."""
        try:
            document_id, number = register_service.reserve_order_number(self.session, series)
        except KenseError as exc:
            show_error(self.message, error_text(exc))
            return None
        self.open_document(document_id)
        show_hint(self.card.message, self.tr("Number %1 is reserved. When the order is signed, register it here.")
                   .replace("%1", number))
        return number

    def _registered(self, dialog: RegisterDialog) -> None:
        if dialog.result_id:
            self.open_document(dialog.result_id)
            show_hint(self.card.message, self.tr("Registered as No. %1.").replace("%1", dialog.result_number))

    def open_print_dialog(self) -> QDialog:
        from ui.documents.print_dialog import PrintRegisterDialog

        tab = self.current_tab()
        dialog = PrintRegisterDialog(self.session, self, Series(tab) if tab not in (ALL, MINE) else None)
        self._track(dialog)
        dialog.setModal(True)
        dialog.show()
        return dialog

    # ----------------------------------------------------------------- SectionWidget
    def clear_personal_data(self) -> None:
        for dialog in list(self.dialogs):
            if shiboken6.isValid(dialog):
                close_without_asking(dialog)
        self.dialogs.clear()
        self.search_timer.stop()
        if self._card is not None:
            self._card.clear()
        self.model.clear()
        self.search.clear()
        self.correspondent.clear()
        self.count_label.clear()
        self.pages.setCurrentIndex(0)

    def save_draft(self) -> dict | None:
        for dialog in self.dialogs:
            if isinstance(dialog, RegisterDialog) and shiboken6.isValid(dialog) and dialog.isVisible() \
                    and dialog.reply_to is None and dialog.has_input():
                return {"register": dialog.fields()}
        return None

    def restore_draft(self, draft: dict) -> None:
        if isinstance(draft.get("register"), dict):
            self.open_register_dialog(draft=draft["register"])

    def help_topic(self) -> str:
        return "documents"
