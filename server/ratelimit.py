"""Fixed-window rate counters: requests per device, failed enrolments and sign-ins per address.

They count in PostgreSQL (migration 0004), so every process of `serve --workers N` sees the same counts:
a device gets the rate once, not once per process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .db import Database

MAX_KEY = 200


class SharedWindow:
    """``name`` keeps the windows apart (device requests, enrolment failures, …)."""

    def __init__(self, db: Database, name: str, limit: int, seconds: int) -> None:
        self.db, self.name, self.limit, self.seconds = db, name, limit, seconds

    def _ask(self, key: str, count: bool) -> int:
        from .db import NOBODY

        with self.db.scoped(NOBODY) as cur:
            cur.execute("SELECT kense_rate_hit(%s, %s, %s, %s) AS wait",
                        (f"{self.name}:{key}"[:MAX_KEY], self.limit, self.seconds, count))
            row = cur.fetchone()
        return int(row["wait"]) if row else 0

    def hit(self, key: str) -> int:
        """Count one event; 0 when within the limit, else the seconds until the window ends."""
        return self._ask(key, True)

    def blocked(self, key: str) -> int:
        """Seconds to wait when `key` is at the limit (nothing counted), else 0."""
        return self._ask(key, False)
