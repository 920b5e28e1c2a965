"""Alerts for the person responsible for personal data (REGULATION 4.2, 5.1–5.9: detect unauthorised
access in time).

Six detectors read the database (and the profile folder) and say what needs her eyes:

- ``failed_sign_ins``   one login failed ≥ 5 times within an hour, or ≥ 10 times in a day;
- ``reveal_spike``      a user revealed more records in a day than max(20, 5 × her usual day), her usual
                        day being the median of the days in the 30 before on which she revealed anything
                        (a teacher revealing a whole class; a busy secretary's ordinary day is not one);
- ``removable_export``  a file written to — or refused on — a removable drive (regulation 6.5);
- ``integrity_finding`` an open integrity finding (a rollback, a broken chain; app/audit/findings.py);
- ``backup_stale``      no verified backup for more than 7 days (or none ever, 7 days after setup);
- ``device_revoked``    the district revoked this computer (the sync spool's stop reason).

Each alert has a stable key — kind, subject (a user, finding or device id) and period (a local day, a
week of staleness) — so a refresh stores it once and later refreshes only update its count. It stays
until someone acknowledges it with a note (audited, ``alert.acknowledge``); an acknowledged alert is not
raised again for the same period, but the same thing on a new day (or a backup a week staler) is a new
alert. The table keeps ids, counts and dates only: names are looked up when an alert is told.

Cheap on a big school: the event detectors read one action each over the last 7 days (37 for the
reveal baseline) through the ``audit_log (action, at)`` index of migration 0019; a refresh that finds
nothing new writes nothing. Figures: bench/alerts_bench.py and bench/RESULTS.md.

API (a signed-in :class:`Session`): ``refresh(session)`` evaluates and stores, returning the newly
raised; ``list_alerts(session, include_acknowledged=False)``; ``acknowledge(session, alert_id, note)``;
``describe(session, alert, lang)`` the alert in words.
"""

from __future__ import annotations

import functools
import json
import statistics
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import clock
from app.desk import alert_messages as _messages  # noqa: F401 — registers the texts
from app.errors import InvalidInput, KenseError
from app.ids import uuid7
from app.security.roles import Permission
from app.text import clean_text
from db.connection import Connection

if TYPE_CHECKING:
    from app.security.session import Session

FAILED_SIGN_INS = "failed_sign_ins"
REVEAL_SPIKE = "reveal_spike"
REMOVABLE_EXPORT = "removable_export"
INTEGRITY_FINDING = "integrity_finding"
BACKUP_STALE = "backup_stale"
DEVICE_REVOKED = "device_revoked"
KINDS = (FAILED_SIGN_INS, REVEAL_SPIKE, REMOVABLE_EXPORT, INTEGRITY_FINDING, BACKUP_STALE, DEVICE_REVOKED)

WINDOW_DAYS = 7            # local days each refresh looks at (today and the six before)
BASELINE_DAYS = 30         # the days before one that tell a user's usual reveal count
FAILED_PER_HOUR, FAILED_PER_DAY = 5, 10
REVEAL_FLOOR, REVEAL_FACTOR = 20, 5
BACKUP_DAYS = 7
EXPORT_ACTIONS = ("export", "export.list", "export.refused")
NOTE_MIN, NOTE_MAX = 5, 500
_QUIET_UPDATE = timedelta(hours=1)   # a state alert's "still holds" is written at most hourly


@dataclass(frozen=True)
class Fired:
    """What one detector found now."""

    kind: str
    subject: str
    period: str
    first_seen: str
    last_seen: str
    count: int
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.subject}:{self.period}"


@dataclass(frozen=True)
class Alert:
    id: str
    key: str
    kind: str
    subject: str
    period: str
    first_seen: str
    last_seen: str
    count: int
    params: dict[str, Any]
    acknowledged_at: str | None = None
    acknowledged_by: str | None = None     # user id
    note: str | None = None

    @property
    def open(self) -> bool:
        return self.acknowledged_at is None

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"open": self.open}


@dataclass(frozen=True)
class Window:
    """The moment of a refresh and the local days it looks at (stored times are UTC)."""

    now: datetime
    offset: timedelta          # local time minus UTC

    @classmethod
    def at(cls, now: datetime) -> Window:
        return cls(now, now.astimezone().utcoffset() or timedelta(0))

    @property
    def today(self) -> date:
        return (self.now + self.offset).date()

    @functools.cached_property
    def _cut(self) -> str:
        """The UTC time of day at which the local date turns (east of UTC) or has turned (west)."""
        seconds = int(self.offset.total_seconds()) % 86400
        if not seconds:
            return "99"                      # UTC itself: the date never turns within the stamp's day
        left = 86400 - seconds if self.offset > timedelta(0) else -int(self.offset.total_seconds())
        return f"{left // 3600:02d}:{left % 3600 // 60:02d}:{left % 60:02d}"

    def day(self, at: str) -> str:
        """The local date of a stored UTC stamp, by comparing text (called once per audit row read)."""
        utc_day, time_of_day = at[:10], at[11:19]
        if self.offset >= timedelta(0):
            return utc_day if time_of_day < self._cut else _next_day(utc_day, 1)
        return _next_day(utc_day, -1) if time_of_day < self._cut else utc_day

    def since(self, days: int) -> str:
        """The UTC stamp of local midnight ``days - 1`` days before today (``days`` whole days)."""
        start = datetime.combine(self.today - timedelta(days=days - 1), datetime.min.time()) - self.offset
        return start.strftime("%Y-%m-%dT%H:%M:%SZ")

    @property
    def now_iso(self) -> str:
        return self.now.strftime("%Y-%m-%dT%H:%M:%SZ")


@functools.lru_cache(maxsize=512)
def _next_day(day: str, step: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=step)).isoformat()


# ----------------------------------------------------------------------------- the detectors
def _most_within(stamps: list[str], span: timedelta) -> int:
    """The most stamps (sorted ISO text) inside any window of ``span``."""
    moments = [clock.parse_iso(s) for s in stamps]
    best, start = 0, 0
    for end, moment in enumerate(moments):
        while moment - moments[start] >= span:
            start += 1
        best = max(best, end - start + 1)
    return best


def failed_sign_ins(conn: Connection, w: Window) -> Iterator[Fired]:
    # object_id is the user whose password was tried ('' for a login that does not exist)
    rows = conn.execute("SELECT object_id, at FROM audit_log WHERE action = 'session.sign_in_failed' AND at >= ?"
                        " ORDER BY object_id, at", (w.since(WINDOW_DAYS),)).fetchall()
    groups: dict[tuple[str, str], list[str]] = {}
    for subject, at in rows:
        groups.setdefault((str(subject or ""), w.day(at)), []).append(str(at))
    for (subject, day), stamps in sorted(groups.items()):
        in_hour = _most_within(stamps, timedelta(hours=1))
        if len(stamps) >= FAILED_PER_DAY or in_hour >= FAILED_PER_HOUR:
            yield Fired(FAILED_SIGN_INS, subject, day, stamps[0], stamps[-1], len(stamps), {"in_hour": in_hour})


def _per_user_day(rows: list[tuple[Any, ...]], w: Window) -> dict[str, dict[str, list[Any]]]:
    """(user, at) rows counted per user and local day: [count, first at, last at]. Grouped here, not in
    SQL: SQLite's GROUP BY over date() costs a temporary b-tree and a date parse per row."""
    found: dict[str, dict[str, list[Any]]] = {}
    for user, at in rows:
        days = found.setdefault(str(user or ""), {})
        item = days.get(day := w.day(at))
        if item is None:
            days[day] = [1, at, at]
        else:
            item[0] += 1
            item[1], item[2] = min(item[1], at), max(item[2], at)
    return found


def reveal_spikes(conn: Connection, w: Window) -> Iterator[Fired]:
    rows = conn.execute("SELECT user_id, at FROM audit_log WHERE action = 'person.reveal' AND at >= ?",
                        (w.since(WINDOW_DAYS + BASELINE_DAYS),)).fetchall()
    per_user = _per_user_day(rows, w)
    recent = {(w.today - timedelta(days=k)).isoformat() for k in range(WINDOW_DAYS)}
    for user, days in sorted(per_user.items()):
        for day in sorted(recent & days.keys()):
            n, first, last = days[day]
            start = (date.fromisoformat(day) - timedelta(days=BASELINE_DAYS)).isoformat()
            before = [c for d, (c, _, _) in days.items() if start <= d < day]
            usual = statistics.median(before) if before else 0
            threshold = max(REVEAL_FLOOR, REVEAL_FACTOR * usual)
            if n > threshold:
                yield Fired(REVEAL_SPIKE, user, day, first, last, n, {"usual": round(usual)})


def removable_exports(conn: Connection, w: Window) -> Iterator[Fired]:
    marks = ", ".join("?" for _ in EXPORT_ACTIONS)
    rows = conn.execute(
        f"SELECT user_id, at, action FROM audit_log WHERE action IN ({marks}) AND at >= ?"  # noqa: S608
        " AND json_extract(detail, '$.removable') = 1", (*EXPORT_ACTIONS, w.since(WINDOW_DAYS))).fetchall()
    per_user = _per_user_day([(user, at) for user, at, _ in rows], w)
    refused = _per_user_day([(user, at) for user, at, action in rows if action == "export.refused"], w)
    for user, days in sorted(per_user.items()):
        for day, (n, first, last) in sorted(days.items()):
            no = refused.get(user, {}).get(day, [0])[0]
            yield Fired(REMOVABLE_EXPORT, user, day, first, last, n, {"written": n - no, "refused": no})


def integrity_findings(conn: Connection, w: Window) -> Iterator[Fired]:
    for fid, kind, seq, found_at in conn.execute(
            "SELECT id, kind, seq, found_at FROM audit_finding WHERE acknowledged_at IS NULL ORDER BY found_at"):
        yield Fired(INTEGRITY_FINDING, str(fid), "", str(found_at), w.now_iso, 1,
                    {"finding": str(kind), "seq": int(seq)})


def stale_backup(session: Session, w: Window) -> Iterator[Fired]:
    from app.backup import service as backup_service

    try:
        state = backup_service.state(session, lambda: w.now)
    except (KenseError, OSError):
        return
    if state.last is not None:
        since, age = state.last.created_at, state.age_days or 0.0
    else:   # none ever: counted from the school's first audit entry (its setup)
        row = session.conn.execute("SELECT at FROM audit_log ORDER BY seq LIMIT 1").fetchone()
        if row is None:
            return
        since, age = str(row[0]), (w.now - clock.parse_iso(str(row[0]))).total_seconds() / 86400
    if age <= BACKUP_DAYS:
        return
    weeks = int(age // BACKUP_DAYS)   # acknowledged, it comes back once the backup is a week staler
    stale_from = (clock.parse_iso(since) + timedelta(days=BACKUP_DAYS)).strftime("%Y-%m-%dT%H:%M:%SZ")
    period = f"{since if state.last is not None else 'none'}/{weeks}"
    yield Fired(BACKUP_STALE, "", period, stale_from, w.now_iso, int(age),
                {"last": state.last.created_at if state.last is not None else None})


def revoked_device(root: Path, w: Window) -> Iterator[Fired]:
    from app.sync.protocol import Fatal
    from app.sync.spool import SPOOL_DIR, SPOOL_FILE, Spool

    if not (Path(root) / SPOOL_DIR / SPOOL_FILE).exists():
        return   # never enrolled here
    with Spool.for_profile(root) as spool:
        cfg = spool.config()
    if cfg.get("stopped") == Fatal.DEVICE_REVOKED:
        at = str(cfg.get("last_error_at") or w.now_iso)
        yield Fired(DEVICE_REVOKED, str(cfg.get("device_id") or ""), "", at, at, 1)


def evaluate(session: Session, now: datetime | None = None) -> list[Fired]:
    """Every alert that holds now (reads only)."""
    session.require(Permission.VIEW_AUDIT)
    w = Window.at(now or clock.utc_now())
    conn = session.conn
    fired = [*failed_sign_ins(conn, w), *reveal_spikes(conn, w), *removable_exports(conn, w),
             *integrity_findings(conn, w), *stale_backup(session, w), *revoked_device(session.profile.root, w)]
    return fired


# ----------------------------------------------------------------------------- storing
_COLUMNS = ("id, key, kind, subject, period, first_seen, last_seen, count, params, acknowledged_at, acknowledged_by,"
            " note")


def _alert(row: tuple[Any, ...]) -> Alert:
    return Alert(str(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[5]), str(row[6]),
                 int(row[7]), json.loads(row[8] or "{}"), row[9], row[10], row[11])


def _needs_update(stored: Alert, f: Fired) -> bool:
    if (stored.count, stored.params, stored.first_seen) != (f.count, f.params, min(stored.first_seen, f.first_seen)):
        return True
    return clock.parse_iso(f.last_seen) - clock.parse_iso(stored.last_seen) >= _QUIET_UPDATE


def refresh(session: Session, now: datetime | None = None) -> list[Alert]:
    """Evaluate the detectors and store what they found; returns the alerts raised now for the first
    time. Writes only when something is new or has grown; never on a read-only (damaged) database."""
    fired = evaluate(session, now)
    if session.notices.read_only or not fired:
        return []
    conn = session.conn
    stored = {}
    for f in fired:
        row = conn.execute(f"SELECT {_COLUMNS} FROM alert WHERE key = ?", (f.key,)).fetchone()  # noqa: S608
        if row is not None:
            stored[f.key] = _alert(row)
    new = [f for f in fired if f.key not in stored]
    grown = [f for f in fired if f.key in stored and stored[f.key].open and _needs_update(stored[f.key], f)]
    if not new and not grown:
        return []
    raised = []
    with session.write() as w:
        for f in new:
            alert = Alert(uuid7(), f.key, f.kind, f.subject, f.period, f.first_seen, f.last_seen, f.count, f.params)
            w.execute(f"INSERT INTO alert ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL)",  # noqa: S608
                      (alert.id, alert.key, alert.kind, alert.subject, alert.period, alert.first_seen,
                       alert.last_seen, alert.count, json.dumps(alert.params, sort_keys=True)))
            session.audit(w, "alert.raised", "alert", alert.id, {"kind": alert.kind})
            raised.append(alert)
        for f in grown:
            w.execute("UPDATE alert SET first_seen = min(first_seen, ?), last_seen = max(last_seen, ?), count = ?,"
                      " params = ? WHERE key = ? AND acknowledged_at IS NULL",
                      (f.first_seen, f.last_seen, f.count, json.dumps(f.params, sort_keys=True), f.key))
    return raised


def list_alerts(session: Session, include_acknowledged: bool = False) -> list[Alert]:
    """Open alerts, the latest first (with ``include_acknowledged``, the acknowledged ones after them)."""
    session.require(Permission.VIEW_AUDIT)
    where = "" if include_acknowledged else " WHERE acknowledged_at IS NULL"
    rows = session.conn.execute(f"SELECT {_COLUMNS} FROM alert{where}"  # noqa: S608 — constant text
                                " ORDER BY acknowledged_at IS NOT NULL, last_seen DESC, id DESC").fetchall()
    return [_alert(r) for r in rows]


def acknowledge(session: Session, alert_id: str, note: str) -> Alert:
    """Close one open alert with the acknowledger's note (audited; the note stays in the database)."""
    session.require(Permission.ACKNOWLEDGE_ALERTS)
    note = clean_text(note)
    if not (NOTE_MIN <= len(note) <= NOTE_MAX):
        raise InvalidInput("alert.note_length", min=NOTE_MIN, max=NOTE_MAX)
    alert_id = clean_text(alert_id)
    with session.write() as conn:
        row = conn.execute(f"SELECT {_COLUMNS} FROM alert WHERE id = ?", (alert_id,)).fetchone()  # noqa: S608
        if row is None:
            raise InvalidInput("alert.not_found", id=alert_id[:40])
        alert = _alert(row)
        if not alert.open:
            raise InvalidInput("alert.already_acknowledged", id=alert.id)
        at = clock.now_iso()
        conn.execute("UPDATE alert SET acknowledged_at = ?, acknowledged_by = ?, note = ? WHERE id = ?",
                     (at, session.user.id, note, alert.id))
        session.audit(conn, "alert.acknowledge", "alert", alert.id, {"kind": alert.kind})
    return Alert(**{**asdict(alert), "acknowledged_at": at, "acknowledged_by": session.user.id, "note": note})
