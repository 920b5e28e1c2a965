"""Keeping the full-text indexes (documents, pupils, staff) in step with the text normalisation.

The indexes store normalised text (app/text.py) and queries are normalised the same way, so a change to
the rule would make old rows unfindable by new queries. The rule has a version; a database whose indexes
were built with an older one is re-indexed from its records once, in one transaction, on the first
sign-in after the update (a few seconds for a school's ten thousand documents, then never again).
"""

from __future__ import annotations

from app.documents import search as document_search
from app.people import search as people_search
from app.people.names import full_name
from db.connection import Connection
from db.transaction import write_transaction

SEARCH_TEXT_VERSION = 2   # 2: one normalisation for names and documents (app/text.py)


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
        for table in ("document_fts", "pupil_search", "staff_search"):
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")  # noqa: S608 — fixed names
        conn.execute("UPDATE search_text_version SET version = ? WHERE name = 'search_text'",
                     (SEARCH_TEXT_VERSION,))
    return True
