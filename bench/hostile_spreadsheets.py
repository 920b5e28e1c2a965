"""Hostile spreadsheets: time and peak memory of refusing each bomb (every one in a fresh process, so
the peak is its own), and the reading time of a 5,000-row xlsx by the streaming reader, openpyxl
(the previous reader) and python-calamine (if installed). Prints figures; not a pass/fail test.

    .venv/bin/python -m bench.hostile_spreadsheets
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

_CT = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument'
       b'.spreadsheetml.sheet.main+xml"/></Types>')
_WB = (b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
       b' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
       b'<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
_RELS = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"'
         b' Target="worksheets/sheet1.xml"/></Relationships>')
_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
MB = 1024 * 1024


Writer = Callable[[io.RawIOBase], None]


def _xlsx(path: Path, sheet: Writer, shared: Writer | None = None) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CT)
        archive.writestr("xl/workbook.xml", _WB)
        archive.writestr("xl/_rels/workbook.xml.rels", _RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w") as out:
            sheet(out)
        if shared is not None:
            with archive.open("xl/sharedStrings.xml", "w") as out:
                shared(out)
    return path


def _repeat(out: io.RawIOBase, piece: bytes, total: int) -> None:
    block = piece * (MB // len(piece))
    for _ in range(total // len(block)):
        out.write(block)


def expanding_cell(path: Path, megabytes: int = 280) -> Path:
    """One inline-string cell whose text unpacks to ``megabytes`` (the attack in the issue)."""
    def sheet(out: io.RawIOBase) -> None:
        out.write(b'<worksheet ' + _NS + b'><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
        _repeat(out, b"A", megabytes * MB)
        out.write(b"</t></is></c></row></sheetData></worksheet>")
    return _xlsx(path, sheet)


def many_full_cells(path: Path, megabytes: int = 280) -> Path:
    """Cells just under the per-cell limit, 280 MB in all: only the total budget can stop it."""
    cell = b'<c t="inlineStr"><is><t>' + b"A" * 30_000 + b"</t></is></c>"

    def sheet(out: io.RawIOBase) -> None:
        out.write(b'<worksheet ' + _NS + b'><sheetData>')
        row = b"<row>" + cell * 30 + b"</row>"
        for _ in range(megabytes * MB // len(row)):
            out.write(row)
        out.write(b"</sheetData></worksheet>")
    return _xlsx(path, sheet)


def huge_shared_string(path: Path, megabytes: int = 280) -> Path:
    def sheet(out: io.RawIOBase) -> None:
        out.write(b'<worksheet ' + _NS + b'><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'
                  b'</sheetData></worksheet>')

    def shared(out: io.RawIOBase) -> None:
        out.write(b'<sst ' + _NS + b'><si><t>')
        _repeat(out, "Ө".encode(), megabytes * MB)
        out.write(b"</t></si></sst>")
    return _xlsx(path, sheet, shared)


def many_shared_strings(path: Path, count: int = 5_000_000) -> Path:
    def sheet(out: io.RawIOBase) -> None:
        out.write(b'<worksheet ' + _NS + b'><sheetData/></worksheet>')

    def shared(out: io.RawIOBase) -> None:
        out.write(b'<sst ' + _NS + b'>')
        _repeat(out, b"<si><t>x</t></si>", count * 17)
        out.write(b"</sst>")
    return _xlsx(path, sheet, shared)


def many_rows(path: Path, rows: int = 1_048_576) -> Path:
    def sheet(out: io.RawIOBase) -> None:
        out.write(b'<worksheet ' + _NS + b'><sheetData>')
        for start in range(1, rows + 1, 10_000):
            out.write(b"".join(b'<row r="%d"><c t="inlineStr"><is><t>a</t></is></c></row>' % r
                               for r in range(start, min(start + 10_000, rows + 1))))
        out.write(b"</sheetData></worksheet>")
    return _xlsx(path, sheet)


def far_row(path: Path) -> Path:
    def sheet(out: io.RawIOBase) -> None:
        out.write(b'<worksheet ' + _NS + b'><sheetData><row r="1048576"><c r="XFD1048576" t="inlineStr">'
                  b'<is><t>a</t></is></c><c r="A1048576" t="inlineStr"><is><t>a</t></is></c></row>'
                  b'</sheetData></worksheet>')
    return _xlsx(path, sheet)


def entity_bomb(path: Path) -> Path:
    def sheet(out: io.RawIOBase) -> None:
        out.write(b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
                  b']><worksheet ' + _NS + b'><sheetData><row><c t="inlineStr"><is><t>&b;</t></is></c></row>'
                  b'</sheetData></worksheet>')
    return _xlsx(path, sheet)


def ods_expanding_cell(path: Path, megabytes: int = 280) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("mimetype", b"application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        with archive.open("content.xml", "w") as out:
            out.write(b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
                      b' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
                      b' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
                      b'<office:spreadsheet><table:table><table:table-row><table:table-cell><text:p>')
            _repeat(out, b"A", megabytes * MB)
            out.write(b"</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>"
                      b"</office:body></office:document-content>")
    return path


BOMBS: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "xlsx: one cell expanding to 280 MB": ("bomb.xlsx", expanding_cell),
    "xlsx: one shared string of 280 MB": ("shared.xlsx", huge_shared_string),
    "xlsx: 280 MB in cells of 30,000 characters": ("full.xlsx", many_full_cells),
    "xlsx: 5,000,000 shared strings": ("strings.xlsx", many_shared_strings),
    "xlsx: 1,048,576 rows": ("rows.xlsx", many_rows),
    "xlsx: a cell at row 1,048,576": ("far.xlsx", far_row),
    "xlsx: DTD entity expansion": ("entities.xlsx", entity_bomb),
    "ods: one cell expanding to 280 MB": ("bomb.ods", ods_expanding_cell),
}

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from app.errors import InvalidInput
from app.people.importing import readers
start = time.perf_counter()
try:
    readers.read_table(Path({path!r}))
    key = "accepted"
except InvalidInput as exc:
    key = exc.key
seconds = time.perf_counter() - start
# VmHWM: this process's own peak (ru_maxrss would include the parent's peak at fork time on Linux)
try:
    peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"key": key, "seconds": seconds, "peak_mb": peak}}))
"""


def refuse_in_child(path: Path) -> dict[str, object]:
    """Read ``path`` in a fresh process: the refusal's message key, its time and the process's peak RSS."""
    root = str(Path(__file__).resolve().parent.parent)
    result = subprocess.run([sys.executable, "-c", _CHILD.format(root=root, path=str(path))],
                            capture_output=True, text=True, timeout=600, check=True)
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def five_thousand_rows(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Фамилия", "Имя", "Отчество", "Пол", "Дата рождения", "ПИН", "Класс"])
    for i in range(5000):
        sheet.append([f"Асанов{chr(0x430 + i % 32)}", f"Бакыт{i}", "Асанович", "м", f"{1 + i % 28:02d}.03.2014",
                      20103201400000 + i, f"{1 + i % 11}-А"])
    book.save(path)
    return path


def _median(work: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


def readers_compared(path: Path) -> dict[str, float]:
    import openpyxl

    from app.people.importing import readers

    data = path.read_bytes()

    def old() -> object:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
        book.close()
        return rows

    figures = {"streaming reader (expat, limits)": _median(lambda: readers.read_xlsx(data)),
               "openpyxl read_only (previous reader)": _median(old)}
    try:
        import python_calamine
    except ImportError:
        return figures
    figures["python-calamine"] = _median(
        lambda: python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0).to_python())
    return figures


def main() -> None:
    from bench._machine import describe

    print(describe())
    with tempfile.TemporaryDirectory() as tmp:
        for label, (name, build) in BOMBS.items():
            path = build(Path(tmp) / name)
            figures = refuse_in_child(path)
            print(f"{label}: {path.stat().st_size / 1024:.0f} KB on disk -> {figures['key']} in "
                  f"{figures['seconds']:.2f} s, peak RSS {figures['peak_mb']:.0f} MB")
        sheet = five_thousand_rows(Path(tmp) / "5000.xlsx")
        for label, seconds in readers_compared(sheet).items():
            print(f"read 5,000-row xlsx, {label}: {seconds:.3f} s")


if __name__ == "__main__":
    main()
