"""Backups end to end on real files: make, verify, damage, restore in another OS account, rotate."""

from __future__ import annotations

import errno
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.audit import chain
from app.backup import engine, restore
from app.backup.restore import Credentials
from app.backup.rotation import keep
from app.errors import AuthenticationRefused, InvalidInput, KenseError
from app.security.profile import Profile
from tests.conftest import SCHOOL_NAME, ProfileFixture, make_file_keyring


def _tables(path: Path, dek: bytes) -> dict[str, list[tuple]]:
    conn = engine.open_read_only(path, dek)
    try:
        names = engine.tables(conn)
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}  # noqa: S608
    finally:
        conn.close()


def test_backup_change_backup_restore_each_generation_in_another_account(school: ProfileFixture, tmp_path: Path):
    session = school.sign_in()
    folder = tmp_path / "backups"
    first = engine.make_backup(session, folder,
                               now=lambda: datetime(2026, 12, 1, 9, tzinfo=UTC))
    snapshot_1 = _tables(first.path / "kense.db", session.dek)
    session.audit_now("test.change")
    second = engine.make_backup(session, folder,
                                now=lambda: datetime(2026, 12, 2, 9, tzinfo=UTC))
    snapshot_2 = _tables(second.path / "kense.db", session.dek)
    assert first.verified and second.verified and second.audit_seq > first.audit_seq
    assert [g.path for g in engine.list_backups(folder)] == [second.path, first.path]
    dek = session.dek
    session.close()
    for leftover in school.profile.root.iterdir():    # the PC is gone
        leftover.unlink()
    school.profile.root.rmdir()
    for n, (gen, snapshot) in enumerate([(first, snapshot_1), (second, snapshot_2)]):
        keyring = make_file_keyring(tmp_path / f"account-{n + 2}")
        target = tmp_path / f"restored-{n}"
        restore.restore(gen.path, target, keyring,
                        Credentials(code=school.recovery_code))
        restored = _tables(target / "kense.db", dek)
        assert restored.pop("audit_log")[: len(snapshot["audit_log"])] == snapshot.pop("audit_log")
        assert {k: v for k, v in restored.items()} == snapshot
        # re-bound: the admin's own password works in the new account
        again = Profile(target, keyring).sign_in("admin", school.admin_password)
        assert any(e.action == "backup.restored" for e in chain.entries(again.conn))
        again.close()


def test_no_plaintext_names_in_backup_bytes(school: ProfileFixture, tmp_path: Path, monkeypatch):
    """Neither the generation, nor the half-made folder with its carried WAL, nor a restore's staging copy
    holds a name in clear."""
    from app.backup import snapshot
    from db.connection import open_database

    seen: list[Path] = []
    real_check, real_copy = engine.deep_check, restore.shutil.copyfile

    def scan(folder: Path) -> None:
        for file in folder.rglob("*"):
            if file.is_file():
                seen.append(file)
                data = file.read_bytes()
                for name in ("Асанова", SCHOOL_NAME[:10]):
                    assert name.encode("utf-8") not in data, file.name

    def check_then_scan(path, *args, **kwargs):
        scan(path)
        return real_check(path, *args, **kwargs)

    def copy_then_scan(source, target):
        result = real_copy(source, target)
        scan(Path(target).parent)
        return result

    real_file_copy = snapshot._copy_file

    def file_copy_then_scan(source, target, **kwargs):
        digest = real_file_copy(source, target, **kwargs)
        scan(Path(target).parent)
        return digest

    monkeypatch.setattr(snapshot, "_wal_backfilled", lambda _path: False)   # carry the WAL too
    monkeypatch.setattr(snapshot, "_copy_file", file_copy_then_scan)
    monkeypatch.setattr(engine, "deep_check", check_then_scan)
    session = school.sign_in()
    pin = open_database(school.profile.db_path, session.dek)
    pin.execute("BEGIN")
    pin.execute("SELECT count(*) FROM audit_log").fetchone()
    session.audit_now("test.change")
    result = engine.make_backup(session, tmp_path / "b")
    pin.execute("ROLLBACK")
    pin.close()
    session.close()
    scan(result.path)
    monkeypatch.setattr(restore.shutil, "copyfile", copy_then_scan)
    restore.restore(result.path, tmp_path / "restored", make_file_keyring(tmp_path / "k"),
                    Credentials(code=school.recovery_code))
    scan(tmp_path / "restored")
    assert any(f.name == "kense.db-wal" and ".partial-" in str(f) for f in seen)
    assert any(".restoring-" in str(f) for f in seen)


@pytest.fixture
def made(school: ProfileFixture, tmp_path: Path):
    session = school.sign_in()
    result = engine.make_backup(session, tmp_path / "b")
    yield school, session, result
    session.close()


def test_flipped_byte_is_refused_and_nothing_written(made, tmp_path: Path):
    school, session, result = made
    db = result.path / "kense.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    db.write_bytes(bytes(data))
    assert engine.verify_backup(result.path, dek=session.dek) == ["db_digest"]
    with pytest.raises(KenseError) as err:
        restore.restore(result.path, tmp_path / "r", make_file_keyring(tmp_path / "k"),
                        Credentials(code=school.recovery_code))
    assert err.value.key == "backup.problem.db_digest" and not (tmp_path / "r").exists()


def test_sound_backup_verifies_with_key_and_with_code(made):
    school, session, result = made
    assert engine.verify_backup(result.path, dek=session.dek) == []
    assert engine.verify_backup(result.path, code=school.recovery_code) == []


def test_foreign_newer_and_wrong_code_refused(made, tmp_path: Path):
    school, _session, result = made
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "manifest.json").write_text("{not json")
    with pytest.raises(InvalidInput) as err:
        restore.restore(foreign, tmp_path / "r1", make_file_keyring(tmp_path / "k"),
                        Credentials(code=school.recovery_code))
    assert err.value.key == "backup.not_a_backup"
    manifest = json.loads((result.path / "manifest.json").read_text())
    newer = tmp_path / "newer"
    newer.mkdir()
    (newer / "manifest.json").write_text(json.dumps({**manifest, "version": 99}))
    with pytest.raises(InvalidInput) as err:
        restore.restore(newer, tmp_path / "r2", make_file_keyring(tmp_path / "k"),
                        Credentials(code=school.recovery_code))
    assert err.value.key == "backup.too_new"
    wrong = "-".join(["ABCD"] * 8)
    with pytest.raises(AuthenticationRefused) as err2:
        restore.restore(result.path, tmp_path / "r3", make_file_keyring(tmp_path / "k"), Credentials(code=wrong))
    assert err2.value.key == "backup.code_wrong"
    assert not any((tmp_path / n).exists() for n in ("r1", "r2", "r3"))


def test_restore_never_touches_a_live_profile_without_replace(made):
    school, _session, result = made
    with pytest.raises(InvalidInput) as err:
        restore.restore(result.path, school.profile.root, school.profile.secrets,
                        Credentials(code=school.recovery_code))
    assert err.value.key == "backup.target_exists"


def test_full_disk_removes_partial(school: ProfileFixture, tmp_path: Path, monkeypatch):
    session = school.sign_in()
    real = engine.write_atomic

    def full(path, data):
        if path.name == "kense.keys":
            raise OSError(errno.ENOSPC, "no space")
        return real(path, data)
    monkeypatch.setattr(engine, "write_atomic", full)
    with pytest.raises(KenseError) as err:
        engine.make_backup(session, tmp_path / "b")
    session.close()
    assert err.value.key == "backup.disk_full"
    assert list((tmp_path / "b").iterdir()) == []


def test_unwritable_folder(school: ProfileFixture, tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    session = school.sign_in()
    with pytest.raises(KenseError) as err:
        engine.make_backup(session, blocker / "sub")
    session.close()
    assert err.value.key == "backup.folder_unwritable"


def test_cancel_leaves_nothing(school: ProfileFixture, tmp_path: Path):
    session = school.sign_in()
    with pytest.raises(engine.BackupCancelled):
        engine.make_backup(session, tmp_path / "b", cancelled=lambda: True)
    session.close()
    assert engine.list_backups(tmp_path / "b") == [] and list((tmp_path / "b").iterdir()) == []


def test_rotation_over_a_simulated_year():
    start = datetime(2026, 1, 1, 8, tzinfo=UTC)
    kept: list[datetime] = []
    for day in range(365):
        kept.append(start + timedelta(days=day))
        indexes = keep(kept, lambda d: d)
        kept = [d for i, d in enumerate(kept) if i in indexes]
    last = start + timedelta(days=364)
    assert len(kept) <= 7 + 4 + 12
    assert sorted(kept)[-7:] == [last - timedelta(days=n) for n in range(6, -1, -1)]
    months = {(d.year, d.month) for d in kept}
    assert len(months) == 12


def test_removable_drive_only_when_registered(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(engine, "is_removable", lambda _path: True)   # the drive type is the OS's answer
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(InvalidInput) as err:
        engine.check_folder(stick, None)
    assert err.value.key == "backup.removable_refused"
    token = engine.register_drive(stick)
    engine.check_folder(stick, token)
    other = tmp_path / "other-stick"
    other.mkdir()
    with pytest.raises(InvalidInput):
        engine.check_folder(other, token)


def test_frames_not_yet_in_the_main_file_are_carried_and_nothing_is_left_beside(school: ProfileFixture,
                                                                                 tmp_path: Path, monkeypatch):
    from app.backup import snapshot
    from db.connection import open_database

    carried: list[bool] = []
    real = snapshot._wal_backfilled
    monkeypatch.setattr(snapshot, "_wal_backfilled", lambda path: carried.append(not real(path)) or not carried[-1])
    session = school.sign_in()
    pin = open_database(school.profile.db_path, session.dek)
    pin.execute("BEGIN")
    pin.execute("SELECT count(*) FROM audit_log").fetchone()   # an old snapshot: no checkpoint can pass it
    session.audit_now("test.after_pin")
    result = engine.make_backup(session, tmp_path / "b")
    pin.execute("ROLLBACK")
    pin.close()
    assert carried == [True] and result.verified
    assert sorted(p.name for p in result.path.iterdir()) == ["kense.db", "kense.keys", "manifest.json"]
    assert engine.verify_backup(result.path, dek=session.dek) == []
    assert sorted(p.name for p in result.path.iterdir()) == ["kense.db", "kense.keys", "manifest.json"]
    conn = engine.open_read_only(result.path / "kense.db", session.dek)
    assert conn.execute("SELECT count(*) FROM audit_log WHERE action = 'test.after_pin'").fetchone()[0] == 1
    conn.close()
    session.close()


def test_backup_while_another_connection_keeps_writing(school: ProfileFixture, tmp_path: Path):
    import threading

    session = school.sign_in()
    writer = school.sign_in()
    stop = threading.Event()
    written: list[int] = []

    def keep_writing() -> None:
        while not stop.is_set():
            writer.audit_now("test.write")
            written.append(1)

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        results = [engine.make_backup(session, tmp_path / "b", now=lambda n=n: datetime(2026, 12, 1, 9, n, tzinfo=UTC))
                   for n in range(3)]
    finally:
        stop.set()
        thread.join()
    writer.close()
    assert written and all(r.verified for r in results)
    for r in results:   # each copy is one consistent moment: its counts and head agree with its own rows
        assert engine.verify_backup(r.path, dek=session.dek) == []
    session.close()
