"""Names the people screens show (translated at call time) and how failures are told."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import KenseError
from app.people import classifiers
from app.people.fields import label
from app.security.session import Session
from ui import i18n


def tr(text: str) -> str:
    return QCoreApplication.translate("PeopleTexts", text)


def movement_name(kind: str) -> str:
    names = {
        "admission": QCoreApplication.translate("PeopleTexts", "admission"),
        "transfer_in": QCoreApplication.translate("PeopleTexts", "transfer from another school"),
        "transfer_out": QCoreApplication.translate("PeopleTexts", "transfer to another school"),
        "promotion": QCoreApplication.translate("PeopleTexts", "promotion"),
        "grade_jump": QCoreApplication.translate("PeopleTexts", "grade jump"),
        "repeat": QCoreApplication.translate("PeopleTexts", "repeats the grade"),
        "graduation": QCoreApplication.translate("PeopleTexts", "graduation"),
        "withdrawal": QCoreApplication.translate("PeopleTexts", "withdrawal"),
    }
    return names.get(kind, kind)


def history_action(action: str) -> str:
    names = {
        "create": QCoreApplication.translate("PeopleTexts", "created"),
        "update": QCoreApplication.translate("PeopleTexts", "corrected"),
        "guardian.add": QCoreApplication.translate("PeopleTexts", "guardian added"),
        "flag.set": QCoreApplication.translate("PeopleTexts", "category set"),
        "block": QCoreApplication.translate("PeopleTexts", "blocked"),
        "unblock": QCoreApplication.translate("PeopleTexts", "unblocked"),
        "depersonalise": QCoreApplication.translate("PeopleTexts", "depersonalised"),
    }
    return names.get(action, action)


def field_label(name: str) -> str:
    """A record field's label in the current language (the labels live with the fields in app)."""
    return label(name, i18n.current_language())


def ref_entries(session: Session, table: str) -> list[tuple[str, str]]:
    """(code, name in the current language) of the active entries of a reference table."""
    lang = i18n.current_language()
    return [(e.code, e.name(lang)) for e in classifiers.of_session(session).entries(table) if e.active]


def error_text(exc: BaseException) -> str:
    """Our message in the user's language, never an exception text (it may quote personal data)."""
    if isinstance(exc, KenseError):
        return exc.message(i18n.current_language())
    return QCoreApplication.translate(
        "PeopleTexts", "Something went wrong. Nothing was changed. If it happens again, tell the administrator.")
