"""Class list: the pupils of one class in Kyrgyz alphabetical order, with the columns asked for."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.certificates.kinds import CLASS_LIST_COLUMNS
from app.forms.templates.lists import heading
from app.forms.templates.style import (
    FRAME_PADDING,
    FRAME_WIDTH,
    LANDSCAPE,
    MARGIN,
    PAGE,
    Letterhead,
    build,
    esc,
    grid_table,
    styles,
)

# column -> (ky header, ru header, width in mm); "name" takes what is left.
COLUMNS: dict[str, tuple[str, str, float]] = {
    "sex": ("Жынысы", "Пол", 19),
    "birth_date": ("Туулган күнү", "Дата рождения", 24),
    "book": ("Алф. китеп №", "№ по алф. книге", 20),
    "pin": ("ПИН", "ПИН", 32),
    "address": ("Дареги", "Адрес", 55),
}
if tuple(COLUMNS) != CLASS_LIST_COLUMNS:   # the command line offers CLASS_LIST_COLUMNS without loading this
    raise RuntimeError("app.certificates.kinds.CLASS_LIST_COLUMNS differs from the class list's columns")


@dataclass(frozen=True)
class ClassList:
    school: Letterhead
    class_name: str
    academic_year: str
    language: str                    # language of instruction, named in the list's language
    teacher: str = ""
    columns: tuple[str, ...] = ()
    rows: tuple[dict[str, str], ...] = field(default_factory=tuple)   # "name" + the chosen columns
    girls: int = 0
    boys: int = 0


MIN_NAME_WIDTH = 55 * mm


def _landscape(columns: tuple[str, ...]) -> bool:
    """Turn the page when the chosen columns would squeeze the names below a readable width."""
    return FRAME_WIDTH - 10 * mm - sum(COLUMNS[c][2] * mm for c in columns) < MIN_NAME_WIDTH


def story(data: ClassList, lang: str) -> list[Flowable]:
    st = styles()
    frame = LANDSCAPE[0] - 2 * MARGIN - 2 * FRAME_PADDING if _landscape(data.columns) else FRAME_WIDTH
    i = 0 if lang == "ky" else 1
    title = f"{data.class_name} классынын тизмеси" if lang == "ky" else f"Список {data.class_name} класса"
    year = f"{data.academic_year} окуу жылы" if lang == "ky" else f"{data.academic_year} учебный год"
    out = heading(data.school, title, f"{year}; " + ("окутуу тили" if lang == "ky" else "язык обучения")
                  + f": {data.language}")
    if data.teacher:
        out.append(Paragraph(("Класс жетекчи" if lang == "ky" else "Классный руководитель") + f": {esc(data.teacher)}",
                             st.body))
    fixed = [COLUMNS[c][2] * mm for c in data.columns]
    number_width = 10 * mm
    widths = [number_width, frame - number_width - sum(fixed), *fixed]
    header = ["№", "Аты-жөнү" if lang == "ky" else "Фамилия, имя, отчество",
              *(str(COLUMNS[c][i]) for c in data.columns)]
    rows = [[str(n), row.get("name", ""), *(row.get(c, "") for c in data.columns)]
            for n, row in enumerate(data.rows, start=1)]
    out.append(grid_table(header, rows, widths))
    out.append(Spacer(1, 3 * mm))
    total = ("Бардыгы: {0}, анын ичинде кыздар: {1}, эркек балдар: {2}." if lang == "ky"
             else "Всего: {0}, из них девочек: {1}, мальчиков: {2}.")
    out.append(Paragraph(total.format(len(data.rows), data.girls, data.boys), st.body))
    return out


def title(lang: str) -> str:
    return "Класстын тизмеси" if lang == "ky" else "Список класса"


def render(data: ClassList, lang: str) -> bytes:
    return build([story(data, lang)], title=title(lang), footer=data.class_name,
                 pagesize=LANDSCAPE if _landscape(data.columns) else PAGE)


def render_many(lists: list[ClassList], lang: str) -> bytes:
    wide = any(_landscape(d.columns) for d in lists)
    return build([story(d, lang) for d in lists], title=title(lang), pagesize=LANDSCAPE if wide else PAGE)
