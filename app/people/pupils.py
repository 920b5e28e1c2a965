"""The pupil register: create, correct (with history), read (masked lists, audited reveals), search,
guardians, consents and sensitive flags with a stated purpose."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.clock import now_iso
from app.errors import Conflict, InvalidInput, RecordRefused
from app.ids import uuid7
from app.people import classes as classes_service
from app.people import history, movements, search
from app.people.classifiers import Classifiers
from app.people.fields import PUPIL_FIELDS, Checked, FieldError, Issue, check_record, pin_warnings
from app.people.names import book_letter, clean_text, collation_key, full_name, normalise_name
from app.people.pin import mask_pin, parse_pin
from app.people.values import class_name, parse_date
from app.security.roles import Permission
from app.security.session import Session
from db import bulk
from db.connection import Connection, IntegrityError

_COLUMNS = tuple(PUPIL_FIELDS)


@dataclass
class Saved:
    id: str
    warnings: list[Issue] = field(default_factory=list)
    book: str = ""


# ----------------------------------------------------------------------------- shared checks
def require_editable(conn: Connection, kind: str, person_id: str) -> None:
    table = "pupil" if kind == "pupil" else "staff"
    row = conn.execute(f"SELECT blocked_at, depersonalised_at FROM {table} WHERE id = ?",  # noqa: S608
                       (person_id,)).fetchone()
    if row is None:
        raise InvalidInput("person.not_found")
    if row[0]:
        raise Conflict("person.blocked")
    if row[1]:
        raise Conflict("person.depersonalised")


def require_visible(session: Session, pupil_id: str) -> None:
    """Teachers see the pupils of their own classes only."""
    scope = classes_service.teacher_scope(session)
    if scope is None:
        return
    rows = session.conn.execute("SELECT class_id FROM enrolment WHERE pupil_id = ? AND end_date IS NULL",
                                (pupil_id,)).fetchall()
    if not any(r[0] in scope for r in rows):
        raise RecordRefused("person.not_in_your_class")


def find_duplicates(conn: Connection, values: dict[str, Any], exclude_id: str | None = None,
                    table: str = "pupil") -> list[tuple[str, str]]:
    """(id, reason) of records that look like the same person: same PIN, or same name + birth date."""
    if table not in ("pupil", "staff"):
        raise ValueError(table)
    found: list[tuple[str, str]] = []
    if values.get("pin"):
        for (pid,) in conn.execute(f"SELECT id FROM {table} WHERE pin = ?", (values["pin"],)):  # noqa: S608
            if pid != exclude_id:
                found.append((pid, "pin"))
    if values.get("birth_date"):
        key = collation_key(full_name(values["surname"], values["given_name"], values.get("patronymic", "")))
        for (pid,) in conn.execute(f"SELECT id FROM {table} WHERE birth_date = ? AND sort_key = ?",  # noqa: S608
                                   (values["birth_date"], key)):
            if pid != exclude_id and (pid, "pin") not in found:
                found.append((pid, "name_birth"))
    return found


# ----------------------------------------------------------------------------- writing
class Allocator:
    """Search-row ids and alphabetical-book numbers, read once and counted up in memory, so a bulk
    insert (an import, the demo) does not query per row. Use inside one write transaction."""

    def __init__(self, conn: Connection) -> None:
        self._rowid = search.next_rowid(conn, "pupil")
        self._books = {r[0]: int(r[1]) for r in conn.execute(
            "SELECT book_letter, max(book_number) FROM pupil WHERE book_letter IS NOT NULL GROUP BY book_letter")}

    def rowid(self) -> int:
        value = self._rowid
        self._rowid += 1
        return value

    def book(self, surname: str) -> tuple[str, int]:
        letter = book_letter(surname)
        number = self._books.get(letter, 0) + 1
        self._books[letter] = number
        return letter, number


_INSERT_COLUMNS = ("id", *_COLUMNS, "book_letter", "book_number", "sort_key", "search_rowid", "created_at",
                   "created_by", "updated_at")
_TEXT_COLUMNS = tuple(name for name, spec in PUPIL_FIELDS.items() if spec[0] in ("name", "text"))


def insert_pupils(conn: Connection, user_id: str | None, records: list[dict[str, Any]],
                  allocator: Allocator) -> list[Saved]:
    """Insert checked records inside the caller's transaction (no permission check: callers do it), one
    statement per table for all of them — an import's 5,000 pupils would otherwise be 15,000 statements."""
    now = now_iso()
    pupils: list[tuple[Any, ...]] = []
    index: list[tuple[int, str, str, str]] = []
    changes: list[tuple[Any, ...]] = []
    saved: list[Saved] = []
    for values in records:
        pupil_id = uuid7()
        letter, number = allocator.book(values["surname"])
        rowid = allocator.rowid()
        row = {name: values.get(name) for name in _COLUMNS}
        for name in _TEXT_COLUMNS:
            if row[name] is None:
                row[name] = ""
        names = full_name(str(row["surname"]), str(row["given_name"]), str(row["patronymic"] or ""))
        pupils.append((pupil_id, *row.values(), letter, number, collation_key(names), rowid, now, user_id, now))
        index.append(search.pupil_row(rowid, names, row["pin"], search.book_token(letter, number)))
        changes.append(history.entry(user_id, "pupil", pupil_id, "create",
                                     [n for n, v in row.items() if v not in (None, "")], at=now))
        saved.append(Saved(pupil_id, book=f"{letter}/{number}"))
    try:
        bulk.insert_rows(conn, "pupil", _INSERT_COLUMNS, pupils)
    except IntegrityError:
        raise Conflict("pin.duplicate") from None
    search.insert_pupil_rows(conn, index)
    history.record_many(conn, changes)
    return saved


def insert_pupil(conn: Connection, user_id: str | None, values: dict[str, Any], allocator: Allocator) -> Saved:
    """One checked record inside the caller's transaction, with the PIN warnings to show."""
    saved = insert_pupils(conn, user_id, [values], allocator)[0]
    return Saved(saved.id, pin_warnings(values), saved.book)


def create_pupil(session: Session, data: dict[str, Any], *, class_ref: str | None = None,
                 admission_date: object = None, order_number: str = "", confirm_duplicate: bool = False) -> Saved:
    """Add a pupil (and, with a class, the admission). Returns the id and the warnings to show."""
    session.require(Permission.EDIT_PEOPLE)
    conn = session.conn
    checked = check_record(PUPIL_FIELDS, data, Classifiers(conn))
    checked.raise_first()
    values = checked.values
    for _pid, reason in find_duplicates(conn, values):
        if reason == "pin":
            raise Conflict("pin.duplicate")
        if not confirm_duplicate:
            raise Conflict("person.possible_duplicate")
    target = classes_service.resolve_class(session, class_ref) if class_ref else None
    day = parse_date(admission_date, field="date", not_future=False) or date.today()
    with session.write() as w:
        saved = insert_pupil(w, session.user.id, values, Allocator(w))
        if target is not None:
            movements.apply(w, session.user.id, saved.id, "admission", day, clean_text(order_number),
                            to_class_id=target.id, new_pupil=True)
        session.audit(w, "person.create", "pupil", saved.id, {"fields": sorted(k for k, v in values.items() if v)})
    return saved


def update_pupil(session: Session, pupil_id: str, changes: dict[str, Any]) -> Saved:
    """Correct fields; the old values go to the history, the audit names the fields."""
    session.require(Permission.EDIT_PEOPLE)
    conn = session.conn
    require_editable(conn, "pupil", pupil_id)
    checked: Checked = check_record(PUPIL_FIELDS, changes, Classifiers(conn), partial=True)
    checked.raise_first()
    current = _raw_record(conn, pupil_id)
    changed = {k: v for k, v in checked.values.items() if current.get(k) != v}
    merged = {**current, **changed}
    if not merged["surname"] or not merged["given_name"]:
        raise FieldError("surname", "value.required")
    if changed:
        for _pid, reason in find_duplicates(conn, merged, exclude_id=pupil_id):
            if reason == "pin":
                raise Conflict("pin.duplicate")
    warnings = pin_warnings(merged)
    if not changed:
        return Saved(pupil_id, warnings)
    names = full_name(merged["surname"], merged["given_name"], merged["patronymic"])
    sets = ", ".join(f"{k} = ?" for k in changed)
    with session.write() as w:
        w.execute(f"UPDATE pupil SET {sets}, sort_key = ?, updated_at = ? WHERE id = ?",  # noqa: S608 — known names
                  (*changed.values(), collation_key(names), now_iso(), pupil_id))
        rowid, letter, number = w.execute("SELECT search_rowid, book_letter, book_number FROM pupil WHERE id = ?",
                                          (pupil_id,)).fetchone()
        search.index_row(w, "pupil_search", rowid, names, merged["pin"], search.book_token(letter, number))
        history.record(w, session.user.id, "pupil", pupil_id, "update", list(changed),
                       {k: current.get(k) for k in changed})
        session.audit(w, "person.update", "pupil", pupil_id, {"fields": sorted(changed)})
    return Saved(pupil_id, warnings)


def _raw_record(conn: Connection, pupil_id: str) -> dict[str, Any]:
    row = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM pupil WHERE id = ?", (pupil_id,)).fetchone()  # noqa: S608
    if row is None:
        raise InvalidInput("person.not_found")
    return dict(zip(_COLUMNS, row, strict=True))


# ----------------------------------------------------------------------------- reading
_LIST_SELECT = """
    SELECT p.id, p.surname, p.given_name, p.patronymic, p.sex, p.birth_date, p.pin, p.book_letter,
           p.book_number, p.status, c.grade, c.letter, c.id
    FROM pupil p
    LEFT JOIN enrolment e ON e.pupil_id = p.id AND e.end_date IS NULL
    LEFT JOIN class c ON c.id = e.class_id
"""


# Walking the alphabetical index costs about 1/20 of looking up one match and sorting it (measured at 1k
# and 20k pupils, bench/people_bench.py), so a page of a search is cheaper from the index whenever the
# entries walked to fill it number fewer than 20 times the matches.
_LOOKUP_PER_WALK = 20
# A walk checks each entry against the set of matches. SQLite builds that set for "IN (subquery)" as an
# ephemeral index with a Bloom filter: cheap to probe, dear to fill. When thousands match and the walk is
# short, filling a temporary rowid table is about twice as fast (measured at 20k: 1.9 ms against 3.8 ms).
_HITS_FROM = 1000
_SHORT_WALK = 2000


def _search_plan(conn: Connection, match: str, limit: int) -> str:
    """How one page of ``match`` is found fastest: "matches" (look up each match, sort them), "walk"
    (the alphabetical index, probing the matches) or "walk_hits" (the same with a temporary table)."""
    total = int(conn.execute("SELECT coalesce(max(search_rowid), 0) FROM pupil").fetchone()[0])  # O(log n)
    # counting further changes no decision
    cap = max(total // _LOOKUP_PER_WALK, _HITS_FROM, limit * total // _SHORT_WALK) + 1
    matches = int(conn.execute("SELECT count(*) FROM (SELECT 1 FROM pupil_search WHERE pupil_search MATCH ?"
                               " LIMIT ?)", (match, cap)).fetchone()[0])
    if matches == 0:
        return "matches"
    walk = min(total, limit * total // matches)
    if walk >= _LOOKUP_PER_WALK * matches:
        return "matches"
    return "walk_hits" if matches >= _HITS_FROM and walk < _SHORT_WALK else "walk"


def _fill_hits(conn: Connection, match: str) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS pupil_hit (search_rowid INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.pupil_hit")
    conn.execute("INSERT INTO temp.pupil_hit SELECT rowid FROM pupil_search WHERE pupil_search MATCH ?", (match,))


def pupil_ids(session: Session, *, class_id: str | None = None, query: str = "",
              include_inactive: bool = False, limit: int | None = None, after: str | None = None) -> list[str]:
    """Ids of the pupils a list shows, in Kyrgyz alphabetical order (blocked records never appear).

    ``limit`` and ``after`` (the last id of the previous page) page the list: a view asks for the first
    page and then for the next ones as it scrolls, so a one-letter search at 20,000 pupils does not
    materialise and sort thousands of matches."""
    session.require(Permission.VIEW_PEOPLE)
    conn = session.conn
    match = search.build_match(query) if query.strip() else None
    if query.strip() and match is None:
        return []
    scope = classes_service.teacher_scope(session)
    classes = [class_id] if class_id else None
    if scope is not None:
        classes = [c for c in (classes or scope) if c in scope]
        if not classes:
            return []
    params: list[Any] = []
    join = ""
    if classes is not None:
        join = " JOIN enrolment e ON e.pupil_id = p.id AND e.end_date IS NULL AND e.class_id IN (" \
               + ", ".join("?" for _ in classes) + ")"
        params += classes
    where = ["p.blocked_at IS NULL"]
    if not include_inactive:
        where.append("p.status = 'active'")
    # Fixed index choice, so the plan does not depend on whether ANALYZE has run: a plain list (or a wide
    # search wanting one page) walks the alphabetical index and stops at the limit; a narrow search
    # starts from its matches (covering index) and sorts the few it found (_search_plan decides).
    index = None if include_inactive else "pupil_list"
    if match is not None:
        plan = "matches"
        if limit is not None and classes is None and not include_inactive:
            plan = _search_plan(conn, match, limit)
        index = "pupil_search_cover" if plan == "matches" else "pupil_list"
        if plan == "walk_hits":
            _fill_hits(conn, match)
            where.append("p.search_rowid IN temp.pupil_hit")
        else:
            where.append("p.search_rowid IN (SELECT rowid FROM pupil_search WHERE pupil_search MATCH ?)")
            params.append(match)
    if after is not None:
        cursor = conn.execute("SELECT sort_key FROM pupil WHERE id = ?", (after,)).fetchone()
        if cursor is None:
            return []
        where.append("(p.sort_key, p.id) > (?, ?)")
        params.extend((cursor[0], after))
    if index is not None:
        join = f" INDEXED BY {index}" + join
    sql = f"SELECT p.id FROM pupil p{join} WHERE {' AND '.join(where)} ORDER BY p.sort_key, p.id"  # noqa: S608
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [r[0] for r in conn.execute(sql, params)]


def count_pupils(session: Session, *, class_id: str | None = None, include_inactive: bool = False) -> int:
    """How many pupils a list without a search shows (cheap: the list index or one class)."""
    return len(pupil_ids(session, class_id=class_id, include_inactive=include_inactive))


def _list_row(r: Any) -> dict[str, Any]:
    return {
        "id": r[0], "surname": r[1], "given_name": r[2], "patronymic": r[3], "sex": r[4],
        "class": class_name(r[10], r[11]) if r[10] else "", "class_id": r[12],
        "book": f"{r[7]}/{r[8]}" if r[7] else "", "status": r[9],
        # masked: sensitive values are revealed per record, audited
        "pin": mask_pin(r[6]), "birth_date": "••.••.••••" if r[5] else "",
    }


def pupil_rows(session: Session, ids: list[str]) -> list[dict[str, Any]]:
    """The list rows (masked) for ``ids``, in the same order."""
    session.require(Permission.VIEW_PEOPLE)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = _LIST_SELECT + " WHERE p.id IN (" + ", ".join("?" for _ in chunk) + ")"
        for r in session.conn.execute(sql, chunk):
            found[r[0]] = _list_row(r)
    return [found[i] for i in ids if i in found]


def list_pupils(session: Session, *, class_ref: str | None = None, query: str = "",
                include_inactive: bool = False) -> list[dict[str, Any]]:
    class_id = classes_service.resolve_class(session, class_ref).id if class_ref else None
    return pupil_rows(session, pupil_ids(session, class_id=class_id, query=query, include_inactive=include_inactive))


def get_pupil(session: Session, pupil_id: str, *, reveal: bool = True, lang: str = "ky") -> dict[str, Any]:
    """The full record. Revealing (the default) needs the reveal right and is audited; without it the
    sensitive fields come back masked."""
    session.require(Permission.VIEW_PEOPLE)
    conn = session.conn
    require_visible(session, pupil_id)
    if reveal:
        session.require(Permission.REVEAL_PERSONAL)
    record = _raw_record(conn, pupil_id)
    extra = conn.execute("SELECT book_letter, book_number, status, blocked_at, depersonalised_at, created_at,"
                         " updated_at FROM pupil WHERE id = ?", (pupil_id,)).fetchone()
    refs = Classifiers(conn)
    current = movements.current_enrolment(conn, pupil_id)
    out: dict[str, Any] = {"id": pupil_id, **record}
    out.update({
        "book": f"{extra[0]}/{extra[1]}" if extra[0] else "", "status": extra[2], "blocked": bool(extra[3]),
        "depersonalised": bool(extra[4]), "created_at": extra[5], "updated_at": extra[6],
        "class": classes_service.get_class(conn, current[1]).name if current else "",
        "class_id": current[1] if current else None,
        "names": {k: refs.name(t, record[k], lang) for k, t in (("language", "ref_language"),
                  ("citizenship", "ref_country"), ("reg_region", "ref_region"), ("act_region", "ref_region"),
                  ("benefit", "ref_benefit"))},
        "guardians": guardians(conn, pupil_id),
        "consents": consents(conn, pupil_id),
        "flags": [{"flag": f, "purpose": p, "set_at": a} for f, p, a in conn.execute(
            "SELECT flag, purpose, set_at FROM pupil_flag WHERE pupil_id = ?", (pupil_id,))],
        "movements": [m.to_json() for m in movements.get_movements(conn, pupil_id)],
        "history": history.entries(conn, "pupil", pupil_id),
    })
    if reveal:
        out["pin_check"] = [i.key for i in pin_warnings(record)]
        session.audit_now("person.reveal", "pupil", pupil_id, {"fields": sorted(PUPIL_FIELDS)})
    else:
        _mask(out)
    return out


def _mask(out: dict[str, Any]) -> None:
    from app.people.fields import SENSITIVE_FIELDS

    for name in SENSITIVE_FIELDS & set(out):
        if out[name]:
            out[name] = mask_pin(out[name]) if name == "pin" else "•••"
    out["guardians"] = [{"id": g["id"], "relation": g["relation"]} for g in out["guardians"]]


# ----------------------------------------------------------------------------- guardians, consent, flags
def guardians(conn: Connection, pupil_id: str) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT id, relation, surname, given_name, patronymic, pin, phone FROM guardian"
                        " WHERE pupil_id = ? ORDER BY created_at, id", (pupil_id,)).fetchall()
    keys = ("id", "relation", "surname", "given_name", "patronymic", "pin", "phone")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def consents(conn: Connection, pupil_id: str) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT id, guardian_id, signer_name, signed_on, text_version, scope, withdrawn_on"
                        " FROM consent WHERE pupil_id = ? ORDER BY signed_on, id", (pupil_id,)).fetchall()
    keys = ("id", "guardian_id", "signer_name", "signed_on", "text_version", "scope", "withdrawn_on")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def insert_guardian(conn: Connection, pupil_id: str, relation: str, surname: str, given_name: str = "",
                    patronymic: str = "", pin: str | None = None, phone: str = "") -> str:
    guardian_id = uuid7()
    conn.execute("INSERT INTO guardian (id, pupil_id, relation, surname, given_name, patronymic, pin, phone,"
                 " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (guardian_id, pupil_id, relation, surname, given_name, patronymic, pin, phone, now_iso()))
    return guardian_id


def add_guardian(session: Session, pupil_id: str, *, relation: str, surname: str, given_name: str = "",
                 patronymic: str = "", pin: object = None, phone: str = "") -> str:
    session.require(Permission.EDIT_PEOPLE)
    conn = session.conn
    require_editable(conn, "pupil", pupil_id)
    code = Classifiers(conn).resolve("ref_relation", relation)
    if code is None:
        raise FieldError("relation", "value.unknown_code")
    surname = normalise_name(surname)
    if not surname:
        raise FieldError("surname", "value.required")
    try:
        pin_value = parse_pin(pin).value
    except InvalidInput as exc:
        raise FieldError("pin", exc.key, **exc.params) from None
    with session.write() as w:
        guardian_id = insert_guardian(w, pupil_id, code, surname, normalise_name(given_name),
                                      normalise_name(patronymic), pin_value, clean_text(phone))
        history.record(w, session.user.id, "pupil", pupil_id, "guardian.add", ["guardians"])
        session.audit(w, "person.update", "pupil", pupil_id, {"fields": ["guardians"]})
    return guardian_id


def add_consent(session: Session, pupil_id: str, *, signer_name: str, signed_on: object, text_version: str,
                scope: str, guardian_id: str | None = None) -> str:
    session.require(Permission.EDIT_PEOPLE)
    conn = session.conn
    require_editable(conn, "pupil", pupil_id)
    code = Classifiers(conn).resolve("ref_consent_scope", scope)
    if code is None:
        raise FieldError("scope", "value.unknown_code")
    day = parse_date(signed_on, field="signed_on")
    if day is None or not clean_text(signer_name) or not clean_text(text_version):
        raise InvalidInput("value.required", field="consent")
    consent_id = uuid7()
    with session.write() as w:
        w.execute("INSERT INTO consent (id, pupil_id, guardian_id, signer_name, signed_on, text_version, scope,"
                  " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (consent_id, pupil_id, guardian_id, normalise_name(signer_name), day.isoformat(),
                   clean_text(text_version), code, now_iso(), session.user.id))
        session.audit(w, "consent.add", "pupil", pupil_id, {"scope": code, "consent_id": consent_id})
    return consent_id


def withdraw_consent(session: Session, consent_id: str, withdrawn_on: object) -> None:
    session.require(Permission.EDIT_PEOPLE)
    day = parse_date(withdrawn_on, field="withdrawn_on") or date.today()
    row = session.conn.execute("SELECT pupil_id FROM consent WHERE id = ?", (consent_id,)).fetchone()
    if row is None:
        raise InvalidInput("person.not_found")
    with session.write() as w:
        w.execute("UPDATE consent SET withdrawn_on = ? WHERE id = ?", (day.isoformat(), consent_id))
        session.audit(w, "consent.withdraw", "pupil", row[0], {"consent_id": consent_id})


def set_flag(session: Session, pupil_id: str, flag: str, purpose: str) -> None:
    """A sensitive category is kept only with the purpose it serves written down."""
    session.require(Permission.EDIT_PEOPLE)
    conn = session.conn
    require_editable(conn, "pupil", pupil_id)
    code = Classifiers(conn).resolve("ref_sensitive_flag", flag)
    if code is None:
        raise FieldError("flag", "value.unknown_code")
    if not clean_text(purpose):
        raise InvalidInput("person.purpose_required")
    with session.write() as w:
        w.execute("INSERT INTO pupil_flag (pupil_id, flag, purpose, set_at, set_by) VALUES (?, ?, ?, ?, ?)"
                  " ON CONFLICT (pupil_id, flag) DO UPDATE SET purpose = excluded.purpose",
                  (pupil_id, code, clean_text(purpose), now_iso(), session.user.id))
        history.record(w, session.user.id, "pupil", pupil_id, "flag.set", ["flags"])
        session.audit(w, "person.update", "pupil", pupil_id, {"fields": ["flags"]})


def duplicates_of(session: Session, values: dict[str, Any], exclude_id: str | None = None,
                  table: str = "pupil") -> list[tuple[str, str]]:
    """:func:`find_duplicates` for a screen, on the session's connection."""
    return find_duplicates(session.conn, values, exclude_id=exclude_id, table=table)
