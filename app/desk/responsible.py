"""Who is the school's person responsible for protecting personal data (REGULATION 4.2).

A setting names her by login; while it is empty (or names someone no longer active) the longest-serving
active administrator is responsible, so there is always someone to assign incidents to and to sign off
reports — and no school is left without one because a setting was never filled in.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from app.admin import settings
from app.admin.settings import SettingSpec
from db.connection import Connection

SETTING = "privacy_officer"


def _login(value: object) -> str:
    text = str(value).strip().lower()
    if text and not re.fullmatch(r"[a-z0-9._-]{2,32}", text):
        raise ValueError
    return text


settings.declare(SettingSpec(SETTING, "", _login, "a user's login (empty: the first administrator)"))


@dataclass(frozen=True)
class Responsible:
    user_id: str
    login: str
    full_name: str

    @property
    def display(self) -> str:
        return self.full_name or self.login


def responsible(conn: Connection) -> Responsible | None:
    """The responsible person now, read on ``conn`` (any role may learn who she is)."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (SETTING,)).fetchone()
    login = ""
    if row is not None:
        login = str(json.loads(row[0]) or "")
    if login:
        found = conn.execute("SELECT id, login, full_name FROM app_user WHERE login = ? AND active = 1",
                             (login,)).fetchone()
        if found is not None:
            return Responsible(*found)
    first = conn.execute("SELECT id, login, full_name FROM app_user WHERE role = 'admin' AND active = 1"
                         " ORDER BY created_at, login LIMIT 1").fetchone()
    return Responsible(*first) if first is not None else None
