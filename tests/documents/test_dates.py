"""Dates typed into the register: absurd ones are refused as they are typed, with the bounds named."""

from __future__ import annotations

from datetime import date

import pytest

from app.documents import register as reg
from app.documents.model import Kind, parse_date
from app.errors import InvalidInput
from tests.documents.conftest import count


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "1949-12-31"])
def test_absurd_dates_are_refused(value: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date(value, "due", today=date(2026, 12, 2))
    assert caught.value.key == "documents.date_out_of_range"
    assert "01.01.1950" in caught.value.message("ru")


def test_the_bounds_themselves_are_accepted() -> None:
    assert parse_date("2036-11-28", "due", today=date(2026, 12, 2)) == date(2036, 11, 28)
    assert parse_date("1950-01-01", "their_date", today=date(2026, 12, 2)) == date(1950, 1, 1)


@pytest.mark.parametrize("field", ["their_date", "due"])
def test_registering_with_an_absurd_date_changes_nothing(secretary, field: str) -> None:
    before = count(secretary, "document")
    with pytest.raises(InvalidInput):
        reg.register(secretary, kind=Kind.INCOMING, subject="Кат", correspondent="Бөлүм",
                     their_number="1", **{field: "9999-12-31"})
    assert count(secretary, "document") == before
