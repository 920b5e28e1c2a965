from __future__ import annotations

import pytest

from app.security.session import Session


@pytest.fixture
def secretary(make_user) -> Session:
    return make_user("secretary", "secretary")


@pytest.fixture
def teacher(make_user) -> Session:
    return make_user("teacher", "teacher")


@pytest.fixture
def director(make_user) -> Session:
    return make_user("director", "director")


def count(session: Session, table: str) -> int:
    return int(session.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608 — test tables
