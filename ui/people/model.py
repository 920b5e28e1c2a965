"""Pupils and staff as a lazy table model. The ids come from the database a page at a time (``limit``
plus the last id seen), the rows are built only for the ids a view has been given, and the view is fed
through canFetchMore/fetchMore, so a one-letter search over 20,000 pupils costs one page, not 20,000
rows. Sensitive columns are masked; one record at a time can be revealed (audited by the service) and
is hidden again after a while, at once in privacy mode, and on clear()."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from app.people import pupils, staff
from app.security.session import Session
from ui import i18n
from ui.paged_model import PagedTableModel
from ui.privacy import DOT, REVEAL_SECONDS, mask, privacy

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole
MASKED_ROLE = Qt.ItemDataRole.UserRole + 1   # True for a cell that is masked right now

PUPIL_COLUMNS = ("book", "surname", "given_name", "patronymic", "class", "sex", "pin", "birth_date", "address")
STAFF_COLUMNS = ("surname", "given_name", "patronymic", "position", "sex", "pin", "phone", "hire_date")
# column -> the privacy.mask kind
SENSITIVE = {"birth_date": "birth_date", "pin": "pin", "address": "address", "phone": "phone"}


def column_title(key: str) -> str:
    return {
        "book": QCoreApplication.translate("PeopleModel", "Book No."),
        "surname": QCoreApplication.translate("PeopleModel", "Surname"),
        "given_name": QCoreApplication.translate("PeopleModel", "Name"),
        "patronymic": QCoreApplication.translate("PeopleModel", "Patronymic"),
        "class": QCoreApplication.translate("PeopleModel", "Class"),
        "sex": QCoreApplication.translate("PeopleModel", "Sex"),
        "birth_date": QCoreApplication.translate("PeopleModel", "Birth date"),
        "pin": QCoreApplication.translate("PeopleModel", "PIN"),
        "address": QCoreApplication.translate("PeopleModel", "Address"),
        "position": QCoreApplication.translate("PeopleModel", "Position"),
        "phone": QCoreApplication.translate("PeopleModel", "Phone"),
        "hire_date": QCoreApplication.translate("PeopleModel", "Hired"),
    }[key]


def sex_text(sex: str | None) -> str:
    if sex == "F":
        return QCoreApplication.translate("PeopleModel", "F")
    if sex == "M":
        return QCoreApplication.translate("PeopleModel", "M")
    return ""


IdsQuery = Callable[[Session, int, str | None], list[str]]   # (session, limit, after id) -> ids


class PeopleTableModel(PagedTableModel):
    """Rows of one list (pupils or staff) for one query. Holds personal data: :meth:`clear` drops it."""

    page_size = PAGE
    revealChanged = Signal()   # a record was shown or masked again (the section's button follows it)

    def __init__(self, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        if kind not in ("pupil", "staff"):
            raise ValueError(kind)
        self.kind = kind
        self.columns = PUPIL_COLUMNS if kind == "pupil" else STAFF_COLUMNS
        self._session: Session | None = None
        self._query: IdsQuery | None = None
        self._complete = True            # no more ids in the database for this query
        self._rows: dict[str, dict[str, Any]] = {}
        self._revealed: dict[str, dict[str, str]] = {}
        self.pages_read = 0              # how many id pages came from the database (tests, diagnostics)
        self._hide_timer = QTimer(self, singleShot=True, interval=REVEAL_SECONDS * 1000)
        self._hide_timer.timeout.connect(self.hide_revealed)
        privacy.changed.connect(self._privacy_changed)

    # ----------------------------------------------------------------- query
    def set_query(self, session: Session, query: IdsQuery) -> None:
        """Start a new list: read the first page of ids; more come as the view scrolls."""
        self.beginResetModel()
        self._session, self._query = session, query
        self._rows.clear()
        self._revealed.clear()
        self._ids, self._complete, self.pages_read = [], False, 0
        try:
            self._read_more()
        finally:
            self._loaded = min(PAGE, len(self._ids))
            self._end_reset()

    def _more_ids(self) -> bool:
        return not self._complete

    def _read_more(self) -> None:
        if self._complete or self._session is None or self._query is None:
            return
        after = self._ids[-1] if self._ids else None
        page = self._query(self._session, PAGE, after)
        self.pages_read += 1
        self._ids.extend(page)
        self._complete = len(page) < PAGE

    def clear(self) -> None:
        self.beginResetModel()
        self._session = self._query = None
        self._ids, self._complete, self._loaded = [], True, 0
        self._rows.clear()
        self._revealed.clear()
        self._hide_timer.stop()
        self._end_reset()

    def is_complete(self) -> bool:
        """Every id of the query has been read (then :meth:`known` is the total)."""
        return self._complete

    def known(self) -> int:
        return len(self._ids)

    def cached_rows(self) -> int:
        return len(self._rows)

    def person_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < self._loaded else None

    def row_of(self, person_id: str) -> int:
        try:
            row = self._ids.index(person_id)
        except ValueError:
            return -1
        return row if row < self._loaded else -1

    def row_data(self, row: int) -> dict[str, Any] | None:
        person_id = self.person_id(row)
        if person_id is None:
            return None
        found = self._rows.get(person_id)
        if found is None and self._session is not None:
            start = row - row % 50
            chunk = self._ids[start:min(start + 50, self._loaded)]
            if self.kind == "pupil":
                built = pupils.pupil_rows(self._session, chunk)
            else:
                built = staff.staff_rows(self._session, chunk, i18n.current_language())
            self._rows.update({r["id"]: r for r in built})
            found = self._rows.get(person_id)
        return found

    # ----------------------------------------------------------------- reveal
    def reveal(self, row: int) -> bool:
        """Show this record's sensitive columns (one record at a time). The service audits the reveal."""
        person_id = self.person_id(row)
        if person_id is None or self._session is None or privacy.active:
            return False
        if self.kind == "pupil":
            record = pupils.get_pupil(self._session, person_id, reveal=True, lang=i18n.current_language())
            address = record.get("act_address") or record.get("reg_address") or ""
            values = {"pin": record.get("pin") or "", "birth_date": i18n.format_date(record.get("birth_date") or ""),
                      "address": address}
        else:
            record = staff.get_staff(self._session, person_id, reveal=True)
            values = {"pin": record.get("pin") or "", "birth_date": i18n.format_date(record.get("birth_date") or ""),
                      "phone": record.get("phone") or ""}
        self.hide_revealed()
        self._revealed[person_id] = values
        self._hide_timer.start()
        self._changed_row(row)
        self.revealChanged.emit()
        return True

    def has_revealed(self) -> bool:
        return bool(self._revealed) and not privacy.active

    def is_revealed(self, row: int) -> bool:
        person_id = self.person_id(row)
        return person_id in self._revealed and not privacy.active

    def hide_revealed(self) -> None:
        rows = [self.row_of(pid) for pid in self._revealed]
        self._revealed.clear()
        self._hide_timer.stop()
        for row in rows:
            if row >= 0:
                self._changed_row(row)
        if rows:
            self.revealChanged.emit()

    def _changed_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _privacy_changed(self, active: bool) -> None:
        if active:
            self.hide_revealed()
        if self._loaded:
            self.dataChanged.emit(self.index(0, 0), self.index(self._loaded - 1, len(self.columns) - 1))

    # ----------------------------------------------------------------- model
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return column_title(self.columns[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._loaded or index.column() >= len(self.columns):
            return None
        key = self.columns[index.column()]
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == MASKED_ROLE:
            return key in SENSITIVE and not self.is_revealed(index.row())
        if role == Qt.ItemDataRole.ToolTipRole and key in SENSITIVE:
            return QCoreApplication.translate("PeopleModel", "Hidden. Select the row and press “Show” (recorded).")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.row_data(index.row())
        if row is None:   # no longer readable (blocked or destroyed meanwhile): empty until the next query
            return None
        if key in SENSITIVE:
            if self.is_revealed(index.row()):
                return self._revealed[row["id"]].get(key, "")
            return self._masked(row, key)
        if key == "sex":
            return sex_text(row.get("sex"))
        if key == "hire_date":
            return i18n.format_date(row.get("hire_date") or "") if row.get("hire_date") else ""
        return str(row.get(key) or "")

    @staticmethod
    def _masked(row: dict[str, Any], key: str) -> str:
        if key == "pin":
            return str(row.get("pin") or "")   # the service already masks it (first digit and last three)
        if key == "birth_date":
            return mask("x", "birth_date") if row.get("birth_date") else ""
        if key == "address":
            return DOT * 8   # the list does not read addresses; shown only when revealed
        return DOT * 6 if row.get(key) else ""
