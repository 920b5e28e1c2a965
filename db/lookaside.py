"""A larger lookaside pool for every SQLCipher connection, so that memory security stays affordable.

With ``PRAGMA cipher_memory_security = ON`` (DESIGN §2) SQLCipher locks every allocation SQLite makes
into RAM and wipes it on free: two system calls per malloc. SQLite serves small allocations from a
per-connection lookaside pool instead of malloc, but the default pool (a few dozen slots) is used up by
the connection's cached prepared statements, and then every bound parameter of every statement costs an
mlock and an munlock: a 5,000-row import made 1.5 million of each (10.1 s against 3.1 s without memory
security, bench/RESULTS.md). A pool of 500 slots of 1,200 bytes (600 KB per connection, itself locked in
RAM and wiped when the connection closes — at every lock) takes them back.

The pool size is a library-wide setting, changed only between ``sqlite3_shutdown`` and
``sqlite3_initialize``, so it is set once, when this package is first imported and before any
connection exists. Where the SQLCipher build does not export the C functions (a wheel that hides its
symbols), nothing changes and everything still works, only slower: :func:`enlarged` says which.
"""

from __future__ import annotations

import ctypes
import logging

log = logging.getLogger(__name__)

SQLITE_CONFIG_LOOKASIDE = 13
SLOT_BYTES = 1200
SLOTS = 500

_state: dict[str, bool] = {}


def enlarge() -> bool:
    """Set the pool once per process (before the first connection); True when it is in force."""
    if "done" in _state:
        return _state["done"]
    ok = False
    try:
        import sqlcipher3._sqlite3 as extension

        lib = ctypes.CDLL(extension.__file__)
        shutdown, config, initialize = lib.sqlite3_shutdown, lib.sqlite3_config, lib.sqlite3_initialize
    except (OSError, AttributeError, ImportError):
        log.debug("SQLCipher's C functions are not exported: default lookaside")
    else:
        if shutdown() == 0:
            ok = config(ctypes.c_int(SQLITE_CONFIG_LOOKASIDE), ctypes.c_int(SLOT_BYTES), ctypes.c_int(SLOTS)) == 0
            if initialize() != 0:   # never expected; the next open reports it in words
                log.warning("SQLite did not initialise again after the lookaside setting")
                ok = False
    _state["done"] = ok
    return ok


def enlarged() -> bool:
    return _state.get("done", False)
