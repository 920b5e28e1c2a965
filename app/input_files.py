"""Files a user hands to Kense (attachments, spreadsheets to import): regular files only.

A symbolic link is refused rather than followed (a link to a system file must not be stored or
exported under an innocent name), and so are folders, pipes and devices; the file is opened without
following links and checked again on the open handle, so a swap between the check and the read is
refused too. Every refusal is invalid input (exit 4) with a message naming the cause.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from app.errors import InvalidInput

# O_NOFOLLOW / O_NONBLOCK exist on POSIX only; on Windows the lstat check stands alone.
_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def _refuse_kind(mode: int, path: Path) -> None:
    if stat.S_ISLNK(mode):
        raise InvalidInput("error.file_is_link", path=str(path))
    if not stat.S_ISREG(mode):
        raise InvalidInput("error.file_not_regular", path=str(path))


def regular_size(path: Path) -> int:
    """The size of a regular file, or a clear refusal."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise InvalidInput("error.file_missing", path=str(path)) from None
    except OSError:
        raise InvalidInput("error.file_unreadable", path=str(path)) from None
    _refuse_kind(info.st_mode, path)
    return info.st_size


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading without following a link (nor blocking on a pipe)."""
    regular_size(path)
    try:
        fd = os.open(path, _FLAGS)
    except OSError:
        # ELOOP: the file became a link after the check
        raise InvalidInput("error.file_unreadable", path=str(path)) from None
    try:
        _refuse_kind(os.fstat(fd).st_mode, path)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")
