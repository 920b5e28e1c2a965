"""The staff register: records with history, subjects, service length, masked lists and audited reveals.
Teachers have no access to it (they see only their own class's pupils)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.clock import now_iso
from app.errors import Conflict, InvalidInput
from app.ids import uuid7
from app.people import history, search
from app.people.classifiers import Classifiers
from app.people.fields import SENSITIVE_FIELDS, STAFF_FIELDS, FieldError, check_record, pin_warnings
from app.people.names import collation_key, full_name
from app.people.pin import mask_pin
from app.people.pupils import Saved, find_duplicates, require_editable
from app.security.roles import Permission
from app.security.session import Session
from db.connection import Connection, IntegrityError

_COLUMNS = tuple(STAFF_FIELDS)


def service_months(hire_date: str | None, dismissal_date: str | None, prior_months: int,
                   today: date | None = None) -> int:
    """Length of service in whole months: prior service plus time here (to dismissal or today)."""
    if not hire_date:
        return prior_months
    start = date.fromisoformat(hire_date)
    end = date.fromisoformat(dismissal_date) if dismissal_date else (today or date.today())
    months = (end.year - start.year) * 12 + end.month - start.month - (1 if end.day < start.day else 0)
    return prior_months + max(months, 0)


def insert_staff(conn: Connection, user_id: str | None, values: dict[str, Any], rowid: int,
                 subjects: list[str] | None = None) -> Saved:
    staff_id = uuid7()
    now = now_iso()
    row = {name: values.get(name) for name in _COLUMNS}
    for name, spec in STAFF_FIELDS.items():
        if spec[0] in ("name", "text", "phone") and row[name] is None:
            row[name] = ""
    if row["prior_service_months"] is None:
        row["prior_service_months"] = 0
    names = full_name(str(row["surname"]), str(row["given_name"]), str(row["patronymic"] or ""))
    cols = ", ".join(_COLUMNS)
    marks = ", ".join("?" for _ in _COLUMNS)
    try:
        conn.execute(
            f"INSERT INTO staff (id, {cols}, sort_key, search_rowid, created_at, created_by, updated_at)"  # noqa: S608
            f" VALUES (?, {marks}, ?, ?, ?, ?, ?)",
            (staff_id, *row.values(), collation_key(names), rowid, now, user_id, now))
    except IntegrityError:
        raise Conflict("pin.duplicate") from None
    for subject in subjects or []:
        conn.execute("INSERT OR IGNORE INTO staff_subject (staff_id, subject) VALUES (?, ?)", (staff_id, subject))
    search.index_row(conn, "staff_search", rowid, names, row["pin"], new=True)
    history.record(conn, user_id, "staff", staff_id, "create", [n for n, v in row.items() if v not in (None, "")])
    return Saved(staff_id, pin_warnings(values))


def resolve_subjects(refs: Classifiers, raw: object) -> list[str]:
    """Codes for subjects given as codes or names: a list, or text "a, b; c" (a spreadsheet cell)."""
    if isinstance(raw, list | tuple | set):
        parts = [str(x) for x in raw]
    else:
        parts = str(raw or "").replace(";", ",").split(",")
    items = [part.strip() for part in parts if part.strip()]
    codes = []
    for item in items:
        code = refs.resolve("ref_subject", item)
        if code is None:
            raise FieldError("subjects", "value.unknown_code")
        codes.append(code)
    return codes


def create_staff(session: Session, data: dict[str, Any], *, subjects: object = None,
                 confirm_duplicate: bool = False) -> Saved:
    session.require(Permission.EDIT_PEOPLE)
    session.require(Permission.VIEW_STAFF)
    conn = session.conn
    refs = Classifiers(conn)
    checked = check_record(STAFF_FIELDS, data, refs)
    checked.raise_first()
    codes = resolve_subjects(refs, subjects)
    for _sid, reason in find_duplicates(conn, checked.values, table="staff"):
        if reason == "pin":
            raise Conflict("pin.duplicate")
        if not confirm_duplicate:
            raise Conflict("person.possible_duplicate")
    with session.write() as w:
        saved = insert_staff(w, session.user.id, checked.values, search.next_rowid(w, "staff"), codes)
        session.audit(w, "person.create", "staff", saved.id,
                      {"fields": sorted(k for k, v in checked.values.items() if v)})
    return saved


def update_staff(session: Session, staff_id: str, changes: dict[str, Any], *, subjects: object = None) -> Saved:
    """Change fields of a staff record; ``subjects`` (codes or names, a list or "a, b"; None = unchanged)
    replaces the subjects taught. One transaction, one history entry, one audit record."""
    session.require(Permission.EDIT_PEOPLE)
    session.require(Permission.VIEW_STAFF)
    conn = session.conn
    require_editable(conn, "staff", staff_id)
    refs = Classifiers(conn)
    checked = check_record(STAFF_FIELDS, changes, refs, partial=True)
    checked.raise_first()
    current = _raw(conn, staff_id)
    changed = {k: v for k, v in checked.values.items() if current.get(k) != v}
    merged = {**current, **changed}
    taught = _subjects(conn, staff_id)
    codes = taught
    if subjects is not None:
        codes = sorted(set(resolve_subjects(refs, subjects)))
    if not changed and codes == taught:
        return Saved(staff_id, pin_warnings(merged))
    for _sid, reason in find_duplicates(conn, merged, exclude_id=staff_id, table="staff"):
        if reason == "pin":
            raise Conflict("pin.duplicate")
    names = full_name(merged["surname"], merged["given_name"], merged["patronymic"])
    old = {k: current.get(k) for k in changed}
    with session.write() as w:
        if changed:
            sets = ", ".join(f"{k} = ?" for k in changed)
            w.execute(f"UPDATE staff SET {sets}, sort_key = ?, updated_at = ? WHERE id = ?",  # noqa: S608
                      (*changed.values(), collation_key(names), now_iso(), staff_id))
            rowid = w.execute("SELECT search_rowid FROM staff WHERE id = ?", (staff_id,)).fetchone()[0]
            search.index_row(w, "staff_search", rowid, names, merged["pin"])
        if codes != taught:
            w.execute("DELETE FROM staff_subject WHERE staff_id = ?", (staff_id,))
            w.executemany("INSERT INTO staff_subject (staff_id, subject) VALUES (?, ?)",
                          [(staff_id, code) for code in codes])
            w.execute("UPDATE staff SET updated_at = ? WHERE id = ?", (now_iso(), staff_id))
            old["subjects"] = taught
        history.record(w, session.user.id, "staff", staff_id, "update", list(old), old)
        session.audit(w, "person.update", "staff", staff_id, {"fields": sorted(old)})
    return Saved(staff_id, pin_warnings(merged))


def _subjects(conn: Connection, staff_id: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT subject FROM staff_subject WHERE staff_id = ? ORDER BY subject",
                                       (staff_id,))]


def _raw(conn: Connection, staff_id: str) -> dict[str, Any]:
    row = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM staff WHERE id = ?", (staff_id,)).fetchone()  # noqa: S608
    if row is None:
        raise InvalidInput("person.not_found")
    return dict(zip(_COLUMNS, row, strict=True))


def staff_ids(session: Session, *, query: str = "", include_dismissed: bool = False) -> list[str]:
    session.require(Permission.VIEW_STAFF)
    where = ["blocked_at IS NULL"]
    params: list[Any] = []
    if not include_dismissed:
        where.append("dismissal_date IS NULL")
    if query.strip():
        match = search.build_match(query)
        if match is None or match.startswith("book"):
            return []
        where.append("search_rowid IN (SELECT rowid FROM staff_search WHERE staff_search MATCH ?)")
        params.append(match)
    sql = f"SELECT id FROM staff WHERE {' AND '.join(where)} ORDER BY sort_key, id"  # noqa: S608
    return [r[0] for r in session.conn.execute(sql, params)]


def staff_rows(session: Session, ids: list[str], lang: str = "ky") -> list[dict[str, Any]]:
    session.require(Permission.VIEW_STAFF)
    refs = Classifiers(session.conn)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        sql = ("SELECT id, surname, given_name, patronymic, sex, position, pin, phone, hire_date, dismissal_date,"  # noqa: S608
               f" prior_service_months, workload_hours FROM staff WHERE id IN ({marks})")
        for r in session.conn.execute(sql, chunk):
            found[r[0]] = {
                "id": r[0], "surname": r[1], "given_name": r[2], "patronymic": r[3], "sex": r[4],
                "position": refs.name("ref_position", r[5], lang), "pin": mask_pin(r[6]),
                "phone": "•••" if r[7] else "", "hire_date": r[8], "dismissal_date": r[9],
                "service_months": service_months(r[8], r[9], r[10]), "workload_hours": r[11],
            }
    return [found[i] for i in ids if i in found]


def list_staff(session: Session, *, query: str = "", include_dismissed: bool = False,
               lang: str = "ky") -> list[dict[str, Any]]:
    return staff_rows(session, staff_ids(session, query=query, include_dismissed=include_dismissed), lang)


def get_staff(session: Session, staff_id: str, *, reveal: bool = True) -> dict[str, Any]:
    session.require(Permission.VIEW_STAFF)
    if reveal:
        session.require(Permission.REVEAL_PERSONAL)
    conn = session.conn
    record = _raw(conn, staff_id)
    extra = conn.execute("SELECT blocked_at, depersonalised_at, created_at, updated_at FROM staff WHERE id = ?",
                         (staff_id,)).fetchone()
    out: dict[str, Any] = {"id": staff_id, **record, "blocked": bool(extra[0]), "depersonalised": bool(extra[1]),
                           "created_at": extra[2], "updated_at": extra[3],
                           "subjects": _subjects(conn, staff_id),
                           "service_months": service_months(record["hire_date"], record["dismissal_date"],
                                                            record["prior_service_months"]),
                           "history": history.entries(conn, "staff", staff_id)}
    if reveal:
        session.audit_now("person.reveal", "staff", staff_id, {"fields": sorted(STAFF_FIELDS)})
    else:
        for name in SENSITIVE_FIELDS & set(out):
            if out[name]:
                out[name] = mask_pin(out[name]) if name == "pin" else "•••"
    return out
