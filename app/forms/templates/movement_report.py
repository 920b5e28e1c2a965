"""Pupil-movement report for a period, for the district: arrivals, departures by reason, and counts by
grade and sex."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.forms.dates import format_long_date
from app.forms.templates.lists import heading
from app.forms.templates.style import FRAME_WIDTH, Letterhead, build, grid_table, signature_block, styles


@dataclass(frozen=True)
class MovementRow:
    date: str          # dd.mm.yyyy
    name: str
    class_name: str
    other: str         # the other school, or the reason named in the report's language
    order: str


@dataclass(frozen=True)
class GradeCount:
    grade: int
    girls: int
    boys: int
    arrived: int
    left: int


@dataclass(frozen=True)
class MovementReport:
    school: Letterhead
    start: str         # ISO
    end: str
    arrivals: tuple[MovementRow, ...] = ()
    departures: tuple[MovementRow, ...] = ()
    by_reason: tuple[tuple[str, int], ...] = ()     # reason named in the report's language, count
    by_grade: tuple[GradeCount, ...] = field(default_factory=tuple)


_T: dict[str, dict[str, Any]] = {
    "ky": {"title": "Окуучулардын кыймылы жөнүндө отчет", "period": "{0} – {1} аралыгы",
           "arrivals": "Келгендер", "departures": "Кеткендер", "reasons": "Кетүү себептери боюнча",
           "grades": "Класстар жана жынысы боюнча (отчет түзүлгөн күнгө)", "none": "жок",
           "head": ("Күнү", "Аты-жөнү", "Классы", "Кайдан / кайда, себеби", "Буйрук"),
           "reason_head": ("Себеби", "Саны"),
           "grade_head": ("Класс", "Кыздар", "Эркек балдар", "Бардыгы", "Келди", "Кетти"), "total": "Бардыгы"},
    "ru": {"title": "Отчёт о движении учащихся", "period": "за период с {0} по {1}",
           "arrivals": "Прибыли", "departures": "Выбыли", "reasons": "Выбытие по причинам",
           "grades": "По классам и полу (на дату отчёта)", "none": "нет",
           "head": ("Дата", "Фамилия, имя", "Класс", "Откуда / куда, причина", "Приказ"),
           "reason_head": ("Причина", "Количество"),
           "grade_head": ("Параллель", "Девочки", "Мальчики", "Всего", "Прибыло", "Выбыло"), "total": "Итого"},
}


def _rows(rows: tuple[MovementRow, ...]) -> list[list[str]]:
    return [[r.date, r.name, r.class_name, r.other, r.order] for r in rows]


def story(data: MovementReport, lang: str) -> list[Flowable]:
    st = styles()
    t = _T[lang]
    period = t["period"].format(format_long_date(date.fromisoformat(data.start), lang),
                                format_long_date(date.fromisoformat(data.end), lang))
    out = heading(data.school, t["title"], period)
    widths = [22 * mm, FRAME_WIDTH - 22 * mm - 16 * mm - 50 * mm - 22 * mm, 16 * mm, 50 * mm, 22 * mm]
    for key, rows in (("arrivals", data.arrivals), ("departures", data.departures)):
        out.append(Paragraph(f"{t[key]}: {len(rows)}", st.label))
        out.append(grid_table(t["head"], _rows(rows), widths) if rows else Paragraph(t["none"], st.body))
        out.append(Spacer(1, 4 * mm))
    reason_rows = [[name, str(count)] for name, count in data.by_reason]
    out.append(KeepTogether([Paragraph(t["reasons"], st.label),
                             grid_table(t["reason_head"], reason_rows, [FRAME_WIDTH - 30 * mm, 30 * mm])
                             if reason_rows else Paragraph(t["none"], st.body)]))
    out.append(Spacer(1, 4 * mm))
    grade_rows = [[str(g.grade), str(g.girls), str(g.boys), str(g.girls + g.boys), str(g.arrived), str(g.left)]
                  for g in data.by_grade]
    totals = [t["total"], *(str(sum(v)) for v in zip(*[[g.girls, g.boys, g.girls + g.boys, g.arrived, g.left]
                                                       for g in data.by_grade], strict=True))] \
        if data.by_grade else []
    if totals:
        grade_rows.append(totals)
    # The last table and the signature stay on one page: no signature alone at the top of a page.
    out.append(KeepTogether([Paragraph(t["grades"], st.label),
                             grid_table(t["grade_head"], grade_rows, [FRAME_WIDTH / 6] * 6),
                             Spacer(1, 8 * mm), signature_block(data.school.director_name, lang)]))
    return out


def title(lang: str) -> str:
    return _T[lang]["title"]


def render(data: MovementReport, lang: str) -> bytes:
    return build([story(data, lang)], title=title(lang), footer=title(lang))
