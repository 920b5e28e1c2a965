"""The server's settings: where its database is and the limits it enforces (reported in health)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.sync import protocol as p


@dataclass(frozen=True)
class Limits:
    max_body: int = p.MAX_BODY
    max_batch: int = p.MAX_BATCH
    max_record: int = p.MAX_RECORD
    max_file: int = p.MAX_FILE
    rate_requests: int = p.RATE_REQUESTS
    rate_seconds: int = p.RATE_SECONDS
    # Wrong enrolment codes from one address before it must wait (a code is 10 of 30 letters; this
    # bounds a guesser to a few hundred tries a day, against ~5.9·10^14 codes).
    enrol_failures: int = 10
    enrol_window_seconds: int = 900


@dataclass(frozen=True)
class Settings:
    dsn: str
    limits: Limits = field(default_factory=Limits)
    pool_min: int = 2
    pool_max: int = 10
