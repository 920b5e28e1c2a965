"""A small school with a class, pupils with Kyrgyz names, one staff member, and PDF readers (poppler,
zbar) — the real tools, not mocks."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.admin.school import update_school
from app.ids import uuid7
from app.people import classes, pupils, staff
from app.security.session import Session

SCHOOL = {"address": "Нарын облусу, Нарын шаары, Ленин көчөсү, 45", "region": "Нарын облусу",
          "district": "Нарын шаары", "director_name": "Сатылганова Гүлзат Өмүрбековна"}
PUPIL = {"surname": "Өмүрбеков", "given_name": "Үмүтбек", "patronymic": "Ңурланович", "sex": "M",
         "birth_date": "2014-03-05", "act_address": "Нарын шаары, Токтогул көчөсү, 7"}


@dataclass
class Office:
    session: Session
    class_id: str
    pupil_id: str
    staff_id: str


def add_staff(session: Session, surname: str, given: str, patronymic: str, sex: str = "F") -> str:
    return staff.create_staff(session, {"surname": surname, "given_name": given, "patronymic": patronymic,
                                        "sex": sex, "birth_date": "1985-11-02", "position": "teacher",
                                        "hire_date": "2010-08-25", "hire_order": "45-к"}).id


@pytest.fixture
def office(admin_session: Session) -> Office:
    update_school(admin_session, **SCHOOL)
    klass = classes.create_class(admin_session, "5-А", language="ky")
    saved = pupils.create_pupil(admin_session, dict(PUPIL), class_ref="5-А", admission_date="2020-09-01",
                                order_number="12")
    for surname, given, sex in (("Абдыкадырова", "Айпери", "F"), ("Түгөлбаев", "Нурсултан", "M")):
        pupils.create_pupil(admin_session, {"surname": surname, "given_name": given, "sex": sex,
                                            "birth_date": "2014-06-01"}, class_ref="5-А",
                            admission_date="2020-09-01", order_number="12")
    staff_id = add_staff(admin_session, "Жээнбекова", "Чолпон", "Үсөновна")
    return Office(admin_session, klass.id, saved.id, staff_id)


# ------------------------------------------------------------------------------ reading PDFs back
def pdftotext(pdf: bytes, tmp: Path, *, page: int | None = None) -> str:
    path = tmp / f"read-{uuid7()}.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def page_count(pdf: bytes, tmp: Path) -> int:
    path = tmp / f"count-{uuid7()}.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def fonts(pdf: bytes, tmp: Path) -> list[list[str]]:
    path = tmp / f"fonts-{uuid7()}.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def decode_qr(pdf: bytes, tmp: Path) -> str:
    if shutil.which("zbarimg") is None:
        pytest.fail("zbarimg (zbar-tools) is required: ./run setup installs it")
    path = tmp / f"qr-{uuid7()}.pdf"
    path.write_bytes(pdf)
    prefix = tmp / f"qr-{uuid7()}"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(path), str(prefix)], check=True)
    image = next(tmp.glob(prefix.name + "*.png"))
    out = subprocess.run(["zbarimg", "-q", "--raw", str(image)], check=True, capture_output=True, text=True).stdout
    return out.strip()


def word_boxes(pdf: bytes, tmp: Path) -> list[tuple[float, float, float, float, float, str]]:
    """(page width, xMin, yMin, xMax, yMax, word) for every word, from pdftotext -bbox."""
    import re

    path = tmp / f"bbox-{uuid7()}.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    out = []
    width = 0.0
    for line in html.splitlines():
        if m := re.search(r'<page width="([\d.]+)"', line):
            width = float(m.group(1))
        if m := re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line):
            out.append((width, *(float(m.group(i)) for i in range(1, 5)), m.group(5)))
    return out
