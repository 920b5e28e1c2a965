"""Export of lists to xlsx or CSV. Refused on removable drives unless the administrator allows it
(regulation 6.5) and always audited. Files are written atomically (temp file 0600, fsync, rename), so
no partial plaintext copy is left behind."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.admin import settings as settings_service
from app.atomic import write_atomic
from app.errors import InvalidInput, KenseError
from app.platform_support.removable import is_removable
from app.security.roles import Permission
from app.security.session import Session


class RemovableRefused(KenseError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__("export.removable_refused")


def _guard(session: Session, path: Path, what: str, fmt: str) -> bool:
    """Refuse (audited: the responsible person is alerted) a removable drive unless allowed; returns
    whether ``path`` is on one."""
    removable = is_removable(path)
    if removable and not settings_service.get(session, "allow_removable_export"):
        session.audit_now("export.refused", what, "", {"removable": True, "format": fmt})
        raise RemovableRefused()
    return removable


def _safe_cell(value: Any) -> Any:
    """A text cell that starts like a formula gets a leading apostrophe, so a spreadsheet shows it as
    text instead of running it (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def to_csv(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if v is None else _safe_cell(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # BOM: Excel then reads UTF-8 correctly


def to_xlsx(headers: Sequence[str], rows: Sequence[Sequence[Any]], title: str = "Kense") -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=title[:31] or "Kense")
    sheet.append(list(headers))
    for row in rows:
        # Text cells are written as strings; openpyxl would turn a leading "=" into a formula.
        sheet.append([_safe_cell(v) for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_table(session: Session, path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], *,
                 what: str, columns: Sequence[str]) -> Path:
    """Write a list to ``path`` (.xlsx or .csv). ``what`` and ``columns`` go to the audit log."""
    session.require(Permission.EXPORT_DATA)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InvalidInput("export.bad_format")
    removable = _guard(session, path, what, suffix[1:])
    data = to_xlsx(headers, rows) if suffix == ".xlsx" else to_csv(headers, rows)
    try:
        write_atomic(path, data)
    except OSError:
        raise KenseError("error.file_unwritable", path=str(path)) from None
    session.audit_now("export.list", what, "", {"format": suffix[1:], "rows": len(rows), "columns": list(columns),
                                            "removable": removable})
    return path


def write_personal_file(session: Session, path: Path, data: bytes) -> None:
    """Any file holding personal data (an own-data PDF, a destruction act): same drive rule, atomic."""
    _guard(session, Path(path), "personal_file", Path(path).suffix.lower()[1:])
    try:
        write_atomic(Path(path), data)
    except OSError:
        raise KenseError("error.file_unwritable", path=str(path)) from None
