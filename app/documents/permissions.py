"""Who may see and do what in the document register — every rule in one place.

- admin, director: every document, restricted ones included.
- secretary: registers and assigns; sees every document of access level "normal".
- anyone else (a teacher by default): nothing, except normal documents that are or were assigned to them.
- "restricted": director and admin only; such a document is assigned only to them.
Services call these functions; the GUI only hides buttons.
"""

from __future__ import annotations

from app.documents.model import AccessLevel
from app.errors import KenseError, PermissionDenied
from app.security.roles import Permission, Role
from app.security.session import Session


def sees_restricted(session: Session) -> bool:
    return session.can(Permission.VIEW_RESTRICTED_DOCUMENTS)


def sees_all_normal(session: Session) -> bool:
    return session.can(Permission.VIEW_DOCUMENTS)


def visibility_sql(session: Session, alias: str = "d") -> tuple[str, list[str]]:
    """A WHERE fragment limiting ``document`` rows (under ``alias``) to what this user may read."""
    if sees_restricted(session):
        return "1 = 1", []
    if sees_all_normal(session):
        return f"{alias}.access_level = 'normal'", []
    # The alias is ours (a constant of the caller), never user input; the user id is a parameter.
    fragment = (f"{alias}.access_level = 'normal' AND EXISTS (SELECT 1 FROM document_event ev"  # noqa: S608
                f" WHERE ev.document_id = {alias}.id AND ev.assignee_id = ?)")
    return fragment, [session.user.id]


def can_read(session: Session, document_id: str) -> bool:
    where, params = visibility_sql(session)
    sql = f"SELECT 1 FROM document d WHERE d.id = ? AND {where}"  # noqa: S608 — fragment is ours
    return session.conn.execute(sql, [document_id, *params]).fetchone() is not None


def require_read(session: Session, document_id: str) -> None:
    """Unknown and unreadable look the same, so ids cannot be probed."""
    if not can_read(session, document_id):
        raise KenseError("documents.not_found", id=document_id)


def require_register(session: Session, access_level: AccessLevel = AccessLevel.NORMAL) -> None:
    session.require(Permission.REGISTER_DOCUMENTS)
    if access_level is AccessLevel.RESTRICTED:
        session.require(Permission.VIEW_RESTRICTED_DOCUMENTS)


def require_assign(session: Session, responsible_id: str | None) -> None:
    """The secretary and the director assign; the person now responsible may pass it on."""
    if session.can(Permission.REGISTER_DOCUMENTS) or responsible_id == session.user.id:
        return
    raise PermissionDenied(Permission.REGISTER_DOCUMENTS.value)


class NotResponsible(PermissionDenied):
    def __init__(self) -> None:
        super().__init__("documents.execute")
        self.key = "documents.not_responsible"


def require_execute(session: Session, responsible_id: str | None) -> None:
    if session.can(Permission.REGISTER_DOCUMENTS) or responsible_id == session.user.id:
        return
    raise NotResponsible()


def may_hold_restricted(role: Role) -> bool:
    return role in (Role.ADMIN, Role.DIRECTOR)
