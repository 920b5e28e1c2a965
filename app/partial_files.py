"""Decrypted output written so that an interruption leaves nothing readable behind for long.

Every decrypted file Kense writes outside the database (``documents files --out``, a copy for the
system viewer) is written under a random hidden name (``.kense-<32 hex>.part``, so the name tells
nothing) and renamed when complete. Before the part file exists its path is noted in the profile's
journal (``kense.partial``); the writer holds an OS lock on the part file while it writes. A process
killed mid-write (kill -9, power cut) leaves a part file and its journal line: the next sign-in on this
profile removes every journalled part file that no live writer holds. Only names of exactly that form,
regular files and not links, are ever removed, so an edited journal cannot delete anything else.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app.platform_support.file_lock import FileLock, try_lock, unlock

JOURNAL = "kense.partial"
_JOURNAL_LOCK = "kense.partial.lock"
_PART = re.compile(r"\.kense-[0-9a-f]{32}\.part")
_MAX_LINES = 10_000


def _lines(journal: Path) -> list[str]:
    try:
        text = journal.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return [line for line in text.splitlines() if line.strip()][:_MAX_LINES]


def _rewrite(journal: Path, lines: list[str]) -> None:
    if not lines:
        with contextlib.suppress(OSError):
            journal.unlink()
        return
    tmp = journal.with_name(journal.name + ".new")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, journal)


def _note(root: Path, part: Path) -> None:
    with FileLock(root / _JOURNAL_LOCK), open(root / JOURNAL, "a", encoding="utf-8") as handle:
        handle.write(f"{part}\n")
        handle.flush()
        os.fsync(handle.fileno())


@contextlib.contextmanager
def writing(root: Path, target: Path) -> Iterator[BinaryIO]:
    """A handle to write ``target``'s content into; the file appears under its name only when the block
    ends normally (fsync'd, then renamed; an existing target is replaced — callers check first)."""
    target = Path(target)
    part = target.parent / f".kense-{os.urandom(16).hex()}.part"
    _note(root, part)
    done = False
    try:
        fd = os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
        handle = os.fdopen(fd, "w+b")
        try:
            try_lock(handle)   # held while writing: a sweep by another process leaves this file alone
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        finally:
            with contextlib.suppress(OSError):
                unlock(handle)
            handle.close()
        with FileLock(root / _JOURNAL_LOCK):   # no sweep between the unlock and the rename
            os.replace(part, target)
            _forget(root, part)
        done = True
    finally:
        if not done:
            with contextlib.suppress(OSError):
                part.unlink()
            with contextlib.suppress(OSError), FileLock(root / _JOURNAL_LOCK):
                _forget(root, part)


def _forget(root: Path, part: Path) -> None:
    journal = root / JOURNAL
    _rewrite(journal, [line for line in _lines(journal) if line != str(part)])


def _remove_if_abandoned(part: Path) -> bool:
    """Remove a part file no live writer holds; True when it is gone."""
    try:
        if part.is_symlink() or not part.exists():
            return True
        if not part.is_file():
            return True   # not ours to touch: forget the line
        with open(part, "r+b") as handle:
            if not try_lock(handle):
                return False    # a writer in another process is still at it
            unlock(handle)
        part.unlink()
    except OSError:
        return False            # Windows: the writer has it open; try again next time
    return True


def sweep(root: Path) -> int:
    """Remove the part files interrupted writers left (at sign-in); returns how many were removed."""
    journal = Path(root) / JOURNAL
    if not journal.exists():
        return 0
    removed = 0
    with FileLock(Path(root) / _JOURNAL_LOCK):
        kept = []
        for line in _lines(journal):
            part = Path(line)
            if not _PART.fullmatch(part.name) or not part.is_absolute():
                continue        # never produced by Kense: dropped, nothing touched
            existed = part.exists() and not part.is_symlink()
            if _remove_if_abandoned(part):
                removed += existed
            else:
                kept.append(line)
        _rewrite(journal, kept)
    return removed
