"""Audit intents: a key operation's audit entry, written into the key file in the same atomic save as
the key change itself, so a crash at any point leaves a trace.

A key operation (password change or reset, recovery, rekey) first saves the key file with both the
change and the intent; then it writes the audit entry (carrying the intent's id) into the database and
drops the intent. If the process dies in between, the next sign-in finds the intent and writes the
entry then (``completed_late``). Each intent is MAC'd under a key derived from the data key — a rekey's
under both the old and the new one — so someone who can write ``kense.keys`` but has no data key cannot
add entries this way: an intent that does not verify is only counted as a claim.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from typing import Any

from app.ids import uuid7

ACTIONS = frozenset({"user.password_change", "user.password_reset", "key.recovered", "key.rekey"})
_INFO = b"kense audit intent v1\x00"
MAX_KEPT = 100


def _key(dek: bytes, db_id: str) -> bytes:
    return hmac.new(dek, _INFO + db_id.encode("utf-8"), hashlib.sha256).digest()


def _body(intent: dict[str, Any]) -> bytes:
    fields = {k: intent.get(k) for k in ("id", "at", "user_id", "action", "object_type", "object_id", "detail")}
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def make(deks: list[bytes], db_id: str, *, at: str, user_id: str | None, action: str, object_type: str = "",
         object_id: str = "", detail: dict[str, Any] | None = None) -> dict[str, Any]:
    if action not in ACTIONS:
        raise ValueError(action)
    intent: dict[str, Any] = {"id": uuid7(), "at": at, "user_id": user_id, "action": action,
                              "object_type": object_type, "object_id": object_id, "detail": dict(detail or {})}
    intent["macs"] = [hmac.new(_key(dek, db_id), _body(intent), hashlib.sha256).hexdigest() for dek in deks]
    return intent


def marker(intent_id: str) -> str:
    """How the audit entry that completes an intent names it in its detail (see chain.append)."""
    return json.dumps({"intent": intent_id})[1:-1]


@dataclass
class Sorted:
    verified: list[dict[str, Any]] = field(default_factory=list)
    unverified: int = 0


def sort(stored: object, dek: bytes, db_id: str) -> Sorted:
    result = Sorted()
    if not isinstance(stored, list):
        result.unverified += stored is not None
        return result
    key = _key(dek, db_id)
    for index, intent in enumerate(stored):
        if index >= MAX_KEPT * 10 or not isinstance(intent, dict) or intent.get("action") not in ACTIONS:
            result.unverified += 1
            continue
        macs = intent.get("macs")
        expected = hmac.new(key, _body(intent), hashlib.sha256).hexdigest()
        if (isinstance(macs, list) and isinstance(intent.get("detail"), dict) and isinstance(intent.get("id"), str)
                and any(isinstance(m, str) and hmac.compare_digest(m, expected) for m in macs)):
            result.verified.append(intent)
        else:
            result.unverified += 1
    return result
