"""Synthetic histories for the alert tests: a controlled clock under the real services, so the audit
entries carry the times a school's weeks would give them."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from types import SimpleNamespace

import pytest

from app import clock as app_clock
from app.people import pupils
from app.security import profile as profile_module
from app.security.session import Session

START = datetime(2026, 11, 2, 4, 0, tzinfo=app_clock.UTC)   # a Monday, 10:00 in Bishkek


class Clock:
    """What `app.clock` (every audit stamp) and the sign-in throttle take for now."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, start: datetime = START) -> None:
        self.now = start
        monkeypatch.setattr(app_clock, "utc_now", lambda: self.now)
        real = profile_module.time
        monkeypatch.setattr(profile_module, "time", SimpleNamespace(
            time=lambda: self.now.timestamp(), monotonic=real.monotonic, perf_counter=real.perf_counter,
            sleep=real.sleep))

    def set(self, moment: datetime) -> None:
        self.now = moment

    def at(self, day: date, hour: int = 4, minute: int = 0) -> datetime:
        self.now = datetime(day.year, day.month, day.day, hour, minute, tzinfo=app_clock.UTC)
        return self.now

    def tick(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def add_pupils(session: Session, count: int) -> list[str]:
    surnames = ("Асанов", "Бекова", "Садыков", "Токтогулова", "Жолдошев", "Мамытова", "Турдубаев")
    given = ("Айбек", "Айгүл", "Бермет", "Нурлан", "Асель", "Эрмек", "Жыпар")
    ids = []
    for n in range(count):
        ids.append(pupils.create_pupil(session, {
            "surname": surnames[n % len(surnames)], "given_name": given[(n // len(surnames)) % len(given)],
            "sex": "M" if n % 2 else "F", "birth_date": (date(2014, 1, 1) + timedelta(days=n)).isoformat()}).id)
    return ids


def reveal(session: Session, pupil_ids: list[str], clock: Clock) -> None:
    for pid in pupil_ids:
        pupils.get_pupil(session, pid, reveal=True)
        clock.tick(minutes=2)


def remove_checkpoint(school) -> None:
    """Someone deleted the audit checkpoint from the key file: the next sign-in records a finding."""
    path = school.profile.envelope_path
    data = json.loads(path.read_text())
    data.pop("checkpoint")
    path.write_text(json.dumps(data))
