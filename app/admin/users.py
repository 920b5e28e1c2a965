"""User accounts. Each account has its own key slot: adding a user adds a slot, disabling a user
(a departed secretary) deletes it, and every action stays tied to a person."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from app.clock import now_iso
from app.errors import Conflict, InvalidInput
from app.ids import uuid7
from app.security.profile import normalise_login
from app.security.roles import Permission, Role, parse_role
from app.security.session import Session


@dataclass(frozen=True)
class User:
    id: str
    login: str
    full_name: str
    role: str
    active: bool
    created_at: str
    last_sign_in_at: str | None
    has_key_slot: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def list_users(session: Session, *, include_disabled: bool = True) -> list[User]:
    session.require(Permission.VIEW_USERS)
    envelope = session.profile.load_envelope()
    rows = session.conn.execute(
        "SELECT id, login, full_name, role, active, created_at, last_sign_in_at FROM app_user ORDER BY login"
    ).fetchall()
    users = [User(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], envelope.has_user_slot(r[1])) for r in rows]
    return [u for u in users if include_disabled or u.active]


def _find(session: Session, login: str) -> tuple[str, str, bool]:
    row = session.conn.execute("SELECT id, role, active FROM app_user WHERE login = ?", (login,)).fetchone()
    if row is None:
        raise InvalidInput("user.not_found", login=login)
    return str(row[0]), str(row[1]), bool(row[2])


def add_user(session: Session, login: str, full_name: str, role: str | Role, password: str) -> User:
    session.require(Permission.MANAGE_USERS)
    login = normalise_login(login)
    parsed = role if isinstance(role, Role) else parse_role(role)
    if session.conn.execute("SELECT 1 FROM app_user WHERE login = ?", (login,)).fetchone():
        raise Conflict("user.exists", login=login)
    # The slot first: if the password is refused nothing is written; if the database write fails
    # afterwards, the orphan slot opens a database in which that login does not exist.
    session.profile.set_user_password(session, login, password, personal=(full_name,))
    user_id = uuid7()
    now = now_iso()
    try:
        with session.write() as conn:
            conn.execute(
                "INSERT INTO app_user (id, login, full_name, role, created_at, created_by, password_changed_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (user_id, login, full_name.strip(), parsed.value, now, session.user.id, now),
            )
            session.audit(conn, "user.add", "app_user", user_id, {"role": parsed.value})
    except BaseException:
        session.profile.remove_user_slot(login)
        raise
    return next(u for u in list_users(session) if u.id == user_id)


def disable_user(session: Session, login: str) -> None:
    session.require(Permission.MANAGE_USERS)
    login = normalise_login(login)
    user_id, role, active = _find(session, login)
    if role == Role.ADMIN.value and active:
        admins = session.conn.execute(
            "SELECT count(*) FROM app_user WHERE role = 'admin' AND active = 1"
        ).fetchone()[0]
        if admins <= 1:
            raise Conflict("user.last_admin")
    with session.write() as conn:
        conn.execute("UPDATE app_user SET active = 0 WHERE id = ?", (user_id,))
        session.audit(conn, "user.disable", "app_user", user_id, {"slot_removed": True})
    session.profile.remove_user_slot(login)


def set_role(session: Session, login: str, role: str | Role) -> None:
    session.require(Permission.MANAGE_USERS)
    login = normalise_login(login)
    parsed = role if isinstance(role, Role) else parse_role(role)
    user_id, old, active = _find(session, login)
    if old == Role.ADMIN.value and parsed is not Role.ADMIN and active:
        admins = session.conn.execute("SELECT count(*) FROM app_user WHERE role = 'admin' AND active = 1").fetchone()[0]
        if admins <= 1:
            raise Conflict("user.last_admin")
    with session.write() as conn:
        conn.execute("UPDATE app_user SET role = ? WHERE id = ?", (parsed.value, user_id))
        session.audit(conn, "user.role_change", "app_user", user_id, {"from": old, "to": parsed.value})


def reset_password(session: Session, login: str, password: str) -> None:
    """An admin gives a user a new password (and re-enables a disabled account)."""
    session.require(Permission.MANAGE_USERS)
    login = normalise_login(login)
    user_id, _, _ = _find(session, login)
    intent = session.profile.set_user_password(session, login, password,
                                               audit=("user.password_reset", user_id, {"by": "admin"}))
    with session.write() as conn:
        conn.execute("UPDATE app_user SET active = 1, password_changed_at = ? WHERE id = ?", (now_iso(), user_id))
        session.audit(conn, "user.password_reset", "app_user", user_id, {"by": "admin", "intent": intent})
    session.profile.intent_done(intent)


def change_own_password(session: Session, old_password: str, new_password: str) -> None:
    """Rewraps this user's slot only; the database is not re-encrypted."""
    from app.errors import WrongCredentials

    if not session.profile.verify_password(session.user.login, old_password):
        raise WrongCredentials(0, 0)
    intent = session.profile.set_user_password(session, session.user.login, new_password,
                                               personal=(session.user.full_name,),
                                               audit=("user.password_change", session.user.id, {}))
    with session.write() as conn:
        conn.execute("UPDATE app_user SET password_changed_at = ? WHERE id = ?", (now_iso(), session.user.id))
        session.audit(conn, "user.password_change", "app_user", session.user.id, {"intent": intent})
    session.profile.intent_done(intent)
