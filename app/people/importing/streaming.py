"""Streaming readers for the zip-based spreadsheets (xlsx, ods), with limits checked as bytes arrive.

A hostile file may be small on disk and huge unpacked (one cell that expands to 280 MB, a million
shared strings, a row numbered 1,048,576). So nothing is unpacked whole: each part is read from the
zip in 64 KiB pieces and fed to expat, and every piece is counted against the total expanded budget;
a cell's text is counted as it grows. The first limit crossed stops the reading at once with a clear
message, so any file within the size limit is refused in seconds, in a few megabytes of memory.

No DTD is accepted (neither format uses one), so entity tricks (billion laughs, external entities)
are refused before they start. Formulas are never evaluated: the value the spreadsheet cached is read.
"""

from __future__ import annotations

import contextlib
import re
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import IO, Any
from xml.parsers import expat

from app.errors import InvalidInput

CHUNK = 64 * 1024
MAX_EXPANDED_MB = 120          # all parts read, unpacked: ~25× a 5,000-row sheet, and what it holds fits in memory
MAX_CELL_CHARS = 32_767        # Excel's own limit for one cell
MAX_SHARED_STRINGS = 500_000   # 100,000 rows of names, patronymics and places, with room
MAX_STYLES = 65_000            # Excel's limit of cell formats

Cell = Any


class _Budget:
    """Expanded bytes left for the whole file."""

    def __init__(self, fmt: str, megabytes: int = MAX_EXPANDED_MB) -> None:
        self.fmt = fmt
        self.limit = megabytes
        self.left = megabytes * 1024 * 1024

    def spend(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise InvalidInput("import.expands_too_much", limit=self.limit)


class _Stop(Exception):
    """Raised from a handler to end parsing early (the first sheet is done)."""


def _parser(fmt: str) -> expat.XMLParserType:
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True

    def refuse(*_args: object) -> Any:
        raise InvalidInput("import.unreadable", format=fmt)

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    return parser


def _feed(archive: zipfile.ZipFile, name: str, parser: expat.XMLParserType, budget: _Budget) -> None:
    try:
        with archive.open(name) as stream:
            _feed_stream(stream, parser, budget)
    except _Stop:
        return
    except (expat.ExpatError, zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError):
        raise InvalidInput("import.unreadable", format=budget.fmt) from None


def _feed_stream(stream: IO[bytes], parser: expat.XMLParserType, budget: _Budget) -> None:
    while True:
        piece = stream.read(CHUNK)
        if not piece:
            break
        budget.spend(len(piece))
        parser.Parse(piece, False)
    parser.Parse(b"", True)


class _Text:
    """Text gathered inside one element, bounded as it grows."""

    def __init__(self, where: Callable[[], int]) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.where = where

    def add(self, text: str) -> None:
        self.size += len(text)
        if self.size > MAX_CELL_CHARS:
            raise InvalidInput("import.cell_too_long", limit=MAX_CELL_CHARS, row=self.where())
        self.parts.append(text)

    def take(self) -> str:
        text = "".join(self.parts)
        self.parts, self.size = [], 0
        return text


def _bounded_rows(rows: dict[int, dict[int, Cell]], max_rows: int) -> Iterator[list[Cell]]:
    """Rows in order, gaps filled with empty rows; empty trailing rows were never stored."""
    if not rows:
        return
    for index in range(1, max(rows) + 1):
        cells = rows.get(index)
        if not cells:
            yield []
            continue
        yield [cells.get(c) for c in range(1, max(cells) + 1)]


# ============================================================================ xlsx
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
_CELL_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})$")
_BUILTIN_DATES = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, *range(27, 37), 45, 46, 47, *range(50, 59)})
_QUOTED = re.compile(r'"[^"]*"|\\.|\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]', re.IGNORECASE)


def _local(tag: str) -> tuple[str, str]:
    ns, _, name = tag.rpartition(" ")
    return ns, name


def is_date_format(code: str) -> bool:
    """Whether a number format shows a date or time (quoted text, escapes and [colour] ignored)."""
    stripped = _QUOTED.sub("", code)
    return bool(re.search(r"[dmyhs]", stripped, re.IGNORECASE)) and "general" not in stripped.lower()


def excel_datetime(serial: float, date1904: bool) -> datetime | float:
    if date1904:
        base = datetime(1904, 1, 1)
    else:
        base = datetime(1899, 12, 30)
        if 0 < serial < 60:   # Excel's 1900 leap-year bug: serials before 1 March 1900 are one day off
            serial += 1
    try:   # to the millisecond, as Excel keeps it (a float day fraction is never exact)
        return base + timedelta(milliseconds=round(serial * 86_400_000))
    except (OverflowError, ValueError):
        return serial


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _first_sheet(archive: zipfile.ZipFile, budget: _Budget) -> tuple[str, bool]:
    """The first worksheet's part name and whether the workbook counts dates from 1904."""
    state: dict[str, Any] = {"rid": None, "date1904": False, "target": None}

    def wb_start(tag: str, attrs: dict[str, str]) -> None:
        _, name = _local(tag)
        if name == "workbookPr":
            state["date1904"] = attrs.get("date1904", "0").lower() in ("1", "true")
        elif name == "sheet" and state["rid"] is None:
            state["rid"] = attrs.get(f"{_REL} id") or attrs.get(f"{_STRICT_REL} id")

    parser = _parser("xlsx")
    parser.StartElementHandler = wb_start
    _feed(archive, "xl/workbook.xml", parser, budget)

    def rel_start(tag: str, attrs: dict[str, str]) -> None:
        _, name = _local(tag)
        if name == "Relationship" and attrs.get("Id") == state["rid"] and state["target"] is None:
            state["target"] = attrs.get("Target", "")

    if state["rid"] and "xl/_rels/workbook.xml.rels" in archive.namelist():
        parser = _parser("xlsx")
        parser.StartElementHandler = rel_start
        _feed(archive, "xl/_rels/workbook.xml.rels", parser, budget)
    target = str(state["target"] or "worksheets/sheet1.xml")
    path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    parts: list[str] = []
    for piece in path.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts), bool(state["date1904"])


def _shared_strings(archive: zipfile.ZipFile, budget: _Budget) -> list[str]:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    strings: list[str] = []
    state = {"in_si": False, "in_t": False, "skip": 0}
    text = _Text(lambda: 0)

    def start(tag: str, _attrs: dict[str, str]) -> None:
        _, name = _local(tag)
        if name == "si":
            state["in_si"] = True
        elif name in ("rPh", "phoneticPr"):   # the reading aid of East Asian text is not the value
            state["skip"] += 1
        elif name == "t" and state["in_si"] and not state["skip"]:
            state["in_t"] = True

    def end(tag: str) -> None:
        _, name = _local(tag)
        if name == "t":
            state["in_t"] = False
        elif name in ("rPh", "phoneticPr"):
            state["skip"] -= 1
        elif name == "si":
            state["in_si"] = False
            strings.append(text.take())
            if len(strings) > MAX_SHARED_STRINGS:
                raise InvalidInput("import.expands_too_much", limit=budget.limit)

    def chars(data: str) -> None:
        if state["in_t"]:
            text.add(data)

    parser = _parser("xlsx")
    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, chars
    _feed(archive, "xl/sharedStrings.xml", parser, budget)
    return strings


def _date_styles(archive: zipfile.ZipFile, budget: _Budget) -> list[bool]:
    """For each cell format index: whether it shows a date."""
    if "xl/styles.xml" not in archive.namelist():
        return []
    custom: dict[int, str] = {}
    xfs: list[int] = []
    state = {"in_cell_xfs": False}

    def start(tag: str, attrs: dict[str, str]) -> None:
        _, name = _local(tag)
        if name == "numFmt":
            with contextlib.suppress(ValueError):
                custom[int(attrs.get("numFmtId", "-1"))] = attrs.get("formatCode", "")
        elif name == "cellXfs":
            state["in_cell_xfs"] = True
        elif name == "xf" and state["in_cell_xfs"]:
            try:
                xfs.append(int(attrs.get("numFmtId", "0")))
            except ValueError:
                xfs.append(0)
            if len(xfs) > MAX_STYLES:
                raise InvalidInput("import.unreadable", format="xlsx")

    def end(tag: str) -> None:
        if _local(tag)[1] == "cellXfs":
            state["in_cell_xfs"] = False

    parser = _parser("xlsx")
    parser.StartElementHandler, parser.EndElementHandler = start, end
    _feed(archive, "xl/styles.xml", parser, budget)
    return [fid in _BUILTIN_DATES or (fid in custom and is_date_format(custom[fid])) for fid in xfs]


def _xlsx_value(kind: str, raw: str, inline: str, style: int, strings: list[str], dates: list[bool],
                date1904: bool) -> Cell:
    if kind == "s":
        try:
            return strings[int(raw)]
        except (ValueError, IndexError):
            return None
    if kind == "inlineStr":
        return inline
    if kind == "str":
        return raw
    if kind == "b":
        return raw.strip() in ("1", "true")
    if kind == "e":
        return None
    if kind == "d":
        try:
            return datetime.fromisoformat(raw.strip())
        except ValueError:
            return raw
    if raw == "":
        return None
    try:
        number = float(raw)
    except ValueError:
        return raw
    if 0 <= style < len(dates) and dates[style]:
        return excel_datetime(number, date1904)
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def read_xlsx_rows(archive: zipfile.ZipFile, *, max_rows: int, max_columns: int) -> list[list[Cell]]:
    budget = _Budget("xlsx")
    sheet, date1904 = _first_sheet(archive, budget)
    if sheet not in archive.namelist():
        raise InvalidInput("import.unreadable", format="xlsx")
    strings = _shared_strings(archive, budget)
    dates = _date_styles(archive, budget)
    rows: dict[int, dict[int, Cell]] = {}
    state: dict[str, Any] = {"row": 0, "col": 0, "kind": "", "style": 0, "in": "", "in_is": False}
    value = _Text(lambda: int(state["row"]))
    inline = _Text(lambda: int(state["row"]))

    def start(tag: str, attrs: dict[str, str]) -> None:
        ns, name = _local(tag)
        if ns not in (_MAIN, _STRICT):
            return
        if name == "row":
            try:
                state["row"] = int(attrs.get("r") or state["row"] + 1)
            except ValueError:
                state["row"] += 1
            state["col"] = 0
        elif name == "c":
            match = _CELL_REF.match(attrs.get("r", ""))
            state["col"] = _column(match.group(1)) if match else state["col"] + 1
            state["kind"] = attrs.get("t", "n")
            try:
                state["style"] = int(attrs.get("s", "0"))
            except ValueError:
                state["style"] = 0
        elif name == "v":
            state["in"] = "v"
        elif name == "is":
            state["in_is"] = True
        elif name == "t" and state["in_is"]:
            state["in"] = "t"
        elif name in ("rPh", "phoneticPr"):
            state["in"] = ""

    def end(tag: str) -> None:
        ns, name = _local(tag)
        if ns not in (_MAIN, _STRICT):
            return
        if name in ("v", "t"):
            state["in"] = ""
        elif name == "is":
            state["in_is"] = False
        elif name == "c":
            cell = _xlsx_value(state["kind"], value.take(), inline.take(), state["style"], strings, dates, date1904)
            if cell is None or cell == "" or state["col"] > max_columns:
                return
            if state["row"] > max_rows:
                raise InvalidInput("import.too_many_rows", limit=max_rows - 50)
            rows.setdefault(state["row"], {})[state["col"]] = cell
        elif name == "sheetData":
            raise _Stop

    def chars(data: str) -> None:
        if state["in"] == "v":
            value.add(data)
        elif state["in"] == "t":
            inline.add(data)

    parser = _parser("xlsx")
    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, chars
    _feed(archive, sheet, parser, budget)
    return list(_bounded_rows(rows, max_rows))


# ============================================================================ ods
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _ods_value(attrs: dict[str, str], text: str, has_text: bool) -> Cell:
    kind = attrs.get(f"{_OFFICE} value-type")
    if kind in ("float", "percentage", "currency"):
        raw = attrs.get(f"{_OFFICE} value") or ""
        try:
            number = float(raw)
        except ValueError:
            return raw
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
    if kind == "date":
        raw = attrs.get(f"{_OFFICE} date-value") or ""
        try:
            return datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw)
        except ValueError:
            return raw
    if kind == "boolean":
        return attrs.get(f"{_OFFICE} boolean-value")
    return text if has_text else None


def _repeat(attrs: dict[str, str], name: str, cap: int) -> int:
    try:
        return max(1, min(int(attrs.get(f"{_TABLE} {name}", "1")), cap))
    except ValueError:
        return 1


def read_ods_rows(archive: zipfile.ZipFile, *, max_rows: int, max_columns: int) -> list[list[Cell]]:
    budget = _Budget("ods")
    if "content.xml" not in archive.namelist():
        raise InvalidInput("import.unreadable", format="ods")
    out: list[list[Cell]] = []
    state: dict[str, Any] = {"tables": 0, "row": None, "row_attrs": {}, "cell": None, "paragraphs": 0,
                             "in_p": 0, "blank_run": 0}
    text = _Text(lambda: len(out) + 1)

    def start(tag: str, attrs: dict[str, str]) -> None:
        ns, name = _local(tag)
        if ns == _TABLE and name == "table":
            state["tables"] += 1
        elif ns == _TABLE and name == "table-row":
            state["row"], state["row_attrs"] = [], attrs
        elif ns == _TABLE and name in ("table-cell", "covered-table-cell") and state["row"] is not None:
            state["cell"], state["paragraphs"] = attrs, 0
        elif ns == _TEXT and name == "p" and state["cell"] is not None:
            if state["paragraphs"]:
                text.add("\n")
            state["paragraphs"] += 1
            state["in_p"] += 1

    def end(tag: str) -> None:
        ns, name = _local(tag)
        if ns == _TEXT and name == "p" and state["in_p"]:
            state["in_p"] -= 1
        elif ns == _TABLE and name in ("table-cell", "covered-table-cell") and state["cell"] is not None:
            row = state["row"]
            attrs, state["cell"] = state["cell"], None
            value = _ods_value(attrs, text.take(), state["paragraphs"] > 0)
            if len(row) < max_columns:
                row.extend([value] * min(_repeat(attrs, "number-columns-repeated", max_columns),
                                         max_columns - len(row)))
        elif ns == _TABLE and name == "table-row" and state["row"] is not None:
            row, state["row"] = state["row"], None
            while row and row[-1] in (None, ""):
                row.pop()
            repeat = _repeat(state["row_attrs"], "number-rows-repeated", max_rows + 1)
            if not row:          # blank rows ("repeated 1048000 times") count only if data follows
                state["blank_run"] += repeat
                return
            if state["blank_run"]:
                out.extend([] for _ in range(min(state["blank_run"], max_rows + 1 - len(out))))
                state["blank_run"] = 0
            out.extend(list(row) for _ in range(min(repeat, max_rows + 1 - len(out))))
            if len(out) > max_rows:
                raise InvalidInput("import.too_many_rows", limit=max_rows - 50)
        elif ns == _TABLE and name == "table" and out:
            raise _Stop        # the first sheet with data only

    def chars(data: str) -> None:
        if state["in_p"] and state["cell"] is not None:
            text.add(data)

    parser = _parser("ods")
    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, chars
    _feed(archive, "content.xml", parser, budget)
    return out
