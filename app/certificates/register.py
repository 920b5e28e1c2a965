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
from app.certificates import keeping, sources
from app.certificates import verification as qr
from app.certificates.digest import render_digest
from app.certificates.kinds import CERTIFICATE_KINDS
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
if tuple(TEMPLATES) != CERTIFICATE_KINDS:   # the command line offers CERTIFICATE_KINDS without loading these
    raise RuntimeError("app.certificates.kinds.CERTIFICATE_KINDS differs from the templates")
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


class NumbersTaken(Conflict):
    """Another issuer took the next number between numbering and writing: number and render again."""

    def __init__(self) -> None:
        super().__init__("certificate.numbers_taken")


@dataclass(frozen=True)
class Numbered:
    issued: Issued      # number, date, QR text and the data as printed (no PDF yet)
    seq: int
    person_id: str
    check: str


@dataclass(frozen=True)
class Batch:
    """Certificates read and numbered, nothing written yet: everything the render needs, and the number
    the register must still be at when they are written. Holds no key."""

    template: str
    lang: str
    year: int
    first_seq: int
    items: tuple[Numbered, ...]

    def issued(self) -> list[Issued]:
        return [n.issued for n in self.items]


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    digests: tuple[str, ...]   # the render digest of each certificate (app.certificates.digest)
    alone: tuple[bytes, ...]   # each certificate's own PDF, kept for every later reprint


def number(session: Session, tpl: Template, items: Sequence[tuple[str, Any]], lang: str, *,
           day: date | None = None) -> Batch:
    """Give prepared certificates the next numbers of their series and their QR codes, writing nothing.
    The per-school QR key is used here, on the caller's connection, and does not leave this call."""
    session.require(Permission.ISSUE_CERTIFICATES)
    day = day or date.today()
    prefix = str(settings_service.get(session, f"certificate_prefix_{tpl.kind}") or "")
    conn = session.conn
    school_id = conn.execute("SELECT id FROM school").fetchone()[0]
    key = qr.school_key(conn, school_id)
    first = _next_seq(conn, tpl.kind, day.year)
    iso_day = day.isoformat()
    out: list[Numbered] = []
    for offset, (person_id, data) in enumerate(items):
        seq = first + offset
        code = f"{prefix}{seq}"
        check = qr.checksum(key, school_id, tpl.kind, code, iso_day)
        text = qr.qr_text(school_id, tpl.kind, code, iso_day, check)
        printed = replace(data, issue=Issue(number=code, issued_on=iso_day, qr_text=text))
        out.append(Numbered(Issued(uuid7(), code, iso_day, text, tpl.kind, lang, b"", printed), seq, person_id, check))
    del key
    return Batch(tpl.kind, lang, day.year, first, tuple(out))


def render(batch: Batch, *, on_page: Callable[[int], None] | None = None) -> Rendered:
    """The batch's one PDF and each certificate's render digest. Pure: no database, no key — this runs
    where rendering belongs (a pool thread), never inside a write transaction."""
    tpl = TEMPLATES[batch.template]
    digests = tuple(render_digest(tpl, batch.lang, n.issued.data.to_json()) for n in batch.items)
    pdf = combine(batch.issued(), on_page=on_page)
    # One alone is exactly the combined PDF; a batch page is rendered alone once more.
    alone = (pdf,) if len(batch.items) == 1 else tuple(tpl.render(n.issued.data, batch.lang) for n in batch.items)
    return Rendered(pdf, digests, alone)


def commit(session: Session, batch: Batch, rendered: Rendered) -> list[Issued]:
    """Write the numbered, rendered batch into the register in one transaction — all or none — if the
    series is still where it was numbered (:class:`NumbersTaken` otherwise: nothing written)."""
    session.require(Permission.ISSUE_CERTIFICATES)
    tpl = TEMPLATES[batch.template]
    with session.write() as w:
        if _next_seq(w, batch.template, batch.year) != batch.first_seq:
            raise NumbersTaken()
        for item, digest, alone in zip(batch.items, rendered.digests, rendered.alone, strict=True):
            _insert(w, session, tpl, item, digest)
            keeping.keep(w, item.issued.id, alone)
    return [replace(n.issued, pdf=b"") for n in batch.items]


def _insert(conn: Connection, session: Session, tpl: Template, item: Numbered, digest: str) -> None:
    issued = item.issued
    data = issued.data
    conn.execute(
        "INSERT INTO certificate (id, series, year, seq, number, template, lang, person_kind, person_id,"
        " person_name, purpose, issued_on, issued_at, issued_by, snapshot, render_digest, checksum)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (issued.id, tpl.kind, int(issued.issued_on[:4]), item.seq, issued.number, tpl.kind, issued.lang,
         tpl.person_kind, item.person_id, data.full_name, data.purpose, issued.issued_on, now_iso(),
         session.user.id, json.dumps(data.to_json(), ensure_ascii=False), digest, item.check))
    outbox.enqueue(conn, "certificate", issued.id, 1)   # the district's register of issued certificates
    session.audit(conn, "certificate.issue", "certificate", issued.id,
                  {"template": tpl.kind, "lang": issued.lang, "number": issued.number, "person_kind": tpl.person_kind,
                   "person_id": item.person_id, "fields": ["purpose"] if data.purpose else []})


NUMBERING_ATTEMPTS = 3


def issue_many_data(session: Session, tpl: Template, items: Sequence[tuple[str, Any]], lang: str, *,
                    day: date | None = None, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> tuple[list[Issued], bytes]:
    """Number prepared certificates, render them (each page once) into one PDF, then write them: every
    certificate is registered together with its document, or (on an error, or a cancel during the
    rendering) none is. The write transaction holds no rendering. Returns the register entries and the PDF."""
    def page_done(page: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(page, len(items), "")

    for _attempt in range(NUMBERING_ATTEMPTS):
        if cancelled is not None and cancelled():
            raise Cancelled()
        batch = number(session, tpl, items, lang, day=day)
        rendered = render(batch, on_page=page_done)
        try:
            return commit(session, batch, rendered), rendered.pdf
        except NumbersTaken:
            continue
    raise NumbersTaken()


def read_class(session: Session, template: str, class_ref: str, lang: str, purpose: str | None = "", *,
               progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
               ) -> tuple[Template, list[tuple[str, Any]]]:
    """What the certificates of every active pupil of a class print (reading audits the reveals)."""
    from app.people import pupils as pupils_service

    session.require(Permission.ISSUE_CERTIFICATES)
    tpl, lang, purpose = template_of(template), check_lang(lang), check_purpose(purpose)
    if tpl.person_kind != "pupil":
        raise InvalidInput("certificate.bad_template", template=template, templates="study, transfer")
    rows = pupils_service.list_pupils(session, class_ref=class_ref)
    if not rows:
        raise InvalidInput("certificate.empty_class")
    head = sources.letterhead(session)
    items: list[tuple[str, Any]] = []
    data: Any
    for index, row in enumerate(rows):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if tpl.kind == "study":
            record = sources.pupil_record(session, row["id"], lang)
            data = sources.study_data(session, row["id"], lang, purpose, record=record, head=head)
        else:
            data = sources.transfer_data(session, row["id"], lang, purpose)
        items.append((row["id"], data))
        if progress is not None:
            progress(index + 1, len(rows), "")
    return tpl, items


def prepare_class(session: Session, template: str, class_ref: str, lang: str, purpose: str | None = "", *,
                  day: date | None = None, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> Batch:
    """Phase one of a class batch (on the database worker): read every pupil and number them."""
    tpl, items = read_class(session, template, class_ref, lang, purpose, progress=progress, cancelled=cancelled)
    return number(session, tpl, items, check_lang(lang), day=day)


def issue_for_class(session: Session, template: str, class_ref: str, lang: str, purpose: str | None = "", *,
                    day: date | None = None, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> tuple[list[Issued], bytes]:
    """Certificates for every active pupil of a class, each registered, and all of them in one PDF."""
    total = [0]

    def reading(done: int, count: int, text: str) -> None:
        total[0] = 2 * count
        if progress is not None:
            progress(done, total[0], text)

    def rendering(done: int, count: int, text: str) -> None:
        if progress is not None:
            progress(count + done, 2 * count, text)

    tpl, items = read_class(session, template, class_ref, lang, purpose, progress=reading, cancelled=cancelled)
    return issue_many_data(session, tpl, items, check_lang(lang), day=day, progress=rendering, cancelled=cancelled)


def combine(issued: Sequence[Issued], *, on_page: Callable[[int], None] | None = None) -> bytes:
    """Several issued certificates in one PDF, page for page as they were registered. One certificate
    alone gives exactly the document a reprint gives."""
    stories: list[list[Flowable]] = [TEMPLATES[i.template].story(i.data, i.lang) for i in issued]
    first = issued[0]
    return build(stories, title=TEMPLATES[first.template].title[first.lang], on_page=on_page)


# ------------------------------------------------------------------------------ the register
_SELECT = ("SELECT c.id, c.number, c.series, c.year, c.seq, c.template, c.lang, c.person_kind, c.person_id,"
           " c.person_name, c.purpose, c.issued_on, c.issued_at, u.login, c.voided_at, c.void_reason,"
           " coalesce(nullif(u.full_name, ''), u.login)"
           " FROM certificate c LEFT JOIN app_user u ON u.id = c.issued_by")
_KEYS = ("id", "number", "series", "year", "seq", "template", "lang", "person_kind", "person_id", "person_name",
         "purpose", "issued_on", "issued_at", "issued_by", "voided_at", "void_reason", "issued_by_name")


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
    tpl = TEMPLATES[found["template"]]
    pdf = keeping.load(session.conn, found["id"], found["number"])
    if pdf is None:   # issued before documents were kept: render it while this build still draws it as issued
        snapshot, digest = session.conn.execute("SELECT snapshot, render_digest FROM certificate WHERE id = ?",
                                                (found["id"],)).fetchone()
        pdf = keeping.render_matching(tpl, found["lang"], snapshot, digest)
        if pdf is None:  # snapshot altered, or an older renderer drew it differently
            raise KenseError("certificate.reprint_differs", number=found["number"])
        with session.write() as w:
            if keeping.load(w, found["id"], found["number"]) is None:
                keeping.keep(w, found["id"], pdf)
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
