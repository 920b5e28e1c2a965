"""kill -9 at every step of a key operation (password change and reset, recovery, rekey): the audit
entry survives each crash point — written then, or by the next sign-in from the intent saved with the
key change — exactly once, and the profile opens.

The operation runs in a real child process that sends itself SIGKILL at the chosen point, so the point
is exact however loaded the machine is (no sleeps)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.audit import chain
from tests.conftest import ADMIN_PASSWORD, create_profile, make_file_keyring

ROOT = Path(__file__).resolve().parents[2]
NEW_PASSWORD = "Jangy-Syrsoz-Kill-2027"

CHILD = textwrap.dedent('''
    import os, signal, sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from app.admin import users
    from app.security import keys
    from app.security.envelope import Envelope
    from app.security.profile import Profile
    from db import connection as dbc
    from tests.conftest import FAST_KDF, make_file_keyring

    def die(*_a, **_k):
        os.kill(os.getpid(), signal.SIGKILL)

    def after(owner, name, when=lambda *a, **k: True):
        original = getattr(owner, name)
        def wrapped(*a, **k):
            result = original(*a, **k)
            if when(*a, **k):
                die()
            return result
        setattr(owner, name, wrapped)

    point, op = sys.argv[1], sys.argv[2]
    profile = Profile({data!r}, make_file_keyring(Path({keyring!r})))
    profile._calibration = FAST_KDF
    if point == "after_key_file":
        # right after the key file holding the change was saved
        after(Profile, "set_user_password", lambda *a, **k: k.get("audit") is not None)
        after(Envelope, "save", lambda self, *a, **k: bool(self.data.get("staged")))
    elif point == "after_db_entry":
        Profile.intent_done = die
    elif point == "after_reencrypt":
        after(dbc, "rekey")
    elif point == "before_session":
        Profile._start_session = die
    if op == "recover":
        profile.recover({code!r}, "admin", {new!r})
    else:
        session = profile.sign_in("admin", {old!r})
        if op == "passwd":
            users.change_own_password(session, {old!r}, {new!r})
        elif op == "reset":
            users.add_user(session, "teacher1", "Тестов Мугалим", "teacher", "Mugalim-Bashta-2026")
            users.reset_password(session, "teacher1", {new!r})
        elif op == "rekey":
            keys.rekey(session)
    print("not killed")
''')


def _run(school, tmp_path: Path, point: str, op: str) -> subprocess.CompletedProcess:
    script = CHILD.format(root=str(ROOT), data=str(school.profile.root), keyring=str(tmp_path / "keyring-account-1"),
                          code=school.recovery_code, old=ADMIN_PASSWORD, new=NEW_PASSWORD)
    return subprocess.run([sys.executable, "-c", script, point, op], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def _entries(session, action: str) -> list:
    return [e for e in chain.entries(session.conn, action_prefix=action) if e.action == action]


CASES = [
    ("passwd", "after_key_file", "user.password_change", NEW_PASSWORD),
    ("passwd", "after_db_entry", "user.password_change", NEW_PASSWORD),
    ("reset", "after_key_file", "user.password_reset", ADMIN_PASSWORD),
    ("reset", "after_db_entry", "user.password_reset", ADMIN_PASSWORD),
    ("recover", "before_session", "key.recovered", NEW_PASSWORD),
    ("rekey", "after_key_file", "key.rekey_interrupted", ADMIN_PASSWORD),
    ("rekey", "after_reencrypt", "key.rekey", ADMIN_PASSWORD),
    ("rekey", "after_db_entry", "key.rekey", ADMIN_PASSWORD),
]


@pytest.mark.parametrize(("op", "point", "action", "password"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_kill_minus_nine_leaves_the_audit_entry(school, tmp_path, op, point, action, password) -> None:
    result = _run(school, tmp_path, point, op)
    assert result.returncode == -9, result.stdout + result.stderr
    session = school.sign_in(password=password)
    try:
        found = _entries(session, action)
        assert len(found) == 1, [e.action for e in chain.entries(session.conn, limit=12)]
        assert found[0].detail.get("intent")
        assert chain.verify(session.conn, session.db_id, None).ok
        if op == "recover":
            assert len(_entries(session, "user.password_reset")) == 1
    finally:
        session.close()
    # a second sign-in writes nothing more: the intent left the key file
    assert json.loads(school.profile.envelope_path.read_text()).get("intents") == []
    session = school.sign_in(password=password)
    assert len(_entries(session, action)) == 1
    session.close()


def test_a_forged_intent_is_only_a_claim(school) -> None:
    from app.security import pending_audit

    path = school.profile.envelope_path
    data = json.loads(path.read_text())
    data["intents"] = [{"id": "x", "at": "2026-01-01T00:00:00Z", "user_id": None, "action": "key.rekey",
                        "object_type": "", "object_id": "", "detail": {"generation": 1}, "macs": ["00" * 32]},
                       "junk", 5]
    path.write_text(json.dumps(data))
    session = school.sign_in()
    try:
        assert not _entries(session, "key.rekey")
        claims = _entries(session, pending_audit.UNVERIFIED_ACTION)
        assert claims and claims[0].detail["count"] == 3
    finally:
        session.close()


def test_the_child_reaches_its_end_without_a_kill_point(tmp_path) -> None:
    """The harness itself: with no kill point the operation completes (so -9 above means the kill)."""
    school = create_profile(tmp_path / "profile", make_file_keyring(tmp_path / "keyring-account-1"))
    result = _run(school, tmp_path, "none", "passwd")
    assert result.returncode == 0 and "not killed" in result.stdout, result.stderr
