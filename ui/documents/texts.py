"""Names of kinds, series and movement events as the user reads them (translated at call time)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.documents.model import EventKind, Kind, Series
from app.errors import KenseError
from ui import i18n


def series_name(series: Series) -> str:
    return {
        Series.INCOMING: QCoreApplication.translate("DocumentTexts", "Incoming"),
        Series.OUTGOING: QCoreApplication.translate("DocumentTexts", "Outgoing"),
        Series.INTERNAL: QCoreApplication.translate("DocumentTexts", "Internal"),
        Series.ORDER_MAIN: QCoreApplication.translate("DocumentTexts", "Orders: main activity"),
        Series.ORDER_STAFF: QCoreApplication.translate("DocumentTexts", "Orders: staff"),
        Series.ORDER_PUPILS: QCoreApplication.translate("DocumentTexts", "Orders: pupils"),
        Series.INCIDENT: QCoreApplication.translate("DocumentTexts", "Incident reports"),
    }[series]


def kind_name(kind: Kind) -> str:
    return {
        Kind.INCOMING: QCoreApplication.translate("DocumentTexts", "Incoming letter"),
        Kind.OUTGOING: QCoreApplication.translate("DocumentTexts", "Outgoing letter"),
        Kind.INTERNAL: QCoreApplication.translate("DocumentTexts", "Internal document"),
        Kind.ORDER: QCoreApplication.translate("DocumentTexts", "Order"),
    }[kind]


def event_name(kind: EventKind) -> str:
    return {
        EventKind.REGISTERED: QCoreApplication.translate("DocumentTexts", "registered"),
        EventKind.ASSIGNED: QCoreApplication.translate("DocumentTexts", "assigned"),
        EventKind.FORWARDED: QCoreApplication.translate("DocumentTexts", "passed on"),
        EventKind.COMMENTED: QCoreApplication.translate("DocumentTexts", "comment"),
        EventKind.EXECUTED: QCoreApplication.translate("DocumentTexts", "executed"),
        EventKind.SENT: QCoreApplication.translate("DocumentTexts", "sent"),
        EventKind.ARCHIVED: QCoreApplication.translate("DocumentTexts", "archived"),
        EventKind.CORRECTED: QCoreApplication.translate("DocumentTexts", "corrected"),
    }[kind]


def error_text(exc: BaseException) -> str:
    """What to tell the user about a failure: our message in their language, never an exception text."""
    if isinstance(exc, KenseError):
        return exc.message(i18n.current_language())
    return QCoreApplication.translate(
        "DocumentTexts", "Something went wrong. Nothing was changed. If it happens again, tell the administrator.")


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return QCoreApplication.translate("DocumentTexts", "%1 MB").replace("%1", f"{size / 1048576:.1f}")
    return QCoreApplication.translate("DocumentTexts", "%1 KB").replace("%1", str(max(1, round(size / 1024))))
