"""Password change, rekey, recovery: which keys change and which files are rewritten."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from app.admin import users
from app.errors import AuthenticationRefused, InvalidInput, KenseError, WrongCredentials
from app.security import keys, recovery_code
from app.security.device_secret import Binding
from app.security.profile import Profile
from tests.conftest import ADMIN_PASSWORD, FAST_KDF, make_file_keyring


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _checkpointed(session) -> None:
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_password_change_rewraps_one_slot_and_does_not_reencrypt(school) -> None:
    session = school.sign_in()
    users.add_user(session, "secretary", "Осмонова Айгерим", "secretary", "Chong-Kemin-2026")
    _checkpointed(session)
    envelope_before = school.profile.load_envelope().data
    first_page_before = school.profile.db_path.read_bytes()[:4096]
    users.change_own_password(session, ADMIN_PASSWORD, "Jangy-Syrsoz-2027")
    _checkpointed(session)
    envelope_after = school.profile.load_envelope().data
    # the database pages are the same bytes: no re-encryption happened
    assert school.profile.db_path.read_bytes()[:4096] == first_page_before
    assert envelope_after["generation"] == envelope_before["generation"]
    changed = [s["id"] for s in envelope_after["slots"] if s not in envelope_before["slots"]]
    assert len(changed) == 1  # only the admin's slot
    session.close()
    with pytest.raises(WrongCredentials):
        school.sign_in(password=ADMIN_PASSWORD)
    school.sign_in(password="Jangy-Syrsoz-2027").close()
    school.sign_in("secretary", "Chong-Kemin-2026").close()


def test_password_change_needs_the_old_password(admin_session) -> None:
    with pytest.raises(WrongCredentials):
        users.change_own_password(admin_session, "not-the-old-one", "Jangy-Syrsoz-2027")


def test_rekey_reencrypts_and_old_slots_stop_working(school, tmp_path: Path) -> None:
    session = school.sign_in()
    users.add_user(session, "director", "Жумабаева Гүлнара", "director", "Direktor-Kyzmat-1")
    old_envelope = tmp_path / "old.keys"
    shutil.copy(school.profile.envelope_path, old_envelope)
    _checkpointed(session)
    before = school.profile.db_path.read_bytes()[:4096]
    generation = keys.rekey(session)
    assert generation == 2
    _checkpointed(session)
    assert school.profile.db_path.read_bytes()[:4096] != before
    session.close()
    # every user, including one who was not present, still gets in with their own password
    school.sign_in().close()
    school.sign_in("director", "Direktor-Kyzmat-1").close()
    school.profile.recover(school.recovery_code, "admin", "Recovered-Pass-2026").close()
    # the old envelope still yields the old key, which no longer opens the database
    shutil.copy(old_envelope, school.profile.envelope_path)
    with pytest.raises(KenseError) as caught:
        school.profile.sign_in("director", "Direktor-Kyzmat-1")
    assert caught.value.key == "keys.stale"


def test_rekey_interrupted_after_the_database_was_reencrypted_still_opens(school, monkeypatch) -> None:
    """Power cut between PRAGMA rekey and the envelope switch: the staged key opens it."""
    from app.security.envelope import Envelope

    session = school.sign_in()
    monkeypatch.setattr(Envelope, "commit_rekey", lambda self: (_ for _ in ()).throw(OSError("power cut")))
    with pytest.raises(OSError):
        keys.rekey(session)
    monkeypatch.undo()
    session._drop()  # the process died
    assert school.profile.load_envelope().data.get("staged")
    again = school.sign_in()
    assert "staged" not in school.profile.load_envelope().data
    assert school.profile.load_envelope().generation == 2
    from app.audit import service

    assert service.verify(again).ok
    again.close()


def test_recovery_on_a_copy_with_an_empty_keyring(school, tmp_path: Path) -> None:
    """The data folder is carried to a new PC account: its keyring is empty; the sheet gets in."""
    copy = tmp_path / "new-pc" / "profile"
    shutil.copytree(school.profile.root, copy)
    other_account = make_file_keyring(tmp_path / "keyring-account-2")
    moved = Profile(copy, other_account)
    moved._calibration = FAST_KDF
    assert moved.device_binding() is Binding.MISSING
    with pytest.raises(AuthenticationRefused):
        moved.sign_in("admin", ADMIN_PASSWORD)
    session = moved.recover(school.recovery_code, "admin", "Jangy-Kompyuter-1")
    assert session.user.login == "admin"
    session.close()
    assert moved.device_binding() is Binding.BOUND
    assert moved.school_label() is not None
    # the device secret restored from the recovery slot is the original one: other users' own
    # passwords work again on the new account without any reset
    moved.sign_in("admin", "Jangy-Kompyuter-1").close()


def test_recovery_restores_other_users_passwords_too(school, tmp_path: Path) -> None:
    session = school.sign_in()
    users.add_user(session, "teacher", "Токтогулов Эрлан", "teacher", "Mugalim-Jakshy-9")
    session.close()
    copy = tmp_path / "copy"
    shutil.copytree(school.profile.root, copy)
    moved = Profile(copy, make_file_keyring(tmp_path / "acc2"))
    moved._calibration = FAST_KDF
    moved.recover(school.recovery_code, "admin", "Jangy-Kompyuter-1").close()
    moved.sign_in("teacher", "Mugalim-Jakshy-9").close()


def test_a_wrong_recovery_code_is_refused(school) -> None:
    other = recovery_code.generate()
    with pytest.raises(AuthenticationRefused) as caught:
        school.profile.recover(other, "admin", "Jangy-Kompyuter-1")
    assert caught.value.key == "recovery.code_wrong"


def test_a_mistyped_group_is_named(school) -> None:
    groups = school.recovery_code.split("-")
    groups[2] = f"{(int(groups[2]) + 1) % 1_000_000:06d}"
    with pytest.raises(InvalidInput) as caught:
        school.profile.recover("-".join(groups), "admin", "Jangy-Kompyuter-1")
    assert caught.value.params["group"] == 3


def test_replacing_the_recovery_code_voids_the_old_sheet(school, admin_session) -> None:
    new_code = keys.replace_recovery_code(admin_session)
    admin_session.close()
    with pytest.raises(AuthenticationRefused):
        school.profile.recover(school.recovery_code, "admin", "Jangy-Kompyuter-1")
    school.profile.recover(new_code, "admin", "Jangy-Kompyuter-1").close()


def test_password_only_install_without_keyring(tmp_path: Path) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    from app.security.device_secret import DeviceSecretStore
    from tests.conftest import create_profile

    fixture = create_profile(tmp_path / "p", DeviceSecretStore(FailKeyring()))
    assert fixture.profile.device_binding() is Binding.UNAVAILABLE
    session = fixture.sign_in()
    assert session.user.login == "admin"
    session.close()


def test_new_slots_reuse_the_strongest_slot_cost_without_recalibrating(school) -> None:
    fresh = Profile(school.profile.root, school.profile.secrets)  # a new process: nothing cached
    calibration = fresh.calibration()
    assert (calibration.time_cost, calibration.memory_kib) == (FAST_KDF.time_cost, FAST_KDF.memory_kib)
    import json

    data = json.loads(school.profile.envelope_path.read_text())
    data["slots"][0]["kdf"]["time_cost"] = 0  # a forged, weaker value breaks the file's seal
    school.profile.envelope_path.write_text(json.dumps(data))
    with pytest.raises(KenseError) as caught:
        Profile(school.profile.root, school.profile.secrets).calibration()
    assert caught.value.key == "keys.altered"


def test_rekey_while_another_connection_is_open_is_refused_and_starts_nothing(school) -> None:
    from app.audit import chain
    from app.errors import Conflict

    session = school.sign_in()
    other = school.sign_in()          # a second window or process with the database open
    other.conn.execute("SELECT count(*) FROM app_user").fetchone()
    with pytest.raises(Conflict) as caught:
        keys.rekey(session)
    assert caught.value.key == "key.rekey_busy" and caught.value.exit_code == 5
    assert not chain.entries(session.conn, action_prefix="key.rekey")
    assert "staged" not in school.profile.load_envelope().data
    assert school.profile.load_envelope().generation == 1
    assert session.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # both keep working, and once the other one is closed the rekey goes through
    other.conn.execute("SELECT count(*) FROM app_user").fetchone()
    other.close()
    assert keys.rekey(session) == 2
    session.close()
    school.sign_in().close()
