"""Dates as Kyrgyz and Russian offices write them, not as CLDR does.

Kyrgyz: "2025-жылдын 1-сентябры" (possessive month forms). Russian: "1 сентября 2025 г.".
Tables everywhere: dd.MM.yyyy.
"""

from __future__ import annotations

from datetime import date, datetime

_KY_MONTHS = ("январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу", "сентябры",
              "октябры", "ноябры", "декабры")
_RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
              "октября", "ноября", "декабря")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def format_long_date(day: date, lang: str) -> str:
    if lang == "ky":
        return f"{day.year}-жылдын {day.day}-{_KY_MONTHS[day.month - 1]}"
    if lang == "ru":
        return f"{day.day} {_RU_MONTHS[day.month - 1]} {day.year} г."
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def format_short_date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def format_moment(at: str) -> str:
    """dd.MM.yyyy HH:mm of a stored UTC moment (ISO text), in local time; the text itself if not a moment."""
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d.%m.%Y %H:%M")
