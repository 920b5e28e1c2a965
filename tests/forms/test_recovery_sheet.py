"""The recovery sheet read back with poppler and zbar: text, fonts and QR."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from app.forms.recovery_sheet import RecoverySheet, render
from app.security import recovery_code

LONG_NAME = "Ысык-Көл облусу, Түп районундагы Ү. Өмүрбеков атындагы №2 Ңдөө орто мектеби"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        pytest.fail(f"{name} is needed (./run installs it)")
    return path


@pytest.fixture(scope="module")
def sheet(tmp_path_factory) -> tuple[Path, str]:
    code = recovery_code.generate()
    pdf = render(RecoverySheet(LONG_NAME, "01a2010c-f594-7234-ad7c-04f3fec1783b", code, date(2025, 9, 1)))
    path = tmp_path_factory.mktemp("sheet") / "sheet.pdf"
    path.write_bytes(pdf)
    return path, code


def test_text_in_both_languages_with_kyrgyz_letters(sheet) -> None:
    path, code = sheet
    text = subprocess.run([_tool("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "калыбына келтирүү" in text and "лист восстановления" in text
    assert "Өмүрбеков" in text and "Ңдөө" in text
    assert "2025-жылдын 1-сентябры" in text and "1 сентября 2025 г." in text
    for group in code.split("-"):
        assert group in text


def test_fonts_are_embedded(sheet) -> None:
    out = subprocess.run([_tool("pdffonts"), str(sheet[0])], capture_output=True, text=True, check=True).stdout
    rows = [line for line in out.splitlines()[2:] if line.strip()]
    assert rows and all(" yes " in row for row in rows)


def test_single_page_and_the_qr_code_decodes_to_the_code(sheet, tmp_path: Path) -> None:
    path, code = sheet
    info = subprocess.run([_tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info
    subprocess.run([_tool("pdftoppm"), "-r", "150", "-png", str(path), str(tmp_path / "page")], check=True)
    decoded = subprocess.run([_tool("zbarimg"), "-q", "--raw", str(tmp_path / "page-1.png")],
                             capture_output=True, text=True).stdout.split()
    assert decoded == [code, code]  # one QR per language block
