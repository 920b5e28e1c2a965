"""Hostile spreadsheets within the file-size limit are refused at once, in little memory, with a clear
message; the streaming reader gives the same values as the previous reader (openpyxl) on real files."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from app.errors import InvalidInput
from app.people.importing import readers, streaming
from bench import hostile_spreadsheets as bombs

DATA = Path(__file__).resolve().parents[1] / "data" / "people"

EXPECTED = {
    "xlsx: one cell expanding to 280 MB": "import.cell_too_long",
    "xlsx: one shared string of 280 MB": "import.cell_too_long",
    "xlsx: 280 MB in cells of 30,000 characters": "import.expands_too_much",
    "xlsx: 5,000,000 shared strings": "import.expands_too_much",
    "xlsx: 1,048,576 rows": "import.too_many_rows",
    "xlsx: a cell at row 1,048,576": "import.too_many_rows",
    "xlsx: DTD entity expansion": "import.unreadable",
    "ods: one cell expanding to 280 MB": "import.cell_too_long",
}


@pytest.mark.parametrize("label", sorted(EXPECTED))
def test_a_bomb_is_refused_in_little_memory(label, tmp_path) -> None:
    name, build = bombs.BOMBS[label]
    path = build(tmp_path / name)
    assert path.stat().st_size < readers.MAX_FILE_MB * 1024 * 1024
    figures = bombs.refuse_in_child(path)       # a fresh process: its peak memory is the refusal's own
    assert figures["key"] == EXPECTED[label]
    assert float(figures["peak_mb"]) < 300, figures  # the bound; the figures are in bench/RESULTS.md


def test_the_refusals_say_what_is_wrong(tmp_path) -> None:
    with pytest.raises(InvalidInput) as caught:
        readers.read_table(bombs.expanding_cell(tmp_path / "b.xlsx", megabytes=1))
    assert "32767" in caught.value.message("en") and "row 1" in caught.value.message("en")
    with pytest.raises(InvalidInput) as caught:
        readers.read_table(bombs.many_shared_strings(tmp_path / "s.xlsx"))
    assert "unpacks to more than" in caught.value.message("en")


def _openpyxl_rows(data: bytes) -> list[list[object]]:
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return readers._bounded(iter(rows))


@pytest.mark.parametrize("name", ["pupils_ky.xlsx", "pupils_ru.xlsx", "pupils_bad.xlsx"])
def test_same_values_as_openpyxl_on_the_sample_files(name) -> None:
    data = (DATA / name).read_bytes()
    assert readers.read_xlsx(data) == _openpyxl_rows(data)


def test_same_values_as_openpyxl_for_every_cell_type(tmp_path) -> None:
    path = tmp_path / "types.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Аты", "Туулган", "Убакыт", "Сан", "Бөлчөк", "Чын", "Бош", "Узун ПИН"])
    sheet.append(["Бакыт", date(2014, 3, 2), datetime(2026, 9, 1, 8, 30), 42, 3.25, True, None, 20103201400001])
    sheet.append(["Айгүл", datetime(1999, 12, 31), None, -7, 1e-3, False, "", "020103201400001"])
    sheet["B3"].number_format = "dd.mm.yyyy"
    sheet.cell(row=5, column=3, value="бир сап бош калды")
    book.save(path)
    data = path.read_bytes()
    assert readers.read_xlsx(data) == _openpyxl_rows(data)


@pytest.mark.parametrize(("code", "is_date"), [("dd.mm.yyyy", True), ("0.00", False), ('"d" 0', False),
                                               ("[Red]0", False), ("[h]:mm", True), ("General", False),
                                               ("yyyy\\-mm", True), ("#,##0", False)])
def test_date_formats_are_told_from_numbers(code, is_date) -> None:
    assert streaming.is_date_format(code) is is_date


def test_a_csv_cell_over_the_limit_is_refused_by_the_same_rule(tmp_path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("Фамилия;Имя\nАсанов;" + "Б" * (streaming.MAX_CELL_CHARS + 1) + "\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        readers.read_table(path)
    assert caught.value.key == "import.cell_too_long" and caught.value.params["row"] == 2
