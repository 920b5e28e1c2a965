"""Devices of schools: enrolment with a one-time code, token authentication, rotation, revocation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from app.sync.protocol import Fatal, ProtocolError, b64decode

from . import credentials
from .db import NOBODY, Cur, Database, Scope
from .errors import ApiError

_NAME_BAD = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Device:
    school: str
    device_id: str
    by_prev_token: bool
    rotate_requested: bool

    @property
    def scope(self) -> Scope:
        return Scope.device(self.school, self.device_id)


def authenticate(db: Database, token: str) -> Device:
    """The device a bearer token belongs to; unauthorized / device_revoked otherwise."""
    if not token.startswith(credentials.TOKEN_PREFIX) or len(token) > 100:
        raise ApiError(Fatal.UNAUTHORIZED, "unknown token")
    digest = credentials.token_hash(token)
    with db.scoped(NOBODY) as cur:
        cur.execute("SELECT * FROM kense_device_for_token(%s)", (digest,))
        row = cur.fetchone()
    if row is None:
        raise ApiError(Fatal.UNAUTHORIZED, "unknown or superseded token")
    if row["state"] == "revoked":
        raise ApiError(Fatal.DEVICE_REVOKED, "the district revoked this device; enrol it again with a new code")
    device = Device(row["school"], str(row["device_id"]), row["by_prev"], row["rotate_requested"])
    with db.scoped(device.scope) as cur:
        # The first use of a rotated token retires the old one; last contact is kept to the minute.
        cur.execute("""UPDATE device SET last_seen_at = now(),
                           prev_token_hash = CASE WHEN %s THEN prev_token_hash END
                       WHERE school = %s AND device_id = %s
                         AND (last_seen_at IS NULL OR last_seen_at < now() - interval '1 minute'
                              OR (prev_token_hash IS NOT NULL AND NOT %s))""",
                    (device.by_prev_token, device.school, device.device_id, device.by_prev_token))
    return device


def enrol(db: Database, body: object) -> tuple[str, str, str, str]:
    """Redeem a code: (device id, token, school code, school name); unauthorized when the code is not good."""
    if not isinstance(body, dict) or set(body) != {"code", "device_name", "device_public_key"}:
        raise ApiError(Fatal.BAD_REQUEST, "body has exactly code, device_name, device_public_key")
    code, name, key_text = body["code"], body["device_name"], body["device_public_key"]
    if not isinstance(name, str) or not 1 <= len(name.strip()) <= 100 or _NAME_BAD.search(name):
        raise ApiError(Fatal.BAD_REQUEST, "device_name: 1-100 printable characters")
    try:
        key = b64decode(key_text, "device_public_key") if isinstance(key_text, str) else b""
    except ProtocolError as exc:
        raise ApiError(Fatal.BAD_REQUEST, exc.detail) from exc
    if len(key) != 32:
        raise ApiError(Fatal.BAD_REQUEST, "device_public_key: 32 bytes (X25519)")
    if not isinstance(code, str) or not credentials.looks_like_enrol_code(code):
        raise ApiError(Fatal.UNAUTHORIZED, "enrolment code wrong, used or expired")
    token = credentials.new_token()
    with db.scoped(NOBODY) as cur:
        cur.execute("SELECT * FROM kense_redeem_enrol_code(%s, %s, %s, %s)",
                    (credentials.enrol_code_hash(code), name.strip(), key, credentials.token_hash(token)))
        row = cur.fetchone()
    if row is None:
        raise ApiError(Fatal.UNAUTHORIZED, "enrolment code wrong, used or expired")
    return str(row["device_id"]), token, row["school"], row["school_name"]


def rotate(db: Database, device: Device) -> str:
    """A new token; the one this call came with keeps working until the new one is first used."""
    token = credentials.new_token()
    with db.scoped(device.scope) as cur:
        cur.execute("""UPDATE device SET token_hash = %s, rotate_requested = false,
                           prev_token_hash = CASE WHEN %s THEN prev_token_hash ELSE token_hash END
                       WHERE school = %s AND device_id = %s""",
                    (credentials.token_hash(token), device.by_prev_token, device.school, device.device_id))
    return token


# ---------------------------------------------------------------- the district's side (CLI, web)

def issue_enrol_code(cur: Cur, school: str, by: str, hours: int = credentials.ENROL_CODE_HOURS) -> str:
    cur.execute("SELECT level FROM org WHERE code = %s", (school,))
    row = cur.fetchone()
    if row is None or row["level"] != "school":
        raise LookupError(f"no school with the code {school}")
    code = credentials.new_enrol_code()
    cur.execute("INSERT INTO enrol_code (school, code_hash, expires_at, created_by) VALUES (%s, %s, %s, %s)",
                (school, credentials.enrol_code_hash(code), datetime.now(UTC) + timedelta(hours=hours), by))
    return code


def list_devices(cur: Cur, school: str | None = None) -> list[dict[str, Any]]:
    cur.execute("""SELECT school, device_id::text AS device_id, name, state, rotate_requested,
                          enrolled_at, last_seen_at, revoked_at FROM device
                   WHERE %(school)s::text IS NULL OR school = %(school)s ORDER BY school, enrolled_at""",
                {"school": school})
    return list(cur.fetchall())


def revoke(cur: Cur, device_id: str) -> bool:
    cur.execute("UPDATE device SET state = 'revoked', revoked_at = now() WHERE device_id::text = %s"
                " AND state = 'active'", (device_id,))
    return cur.rowcount == 1


def request_rotation(cur: Cur, device_id: str) -> bool:
    cur.execute("UPDATE device SET rotate_requested = true WHERE device_id::text = %s AND state = 'active'",
                (device_id,))
    return cur.rowcount == 1
