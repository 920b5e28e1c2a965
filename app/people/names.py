"""Names as typed by people and as exported by other programs, made consistent.

- ``clean_text`` (app.text): invisible and control characters removed, whitespace collapsed, NFC.
- ``normalise_name``: ``clean_text`` plus look-alike letters fixed inside Cyrillic words (Latin O, Y, H
  typed for О, Ү, Н; Kazakh Ұ for Ү; the ligature Ҥ for Ң; app.text) and ALL-CAPS or all-lower names
  given a capital, keeping the patronymic particles "уулу"/"кызы" lower-case.
- ``search_key``: lower case, ё -> е, for matching.
- ``collation_key``: orders by the Kyrgyz alphabet (… Н Ң О Ө П … У Ү Ф …), not by code point.
"""

from __future__ import annotations

import re

from app.text import clean_text, fix_lookalikes, search_text

KYRGYZ_ALPHABET = "АБВГДЕЁЖЗИЙКЛМНҢОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ"
_ORDER = {letter: index for index, letter in enumerate(KYRGYZ_ALPHABET)}
_ORDER.update({letter.lower(): index for letter, index in list(_ORDER.items())})

_PARTICLES = {"уулу", "кызы", "оглы", "ибн"}
_WORD = re.compile(r"[^\s\-]+")
_PARTICLE_HINT = re.compile("|".join(_PARTICLES), re.IGNORECASE)


def _capitalise(word: str) -> str:
    if word.lower() in _PARTICLES:
        return word.lower()
    return word[:1].upper() + word[1:].lower()


def normalise_name(value: object) -> str:
    """A surname, given name or patronymic as it should be stored."""
    text = fix_lookalikes(clean_text(value))
    letters = [ch for word in _WORD.findall(text) if word.lower() not in _PARTICLES for ch in word if ch.isalpha()]
    if len(letters) > 1 and (all(ch.isupper() for ch in letters) or all(ch.islower() for ch in letters)):
        text = _WORD.sub(lambda m: _capitalise(m.group(0)), text)
    # A lone particle keeps its case rule even in mixed-case input ("Асан Уулу" -> "Асан уулу").
    if not _PARTICLE_HINT.search(text):
        return text
    return _WORD.sub(lambda m: m.group(0).lower() if m.group(0).lower() in _PARTICLES else m.group(0), text)


def search_key(value: object) -> str:
    """What searching compares: normalised, lower case, ё as е (capitals do not matter after lower())."""
    return search_text(value)


def collation_key(value: object) -> str:
    """A string whose code-point order is the Kyrgyz alphabetical order of ``value``.

    Letters of the alphabet map to U+1000 + their position, so they sort after digits, spaces and
    Latin letters; case is folded. Stored in a column, it lets SQLite sort with a plain index.
    """
    out = []
    for ch in normalise_name(value):
        index = _ORDER.get(ch)
        out.append(chr(0x1000 + index) if index is not None else ch.lower())
    return "".join(out)


def full_name(surname: str, given_name: str, patronymic: str = "") -> str:
    return " ".join(part for part in (surname, given_name, patronymic) if part)


def book_letter(surname: str) -> str:
    """The letter of the alphabetical book a surname is filed under ("Ө" for "Өмүрбеков")."""
    for ch in normalise_name(surname):
        if ch.isalpha():
            upper = ch.upper()
            return upper if upper in _ORDER else "#"
    return "#"
