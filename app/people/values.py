"""Parsing the values people type and spreadsheets store: dates, sex, class names, academic years."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from app.errors import InvalidInput
from app.people.names import KYRGYZ_ALPHABET, clean_text, normalise_name

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 with Lotus' leap-year bug folded in
_DMY = re.compile(r"^(\d{1,2})[./\-](\d{1,2})[./\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+Z?)?$")
_SERIAL = re.compile(r"^\d{3,5}(?:[.,]0+)?$")


def parse_date(raw: object, *, field: str, not_future: bool = True, today: date | None = None) -> date | None:
    """A date from a widget, an ISO string, "01.09.2015", or an Excel serial number; None if empty."""
    if raw is None:
        return None
    if isinstance(raw, datetime):
        value = raw.date()
    elif isinstance(raw, date):
        value = raw
    elif isinstance(raw, int | float) and not isinstance(raw, bool):
        value = _from_serial(float(raw), field)
    else:
        text = clean_text(raw)
        if not text:
            return None
        value = _from_text(text, field)
    if value.year < 1900:
        raise InvalidInput("value.bad_date", field=field)
    if not_future and value > (today or date.today()):
        raise InvalidInput("value.future_date", field=field)
    return value


def _from_serial(number: float, field: str) -> date:
    if number != int(number) or not 1 <= number <= 80000:
        raise InvalidInput("value.bad_date", field=field)
    return _EXCEL_EPOCH + timedelta(days=int(number))


def _from_text(text: str, field: str) -> date:
    try:
        if match := _DMY.match(text):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _ISO.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
        if _SERIAL.match(text):
            return _from_serial(float(text.replace(",", ".")), field)
    except ValueError:
        pass
    raise InvalidInput("value.bad_date", field=field)


_SEX_WORDS = {
    "F": {"f", "female", "ж", "жен", "женский", "кыз", "к", "аял", "айым", "1"},
    "M": {"m", "male", "м", "муж", "мужской", "эр", "эркек", "э", "уул", "2"},
}


def parse_sex(raw: object, *, required: bool = True) -> str | None:
    text = clean_text(raw).lower().rstrip(".")
    if not text:
        if required:
            raise InvalidInput("value.sex_missing")
        return None
    for sex, words in _SEX_WORDS.items():
        if text in words:
            return sex
    raise InvalidInput("value.bad_sex")


_CLASS = re.compile(r"^(\d{1,2})\s*[-–—\s]?\s*([^\s\d\-]{1,3})$")


def parse_class_name(raw: object) -> tuple[int, str]:
    """"5-А", "5А", "5 а", "11-Т", "5-A" (Latin) -> (5, "А")."""
    text = clean_text(raw)
    if text.endswith(("-класс", " класс", " кл.", " кл")):
        text = text.rsplit(" ", 1)[0].rsplit("-класс", 1)[0]
    match = _CLASS.match(text)
    if not match:
        raise InvalidInput("class.bad_name", name=text)
    grade = int(match.group(1))
    letter = normalise_name("Ж" + match.group(2).upper())[1:].upper()  # a Cyrillic context for look-alikes
    if not 1 <= grade <= 12 or any(ch not in KYRGYZ_ALPHABET for ch in letter):
        raise InvalidInput("class.bad_name", name=text)
    return grade, letter


def class_name(grade: int, letter: str) -> str:
    return f"{grade}-{letter}"


_YEAR = re.compile(r"^(\d{4})\s*[/\-–]\s*(\d{4})$")


def parse_academic_year(raw: object) -> str:
    match = _YEAR.match(clean_text(raw))
    if not match or int(match.group(2)) != int(match.group(1)) + 1:
        raise InvalidInput("class.bad_year", year=clean_text(raw))
    return f"{match.group(1)}/{match.group(2)}"


def academic_year_of(day: date) -> str:
    """The school year a day belongs to: from August on, the year that starts on 1 September."""
    start = day.year if day.month >= 8 else day.year - 1
    return f"{start}/{start + 1}"


def next_academic_year(year: str) -> str:
    start = int(year[:4]) + 1
    return f"{start}/{start + 1}"


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
