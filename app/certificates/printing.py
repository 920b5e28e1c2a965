"""The printed lists and forms that are not numbered certificates: class lists, the pupil-movement
report, alphabetical-book pages, personal-file covers, the consent form. Each reads the records through
the people subsystem's services (rights and reveal audits included) and audits the print itself."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from app.certificates import legal_texts
from app.certificates.register import Cancelled, Progress
from app.certificates.sources import letterhead, pupil_record
from app.errors import InvalidInput
from app.forms.dates import format_long_date, format_short_date
from app.forms.templates import book_page, class_list, consent, movement_report, personal_file
from app.forms.templates.certificate import LANGS
from app.forms.templates.lists import MOVEMENT_KINDS, SEX
from app.forms.templates.style import Letterhead
from app.people import classes as classes_service
from app.people import movements as movements_service
from app.people import pupils as pupils_service
from app.people.classifiers import Classifiers
from app.people.names import clean_text, full_name
from app.people.values import parse_date
from app.security.roles import Permission
from app.security.session import Session

_SENSITIVE_COLUMNS = {"birth_date", "pin", "address"}


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise InvalidInput("certificate.bad_lang", lang=lang)
    return lang


def _short(iso: str | None) -> str:
    return format_short_date(date.fromisoformat(iso)) if iso else ""


def _address(refs: Classifiers, record: dict[str, Any], lang: str) -> str:
    for region_key, address_key in (("act_region", "act_address"), ("reg_region", "reg_address")):
        region = refs.name("ref_region", record.get(region_key), lang)
        parts = [p for p in (region, record.get(address_key) or "") if p]
        if parts:
            return ", ".join(parts)
    return ""


def parse_columns(raw: Sequence[str] | str | None) -> tuple[str, ...]:
    items = raw.split(",") if isinstance(raw, str) else list(raw or [])
    out: list[str] = []
    for item in (clean_text(i).lower().replace("-", "_") for i in items):
        if not item:
            continue
        if item not in class_list.COLUMNS:
            raise InvalidInput("print.bad_column", column=item, columns=", ".join(class_list.COLUMNS))
        if item not in out:
            out.append(item)
    return tuple(out)


# ------------------------------------------------------------------------------ class lists
def _class_list_data(session: Session, klass: classes_service.SchoolClass, lang: str, columns: tuple[str, ...],
                     head: Letterhead, refs: Classifiers) -> class_list.ClassList:
    rows = pupils_service.list_pupils(session, class_ref=klass.id)
    reveal = bool(_SENSITIVE_COLUMNS & set(columns))
    out: list[dict[str, str]] = []
    for row in rows:
        line = {"name": full_name(row["surname"], row["given_name"], row["patronymic"]),
                "sex": SEX[lang].get(row["sex"], ""), "book": row["book"]}
        if reveal:
            record = pupils_service.get_pupil(session, row["id"], reveal=True, lang=lang)
            line.update(birth_date=_short(record.get("birth_date")), pin=record.get("pin") or "",
                        address=_address(refs, record, lang))
        out.append(line)
    teacher = ""
    if klass.teacher_user_id:
        found = session.conn.execute("SELECT full_name FROM app_user WHERE id = ?", (klass.teacher_user_id,)).fetchone()
        teacher = found[0] if found else ""
    return class_list.ClassList(head, klass.name, klass.academic_year, refs.name("ref_language", klass.language, lang),
                                teacher, columns, tuple(out), klass.girls, klass.boys)


def class_list_pdf(session: Session, class_ref: str, lang: str, columns: Sequence[str] | str | None = ()) -> bytes:
    session.require(Permission.VIEW_PEOPLE)
    lang, cols = _lang(lang), parse_columns(columns)
    if _SENSITIVE_COLUMNS & set(cols):
        session.require(Permission.REVEAL_PERSONAL)
    klass = classes_service.resolve_class(session, class_ref)
    classes_service.require_own_class(session, klass.id)   # never an empty table with the real totals
    data = _class_list_data(session, klass, lang, cols, letterhead(session), Classifiers(session.conn))
    pdf = class_list.render(data, lang)
    session.audit_now("print", "class", klass.id, {"form": "class_list", "fields": list(cols)})
    return pdf


def all_class_lists_pdf(session: Session, lang: str, columns: Sequence[str] | str | None = (), *,
                        year: str | None = None, progress: Progress | None = None,
                        cancelled: Callable[[], bool] | None = None) -> bytes:
    session.require(Permission.VIEW_PEOPLE)
    lang, cols = _lang(lang), parse_columns(columns)
    if _SENSITIVE_COLUMNS & set(cols):
        session.require(Permission.REVEAL_PERSONAL)
    classes = classes_service.list_classes(session, year)
    if not classes:
        raise InvalidInput("print.no_classes")
    head, refs = letterhead(session), Classifiers(session.conn)
    lists = []
    for index, klass in enumerate(classes):
        if cancelled is not None and cancelled():
            raise Cancelled()
        lists.append(_class_list_data(session, klass, lang, cols, head, refs))
        if progress is not None:
            progress(index + 1, len(classes) + 1, klass.name)
    pdf = class_list.render_many(lists, lang)
    if progress is not None:
        progress(len(classes) + 1, len(classes) + 1, "")
    session.audit_now("print", "class", "", {"form": "class_lists", "classes": len(classes), "fields": list(cols)})
    return pdf


# ------------------------------------------------------------------------------ movement report
_ARRIVING = ("admission", "transfer_in")
_LEAVING = ("transfer_out", "withdrawal")


def _grade(class_name: str | None) -> int | None:
    if not class_name:
        return None
    head = class_name.split("-", 1)[0]
    return int(head) if head.isdigit() else None


def movement_report_pdf(session: Session, start: object, end: object, lang: str) -> bytes:
    session.require(Permission.VIEW_PEOPLE)
    lang = _lang(lang)
    first = parse_date(start, field="from", not_future=False)
    last = parse_date(end, field="to", not_future=False)
    if first is None or last is None or first > last:
        raise InvalidInput("print.bad_period")
    conn = session.conn
    refs = Classifiers(conn)
    ids = pupils_service.pupil_ids(session, include_inactive=True)
    names = {r["id"]: r for r in pupils_service.pupil_rows(session, ids)}
    arrivals: list[tuple[str, movement_report.MovementRow]] = []
    departures: list[tuple[str, movement_report.MovementRow]] = []
    reasons: Counter[str] = Counter()
    moved: dict[int, Counter[str]] = {}
    for pupil_id in ids:
        for move in movements_service.get_movements(conn, pupil_id):
            if not first.isoformat() <= move.date <= last.isoformat():
                continue
            row = names[pupil_id]
            name = full_name(row["surname"], row["given_name"], row["patronymic"])
            if move.kind in _ARRIVING:
                arrivals.append((move.date, movement_report.MovementRow(
                    _short(move.date), name, move.to_class or "", move.other_school, move.order_number)))
                moved.setdefault(_grade(move.to_class) or 0, Counter())["arrived"] += 1
            elif move.kind in _LEAVING:
                reason = refs.name("ref_movement_reason", move.reason or "other_school", lang)
                other = "; ".join(p for p in (move.other_school, reason) if p)
                departures.append((move.date, movement_report.MovementRow(
                    _short(move.date), name, move.from_class or "", other, move.order_number)))
                reasons[reason] += 1
                moved.setdefault(_grade(move.from_class) or 0, Counter())["left"] += 1
    by_grade: dict[int, list[int]] = {}
    for klass in classes_service.list_classes(session):
        counts = by_grade.setdefault(klass.grade, [0, 0])
        counts[0] += klass.girls
        counts[1] += klass.boys
    grades = sorted(set(by_grade) | {g for g in moved if g})
    data = movement_report.MovementReport(
        letterhead(session), first.isoformat(), last.isoformat(),
        tuple(r for _, r in sorted(arrivals, key=lambda x: x[0])),
        tuple(r for _, r in sorted(departures, key=lambda x: x[0])),
        tuple(sorted(reasons.items(), key=lambda x: (-x[1], x[0]))),
        tuple(movement_report.GradeCount(g, by_grade.get(g, [0, 0])[0], by_grade.get(g, [0, 0])[1],
                                         moved.get(g, Counter())["arrived"], moved.get(g, Counter())["left"])
              for g in grades))
    pdf = movement_report.render(data, lang)
    session.audit_now("print", "movement", "", {"form": "movement_report", "from": first.isoformat(),
                                                "to": last.isoformat()})
    return pdf


# ------------------------------------------------------------------------------ one pupil's papers
def _movement_lines(record: dict[str, Any], refs: Classifiers, lang: str) -> tuple[personal_file.MovementLine, ...]:
    out = []
    for m in record["movements"]:
        change = " → ".join(c for c in (m["from_class"], m["to_class"]) if c)
        reason = refs.name("ref_movement_reason", m["reason"], lang) if m["reason"] else ""
        detail = "; ".join(p for p in (m["other_school"], reason) if p)
        order = f"№ {m['order_number']}" if m["order_number"] else ""
        out.append(personal_file.MovementLine(_short(m["date"]), MOVEMENT_KINDS[lang][m["kind"]], change, detail,
                                              order))
    return tuple(out)


def _guardians(record: dict[str, Any], refs: Classifiers, lang: str) -> tuple[str, ...]:
    return tuple(f"{full_name(g['surname'], g['given_name'], g['patronymic'])}"
                 f" ({refs.name('ref_relation', g['relation'], lang)})" for g in record["guardians"])


def personal_file_pdf(session: Session, pupil_id: str, lang: str) -> bytes:
    lang = _lang(lang)
    record = pupil_record(session, pupil_id, lang)
    refs = Classifiers(session.conn)
    birth = format_long_date(date.fromisoformat(record["birth_date"]), lang) if record.get("birth_date") else ""
    data = personal_file.PersonalFile(
        letterhead(session), record["book"], full_name(record["surname"], record["given_name"], record["patronymic"]),
        SEX[lang].get(record["sex"], ""), birth, record.get("birth_place") or "", _address(refs, record, lang),
        _guardians(record, refs, lang), _movement_lines(record, refs, lang))
    pdf = personal_file.render(data, lang)
    session.audit_now("print", "pupil", pupil_id, {"form": "personal_file"})
    return pdf


def book_page_pdf(session: Session, letter: str, lang: str) -> bytes:
    """The alphabetical-book page of one letter (every pupil ever filed under it)."""
    lang = _lang(lang)
    session.require(Permission.REVEAL_PERSONAL)
    letter = clean_text(letter).upper()[:1]
    ids = pupils_service.pupil_ids(session, include_inactive=True)
    rows = [r for r in pupils_service.pupil_rows(session, ids) if r["book"].startswith(letter + "/")]
    rows.sort(key=lambda r: int(r["book"].split("/", 1)[1]))
    refs = Classifiers(session.conn)
    entries = []
    for row in rows:
        record = pupils_service.get_pupil(session, row["id"], reveal=True, lang=lang)
        admitted = left = ""
        for m in record["movements"]:
            order = f"№ {m['order_number']}" if m["order_number"] else ""
            if m["kind"] in _ARRIVING and not admitted:
                admitted = ", ".join(p for p in (_short(m["date"]), m["to_class"] or "", order) if p)
            if m["kind"] in (*_LEAVING, "graduation"):
                why = MOVEMENT_KINDS[lang][m["kind"]]
                left = ", ".join(p for p in (_short(m["date"]), why, m["other_school"], order) if p)
        entries.append(book_page.BookEntry(record["book"], full_name(record["surname"], record["given_name"],
                                                                     record["patronymic"]),
                                           _short(record.get("birth_date")), _address(refs, record, lang),
                                           admitted, left))
    pdf = book_page.render(book_page.BookPage(letterhead(session), letter, tuple(entries)), lang)
    session.audit_now("print", "pupil", "", {"form": "alphabetical_book", "entries": len(entries)})
    return pdf


def consent_form_pdf(session: Session, pupil_id: str, lang: str) -> bytes:
    lang = _lang(lang)
    record = pupil_record(session, pupil_id, lang)
    refs = Classifiers(session.conn)
    head = letterhead(session)
    text = legal_texts.current(session, "consent", lang)
    notice = legal_texts.current(session, "transfer_notice", lang)
    values = {"school": head.name, "district": head.district or head.region}
    birth = format_long_date(date.fromisoformat(record["birth_date"]), lang) if record.get("birth_date") else ""
    data = consent.ConsentForm(head, full_name(record["surname"], record["given_name"], record["patronymic"]),
                               birth, record.get("class") or "", _guardians(record, refs, lang),
                               text.filled(**values), text.label, notice.filled(**values), notice.label)
    pdf = consent.render(data, lang)
    session.audit_now("print", "pupil", pupil_id, {"form": "consent", "version": text.label})
    return pdf
