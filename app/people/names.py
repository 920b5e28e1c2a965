"""Names as typed by people and as exported by other programs, made consistent.

- ``clean_text``: NUL, control, zero-width and bidi characters removed (they hide in copied cells and
  make two equal names differ, or reverse what a list shows), whitespace collapsed, NFC.
- ``normalise_name``: ``clean_text`` plus look-alike letters fixed inside Cyrillic words (Latin O, Y, H
  typed for О, Ү, Н; Kazakh Ұ for Ү; the ligature Ҥ for Ң) and ALL-CAPS or all-lower names given a
  capital, keeping the patronymic particles "уулу"/"кызы" lower-case.
- ``search_key``: lower case, ё -> е, for matching.
- ``collation_key``: orders by the Kyrgyz alphabet (… Н Ң О Ө П … У Ү Ф …), not by code point.
"""

from __future__ import annotations

import re
import unicodedata

KYRGYZ_ALPHABET = "АБВГДЕЁЖЗИЙКЛМНҢОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ"
_ORDER = {letter: index for index, letter in enumerate(KYRGYZ_ALPHABET)}
_ORDER.update({letter.lower(): index for letter, index in list(_ORDER.items())})

# Invisible or direction-changing characters: zero-width, bidi embeddings/overrides/isolates, BOM.
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5"
    "\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]"
)
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_DASHES = re.compile("[\u2010-\u2015\u2212]")

# Latin (and other-Cyrillic) look-alikes inside a Cyrillic word, by shape: capital Y is Ү (the
# Russian layout has У, so a Latin Y in a Cyrillic word stands for the missing Kyrgyz letter), small
# y is у, which it matches glyph for glyph.
_LOOKALIKES = str.maketrans({
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р",
    "T": "Т", "X": "Х", "Y": "Ү", "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х",
    "y": "у", "\u04b0": "Ү", "\u04b1": "ү",   # Kazakh Ұ ұ
    "\u04a4": "Ң", "\u04a5": "ң",              # Ҥ ҥ (en-ghe ligature)
    "\u0472": "Ө", "\u0473": "ө",              # Ѳ ѳ (fita)
    "\u019f": "Ө", "\u0275": "ө",              # Latin barred O
    "\u0406": "И", "\u0456": "и",              # Ukrainian І (rare, typed for И on some layouts)
})
# Always fixed, even in a word with no other Cyrillic: they are not letters of any Latin name.
_ALWAYS = str.maketrans({"\u04b0": "Ү", "\u04b1": "ү", "\u04a4": "Ң", "\u04a5": "ң"})

_PARTICLES = {"уулу", "кызы", "оглы", "ибн"}
_WORD = re.compile(r"[^\s\-]+")


def clean_text(value: object) -> str:
    """Any cell or field value as clean one-line text."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    text = _INVISIBLE.sub("", text)
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text).strip()


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _fix_word(word: str) -> str:
    word = word.translate(_ALWAYS)
    if any(_is_cyrillic(ch) for ch in word):
        return word.translate(_LOOKALIKES)
    return word


def _capitalise(word: str) -> str:
    if word.lower() in _PARTICLES:
        return word.lower()
    return word[:1].upper() + word[1:].lower()


def normalise_name(value: object) -> str:
    """A surname, given name or patronymic as it should be stored."""
    text = clean_text(value)
    text = _WORD.sub(lambda m: _fix_word(m.group(0)), text)
    letters = [ch for word in _WORD.findall(text) if word.lower() not in _PARTICLES for ch in word if ch.isalpha()]
    if len(letters) > 1 and (all(ch.isupper() for ch in letters) or all(ch.islower() for ch in letters)):
        text = _WORD.sub(lambda m: _capitalise(m.group(0)), text)
    # A lone particle keeps its case rule even in mixed-case input ("Асан Уулу" -> "Асан уулу").
    return _WORD.sub(lambda m: m.group(0).lower() if m.group(0).lower() in _PARTICLES else m.group(0), text)


def search_key(value: object) -> str:
    """What searching compares: normalised, lower case, ё as е."""
    return normalise_name(value).lower().replace("ё", "е")


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
