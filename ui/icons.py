"""The one icon set of the window: Font Awesome 5 (solid) from qtawesome's bundled fonts, named here by
what they mean so every screen uses the same picture for the same act. Text labels always stay; an
icon only helps to find a button again."""

from __future__ import annotations

import logging

from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)

# meaning -> Font Awesome name
MEANINGS = {
    "today": "fa5s.calendar-day",
    "pupils": "fa5s.user-graduate",
    "staff": "fa5s.chalkboard-teacher",
    "documents": "fa5s.folder-open",
    "certificates": "fa5s.certificate",
    "sync": "fa5s.sync-alt",
    "settings": "fa5s.cog",
    "security": "fa5s.shield-alt",
    "backups": "fa5s.hdd",
    "desk": "fa5s.user-shield",
    "audit": "fa5s.clipboard-list",
    "lock": "fa5s.lock",
    "help": "fa5s.question-circle",
    "add": "fa5s.plus",
    "open": "fa5s.external-link-alt",
    "print": "fa5s.print",
    "save": "fa5s.save",
    "close": "fa5s.times",
    "search": "fa5s.search",
    "show": "fa5s.eye",
    "hide": "fa5s.eye-slash",
    "warning": "fa5s.exclamation-triangle",
    "task": "fa5s.tasks",
    "backup": "fa5s.hdd",
    "file": "fa5s.paperclip",
}

_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon for a meaning ("print") or a qtawesome name ("fa5s.print"); an empty icon if the font
    cannot be loaded (the text label is still there)."""
    key = MEANINGS.get(name, name)
    found = _cache.get(key)
    if found is None:
        try:
            import qtawesome

            found = qtawesome.icon(key, color="#37474f")
        except Exception as exc:  # a broken font file must not stop a window from opening
            log.warning("icon %s unavailable: %s", key, type(exc).__name__)
            found = QIcon()
        _cache[key] = found
    return found
