"""The register as a lazy table model: the ids of a query are loaded at once (cheap), rows are built
from the database only when a view asks for them, a page at a time, and handed out through
canFetchMore/fetchMore so a view of 10,000 documents starts with one page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.documents import queries
from app.documents.model import DocumentSummary, Status
from app.security.session import Session
from ui.i18n import format_date
from ui.paged_model import PagedTableModel

PAGE = 100
ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_BACKGROUND = QColor("#fde7e9")
OVERDUE_FOREGROUND = QColor("#8a0016")

COLUMNS = ("number", "date", "correspondent", "subject", "responsible", "due", "status")


def column_title(key: str) -> str:
    return {
        "number": QCoreApplication.translate("DocumentTableModel", "No."),
        "date": QCoreApplication.translate("DocumentTableModel", "Date"),
        "correspondent": QCoreApplication.translate("DocumentTableModel", "Correspondent"),
        "subject": QCoreApplication.translate("DocumentTableModel", "Subject"),
        "responsible": QCoreApplication.translate("DocumentTableModel", "Responsible"),
        "due": QCoreApplication.translate("DocumentTableModel", "Due"),
        "status": QCoreApplication.translate("DocumentTableModel", "Status"),
    }[key]


def status_name(status: Status) -> str:
    return {
        Status.RESERVED: QCoreApplication.translate("DocumentTableModel", "number reserved"),
        Status.REGISTERED: QCoreApplication.translate("DocumentTableModel", "registered"),
        Status.IN_PROGRESS: QCoreApplication.translate("DocumentTableModel", "in progress"),
        Status.EXECUTED: QCoreApplication.translate("DocumentTableModel", "executed"),
        Status.SENT: QCoreApplication.translate("DocumentTableModel", "sent"),
        Status.ARCHIVED: QCoreApplication.translate("DocumentTableModel", "archived"),
    }[status]


class DocumentTableModel(PagedTableModel):
    """Rows of the register for one set of filters. Holds personal data: :meth:`clear` drops it all."""

    page_size = PAGE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._rows: dict[str, DocumentSummary] = {}

    # ----------------------------------------------------------------- query
    def set_query(self, session: Session, filters: queries.Filters) -> None:
        """Load the ids of ``filters``; rows are built on demand."""
        self.beginResetModel()
        self._session = session
        self._rows.clear()
        try:
            self._ids = queries.document_ids(session, filters)
        finally:
            self._loaded = min(PAGE, len(self._ids))
            self._end_reset()

    def clear(self) -> None:
        self.beginResetModel()
        self._session = None
        self._ids = []
        self._rows.clear()
        self._loaded = 0
        self._end_reset()

    def total(self) -> int:
        """Documents the query found (the view may show fewer until it scrolls)."""
        return len(self._ids)

    def cached_rows(self) -> int:
        return len(self._rows)

    def document_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < self._loaded else None

    def row_of(self, document_id: str) -> int:
        try:
            row = self._ids.index(document_id)
        except ValueError:
            return -1
        return row if row < self._loaded else -1

    def summary(self, row: int) -> DocumentSummary | None:
        document_id = self.document_id(row)
        if document_id is None:
            return None
        found = self._rows.get(document_id)
        if found is None and self._session is not None:
            start = row - row % PAGE
            self._rows.update(queries.summaries(self._session, self._ids[start:start + PAGE]))
            found = self._rows.get(document_id)
        return found

    # ----------------------------------------------------------------- model
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return column_title(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._loaded or index.column() >= len(COLUMNS):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, OVERDUE_ROLE):
            return None
        row = self.summary(index.row())
        if row is None:  # no longer readable (changed by someone else): shown empty until the next query
            return None
        if role == OVERDUE_ROLE:
            return row.overdue
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND) if row.overdue else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_FOREGROUND) if row.overdue else None
        if role == Qt.ItemDataRole.FontRole:
            if row.overdue:
                font = QFont()
                font.setBold(True)
                return font
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "due" and row.overdue:
                return QCoreApplication.translate("DocumentTableModel", "Overdue")
            return row.subject if key == "subject" else None
        return self._text(row, key)

    @staticmethod
    def _text(row: DocumentSummary, key: str) -> str:
        if key == "number":
            return row.number
        if key == "date":
            return format_date(row.reg_date)
        if key == "correspondent":
            return row.correspondent
        if key == "subject":
            return row.subject or (status_name(row.status) if row.status is Status.RESERVED else "")
        if key == "responsible":
            return row.responsible_name or row.responsible_login or ""
        if key == "due":
            return format_date(row.due_date) if row.due_date else ""
        return status_name(row.status)
