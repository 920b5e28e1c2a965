"""The access rights page (REGULATION 2.3, 3.2, 4.2): who has which role since when, who is disabled
since when, and what each role may do.

What a role may do is read from ``ROLE_PERMISSIONS`` in app/security/roles.py at the moment of asking —
the table the services enforce — never from a copy, so this page cannot drift from the code. The dates
come from the audit log (``user.add``, ``user.role_change``, ``user.disable``); a user the log says
nothing about (the first administrator, made with the school) falls back to the account's creation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from app.desk import report_messages as _messages  # noqa: F401 — registers the texts
from app.desk.rights_texts import permission_name, role_name
from app.i18n import translate
from app.security.roles import ROLE_PERMISSIONS, Permission, Role
from app.security.session import Session
from db.connection import Connection


@dataclass(frozen=True)
class UserRight:
    login: str
    full_name: str
    role: str
    role_name: str
    role_since: str            # ISO UTC: when this user got the role they hold now
    active: bool
    disabled_since: str | None
    last_sign_in_at: str | None


@dataclass(frozen=True)
class RoleRights:
    role: str
    name: str
    permissions: tuple[str, ...]   # Permission values, in the order Permission declares them


@dataclass(frozen=True)
class AccessRights:
    users: tuple[UserRight, ...]
    roles: tuple[RoleRights, ...]
    permissions: tuple[tuple[str, str], ...]   # every permission: (value, plain words)

    def to_json(self) -> dict[str, Any]:
        return {"users": [asdict(u) for u in self.users],
                "roles": [asdict(r) | {"permissions": list(r.permissions)} for r in self.roles],
                "permissions": [{"permission": p, "name": n} for p, n in self.permissions]}

    def allowed(self, role: str, permission: str) -> bool:
        return any(r.role == role and permission in r.permissions for r in self.roles)


def role_permissions(role: Role) -> tuple[Permission, ...]:
    held = ROLE_PERMISSIONS[role]
    return tuple(p for p in Permission if p in held)


def _last_dates(conn: Connection, actions: tuple[str, ...]) -> dict[str, str]:
    """Per user id, the newest moment one of ``actions`` was recorded about them."""
    marks = ", ".join("?" for _ in actions)
    sql = (f"SELECT object_id, max(at) FROM audit_log WHERE object_type = 'app_user'"  # noqa: S608 — placeholders
           f" AND action IN ({marks}) GROUP BY object_id")
    return {str(r[0]): str(r[1]) for r in conn.execute(sql, actions)}


def rights(session: Session, lang: str | None = None) -> AccessRights:
    """The page's content (admin and director: it reads the audit log for the dates)."""
    session.require(Permission.VIEW_AUDIT)
    conn = session.conn
    since = _last_dates(conn, ("user.add", "user.role_change"))
    disabled = _last_dates(conn, ("user.disable",))
    users = []
    for uid, login, full_name, role, active, created_at, last_in in conn.execute(
            "SELECT id, login, full_name, role, active, created_at, last_sign_in_at FROM app_user ORDER BY login"):
        users.append(UserRight(str(login), str(full_name or ""), str(role), role_name(str(role), lang),
                               since.get(str(uid), str(created_at)), bool(active),
                               None if active else disabled.get(str(uid), None), last_in))
    roles = tuple(RoleRights(r.value, role_name(r, lang), tuple(p.value for p in role_permissions(r))) for r in Role)
    names = tuple((p.value, permission_name(p, lang)) for p in Permission)
    return AccessRights(tuple(users), roles, names)


def text_lines(data: AccessRights, lang: str | None, format_day: Callable[[str | None], str]) -> list[str]:
    """The page as the command line prints it: the users, then the permission × role matrix."""
    lines = [translate("rights.users_heading", lang)]
    width = max((len(u.login) for u in data.users), default=5)
    for u in data.users:
        state = (translate("rights.active", lang) if u.active
                 else translate("rights.disabled_since", lang, date=format_day(u.disabled_since)))
        lines.append(f"  {u.login:{width}}  {u.role_name:13}  {translate('rights.since', lang)}"
                     f" {format_day(u.role_since)}  {state}  {u.full_name}")
    lines += ["", translate("rights.roles_heading", lang),
              "  " + " | ".join(r.name for r in data.roles)]
    for value, name in data.permissions:
        marks = " | ".join(("+" if value in r.permissions else "-").center(len(r.name)) for r in data.roles)
        lines.append(f"  {marks}   {name}")
    return lines
