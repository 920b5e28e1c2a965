"""Reference tables (classifiers): codes with names in three languages. A record stores the code; input
may give the code or a name in any language ("кыргыз тили", "русский", "Russian" -> the code)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.people.names import search_key
from db.connection import Connection

if TYPE_CHECKING:
    from app.security.session import Session

# Each table holds (code, name_ky, name_ru, name_en, sort_order, active); names come from this list only.
TABLES = ("ref_language", "ref_country", "ref_benefit", "ref_sensitive_flag", "ref_relation",
          "ref_consent_scope", "ref_movement_reason", "ref_position", "ref_qualification", "ref_education",
          "ref_subject", "ref_region")


@dataclass(frozen=True)
class Entry:
    code: str
    names: tuple[str, str, str]   # ky, ru, en
    active: bool

    def name(self, lang: str) -> str:
        return self.names[("ky", "ru", "en").index(lang) if lang in ("ky", "ru", "en") else 0]


class Classifiers:
    """A snapshot of every reference table, loaded once per operation (an import of 5,000 rows must not
    query per cell)."""

    def __init__(self, conn: Connection) -> None:
        self._entries: dict[str, dict[str, Entry]] = {}
        self._lookup: dict[str, dict[str, str]] = {}
        for table in TABLES:
            rows = conn.execute(
                f"SELECT code, name_ky, name_ru, name_en, active FROM {table} ORDER BY sort_order, code"  # noqa: S608
            ).fetchall()
            entries = {r[0]: Entry(r[0], (r[1], r[2], r[3]), bool(r[4])) for r in rows}
            self._entries[table] = entries
            lookup: dict[str, str] = {}
            for entry in entries.values():
                for text in (entry.code, *entry.names):
                    lookup.setdefault(search_key(text), entry.code)
            self._lookup[table] = lookup

    def entries(self, table: str) -> list[Entry]:
        return list(self._entries[table].values())

    def has(self, table: str, code: str) -> bool:
        return code in self._entries[table]

    def resolve(self, table: str, text: object) -> str | None:
        """The code for a code or a name; None when nothing matches."""
        key = search_key(text)
        if not key:
            return None
        found = self._lookup[table].get(key)
        if found:
            return found
        # "кыргыз" for "кыргыз тили", "Чүй" for "Чүй облусу": a unique entry starting with the text.
        starts = {code for name, code in self._lookup[table].items() if name.startswith(key + " ")}
        return starts.pop() if len(starts) == 1 else None

    def name(self, table: str, code: str | None, lang: str) -> str:
        if not code:
            return ""
        entry = self._entries[table].get(code)
        return entry.name(lang) if entry else code


def of_session(session: Session) -> Classifiers:
    """The reference tables as the signed-in session sees them (for screens: they never hold a connection)."""
    return Classifiers(session.conn)
