"""An extract of the audit log as the viewer filtered it: a PDF in Kyrgyz or Russian, signed off by the
school's person responsible for personal data (REGULATION 4.2, 5.1–5.9).

The page names the school, the filter in words, the chain's state, the rows (date, who, what happened,
names resolved now) and a sign-off block. Saving goes through the printed forms' one writer
(``app.certificates.output.save_pdf``): atomically, refused on a removable drive unless the
administrator allows it, audited as an export whose detail holds ids only.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.admin.school import get_school
from app.audit import viewer
from app.audit.viewer import AuditFilter, ViewEntry
from app.certificates.output import check_destination, save_pdf
from app.desk.responsible import responsible
from app.forms.dates import format_long_date, format_moment
from app.forms.fonts import SANS, SANS_BOLD, register_fonts
from app.security.roles import Permission
from app.security.session import Session

FORM = "audit_extract"

_WORDS: dict[str, dict[str, Any]] = {
    "ky": {"title": "Аудит журналынан үзүндү", "filter": "Чыпка", "chain": "Журналдын абалы",
           "made": "Түзүлгөн күнү", "columns": ("Күнү жана убагы", "Ким", "Эмне болду"),
           "total": "Жазуулардын саны", "cut": "Эң акыркы {n} жазуу гана көрсөтүлдү; чыпканы тарытыңыз.",
           "none": "Бул чыпкага туура келген жазуу жок.",
           "officer": "Жеке маалыматтарды коргоо үчүн жооптуу адам", "date": "Күнү", "sign": "колу",
           "page": "Барак"},
    "ru": {"title": "Выписка из журнала аудита", "filter": "Фильтр", "chain": "Состояние журнала",
           "made": "Дата составления", "columns": ("Дата и время", "Кто", "Что произошло"),
           "total": "Всего записей", "cut": "Показаны только последние {n} записей; сузьте фильтр.",
           "none": "Под этот фильтр записей нет.",
           "officer": "Ответственный за защиту персональных данных", "date": "Дата", "sign": "подпись",
           "page": "Лист"},
}
_WIDTHS_MM = (30, 42, 110)
_ID = re.compile(r"[0-9a-f-]{8,64}")
_ACTION = re.compile(r"[a-z_.]{1,64}")


@dataclass(frozen=True)
class AuditExtract:
    school_name: str
    filter_text: str
    chain_text: str
    rows: list[ViewEntry]
    limit: int
    officer: str
    made_on: date
    lang: str = "ky"


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    escaped = (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(escaped, style)


def render(extract: AuditExtract) -> bytes:
    register_fonts()
    lang = extract.lang if extract.lang in _WORDS else "ru"
    words = _WORDS[lang]
    cell = ParagraphStyle("cell", fontName=SANS, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", fontName=SANS_BOLD, fontSize=8.5, leading=10.5, alignment=1)
    title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=13, leading=16, alignment=1)
    sub = ParagraphStyle("sub", fontName=SANS, fontSize=10, leading=13, alignment=1)
    line = ParagraphStyle("line", fontName=SANS, fontSize=9.5, leading=12.5)

    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return _para(text, style)

    def labelled(name: str, value: str) -> Paragraph:
        return p(f"{name}: {value}", line)

    story = [p(extract.school_name, sub), Spacer(1, 2 * mm), p(words["title"], title), Spacer(1, 3 * mm),
             labelled(words["filter"], extract.filter_text), labelled(words["chain"], extract.chain_text),
             labelled(words["made"], format_long_date(extract.made_on, lang)), Spacer(1, 4 * mm)]
    if extract.rows:
        data = [[p(c, head) for c in words["columns"]]]
        data += [[p(format_moment(e.at)), p(e.who), p(e.sentence)] for e in extract.rows]
        table = LongTable(data, colWidths=[w * mm for w in _WIDTHS_MM], repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]))
        story += [table, Spacer(1, 3 * mm), p(f"{words['total']}: {len(extract.rows)}", line)]
        if len(extract.rows) >= extract.limit:
            story.append(p(words["cut"].format(n=extract.limit), line))
    else:
        story.append(p(words["none"], line))
    story += [Spacer(1, 10 * mm), KeepTogether(_sign_off(extract.officer, words, line))]

    def footer(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        canvas.setFont(SANS, 8)
        canvas.drawRightString(A4[0] - 15 * mm, 8 * mm, f"{words['page']} {canvas.getPageNumber()}")

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
                            bottomMargin=16 * mm, title=words["title"], author="Kense", initialFontName=SANS,
                            initialFontSize=9)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _sign_off(officer: str, words: dict[str, Any], style: ParagraphStyle) -> list[Table]:
    """As on paper: who signs (her position, then her name printed), a line for the signature and one
    for the date, both left to her pen."""
    caption = ParagraphStyle("caption", parent=style, fontSize=7.5, leading=9, alignment=1)
    rows = [[_para(words["officer"] + ":", style), ""],
            [_para(officer, style), _para("_" * 30, style)],
            ["", _para(f"({words['sign']})", caption)],
            [_para(f"{words['date']}: «____» ______________ 20___", style), ""]]
    table = Table(rows, colWidths=[100 * mm, 70 * mm])
    table.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 3), (1, 3)),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("TOPPADDING", (0, 2), (-1, 2), 0), ("TOPPADDING", (0, 3), (-1, 3), 10),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [table]


def build(session: Session, flt: AuditFilter, lang: str = "ky", *, today: date | None = None) -> AuditExtract:
    """Read the filtered view, its words and the chain's state now (this user must see the log)."""
    session.require(Permission.VIEW_AUDIT)
    lang = lang if lang in _WORDS else "ky"
    rows = viewer.entries(session, flt, lang)
    officer = responsible(session.conn)
    return AuditExtract(get_school(session).name, viewer.describe_filter(session, flt, lang),
                        viewer.chain_text(viewer.chain_state(session), lang), rows, flt.limit,
                        officer.display if officer else "", today or date.today(), lang)


def audit_detail(session: Session, flt: AuditFilter, lang: str, rows: int) -> dict[str, object]:
    """What the export audits: the filter by ids and codes only. Typed text that is no id or action
    code (a name typed into the record field) is left out, so the log never holds a personal value."""
    detail: dict[str, object] = {"form": FORM, "lang": lang, "rows": rows}
    if flt.user_login:
        detail["user"] = viewer.user_id(session, flt.user_login)
    record = (flt.record_id or "").strip()
    if _ID.fullmatch(record):
        detail["record"] = record
    if flt.action_prefix and _ACTION.fullmatch(flt.action_prefix):
        detail["action"] = flt.action_prefix
    if flt.date_from:
        detail["from"] = flt.date_from.isoformat()
    if flt.date_to:
        detail["to"] = flt.date_to.isoformat()
    return detail


def save(session: Session, path: Path, flt: AuditFilter, lang: str = "ky") -> int:
    """Write the extract to ``path`` and audit the export; returns the number of rows. The drive is
    checked before anything is read, so a refused save does no work."""
    check_destination(session, Path(path), object_type="audit_log", detail={"form": FORM})
    extract = build(session, flt, lang)
    detail = audit_detail(session, flt, extract.lang, len(extract.rows))
    save_pdf(session, Path(path), render(extract), object_type="audit_log", detail=detail)
    return len(extract.rows)
