"""Registration numbers: a running number per series and calendar year, with no gap and no repeat.

The next number is read and the document inserted inside one BEGIN IMMEDIATE transaction: the write
lock is held from the read to the commit, so two processes (the GUI and a CLI call) registering at the
same moment queue up rather than both reading the same maximum. UNIQUE (series, year, seq) in the
schema is the last line of defence.
"""

from __future__ import annotations

import re

from app.documents.model import SERIES_MARKS, Series, format_number
from app.errors import Conflict, InvalidInput
from db.connection import Connection

_PREFIX = re.compile(r"^[0-9]{1,4}(-[0-9]{1,4}){0,3}$")


def parse_prefix(text: str | None) -> str:
    value = (text or "").strip()
    if value and not _PREFIX.match(value):
        raise InvalidInput("documents.bad_prefix")
    return value


class NumberTaken(Conflict):
    """A form printed with the number the register was at was not registered: someone registered in the
    same series meanwhile. Number and render again (nothing was written)."""

    def __init__(self) -> None:
        super().__init__("documents.number_taken")


def peek_seq(conn: Connection, series: Series, year: int) -> int:
    """The number the next registration in (series, year) takes unless someone registers first: for a
    form that prints its own number, rendered before the write transaction (which then checks it)."""
    row = conn.execute("SELECT max(seq) FROM document WHERE series = ? AND year = ?",
                       (series.value, year)).fetchone()
    return int(row[0] or 0) + 1


def next_seq(conn: Connection, series: Series, year: int) -> int:
    """The next free number of (series, year). Call inside the write transaction of the insert."""
    if not conn.in_transaction:
        raise RuntimeError("numbering must run inside the write transaction of the insert")
    return peek_seq(conn, series, year)


def allocate(conn: Connection, series: Series, year: int, prefix: str) -> tuple[int, str]:
    seq = next_seq(conn, series, year)
    mark = SERIES_MARKS.get(series)
    return seq, f"{mark}-{seq}" if mark else format_number(prefix, seq)
