"""Finding people: an FTS5 index of normalised names, PINs and book numbers.

SQLite's LIKE and NOCASE do not fold Cyrillic case; FTS5's unicode61 tokenizer does, and with
``remove_diacritics 0`` it keeps ө ү ң apart from о у н. Text is normalised in Python before it is
indexed and before it is searched (ё -> е, look-alikes -> Kyrgyz letters), so both sides agree.
Every query term is a prefix: "ас ай" finds "Асанова Айгүл". Results are ordered by the stored
Kyrgyz-alphabet key, never by code point.
"""

from __future__ import annotations

import re

from app.people.names import search_key
from db.connection import Connection

_TOKEN = re.compile(r"\w+", re.UNICODE)
_BOOK = re.compile(r"^\s*(\w)\s*/\s*(\d{1,5})\s*$")
_DIGITS = re.compile(r"^\d{3,14}$")


def book_token(letter: str | None, number: int | None) -> str:
    """"Ө/7" is indexed as the single token "ө7"."""
    return f"{letter.lower()}{number}" if letter and number else ""


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def build_match(query: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed; None when nothing searchable remains."""
    text = search_key(query)
    book = _BOOK.match(text)
    if book:
        return f"book : {_quote(book.group(1) + book.group(2))}"
    compact = text.replace(" ", "")
    if _DIGITS.match(compact):
        return f"pin : {_quote(compact)}*"
    tokens = _TOKEN.findall(text)
    if not tokens:
        return None
    return "names : (" + " AND ".join(f"{_quote(t)}*" for t in tokens) + ")"


def index_row(conn: Connection, table: str, rowid: int, names: str, pin: str | None, book: str = "", *,
              new: bool = False) -> None:
    """(Re)write one record's search row. ``table`` is pupil_search or staff_search."""
    if table not in ("pupil_search", "staff_search"):
        raise ValueError(table)
    if not new:
        conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))  # noqa: S608 — fixed names above
    if table == "pupil_search":
        insert_pupil_rows(conn, [pupil_row(rowid, names, pin, book)])
    else:
        conn.execute("INSERT INTO staff_search (rowid, names, pin) VALUES (?, ?, ?)",
                     (rowid, search_key(names), pin or ""))


def pupil_row(rowid: int, names: str, pin: str | None, book: str) -> tuple[int, str, str, str]:
    return rowid, search_key(names), pin or "", book


def insert_pupil_rows(conn: Connection, rows: list[tuple[int, str, str, str]]) -> None:
    """New pupils' search rows (from ``pupil_row``), one statement for all of them."""
    conn.executemany("INSERT INTO pupil_search (rowid, names, pin, book) VALUES (?, ?, ?, ?)", rows)


def drop_row(conn: Connection, table: str, rowid: int) -> None:
    if table not in ("pupil_search", "staff_search"):
        raise ValueError(table)
    conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))  # noqa: S608
    # Rewrite the index segments so the deleted tokens are gone from the file, not merely marked.
    conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")  # noqa: S608


def next_rowid(conn: Connection, table: str) -> int:
    if table not in ("pupil", "staff"):
        raise ValueError(table)
    row = conn.execute(f"SELECT coalesce(max(search_rowid), 0) FROM {table}").fetchone()  # noqa: S608
    return int(row[0]) + 1
