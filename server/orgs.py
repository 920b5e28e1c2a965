"""The org tree (country → oblast → district → school) and the administrators of its units."""

from __future__ import annotations

import re

from . import credentials
from .db import Cur

LEVELS = ("country", "oblast", "district", "school")
ROLES = ("district-admin", "ministry", "auditor")
_CODE = re.compile(r"[A-Za-z0-9._-]{1,32}")
_LOGIN = re.compile(r"[a-z0-9._-]{2,64}")


class OrgError(ValueError):
    pass


def add_org(cur: Cur, code: str, level: str, name: str, parent: str | None = None,
            name_ru: str = "") -> None:
    """A unit under its parent, one level down (a school under a district, a district under an oblast…)."""
    if not _CODE.fullmatch(code):
        raise OrgError("a code is 1-32 letters, digits, '.', '_' or '-' (use the national territorial code)")
    if level not in LEVELS:
        raise OrgError(f"level is one of {', '.join(LEVELS)}")
    if not name.strip() or len(name) > 300 or len(name_ru) > 300:
        raise OrgError("a name of 1-300 characters is required")
    path = [code]
    if level == "country":
        if parent:
            raise OrgError("a country has no parent")
    else:
        cur.execute("SELECT level, path FROM org WHERE code = %s", (parent,))
        row = cur.fetchone()
        if row is None:
            raise OrgError(f"no unit with the code {parent}")
        if LEVELS.index(row["level"]) != LEVELS.index(level) - 1:
            raise OrgError(f"a {level} belongs under a {LEVELS[LEVELS.index(level) - 1]}, not a {row['level']}")
        path = [*row["path"], code]
    cur.execute("SELECT 1 FROM org WHERE code = %s", (code,))
    if cur.fetchone():
        raise OrgError(f"the code {code} is taken")
    cur.execute("INSERT INTO org (code, parent, level, name, name_ru, path) VALUES (%s, %s, %s, %s, %s, %s)",
                (code, parent if level != "country" else None, level, name.strip(), name_ru.strip(), path))


def add_admin(cur: Cur, login: str, role: str, org: str, password: str | None = None) -> str:
    """The administrator and her password (made here when none is given: shown once, stored hashed)."""
    if not _LOGIN.fullmatch(login):
        raise OrgError("a login is 2-64 of a-z, 0-9, '.', '_', '-'")
    if role not in ROLES:
        raise OrgError(f"role is one of {', '.join(ROLES)}")
    cur.execute("SELECT level FROM org WHERE code = %s", (org,))
    row = cur.fetchone()
    if row is None:
        raise OrgError(f"no unit with the code {org}")
    if row["level"] == "school":
        raise OrgError("administrators belong to a district, an oblast or the country, not a school")
    cur.execute("SELECT 1 FROM admin_user WHERE login = %s", (login,))
    if cur.fetchone():
        raise OrgError(f"the login {login} is taken")
    password = password or credentials.new_password()
    if len(password) < 10:
        raise OrgError("a password has at least 10 characters")
    cur.execute("INSERT INTO admin_user (login, role, org, password_hash) VALUES (%s, %s, %s, %s)",
                (login, role, org, credentials.hash_password(password)))
    return password
