"""Whether a profile is open in another window or process: every signed-in session holds a shared mark
on ``<profile>.inuse`` (beside the folder, so the folder itself can be moved aside while the mark is
held) until it signs out — a locked window still holds it, it will unlock onto this very database — and
an operation that swaps the whole profile (restore over it) takes the mark exclusively.

Linux and macOS: ``flock`` — shared for sessions, exclusive for the swap — per open file, so a session
and a restore in the same process see each other. Windows has no shared ``msvcrt`` lock: each session
takes one byte of a row of slots, and the swap takes every slot.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)
SLOTS = 64   # Windows: sessions one profile can have open at once (GUI windows, CLI calls, tests)


class ProfileInUse(Exception):
    """Another window or process has the profile open."""


def mark_path(root: Path) -> Path:
    root = Path(root).absolute()
    return root.parent / f"{root.name}.inuse"


def _open(root: Path) -> IO[bytes]:
    flags = os.O_CREAT | os.O_RDWR | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    return os.fdopen(os.open(mark_path(root), flags, 0o600), "r+b")


if os.name == "nt":
    import msvcrt

    def _try_byte(handle: IO[bytes], n: int) -> bool:
        handle.seek(n)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True

    def _free_byte(handle: IO[bytes], n: int) -> None:
        handle.seek(n)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

    def _share(handle: IO[bytes]) -> list[int]:
        for n in range(SLOTS):
            if _try_byte(handle, n):
                return [n]
        return []

    def _exclusive(handle: IO[bytes]) -> list[int] | None:
        taken: list[int] = []
        for n in range(SLOTS):
            if not _try_byte(handle, n):
                _release(handle, taken)
                return None
            taken.append(n)
        return taken

    def _release(handle: IO[bytes], held: list[int]) -> None:
        for n in held:
            _free_byte(handle, n)

else:
    import fcntl

    def _share(handle: IO[bytes]) -> list[int]:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return []
        return [0]

    def _exclusive(handle: IO[bytes]) -> list[int] | None:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return None
        return [0]

    def _release(handle: IO[bytes], held: list[int]) -> None:
        if held:
            with contextlib.suppress(OSError):
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class InUseMark:
    """A session's mark; ``release()`` when it signs out. Best effort: a profile folder that cannot hold
    the file (read-only media) leaves the session unmarked rather than refused."""

    def __init__(self, root: Path) -> None:
        self._handle: IO[bytes] | None = None
        self._held: list[int] = []
        try:
            self._handle = _open(root)
            self._held = _share(self._handle)
        except OSError:
            log.warning("profile in-use mark not taken")

    @property
    def held(self) -> bool:
        return bool(self._held)

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            _release(handle, self._held)
            self._held = []
            handle.close()


@contextlib.contextmanager
def exclusive(root: Path) -> Iterator[None]:
    """Hold the profile against every session while the block runs; ProfileInUse if one is open.
    A profile folder that does not exist yet has no sessions: nothing to hold."""
    if not mark_path(root).exists():
        yield
        return
    handle = _open(root)
    try:
        held = _exclusive(handle)
        if held is None:
            raise ProfileInUse()
        try:
            yield
        finally:
            _release(handle, held)
    finally:
        handle.close()
