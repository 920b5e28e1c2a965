"""An extract of the audit log as the viewer filtered it: a PDF in Kyrgyz or Russian, signed off by the
school's person responsible for personal data (REGULATION 4.2, 5.1–5.9).

The page names the school, the filter in words, the chain's state, the rows (date, who, what happened,
names resolved now) and a sign-off block. Saving goes through the printed forms' one writer
(``app.certificates.output.save_pdf``): atomically, refused on a removable drive unless the
administrator allows it, audited as an export whose detail holds ids only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from app.admin.school import get_school
from app.audit import viewer
from app.audit.viewer import AuditFilter, ViewEntry
from app.certificates.output import check_destination, save_pdf
from app.desk.responsible import responsible
from app.forms.dates import format_long_date, format_moment
from app.forms.templates import style
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
_WIDTHS_MM = (33, 40, 97)
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


def render(extract: AuditExtract) -> bytes:
    """The extract as PDF bytes, with the printed forms' styles, table and page builder."""
    st = style.styles()
    lang = extract.lang if extract.lang in _WORDS else "ru"
    words = _WORDS[lang]

    def line(text: str) -> Paragraph:
        return style.para(style.esc(text), st.cell)

    story: list[Flowable] = [
        style.para(style.esc(extract.school_name), st.letterhead), style.para(style.esc(words["title"]), st.title),
        line(f"{words['filter']}: {extract.filter_text}"), line(f"{words['chain']}: {extract.chain_text}"),
        line(f"{words['made']}: {format_long_date(extract.made_on, lang)}"), Spacer(1, 4 * mm)]
    if extract.rows:
        story += [style.grid_table(words["columns"], [(format_moment(e.at), e.who, e.sentence) for e in extract.rows],
                                   [w * mm for w in _WIDTHS_MM]),
                  Spacer(1, 3 * mm), line(f"{words['total']}: {len(extract.rows)}")]
        if len(extract.rows) >= extract.limit:
            story.append(line(words["cut"].format(n=extract.limit)))
    else:
        story.append(line(words["none"]))
    story += [Spacer(1, 10 * mm), KeepTogether(_sign_off(extract.officer, words))]
    return style.build([story], title=words["title"], footer=words["page"])


def _sign_off(officer: str, words: dict[str, Any]) -> list[Flowable]:
    """As on paper: who signs (her position, then her name printed), a line for the signature and one
    for the date, both left to her pen."""
    st = style.styles()
    caption = ParagraphStyle("caption", parent=st.small, alignment=TA_CENTER)

    def cell(text: str, look: ParagraphStyle = st.cell) -> Paragraph:
        return style.para(style.esc(text), look)

    rows = [[cell(words["officer"] + ":"), ""],
            [cell(officer), cell("_" * 30)],
            ["", cell(f"({words['sign']})", caption)],
            [cell(f"{words['date']}: «____» ______________ 20___"), ""]]
    table = Table(rows, colWidths=[100 * mm, 70 * mm])
    table.setStyle(style.table_style(("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 3), (1, 3)),
                                     ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 1), (-1, 1), 6),
                                     ("TOPPADDING", (0, 3), (-1, 3), 10), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     header=False, grid=False))
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
