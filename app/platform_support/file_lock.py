"""An exclusive advisory lock on a file, so two Kense processes (GUI and CLI) never interleave a
read-modify-write of the key envelope."""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import TracebackType
from typing import IO


class FileLock:
    def __init__(self, path: Path, timeout: float = 30.0) -> None:
        self._path = Path(path)
        self._timeout = timeout
        self._handle: IO[bytes] | None = None

    def __enter__(self) -> FileLock:
        handle = os.fdopen(os.open(self._path, os.O_CREAT | os.O_RDWR | getattr(os, "O_BINARY", 0), 0o600), "r+b")
        deadline = time.monotonic() + self._timeout
        while True:
            try:
                _lock(handle)
                break
            except OSError:
                if time.monotonic() > deadline:
                    handle.close()
                    raise TimeoutError("another Kense process holds the profile lock") from None
                time.sleep(0.05)
        self._handle = handle
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


if os.name == "nt":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def try_lock(handle: IO[bytes]) -> bool:
    """Take the lock of an open file without waiting; False when another handle holds it."""
    try:
        _lock(handle)
    except OSError:
        return False
    return True


def unlock(handle: IO[bytes]) -> None:
    _unlock(handle)
