"""What a committed write changed, as a small flag value the screens can test ("did pupils change?").

Every write in Kense is audited inside its own transaction, so the session derives the value from the
audit entries of each committed transaction (:func:`changes_for`); a service cannot forget to report
what it changed, and a rolled-back write reports nothing.
"""

from __future__ import annotations

from enum import Flag, auto


class Change(Flag):
    NONE = 0
    PUPILS = auto()
    STAFF = auto()
    CLASSES = auto()
    DOCUMENTS = auto()
    CERTIFICATES = auto()
    SETTINGS = auto()
    USERS = auto()
    ALERTS = auto()
    BACKUPS = auto()


PEOPLE = Change.PUPILS | Change.STAFF | Change.CLASSES

# Audit action prefix -> what it changes. Read-only actions (reveal, print, export, open, session, draft)
# change nothing another screen shows.
_BY_PREFIX: dict[str, Change] = {
    "movement": Change.PUPILS | Change.CLASSES,
    "consent": Change.PUPILS,
    "year": PEOPLE,
    "import": PEOPLE,
    "demo": PEOPLE,
    "class": Change.CLASSES,
    "document": Change.DOCUMENTS,
    "correspondent": Change.DOCUMENTS,
    "incident": Change.DOCUMENTS,        # an incident report is a document of the register
    "certificate": Change.CERTIFICATES,
    "settings": Change.SETTINGS,
    "legal_text": Change.SETTINGS,
    "user": Change.USERS,
    "alert": Change.ALERTS,
    "backup": Change.BACKUPS,            # a generation made or restored: the Today page's backup block
}
_READ_ONLY = frozenset({"person.reveal", "document.open_file", "document.files_export"})


def changes_for(action: str, object_type: str = "") -> Change:
    """The part of the data an audited action changed."""
    if action in _READ_ONLY:
        return Change.NONE
    prefix = action.split(".", 1)[0]
    if prefix == "person":
        return Change.STAFF if object_type == "staff" else Change.PUPILS
    return _BY_PREFIX.get(prefix, Change.NONE)
