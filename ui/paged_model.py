"""What the lazy list models (documents, pupils, staff) share: rows handed to the view a page at a time
through Qt's canFetchMore/fetchMore, with a guard so no rows are inserted while a reset or an insertion
is still being delivered (a listener such as the model tester may call back from its slot)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """``_ids`` are the rows known, ``_loaded`` the rows the view has been given; a subclass may read more
    ids on demand by overriding :meth:`_more_ids` and :meth:`_read_more`."""

    page_size = 100

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._loaded = 0
        self._busy = False

    def _more_ids(self) -> bool:
        """Whether ids beyond ``_ids`` may still come from the database."""
        return False

    def _read_more(self) -> None:
        """Read the next page of ids into ``_ids``."""

    def _end_reset(self) -> None:
        self._busy = True
        try:
            self.endResetModel()
        finally:
            self._busy = False

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._busy:
            return False
        return self._loaded < len(self._ids) or self._more_ids()

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._busy:
            return
        if self._loaded >= len(self._ids):
            self._read_more()
        count = min(self.page_size, len(self._ids) - self._loaded)
        if count <= 0:
            return
        # The end row is inclusive: rows loaded … loaded + count - 1 appear.
        self._busy = True
        try:
            self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + count - 1)
            self._loaded += count
            self.endInsertRows()
        finally:
            self._busy = False

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded
