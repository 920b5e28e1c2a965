"""The issued-certificates register.

Numbering: each series (the template) runs 1, 2, 3 … per calendar year, with an optional prefix from
the settings ("01-07/12"). The next number is read and the row inserted inside one BEGIN IMMEDIATE
transaction, so two issuers (the GUI and a CLI call, two PCs on a share) queue and never get the same
number or leave a gap; UNIQUE (series, year, seq) is the last guard. A voided certificate keeps its
number. The row keeps the snapshot of what was printed and the PDF's SHA-256: a reprint renders the
snapshot again and must give the same bytes, whatever happened to the record since.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from reportlab.platypus import Flowable

from app.admin import settings as settings_service
from app.admin.settings import SettingSpec
from app.certificates import sources
from app.certificates import verification as qr
from app.certificates.digest import render_digest
from app.clock import now_iso
from app.documents import outbox
from app.errors import Conflict, InvalidInput, KenseError
from app.forms.templates import employment, study, transfer
from app.forms.templates.certificate import LANGS, Issue, Template
from app.forms.templates.style import build
from app.ids import uuid7
from app.people.names import clean_text
from app.security.roles import Permission
from app.security.session import Session
from db.connection import Connection

TEMPLATES: dict[str, Template] = {t.kind: t for t in (study.TEMPLATE, employment.TEMPLATE, transfer.TEMPLATE)}
MAX_PURPOSE = 200


def _prefix(value: Any) -> str:
    text = clean_text(value)
    if len(text) > 20 or "|" in text:
        raise ValueError
    return text


for _kind in TEMPLATES:
    settings_service.declare(SettingSpec(f"certificate_prefix_{_kind}", "", _prefix,
                                         "up to 20 characters, no '|' (e.g. 01-07/)"))

Progress = Callable[[int, int, str], None]


class Cancelled(KenseError):
    def __init__(self) -> None:
        super().__init__("certificate.cancelled")


@dataclass(frozen=True)
class Issued:
    id: str
    number: str
    issued_on: str
    verification: str
    template: str
    lang: str
    pdf: bytes
    data: Any

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "number": self.number, "issued_on": self.issued_on,
                "verification": self.verification, "template": self.template, "lang": self.lang}


def template_of(kind: str) -> Template:
    found = TEMPLATES.get(clean_text(kind).lower())
    if found is None:
        raise InvalidInput("certificate.bad_template", template=kind, templates=", ".join(TEMPLATES))
    return found


def check_lang(lang: str) -> str:
    lang = clean_text(lang).lower()
    if lang not in LANGS:
        raise InvalidInput("certificate.bad_lang", lang=lang)
    return lang


def check_purpose(purpose: str | None) -> str:
    text = clean_text(purpose)
    if len(text) > MAX_PURPOSE:
        raise InvalidInput("certificate.purpose_too_long", limit=MAX_PURPOSE)
    return text


# ------------------------------------------------------------------------------ issuing
PREVIEW_MARK = {"ky": "ҮЛГҮ — НОМЕР БЕРИЛЕ ЭЛЕК", "ru": "ОБРАЗЕЦ — НОМЕР НЕ ПРИСВОЕН"}


def preview(session: Session, template: str, person_id: str, lang: str, purpose: str | None = "") -> bytes:
    """The certificate as it would print, from the record, without taking a number: no number, no QR,
    a diagonal "preview" mark. Nothing is written to the register."""
    session.require(Permission.ISSUE_CERTIFICATES)
    tpl, lang, purpose = template_of(template), check_lang(lang), check_purpose(purpose)
    data = sources.certificate_data(session, tpl.kind, person_id, lang, purpose)
    data = replace(data, issue=Issue(number="—", issued_on=date.today().isoformat()))
    return build([tpl.story(data, lang)], title=tpl.title[lang], watermark=PREVIEW_MARK[lang])


def issue(session: Session, template: str, person_id: str, lang: str, purpose: str | None = "", *,
          day: date | None = None) -> Issued:
    """Issue one certificate: the next number, the QR, the PDF, the register row, the audit entry."""
    session.require(Permission.ISSUE_CERTIFICATES)
    tpl, lang, purpose = template_of(template), check_lang(lang), check_purpose(purpose)
    data = sources.certificate_data(session, tpl.kind, person_id, lang, purpose)
    issued, pdf = issue_many_data(session, tpl, [(person_id, data)], lang, day=day)
    return replace(issued[0], pdf=pdf)


def _next_seq(conn: Connection, series: str, year: int) -> int:
    row = conn.execute("SELECT coalesce(max(seq), 0) FROM certificate WHERE series = ? AND year = ?",
                       (series, year)).fetchone()
    return int(row[0]) + 1


def _insert(conn: Connection, session: Session, tpl: Template, person_id: str, lang: str, data: Any,
            day: date, school_id: str, key: bytes, prefix: str) -> Issued:
    seq = _next_seq(conn, tpl.kind, day.year)
    number = f"{prefix}{seq}"
    iso_day = day.isoformat()
    check = qr.checksum(key, school_id, tpl.kind, number, iso_day)
    text = qr.qr_text(school_id, tpl.kind, number, iso_day, check)
    data = replace(data, issue=Issue(number=number, issued_on=iso_day, qr_text=text))
    snapshot = data.to_json()
    cert_id = uuid7()
    conn.execute(
        "INSERT INTO certificate (id, series, year, seq, number, template, lang, person_kind, person_id,"
        " person_name, purpose, issued_on, issued_at, issued_by, snapshot, render_digest, checksum)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (cert_id, tpl.kind, day.year, seq, number, tpl.kind, lang, tpl.person_kind, person_id, data.full_name,
         data.purpose, iso_day, now_iso(), session.user.id, json.dumps(snapshot, ensure_ascii=False),
         render_digest(tpl, lang, snapshot), check))
    outbox.enqueue(conn, "certificate", cert_id, 1)   # the district's register of issued certificates
    session.audit(conn, "certificate.issue", "certificate", cert_id,
                  {"template": tpl.kind, "lang": lang, "number": number, "person_kind": tpl.person_kind,
                   "person_id": person_id, "fields": ["purpose"] if data.purpose else []})
    return Issued(cert_id, number, iso_day, text, tpl.kind, lang, b"", data)


def issue_many_data(session: Session, tpl: Template, items: Sequence[tuple[str, Any]], lang: str, *,
                    day: date | None = None, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> tuple[list[Issued], bytes]:
    """Number prepared certificates and render them, each page once, into one PDF — all inside one
    transaction: every certificate is issued together with its document, or (on an error or a cancel,
    also during the rendering) none is. Returns the register entries and the PDF."""
    session.require(Permission.ISSUE_CERTIFICATES)
    day = day or date.today()
    prefix = str(settings_service.get(session, f"certificate_prefix_{tpl.kind}") or "")
    out: list[Issued] = []

    def page_done(page: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(page, len(items), "")

    with session.write() as w:
        school_id = w.execute("SELECT id FROM school").fetchone()[0]
        key = qr.school_key(w, school_id)
        for person_id, data in items:
            if cancelled is not None and cancelled():
                raise Cancelled()
            out.append(_insert(w, session, tpl, person_id, lang, data, day, school_id, key, prefix))
        pdf = combine(out, on_page=page_done)
    return out, pdf


def issue_for_class(session: Session, template: str, class_ref: str, lang: str, purpose: str | None = "", *,
                    day: date | None = None, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> tuple[list[Issued], bytes]:
    """Certificates for every active pupil of a class, each registered, and all of them in one PDF."""
    from app.people import pupils as pupils_service

    session.require(Permission.ISSUE_CERTIFICATES)
    tpl, lang, purpose = template_of(template), check_lang(lang), check_purpose(purpose)
    if tpl.person_kind != "pupil":
        raise InvalidInput("certificate.bad_template", template=template, templates="study, transfer")
    rows = pupils_service.list_pupils(session, class_ref=class_ref)
    if not rows:
        raise InvalidInput("certificate.empty_class")
    head = sources.letterhead(session)
    total = 2 * len(rows)
    items: list[tuple[str, Any]] = []
    data: Any
    for index, row in enumerate(rows):   # reading (and auditing the reveals) first, then one write
        if cancelled is not None and cancelled():
            raise Cancelled()
        if tpl.kind == "study":
            record = sources.pupil_record(session, row["id"], lang)
            data = sources.study_data(session, row["id"], lang, purpose, record=record, head=head)
        else:
            data = sources.transfer_data(session, row["id"], lang, purpose)
        items.append((row["id"], data))
        if progress is not None:
            progress(index + 1, total, "")

    def step(done: int, _total: int, text: str) -> None:
        if progress is not None:
            progress(len(rows) + done, total, text)

    return issue_many_data(session, tpl, items, lang, day=day, progress=step, cancelled=cancelled)


def combine(issued: Sequence[Issued], *, on_page: Callable[[int], None] | None = None) -> bytes:
    """Several issued certificates in one PDF, page for page as they were registered. One certificate
    alone gives exactly the document a reprint gives."""
    stories: list[list[Flowable]] = [TEMPLATES[i.template].story(i.data, i.lang) for i in issued]
    first = issued[0]
    return build(stories, title=TEMPLATES[first.template].title[first.lang], on_page=on_page)


# ------------------------------------------------------------------------------ the register
_SELECT = ("SELECT c.id, c.number, c.series, c.year, c.seq, c.template, c.lang, c.person_kind, c.person_id,"
           " c.person_name, c.purpose, c.issued_on, c.issued_at, u.login, c.voided_at, c.void_reason"
           " FROM certificate c LEFT JOIN app_user u ON u.id = c.issued_by")
_KEYS = ("id", "number", "series", "year", "seq", "template", "lang", "person_kind", "person_id", "person_name",
         "purpose", "issued_on", "issued_at", "issued_by", "voided_at", "void_reason")


def _row(r: Sequence[Any]) -> dict[str, Any]:
    out = dict(zip(_KEYS, r, strict=True))
    out["status"] = "void" if out["voided_at"] else "valid"
    return out


def list_certificates(session: Session, *, year: int | None = None, template: str | None = None,
                      person_id: str | None = None, query: str = "", include_void: bool = True,
                      status: str | None = None, date_from: date | None = None, date_to: date | None = None,
                      limit: int = 1000) -> list[dict[str, Any]]:
    """Newest first. ``status``: "valid" or "void" only; the period bounds the certificate's date."""
    session.require(Permission.VIEW_CERTIFICATES)
    where: list[str] = []
    params: list[Any] = []
    if year is not None:
        where.append("c.year = ?")
        params.append(int(year))
    if template:
        where.append("c.series = ?")
        params.append(template_of(template).kind)
    if person_id:
        where.append("c.person_id = ?")
        params.append(person_id)
    if not include_void or status == "valid":
        where.append("c.voided_at IS NULL")
    elif status == "void":
        where.append("c.voided_at IS NOT NULL")
    if date_from is not None:
        where.append("c.issued_on >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        where.append("c.issued_on <= ?")
        params.append(date_to.isoformat())
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY c.issued_at DESC, c.id DESC"
    rows = [_row(r) for r in session.conn.execute(sql, params)]
    text = clean_text(query).lower()
    if text:  # names are Cyrillic: SQLite's LIKE would not fold their case, Python does
        rows = [r for r in rows if text in r["person_name"].lower() or text in r["number"].lower()]
    return rows[:limit]


def find(session: Session, ref: str, *, template: str | None = None, year: int | None = None) -> dict[str, Any]:
    """A certificate by register id or by its printed number (plus template/year when that is ambiguous)."""
    session.require(Permission.VIEW_CERTIFICATES)
    ref = clean_text(ref)
    row = session.conn.execute(_SELECT + " WHERE c.id = ?", (ref,)).fetchone()
    if row is not None:
        return _row(row)
    where: list[str] = ["c.number = ?"]
    params: list[Any] = [ref]
    if template:
        where.append("c.series = ?")
        params.append(template_of(template).kind)
    if year is not None:
        where.append("c.year = ?")
        params.append(int(year))
    rows = session.conn.execute(_SELECT + " WHERE " + " AND ".join(where), params).fetchall()
    if not rows:
        raise InvalidInput("certificate.not_found", number=ref)
    if len(rows) > 1:
        raise InvalidInput("certificate.ambiguous", number=ref)
    return _row(rows[0])


def reprint(session: Session, ref: str, *, template: str | None = None, year: int | None = None) -> bytes:
    """The same document again (same number, date, bytes) from the stored snapshot; audited as a print."""
    session.require(Permission.ISSUE_CERTIFICATES)
    found = find(session, ref, template=template, year=year)
    if found["voided_at"]:
        raise Conflict("certificate.voided", number=found["number"])
    snapshot, digest = session.conn.execute("SELECT snapshot, render_digest FROM certificate WHERE id = ?",
                                            (found["id"],)).fetchone()
    tpl = TEMPLATES[found["template"]]
    stored = json.loads(snapshot)
    if render_digest(tpl, found["lang"], stored) != digest:  # snapshot altered, or the renderer changed
        raise KenseError("certificate.reprint_differs", number=found["number"])
    pdf = tpl.render(tpl.from_json(stored), found["lang"])
    session.audit_now("print", "certificate", found["id"], {"reprint": True, "template": tpl.kind})
    return pdf


def void(session: Session, ref: str, reason: str, *, template: str | None = None,
         year: int | None = None) -> dict[str, Any]:
    session.require(Permission.ISSUE_CERTIFICATES)
    reason = clean_text(reason)
    if not reason:
        raise InvalidInput("certificate.reason_required")
    if len(reason) > MAX_PURPOSE:
        raise InvalidInput("certificate.purpose_too_long", limit=MAX_PURPOSE)
    found = find(session, ref, template=template, year=year)
    if found["voided_at"]:
        raise Conflict("certificate.already_void", number=found["number"])
    with session.write() as w:
        changed = w.execute("UPDATE certificate SET voided_at = ?, voided_by = ?, void_reason = ?"
                            " WHERE id = ? AND voided_at IS NULL",
                            (now_iso(), session.user.id, reason, found["id"])).rowcount
        if changed != 1:  # voided by someone else between the read and the write
            raise Conflict("certificate.already_void", number=found["number"])
        outbox.enqueue(w, "certificate", found["id"], 2)   # the void is a fact of its own: version 2
        session.audit(w, "certificate.void", "certificate", found["id"],
                      {"number": found["number"], "fields": ["void_reason"]})
    return find(session, found["id"])
