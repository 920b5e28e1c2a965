"""Full-text search over subject, summary and correspondent (FTS5, unicode61, remove_diacritics 0).

Indexed text and queries pass through the same normalisation (ё -> е, Latin look-alikes typed on the
wrong keyboard layout -> Cyrillic inside Cyrillic words), and unicode61 folds case, Ң Ө Ү included. A
query is split into words, each one quoted and made a prefix ("билим" finds "Билим берүү бөлүмү"), so
a user's quote, asterisk or NEAR never reaches the FTS5 syntax.
"""

from __future__ import annotations

import re
import unicodedata

from db.connection import Connection

_WORD = re.compile(r"\w+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# Latin letters that look like Cyrillic ones, and Kazakh/other look-alikes of the Kyrgyz letters.
_LOOKALIKES = str.maketrans({
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к", "m": "м", "t": "т",
    "h": "н", "b": "в",
})
_KYRGYZ_FIXES = str.maketrans({"ё": "е", "Ё": "Е", "ұ": "ү", "Ұ": "Ү", "ҥ": "ң", "Ҥ": "Ң"})
MAX_WORDS = 8


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "").translate(_KYRGYZ_FIXES)
    return _WORD.sub(_fix_word, text)


def _fix_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if _CYRILLIC.search(word):  # a mixed word: its Latin letters were typed on the wrong layout
        return word.lower().translate(_LOOKALIKES)
    return word


def fts_query(user_text: str) -> str | None:
    """An FTS5 MATCH expression for free user text, or None when it holds no word."""
    words = _WORD.findall(normalise(user_text).lower())[:MAX_WORDS]
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


def index(conn: Connection, rid: int, subject: str, summary: str, correspondent: str) -> None:
    """Put or replace one document's text in the index (inside the caller's transaction)."""
    conn.execute("DELETE FROM document_fts WHERE rowid = ?", (rid,))
    conn.execute("INSERT INTO document_fts (rowid, subject, summary, correspondent) VALUES (?, ?, ?, ?)",
                 (rid, normalise(subject), normalise(summary), normalise(correspondent)))
