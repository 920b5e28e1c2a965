"""The responsible person's audit viewer: entries filtered and told in plain words (REGULATION 4.2, 5.1–5.9).

Names are resolved when shown, never stored in the log: a person whose record was destroyed shows as
"destroyed record", so the viewer can never bring back a name the school was obliged to forget.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from app.audit import chain, findings
from app.audit import viewer_messages as _messages  # noqa: F401 — registers the texts
from app.documents.words import people_date
from app.errors import InvalidInput
from app.i18n import has_message, translate
from app.security.roles import Permission
from app.security.session import Session
from db.connection import Connection

MAX_ROWS = 5000

# Groups of actions for a filter, by the prefix they share, in the order a person would look for them.
ACTION_GROUPS = ("session.", "person.", "print", "export", "document.", "certificate.", "user.", "settings.",
                 "backup.", "audit.", "sync.")
_PEOPLE_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")


def parse_day(text: str | None, name: str) -> date | None:
    """A day typed as people write it (01.09.2025) or as ISO (2025-09-01); None when empty."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        match = _PEOPLE_DATE.match(text)
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("audit.view.bad_date", name=name, value=text) from None


def _utc_bound(day: date) -> str:
    """The local midnight starting ``day`` as the log's UTC text, so a period means the school's days."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class AuditFilter:
    user_login: str | None = None
    record_id: str | None = None
    action_prefix: str | None = None
    date_from: date | None = None
    date_to: date | None = None      # inclusive
    limit: int = 200


@dataclass(frozen=True)
class ViewEntry:
    seq: int
    at: str
    user: str | None   # the actor's login
    who: str           # the actor's name as shown now
    action: str
    object_type: str
    object_id: str
    what: str          # the object's label as shown now ("" when the entry names no record)
    sentence: str      # the entry in plain words, in the viewer's language
    detail: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ChainState:
    ok: bool
    entries: int
    problem: str
    open_findings: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class _Names:
    """Looks names up once per viewed page; the log itself holds ids only."""

    def __init__(self, conn: Connection, lang: str) -> None:
        self.conn, self.lang = conn, lang
        self.users = {str(r[0]): (str(r[1]), str(r[2] or "")) for r in
                      conn.execute("SELECT id, login, full_name FROM app_user")}
        self._cache: dict[tuple[str, str], str] = {}

    def who(self, user_id: str | None) -> str:
        if not user_id:
            return translate("audit.view.system", self.lang)
        login, full = self.users.get(user_id, ("", ""))
        return full or login or translate("audit.view.unknown_user", self.lang)

    def what(self, object_type: str, object_id: str) -> str:
        if not object_id:
            return ""
        key = (object_type, object_id)
        if key not in self._cache:
            self._cache[key] = self._lookup(object_type, object_id)
        return self._cache[key]

    def _lookup(self, object_type: str, object_id: str) -> str:
        c = self.conn
        if object_type in ("pupil", "staff"):
            row = c.execute(f"SELECT surname, given_name, patronymic FROM {object_type} WHERE id = ?",  # noqa: S608
                            (object_id,)).fetchone()
            if row is None:
                return translate("audit.view.destroyed", self.lang)
            return " ".join(p for p in row if p)
        if object_type in ("app_user", "user"):
            return self.who(object_id)
        if object_type == "document":
            row = c.execute("SELECT number, reg_date FROM document WHERE id = ?", (object_id,)).fetchone()
            if row is None:
                return object_id
            return translate("audit.view.document", self.lang, number=row[0], date=people_date(row[1]))
        if object_type == "class":
            row = c.execute("SELECT grade, letter, academic_year FROM class WHERE id = ?", (object_id,)).fetchone()
            return f"{row[0]}-{row[1]} ({row[2]})" if row else object_id
        return object_id


def _sentence(lang: str, e: chain.AuditEntry, who: str, what: str) -> str:
    params = {"who": who, "what": what, "action": e.action, **{k: v for k, v in e.detail.items()
                                                               if isinstance(v, str | int | float)}}
    key = f"audit.say.{e.action}"
    text = translate(key if has_message(key) else "audit.say.other", lang, **params)
    form = e.detail.get("form") if e.action in ("print", "export") else None
    if form:
        form_key = f"audit.form.{form}"
        text += f" ({translate(form_key, lang) if has_message(form_key) else form})"
    return text


def _user_id(conn: Connection, login: str) -> str:
    row = conn.execute("SELECT id FROM app_user WHERE login = ?", (login.strip(),)).fetchone()
    if row is None:
        raise InvalidInput("user.not_found", login=login.strip())
    return str(row[0])


def user_id(session: Session, login: str) -> str:
    """The id of ``login`` (InvalidInput when there is no such user)."""
    session.require(Permission.VIEW_AUDIT)
    return _user_id(session.conn, login)


def _select(conn: Connection, f: AuditFilter) -> list[chain.AuditEntry]:
    if not 0 < f.limit <= MAX_ROWS:
        raise InvalidInput("audit.view.bad_limit", max=MAX_ROWS)
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise InvalidInput("audit.view.bad_period")
    sql = "SELECT seq, at, user_id, action, object_type, object_id, detail, prev_hash, hash FROM audit_log WHERE 1=1"
    params: list[Any] = []
    if f.user_login:
        sql += " AND user_id = ?"
        params.append(_user_id(conn, f.user_login))
    if f.record_id:
        sql += " AND object_id = ?"
        params.append(f.record_id.strip())
    if f.action_prefix:
        sql += " AND action >= ? AND action < ?"
        params += [f.action_prefix, f.action_prefix + "\uffff"]
    # `at` is ISO-8601 UTC text, so a text range is a time range (to is inclusive: before the next day)
    if f.date_from:
        sql += " AND at >= ?"
        params.append(_utc_bound(f.date_from))
    if f.date_to:
        sql += " AND at < ?"
        params.append(_utc_bound(f.date_to + timedelta(days=1)))
    sql += " ORDER BY seq DESC LIMIT ?"
    params.append(f.limit)
    return [chain._entry(r) for r in conn.execute(sql, params)]


def entries(session: Session, flt: AuditFilter, lang: str | None = None) -> list[ViewEntry]:
    session.require(Permission.VIEW_AUDIT)
    names = _Names(session.conn, lang or "ky")
    out = []
    for e in _select(session.conn, flt):
        who, what = names.who(e.user_id), names.what(e.object_type, e.object_id)
        login = names.users.get(e.user_id, (None, ""))[0] if e.user_id else None
        out.append(ViewEntry(e.seq, e.at, login, who, e.action, e.object_type, e.object_id, what,
                             _sentence(lang or "ky", e, who, what), e.detail))
    return out


def chain_state(session: Session) -> ChainState:
    """The chain walked now against the outside checkpoint, with the open integrity findings."""
    result = findings.review(session)
    v = result.verification
    return ChainState(result.ok, v.entries, v.problem, len(result.findings))


def _record_label(names: _Names, record_id: str) -> str:
    row = names.conn.execute("SELECT object_type FROM audit_log WHERE object_id = ? LIMIT 1",
                             (record_id,)).fetchone()
    return names.what(str(row[0]), record_id) if row is not None else record_id


def group_name(prefix: str, lang: str) -> str:
    """An action group in words ("printing"); a prefix that is no group is shown as typed."""
    key = f"audit.group.{prefix}"
    return translate(key, lang) if has_message(key) else prefix


def describe_filter(session: Session, flt: AuditFilter, lang: str) -> str:
    """The filter in words, names resolved now ("Person: …; record: …; period: 01.03.2026 — 02.03.2026")."""
    session.require(Permission.VIEW_AUDIT)
    names = _Names(session.conn, lang)
    parts = []
    if flt.user_login:
        parts.append(translate("audit.filter.user", lang, who=names.who(_user_id(session.conn, flt.user_login))))
    if flt.record_id:
        parts.append(translate("audit.filter.record", lang, what=_record_label(names, flt.record_id.strip())))
    if flt.action_prefix:
        parts.append(translate("audit.filter.action", lang, what=group_name(flt.action_prefix, lang)))
    if flt.date_from or flt.date_to:
        start = flt.date_from.strftime("%d.%m.%Y") if flt.date_from else "…"
        end = flt.date_to.strftime("%d.%m.%Y") if flt.date_to else "…"
        parts.append(translate("audit.filter.period", lang, start=start, end=end))
    return "; ".join(parts) if parts else translate("audit.filter.all", lang)


def chain_text(state: ChainState, lang: str) -> str:
    if state.ok:
        return translate("audit.view.chain_ok", lang, entries=state.entries)
    return translate("audit.view.chain_bad", lang, problem=state.problem or "-", findings=state.open_findings)
