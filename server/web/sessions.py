"""Administrators' sign-in: argon2 passwords, a session cookie (only its hash stored), a CSRF token."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from fastapi import Request

from .. import credentials
from ..db import NOBODY, Database, Scope

COOKIE = "kense_session"
SESSION_HOURS = 8
WRITERS = ("district-admin", "ministry")     # an auditor reads only


@dataclass(frozen=True)
class Admin:
    login: str
    role: str
    org: str
    org_name: str
    org_name_ru: str
    csrf: str

    @property
    def scope(self) -> Scope:
        return Scope.admin(self.org)

    @property
    def may_write(self) -> bool:
        return self.role in WRITERS


def _hash(value: str) -> bytes:
    return hashlib.sha256(b"kense-web-session:" + value.encode("utf-8")).digest()


def sign_in(db: Database, login: str, password: str) -> str | None:
    """A new session's cookie value, or None (unknown login, disabled or wrong password alike)."""
    with db.scoped(NOBODY) as cur:
        cur.execute("SELECT kense_admin_password(%s) AS h", (login,))
        row = cur.fetchone()
    stored = row["h"] if row else None
    if stored is None:
        credentials.check_password(_DUMMY, password)    # the same time for an unknown login
        return None
    if not credentials.check_password(stored, password):
        return None
    value = secrets.token_urlsafe(32)
    with db.scoped(NOBODY) as cur:
        cur.execute("SELECT kense_session_open(%s, %s, %s, %s)", (_hash(value), login, secrets.token_urlsafe(24),
                                                                  SESSION_HOURS))
    return value


def current(db: Database, request: Request) -> Admin | None:
    value = request.cookies.get(COOKIE)
    if not value or len(value) > 100:
        return None
    with db.scoped(NOBODY) as cur:
        cur.execute("SELECT * FROM kense_session_get(%s)", (_hash(value),))
        row = cur.fetchone()
    return Admin(**row) if row else None


def sign_out(db: Database, request: Request) -> None:
    value = request.cookies.get(COOKIE)
    if value:
        with db.scoped(NOBODY) as cur:
            cur.execute("SELECT kense_session_close(%s)", (_hash(value),))


def csrf_ok(admin: Admin, sent: str | None) -> bool:
    return sent is not None and hmac.compare_digest(admin.csrf.encode(), sent.encode())


_DUMMY = credentials.hash_password(secrets.token_urlsafe(16))
