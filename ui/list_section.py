"""The base of the lazily paged list sections (pupils, staff, documents): one ``refresh()``.

A subclass provides ``view`` (a QTableView), ``model`` (a ``ui.paged_model`` model with ``set_query``,
``clear`` and ``row_of``), ``message`` (an error label), ``search_timer``, and three hooks: ``query()``
(what ``model.set_query`` runs), ``row_id(row)`` and ``show_count()``. Refreshing keeps the selection.
"""

from __future__ import annotations

from typing import Any

from app.changes import Change
from app.errors import KenseError
from ui.sections import SectionWidget
from ui.widgets import show_error


class LazyListSection(SectionWidget):
    watches = Change.NONE

    def query(self) -> Any:
        raise NotImplementedError

    def row_id(self, row: int) -> str | None:
        raise NotImplementedError

    def show_count(self) -> None:
        raise NotImplementedError

    def error_text(self, exc: KenseError) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Run the current query again: the first page of ids; more as the view scrolls."""
        self.search_timer.stop()
        selected = self.selected_id()
        try:
            self.model.set_query(self.session, self.query())
        except KenseError as exc:
            self.model.clear()
            show_error(self.message, self.error_text(exc))
            return
        show_error(self.message, "")
        self.show_count()
        if selected:
            row = self.model.row_of(selected)
            if row >= 0:
                self.view.selectRow(row)

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.row_id(index.row()) if index.isValid() else None
