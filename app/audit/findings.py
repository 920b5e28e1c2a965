"""Integrity findings: what the profile's checks found wrong, kept until an administrator acknowledges it.

A finding is a fact the school must be told about and that must not go away by itself: the database
was rolled back to an older copy, the audit chain is broken (an entry edited, missing or reordered),
the checkpoint kept outside the database is missing or forged, the list of findings in the key file
was altered, or the whole-file check found a damaged page. Once recorded, a finding is reported by
`kense status`, `kense audit verify` (exit 1) and the Security panel, and at every sign-in, until an
administrator acknowledges it with a reason (`kense audit acknowledge --reason …` or the panel's
button) — an audited act.

Where it is kept. Twice, so that neither copy alone can erase it:
- in the key envelope (`kense.keys`), MAC'd under a key derived from the data key, so restoring an
  older `kense.db` cannot erase it and someone who can write the key file but lacks the data key
  cannot forge, edit or acknowledge one (an altered list is itself a finding);
- in the database table `audit_finding` (migration 0009), which also keeps the acknowledgement's
  reason (the envelope is not encrypted and keeps only who and when).
The two are merged at every check; a finding present in either stays.

The checkpoint moves only over a chain that verifies and extends it (`chain.extends`): a write after a
rollback records a finding instead of laundering it. Acknowledging the last open chain finding
re-anchors the checkpoint at the current head.

API for other parts (GUI lists, alerts), all taking a signed-in :class:`Session`:
- ``open_findings(session) -> list[Finding]``   open ones, oldest first (needs ``audit.view``)
- ``all_findings(session) -> list[Finding]``    open and acknowledged, newest first
- ``review(session) -> Review``                 run the checks now (records new findings)
- ``acknowledge(session, reason, finding_id=None) -> list[Finding]``
                                                 admin only (``audit.acknowledge``); all open ones
                                                 when no id is given; raises InvalidInput if none.
``Finding.to_json()`` gives a plain dict; ``message_key(finding)`` the catalogue key of its text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from app.audit import chain
from app.audit import messages as _messages  # noqa: F401 — registers the texts
from app.clock import now_iso
from app.errors import InvalidInput
from app.ids import uuid7
from app.security.envelope import Checkpoint, Envelope
from app.security.roles import Permission
from app.text import clean_text
from db.connection import Connection, DatabaseError
from db.transaction import write_transaction

if TYPE_CHECKING:
    from app.security.session import Session

ROLLBACK = "rollback"                      # the log no longer holds the outside checkpoint
CHAIN_BROKEN = "chain_broken"              # an entry edited, missing or reordered
CHECKPOINT_MISSING = "checkpoint_missing"  # the envelope's checkpoint was removed
CHECKPOINT_FORGED = "checkpoint_forged"    # its MAC does not match
FINDINGS_ALTERED = "findings_altered"      # the envelope's list of findings was altered
DATABASE_DAMAGED = "database_damaged"      # the whole-file check found damaged pages
CHAIN_KINDS = frozenset({ROLLBACK, CHAIN_BROKEN, CHECKPOINT_MISSING, CHECKPOINT_FORGED})
KINDS = (*sorted(CHAIN_KINDS), FINDINGS_ALTERED, DATABASE_DAMAGED)
_MAX_KEPT = 200          # the envelope keeps every open finding and the newest acknowledged ones
_REASON_MIN, _REASON_MAX = 5, 500


@dataclass(frozen=True)
class Finding:
    id: str
    kind: str
    problem: str          # the check's own code, e.g. "checkpoint_mismatch", "edited"
    seq: int              # the audit entry concerned (0 = none)
    found_at: str
    acknowledged_at: str | None = None
    acknowledged_by: str | None = None   # user id
    reason: str | None = None            # only from the database copy

    @property
    def open(self) -> bool:
        return self.acknowledged_at is None

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"open": self.open}

    def envelope_item(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "problem": self.problem, "seq": self.seq,
                "found_at": self.found_at, "acknowledged_at": self.acknowledged_at,
                "acknowledged_by": self.acknowledged_by}


def message_key(finding: Finding) -> str:
    return f"finding.{finding.kind}"


@dataclass(frozen=True)
class Review:
    verification: chain.Verification
    findings: list[Finding]               # every open finding after this review

    @property
    def ok(self) -> bool:
        return self.verification.ok and not self.findings

    # the chain's own answer, for callers that read a Verification
    entries = property(lambda self: self.verification.entries)
    head = property(lambda self: self.verification.head)
    problem = property(lambda self: self.verification.problem or (self.findings[0].kind if self.findings else ""))
    seq = property(lambda self: self.verification.seq or (self.findings[0].seq if self.findings else 0))


# ----------------------------------------------------------------------------- the two copies
def _from_item(item: dict[str, Any]) -> Finding | None:
    try:
        kind = str(item["kind"])
        if kind not in KINDS:
            return None
        return Finding(str(item["id"])[:40], kind, str(item.get("problem") or "")[:40], int(item.get("seq") or 0),
                       str(item["found_at"])[:25],
                       str(item["acknowledged_at"])[:25] if item.get("acknowledged_at") else None,
                       str(item["acknowledged_by"])[:40] if item.get("acknowledged_by") else None)
    except (KeyError, TypeError, ValueError):
        return None


def _db_findings(conn: Connection) -> dict[str, Finding]:
    rows = conn.execute("SELECT id, kind, problem, seq, found_at, acknowledged_at, acknowledged_by, reason"
                        " FROM audit_finding").fetchall()
    return {str(r[0]): Finding(str(r[0]), str(r[1]), str(r[2]), int(r[3]), str(r[4]), r[5], r[6], r[7])
            for r in rows}


def _merge(conn: Connection, envelope: Envelope, dek: bytes) -> tuple[dict[str, Finding], bool]:
    """Both copies merged (acknowledged wins: only a holder of the data key can write either); and
    whether the envelope's copy was altered."""
    stored = envelope.findings(dek)
    merged = _db_findings(conn)
    for item in stored or []:
        found = _from_item(item)
        if found is None:
            continue
        mine = merged.get(found.id)
        if mine is None:
            merged[found.id] = found
        elif mine.open and not found.open:
            merged[found.id] = Finding(**{**asdict(mine), "acknowledged_at": found.acknowledged_at,
                                          "acknowledged_by": found.acknowledged_by})
    return merged, stored is None


def _store(conn: Connection, envelope: Envelope, dek: bytes, merged: dict[str, Finding]) -> None:
    """Write the merged list to both copies (call inside a write transaction and the envelope lock)."""
    for f in merged.values():
        conn.execute(
            "INSERT INTO audit_finding (id, kind, problem, seq, found_at, acknowledged_at, acknowledged_by, reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " acknowledged_at = excluded.acknowledged_at, acknowledged_by = excluded.acknowledged_by,"
            " reason = coalesce(excluded.reason, audit_finding.reason)",
            (f.id, f.kind, f.problem, f.seq, f.found_at, f.acknowledged_at, f.acknowledged_by, f.reason))
    ordered = sorted(merged.values(), key=lambda f: (f.open, f.found_at))
    kept = [f for f in ordered if f.open] + [f for f in ordered if not f.open][-_MAX_KEPT:]
    envelope.set_findings(dek, [f.envelope_item() for f in sorted(kept, key=lambda f: (f.found_at, f.id))])


def _add(new: list[Finding], merged: dict[str, Finding], kind: str, problem: str = "", seq: int = 0) -> None:
    """Record a new finding unless the same one is already open (a broken entry is one finding per
    entry; every other kind is one finding until acknowledged, however its details move)."""
    if any(f.open and f.kind == kind and (kind != CHAIN_BROKEN or (f.seq, f.problem) == (seq, problem))
           for f in merged.values()):
        return
    finding = Finding(uuid7(), kind, problem, seq, now_iso())
    merged[finding.id] = finding
    new.append(finding)


def _accepted(merged: dict[str, Finding]) -> frozenset[int]:
    return frozenset(f.seq for f in merged.values() if not f.open and f.kind == CHAIN_BROKEN and f.seq)


def _audit_new(conn: Connection, db_id: str, user_id: str | None, new: list[Finding]) -> None:
    for f in new:
        chain.append(conn, db_id, user_id=user_id, action="audit.finding", object_type="audit_finding",
                     object_id=f.id, detail={"kind": f.kind, "problem": f.problem, "seq": f.seq})


# ----------------------------------------------------------------------------- the checks
def check(conn: Connection, envelope: Envelope, dek: bytes, *, user_id: str | None,
          damage: bool = False) -> Review:
    """Verify the chain against the outside checkpoint, record what is new, keep both copies in step.

    Call under the envelope lock (``profile.locked_envelope()``) outside any transaction. The
    checkpoint is not moved here; :func:`move_checkpoint` does that once the caller's own entries are in.
    """
    merged, altered = _merge(conn, envelope, dek)
    new: list[Finding] = []
    if altered:
        _add(new, merged, FINDINGS_ALTERED)
    checkpoint, problem = envelope.checkpoint_state(dek)
    if problem:
        _add(new, merged, CHECKPOINT_MISSING if problem == "missing" else CHECKPOINT_FORGED)
    outside = (checkpoint.seq, checkpoint.head) if checkpoint else None
    verification = chain.verify(conn, envelope.db_id, outside, _accepted(merged))
    if not verification.ok:
        kind = ROLLBACK if verification.problem in ("truncated", "checkpoint_mismatch") else CHAIN_BROKEN
        _add(new, merged, kind, verification.problem, verification.seq)
    if damage:
        _add(new, merged, DATABASE_DAMAGED)
    with write_transaction(conn):
        _audit_new(conn, envelope.db_id, user_id, new)
        _store(conn, envelope, dek, merged)
    return Review(verification, sorted((f for f in merged.values() if f.open), key=lambda f: f.found_at))



def note_damage(envelope: Envelope, dek: bytes) -> None:
    """Damage found while the database itself takes no write: the finding goes into the envelope's
    copy only (MAC'd under the data key); the next writable sign-in merges it into the database."""
    items = envelope.findings(dek) or []
    if any(i.get("kind") == DATABASE_DAMAGED and not i.get("acknowledged_at") for i in items):
        return
    items.append(Finding(uuid7(), DATABASE_DAMAGED, "", 0, now_iso()).envelope_item())
    envelope.set_findings(dek, items)


def move_checkpoint(conn: Connection, envelope: Envelope, dek: bytes, *, user_id: str | None) -> bool:
    """Move the outside checkpoint to the log's head, only if the log still extends it and no chain
    finding is open. Otherwise record the finding (a rollback seen by a later write) and leave it.
    Call under the envelope lock, outside any transaction. Returns whether it moved."""
    checkpoint, problem = envelope.checkpoint_state(dek)
    merged, altered = _merge(conn, envelope, dek)
    new: list[Finding] = []
    if problem:
        _add(new, merged, CHECKPOINT_MISSING if problem == "missing" else CHECKPOINT_FORGED)
    elif checkpoint is not None and not chain.extends(conn, (checkpoint.seq, checkpoint.head)):
        _add(new, merged, ROLLBACK, "checkpoint_mismatch", checkpoint.seq)
    if altered:
        _add(new, merged, FINDINGS_ALTERED)
    if new or altered:
        with write_transaction(conn):
            _audit_new(conn, envelope.db_id, user_id, new)
            _store(conn, envelope, dek, merged)
    if problem or any(f.open and f.kind in CHAIN_KINDS for f in merged.values()):
        return False
    if checkpoint is not None and not chain.extends(conn, (checkpoint.seq, checkpoint.head)):
        return False
    seq, head = chain.head(conn, envelope.db_id)
    envelope.set_checkpoint(dek, Checkpoint(seq, head))
    return True


# ----------------------------------------------------------------------------- the session API
def review(session: Session) -> Review:
    """Run the checks now (status, `audit verify`, the Security panel); records what is new."""
    session.require(Permission.VIEW_AUDIT)
    if session.notices.read_only:
        return _review_read_only(session)
    with session.profile.locked_envelope() as envelope:
        result = check(session.conn, envelope, session.dek, user_id=session.user.id)
        move_checkpoint(session.conn, envelope, session.dek, user_id=session.user.id)
    return result


def _review_read_only(session: Session) -> Review:
    """A damaged database that takes no write: the same checks, recording nothing new in it."""
    with session.profile.locked_envelope(save=False) as envelope:
        try:
            merged, _ = _merge(session.conn, envelope, session.dek)
        except DatabaseError:
            merged = {f.id: f for f in map(_from_item, envelope.findings(session.dek) or []) if f is not None}
        checkpoint = envelope.checkpoint(session.dek)
    outside = (checkpoint.seq, checkpoint.head) if checkpoint else None
    try:
        verification = chain.verify(session.conn, envelope.db_id, outside, _accepted(merged))
    except DatabaseError:
        verification = chain.Verification(False, 0, "", "unreadable")
    return Review(verification, sorted((f for f in merged.values() if f.open), key=lambda f: f.found_at))


def all_findings(session: Session) -> list[Finding]:
    session.require(Permission.VIEW_AUDIT)
    with session.profile.locked_envelope(save=False) as envelope:
        merged, _ = _merge(session.conn, envelope, session.dek)
    db_copy = _db_findings(session.conn)
    out = [Finding(**{**asdict(f), "reason": db_copy[f.id].reason if f.id in db_copy else None})
           for f in merged.values()]
    return sorted(out, key=lambda f: (f.found_at, f.id), reverse=True)


def open_findings(session: Session) -> list[Finding]:
    return sorted((f for f in all_findings(session) if f.open), key=lambda f: (f.found_at, f.id))


def acknowledge(session: Session, reason: str, finding_id: str | None = None) -> list[Finding]:
    """Acknowledge one open finding, or all of them, with the administrator's reason (audited).
    When no chain finding stays open, the checkpoint is re-anchored at the current head."""
    session.require(Permission.ACKNOWLEDGE_FINDINGS)
    reason = clean_text(reason)
    if not (_REASON_MIN <= len(reason) <= _REASON_MAX):
        raise InvalidInput("finding.reason_length", min=_REASON_MIN, max=_REASON_MAX)
    conn, dek = session.conn, session.dek
    with session.profile.locked_envelope() as envelope:
        merged, _ = _merge(conn, envelope, dek)
        targets = [f for f in merged.values() if f.open and (finding_id is None or f.id == finding_id)]
        if not targets:
            raise InvalidInput("finding.none_open")
        at = now_iso()
        done = []
        for f in targets:
            merged[f.id] = Finding(**{**asdict(f), "acknowledged_at": at, "acknowledged_by": session.user.id,
                                      "reason": reason})
            done.append(merged[f.id])
        with write_transaction(conn):
            for f in done:
                session.audit(conn, "audit.finding_acknowledged", "audit_finding", f.id,
                              {"kind": f.kind, "seq": f.seq})
            _store(conn, envelope, dek, merged)
        still_open = any(f.open and f.kind in CHAIN_KINDS for f in merged.values())
        if not still_open and chain.verify(conn, envelope.db_id, None, _accepted(merged)).ok:
            seq, head = chain.head(conn, envelope.db_id)   # the admin accepted the log as it now is
            envelope.set_checkpoint(dek, Checkpoint(seq, head))
    return done
