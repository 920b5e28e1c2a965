"""Standard streams in UTF-8, always.

Windows writes redirected output (a pipe, a file) in the ANSI code page — cp1251 on a Russian Windows,
cp1252 on many others — and neither has Ң, Ө or Ү: a piped `kense status` would die with
UnicodeEncodeError. Every stream that is not UTF-8 is switched to it, which is also what a script
reading our JSON expects. An interactive Windows console shows it all the same (Python writes to it
through its Unicode API); on Linux the streams are UTF-8 already and nothing changes.
"""

from __future__ import annotations

import codecs
import io
import sys
from typing import TextIO


def _is_utf8(encoding: str | None) -> bool:
    try:
        return bool(encoding) and codecs.lookup(str(encoding)).name == "utf-8"
    except LookupError:
        return False


def ensure_utf8(stream: TextIO | None, errors: str = "replace") -> bool:
    """Switch ``stream`` to UTF-8 unless it is UTF-8 already. True when it was switched.
    Output never fails on a stray character ("replace"); input is read "strict", since a wrong byte
    in a password must not silently become another password."""
    if stream is None or _is_utf8(getattr(stream, "encoding", None)):
        return False
    if isinstance(stream, io.TextIOWrapper):
        try:
            stream.reconfigure(encoding="utf-8", errors=errors)
        except (ValueError, OSError):  # a closed stream, or one already read from
            return False
        return True
    return False


def ensure_utf8_std_streams() -> None:
    """The command line's standard streams (None in the windowed build, which has no console).
    stdin too: a password piped by a UTF-8 script must be the password typed in the window."""
    ensure_utf8(sys.stdin, errors="strict")
    ensure_utf8(sys.stdout)
    ensure_utf8(sys.stderr)
