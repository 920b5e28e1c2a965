"""Text as people type it and other programs export it, made comparable: shared by the people
register (names) and the document register (subjects, correspondents).

- ``clean_text``: NUL, control, zero-width and bidi characters removed (they hide in copied cells and
  make two equal names differ, or reverse what a list shows), whitespace collapsed, NFC.
- ``fix_lookalikes``: inside a Cyrillic word, Latin (and other-Cyrillic) letters that look like
  Cyrillic ones become them: the word was typed on the wrong keyboard layout.
- ``search_text``: both of these, lower case and ё as е: what an index stores and a query is turned into.
"""

from __future__ import annotations

import re
import unicodedata

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
    "y": "у", "k": "к", "m": "м", "t": "т", "h": "н", "b": "в",   # italic/cursive look-alikes
    "\u04b0": "Ү", "\u04b1": "ү",              # Kazakh Ұ ұ
    "\u04a4": "Ң", "\u04a5": "ң",              # Ҥ ҥ (en-ghe ligature)
    "\u0472": "Ө", "\u0473": "ө",              # Ѳ ѳ (fita)
    "\u019f": "Ө", "\u0275": "ө",              # Latin barred O
    "\u0406": "И", "\u0456": "и",              # Ukrainian І (rare, typed for И on some layouts)
})
# Always fixed, even in a word with no other Cyrillic: they are not letters of any Latin name.
_ALWAYS = str.maketrans({"\u04b0": "Ү", "\u04b1": "ү", "\u04a4": "Ң", "\u04a5": "ң"})

_WORD = re.compile(r"[^\s\-]+")
_LOOKALIKE_CHAR = re.compile("[" + re.escape("".join(chr(code) for code in _LOOKALIKES)) + "]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def clean_text(value: object) -> str:
    """Any cell or field value as clean one-line text."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    text = _INVISIBLE.sub("", text)
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text).strip()


def is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def fix_word(word: str) -> str:
    """One word with its look-alike letters fixed (only when the word has Cyrillic in it)."""
    word = word.translate(_ALWAYS)
    if any(is_cyrillic(ch) for ch in word):
        return word.translate(_LOOKALIKES)
    return word


def fix_lookalikes(text: str) -> str:
    text = text.translate(_ALWAYS)
    # Most text has nothing to fix (a Cyrillic name typed on the Cyrillic layout, a Latin one on the
    # Latin layout): two scans in C instead of a Python call per word (imports fix 35,000 names a file).
    if not _LOOKALIKE_CHAR.search(text) or not _CYRILLIC.search(text):
        return text
    return _WORD.sub(lambda m: fix_word(m.group(0)), text)


def search_text(value: object) -> str:
    """What a search index stores and what a query becomes: clean, look-alikes fixed, lower case, ё as е."""
    return fix_lookalikes(clean_text(value)).lower().replace("ё", "е")
