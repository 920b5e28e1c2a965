"""PDFs of the personal-data operations: the own-data report (subject-access request) and the
destruction act. Pure data -> bytes; fonts with full Kyrgyz coverage."""

from __future__ import annotations

import io
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.forms.dates import format_long_date
from app.forms.fonts import SANS, SANS_BOLD, register_fonts
from app.people.fields import PUPIL_FIELDS, STAFF_FIELDS, label

_TEXT = {
    "title": ("Жеке маалыматтар тууралуу маалымат", "Сведения о персональных данных", "Personal data held"),
    "intro": ("«Жеке маалымат жөнүндө» Мыйзамга ылайык, мектепте сиз (же балаңыз) тууралуу сакталган бардык"
              " маалыматтар.", "В соответствии с Законом «Об информации персонального характера» — все данные,"
              " которые школа хранит о вас (или о вашем ребёнке).", "Under the Law on personal information:"
              " everything the school holds about you (or your child)."),
    "record": ("Жазуу", "Запись", "Record"),
    "guardians": ("Ата-энелер / мыйзамдуу өкүлдөр", "Родители / законные представители", "Parents / guardians"),
    "consents": ("Макулдуктар", "Согласия", "Consents"),
    "movements": ("Кыймыл (кабыл алуу, которуу, бүтүрүү)", "Движение (приём, перевод, выпуск)",
                  "Movements (admission, transfer, graduation)"),
    "history": ("Өзгөртүүлөр (ким, качан, кайсы талаалар)", "Изменения (кто, когда, какие поля)",
                "Changes (who, when, which fields)"),
    "accesses": ("Жазууга ким кайрылган", "Кто обращался к записи", "Who accessed the record"),
    "none": ("жок", "нет", "none"),
    "made": ("Түзүлгөн күнү", "Дата составления", "Made on"),
    "act_title": ("Жеке маалыматтарды жок кылуу актысы № {number}", "Акт об уничтожении персональных данных № {number}",
                  "Personal-data destruction act No. {number}"),
    "act_body": ("Төмөндө көрсөтүлгөн жазуу жана ага байланыштуу бардык маалыматтар кайра калыбына келгис"
                 " кылып жок кылынды.", "Указанная ниже запись и все связанные с ней данные уничтожены без"
                 " возможности восстановления.", "The record below and all data linked to it were destroyed"
                 " beyond recovery."),
    "act_id": ("Жазуунун идентификатору", "Идентификатор записи", "Record identifier"),
    "act_kind": ("Түрү", "Вид", "Kind"),
    "act_when": ("Жок кылынган убакыт (UTC)", "Время уничтожения (UTC)", "Destroyed at (UTC)"),
    "act_who": ("Ким жок кылды", "Кто уничтожил", "Destroyed by"),
    "act_reason": ("Негизи", "Основание", "Reason"),
    "act_items": ("Жок кылынган маалыматтар", "Уничтоженные данные", "What was destroyed"),
    "sign": ("Жооптуу адам: ____________________   Директор: ____________________   М.О.",
             "Ответственный: ____________________   Директор: ____________________   М.П.",
             "Responsible person: ________________   Head: ________________   Stamp"),
    "pupil": ("окуучу", "ученик", "pupil"),
    "staff": ("кызматкер", "сотрудник", "employee"),
}


def _t(key: str, lang: str, **params: Any) -> str:
    text = _TEXT[key][("ky", "ru", "en").index(lang) if lang in ("ky", "ru", "en") else 0]
    return text.format(**params) if params else text


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    head = ParagraphStyle("head", parent=body, fontName=SANS_BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=14, leading=18, spaceAfter=6)
    return body, small, head, title


def _table(rows: list[list[str]], style: ParagraphStyle, widths: list[float] | None = None) -> Table:
    data = [[Paragraph(escape(str(cell if cell is not None else "")), style) for cell in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=0)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def render_own_data(school: str, kind: str, record: dict[str, Any], accesses: list[dict[str, Any]], lang: str,
                    today: date) -> bytes:
    body, small, head, title = _styles()
    story: list[Any] = [Paragraph(escape(school), small), Paragraph(_t("title", lang), title),
                        Paragraph(_t("intro", lang), body),
                        Paragraph(f"{_t('made', lang)}: {escape(format_long_date(today, lang))}", body),
                        Paragraph(_t("record", lang), head)]
    fields = PUPIL_FIELDS if kind == "pupil" else STAFF_FIELDS
    rows = [[label(name, lang), record.get(name) or ""] for name in fields]
    extra = [("book", "book"), ("class", "class"), ("subjects", "subjects")]
    rows += [[label(key, lang) if key != "book" else "№", ", ".join(record[key]) if isinstance(record.get(key), list)
              else record.get(key) or ""] for key, _ in extra if record.get(key)]
    story.append(_table(rows, body, [60 * mm, 110 * mm]))
    sections: list[tuple[str, list[dict[str, Any]], tuple[str, ...]]] = [
        ("guardians", record.get("guardians") or [], ("relation", "surname", "given_name", "patronymic", "pin",
                                                      "phone")),
        ("consents", record.get("consents") or [], ("signer_name", "signed_on", "text_version", "scope",
                                                    "withdrawn_on")),
        ("movements", record.get("movements") or [], ("kind", "date", "order_number", "from_class", "to_class",
                                                      "other_school")),
        ("history", record.get("history") or [], ("at", "user", "action", "fields")),
        ("accesses", accesses, ("at", "user", "action")),
    ]
    for key, items, columns in sections:
        if kind == "staff" and key in ("guardians", "movements"):
            continue
        story.append(Paragraph(_t(key, lang), head))
        if not items:
            story.append(Paragraph(_t("none", lang), body))
            continue
        story.append(_table([[_cell(item.get(c)) for c in columns] for item in items], small))
    return _build(story)


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def render_destruction_act(school: str, act: dict[str, Any], lang: str) -> bytes:
    body, small, _head, title = _styles()
    items = ", ".join(f"{table}: {count}" for table, count in act["items"].items())
    rows = [[_t("act_id", lang), act["person_id"]], [_t("act_kind", lang), _t(act["person_kind"], lang)],
            [_t("act_when", lang), act["destroyed_at"]], [_t("act_who", lang), act["destroyed_by"]],
            [_t("act_reason", lang), act["reason"]], [_t("act_items", lang), items]]
    story = [Paragraph(escape(school), small), Paragraph(_t("act_title", lang, number=act["number"]), title),
             Paragraph(_t("act_body", lang), body), Spacer(1, 4 * mm), _table(rows, body, [60 * mm, 110 * mm]),
             Spacer(1, 20 * mm), Paragraph(_t("sign", lang), body)]
    return _build(story)


def _build(story: list[Any]) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title="Kense", author="Kense")
    doc.build(story)
    return buffer.getvalue()
