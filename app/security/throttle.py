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
