"""Writing a rendered PDF to a file: atomically (temp + fsync + rename) and never onto a removable drive
unless the administrator allowed it (regulation 6.5); every save is audited. Printing is the normal way
out; a file is the exception."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.admin import settings as settings_service
from app.atomic import write_atomic
from app.errors import KenseError
from app.platform_support.removable import is_removable
from app.security.session import Session


class RemovableRefused(KenseError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__("print.removable_refused")


def check_destination(session: Session, path: Path, *, object_type: str, object_id: str = "",
                      detail: dict[str, Any] | None = None) -> bool:
    """Refuse (audited) a removable drive unless allowed; returns whether ``path`` is removable. The GUI
    asks this before issuing, so a refused save never leaves a certificate issued and unsaved."""
    removable = is_removable(Path(path))
    if removable and not settings_service.get(session, "allow_removable_export"):
        session.audit_now("export.refused", object_type, object_id, {"removable": True, **(detail or {})})
        raise RemovableRefused()
    return removable


def save_pdf(session: Session, path: Path, data: bytes, *, object_type: str, object_id: str = "",
             detail: dict[str, Any] | None = None) -> None:
    path = Path(path)
    removable = check_destination(session, path, object_type=object_type, object_id=object_id, detail=detail)
    write_atomic(path, data)
    session.audit_now("export", object_type, object_id, {"format": "pdf", "removable": removable, **(detail or {})})
