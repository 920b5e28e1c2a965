"""What the office has to do today, gathered for the first page of the window (and ``kense today``).

One read of the register for the signed-in user: her open tasks (overdue first), overdue documents of
the office, incoming letters nobody was assigned yet, order numbers reserved and waiting for the signed
order, certificates issued today, the state of sync and backups with what to do about them, and the
notices (failed sign-ins, open integrity findings). Every item names the record it opens. Each part
is read only when the user may see it; a part that cannot be read is left out, never a failure of the
whole page.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from app.documents import queries as documents
from app.documents.model import DocumentSummary, Status
from app.errors import KenseError
from app.security.roles import Permission
from app.security.session import Session

LIMIT = 50          # items per group on the page; the section behind has all of them
BACKUP_AGE_DAYS = 1


@dataclass(frozen=True)
class CertificateItem:
    id: str
    number: str
    template: str
    person_name: str


@dataclass(frozen=True)
class BackupState:
    folder: str
    last_at: str | None         # ISO UTC time of the newest verified generation
    verified: bool
    due: bool                   # none yet, or older than a day


@dataclass(frozen=True)
class SyncState:
    pending: int                # records waiting to be sent to the district
    failed: int                 # records the server refused (kept, shown, retried by the user)
    set_up: bool


@dataclass
class Today:
    day: str
    my_tasks: list[DocumentSummary] = field(default_factory=list)
    overdue: list[DocumentSummary] = field(default_factory=list)          # the office's, not only mine
    unassigned: list[DocumentSummary] = field(default_factory=list)       # incoming, nobody responsible yet
    reserved: list[DocumentSummary] = field(default_factory=list)         # numbers waiting for the signed order
    certificates: list[CertificateItem] = field(default_factory=list)     # issued today
    backup: BackupState | None = None
    sync: SyncState | None = None
    failed_sign_ins: int = 0
    open_findings: int = 0

    def is_quiet(self) -> bool:
        return not (self.my_tasks or self.overdue or self.unassigned or self.reserved or self.failed_sign_ins
                    or self.open_findings or (self.backup is not None and self.backup.due)
                    or (self.sync is not None and self.sync.failed))


def default_backup_folder(data_dir: Path) -> Path:
    """Where `kense backup now` writes when no folder is set: beside the profile."""
    return data_dir.parent / f"{data_dir.name}-backups"


def _documents(session: Session, today: date, result: Today) -> None:
    if not session.can(Permission.VIEW_DOCUMENTS):
        return
    result.my_tasks = documents.my_tasks(session, today=today)[:LIMIT]
    mine = {d.id for d in result.my_tasks}
    overdue = documents.list_documents(session, documents.Filters(overdue=True, limit=LIMIT * 2), today=today)
    result.overdue = [d for d in overdue if d.id not in mine][:LIMIT]
    if session.can(Permission.REGISTER_DOCUMENTS):
        result.unassigned = documents.list_documents(
            session, documents.Filters(status=Status.REGISTERED, limit=LIMIT), today=today)
        result.unassigned = [d for d in result.unassigned if d.kind.value == "incoming"]
        result.reserved = documents.list_documents(session, documents.Filters(status=Status.RESERVED, limit=LIMIT),
                                                   today=today)
        waiting = {d.id for d in result.unassigned}   # shown once, where the next step (assign) is named
        result.my_tasks = [d for d in result.my_tasks if d.id not in waiting]


def _certificates(session: Session, today: date, result: Today) -> None:
    if not session.can(Permission.VIEW_CERTIFICATES):
        return
    from app.certificates import register

    rows = register.list_certificates(session, date_from=today, date_to=today, status="valid", limit=LIMIT)
    result.certificates = [CertificateItem(r["id"], r["number"], r["template"], r["person_name"]) for r in rows]


def _backup(session: Session, data_dir: Path | None, now: datetime) -> BackupState | None:
    if data_dir is None or not session.can(Permission.MANAGE_BACKUPS):
        return None
    from app.admin import settings
    from app.backup import engine
    from app.backup import settings as _declares_backup_dir  # noqa: F401 — the setting exists once imported

    configured = str(settings.get(session, "backup_dir") or "")
    folder = Path(configured) if configured else default_backup_folder(data_dir)
    try:
        generations = [g for g in engine.list_backups(folder) if g.verified] if folder.is_dir() else []
    except OSError:
        generations = []
    if not generations:
        return BackupState(str(folder), None, False, True)
    newest = generations[0]
    try:
        made = datetime.fromisoformat(newest.created_at.replace("Z", "+00:00"))
        due = now - made > timedelta(days=BACKUP_AGE_DAYS)
    except ValueError:
        due = True
    return BackupState(str(folder), newest.created_at, True, due)


def _sync(session: Session) -> SyncState | None:
    if not session.can(Permission.SYNC):
        return None
    counts = dict(session.conn.execute("SELECT state, count(*) FROM sync_outbox WHERE state != 'synced'"
                                       " GROUP BY state").fetchall())
    set_up = session.conn.execute("SELECT count(*) FROM setting WHERE key = 'sync_server'").fetchone()[0] > 0
    return SyncState(int(counts.get("pending", 0)) + int(counts.get("uploading", 0)), int(counts.get("error", 0)),
                     bool(set_up))


def gather(session: Session, *, data_dir: Path | None = None, today: date | None = None,
           now: datetime | None = None, failed_sign_ins: int = 0) -> Today:
    today = today or date.today()
    now = now or datetime.now().astimezone()
    result = Today(today.isoformat(), failed_sign_ins=failed_sign_ins)
    for part in (_documents, _certificates):
        with contextlib.suppress(KenseError):
            part(session, today, result)
    with contextlib.suppress(KenseError):
        result.backup = _backup(session, data_dir, now)
    with contextlib.suppress(KenseError):
        result.sync = _sync(session)
    if session.can(Permission.VIEW_SECURITY):
        from app.audit import findings

        with contextlib.suppress(KenseError):
            result.open_findings = len(findings.open_findings(session))
    return result
