"""Work the shell starts once after a sign-in, off the GUI thread, that the secretary never waits for.

Keeping the issued documents: certificates issued before Kense kept each issued PDF are rendered and
stored while this build still draws them byte for byte (app/certificates/keeping.py), so the next update
cannot make their reprint impossible. A lock interrupts it; the next sign-in goes on.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject

from app.certificates import keeping
from app.errors import KenseError
from app.security.roles import Permission
from app.security.session import Session
from ui import tasks
from ui.tasks import Task

log = logging.getLogger(__name__)


def keep_issued_certificates(session: Session, owner: QObject) -> Task | None:
    if not session.can(Permission.VIEW_CERTIFICATES):
        return None
    try:
        if keeping.missing_count(session) == 0:
            return None
    except KenseError:
        return None

    def work(db: Session, progress: Any, cancelled: Any) -> keeping.Kept:
        return keeping.keep_missing(db, progress=progress, cancelled=cancelled)

    def failed(exc: BaseException) -> None:
        log.warning("keeping issued certificates did not finish: %s", type(exc).__name__)

    return tasks.manager().run_db(session, work, on_error=failed, owner=owner)
