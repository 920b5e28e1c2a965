"""The school's protection of personal data as it is right now, gathered in one read (REGULATION 3.2,
4.2, 5.1–5.9): what the inspector's report prints and the desk's report tab shows.

Every figure is looked up at the moment of asking, never kept: the database file's first bytes (is it
really encrypted?), SQLCipher's own cipher settings, the key file (device binding, slots), the users
table, the settings, the backup folder, the audit chain walked now against the checkpoint kept outside
the database, the failed sign-ins in the log, the sync spool and outbox, and the incident register.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from typing import Any

from app.admin import settings
from app.audit import chain, findings
from app.clock import utc_now
from app.desk.responsible import responsible
from app.errors import KenseError
from app.security.roles import Permission, Role
from app.security.session import Session
from db.connection import Connection, cipher_version

# The document series of incident reports (REGULATION 6.10). Until that series exists the count is 0.
INCIDENT_SERIES = "incident"
_PLAIN_SQLITE = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Encryption:
    on: bool                 # the database file does not start with SQLite's plaintext header
    cipher: str              # e.g. "AES-256-CBC"
    page_hmac: str           # e.g. "HMAC_SHA512": every page authenticated
    page_size: int
    version: str             # SQLCipher's version


@dataclass(frozen=True)
class DeviceBinding:
    state: str               # "bound" | "missing" | "unavailable" (password-only install)
    key_store: str | None    # the OS credential store's backend
    user_slots: int          # one key slot per active user
    recovery_slot: bool


@dataclass(frozen=True)
class BackupFact:
    last_verified_at: str | None   # ISO UTC of the newest verified generation
    age_days: float | None
    stale: bool                    # none, or older than 7 days
    audit_seq: int | None          # the audit entry the backup reaches


@dataclass(frozen=True)
class AuditFact:
    verified: bool
    up_to_seq: int           # the chain is verified from entry 1 up to this one
    verified_at: str         # when (now)
    problem: str
    open_findings: int


@dataclass(frozen=True)
class SyncFact:
    enrolled: bool
    last_success: str | None
    pending: int
    failed: int


@dataclass(frozen=True)
class ProtectionState:
    school: str
    at: str                           # ISO UTC: when these figures were gathered
    responsible: str                  # the person responsible for protecting personal data
    encryption: Encryption
    device: DeviceBinding
    users_by_role: dict[str, int]     # active users per role (every role listed)
    disabled_users: int
    idle_lock_minutes: int
    lock_on_minimize: bool
    removable_export_allowed: bool
    backup: BackupFact
    audit: AuditFact
    failed_sign_ins_month: int
    month: str                        # "2026-12": the calendar month counted
    sync: SyncFact
    documents_year: int               # documents registered this year (the register at work)
    pd_operations_year: int           # records blocked, depersonalised or destroyed this year
    incidents_year: int
    year: int

    @property
    def active_users(self) -> int:
        return sum(self.users_by_role.values())

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"active_users": self.active_users}


def _encryption(session: Session) -> Encryption:
    conn = session.conn
    with open(session.profile.db_path, "rb") as handle:
        head = handle.read(len(_PLAIN_SQLITE))

    def pragma(name: str) -> str:
        row = conn.execute(f"PRAGMA {name}").fetchone()   # constant names only
        return str(row[0]) if row else ""

    page = pragma("cipher_page_size")
    return Encryption(on=head != _PLAIN_SQLITE and bool(pragma("cipher")), cipher=pragma("cipher"),
                      page_hmac=pragma("cipher_hmac_algorithm") if pragma("cipher_use_hmac") == "1" else "",
                      page_size=int(page) if page.isdigit() else 0, version=cipher_version(conn))


def _device(session: Session) -> DeviceBinding:
    profile = session.profile
    envelope = profile.load_envelope()
    backend = profile.secrets.backend_name() if profile.secrets.available() else None
    return DeviceBinding(profile.device_binding().value, backend, envelope.user_slot_count(),
                         envelope.recovery_slot() is not None)


def _users(conn: Connection) -> tuple[dict[str, int], int]:
    counts = {role.value: 0 for role in Role}
    disabled = 0
    for role, active, n in conn.execute("SELECT role, active, count(*) FROM app_user GROUP BY role, active"):
        if active:
            counts[str(role)] = int(n)
        else:
            disabled += int(n)
    return counts, disabled


def _backup(session: Session, now: datetime) -> BackupFact:
    from app.backup import service as backup_service

    try:
        state = backup_service.state(session, lambda: now)
    except (KenseError, OSError):
        return BackupFact(None, None, True, None)
    last = state.last
    return BackupFact(last.created_at if last else None, round(state.age_days, 1) if state.age_days is not None
                      else None, state.stale, last.audit_seq if last else None)


def _audit(session: Session, now: datetime) -> AuditFact:
    # The entries present before the walk are the ones it covers (a finding it records comes after).
    seq, _ = chain.head(session.conn, session.db_id)
    review = findings.review(session)
    return AuditFact(review.ok, seq if review.ok else max(0, review.seq - 1),
                     now.strftime("%Y-%m-%dT%H:%M:%SZ"), review.problem, len(review.findings))


def period_start_utc(now: datetime, *, whole_year: bool = False) -> str:
    """The first moment of this calendar month (or year) on the office's clock, as the log's UTC text."""
    local = now.astimezone()
    first = local.replace(month=1 if whole_year else local.month, day=1, hour=0, minute=0, second=0, microsecond=0)
    return first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _failed_sign_ins(conn: Connection, now: datetime) -> int:
    row = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'session.sign_in_failed' AND at >= ?",
                       (period_start_utc(now),)).fetchone()
    return int(row[0])


PD_OPERATIONS = ("person.block", "person.depersonalise", "person.destroy")


def _pd_operations(conn: Connection, now: datetime) -> int:
    row = conn.execute("SELECT count(*) FROM audit_log WHERE action IN (?, ?, ?) AND at >= ?",
                       (*PD_OPERATIONS, period_start_utc(now, whole_year=True))).fetchone()
    return int(row[0])


def _sync(session: Session) -> SyncFact:
    from app.sync import service as sync_service

    try:
        status = sync_service.status(session.profile.root, session)
    except (KenseError, OSError):
        return SyncFact(False, None, 0, 0)
    data = status.to_json()
    return SyncFact(status.enrolled, status.last_success, int(data["pending"]), int(data["failed"]))


def _count_documents(conn: Connection, year: int, series: str | None = None) -> int:
    sql = "SELECT count(*) FROM document WHERE year = ? AND reserved = 0"
    params: list[Any] = [year]
    if series is not None:
        sql += " AND series = ?"
        params.append(series)
    return int(conn.execute(sql, params).fetchone()[0])


def gather(session: Session, now: Callable[[], datetime] = utc_now) -> ProtectionState:
    """The live state (admin and director). Walks the audit chain now, as `kense audit verify` does."""
    session.require(Permission.VIEW_AUDIT)
    moment = now()
    conn = session.conn
    today = moment.astimezone().date()
    by_role, disabled = _users(conn)
    person = responsible(conn)
    audit = _audit(session, moment)
    return ProtectionState(
        school=str(conn.execute("SELECT name FROM school").fetchone()[0]),
        at=moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        responsible=person.display if person else "",
        encryption=_encryption(session),
        device=_device(session),
        users_by_role=by_role,
        disabled_users=disabled,
        idle_lock_minutes=int(settings.get(session, "idle_lock_minutes")),
        lock_on_minimize=bool(settings.get(session, "lock_on_minimize")),
        removable_export_allowed=bool(settings.get(session, "allow_removable_export")),
        backup=_backup(session, moment),
        audit=audit,
        failed_sign_ins_month=_failed_sign_ins(conn, moment),
        month=f"{today.year:04d}-{today.month:02d}",
        sync=_sync(session),
        documents_year=_count_documents(conn, today.year),
        pd_operations_year=_pd_operations(conn, moment),
        incidents_year=_count_documents(conn, today.year, INCIDENT_SERIES),
        year=today.year,
    )


def local_day(iso: str) -> date:
    """The office's calendar day of a UTC moment from the log or a backup."""
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().date()
