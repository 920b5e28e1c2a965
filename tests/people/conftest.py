from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.people import classes, pupils
from app.security.session import Session


@pytest.fixture
def add_pupil(admin_session: Session) -> Callable[..., str]:
    def add(surname: str, given: str, sex: str = "M", birth: str | None = "2014-07-06", pin: str | None = None,
            class_name: str | None = "5-А", **extra: Any) -> str:
        if class_name and classes.find_class(admin_session.conn, class_name) is None:
            classes.create_class(admin_session, class_name)
        data = {"surname": surname, "given_name": given, "sex": sex, "birth_date": birth, "pin": pin, **extra}
        return pupils.create_pupil(admin_session, data, class_ref=class_name, order_number="1-к").id
    return add
