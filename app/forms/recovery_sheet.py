"""The recovery sheet: the recovery code on paper, for the director's safe, in Kyrgyz and Russian."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.forms.dates import format_long_date
from app.forms.fonts import SANS, SANS_BOLD, register_fonts


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
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=12 * mm,
                            bottomMargin=12 * mm, title="Kense recovery sheet", author="Kense",
                            initialFontName=SANS, initialFontSize=10)
    title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=15, leading=19, spaceAfter=4)
    body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=12.5, spaceAfter=3)
    label = ParagraphStyle("label", parent=body, fontName=SANS_BOLD)
    code_style = ParagraphStyle("code", fontName=SANS_BOLD, fontSize=17, leading=24)

    groups = sheet.code.split("-")
    code_text = "&nbsp;&nbsp;".join(groups[:4]) + "<br/>" + "&nbsp;&nbsp;".join(groups[4:])
    qr = QrCode(sheet.code, width=30 * mm, height=30 * mm, qrLevel="M")
    code_block = Table([[Paragraph(code_text, code_style), qr]], colWidths=[125 * mm, 45 * mm])
    code_block.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # tables otherwise default to non-embedded Helvetica
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]))

    story: list = []
    for lang in ("ky", "ru"):
        text = _TEXT[lang]
        facts = Table([
            [Paragraph(text["school"], label), Paragraph(_escape(sheet.school_name), body)],
            [Paragraph(text["db"], label), Paragraph(sheet.db_id, body)],
            [Paragraph(text["date"], label), Paragraph(format_long_date(sheet.created, lang), body)],
        ], colWidths=[45 * mm, 125 * mm])
        facts.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        block = [Paragraph(text["title"], title), facts, Spacer(1, 3 * mm),
                 Paragraph(text["code"], label), code_block, Spacer(1, 3 * mm)]
        block += [Paragraph(text[key], body) for key in ("what", "keep", "use", "lost")]
        block += [Spacer(1, 2 * mm), Paragraph(text["signed"], body), Spacer(1, 5 * mm)]
        story += block
    doc.build(story)
    return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
