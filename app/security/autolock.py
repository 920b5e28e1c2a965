"""How long the desktop application waits before it locks itself.

The admin chooses 1–30 minutes (setting ``idle_lock_minutes``). ``KENSE_IDLE_LOCK_SECONDS`` lets a
kiosk or a test make it shorter, never longer: an environment variable must not weaken the lock.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

DEFAULT_MINUTES = 5
MIN_MINUTES, MAX_MINUTES = 1, 30
ENV_OVERRIDE = "KENSE_IDLE_LOCK_SECONDS"


def idle_lock_seconds(minutes: int | None, environ: Mapping[str, str] | None = None) -> int:
    env = os.environ if environ is None else environ
    if minutes is None:
        minutes = DEFAULT_MINUTES
    seconds = max(MIN_MINUTES, min(MAX_MINUTES, int(minutes))) * 60
    raw = env.get(ENV_OVERRIDE, "").strip()
    if raw:
        try:
            override = int(raw)
        except ValueError:
            return seconds
        if 1 <= override < seconds:
            return override
    return seconds
