"""Device tokens, enrolment codes and administrators' passwords: made here, only their hashes stored."""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.sync.protocol import ENROL_CODE_ALPHABET, normalise_enrol_code

ENROL_CODE_LENGTH = 10          # 30^10 ≈ 5.9·10^14 codes: guessing is hopeless under the attempt limit
ENROL_CODE_HOURS = 72
TOKEN_PREFIX = "kdt1_"  # noqa: S105 - a prefix, not a secret

_hasher = PasswordHasher()


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> bytes:
    # A 256-bit random token needs no slow hash: SHA-256 is enough to make the stored value useless.
    return hashlib.sha256(token.encode("utf-8")).digest()


def new_enrol_code() -> str:
    """Ten letters shown as two groups of five, e.g. 'K7MQP-2XRTA'."""
    raw = "".join(secrets.choice(ENROL_CODE_ALPHABET) for _ in range(ENROL_CODE_LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def enrol_code_hash(code: str) -> bytes:
    return hashlib.sha256(b"kense-enrol-v1:" + normalise_enrol_code(code).encode("utf-8")).digest()


def looks_like_enrol_code(code: str) -> bool:
    norm = normalise_enrol_code(code)
    return len(norm) == ENROL_CODE_LENGTH and all(c in ENROL_CODE_ALPHABET for c in norm)


def new_password() -> str:
    return secrets.token_urlsafe(12)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
