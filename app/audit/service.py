"""Reading and verifying the audit log (admin and director)."""

from __future__ import annotations

from typing import Any

from app.audit import chain, findings
from app.security.roles import Permission
from app.security.session import Session


def list_entries(session: Session, *, limit: int = 50, action_prefix: str | None = None,
                 object_id: str | None = None) -> list[dict[str, Any]]:
    session.require(Permission.VIEW_AUDIT)
    logins = dict(session.conn.execute("SELECT id, login FROM app_user").fetchall())
    return [
        {"seq": e.seq, "at": e.at, "user": logins.get(e.user_id) if e.user_id else None, "user_id": e.user_id,
         "action": e.action, "object_type": e.object_type, "object_id": e.object_id, "detail": e.detail,
         "hash": e.hash}
        for e in chain.entries(session.conn, limit=limit, action_prefix=action_prefix, object_id=object_id)
    ]


def verify(session: Session) -> findings.Review:
    """Walk the chain against the outside checkpoint; every open finding is part of the answer."""
    session.require(Permission.VIEW_AUDIT)
    result = findings.review(session)
    if result.ok:  # never append to a broken chain from here: the damage must stay where it is
        session.audit_now("audit.verify", detail={"ok": True})
    return result
