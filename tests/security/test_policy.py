from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InvalidInput, PermissionDenied
from app.security import passwords, recovery_code
from app.security.roles import Permission, Role, allows


@pytest.mark.parametrize("weak", ["short", "qwertyuiop", "1111111111", "password123", "йцукенгшщз",
                                  "aaaaaaaaaaaaaa", "Mektep123!"])
def test_weak_passwords_are_refused(weak: str) -> None:
    with pytest.raises(InvalidInput):
        passwords.check(weak)


@pytest.mark.parametrize("good", ["Kyzyl-Kiya 2026!", "жашыл алма терезе", "Tuura-Syrsoz-2026"])
def test_reasonable_passwords_pass(good: str) -> None:
    passwords.check(good)
    assert passwords.strength(good) >= 2


def test_own_name_as_password_is_refused() -> None:
    with pytest.raises(InvalidInput):
        passwords.check("aigerim2026", personal=("aigerim",))


@given(st.integers(min_value=0, max_value=7), st.integers(min_value=0, max_value=5), st.integers(1, 9))
def test_every_single_digit_mistake_is_caught_in_its_group(group: int, position: int, delta: int) -> None:
    code = recovery_code.generate()
    digits = list(code.replace("-", ""))
    index = group * 6 + position
    digits[index] = str((int(digits[index]) + delta) % 10)
    with pytest.raises(InvalidInput) as caught:
        recovery_code.normalise("".join(digits))
    assert caught.value.params["group"] == group + 1


def test_recovery_code_carries_128_bits_and_accepts_loose_typing() -> None:
    code = recovery_code.generate()
    assert len(code.split("-")) == 8
    assert recovery_code.normalise(code.replace("-", " ")) == code
    assert len({recovery_code.generate() for _ in range(200)}) == 200


def test_roles() -> None:
    assert allows(Role.ADMIN, Permission.MANAGE_USERS)
    assert not allows(Role.SECRETARY, Permission.MANAGE_USERS)
    assert not allows(Role.TEACHER, Permission.EDIT_PEOPLE)
    assert not allows(Role.DIRECTOR, Permission.MANAGE_KEYS)


def test_services_enforce_permissions(make_user) -> None:
    from app.admin import settings, status, users
    from app.audit import service

    teacher = make_user("teacher", "teacher")
    with pytest.raises(PermissionDenied):
        users.add_user(teacher, "x2", "X", "teacher", "Jakshy-Kun-2026")
    with pytest.raises(PermissionDenied):
        settings.set_value(teacher, "idle_lock_minutes", 10)
    with pytest.raises(PermissionDenied):
        service.list_entries(teacher)
    with pytest.raises(PermissionDenied):
        status.security_status(teacher)


def test_no_delay_exceeds_fifteen_minutes_whatever_the_clock_did() -> None:
    import time

    from app.security import throttle

    now = time.time()
    year = 365 * 24 * 3600
    # a failure stamped while the clock ran a year ahead, then the clock was corrected
    assert throttle.wait_left(3, now + year, now) == throttle.delay_after(3) <= 15 * 60
    assert throttle.wait_left(50, now + year, now) == 15 * 60
    assert throttle.wait_left(50, now - year, now) == 0            # clock jumped forward: no wait left
    assert throttle.wait_left(50, "not-a-number", now) == 15 * 60
    assert throttle.wait_left(50, float("nan"), now) == 15 * 60


def test_a_future_failure_stamp_in_the_key_file_locks_out_at_most_fifteen_minutes(school) -> None:
    import json
    import time

    import pytest

    from app.errors import LockedOut, WrongCredentials

    for _ in range(3):
        with pytest.raises(WrongCredentials):
            school.sign_in(password="wrong-password-x")
    path = school.profile.envelope_path
    data = json.loads(path.read_text())
    for state in data["signin"].values():
        state["last_failure"] = time.time() + 365 * 24 * 3600
        state["since_success"] = "garbage"
    path.write_text(json.dumps(data))
    with pytest.raises(LockedOut) as caught:
        school.sign_in()
    assert caught.value.retry_after <= 15 * 60
