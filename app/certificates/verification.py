"""QR verification of issued certificates.

The QR carries one line of ASCII-safe text (documented in docs/adr/005-certificate-qr.md)::

    KENSE1|<school id>|<series: S E T>|<number as printed>|<YYYY-MM-DD>|<checksum>

The checksum is HMAC-SHA256 over everything before it, keyed with a 256-bit key that belongs to the
school and lives in the encrypted database (created on first use), truncated to 50 bits and written as
10 base32 letters. Any phone reads the text; only the school's Kense (and later the district server,
which will receive the key with the register) can tell a real number from an invented one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.clock import now_iso
from app.security.roles import Permission
from app.security.session import Session
from db.connection import Connection

PREFIX = "KENSE1"
SERIES_CODES = {"study": "S", "employment": "E", "transfer": "T"}
_CODE_SERIES = {code: series for series, code in SERIES_CODES.items()}
CHECKSUM_LENGTH = 10


def school_key(conn: Connection, school_id: str) -> bytes:
    """The school's key, created on first use. Call inside a write transaction when it may be new."""
    row = conn.execute("SELECT key FROM certificate_key WHERE school_id = ?", (school_id,)).fetchone()
    if row is not None:
        return bytes(row[0])
    key = secrets.token_bytes(32)
    conn.execute("INSERT INTO certificate_key (school_id, key, created_at) VALUES (?, ?, ?)",
                 (school_id, key, now_iso()))
    return key


def _signed_part(school_id: str, series: str, number: str, day: str) -> str:
    return "|".join((PREFIX, school_id, SERIES_CODES[series], number, day))


def checksum(key: bytes, school_id: str, series: str, number: str, day: str) -> str:
    mac = hmac.new(key, _signed_part(school_id, series, number, day).encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(mac).decode("ascii")[:CHECKSUM_LENGTH]


def qr_text(school_id: str, series: str, number: str, day: str, check: str) -> str:
    return f"{_signed_part(school_id, series, number, day)}|{check}"


@dataclass(frozen=True)
class Parsed:
    school_id: str
    series: str
    number: str
    day: str
    checksum: str


def parse(text: str) -> Parsed | None:
    parts = text.strip().split("|")
    if len(parts) != 6 or parts[0] != PREFIX or parts[2] not in _CODE_SERIES:
        return None
    try:
        date.fromisoformat(parts[4])
    except ValueError:
        return None
    if len(parts[5]) != CHECKSUM_LENGTH or not parts[3]:
        return None
    return Parsed(parts[1], _CODE_SERIES[parts[2]], parts[3], parts[4], parts[5])


@dataclass(frozen=True)
class Verdict:
    status: str            # valid | void | forged
    reason: str            # ok | voided | malformed | other_school | bad_checksum | not_in_register
    number: str = ""
    issued_on: str = ""
    template: str = ""
    person_name: str = ""
    void_reason: str = ""

    @property
    def valid(self) -> bool:
        return self.status == "valid"

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


def verify(session: Session, text: str) -> Verdict:
    """Valid, void (with its reason) or forged (with why) — never an exception for a bad text."""
    session.require(Permission.VIEW_CERTIFICATES)
    conn = session.conn
    parsed = parse(text)
    if parsed is None:
        return Verdict("forged", "malformed")
    school_id = conn.execute("SELECT id FROM school").fetchone()[0]
    if parsed.school_id != school_id:
        return Verdict("forged", "other_school", parsed.number, parsed.day)
    row = conn.execute("SELECT key FROM certificate_key WHERE school_id = ?", (school_id,)).fetchone()
    expected = checksum(bytes(row[0]), school_id, parsed.series, parsed.number, parsed.day) if row else ""
    if not expected or not hmac.compare_digest(expected, parsed.checksum):
        return Verdict("forged", "bad_checksum", parsed.number, parsed.day)
    found = conn.execute(
        "SELECT number, issued_on, template, person_name, voided_at, void_reason FROM certificate"
        " WHERE series = ? AND number = ? AND issued_on = ?", (parsed.series, parsed.number, parsed.day)).fetchone()
    if found is None:  # a genuine checksum for a number the register does not hold: a database rolled back
        return Verdict("forged", "not_in_register", parsed.number, parsed.day)
    if found[4]:
        return Verdict("void", "voided", found[0], found[1], found[2], found[3], found[5] or "")
    return Verdict("valid", "ok", found[0], found[1], found[2], found[3])
