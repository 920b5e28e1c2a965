"""Audit events noted in the key file before anyone could open the database (failed sign-ins, failed
recovery attempts), and how far they are believed.

Anyone who can write ``kense.keys`` could add such events, so each one carries a MAC keyed from the
device secret, which lives in the OS credential store and not in the file. At the next sign-in only
well-formed events with a valid MAC enter the audit chain as facts; every other one is counted, never
trusted, and the chain records just that the key file held so many unverified claims. On an install
without a credential store no event can be verified: they are all reported as claims.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# Only these actions are ever written to the key file by Kense itself.
ACTIONS = frozenset({"session.sign_in_failed", "key.recovery_failed"})
UNVERIFIED_ACTION = "audit.unverified_claims"
_MAX_REF = 128
_DOMAIN = b"kense pending audit v1\x00"
# Kense itself keeps at most 1,000 (Envelope.add_pending_audit); more than this is never looked at.
MAX_CHECKED = 20_000


def mac_key(device_secret: bytes | None, db_id: str) -> bytes | None:
    if not device_secret:
        return None
    return hmac.new(device_secret, _DOMAIN + db_id.encode("utf-8"), hashlib.sha256).digest()


def _body(event: dict[str, Any]) -> bytes:
    fields = {k: event.get(k) for k in ("at", "action", "login_ref")}
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def sign(event: dict[str, Any], key: bytes | None) -> dict[str, Any]:
    """The event as it is stored: with its MAC when this account has a device secret."""
    stored = {k: event[k] for k in ("at", "action", "login_ref")}
    if key is not None:
        stored["mac"] = hmac.new(key, _body(stored), hashlib.sha256).hexdigest()
    return stored


def _well_formed(event: object) -> bool:
    if not isinstance(event, dict):
        return False
    at, action, ref = event.get("at"), event.get("action"), event.get("login_ref")
    if action not in ACTIONS or not isinstance(ref, str) or len(ref) > _MAX_REF or not isinstance(at, str):
        return False
    try:
        when = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return False
    return 2000 <= when.year <= 2100


@dataclass
class Sorted:
    verified: list[dict[str, Any]] = field(default_factory=list)
    unverified: int = 0


def sort(events: Iterable[object], key: bytes | None) -> Sorted:
    """Split the key file's events into those proven to come from this account and a count of the rest."""
    result = Sorted()
    for index, event in enumerate(events):
        if index >= MAX_CHECKED:
            result.unverified += 1
            continue
        if key is not None and _well_formed(event):
            assert isinstance(event, dict)
            mac = event.get("mac")
            expected = hmac.new(key, _body(event), hashlib.sha256).hexdigest()
            if isinstance(mac, str) and hmac.compare_digest(mac, expected):
                result.verified.append(event)
                continue
        result.unverified += 1
    return result
