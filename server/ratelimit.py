"""Fixed-window counters in the process: requests per device, failed enrolments per address."""

from __future__ import annotations

import math
import threading
import time


class Window:
    def __init__(self, limit: int, seconds: int, clock: object = time.monotonic) -> None:
        self.limit, self.seconds = limit, seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._counts: dict[str, tuple[float, int]] = {}

    def _now(self) -> float:
        return self._clock()  # type: ignore[operator]

    def hit(self, key: str) -> int:
        """Count one event; 0 when within the limit, else the seconds until the window ends."""
        now = self._now()
        with self._lock:
            start, count = self._counts.get(key, (now, 0))
            if now - start >= self.seconds:
                start, count = now, 0
            if count >= self.limit:
                return max(1, math.ceil(start + self.seconds - now))
            self._counts[key] = (start, count + 1)
            if len(self._counts) > 100_000:
                self._forget_old(now)
            return 0

    def blocked(self, key: str) -> int:
        """Seconds to wait when `key` is at the limit (nothing counted), else 0."""
        now = self._now()
        with self._lock:
            start, count = self._counts.get(key, (now, 0))
            if now - start >= self.seconds or count < self.limit:
                return 0
            return max(1, math.ceil(start + self.seconds - now))

    def _forget_old(self, now: float) -> None:
        for key in [k for k, (s, _) in self._counts.items() if now - s >= self.seconds]:
            del self._counts[key]
