"""Full-text search over subject, summary and correspondent (FTS5, unicode61, remove_diacritics 0).

Indexed text and queries pass through the same normalisation (ё -> е, Latin look-alikes typed on the
wrong keyboard layout -> Cyrillic inside Cyrillic words), and unicode61 folds case, Ң Ө Ү included. A
query is split into words, each one quoted and made a prefix ("билим" finds "Билим берүү бөлүмү"), so
a user's quote, asterisk or NEAR never reaches the FTS5 syntax.
"""

from __future__ import annotations

import re

from app.text import search_text
from db.connection import Connection

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 8


def normalise(text: str) -> str:
    """The same normalisation as the people register's search (app.text)."""
    return search_text(text)


def fts_query(user_text: str) -> str | None:
    """An FTS5 MATCH expression for free user text, or None when it holds no word."""
    words = _WORD.findall(normalise(user_text))[:MAX_WORDS]
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


def index(conn: Connection, rid: int, subject: str, summary: str, correspondent: str) -> None:
    """Put or replace one document's text in the index (inside the caller's transaction)."""
    conn.execute("DELETE FROM document_fts WHERE rowid = ?", (rid,))
    conn.execute("INSERT INTO document_fts (rowid, subject, summary, correspondent) VALUES (?, ?, ?, ?)",
                 (rid, normalise(subject), normalise(summary), normalise(correspondent)))
