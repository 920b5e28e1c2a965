"""Failed sign-in throttling: free attempts first, then a delay that doubles with each failure.

The KDF is what resists offline guessing; this catches someone trying passwords at a shared PC.
"""

from __future__ import annotations

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 15 * 60


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive failures before the next attempt is allowed."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_ATTEMPTS + 1)))


def wait_left(failures: int, last_failure: object, now: float) -> float:
    """Seconds still to wait, never more than the delay itself (≤ 15 min) whatever the clock did: a
    failure stamped in the future (a clock that ran ahead, then was corrected) or an unreadable stamp
    waits at most the delay, never a year."""
    delay = delay_after(failures)
    try:
        then = float(last_failure)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return delay
    if then != then:  # NaN
        return delay
    return max(0.0, min(delay, delay - (now - then)))


def count(state: dict[str, object], key: str) -> int:
    """A counter read from the key file, which anyone who can write the file may have edited."""
    try:
        return max(0, min(int(state.get(key, 0)), 10_000))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0
