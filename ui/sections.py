"""The main window's sections (Pupils, Staff, Documents, …) and the contract each one follows.

A subsystem provides a factory ``create(session, parent) -> SectionWidget``. The shell builds the
section after sign-in, calls ``clear_personal_data()`` then destroys it on lock or user switch
(lock drops data, it does not hide it), and builds it anew after unlock. Long work inside a section
goes through ``ui.tasks`` (off the GUI thread, with progress and cancel).

Committed changes (this section's own, another section's, a background task's) reach a section from
the change bus (:mod:`ui.changes`) through ``data_changed(changed)`` whenever ``changed`` touches its
``watches`` (``app.changes.Change`` flags), whether it is visible or not, once per event-loop turn; the
default re-runs ``refresh()``. A section does not refresh itself after its own writes: the bus does,
so one change is one query. A section showing data calls ``follow(session)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from app.changes import Change
from app.security.roles import Permission
from app.security.session import Session, SessionState
from ui.changes import bus

log = logging.getLogger(__name__)


class SectionWidget(QWidget):
    """Base class of a section's top widget."""

    watches: Change = Change.NONE  # the parts of the data this section shows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bus().changed.connect(self._bus_changed)   # disconnected by Qt when this widget is destroyed

    def follow(self, session: Session) -> None:
        """Show what ``session``'s own commits change (the shell's session is followed anyway)."""
        bus().watch(session)

    def _bus_changed(self, changed: object) -> None:
        session = getattr(self, "session", None)
        if not isinstance(changed, Change) or not changed & self.watches:
            return
        if not isinstance(session, Session) or session.state is not SessionState.ACTIVE:
            return   # locked: the section is being dropped, never read again
        try:
            self.data_changed(changed)
        except Exception:
            log.exception("section %s could not show a change", type(self).__name__)

    def data_changed(self, changed: Change) -> None:
        """Something this section watches was committed (here or elsewhere): show it."""
        refresh = getattr(self, "refresh", None)
        if callable(refresh):
            refresh()

    def clear_personal_data(self) -> None:
        """Drop every model, cache and text holding personal data. Must not raise; must not ask."""

    def save_draft(self) -> dict | None:
        """Unsaved form state to keep as an encrypted draft on lock (None: nothing unsaved)."""
        return None

    def restore_draft(self, draft: dict) -> None:
        """Offered back after the same user unlocks."""

    def help_topic(self) -> str:
        """The key of this section's help page (F1)."""
        return "start"


SectionFactory = Callable[[Session, QWidget | None], SectionWidget]


@dataclass(frozen=True)
class SectionSpec:
    key: str                      # "pupils", "staff", "documents", "certificates", "sync", "settings", "security"
    title: Callable[[], str]      # translated at call time (language may switch at runtime)
    factory: SectionFactory | None  # None: the shell shows "what will be here"
    permission: Permission | None = None


_SECTIONS: dict[str, SectionSpec] = {}


def register_section(spec: SectionSpec) -> None:
    _SECTIONS[spec.key] = spec


def registered_sections() -> dict[str, SectionSpec]:
    return dict(_SECTIONS)
