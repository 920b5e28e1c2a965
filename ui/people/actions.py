"""Record actions other subsystems add to the pupil and staff forms (e.g. "Issue certificate").

    from ui.people.actions import register_record_action

    register_record_action("certificate", lambda: tr("Issue certificate…"),
                           lambda session, person_kind, person_id, parent: open_dialog(...),
                           kinds=("pupil", "staff"))

The record form shows one button per registered action (for a saved record only); the callback gets
the session, "pupil" or "staff", the record id and the form as parent. The document card shows the
actions registered for the kind "document" the same way. The callback's service checks
rights; ``permission`` only hides the button from roles that could not use it anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from app.security.roles import Permission
from app.security.session import Session

ActionCallback = Callable[[Session, str, str, QWidget], object]


@dataclass(frozen=True)
class RecordAction:
    key: str
    title: Callable[[], str]          # translated at call time
    callback: ActionCallback
    kinds: tuple[str, ...] = ("pupil", "staff")
    permission: Permission | None = None


_ACTIONS: dict[str, RecordAction] = {}


def register_record_action(key: str, title_fn: Callable[[], str], callback: ActionCallback, *,
                           kinds: tuple[str, ...] = ("pupil", "staff"), permission: Permission | None = None) -> None:
    """Add (or replace, by key) an action button on the record forms."""
    _ACTIONS[key] = RecordAction(key, title_fn, callback, tuple(kinds), permission)


def unregister_record_action(key: str) -> None:
    _ACTIONS.pop(key, None)


def record_actions(session: Session, kind: str) -> list[RecordAction]:
    """The actions to show on a ``kind`` form for this user, in registration order."""
    return [a for a in _ACTIONS.values()
            if kind in a.kinds and (a.permission is None or session.can(a.permission))]
