from __future__ import annotations

import pytest

from app.errors import WrongCredentials


def test_admin_signs_in_and_wrong_password_is_refused(school) -> None:
    session = school.sign_in()
    assert session.user.login == "admin"
    session.close()
    with pytest.raises(WrongCredentials):
        school.sign_in(password="not-the-password")
