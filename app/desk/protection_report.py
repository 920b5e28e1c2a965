""""How this school protects personal data": the one- or two-page PDF an inspector takes away, in Kyrgyz
or Russian — the regulation's clauses, each with this school's live state, dated and numbered in the
document register like any document the school issues.

The register number is printed on the page, so it is known before the PDF exists. As certificates do:
read the state and the number the register is at (``prepare``), render with no database (``render``),
then register the internal document with the PDF attached and the print audited in one transaction
(``commit``) — which refuses (``NumberTaken``, nothing written) if someone registered in the series
meanwhile; then read, number and render again (``make`` does, up to three times).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.certificates.sources import letterhead
from app.clock import utc_now
from app.desk import protection_state
from app.desk.protection_state import ProtectionState
from app.desk.protection_texts import CLAUSES, LANGS, PAGE, live_sentences, made_line
from app.documents import numbering
from app.documents import register as documents
from app.documents.model import Kind, Series, format_number
from app.errors import InvalidInput
from app.forms.dates import format_long_date
from app.forms.templates.style import (
    FRAME_WIDTH,
    Columns,
    Letterhead,
    TextLine,
    build,
    grid_table,
    letterhead_block,
    number_line,
    para,
    styles,
)
from app.security.roles import Permission
from app.security.session import Session

FORM = "protection_report"
ATTEMPTS = 3


@dataclass(frozen=True)
class Prepared:
    """Everything the page shows, read and numbered; nothing written yet. Holds no key."""

    lang: str
    state: ProtectionState
    head: Letterhead
    day: date
    seq: int
    number: str


@dataclass(frozen=True)
class Issued:
    document_id: str
    number: str
    reg_date: str
    lang: str
    pdf: bytes
    state: ProtectionState

    def to_json(self) -> dict[str, Any]:
        return {"id": self.document_id, "number": self.number, "date": self.reg_date, "lang": self.lang,
                "state": self.state.to_json()}


def check_lang(lang: str) -> str:
    value = (lang or "").strip().lower()
    if value not in LANGS:
        raise InvalidInput("certificate.bad_lang", lang=lang)
    return value


def prepare(session: Session, lang: str, now: Callable[[], datetime] = utc_now) -> Prepared:
    """Phase one (the database worker): the live state and the number the register is at."""
    session.require(Permission.VIEW_AUDIT)
    session.require(Permission.REGISTER_DOCUMENTS)
    lang = check_lang(lang)
    state = protection_state.gather(session, now)
    day = now().astimezone().date()
    seq = numbering.peek_seq(session.conn, Series.INTERNAL, day.year)
    return Prepared(lang, state, letterhead(session), day, seq, format_number("", seq))


def title(lang: str) -> str:
    return PAGE[check_lang(lang)]["title"]


def file_name(prepared: Prepared) -> str:
    return f"{PAGE[prepared.lang]['file']} — № {prepared.number}.pdf"


def _signatures(p: Prepared) -> Columns:
    st = styles()
    words = PAGE[p.lang]
    cells = [[TextLine(position, st.body), Spacer(1, 6 * mm), TextLine("____________________", st.body),
              TextLine(name, st.small)]
             for position, name in ((words["responsible"], p.state.responsible),
                                    (words["director"], p.head.director_name))]
    return Columns(cells, [FRAME_WIDTH / 2, None], valign="BOTTOM")


def render(p: Prepared) -> bytes:
    """Pure: no database, no key (a pool thread renders it)."""
    st = styles()
    words = PAGE[p.lang]
    rows = [(clause, asks, live) for (clause, asks), live in
            zip(CLAUSES[p.lang], live_sentences(p.state, p.lang), strict=True)]
    story: list[Flowable] = [
        *letterhead_block(p.head),
        number_line(p.number, format_long_date(p.day, p.lang), p.lang),
        Spacer(1, 3 * mm),
        para(words["title"], st.title),
        para(words["subtitle"].format(date=format_long_date(p.day, p.lang)), st.subtitle),
        grid_table((words["clause"], words["asks"], words["here"]), rows,
                   (22 * mm, 62 * mm, FRAME_WIDTH - 84 * mm)),
        Spacer(1, 3 * mm),
        para(made_line(p.state, p.lang), st.small),
        Spacer(1, 8 * mm),
        _signatures(p),
    ]
    return build([story], title=words["title"], footer=f"№ {p.number}")


def commit(session: Session, p: Prepared, pdf: bytes) -> Issued:
    """Phase three (the database worker): the internal document with its PDF, and the print audit, in one
    transaction; :class:`numbering.NumberTaken` when the series moved since ``prepare``."""
    session.require(Permission.VIEW_AUDIT)
    with session.write() as conn:
        registered = documents.register(session, kind=Kind.INTERNAL, subject=PAGE[p.lang]["title"],
                                        reg_date=p.day, contents=[(file_name(p), pdf)], expect_seq=p.seq)
        session.audit(conn, "print", "document", registered.id, {"form": FORM, "lang": p.lang})
    return Issued(registered.id, registered.number, p.day.isoformat(), p.lang, pdf, p.state)


def make(session: Session, lang: str, now: Callable[[], datetime] = utc_now) -> Issued:
    """All three phases on one session (the command line); numbered again if the register moved."""
    attempts = 0
    while True:
        prepared = prepare(session, lang, now)
        try:
            return commit(session, prepared, render(prepared))
        except numbering.NumberTaken:
            attempts += 1
            if attempts >= ATTEMPTS:
                raise
