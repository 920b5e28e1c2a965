"""Sync as the CLI and the GUI use it: enrol, status, one run, retry, unenrol."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.clock import now_iso
from app.errors import AuthenticationRefused, InvalidInput, KenseError
from app.security.device_secret import DeviceSecretStore
from app.security.roles import Permission
from app.security.session import Session
from app.sync import agent, credentials, outbox, sealing
from app.sync.client import Client, LinkDown, ServerRefused, check_server_url
from app.sync.protocol import ENROL_CODE_ALPHABET, Fatal, normalise_enrol_code, raw_public_key
from app.sync.sender import SKEW_WARN_SECONDS, Backoff, Progress, RunReport, Sender
from app.sync.spool import DONE, QUEUED, SENDING, SPOOL_DIR, SPOOL_FILE, Spool


class SyncError(KenseError):
    exit_code = 1


def _spool(session_or_root: Session | Path) -> Spool:
    root = session_or_root.profile.root if isinstance(session_or_root, Session) else session_or_root
    return Spool.for_profile(root)


# ----------------------------------------------------------------- enrolment
def enrol(session: Session, server_url: str, code: str, *, device_name: str | None = None) -> dict[str, Any]:
    session.require(Permission.MANAGE_SETTINGS)
    try:
        url = check_server_url(server_url)
    except ValueError as exc:
        raise InvalidInput("sync.bad_url" if str(exc) == "url" else "sync.plain_http", url=server_url) from None
    code = normalise_enrol_code(code)
    if len(code) != 10 or any(c not in ENROL_CODE_ALPHABET for c in code):
        raise InvalidInput("sync.bad_code")
    store = session.profile.secrets
    if not store.available():
        raise SyncError("sync.keyring_unavailable")
    device_key = X25519PrivateKey.generate()
    name = (device_name or platform.node() or "Kense")[:100]
    try:
        with Client(url) as client:
            reply = client.enrol(code, name, raw_public_key(device_key))
    except LinkDown as exc:
        raise SyncError(f"sync.reason.{exc.reason}") from None
    except ServerRefused as exc:
        if exc.code == Fatal.UNAUTHORIZED:
            raise AuthenticationRefused("sync.code_refused") from None
        raise SyncError("sync.server_refused", code=exc.code, detail=exc.detail) from None
    except Exception as exc:   # a reply that is not an enrolment (ProtocolError): not this server
        raise SyncError("sync.reason.wrong_server") from exc
    conn = session.conn
    previous = sealing.enrolment(conn)
    with _spool(session) as spool:
        if previous is not None:
            sealing.reconcile(conn, spool)   # answers from the old server first: nothing is lost
        if previous is None or previous.server_public_key != reply.server_public_key:
            spool.drop_unanswered()          # sealed to a key the new server cannot open
            with session.write() as w:
                outbox.requeue_all_unsynced(w, (outbox.PENDING, outbox.UPLOADING))
        credentials.write(store, session.db_id, credentials.Credential(reply.token, url, reply.server_id,
                                                                       reply.device_id))
        with session.write() as w:
            sealing.save_enrolment(w, sealing.Enrolment(url, reply.server_id, reply.server_public_key,
                                                        reply.device_id, reply.school, reply.school_name,
                                                        now_iso()))
            session.audit(w, "sync.enrol", "sync", reply.device_id, {"server_id": reply.server_id})
        spool.set(server_url=url, server_id=reply.server_id, device_id=reply.device_id, school=reply.school,
                  enrolled_at=now_iso(), stopped=None, failures=0, last_error=None, last_error_detail=None)
    agent.prepare(session.conn, session.profile.root, session.db_id, checkpoint=True)
    return {"server": url, "server_id": reply.server_id, "device_id": reply.device_id,
            "school": {"code": reply.school, "name": reply.school_name}}


def unenrol(session: Session) -> dict[str, Any]:
    """Forget the server: token, pin. The outbox keeps every unsynced row (they go to the next server)."""
    session.require(Permission.MANAGE_SETTINGS)
    conn = session.conn
    previous = sealing.enrolment(conn)
    if previous is None:
        raise InvalidInput("sync.not_enrolled")
    with _spool(session) as spool:
        sealing.reconcile(conn, spool)
        spool.drop_unanswered()
        with session.write() as w:
            outbox.requeue_all_unsynced(w, (outbox.PENDING, outbox.UPLOADING))
            sealing.forget_enrolment(w)
            session.audit(w, "sync.unenrol", "sync", previous.device_id, {"server_id": previous.server_id})
        spool.set(server_url=None, server_id=None, device_id=None, school=None, enrolled_at=None, stopped=None)
    credentials.delete(session.profile.secrets, session.db_id)
    counts = outbox.counts(session.conn)
    return {"unenrolled": previous.server_url, "kept_unsynced": sum(v for k, v in counts.items() if k != outbox.SYNCED)}


# ----------------------------------------------------------------- running
def run_now(session: Session, *, progress: Progress | None = None, stall_seconds: float = 30.0,
            cancelled: Any = None) -> RunReport:
    """Seal what is new, send, and carry the answers into the outbox (signed in)."""
    session.require(Permission.SYNC)
    if sealing.enrolment(session.conn) is None:
        raise InvalidInput("sync.not_enrolled")
    agent.prepare(session.conn, session.profile.root, session.db_id, checkpoint=True)
    report = send_locked(session.profile.root, session.db_id, session.profile.secrets, progress=progress,
                         stall_seconds=stall_seconds, cancelled=cancelled)
    agent.prepare(session.conn, session.profile.root, session.db_id)
    return report


def prepare(session: Session, *, checkpoint: bool = False) -> None:
    """Carry the answers into the outbox and seal what is new (a signed-in step around a run)."""
    agent.prepare(session.conn, session.profile.root, session.db_id, checkpoint=checkpoint)


def send_locked(root: Path, db_id: str, store: DeviceSecretStore, *, progress: Progress | None = None,
                stall_seconds: float = 30.0, cancelled: Any = None) -> RunReport:
    """One run from the spool only: no data key needed (the session may be locked)."""
    return Sender(root, db_id, store, stall_seconds=stall_seconds, progress=progress, cancelled=cancelled).run()


def retry(session: Session, row_id: str | None) -> int:
    """A person's retry of failed rows (one, or all with None): pending under a new revision."""
    session.require(Permission.SYNC)
    conn = session.conn
    with session.write() as w:
        if row_id is None:
            n = outbox.requeue_all_unsynced(w, (outbox.ERROR, outbox.WARNING))
        else:
            row = outbox.get(w, row_id)
            if row is None or row.state not in (outbox.ERROR, outbox.WARNING):
                raise InvalidInput("sync.no_such_failed", id=row_id)
            n = int(outbox.requeue(w, row_id))
        session.audit(w, "sync.retry", "sync", row_id or "", {"count": n})
    with _spool(session) as spool:
        spool.set(stopped=None)
    agent.prepare(conn, session.profile.root, session.db_id)
    return n


# ----------------------------------------------------------------- status
@dataclass(frozen=True)
class Status:
    enrolled: bool
    server: str | None
    school: str | None
    last_contact: str | None
    last_success: str | None
    last_error: str | None
    last_error_detail: str | None
    stopped: str | None
    skew_seconds: int | None
    queued: int               # in the spool, waiting
    counts: dict[str, int] | None   # the outbox, when signed in
    failed: list[dict[str, Any]]
    failures: int
    next_try_seconds: float

    @property
    def skew_warning(self) -> bool:
        return self.skew_seconds is not None and abs(self.skew_seconds) > SKEW_WARN_SECONDS

    def to_json(self) -> dict[str, Any]:
        counts = self.counts or {}
        return {"enrolled": self.enrolled, "server": self.server, "school": self.school,
                "last_contact": self.last_contact, "last_success": self.last_success,
                "pending": counts.get(outbox.PENDING, 0) + counts.get(outbox.UPLOADING, 0) if self.counts
                else self.queued,
                "uploading": counts.get(outbox.UPLOADING, 0), "failed": len(self.failed),
                "counts": self.counts, "last_error": self.last_error, "last_error_detail": self.last_error_detail,
                "stopped": self.stopped, "clock_skew_seconds": self.skew_seconds,
                "clock_skew_warning": self.skew_warning, "failed_records": self.failed,
                "next_try_seconds": round(self.next_try_seconds)}


def _label(session: Session, row: outbox.OutboxRow) -> str:
    """What the person at the screen calls the record: its number (never a name)."""
    conn = session.conn
    found = None
    if row.record_type == "document":
        found = conn.execute("SELECT number FROM document WHERE id = ?", (row.record_id,)).fetchone()
    elif row.record_type == "document_event":
        found = conn.execute("SELECT d.number FROM document_event e JOIN document d ON d.id = e.document_id"
                             " WHERE e.id = ?", (row.record_id,)).fetchone()
    elif row.record_type == "attachment":
        found = conn.execute("SELECT d.number FROM attachment a JOIN document d ON d.id = a.document_id"
                             " WHERE a.id = ?", (row.record_id,)).fetchone()
    elif row.record_type == "incident":
        found = conn.execute("SELECT d.number FROM incident i JOIN document d ON d.id = i.document_id"
                             " WHERE i.id = ?", (row.record_id,)).fetchone()
    elif row.record_type == "certificate":
        found = conn.execute("SELECT number FROM certificate WHERE id = ?", (row.record_id,)).fetchone()
    elif row.record_type == "audit_checkpoint":
        found = conn.execute("SELECT '#' || seq FROM sync_checkpoint WHERE record_id = ?", (row.record_id,)).fetchone()
    return str(found[0]) if found else row.record_id[:8]


def status(root: Path, session: Session | None = None) -> Status:
    cfg: dict[str, Any]
    if not (Path(root) / SPOOL_DIR / SPOOL_FILE).exists():
        # Never enrolled here: say so without making a spool (nor a profile folder before setup).
        cfg, counts = {}, {QUEUED: 0, SENDING: 0, DONE: 0}
    else:
        with Spool.for_profile(root) as spool:
            cfg = spool.config()
            counts = spool.counts()
    failures = int(cfg.get("failures", "0") or 0)
    failed: list[dict[str, Any]] = []
    outbox_counts = None
    enrolled = "server_url" in cfg
    if session is not None:
        conn = session.conn
        outbox_counts = outbox.counts(conn)
        failed = [{**r.to_json(), "label": _label(session, r)} for r in outbox.failed(conn)]
        enrolled = sealing.enrolment(conn) is not None
    skew = cfg.get("skew_seconds")
    return Status(enrolled, cfg.get("server_url"), cfg.get("school"), cfg.get("last_contact"),
                  cfg.get("last_success"), cfg.get("last_error"), cfg.get("last_error_detail"), cfg.get("stopped"),
                  int(skew) if skew is not None else None, counts["queued"] + counts["sending"], outbox_counts,
                  failed, failures, Backoff().delay(failures))
