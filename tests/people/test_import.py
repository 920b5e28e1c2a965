"""Spreadsheet import: real files from openpyxl, xlwt and LibreOffice, cp1251 CSV, hostile files."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.errors import InvalidInput
from app.people import classes, pupils, staff
from app.people.importing.run import ImportCancelled, ImportRefused, run_import
from tests.conftest import create_profile

DATA = Path(__file__).parent.parent / "data" / "people"


def _count(session, table="pupil") -> int:
    return int(session.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


@pytest.mark.parametrize("name", ["pupils_ru.xlsx", "pupils_xlwt.xls", "pupils_lo.xls", "pupils_lo.ods"])
def test_real_spreadsheets_import_with_excel_damage_repaired(admin_session, name) -> None:
    report = run_import(admin_session, DATA / name)
    assert report.imported == 4 and not report.errors
    assert sorted(report.new_classes) == ["4-Б", "5-А", "6-А"]
    rows = {r["surname"]: r for r in pupils.list_pupils(admin_session)}
    assert set(rows) == {"Асанов", "Өмүрова", "Токтогулов", "Ёлкина"}      # caps fixed, spaces trimmed
    asanov = pupils.get_pupil(admin_session, rows["Асанов"]["id"])
    assert asanov["pin"] == "20607201410000" and asanov["birth_date"] == "2014-07-06"   # float PIN, date cell
    assert pupils.get_pupil(admin_session, rows["Токтогулов"]["id"])["birth_date"] == "2014-01-01"  # serial
    assert pupils.get_pupil(admin_session, rows["Ёлкина"]["id"])["pin"] == "10203201310002"  # full-precision E+13
    assert pupils.pupil_ids(admin_session, query="Ө/1") == [rows["Өмүрова"]["id"]]
    # a second import doubles nobody and names who was already there
    again = run_import(admin_session, DATA / name)
    assert again.imported == 0 and len(again.existing) == 4 and _count(admin_session) == 4
    assert {e["name"].split()[0] for e in again.existing} == set(rows)


def test_kyrgyz_headers_full_name_and_inferred_sex(admin_session) -> None:
    report = run_import(admin_session, DATA / "pupils_ky.xlsx")
    assert report.imported == 2 and report.new_classes == ["7-Ң"]
    rows = pupils.list_pupils(admin_session, class_ref="7-Ң")
    assert [(r["surname"], r["given_name"], r["patronymic"], r["sex"]) for r in rows] == [
        ("Жумабаев", "Нурлан", "Асан уулу", "M"), ("Сыдыкова", "Бермет", "Нурлановна", "F")]


def test_cp1251_csv_that_lost_kyrgyz_letters_is_refused_whole(admin_session) -> None:
    with pytest.raises(ImportRefused) as info:
        run_import(admin_session, DATA / "pupils_cp1251.csv")
    report = info.value.report
    assert {e.row for e in report.errors} == {4} and {e.issue.key for e in report.errors} == {"value.letters_lost"}
    assert _count(admin_session) == 0
    assert info.value.exit_code == 4


def test_cp1251_csv_with_comma_imports(admin_session, tmp_path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("Фамилия,Имя,Пол,Дата рождения,Класс\r\nИванов,Сергей,м,01.02.2013,6-Б\r\n".encode("cp1251"))
    assert run_import(admin_session, path).imported == 1
    assert pupils.list_pupils(admin_session)[0]["class"] == "6-Б"


def test_bad_rows_refuse_everything_with_a_report(admin_session) -> None:
    with pytest.raises(ImportRefused) as info:
        run_import(admin_session, DATA / "pupils_bad.xlsx")
    report = info.value.report.to_json("ru")
    by_row = {e["row"]: e["code"] for e in report["errors"]}
    # row 5: openpyxl stored "=cmd|…" as a formula with no cached value; it is never evaluated
    assert by_row == {3: "value.future_date", 4: "pin.first_digit", 5: "value.required", 6: "value.bad_sex"}
    assert "Дата рождения" in next(e["message"] for e in report["errors"] if e["row"] == 3)
    assert _count(admin_session) == 0 and not classes.list_classes(admin_session)
    # the valid row alone goes in
    dry = run_import(admin_session, DATA / "pupils_ru.xlsx", dry_run=True)
    assert dry.to_import == 4 and dry.imported == 0 and _count(admin_session) == 0


def test_user_mapping_and_duplicates_inside_the_file(admin_session, tmp_path) -> None:
    path = tmp_path / "own.csv"
    path.write_text("Окуучу;Туулган;Жыныс;Эскертүү\nАсанов Бакыт;01.01.2014;э;x\nАсанов Бакыт;01.01.2014;э;y\n",
                    encoding="utf-8")
    with pytest.raises(InvalidInput):
        run_import(admin_session, path)                 # "Окуучу" is not a known header
    with pytest.raises(ImportRefused) as info:
        run_import(admin_session, path, mapping="Окуучу=full_name,Туулган=birth_date,Эскертүү=ignore")
    assert info.value.report.errors[0].issue.key == "import.duplicate_in_file"
    with pytest.raises(InvalidInput) as bad:
        run_import(admin_session, path, mapping="Окуучу=nonsense")
    assert bad.value.key == "import.unknown_field"


@pytest.mark.parametrize(("content", "key"), [
    (b"", "import.empty"),
    (b"PK\x03\x04 this is not a zip", "import.unreadable"),
    (b"\xd0\xcf\x11\xe0 not really an xls", "import.unreadable"),
    (b"\x00\x01\x02binary", "import.unknown_format"),
])
def test_malformed_files_are_refused_clearly(admin_session, tmp_path, content, key) -> None:
    path = tmp_path / ("f.bin" if key == "import.unknown_format" else
                       "f.xlsx" if content.startswith(b"PK") else "f.xls" if content.startswith(b"\xd0") else "f.csv")
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as info:
        run_import(admin_session, path)
    assert info.value.key == key
    assert _count(admin_session) == 0


def test_invisible_characters_and_sql_metacharacters_are_data(admin_session, tmp_path) -> None:
    path = tmp_path / "evil.csv"
    path.write_text("Фамилия;Имя;Пол\n\u200bАсан\u202eов\u0000;Бакыт\") OR 1=1 DROP TABLE pupil --;м\n"
                    "O'Брайен;Улан;м\n=cmd|' /C calc'!A0;Айбек;м\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as info:
        run_import(admin_session, path)
    assert [(e.row, e.issue.key) for e in info.value.report.errors] == [(4, "value.suspicious")]
    lines = path.read_text(encoding="utf-8").splitlines()[:3]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run_import(admin_session, path).imported == 2
    assert {(r["surname"], r["given_name"]) for r in pupils.list_pupils(admin_session)} == {
        ("Асанов", 'Бакыт") OR 1=1 DROP TABLE pupil --'), ("О'Брайен", "Улан")}


def test_huge_and_bomb_files_are_refused(admin_session, tmp_path, monkeypatch) -> None:
    from app.people.importing import readers

    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.truncate(readers.MAX_FILE_MB * 1024 * 1024 + 1)
    with pytest.raises(InvalidInput) as info:
        run_import(admin_session, big)
    assert info.value.key == "import.too_big"
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (readers.MAX_UNPACKED_MB * 1024 * 1024 + 1))
    with pytest.raises(InvalidInput) as info:
        run_import(admin_session, bomb)
    assert info.value.key == "import.too_big"
    monkeypatch.setattr(readers, "MAX_ROWS", 100)
    many = tmp_path / "many.csv"
    many.write_text("Фамилия;Имя;Пол\n" + "".join(f"Асанов;Бакыт{i};м\n" for i in range(200)), encoding="utf-8")
    with pytest.raises(InvalidInput) as info:
        run_import(admin_session, many)
    assert info.value.key == "import.too_many_rows"


def test_formula_cells_give_cached_values_and_formula_text_is_refused(admin_session, tmp_path) -> None:
    path = tmp_path / "formula.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Фамилия", "Имя", "Пол"])
    sheet.append(["Асанов", '=HYPERLINK("http://x","Бакыт")', "м"])  # openpyxl writes a formula, no cached value
    book.save(path)
    with pytest.raises(ImportRefused) as info:
        run_import(admin_session, path)
    assert info.value.report.errors[0].issue.key == "value.required"   # never evaluated
    assert _count(admin_session) == 0


def test_cancel_leaves_nothing(admin_session, tmp_path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Фамилия;Имя;Пол;Класс\n" + "".join(f"Асанов;Бакыт{i:04d};м;5-А\n" for i in range(600)),
                    encoding="utf-8")
    written: list[int] = []

    def progress(done: int, total: int, phase: str) -> None:
        if phase == "write":
            written.append(done)

    def cancel() -> bool:
        return any(done > 0 for done in written)   # once a first batch is in, before the next one
    with pytest.raises(ImportCancelled):
        run_import(admin_session, path, progress=progress, cancel=cancel)
    assert written and max(written) > 0           # a batch was written before the cancel
    assert _count(admin_session) == 0 and not classes.list_classes(admin_session)


def test_staff_import(admin_session, tmp_path) -> None:
    path = tmp_path / "staff.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Фамилия", "Имя", "Отчество", "Пол", "Должность", "Предметы", "Дата приема", "Телефон"])
    sheet.append(["Жумабаева", "Гүлнара", "Асановна", "ж", "учитель", "математика, физика", "15.08.2010",
                  "+996 555 123456"])
    book.save(path)
    assert run_import(admin_session, path, kind="staff").imported == 1
    (row,) = staff.list_staff(admin_session)
    record = staff.get_staff(admin_session, row["id"])
    assert record["position"] == "teacher" and record["subjects"] == ["math", "physics"]
    assert row["phone"] == "•••"


def test_kill_9_during_the_import_leaves_the_database_as_before(tmp_path, file_keyring) -> None:
    fixture = create_profile(tmp_path / "profile", file_keyring, bind_device=False)
    big = tmp_path / "big.csv"
    big.write_text("Фамилия;Имя;Пол;Класс\n" + "".join(f"Асанов;Бакыт{i:05d};м;{1 + i % 11}-А\n"
                                                        for i in range(6000)), encoding="utf-8")
    env = {**os.environ, "KENSE_PASSWORD": fixture.admin_password, "KENSE_USER": "admin"}
    proc = subprocess.Popen([sys.executable, "-m", "app.cli.main", "--data-dir", str(tmp_path / "profile"),
                             "students", "import", str(big), "--progress"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line or (line.startswith("write ") and not line.startswith("write 0/")):
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    session = fixture.sign_in()
    try:
        assert _count(session) == 0 and _count(session, "class") == 0 and _count(session, "pupil_search") == 0
        assert not [e for e in session.conn.execute("SELECT action FROM audit_log WHERE action = 'import.run'")]
    finally:
        session.close()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_an_export_opens_in_libreoffice(admin_session, add_pupil, tmp_path) -> None:
    from app.people.export import export_table

    add_pupil("Өмүров", "Айбек")
    rows = [[r["surname"], r["given_name"]] for r in pupils.list_pupils(admin_session)] + [["=1+1", "@SUM(A1)"]]
    out = export_table(admin_session, tmp_path / "list.xlsx", ["Фамилиясы", "Аты"], rows, what="pupil_list",
                       columns=["surname", "given_name"])
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=120)
    text = (tmp_path / "list.csv").read_text(encoding="utf-8", errors="replace")
    assert "Өмүров" in text and "'=1+1" in text and "2" not in text  # formula-looking cells stay text
