"""Words the list forms share: movement kinds and sexes in Kyrgyz and Russian, the report heading."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from app.forms.templates.style import Letterhead, esc, letterhead_block, styles

MOVEMENT_KINDS = {
    "ky": {"admission": "кабыл алынды", "transfer_in": "башка мектептен келди", "transfer_out": "башка мектепке кетти",
           "promotion": "кийинки класска өттү", "grade_jump": "класстан аттап өттү", "repeat": "ошол класста калды",
           "graduation": "мектепти бүттү", "withdrawal": "чыгып кетти"},
    "ru": {"admission": "принят", "transfer_in": "прибыл из другой школы", "transfer_out": "выбыл в другую школу",
           "promotion": "переведён в следующий класс", "grade_jump": "переведён через класс",
           "repeat": "оставлен в классе", "graduation": "окончил школу", "withdrawal": "выбыл"},
}
SEX = {"ky": {"F": "кыз", "M": "эркек"}, "ru": {"F": "жен.", "M": "муж."}}


def heading(head: Letterhead, title: str, subtitle: str = "") -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [*letterhead_block(head), Paragraph(esc(title), st.title)]
    if subtitle:
        out.append(Paragraph(esc(subtitle), st.subtitle))
    out.append(Spacer(1, 2))
    return out
