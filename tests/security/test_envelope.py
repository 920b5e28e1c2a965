"""The key envelope resists editing, and each cause of a refused sign-in that is not a wrong password
is named as what it is: never "wrong password", never counted as a failed attempt."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from app.errors import AuthenticationRefused, KenseError, WrongCredentials
from app.security import slot_crypto as sc
from app.security.device_secret import SERVICE
from app.security.envelope import SEALED_FIELDS
from tests.conftest import ADMIN_PASSWORD, create_profile


def _edit(school, change, *, reseal_digest: bool = False) -> None:
    path = school.profile.envelope_path
    data = json.loads(path.read_text())
    change(data)
    if reseal_digest:   # what a forger who read the code but lacks the device secret can do
        data["seal"]["digest"] = hashlib.sha256(sc.canonical({k: data.get(k) for k in SEALED_FIELDS})).hexdigest()
    path.write_text(json.dumps(data))


def _admin_slot(data: dict) -> dict:
    return next(s for s in data["slots"] if s["kind"] == "user")


def _flip_b64(box: dict, field: str = "ct") -> None:
    raw = bytearray(base64.b64decode(box[field]))
    raw[3] ^= 0x01
    box[field] = base64.b64encode(bytes(raw)).decode()


EDITS = {
    "generation": lambda d: d.update(generation=d["generation"] + 1),
    "db_id": lambda d: d.update(db_id=d["db_id"][:-1] + ("0" if d["db_id"][-1] != "0" else "1")),
    "private_key": lambda d: _flip_b64(_admin_slot(d)["private_key"]),
    "kdf": lambda d: _admin_slot(d)["kdf"].update(time_cost=1, memory_kib=8),
    "device_bound": lambda d: _admin_slot(d).update(device_bound=False),
    "data_key_box": lambda d: _flip_b64(_admin_slot(d)["dek"]),
}


def _assert_not_counted(school) -> None:
    """No failed attempt was recorded: the right password still gets in with nothing to report."""
    session = school.sign_in()
    try:
        assert session.notices.failed_since_last == 0
    finally:
        session.close()


@pytest.mark.parametrize("field", sorted(EDITS))
@pytest.mark.parametrize("reseal", [False, True], ids=["plain-edit", "digest-recomputed"])
def test_an_edited_key_file_field_is_reported_as_such_and_not_counted(school, field, reseal) -> None:
    original = school.profile.envelope_path.read_bytes()
    _edit(school, EDITS[field], reseal_digest=reseal)
    for _ in range(6):   # more than the free attempts: none of them may count or lock anyone out
        with pytest.raises(KenseError) as caught:
            school.sign_in()
        assert not isinstance(caught.value, WrongCredentials)
        assert caught.value.key in ("keys.altered", "auth.device_key_missing"), caught.value.key
        assert "password" not in caught.value.message("en").split(".")[0].lower()
    school.profile.envelope_path.write_bytes(original)   # the way forward: the key file from a backup
    _assert_not_counted(school)


def test_a_password_only_install_catches_a_plain_edit(tmp_path, file_keyring) -> None:
    school = create_profile(tmp_path / "p", file_keyring, bind_device=False)
    _edit(school, EDITS["kdf"])
    with pytest.raises(KenseError) as caught:
        school.sign_in()
    assert caught.value.key == "keys.altered"


def test_a_wrong_but_well_formed_device_secret_is_named_and_recovery_fixes_it(school) -> None:
    db_id = school.profile.db_id
    backend = school.profile.secrets.backend
    backend.set_password(SERVICE, f"device-secret:{db_id}", base64.b64encode(os.urandom(32)).decode())
    for _ in range(6):
        with pytest.raises(AuthenticationRefused) as caught:
            school.sign_in()
        assert caught.value.key == "auth.device_key_wrong"
        assert caught.value.exit_code == 3
        assert "kense recover" in caught.value.message("en")
    # the recovery sheet puts the right secret back; nothing was counted against the admin
    school.profile.recover(school.recovery_code, "admin", "Recovered-Pass-2026").close()
    session = school.profile.sign_in("admin", "Recovered-Pass-2026")
    assert session.notices.failed_since_last == 0
    session.close()


def test_an_old_key_file_beside_a_rekeyed_database_is_named(school, tmp_path: Path) -> None:
    from app.security import keys

    old = tmp_path / "old.keys"
    shutil.copy(school.profile.envelope_path, old)
    session = school.sign_in()
    keys.rekey(session)
    session.close()
    current = school.profile.envelope_path.read_bytes()
    shutil.copy(old, school.profile.envelope_path)
    with pytest.raises(KenseError) as caught:
        school.sign_in()
    assert caught.value.key == "keys.stale"
    assert "older copy" in caught.value.message("en")
    school.profile.envelope_path.write_bytes(current)
    _assert_not_counted(school)


def test_a_damaged_first_page_is_still_called_damage(school) -> None:
    session = school.sign_in()
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    with open(school.profile.db_path, "r+b") as handle:
        handle.seek(200)
        byte = handle.read(1)
        handle.seek(200)
        handle.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(KenseError) as caught:
        school.sign_in()
    assert caught.value.key == "db.damaged"


def test_a_forged_checkpoint_is_detected(school) -> None:
    """Reported as a finding that stays open (tests/audit/test_findings.py), never a lockout."""
    _edit(school, lambda d: d["checkpoint"].update(seq=1))
    session = school.sign_in()
    assert any(p.startswith("finding:checkpoint_forged") for p in session.notices.integrity_problems)
    session.close()


def test_a_garbled_envelope_gets_a_clear_message(school) -> None:
    school.profile.envelope_path.write_text("{not json")
    with pytest.raises(KenseError) as caught:
        school.sign_in()
    assert caught.value.key == "profile.envelope_damaged"


@pytest.mark.parametrize("slots", [["x"], [1, None]])
def test_slots_of_the_wrong_type_are_an_altered_file(school, slots) -> None:
    _edit(school, lambda d: d.update(slots=slots), reseal_digest=True)
    with pytest.raises(KenseError) as caught:
        school.sign_in()
    assert caught.value.key == "keys.altered"


def test_the_envelope_names_no_login(school) -> None:
    text = school.profile.envelope_path.read_text()
    assert "admin" not in text and ADMIN_PASSWORD not in text
