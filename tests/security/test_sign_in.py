"""Signing in: the right password opens, wrong ones are refused, audited and slowed down."""

from __future__ import annotations

import time

import pytest

from app.audit import chain
from app.errors import AuthenticationRefused, DeviceKeyMissing, DeviceKeyUnavailable, LockedOut, WrongCredentials
from app.security import throttle
from app.security.device_secret import Binding, DeviceSecretStore
from app.security.profile import Profile
from app.security.session import LockReason, SessionState
from tests.conftest import ADMIN_PASSWORD


def test_right_password_opens_and_is_audited(school) -> None:
    session = school.sign_in()
    assert session.user.role.value == "admin"
    actions = [e.action for e in chain.entries(session.conn, limit=1)]
    assert actions == ["session.sign_in"]
    session.close()


def test_wrong_passwords_are_refused_audited_and_the_delay_grows(school, monkeypatch) -> None:
    delays = []
    for attempt in range(1, 6):
        # The test moves the failure time back instead of sleeping through the delay.
        with pytest.raises(WrongCredentials) as caught:
            school.profile.sign_in("admin", f"wrong-{attempt}")
        assert caught.value.failures == attempt
        assert caught.value.exit_code == 3
        delays.append(caught.value.retry_after)
        envelope = school.profile.load_envelope()
        state = envelope.signin_state("admin")
        state["last_failure"] = time.time() - 3600
        with school.profile.locked_envelope() as env:
            env.set_signin_state("admin", state)
    assert delays[:2] == [0, 0]
    assert delays[2] > 0 and delays[3] > delays[2] and delays[4] > delays[3]

    session = school.sign_in()
    assert session.notices.failed_since_last == 5
    failed = chain.entries(session.conn, action_prefix="session.sign_in_failed")
    assert len(failed) == 5
    assert all(e.object_id == session.user.id for e in failed)
    session.close()
    # the counter was reset by the successful sign-in
    again = school.sign_in()
    assert again.notices.failed_since_last == 0
    again.close()


def test_locked_out_while_the_delay_runs_even_with_the_right_password(school) -> None:
    for attempt in range(throttle.FREE_ATTEMPTS):
        with pytest.raises(WrongCredentials):
            school.profile.sign_in("admin", f"wrong-{attempt}")
    with pytest.raises(LockedOut) as caught:
        school.sign_in()
    assert caught.value.retry_after > 0
    assert "сек" in caught.value.message("ky")


def test_unknown_login_looks_like_a_wrong_password(school) -> None:
    with pytest.raises(WrongCredentials):
        school.profile.sign_in("nobody", ADMIN_PASSWORD)
    session = school.sign_in()
    entries = chain.entries(session.conn, action_prefix="session.sign_in_failed")
    assert len(entries) == 1 and entries[0].object_id == ""
    assert session.notices.failed_others == 1  # the admin is told about attempts under other names
    session.close()


def test_missing_keyring_entry_gets_its_own_message_not_wrong_password(school, file_keyring) -> None:
    file_keyring.delete(school.profile.db_id)
    assert school.profile.device_binding() is Binding.MISSING
    with pytest.raises(DeviceKeyMissing) as caught:
        school.sign_in()
    text = caught.value.message("ru")
    assert "восстановления" in text and "Неверный" not in text
    # and it does not count as a failed password
    assert school.profile.load_envelope().signin_state("admin") == {}


def test_no_keyring_at_all_gets_its_own_message(school) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    blind = Profile(school.profile.root, DeviceSecretStore(FailKeyring()))
    assert blind.device_binding() is Binding.UNAVAILABLE
    with pytest.raises(DeviceKeyUnavailable) as caught:
        blind.sign_in("admin", ADMIN_PASSWORD)
    assert "keyring" in caught.value.message("en")


def test_the_device_secret_is_part_of_the_key(school, file_keyring) -> None:
    """A copied data folder plus the right password is useless with another account's secret."""
    from app.security.device_secret import new_secret

    file_keyring.store(school.profile.db_id, new_secret())
    with pytest.raises(AuthenticationRefused) as caught:   # named as such, not a wrong password
        school.sign_in()
    assert caught.value.key == "auth.device_key_wrong"


def test_lock_drops_the_connection_and_only_the_same_user_unlocks(school) -> None:
    session = school.sign_in()
    conn = session.conn
    session.lock(LockReason.IDLE)
    assert session.state is SessionState.LOCKED
    with pytest.raises(Exception):
        conn.execute("SELECT 1")
    with pytest.raises(WrongCredentials):
        session.unlock("not-it")
    session.unlock(ADMIN_PASSWORD)
    assert session.state is SessionState.ACTIVE
    actions = [e.action for e in chain.entries(session.conn, limit=3)]
    assert actions[0] == "session.unlock" and "session.lock" in actions
    lock_entry = chain.entries(session.conn, action_prefix="session.lock")[0]
    assert lock_entry.detail == {"reason": "idle"}
    session.close()


def test_a_failing_lock_listener_cannot_stop_the_lock(school) -> None:
    session = school.sign_in()

    def stubborn(reason: LockReason) -> None:
        raise RuntimeError("unsaved editor")

    session.add_lock_listener(stubborn)
    session.lock(LockReason.MANUAL)
    assert session.state is SessionState.LOCKED


def test_a_disabled_user_cannot_sign_in(school, admin_session) -> None:
    from app.admin import users

    users.add_user(admin_session, "aibek", "Бекова Айбек", "secretary", "Tash-Kumyr-2026")
    users.disable_user(admin_session, "aibek")
    with pytest.raises(WrongCredentials):  # the slot is gone
        school.profile.sign_in("aibek", "Tash-Kumyr-2026")


def test_full_database_check_runs_once_a_day_and_again_while_damage_stands(school, monkeypatch) -> None:
    from datetime import timedelta

    from app.clock import now_iso, parse_iso
    from db import connection as dbc

    real = dbc.check_integrity
    calls: list[int] = []
    found: list[list[str]] = [[]]

    def counted(conn):               # the real check, counted; optionally reporting damage
        calls.append(1)
        return real(conn) + found[0]

    monkeypatch.setattr(dbc, "check_integrity", counted)
    school.sign_in().close()                                   # the first sign-in of the day checks
    school.sign_in().close()                                   # the second does not
    assert len(calls) == 1
    checked = school.profile.load_envelope().integrity_checked_at()
    assert checked and abs(parse_iso(checked) - parse_iso(now_iso())) < timedelta(minutes=1)

    with school.profile.locked_envelope() as envelope:         # a day later
        envelope.set_integrity_checked_at((parse_iso(checked) - timedelta(hours=25)).strftime("%Y-%m-%dT%H:%M:%SZ"))
    found[0] = ["page 7: HMAC check failed"]
    session = school.sign_in()
    assert len(calls) == 2 and "database" in session.notices.integrity_problems
    session.close()
    assert school.profile.load_envelope().integrity_checked_at() is None   # damage: check again next time
    found[0] = []
    school.sign_in().close()
    assert len(calls) == 3 and school.profile.load_envelope().integrity_checked_at() is not None


def test_integrity_check_due() -> None:
    from datetime import timedelta

    from app.clock import parse_iso
    from app.security.profile import integrity_check_due

    now = parse_iso("2026-11-22T08:00:00Z")
    assert integrity_check_due(None, now) and integrity_check_due("garbage", now)
    assert not integrity_check_due("2026-11-22T07:00:00Z", now)
    assert integrity_check_due("2026-11-21T07:59:59Z", now)                  # more than a day
    assert integrity_check_due("2026-11-23T07:00:00Z", now)                  # the clock was turned back
    assert not integrity_check_due((now - timedelta(hours=23)).strftime("%Y-%m-%dT%H:%M:%SZ"), now)


def test_a_deferred_check_is_left_to_the_caller(school, monkeypatch) -> None:
    from db import connection as dbc

    calls: list[int] = []
    real = dbc.check_integrity
    monkeypatch.setattr(dbc, "check_integrity", lambda conn: calls.append(1) or real(conn))
    school.profile.defer_full_check = True
    session = school.sign_in()
    assert calls == [] and session.notices.full_check_due
    assert school.profile.load_envelope().integrity_checked_at() is None
    assert school.profile.full_check(session.conn) == [] and calls == [1]
    assert school.profile.load_envelope().integrity_checked_at() is not None
    session.close()
    assert not school.sign_in().notices.full_check_due
