"""No duplicates (regulation 2.3): the same file content, or the same correspondent + their number +
their date, is registered once. The user is shown the entry that already exists."""

from __future__ import annotations

import re
import unicodedata

from app.errors import Conflict
from app.text import clean_text, search_text
from db.connection import Connection

# Punctuation people type differently for one and the same number: "№ 02-15/123" = "02-15 / 123".
_NUMBER_NOISE = re.compile(r"[\s№#.,;:'\"«»]+")


# In a sender's number a letter may be typed on either layout ("А-12" / "A-12"): fold the Cyrillic
# letters that have a Latin twin to it, after case folding.
_NUMBER_TWINS = str.maketrans("авекмнорстухі", "abekmhopctyxi")


def name_key(name: str) -> str:
    """A correspondent's name folded for comparison with the one text rule (app/text.py): invisible
    characters, look-alike letters, case, ё/е, spacing and Unicode form."""
    return search_text(name)


def number_key(number: str) -> str:
    # The noise goes before NFKC, which would turn "№" into "No".
    text = unicodedata.normalize("NFKC", _NUMBER_NOISE.sub("", clean_text(number))).casefold()
    return _NUMBER_NOISE.sub("", text).replace("–", "-").replace("—", "-").translate(_NUMBER_TWINS)


def reference_key(correspondent_id: str | None, correspondent_text: str, their_number: str,
                  their_date: str | None) -> str | None:
    """The duplicate key of a letter, or None when the sender's number or date is not given."""
    if not their_number.strip() or not their_date:
        return None
    who = f"id:{correspondent_id}" if correspondent_id else f"text:{name_key(correspondent_text)}"
    return f"{who}|{number_key(their_number)}|{their_date}"


def _existing(conn: Connection, where: str, value: str) -> tuple[str, str, str] | None:
    row = conn.execute(
        f"SELECT d.id, d.number, d.reg_date FROM document d WHERE {where}",  # noqa: S608 — constant
        (value,),
    ).fetchone()
    return (str(row[0]), str(row[1]), str(row[2])) if row else None


def check_reference(conn: Connection, key: str | None, *, exclude_id: str | None = None) -> None:
    if key is None:
        return
    found = _existing(conn, "d.dup_key = ?", key)
    if found and found[0] != exclude_id:
        raise Conflict("documents.duplicate_reference", id=found[0], number=found[1], date=found[2],
                       day=people_date(found[2]))


def check_content(conn: Connection, sha256: str, filename: str) -> None:
    found = _existing(conn, "d.id = (SELECT a.document_id FROM attachment a WHERE a.sha256 = ?)", sha256)
    if found:
        raise Conflict("documents.duplicate_file", filename=filename, id=found[0], number=found[1],
                       date=found[2], day=people_date(found[2]))


def people_date(iso: str) -> str:
    """02.12.2026: the date as it is written in the register and in messages (ISO stays in ``date``)."""
    parts = iso[:10].split("-")
    return ".".join(reversed(parts)) if len(parts) == 3 else iso
