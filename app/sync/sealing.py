"""Sealing at commit and receipts at sign-in: the two places where the encrypted outbox and the plain
spool meet (docs/adr/009-sync-while-locked.md). Both run on a connection of a signed-in session.

Order of every step, so that a crash anywhere leaves something the next pass repairs:
  seal:      read row (revision r) -> spool write (idempotent by "<id>.<r>") -> outbox mark sealed(r)
  reconcile: read spool answers -> outbox update (only for the answered revision) -> commit -> spool forget
A crash after the spool write and before the mark reseals nothing (the spool keeps its first seal);
after the outbox commit and before the forget, the answer is applied again (a no-op: the row has moved).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.clock import now_iso
from app.ids import uuid7
from app.sync import outbox, payloads
from app.sync.protocol import CHUNK_SIZE, FileSealer, seal_record
from app.sync.spool import DONE, Spool
from db.connection import Connection
from db.transaction import write_transaction

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Enrolment:
    server_url: str
    server_id: str
    server_public_key: bytes
    device_id: str
    school_code: str
    school_name: str
    enrolled_at: str


def enrolment(conn: Connection) -> Enrolment | None:
    row = conn.execute("SELECT server_url, server_id, server_public_key, device_id, school_code, school_name,"
                       " enrolled_at FROM sync_enrolment WHERE one = 1").fetchone()
    if row is None:
        return None
    return Enrolment(row[0], row[1], bytes(row[2]), row[3], row[4], row[5], row[6])


def save_enrolment(conn: Connection, e: Enrolment) -> None:
    conn.execute("INSERT INTO sync_enrolment (one, server_url, server_id, server_public_key, device_id, school_code,"
                 " school_name, enrolled_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (one) DO UPDATE SET"
                 " server_url = excluded.server_url, server_id = excluded.server_id,"
                 " server_public_key = excluded.server_public_key, device_id = excluded.device_id,"
                 " school_code = excluded.school_code, school_name = excluded.school_name,"
                 " enrolled_at = excluded.enrolled_at",
                 (e.server_url, e.server_id, e.server_public_key, e.device_id, e.school_code, e.school_name,
                  e.enrolled_at))


def forget_enrolment(conn: Connection) -> None:
    conn.execute("DELETE FROM sync_enrolment")


@dataclass
class SealReport:
    sealed: int = 0
    unsendable: int = 0


def seal_pending(conn: Connection, spool: Spool) -> SealReport:
    """Seal every outbox revision not sealed yet to the pinned server key. Without an enrolment nothing
    is sealed: the rows wait, pending, for one."""
    report = SealReport()
    enrolled = enrolment(conn)
    if enrolled is None:
        return report
    for row in outbox.to_seal(conn):
        cid = row.client_id
        try:
            if row.record_type == payloads.FILE_TYPE:
                ref = payloads.file_for(conn, row.record_id)
                if not spool.has(cid):
                    sealer = FileSealer(enrolled.server_public_key, ref.sha256, ref.size)
                    chunks = (sealer.seal_chunk(i, piece) for i, piece in
                              enumerate(payloads.file_pieces(conn, ref.sha256, CHUNK_SIZE)))
                    spool.add_file(cid, row.id, row.revision, row.record_id, ref.sha256, ref.size, chunks)
            else:
                record = payloads.record_for(conn, row.record_type, row.record_id, row.version)
                if not spool.has(cid):
                    spool.add_record(cid, row.id, row.revision, str(record.type), record.id, record.version,
                                     seal_record(record, enrolled.server_public_key, compress=True))
        except payloads.NotSendable:
            with write_transaction(conn):
                outbox.apply_answer(conn, row.id, row.revision, "invalid", "not sendable from this database", 0)
            report.unsendable += 1
            continue
        with write_transaction(conn):
            outbox.mark_sealed(conn, row.id, row.revision)
        report.sealed += 1
    return report


@dataclass
class ReconcileReport:
    applied: int = 0
    stale: int = 0
    requeued: int = 0


def reconcile(conn: Connection, spool: Spool) -> ReconcileReport:
    """Carry the server's answers from the spool into the outbox, then forget them in the spool.
    Rows the outbox says are on their way but the spool does not hold (a restored older database,
    a lost spool, an unenrolment) go back to pending, to be sealed and sent again: the server's
    idempotency turns what it already has into an "ok"."""
    report = ReconcileReport()
    answered = spool.items(DONE)
    with write_transaction(conn):
        for item in answered:
            if outbox.apply_answer(conn, item.outbox_id, item.revision, item.result or "invalid",
                                   item.detail or "", item.attempts):
                report.applied += 1
            else:
                report.stale += 1
    spool.forget(i.client_id for i in answered)
    held = {i.client_id for i in spool.items()}
    with write_transaction(conn):
        for row in outbox.rows(conn, (outbox.UPLOADING,)):
            if row.sealed_revision == row.revision and row.client_id not in held:
                conn.execute("UPDATE sync_outbox SET state = 'pending', sealed_revision = NULL, updated_at = ?"
                             " WHERE id = ? AND revision = ?", (now_iso(), row.id, row.revision))
                report.requeued += 1
    return report


def queue_checkpoint(conn: Connection, db_id: str, *, min_interval: float = 0.0) -> bool:
    """Queue the audit chain's head as a checkpoint for the district, when it moved since the last one
    (and, with `min_interval`, when the last one is at least that many seconds old)."""
    from app.audit import chain
    from app.clock import parse_iso, utc_now
    from app.documents.outbox import enqueue

    seq, head = chain.head(conn, db_id)
    last = conn.execute("SELECT seq, created_at FROM sync_checkpoint ORDER BY seq DESC LIMIT 1").fetchone()
    if seq == 0 or (last is not None and seq <= int(last[0])):
        return False
    if last is not None and min_interval and (utc_now() - parse_iso(last[1])).total_seconds() < min_interval:
        return False
    rid = uuid7()
    with write_transaction(conn):
        conn.execute("INSERT INTO sync_checkpoint (seq, head, record_id, created_at) VALUES (?, ?, ?, ?)",
                     (seq, head, rid, now_iso()))
        enqueue(conn, "audit_checkpoint", rid, 1)
    return True
