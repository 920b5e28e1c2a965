"""Encrypted drafts: the unsaved form state of a section, kept when the session locks.

A draft lives in the SQLCipher database (table ``ui_draft``), so it is encrypted like everything
else and never touches the disk in plaintext. It belongs to one user: after an unlock, or at that
user's next sign-in, only they are offered it back. Taking a draft removes it.
"""

from __future__ import annotations

import json
from typing import Any

from app.clock import now_iso
from app.errors import InvalidInput
from app.i18n import register
from app.security.session import Session

MAX_DRAFT_BYTES = 256 * 1024  # a form, not a file store

register({
    "draft.too_large": (
        "Сакталбаган форма өтө чоң, долбоор катары сакталбайт.",
        "Несохранённая форма слишком велика, черновик не сохранён.",
        "The unsaved form is too large to keep as a draft.",
    ),
})


def save_draft(session: Session, section: str, data: dict[str, Any]) -> None:
    """Keep (or replace) this user's draft for ``section``. Audited by section name only."""
    section = (section or "").strip()
    if not section or len(section) > 64:
        raise InvalidInput("input.bad_value", name="section")
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    if len(text.encode("utf-8")) > MAX_DRAFT_BYTES:
        raise InvalidInput("draft.too_large")
    with session.write() as conn:
        conn.execute(
            "INSERT INTO ui_draft (user_id, section, data, saved_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (user_id, section) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at",
            (session.user.id, section, text, now_iso()),
        )
        session.audit(conn, "draft.save", "ui_draft", section, {"fields": sorted(data)})


def pending_sections(session: Session) -> list[str]:
    """Sections for which this user has a draft waiting."""
    rows = session.conn.execute("SELECT section FROM ui_draft WHERE user_id = ? ORDER BY section",
                                (session.user.id,)).fetchall()
    return [str(r[0]) for r in rows]


def take_draft(session: Session, section: str) -> dict[str, Any] | None:
    """Return this user's draft for ``section`` and delete it (None when there is none)."""
    with session.write() as conn:
        row = conn.execute("SELECT data FROM ui_draft WHERE user_id = ? AND section = ?",
                           (session.user.id, section)).fetchone()
        if row is None:
            return None
        conn.execute("DELETE FROM ui_draft WHERE user_id = ? AND section = ?", (session.user.id, section))
    data = json.loads(row[0])
    return data if isinstance(data, dict) else None


def discard_draft(session: Session, section: str) -> None:
    with session.write() as conn:
        conn.execute("DELETE FROM ui_draft WHERE user_id = ? AND section = ?", (session.user.id, section))
