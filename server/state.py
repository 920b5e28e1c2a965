"""What a running server holds: settings, the pool, its identity, the rate windows."""

from __future__ import annotations

from dataclasses import dataclass

from .config import Settings
from .db import NOBODY, Database
from .identity import Identity, load
from .ratelimit import SharedWindow


@dataclass
class ServerState:
    settings: Settings
    db: Database
    identity: Identity
    device_rate: SharedWindow
    enrol_failures: SharedWindow

    @classmethod
    def open(cls, settings: Settings) -> ServerState:
        db = Database(settings.dsn, settings.pool_min, settings.pool_max)
        try:
            with db.scoped(NOBODY) as cur:
                identity = load(cur)
        except BaseException:
            db.close()
            raise
        lim = settings.limits
        return cls(settings, db, identity, SharedWindow(db, "device", lim.rate_requests, lim.rate_seconds),
                   SharedWindow(db, "failures", lim.enrol_failures, lim.enrol_window_seconds))
