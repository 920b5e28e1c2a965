"""The cover of a pupil's personal file (жеке иш / личное дело) and its movement sheet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from app.forms.templates.lists import heading
from app.forms.templates.style import FRAME_WIDTH, Letterhead, build, esc, fields_table, grid_table, styles


@dataclass(frozen=True)
class MovementLine:
    date: str           # dd.mm.yyyy
    what: str           # the kind, in the file's language
    class_change: str   # "4-А → 5-А"
    detail: str         # other school or reason
    order: str


@dataclass(frozen=True)
class PersonalFile:
    school: Letterhead
    number: str          # the alphabetical-book entry, "Ө/7"
    full_name: str
    sex: str             # named in the file's language
    birth_date: str      # long date in the file's language
    birth_place: str
    address: str
    guardians: tuple[str, ...]
    movements: tuple[MovementLine, ...]


_T: dict[str, dict[str, Any]] = {
    "ky": {"title": "ОКУУЧУНУН ЖЕКЕ ИШИ", "number": "№", "fields": ("Аты-жөнү", "Жынысы", "Туулган күнү",
           "Туулган жери", "Дареги", "Ата-энеси (мыйзамдуу өкүлдөрү)"),
           "sheet": "Окуучунун кыймылы", "head": ("Күнү", "Эмне болду", "Класс", "Кайдан / кайда, себеби", "Буйрук"),
           "none": "Кыймыл жазылган эмес."},
    "ru": {"title": "ЛИЧНОЕ ДЕЛО УЧАЩЕГОСЯ", "number": "№", "fields": ("Фамилия, имя, отчество", "Пол",
           "Дата рождения", "Место рождения", "Адрес", "Родители (законные представители)"),
           "sheet": "Движение учащегося", "head": ("Дата", "Что произошло", "Класс", "Откуда / куда, причина",
                                                   "Приказ"),
           "none": "Движение не записано."},
}


def story(data: PersonalFile, lang: str) -> list[Flowable]:
    st = styles()
    t = _T[lang]
    out: list[Flowable] = [*heading(data.school, t["title"], f"{t['number']} {data.number}"), Spacer(1, 8 * mm)]
    values = (data.full_name, data.sex, data.birth_date, data.birth_place, data.address, "; ".join(data.guardians))
    out.append(fields_table([(k, v) for k, v in zip(t["fields"], values, strict=True)], label_width=60 * mm))
    out += [PageBreak(), Paragraph(esc(t["sheet"]) + f" — {esc(data.full_name)}", st.title), Spacer(1, 3 * mm)]
    rows = [[m.date, m.what, m.class_change, m.detail, m.order] for m in data.movements]
    widths = [22 * mm, 38 * mm, 24 * mm, FRAME_WIDTH - 22 * mm - 38 * mm - 24 * mm - 26 * mm, 26 * mm]
    out.append(grid_table(t["head"], rows, widths) if rows else Paragraph(t["none"], st.body))
    return out


def render(data: PersonalFile, lang: str) -> bytes:
    return build([story(data, lang)], title=_T[lang]["title"])
