"""Append-only, hash-chained audit log (DESIGN §5).

hash_n = SHA-256(0x01 || hash_{n-1} || canonical(row_n)), starting from a genesis hash bound to the
database id (domain separation as in RFC 6962: leaf-like rows and the genesis never collide).
``detail`` names fields and small codes (a reason, a count), never personal values.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from app.clock import now_iso
from db.connection import Connection

_ROW_PREFIX = b"\x01"
_GENESIS_PREFIX = b"\x00kense-audit-genesis\x00"
_MAX_DETAIL_TEXT = 80


def genesis_hash(db_id: str) -> str:
    return hashlib.sha256(_GENESIS_PREFIX + db_id.encode("ascii")).hexdigest()


def _canonical(row: dict[str, Any]) -> bytes:
    return json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def row_hash(prev_hash: str, row: dict[str, Any]) -> str:
    return hashlib.sha256(_ROW_PREFIX + bytes.fromhex(prev_hash) + _canonical(row)).hexdigest()


def _check_detail(detail: dict[str, Any]) -> None:
    """Reject detail shapes that could carry personal data (long free text, nested records)."""
    for key, value in detail.items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, bool | int | float) or item is None:
                continue
            if not isinstance(item, str) or len(item) > _MAX_DETAIL_TEXT:
                raise ValueError(f"audit detail '{key}' must be short codes or field names")


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    user_id: str | None
    action: str
    object_type: str
    object_id: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str


def head(conn: Connection, db_id: str) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, genesis_hash(db_id))


def append(conn: Connection, db_id: str, *, user_id: str | None, action: str, object_type: str = "",
           object_id: str = "", detail: dict[str, Any] | None = None, at: str | None = None) -> tuple[int, str]:
    """Append one entry. Call inside the write transaction of the change it describes."""
    detail = dict(detail or {})
    _check_detail(detail)
    seq, prev = head(conn, db_id)
    seq += 1
    row = {"seq": seq, "at": at or now_iso(), "user_id": user_id, "action": action,
           "object_type": object_type, "object_id": object_id, "detail": detail}
    digest = row_hash(prev, row)
    conn.execute(
        "INSERT INTO audit_log (seq, at, user_id, action, object_type, object_id, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, row["at"], user_id, action, object_type, object_id,
         json.dumps(detail, sort_keys=True, ensure_ascii=False), prev, digest),
    )
    return seq, digest


def _entry(r: tuple[Any, ...]) -> AuditEntry:
    return AuditEntry(int(r[0]), str(r[1]), r[2], str(r[3]), str(r[4]), str(r[5]), json.loads(r[6]),
                      str(r[7]), str(r[8]))


_COLUMNS = "seq, at, user_id, action, object_type, object_id, detail, prev_hash, hash"


def entries(conn: Connection, *, limit: int | None = None, user_id: str | None = None,
            action_prefix: str | None = None, object_id: str | None = None) -> list[AuditEntry]:
    """Newest first."""
    sql = f"SELECT {_COLUMNS} FROM audit_log WHERE 1=1"  # noqa: S608 — constant column list
    params: list[Any] = []
    if user_id:
        sql += " AND user_id = ?"
        params.append(user_id)
    if action_prefix:
        sql += " AND action >= ? AND action < ?"
        params += [action_prefix, action_prefix + "\uffff"]
    if object_id:
        sql += " AND object_id = ?"
        params.append(object_id)
    sql += " ORDER BY seq DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [_entry(r) for r in conn.execute(sql, params)]


@dataclass(frozen=True)
class Verification:
    ok: bool
    entries: int
    head: str
    problem: str = ""   # "edited" | "missing" | "reordered" | "truncated" | "checkpoint_mismatch"
    seq: int = 0


def verify(conn: Connection, db_id: str, checkpoint: tuple[int, str] | None,
           accepted: frozenset[int] = frozenset()) -> Verification:
    """Walk the whole chain; then check that it still contains (extends) the outside checkpoint.

    ``accepted`` holds the sequence numbers of breaks an administrator has acknowledged
    (app/audit/findings.py): the walk goes on past them from the stored hash, so a later break is
    still found, and one acknowledged break does not hide the rest of the log for ever.
    """
    prev = genesis_hash(db_id)
    expected_seq = 1
    count = 0
    hashes_at_checkpoint: str | None = None
    for r in conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq"):  # noqa: S608
        entry = _entry(r)
        row = {"seq": entry.seq, "at": entry.at, "user_id": entry.user_id, "action": entry.action,
               "object_type": entry.object_type, "object_id": entry.object_id, "detail": entry.detail}
        if entry.seq != expected_seq:
            if expected_seq not in accepted:
                return Verification(False, count, prev, "missing", expected_seq)
        elif entry.prev_hash != prev:
            if entry.seq not in accepted:
                return Verification(False, count, prev, "reordered", entry.seq)
        elif row_hash(prev, row) != entry.hash and entry.seq not in accepted:
            return Verification(False, count, prev, "edited", entry.seq)
        prev = entry.hash
        count += 1
        expected_seq = entry.seq + 1
        if checkpoint and entry.seq == checkpoint[0]:
            hashes_at_checkpoint = entry.hash
    if checkpoint and checkpoint[0] > 0:
        if expected_seq <= checkpoint[0]:
            return Verification(False, count, prev, "truncated", expected_seq)
        if hashes_at_checkpoint != checkpoint[1]:
            return Verification(False, count, prev, "checkpoint_mismatch", checkpoint[0])
    return Verification(True, count, prev)


def extends(conn: Connection, checkpoint: tuple[int, str]) -> bool:
    """Whether the log still holds the checkpoint's entry unchanged: one indexed read, cheap enough to
    run before every move of the checkpoint (the full walk runs at sign-in and on `audit verify`)."""
    if checkpoint[0] <= 0:
        return True
    row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (checkpoint[0],)).fetchone()
    return row is not None and str(row[0]) == checkpoint[1]
