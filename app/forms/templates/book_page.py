"""A page of the alphabetical book of pupils: one letter, entries by their book number ("Ө/7" is also
the personal-file number), with admission and departure."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.forms.templates.lists import heading
from app.forms.templates.style import FRAME_PADDING, LANDSCAPE, MARGIN, Letterhead, build, grid_table


@dataclass(frozen=True)
class BookEntry:
    number: str          # "Ө/7"
    name: str
    birth_date: str      # dd.mm.yyyy
    address: str
    admitted: str        # "01.09.2020, 1-А, буйрук № 12"
    left: str            # "" or "31.05.2025, ..., буйрук № 40"


@dataclass(frozen=True)
class BookPage:
    school: Letterhead
    letter: str
    entries: tuple[BookEntry, ...]


_HEAD = {
    "ky": ("№", "Аты-жөнү", "Туулган күнү", "Дареги", "Кабыл алынды (күнү, класс, буйрук)",
           "Чыкты (күнү, себеби, буйрук)"),
    "ru": ("№", "Фамилия, имя, отчество", "Дата рождения", "Адрес", "Принят (дата, класс, приказ)",
           "Выбыл (дата, причина, приказ)"),
}


def story(data: BookPage, lang: str) -> list[Flowable]:
    title = ("Окуучулардын алфавиттик китеби" if lang == "ky" else "Алфавитная книга учащихся")
    subtitle = (f"«{data.letter}» тамгасы" if lang == "ky" else f"Буква «{data.letter}»")
    width = LANDSCAPE[0] - 2 * MARGIN - 2 * FRAME_PADDING
    fixed = [14 * mm, 55 * mm, 24 * mm, 0.0, 50 * mm, 50 * mm]
    fixed[3] = width - sum(fixed)
    rows = [[e.number, e.name, e.birth_date, e.address, e.admitted, e.left] for e in data.entries]
    return [*heading(data.school, title, subtitle), grid_table(_HEAD[lang], rows, fixed)]


def render(data: BookPage, lang: str) -> bytes:
    return build([story(data, lang)], title="Alphabetical book", pagesize=LANDSCAPE, footer=data.letter)
