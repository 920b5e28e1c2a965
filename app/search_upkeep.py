"""Keeping the full-text indexes (documents, pupils, staff) in step with the text normalisation.

The indexes store normalised text (app/text.py) and queries are normalised the same way, so a change to
the rule would make old rows unfindable by new queries. The rule has a version; a database whose indexes
were built with an older one is re-indexed from its records once, in one transaction, on the first
sign-in after the update (a few seconds for a school's ten thousand documents, then never again).
"""

from __future__ import annotations

from app.documents import duplicates
from app.documents import search as document_search
from app.people import search as people_search
from app.people.names import full_name
from db.connection import Connection
from db.transaction import write_transaction

SEARCH_TEXT_VERSION = 3   # 2: one normalisation for names and documents (app/text.py);
                          # 3: the documents' duplicate keys built from the folded text too


def built_with(conn: Connection) -> int:
    row = conn.execute("SELECT version FROM search_text_version WHERE name = 'search_text'").fetchone()
    return int(row[0]) if row else 0


def rebuild_if_stale(conn: Connection) -> bool:
    """Re-index every searchable record when the indexes predate the current rule; True if it did."""
    if built_with(conn) >= SEARCH_TEXT_VERSION:
        return False
    with write_transaction(conn):
        for rid, subject, summary, correspondent in conn.execute(
                "SELECT rid, subject, summary, correspondent_text FROM document").fetchall():
            document_search.index(conn, rid, subject, summary, correspondent)
        # Only rows still in an index: depersonalised and destroyed people were taken out and stay out.
        for rowid, surname, given, patronymic, pin, letter, number in conn.execute(
                "SELECT search_rowid, surname, given_name, patronymic, pin, book_letter, book_number FROM pupil"
                " WHERE search_rowid IN (SELECT rowid FROM pupil_search)").fetchall():
            people_search.index_row(conn, "pupil_search", rowid, full_name(surname, given, patronymic or ""), pin,
                                    people_search.book_token(letter, number))
        for rowid, surname, given, patronymic, pin in conn.execute(
                "SELECT search_rowid, surname, given_name, patronymic, pin FROM staff"
                " WHERE search_rowid IN (SELECT rowid FROM staff_search)").fetchall():
            people_search.index_row(conn, "staff_search", rowid, full_name(surname, given, patronymic or ""), pin)
        _rekey_duplicates(conn)
        for table in ("document_fts", "pupil_search", "staff_search"):
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")  # noqa: S608 — fixed names
        conn.execute("UPDATE search_text_version SET version = ? WHERE name = 'search_text'",
                     (SEARCH_TEXT_VERSION,))
    return True


def _rekey_duplicates(conn: Connection) -> None:
    """Rebuild every document's duplicate key with the current rule. Two old rows that only now turn
    out to be the same letter (one slipped in with an invisible or look-alike character): the earlier
    keeps the key, so the pair is not repeated a third time."""
    rows = conn.execute("SELECT id, correspondent_id, correspondent_text, their_number, their_date FROM document"
                        " WHERE dup_key IS NOT NULL ORDER BY rid").fetchall()
    conn.execute("UPDATE document SET dup_key = NULL WHERE dup_key IS NOT NULL")
    taken: set[str] = set()
    for doc_id, corr_id, corr_text, number, day in rows:
        key = duplicates.reference_key(corr_id, corr_text or "", number or "", day)
        if key is not None and key not in taken:
            taken.add(key)
            conn.execute("UPDATE document SET dup_key = ? WHERE id = ?", (key, doc_id))
