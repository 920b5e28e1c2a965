"""Names of kinds, series and movement events as the user reads them (translated at call time)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.documents.model import EventKind, Kind, Series
from app.errors import KenseError
from ui import i18n


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentTexts", text)


def series_name(series: Series) -> str:
    return {
        Series.INCOMING: _tr("Incoming"),
        Series.OUTGOING: _tr("Outgoing"),
        Series.INTERNAL: _tr("Internal"),
        Series.ORDER_MAIN: _tr("Orders: main activity"),
        Series.ORDER_STAFF: _tr("Orders: staff"),
        Series.ORDER_PUPILS: _tr("Orders: pupils"),
    }[series]


def kind_name(kind: Kind) -> str:
    return {
        Kind.INCOMING: _tr("Incoming letter"),
        Kind.OUTGOING: _tr("Outgoing letter"),
        Kind.INTERNAL: _tr("Internal document"),
        Kind.ORDER: _tr("Order"),
    }[kind]


def event_name(kind: EventKind) -> str:
    return {
        EventKind.REGISTERED: _tr("registered"),
        EventKind.ASSIGNED: _tr("assigned"),
        EventKind.FORWARDED: _tr("passed on"),
        EventKind.COMMENTED: _tr("comment"),
        EventKind.EXECUTED: _tr("executed"),
        EventKind.SENT: _tr("sent"),
        EventKind.ARCHIVED: _tr("archived"),
        EventKind.CORRECTED: _tr("corrected"),
    }[kind]


def error_text(exc: BaseException) -> str:
    """What to tell the user about a failure: our message in their language, never an exception text."""
    if isinstance(exc, KenseError):
        return exc.message(i18n.current_language())
    return _tr("Something went wrong. Nothing was changed. If it happens again, tell the administrator.")


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return _tr("%1 MB").replace("%1", f"{size / 1048576:.1f}")
    return _tr("%1 KB").replace("%1", str(max(1, round(size / 1024))))
