"""Which generations to keep: the newest of each of the last 7 days, 4 ISO weeks and 12 months."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TypeVar

T = TypeVar("T")


def keep(items: Iterable[T], when: Callable[[T], datetime], *, daily: int = 7, weekly: int = 4,
         monthly: int = 12) -> set[int]:
    """Indexes (into ``items``) of the generations to keep; the others may be deleted."""
    ordered = sorted(enumerate(items), key=lambda pair: when(pair[1]), reverse=True)
    kept: set[int] = set()
    buckets: list[tuple[int, Callable[[datetime], tuple[int, ...]]]] = [
        (daily, lambda d: (d.year, d.month, d.day)),
        (weekly, lambda d: tuple(d.isocalendar()[:2])),
        (monthly, lambda d: (d.year, d.month)),
    ]
    for limit, bucket in buckets:
        seen: list[tuple[int, ...]] = []
        for index, item in ordered:
            key = bucket(when(item))
            if key in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(key)
            kept.add(index)
    return kept
