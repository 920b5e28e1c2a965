"""Writes the spreadsheets the import tests read, with the tools schools' files come from: openpyxl
(xlsx), xlwt (xls), and LibreOffice (xlsx -> xls/ods/cp1251 CSV) when installed. The generated files are
committed; run this again only to change them:  .venv/bin/python tests/data/people/make_fixtures.py
Every name here is made up."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

import openpyxl
import xlwt

HERE = Path(__file__).parent

HEADER_RU = ["№", "Фамилия", "Имя", "Отчество", "Дата рождения", "ПИН", "Пол", "Класс", "Адрес"]
ROWS = [
    [1, "Асанов", "Бакыт", "Асанович", datetime(2014, 7, 6), 20607201410000, "М", "5-А", "Ленин көч., 5"],
    [2, "ӨМҮРОВА", "Айгүл", "Темир кызы", "01.09.2015", "10109201510001", "Ж", "4-Б", "Манас көч., 7"],
    [3, "  Токтогулов ", "Эрлан", "Маратович", 41640, None, "м", "5-А", ""],   # Excel serial date 2014-01-01
    [4, "Ёлкина", "Мария", "Сергеевна", "02.03.2013", "1.02032013100020E+13", "ж", "6-А", ""],
]


def write_xlsx(path: Path, header: list[str], rows: list[list[object]]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Окуучулар"
    sheet.append(["Ак-Суу районундагы №3 мектеп — окуучулардын тизмеси"])  # a title line above the header
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for cell in sheet["E"][2:]:
        if isinstance(cell.value, datetime):
            cell.number_format = "DD.MM.YYYY"
    book.save(path)


def write_xls(path: Path, header: list[str], rows: list[list[object]]) -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Окуучулар")
    date_style = xlwt.easyxf(num_format_str="DD.MM.YYYY")
    for col, text in enumerate(header):
        sheet.write(0, col, text)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, datetime):
                sheet.write(r, c, value, date_style)
            elif value is not None:
                sheet.write(r, c, value)
    book.save(str(path))


def main() -> None:
    write_xlsx(HERE / "pupils_ru.xlsx", HEADER_RU, ROWS)
    write_xls(HERE / "pupils_xlwt.xls", HEADER_RU, ROWS)
    # Kyrgyz headers, full-name column, no sex column (taken from the PIN or the patronymic)
    write_xlsx(HERE / "pupils_ky.xlsx", ["Аты-жөнү", "Туулган күнү", "ПИН", "Классы", "Дареги"], [
        ["Жумабаев Нурлан Асан уулу", "12.05.2012", "21205201200011", "7-Ң", "Ак-Суу"],
        ["Сыдыкова Бермет Нурлановна", "03.11.2012", None, "7-Ң", ""],
    ])
    # A bad file: future date, bad PIN, formula text, unknown sex
    write_xlsx(HERE / "pupils_bad.xlsx", HEADER_RU, [
        [1, "Асанова", "Айжан", "", "01.01.2099", None, "Ж", "5-А", ""],
        [2, "Беков", "Улан", "", "01.01.2014", "30101201400001", "М", "5-А", ""],
        [3, "=cmd|' /C calc'!A0", "Айбек", "", "01.01.2014", None, "М", "5-А", ""],
        [4, "Токтосунов", "Максат", "", "01.01.2014", None, "X", "5-А", ""],
        [5, "Жакшы", "Сапар", "", "01.01.2014", None, "М", "5-А", ""],
    ])
    soffice = shutil.which("soffice")
    if soffice:
        with tempfile.TemporaryDirectory() as tmp:
            profile = f"-env:UserInstallation=file://{tmp}/lo"
            for target, name in (("xls", "pupils_lo.xls"), ("ods", "pupils_lo.ods"),
                                 ("csv:Text - txt - csv (StarCalc):59,34,34", "pupils_cp1251.csv")):
                subprocess.run([soffice, profile, "--headless", "--convert-to", target, "--outdir", tmp,
                                str(HERE / "pupils_ru.xlsx")], check=True, capture_output=True, timeout=120)
                produced = Path(tmp) / ("pupils_ru." + target.split(":")[0])
                shutil.move(produced, HERE / name)


if __name__ == "__main__":
    main()
