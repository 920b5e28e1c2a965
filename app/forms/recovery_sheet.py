"""The recovery sheet: the recovery code on paper, for the director's safe, in Kyrgyz and Russian.

Drawn with the forms' common style (app/forms/templates/style.py): the school letterhead, the same
fonts, label/value table, ruled box and QR drawing as the certificates, one A4 page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from app.forms.dates import format_long_date
from app.forms.fonts import SANS_BOLD
from app.forms.qr import QrFlowable
from app.forms.templates.style import (
    FRAME_WIDTH,
    Letterhead,
    build,
    esc,
    letterhead_block,
    styles,
    table_style,
)


@dataclass(frozen=True)
class RecoverySheet:
    school_name: str
    db_id: str
    code: str
    created: date


_TEXT = {
    "ky": {
        "title": "Kense: кирүүнү калыбына келтирүү баракчасы",
        "school": "Мектеп",
        "db": "Базанын идентификатору",
        "date": "Түзүлгөн күнү",
        "code": "Калыбына келтирүү коду",
        "what": "Бул код сырсөз унутулганда, компьютер же Windows эсеби алмашканда мектептин маалымат базасын"
                " ачат. Ким бул баракчаны жана базанын көчүрмөсүн колго түшүрсө, окуучулардын жана"
                " кызматкерлердин жеке маалыматтарын окуй алат.",
        "keep": "Директордун сейфинде сактаңыз. Сүрөткө тартпаңыз, көчүрмөсүн жасабаңыз, флешкада же"
                " телефондо сактабаңыз.",
        "use": "Колдонуу: Kense'тин кирүү терезесинде «Калыбына келтирүү коду» баскычын басыңыз же"
               " администратор буйрук сабында «kense recover --recovery-code КОД --user ЛОГИН» аткарат.",
        "lost": "Баракча жоголсо, маалымат коопсуздугуна жооптуу адам Kense'те жаңы код түзөт; эски код"
                " ошол замат жараксыз болот.",
        "signed": "Баракчаны кабыл алды (директор): ____________________",
    },
    "ru": {
        "title": "Kense: лист восстановления доступа",
        "school": "Школа",
        "db": "Идентификатор базы",
        "date": "Дата создания",
        "code": "Код восстановления",
        "what": "Этот код открывает базу данных школы, если пароль забыт, компьютер или учётная запись Windows"
                " заменены. Любой, у кого окажутся этот лист и копия базы, сможет прочитать персональные"
                " данные учеников и сотрудников.",
        "keep": "Храните в сейфе директора. Не фотографируйте, не копируйте, не храните на флешке или в"
                " телефоне.",
        "use": "Как использовать: в окне входа Kense нажмите «Код восстановления», либо администратор"
               " выполняет в командной строке «kense recover --recovery-code КОД --user ЛОГИН».",
        "lost": "Если лист утерян, ответственный за защиту информации создаёт в Kense новый код; старый"
                " сразу перестаёт действовать.",
        "signed": "Лист получил (директор): ____________________",
    },
}


def render(sheet: RecoverySheet) -> bytes:
    st = styles()
    # The sheet carries two languages on one page: the body a size smaller than a certificate's.
    body = ParagraphStyle("recovery_body", parent=st.body, fontSize=9.5, leading=12.5, spaceAfter=2)
    label = ParagraphStyle("recovery_label", parent=body, fontName=st.label.fontName)
    heading = ParagraphStyle("recovery_title", parent=st.title, fontSize=13, leading=17, spaceBefore=2)
    code_style = ParagraphStyle("recovery_code", fontName=SANS_BOLD, fontSize=17, leading=24)

    groups = sheet.code.split("-")
    code_text = "&nbsp;&nbsp;".join(groups[:4]) + "<br/>" + "&nbsp;&nbsp;".join(groups[4:])
    code_block = Table([[Paragraph(code_text, code_style), QrFlowable(sheet.code, 30 * mm)]],
                       colWidths=[FRAME_WIDTH - 40 * mm, 40 * mm])
    code_block.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                    ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 8), header=False, grid=False))

    story: list[Flowable] = [*letterhead_block(Letterhead(sheet.school_name))]
    for lang in ("ky", "ru"):
        text = _TEXT[lang]
        facts = Table([[Paragraph(esc(key), label), Paragraph(esc(value), body)] for key, value in
                       ((text["db"], sheet.db_id), (text["date"], format_long_date(sheet.created, lang)))],
                      colWidths=[55 * mm, FRAME_WIDTH - 55 * mm])
        facts.setStyle(table_style(("LEFTPADDING", (0, 0), (-1, -1), 0), header=False, grid=False))
        story += [Paragraph(esc(text["title"]), heading), facts, Spacer(1, 2 * mm),
                  Paragraph(esc(text["code"]), label), code_block, Spacer(1, 2 * mm)]
        story += [Paragraph(esc(text[key]), body) for key in ("what", "keep", "use", "lost")]
        story += [Spacer(1, 2 * mm), Paragraph(esc(text["signed"]), body), Spacer(1, 4 * mm)]
    return build([story], title="Kense recovery sheet")
