"""What leaves the school, built from the encrypted database (DESIGN §7): one outbox row -> one
protocol Record (or one file). Only the fields the contract lists; pupil and staff registers have no
builder here, so they cannot leave by mistake."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.sync.protocol import Record, RecordType
from db.connection import Connection


class NotSendable(LookupError):
    """The row names something this database does not hold (or no longer can send)."""


@dataclass(frozen=True)
class FileRef:
    sha256: str
    size: int


def _document_version(conn: Connection, rid: str, version: int) -> Record:
    row = conn.execute("SELECT data, corrects, reason, created_at FROM document_version"
                       " WHERE document_id = ? AND version = ?", (rid, version)).fetchone()
    if row is None:
        raise NotSendable(rid)
    snap = json.loads(row[0])
    # The files registered with the document by the time of this version: fixed by the version's own
    # time, so sealing again later gives the same content (and the server sees a repeat, not a conflict).
    files = [{"sha256": f[0], "size": int(f[1]), "name": f[2]} for f in conn.execute(
        "SELECT sha256, size, filename FROM attachment WHERE document_id = ? AND added_at <= ?"
        " ORDER BY added_at, id", (rid, row[3])).fetchall()]
    data = {
        "kind": snap["kind"], "number": snap["number"], "reg_date": snap["reg_date"],
        "subject": snap.get("subject", ""), "summary": snap.get("summary", ""),
        "correspondent": snap.get("correspondent", ""), "their_number": snap.get("their_number", ""),
        "their_date": snap.get("their_date"), "access_level": snap.get("access_level", "normal"),
        "corrects": row[1], "reason": row[2] or "", "files": files,
    }
    return Record(RecordType.DOCUMENT_VERSION, rid, version, data)


def _document_event(conn: Connection, rid: str, version: int) -> Record:
    row = conn.execute("SELECT document_id, kind, at, note, due_date, version FROM document_event WHERE id = ?",
                       (rid,)).fetchone()
    if row is None:
        raise NotSendable(rid)
    data = {"document_id": row[0], "kind": row[1], "at": row[2], "note": row[3] or "", "due_date": row[4],
            "version": row[5]}
    return Record(RecordType.DOCUMENT_EVENT, rid, version, data)


def _incident(conn: Connection, rid: str, version: int) -> Record:
    # The district's incident list: when, how serious, and the report in the reporter's words with its
    # register number (the register's own copy travels as a document version beside it).
    row = conn.execute("SELECT i.occurred_at, i.severity, d.number, d.subject, d.summary FROM incident i"
                       " JOIN document d ON d.id = i.document_id WHERE i.id = ?", (rid,)).fetchone()
    if row is None:
        raise NotSendable(rid)
    data = {"occurred_at": row[0], "kind": "personal_data", "severity": row[1],
            "summary": f"№ {row[2]}. {row[3]}\n{row[4]}"[:4000]}
    return Record(RecordType.INCIDENT, rid, version, data)


def _certificate(conn: Connection, rid: str, version: int) -> Record:
    row = conn.execute("SELECT series, number, issued_on, person_name, template, voided_at, void_reason, checksum"
                       " FROM certificate WHERE id = ?", (rid,)).fetchone()
    if row is None:
        raise NotSendable(rid)
    # Version 1 is the issue, version 2 the void: each is a fact of its own.
    void = version >= 2 and row[5] is not None
    data = {"series": row[0], "number": row[1], "issued_on": row[2], "person_name": row[3], "template": row[4],
            "state": "void" if void else "valid", "void_reason": (row[6] or "") if void else "", "check": row[7]}
    return Record(RecordType.CERTIFICATE, rid, version, data)


def _audit_checkpoint(conn: Connection, rid: str, version: int) -> Record:
    row = conn.execute("SELECT seq, head FROM sync_checkpoint WHERE record_id = ?", (rid,)).fetchone()
    if row is None:
        raise NotSendable(rid)
    prev = conn.execute("SELECT seq, head FROM sync_checkpoint WHERE seq < ? ORDER BY seq DESC LIMIT 1",
                        (row[0],)).fetchone()
    data = {"seq": int(row[0]), "head": row[1], "prev_seq": int(prev[0]) if prev else None,
            "prev_head": prev[1] if prev else None}
    return Record(RecordType.AUDIT_CHECKPOINT, rid, version, data)


_BUILDERS: dict[str, Callable[[Connection, str, int], Record]] = {
    "document": _document_version,
    "document_event": _document_event,
    "certificate": _certificate,
    "incident": _incident,
    "audit_checkpoint": _audit_checkpoint,
}

FILE_TYPE = "attachment"


def record_for(conn: Connection, record_type: str, record_id: str, version: int) -> Record:
    builder = _BUILDERS.get(record_type)
    if builder is None:
        raise NotSendable(record_type)
    return builder(conn, record_id, version)


def file_for(conn: Connection, attachment_id: str) -> FileRef:
    row = conn.execute("SELECT sha256, size FROM attachment WHERE id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise NotSendable(attachment_id)
    return FileRef(row[0], int(row[1]))


def file_pieces(conn: Connection, sha256: str, piece: int) -> Any:
    """The file's bytes in pieces of exactly `piece` bytes (the last shorter), streamed from the
    encrypted blob store without holding the whole file."""
    buf = bytearray()
    for (data,) in conn.execute("SELECT data FROM blob_chunk WHERE sha256 = ? ORDER BY n", (sha256,)):
        buf += data
        while len(buf) >= piece:
            yield bytes(buf[:piece])
            del buf[:piece]
    if buf:
        yield bytes(buf)
