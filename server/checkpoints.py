"""Audit checkpoints: each must extend the last one the server holds for the school (DESIGN §9)."""

from __future__ import annotations

from dataclasses import dataclass

from app.sync.protocol import Checkpoint

from .db import Cur


@dataclass(frozen=True)
class Outcome:
    extends: bool
    last_seq: int | None


def accept(cur: Cur, school: str, device_id: str, cp: Checkpoint) -> Outcome:
    """Store the checkpoint; a fork or a rollback is stored too, marked, and raises an alert."""
    # One school's checkpoints are judged one at a time (two devices, or a retry racing the original).
    cur.execute("SELECT pg_advisory_xact_lock(hashtext('kense-checkpoint'), hashtext(%s))", (school,))
    head, prev_head = bytes.fromhex(cp.head), bytes.fromhex(cp.prev_head) if cp.prev_head else None
    cur.execute("SELECT extends FROM checkpoint WHERE school = %s AND seq = %s AND head = %s", (school, cp.seq, head))
    held = cur.fetchone()
    if held is not None:                      # a repeat: the same verdict as the first time
        return Outcome(held["extends"], _last(cur, school)[0])
    last_seq, last_head = _last(cur, school)
    if last_seq is None:
        extends, why = True, ""
    elif cp.seq <= last_seq:
        extends = False
        why = (f"checkpoint {cp.seq} differs from the one held for that number (a forked database)"
               if cp.seq == last_seq else f"checkpoint {cp.seq} is older than the last one held ({last_seq}):"
               " the school database may have been restored from an old copy")
    elif cp.prev_seq is None:
        extends, why = False, f"checkpoint {cp.seq} starts a new chain although {last_seq} is held"
    elif cp.prev_seq == last_seq:
        extends = prev_head == last_head
        why = "" if extends else f"checkpoint {cp.seq} continues another chain than the one held (a fork)"
    elif cp.prev_seq > last_seq:
        extends, why = True, ""                # checkpoints in between were lost on the way
    else:
        extends = False
        why = (f"checkpoint {cp.seq} follows {cp.prev_seq}, older than the last one held ({last_seq}):"
               " the school database may have been restored from an old copy")
    cur.execute("INSERT INTO checkpoint (school, seq, head, prev_seq, prev_head, extends, device_id)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s)", (school, cp.seq, head, cp.prev_seq, prev_head, extends,
                                                         device_id))
    if not extends:
        cur.execute("INSERT INTO alert (school, kind, detail) VALUES (%s, 'checkpoint_not_extending', %s)",
                    (school, why))
    return Outcome(extends, cp.seq if extends else last_seq)


def _last(cur: Cur, school: str) -> tuple[int | None, bytes | None]:
    cur.execute("SELECT seq, head FROM checkpoint WHERE school = %s AND extends ORDER BY seq DESC LIMIT 1", (school,))
    row = cur.fetchone()
    return (row["seq"], bytes(row["head"])) if row else (None, None)
