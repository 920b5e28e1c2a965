"""Text streams that can carry Kyrgyz.

Windows writes redirected output (a pipe, a file) in the ANSI code page — cp1251 on a Russian Windows,
cp1252 on many others — and neither has Ң, Ө or Ү: a piped `kense status` would die with
UnicodeEncodeError. A stream whose encoding cannot carry them is switched to UTF-8, which is what a
script reading our JSON expects. An interactive Windows console is left alone (Python writes it as
UTF-16 already), and so is any stream that already manages (UTF-8 on Linux).
"""

from __future__ import annotations

import codecs
import io
import sys
from typing import TextIO

KYRGYZ_LETTERS = "ҢӨҮңөү"


def _carries_kyrgyz(encoding: str | None) -> bool:
    if not encoding:
        return False
    try:
        codecs.lookup(encoding)
        KYRGYZ_LETTERS.encode(encoding)
    except (LookupError, UnicodeEncodeError):
        return False
    return True


def ensure_utf8(stream: TextIO | None, errors: str = "replace") -> bool:
    """Switch ``stream`` to UTF-8 when its encoding cannot carry Kyrgyz. True when it was switched.
    Output never fails on a stray character ("replace"); input is read "strict", since a wrong byte
    in a password must not silently become another password."""
    if stream is None or _carries_kyrgyz(getattr(stream, "encoding", None)):
        return False
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8", errors=errors)
        return True
    return False


def ensure_utf8_std_streams() -> None:
    """The command line's standard streams (None in the windowed build, which has no console).
    stdin too: a password piped by a UTF-8 script must be the password typed in the window."""
    ensure_utf8(sys.stdin, errors="strict")
    ensure_utf8(sys.stdout)
    ensure_utf8(sys.stderr)
