"""Damaged and hostile backup folders, each refused with its own plain-word message and nothing changed;
restore with a password valid at backup time; a profile newer than the backup; kill -9 during a restore."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.audit import chain
from app.backup import engine, restore
from app.backup.restore import Credentials
from app.errors import AuthenticationRefused, Conflict, KenseError
from app.i18n import translate
from app.security.profile import Profile
from tests.cli.test_cli import ROOT
from tests.conftest import ProfileFixture, create_profile, make_file_keyring


@pytest.fixture
def two(school: ProfileFixture, tmp_path: Path):
    session = school.sign_in()
    first = engine.make_backup(session, tmp_path / "b")
    session.audit_now("test.change")
    second = engine.make_backup(session, tmp_path / "b")
    yield school, session, first, second
    session.close()


def _copy(generation: engine.BackupResult, tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(generation.path, target)
    return target


def _refused(school: ProfileFixture, path: Path, tmp_path: Path) -> KenseError:
    target = tmp_path / "restored"
    with pytest.raises(KenseError) as err:
        restore.restore(path, target, make_file_keyring(tmp_path / "k"), Credentials(code=school.recovery_code))
    assert not target.exists() and not list(tmp_path.glob(".restored*"))
    message = translate(err.value.key, "en", **err.value.params)
    assert "Nothing was changed" in message or "nothing was changed" in message, message
    assert "Traceback" not in message and err.value.key in {"backup.link_refused", "backup.not_a_backup"} | {
        f"backup.problem.{p}" for p in ("manifest", "keys_digest", "db_digest", "missing", "link")} | {
        "backup.code_wrong"}
    return err.value


def test_edited_manifest(two, tmp_path: Path):
    school, session, first, _second = two
    path = _copy(first, tmp_path, "edited")
    manifest = json.loads((path / "manifest.json").read_text())
    manifest["audit_seq"] = manifest["audit_seq"] + 5          # claim a later head
    (path / "manifest.json").write_text(json.dumps(manifest))
    assert engine.verify_backup(path, dek=session.dek) == ["manifest"]
    assert _refused(school, path, tmp_path).key == "backup.problem.manifest"


def test_swapped_database_from_another_generation(two, tmp_path: Path):
    school, session, first, second = two
    path = _copy(first, tmp_path, "swapped")
    shutil.copyfile(second.path / "kense.db", path / "kense.db")   # a sound file of the same school
    assert engine.verify_backup(path, dek=session.dek) == ["db_digest"]
    assert _refused(school, path, tmp_path).key == "backup.problem.db_digest"


def test_truncated_database(two, tmp_path: Path):
    school, session, first, _second = two
    path = _copy(first, tmp_path, "truncated")
    with (path / "kense.db").open("rb+") as handle:
        handle.truncate((path / "kense.db").stat().st_size // 2)
    assert engine.verify_backup(path, dek=session.dek) == ["db_digest"]
    assert _refused(school, path, tmp_path).key == "backup.problem.db_digest"


def test_keys_copy_from_another_school(two, tmp_path: Path, file_keyring):
    school, session, first, _second = two
    other = create_profile(tmp_path / "other-school", file_keyring)
    path = _copy(first, tmp_path, "wrong-keys")
    shutil.copyfile(other.profile.root / "kense.keys", path / "kense.keys")
    assert engine.verify_backup(path, dek=session.dek) == ["keys_digest"]
    # the school's own recovery code does not open the other school's key envelope
    assert _refused(school, path, tmp_path).key == "backup.code_wrong"
    with pytest.raises(KenseError) as err:   # and the other school's code opens no sound backup
        restore.restore(path, tmp_path / "r2", make_file_keyring(tmp_path / "k2"),
                        Credentials(code=other.recovery_code))
    assert err.value.key == "backup.problem.manifest" and not (tmp_path / "r2").exists()


def test_links_are_refused_not_followed(two, tmp_path: Path):
    school, _session, first, _second = two
    linked_folder = tmp_path / "kense-20990101T000000Z.kbak"
    linked_folder.symlink_to(first.path, target_is_directory=True)
    assert _refused(school, linked_folder, tmp_path).key == "backup.link_refused"
    path = _copy(first, tmp_path, "linked-file")
    (path / "kense.db").unlink()
    (path / "kense.db").symlink_to(first.path / "kense.db")
    assert _refused(school, path, tmp_path).key == "backup.link_refused"
    assert [g.path for g in engine.list_backups(tmp_path)] == []   # a link never counts as a generation


def test_missing_file_and_empty_folder(two, tmp_path: Path):
    school, _session, first, _second = two
    path = _copy(first, tmp_path, "no-db")
    (path / "kense.db").unlink()
    assert _refused(school, path, tmp_path).key == "backup.problem.missing"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _refused(school, empty, tmp_path).key == "backup.not_a_backup"


def test_password_valid_at_backup_time_restores_on_this_pc_only(two, tmp_path: Path):
    school, session, _first, _second = two
    from app.admin import users

    users.add_user(session, "katchy", "Катчы Айгүл", "secretary", "Katchy-Syrsoz-2026")
    later = engine.make_backup(session, tmp_path / "b")
    target = tmp_path / "same-pc"
    with pytest.raises(AuthenticationRefused) as err:
        restore.restore(later.path, target, school.profile.secrets, Credentials(login="katchy", password="wrong"))
    assert err.value.key == "backup.password_wrong" and not target.exists()
    restore.restore(later.path, target, school.profile.secrets,
                    Credentials(login="katchy", password="Katchy-Syrsoz-2026"))
    again = Profile(target, school.profile.secrets).sign_in("admin", school.admin_password)
    entry = next(e for e in chain.entries(again.conn)
                 if e.action == "backup.restored")
    assert entry.detail["by"] == "password" and entry.user_id is not None
    again.close()
    with pytest.raises(AuthenticationRefused) as err:   # a new PC: its keyring has no device secret
        restore.restore(later.path, tmp_path / "new-pc", make_file_keyring(tmp_path / "fresh"),
                        Credentials(login="admin", password=school.admin_password))
    assert err.value.key == "backup.password_other_pc" and not (tmp_path / "new-pc").exists()


def test_profile_newer_than_the_backup_asks_first(two, tmp_path: Path):
    school, session, first, _second = two
    session.close()
    before = sorted(p.name for p in school.profile.root.iterdir())
    with pytest.raises(Conflict) as err:
        restore.restore(first.path, school.profile.root, school.profile.secrets,
                        Credentials(code=school.recovery_code), replace=True)
    assert err.value.key == "backup.profile_newer"
    assert "--yes" in translate(err.value.key, "en", **err.value.params)
    assert sorted(p.name for p in school.profile.root.iterdir()) == before
    restore.restore(first.path, school.profile.root, school.profile.secrets,
                    Credentials(code=school.recovery_code), replace=True, newer_ok=True)
    aside = [p for p in school.profile.root.parent.iterdir() if ".replaced-" in p.name]
    assert len(aside) == 1 and (aside[0] / "kense.db").is_file()
    school.sign_in().close()


KILLER = """
import os, sys
from pathlib import Path
from app.backup import restore
from app.backup.restore import Credentials
from app.security.device_secret import DeviceSecretStore
real = os.replace
target = Path(sys.argv[2])
def replace(a, b):
    moving_live = Path(a) == target
    placing_restored = Path(b) == target
    if (sys.argv[4] == "before-aside" and moving_live) or (sys.argv[4] == "after-aside" and placing_restored):
        os._exit(9)          # as a kill -9 would: no cleanup, no finally
    return real(a, b)
restore.os.replace = replace
restore.restore(Path(sys.argv[1]), Path(sys.argv[2]), DeviceSecretStore(), Credentials(code=sys.argv[3]),
                replace=True, newer_ok=True)
"""


@pytest.mark.parametrize("at", ["before-aside", "after-aside"])
def test_kill_during_the_swap_leaves_the_live_profile(two, tmp_path: Path, at: str):
    """Killed just before the live profile is moved aside, or after it was and before the restored one took
    its place: the next start (CLI or window) puts the live profile back and removes the staging copy."""
    school, session, first, _second = two
    head = chain.head(session.conn, school.profile.db_id)
    session.close()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
           "XDG_DATA_HOME": str(tmp_path / "kill-account")}
    proc = subprocess.run([sys.executable, "-c", KILLER, str(first.path), str(school.profile.root),
                           school.recovery_code, at], cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert proc.returncode == 9, proc.stderr
    assert school.profile.root.exists() == (at == "before-aside")
    restore.recover_interrupted(school.profile.root)
    again = school.sign_in()
    assert chain.head(again.conn, school.profile.db_id)[0] >= head[0]
    again.close()
    assert not list(school.profile.root.parent.glob(f".{school.profile.root.name}.*"))


HOLDER = """
import sys
from pathlib import Path
from app.security.profile import Profile
from tests.conftest import make_file_keyring
session = Profile(Path(sys.argv[1]), make_file_keyring(Path(sys.argv[3]))).sign_in("admin", sys.argv[2])
print("signed in", flush=True)
sys.stdin.readline()          # hold the profile open until told
session.close()
"""


def test_restore_over_a_profile_open_elsewhere_is_refused_and_changes_nothing(two, tmp_path: Path):
    """A window or command still signed in would go on writing into the profile moved aside: refused in
    plain words while any session has it open — in this process or another — and done once they close."""
    school, session, first, _second = two
    root = school.profile.root
    before = [(p.name, p.stat().st_size) for p in root.iterdir()]
    with pytest.raises(Conflict) as err:                       # this process's own session
        restore.restore(first.path, root, school.profile.secrets, Credentials(code=school.recovery_code),
                        replace=True, newer_ok=True)
    assert err.value.key == "backup.profile_in_use"
    assert "Close every Kense window" in translate(err.value.key, "en")
    session.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(root), school.admin_password,
                               str(tmp_path / "keyring-account-1")], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "signed in"
        with pytest.raises(Conflict) as err:                   # another process's session
            restore.restore(first.path, root, school.profile.secrets, Credentials(code=school.recovery_code),
                            replace=True, newer_ok=True)
        assert err.value.key == "backup.profile_in_use"
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        assert holder.wait(60) == 0
    assert not [p for p in root.parent.iterdir() if ".replaced-" in p.name or ".restoring-" in p.name]
    wal = {"kense.db-wal", "kense.db-shm"}             # SQLite's own, come and gone with connections
    assert {p.name for p in root.iterdir()} - wal == {name for name, _ in before} - wal
    restore.restore(first.path, root, school.profile.secrets, Credentials(code=school.recovery_code),
                    replace=True, newer_ok=True)              # nobody holds it now
    assert len([p for p in root.parent.iterdir() if ".replaced-" in p.name]) == 1
