"""The printable register of one series for a period: A4 landscape, official columns, Kyrgyz or Russian.

Columns as in paper registers: №, registration date, correspondent, their number and date, subject,
executor, due date, executed. Rendering is ``data -> bytes``; reading and auditing happen around it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from app.admin.school import get_school
from app.documents.model import DocumentSummary, Series, Status
from app.documents.queries import Filters, list_documents
from app.errors import InvalidInput
from app.forms.dates import format_long_date, format_short_date
from app.forms.fonts import SANS, SANS_BOLD, register_fonts
from app.security.roles import Permission
from app.security.session import Session

_TITLES = {
    "ky": {
        Series.INCOMING: "Кирүүчү документтерди каттоо журналы",
        Series.OUTGOING: "Чыгуучу документтерди каттоо журналы",
        Series.INTERNAL: "Ички документтерди каттоо журналы",
        Series.ORDER_MAIN: "Негизги иш боюнча буйруктардын китеби",
        Series.ORDER_STAFF: "Кадрлар боюнча буйруктардын китеби",
        Series.ORDER_PUPILS: "Окуучулар боюнча буйруктардын китеби",
        Series.INCIDENT: "Инциденттер жөнүндө билдирүүлөрдү каттоо журналы",
    },
    "ru": {
        Series.INCOMING: "Журнал регистрации входящих документов",
        Series.OUTGOING: "Журнал регистрации исходящих документов",
        Series.INTERNAL: "Журнал регистрации внутренних документов",
        Series.ORDER_MAIN: "Книга приказов по основной деятельности",
        Series.ORDER_STAFF: "Книга приказов по личному составу",
        Series.ORDER_PUPILS: "Книга приказов по учащимся",
        Series.INCIDENT: "Журнал регистрации сообщений об инцидентах",
    },
}
_COLUMNS = {
    "ky": ("№", "Каттоо күнү", "Корреспондент", "Анын № жана күнү", "Кыскача мазмуну", "Аткаруучу",
           "Мөөнөтү", "Аткарылды"),
    "ru": ("№", "Дата рег.", "Корреспондент", "Его № и дата", "Краткое содержание", "Исполнитель",
           "Срок", "Исполнено"),
}
_WORDS: dict[str, dict[str, Any]] = {
    "ky": {"period": "Мезгил", "page": "Барак", "reserved": "(номер резервде)", "none": "Бул мезгилде жазуу жок.",
           "total": "Бардыгы", "status": {Status.SENT: "жөнөтүлдү", Status.ARCHIVED: "архивде"}},
    "ru": {"period": "Период", "page": "Лист", "reserved": "(номер зарезервирован)", "none": "За период записей нет.",
           "total": "Всего", "status": {Status.SENT: "отправлено", Status.ARCHIVED: "в архиве"}},
}
_WIDTHS_MM = (18, 22, 45, 30, 82, 38, 20, 22)


@dataclass(frozen=True)
class RegisterSheet:
    school_name: str
    series: Series
    start: date
    end: date
    rows: list[DocumentSummary]
    lang: str = "ky"


def _d(text: str | None) -> str:
    if not text:
        return ""
    return format_short_date(date.fromisoformat(text[:10]))


def _seq(row: DocumentSummary) -> int:
    tail = row.number.rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def render(sheet: RegisterSheet) -> bytes:
    register_fonts()
    lang = sheet.lang if sheet.lang in _TITLES else "ru"
    words = _WORDS[lang]
    cell = ParagraphStyle("cell", fontName=SANS, fontSize=8, leading=9.5)
    head = ParagraphStyle("head", fontName=SANS_BOLD, fontSize=8, leading=9.5, alignment=1)
    title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=13, leading=16, alignment=1)
    sub = ParagraphStyle("sub", fontName=SANS, fontSize=10, leading=13, alignment=1)

    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        escaped = (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return Paragraph(escaped, style)

    data: list[list[Paragraph]] = [[p(c, head) for c in _COLUMNS[lang]]]
    for row in sorted(sheet.rows, key=lambda r: (r.reg_date, _seq(r))):
        their = " ".join(x for x in (f"№ {row.their_number}" if row.their_number else "", _d(row.their_date)) if x)
        subject = row.subject or (words["reserved"] if row.status is Status.RESERVED else "")
        done = _d(row.executed_at)
        extra = words["status"].get(row.status)
        if extra:
            done = f"{done} {extra}".strip()
        data.append([p(row.number), p(_d(row.reg_date)), p(row.correspondent), p(their), p(subject),
                     p(row.responsible_name or row.responsible_login or ""), p(_d(row.due_date)), p(done)])

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm, title=_TITLES[lang][sheet.series],
                            author="Kense", initialFontName=SANS, initialFontSize=8)
    period = f"{words['period']}: {format_long_date(sheet.start, lang)} — {format_long_date(sheet.end, lang)}"
    story = [p(sheet.school_name, sub), Spacer(1, 2 * mm), p(_TITLES[lang][sheet.series], title),
             Spacer(1, 1 * mm), p(period, sub), Spacer(1, 4 * mm)]
    table = LongTable(data, colWidths=[w * mm for w in _WIDTHS_MM], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    story.append(table)
    story.append(Spacer(1, 3 * mm))
    story.append(p(f"{words['total']}: {len(sheet.rows)}" if sheet.rows else words["none"]))

    def footer(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        canvas.setFont(SANS, 8)
        canvas.drawRightString(landscape(A4)[0] - 12 * mm, 7 * mm, f"{words['page']} {canvas.getPageNumber()}")

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def print_register(session: Session, series: Series, start: date, end: date, *, lang: str = "ky") -> bytes:
    """The register of ``series`` for [start, end], as this user may see it; the print is audited."""
    session.require(Permission.VIEW_DOCUMENTS)
    if start > end:
        raise InvalidInput("documents.bad_period")
    rows = list_documents(session, Filters(series=series, date_from=start, date_to=end, limit=100_000))
    pdf = render(RegisterSheet(get_school(session).name, series, start, end, rows, lang))
    session.audit_now("print.register", "document_register", series.value,
                      {"from": start.isoformat(), "to": end.isoformat(), "rows": len(rows)})
    return pdf
