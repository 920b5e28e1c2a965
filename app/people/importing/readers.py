"""Reading the spreadsheets schools already have — xlsx, xls, ods, CSV — as rows of cell values.

Safety: the file size, the unpacked size of zip-based formats and the number of rows are bounded;
xlsx and ods are streamed (streaming.py) with the expanded bytes, each cell's length and the rows
counted as they arrive, so a zip bomb is refused in seconds in little memory; formulas are never
evaluated (xlsx/ods: the cached value; xls: xlrd returns values only); a formula *text* stays data and
is refused later by the field checks. Values come back as str, float, int,
datetime/date or None, exactly as the file stores them; fixing them is values' job.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import input_files
from app.errors import InvalidInput
from app.people.importing import streaming

MAX_FILE_MB = 50
MAX_UNPACKED_MB = 300
MAX_ROWS = 100_000
MAX_COLUMNS = 200

Cell = Any
Rows = list[list[Cell]]


@dataclass(frozen=True)
class Table:
    format: str
    rows: Rows


def _bounded(rows: Iterator[list[Cell]]) -> Rows:
    out: Rows = []
    for row in rows:
        row = row[:MAX_COLUMNS]
        if any(isinstance(v, str) and len(v) > streaming.MAX_CELL_CHARS for v in row):   # xls and csv too
            raise InvalidInput("import.cell_too_long", limit=streaming.MAX_CELL_CHARS, row=len(out) + 1)
        while row and (row[-1] is None or row[-1] == ""):
            row.pop()
        out.append(row)
        if len(out) > MAX_ROWS + 50:  # some header lines are allowed above the data
            raise InvalidInput("import.too_many_rows", limit=MAX_ROWS)
    while out and not out[-1]:
        out.pop()
    return out


def _check_zip(data: bytes, fmt: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InvalidInput("import.unreadable", format=fmt) from None
    total = sum(info.file_size for info in archive.infolist())
    if total > MAX_UNPACKED_MB * 1024 * 1024 or len(archive.infolist()) > 10_000:
        raise InvalidInput("import.too_big", size=f"{total / 1048576:.1f}", limit=MAX_UNPACKED_MB)
    return archive


def read_xlsx(data: bytes) -> Rows:
    # streamed with limits (streaming.py): a cell that unpacks to hundreds of MB is refused as it grows
    archive = _check_zip(data, "xlsx")
    return _bounded(iter(streaming.read_xlsx_rows(archive, max_rows=MAX_ROWS + 50, max_columns=MAX_COLUMNS)))


def read_xls(data: bytes) -> Rows:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
    except Exception:
        raise InvalidInput("import.unreadable", format="xls") from None
    try:
        sheet = book.sheet_by_index(0)
        if sheet.nrows > MAX_ROWS + 50:
            raise InvalidInput("import.too_many_rows", limit=MAX_ROWS)

        def rows() -> Iterator[list[Cell]]:
            for r in range(sheet.nrows):
                out: list[Cell] = []
                for c in range(min(sheet.ncols, MAX_COLUMNS)):
                    cell = sheet.cell(r, c)
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        try:
                            out.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
                        except Exception:
                            out.append(cell.value)
                    elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                        out.append(None)
                    else:
                        out.append(cell.value)
                yield out
        return _bounded(rows())
    finally:
        book.release_resources()


def read_ods(data: bytes) -> Rows:
    archive = _check_zip(data, "ods")
    return _bounded(iter(streaming.read_ods_rows(archive, max_rows=MAX_ROWS + 50, max_columns=MAX_COLUMNS)))


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1251 — the two encodings Kyrgyz offices produce."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def read_csv(data: bytes) -> Rows:
    text = decode_text(data).replace("\x00", "")
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _bounded(list(row) for row in reader)
    except csv.Error:
        raise InvalidInput("import.unreadable", format="csv") from None


_READERS: dict[str, Callable[[bytes], Rows]] = {
    "xlsx": read_xlsx, "xls": read_xls, "ods": read_ods, "csv": read_csv,
}


def sniff_format(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if data.startswith(b"PK\x03\x04"):
        if b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet" in data[:200]:
            return "ods"
        return "xlsx" if suffix != "ods" else "ods"
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2 compound file: Excel 97–2003
        return "xls"
    if suffix in ("csv", "txt"):
        return "csv"
    if suffix in _READERS:
        return suffix  # the reader will say it cannot read it
    raise InvalidInput("import.unknown_format")


def read_table(path: Path) -> Table:
    path = Path(path)
    size = input_files.regular_size(path)
    if size > MAX_FILE_MB * 1024 * 1024:
        raise InvalidInput("import.too_big", size=f"{size / 1048576:.1f}", limit=MAX_FILE_MB)
    try:
        with input_files.open_regular(path) as handle:
            data = handle.read(MAX_FILE_MB * 1024 * 1024 + 1)
    except OSError:
        raise InvalidInput("error.file_unreadable", path=str(path)) from None
    fmt = sniff_format(path, data)
    rows = _READERS[fmt](data)
    if not any(any(v not in (None, "") for v in row) for row in rows):
        raise InvalidInput("import.empty")
    return Table(fmt, rows)
